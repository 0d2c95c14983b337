"""Where the console keeps its data and finds its shipped resources."""

from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "eoc-console"
DATA_DIR_ENV = "EOC_DATA_DIR"
DATABASE_FILE = "console.sqlite"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder: ``--data-dir``, then ``EOC_DATA_DIR``, then the
    platform's user data folder.

    The folder is created if needed. It must be on a local disk: SQLite's WAL
    mode does not work on network shares.
    """
    chosen = explicit or os.environ.get(DATA_DIR_ENV)
    if chosen:
        path = Path(chosen).expanduser()
    else:
        path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_dir() -> Path:
    """Return the folder of shipped resources (seed data, translations...).

    ``resources`` is installed as package data, and a PyInstaller bundle keeps
    the same layout under its own folder, so one lookup serves both.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(str(resources.files("resources")))


def resource(*parts: str) -> Path:
    """Return the path of one shipped resource file."""
    return resource_dir().joinpath(*parts)
