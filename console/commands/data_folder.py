"""Opening the data folder for a command, or saying why it cannot be."""

from __future__ import annotations

from pathlib import Path

from console.commands.output import fail
from console.context import ConsoleContext, open_console
from console.store.migrate import DatabaseOpenError


def open_or_fail(data_dir: Path) -> ConsoleContext | None:
    """Open the console's data, or say why not on stderr and return None."""
    try:
        return open_console(data_dir)
    except DatabaseOpenError as error:
        fail(f"database refused: {error}")
        return None
