"""Saving and restoring the main window's dock layout."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

_log = logging.getLogger("eoc.ui")

LAYOUT_FILE = "layout.ini"
# Bump when docks are added or renamed, so an old saved state is ignored
# instead of leaving new docks hidden.
LAYOUT_VERSION = 2


@dataclass(frozen=True)
class BoardChoice:
    """The incident a board showed, and whether the officer chose it."""

    incident_id: str | None
    pinned: bool


class LayoutStore:
    """Window geometry and dock state in an INI file in the data folder.

    An INI file beside the database, rather than the registry or
    ``~/.config``, keeps one workstation's layout with its data and lets
    support staff delete it to get the default back.
    """

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LAYOUT_FILE

    def _settings(self) -> QSettings:
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def save(self, window: QMainWindow) -> None:
        settings = self._settings()
        settings.setValue("window/geometry", window.saveGeometry())
        settings.setValue("window/state", window.saveState(LAYOUT_VERSION))
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            _log.warning("could not save window layout to %s", self.path)

    def restore(self, window: QMainWindow) -> bool:
        """Apply the saved layout; False when there is none or it is unusable."""
        settings = self._settings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if not isinstance(geometry, QByteArray) or not isinstance(state, QByteArray):
            return False
        restored = window.restoreGeometry(geometry) and window.restoreState(
            state, LAYOUT_VERSION
        )
        if not restored:
            _log.warning("saved window layout in %s ignored", self.path)
        return restored

    def save_boards(self, choices: dict[str, BoardChoice]) -> None:
        """Remember which incident each board (``a``, ``b``) shows."""
        settings = self._settings()
        for name, choice in choices.items():
            settings.setValue(f"boards/{name}", choice.incident_id or "")
            settings.setValue(f"boards/{name}_pinned", choice.pinned)
        settings.sync()
        if settings.status() != QSettings.Status.NoError:
            _log.warning("could not save board choices to %s", self.path)

    def board(self, name: str) -> BoardChoice:
        """What board ``name`` showed when last saved (None when unknown)."""
        settings = self._settings()
        incident_id = settings.value(f"boards/{name}", "")
        pinned = settings.value(f"boards/{name}_pinned", False)
        return BoardChoice(
            incident_id=incident_id
            if isinstance(incident_id, str) and incident_id
            else None,
            pinned=pinned is True or pinned == "true",
        )
