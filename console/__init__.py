"""District emergency-command console: domain core, store and operations."""

__version__ = "0.1.0"
