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
from widgets.labels import officer_label
from widgets.logtext import entry_text
from widgets.timefmt import format_local

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class OpLogModel(QAbstractTableModel):
    """Time, officer and sentence of the newest log entries.

    The model never edits: the log is append-only, and a correction is a new
    entry made through ``add_correction``.
    """

    TIME, OFFICER, TEXT = range(3)

    def __init__(
        self, database: Database, *, limit: int = 500, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._limit = limit
        self._entries: list[OpLogEntry] = []
        self._by_id: dict[str, OpLogEntry] = {}
        self._corrected: set[str] = set()

    def reload(self) -> None:
        """Read the newest entries again."""
        self.beginResetModel()
        self._entries = queries.log_entries(self._database, limit=self._limit)
        self._by_id = {e.id: e for e in self._entries}
        self._corrected = {e.corrects_id for e in self._entries if e.corrects_id}
        self.endResetModel()

    def entry(self, row: int) -> OpLogEntry:
        return self._entries[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

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
        return (self.tr("Time"), self.tr("Officer"), self.tr("Entry"))[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == ENTRY_ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ToolTipRole and entry.id in self._corrected:
            return self.tr("A later entry corrects this one.")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == self.TIME:
            return format_local(entry.created_at, seconds=True)
        if index.column() == self.OFFICER:
            return officer_label(entry.officer)
        return self._text(entry)

    def _text(self, entry: OpLogEntry) -> str:
        corrected = self._by_id.get(entry.corrects_id or "")
        text = entry_text(entry, corrected)
        if entry.id in self._corrected:
            text = self.tr("{text} [corrected]").format(text=text)
        return text
