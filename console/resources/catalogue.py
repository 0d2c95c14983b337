"""The shipped lists the resources core reads: capabilities and supplies."""

from __future__ import annotations

import functools
from pathlib import Path

from console import paths
from console.domain.resources import (
    Capability,
    capability_names,
    load_capabilities,
)


def capabilities_file() -> Path:
    return paths.resource("rules", "team_capabilities.json")


def supply_items_file() -> Path:
    return paths.resource("rules", "supply_items.json")


@functools.cache
def capabilities() -> tuple[Capability, ...]:
    """The capability tags of ``resources/rules/team_capabilities.json``."""
    return load_capabilities(capabilities_file())


def capability_lookup() -> dict[str, str]:
    """Accepted spelling → stored Chinese name."""
    return capability_names(capabilities())
