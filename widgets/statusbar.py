"""The status bar: which workstation, who is on duty, which file, sync."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class ConsoleStatusBar(QStatusBar):
    """Permanent facts an officer must be able to read at a glance.

    Which database file is in use matters after a damaged file was set aside:
    it shows at once that the console runs on the new one.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workstation_label = self._permanent()
        self.officer_label = self._permanent()
        self.roster_label = self._permanent()
        self.database_label = self._permanent()
        self.sync_label = self._permanent()
        self.set_officer(None)
        self.set_roster(None, ())
        self.set_sync_text(self.tr("Sync: not configured"))

    def _permanent(self) -> QLabel:
        label = QLabel()
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setContentsMargins(10, 0, 10, 0)
        self.addPermanentWidget(label)
        return label

    def set_workstation(self, name: str) -> None:
        self.workstation_label.setText(self.tr("Workstation: {name}").format(name=name))

    def set_officer(self, name: str | None) -> None:
        shown = name or self.tr("nobody")
        self.officer_label.setText(self.tr("On duty: {name}").format(name=shown))

    def set_roster(self, leader: str | None, officers: Sequence[str]) -> None:
        """Show the shift on the roster now: its duty leader and officers."""
        if leader is None:
            self.roster_label.setText(self.tr("Roster: no shift now"))
            return
        self.roster_label.setText(
            self.tr("Duty leader: {leader}  Officers: {officers}").format(
                leader=leader, officers="、".join(officers) or "—"
            )
        )

    def set_database(self, path: Path) -> None:
        self.database_label.setText(self.tr("Database: {name}").format(name=path.name))
        self.database_label.setToolTip(str(path))

    def set_sync_text(self, text: str) -> None:
        self.sync_label.setText(text)
