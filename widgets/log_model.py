"""The operation log as a read-only table model, newest entry first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from console import queries
from console.store.engine import Database
from console.store.models import OpLogEntry
from console.sync.marks import SyncMarks
from widgets.labels import officer_label
from widgets.logtext import entry_text
from widgets.sync_marks import mark_symbol, mark_text
from widgets.timefmt import format_local

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class OpLogModel(QAbstractTableModel):
    """Time, officer and sentence of the newest log entries.

    The model never edits: the log is append-only, and a correction is a new
    entry made through ``add_correction``.
    """

    TIME, OFFICER, TEXT, SYNC = range(4)

    def __init__(
        self,
        database: Database,
        *,
        marks: SyncMarks | None = None,
        limit: int = 500,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._marks = marks or SyncMarks(database, enabled=False)
        self._limit = limit
        self._entries: list[OpLogEntry] = []
        self._by_id: dict[str, OpLogEntry] = {}
        self._corrected: set[str] = set()
        self._states: dict[str, str] = {}

    @property
    def shows_sync(self) -> bool:
        """Whether the sync column has anything to show (a hub is set up)."""
        return self._marks.enabled

    def reload(self) -> None:
        """Read the newest entries again."""
        self.beginResetModel()
        self._entries = queries.log_entries(self._database, limit=self._limit)
        self._by_id = {e.id: e for e in self._entries}
        self._corrected = {e.corrects_id for e in self._entries if e.corrects_id}
        self._states = self._read_states()
        self.endResetModel()

    def refresh_sync(self) -> None:
        """Read the entries' sync states again (after a sync round)."""
        states = self._read_states()
        if states == self._states or not self._entries:
            return
        self._states = states
        last = len(self._entries) - 1
        self.dataChanged.emit(self.index(0, self.SYNC), self.index(last, self.SYNC))

    def _read_states(self) -> dict[str, str]:
        return self._marks.of(OpLogEntry.__tablename__, self._by_id)

    def entry(self, row: int) -> OpLogEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Time"),
            self.tr("Officer"),
            self.tr("Entry"),
            self.tr("Sync"),
        )
        return titles[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ID_ROLE:
            return entry.id
        if index.column() == self.SYNC:
            return self._sync_data(entry.id, role)
        if role == Qt.ItemDataRole.ToolTipRole and entry.id in self._corrected:
            return self.tr("A later entry corrects this one.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.TIME:
            return format_local(entry.created_at, seconds=True)
        if index.column() == self.OFFICER:
            return officer_label(entry.officer)
        return self._text(entry)

    def _sync_data(self, entry_id: str, role: int) -> Any:
        state = self._states.get(entry_id, "")
        if role == Qt.ItemDataRole.DisplayRole:
            return mark_symbol(state)
        if role == Qt.ItemDataRole.ToolTipRole:
            return mark_text(state)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, entry: OpLogEntry) -> str:
        corrected = self._by_id.get(entry.corrects_id or "")
        text = entry_text(entry, corrected)
        if entry.id in self._corrected:
            text = self.tr("{text} [corrected]").format(text=text)
        return text
