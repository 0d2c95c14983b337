"""One timeline of the two incidents on boards A and B.

With two events at once the officer needs to see what happened in which
order across both: the log entries of A's and B's incidents are merged in
time order, each marked with its board and incident title.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.ops.core import OpChanges
from console.store.engine import Database
from console.store.models import OpLogEntry
from widgets.changes import OpChangesRelay
from widgets.incident_board import IncidentBoard
from widgets.incident_source import IncidentSource
from widgets.labels import officer_label
from widgets.logtext import entry_text
from widgets.timefmt import format_local

# Entries read per incident; the timeline is for the recent course of
# events, the full record stays in the operation log.
LIMIT = 300


@dataclass(frozen=True)
class TimelineLine:
    """One merged entry: which board(s), which incident, what happened."""

    marks: str
    title: str
    entry: OpLogEntry


def merge(
    logs: dict[str, list[OpLogEntry]], marks: dict[str, str], titles: dict[str, str]
) -> list[TimelineLine]:
    """The entries of every incident in ``logs``, oldest first.

    Args:
        logs: entries per incident id.
        marks: the board mark(s) of each incident (``A``, ``B`` or ``A/B``).
        titles: each incident's title.
    """
    lines = [
        TimelineLine(marks[incident_id], titles.get(incident_id, ""), entry)
        for incident_id, entries in logs.items()
        for entry in entries
    ]
    lines.sort(key=lambda line: (line.entry.hlc, line.entry.site_id, line.entry.id))
    return lines


class TimelinePane(QWidget):
    """The combined timeline of boards A and B (时间线).

    Attributes:
        table: board, time, incident, entry; oldest at the top.
        lines: what the table shows, in order.
    """

    BOARD, TIME, INCIDENT, ENTRY = range(4)

    def __init__(
        self,
        database: Database,
        source: IncidentSource,
        relay: OpChangesRelay,
        boards: dict[str, IncidentBoard],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._source = source
        self._boards = boards
        self.lines: list[TimelineLine] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Board"), self.tr("Time"), self.tr("Incident"), self.tr("Entry")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (self.BOARD, self.TIME):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.INCIDENT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.INCIDENT, 160)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table)
        relay.changed.connect(self._on_changed)
        for board in boards.values():
            board.shown_changed.connect(self.reload)
        self.reload()

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if changes.log_entry_ids:
            self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the log of the incidents on the boards again."""
        marks: dict[str, str] = {}
        for name, board in self._boards.items():
            if board.incident_id is not None:
                mark = name.upper()
                known = marks.get(board.incident_id)
                marks[board.incident_id] = f"{known}/{mark}" if known else mark
        logs = {
            incident_id: queries.incident_log(self._database, incident_id, limit=LIMIT)
            for incident_id in marks
        }
        titles = {}
        for incident_id in marks:
            incident = self._source.get(incident_id)
            titles[incident_id] = incident.title if incident else ""
        self.lines = merge(logs, marks, titles)
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            entry = line.entry
            cells = (
                line.marks,
                format_local(entry.created_at, seconds=True),
                line.title,
                f"{officer_label(entry.officer)} · {entry_text(entry)}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == self.BOARD:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.scrollToBottom()
