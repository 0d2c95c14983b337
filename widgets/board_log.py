"""The newest operation-log lines about the incident on a board."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from console import queries
from console.store.engine import Database
from widgets.board_parts import plain_label
from widgets.labels import officer_label
from widgets.logtext import entry_text
from widgets.timefmt import format_short

LINES = 5


class RecentLogSection(QWidget):
    """The latest ``LINES`` log entries of one incident, newest first.

    Attributes:
        lines: one label per entry shown.
        empty_label: shown when the incident has no entries.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.lines: list[QLabel] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(1)
        for _ in range(LINES):
            label = plain_label()
            self._layout.addWidget(label)
            self.lines.append(label)
        self.empty_label = QLabel(self.tr("Nothing logged yet."))
        self.empty_label.setEnabled(False)
        self._layout.addWidget(self.empty_label)

    def render(self, incident_id: str) -> None:
        entries = queries.incident_log(self._database, incident_id, limit=LINES)
        for index, label in enumerate(self.lines):
            if index >= len(entries):
                label.hide()
                continue
            entry = entries[index]
            label.setText(
                f"{format_short(entry.created_at)} {officer_label(entry.officer)}"
                f" · {entry_text(entry)}"
            )
            label.show()
        self.empty_label.setVisible(not entries)

    def texts(self) -> list[str]:
        """The lines shown, newest first."""
        return [label.text() for label in self.lines if not label.isHidden()]
