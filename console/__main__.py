"""``python -m console`` runs the console, like the ``eoc-console`` command."""

from console.cli import main

raise SystemExit(main())
