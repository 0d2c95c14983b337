"""The plan checklist as a table model, and its unit and status filter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from console.plans.queries import OPEN_STATUSES, ChecklistRow, is_overdue
from console.rulebook import shipped
from console.store.models import ChecklistItem
from widgets.board_parts import ERROR_COLOUR
from widgets.labels import officer_label
from widgets.plan_labels import (
    WITHDRAWN_COLOUR,
    item_status_text,
    level_text,
    short_title,
    verification_colour,
    verification_text,
    withdrawn_text,
)
from widgets.timefmt import format_local, format_short

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# The item's status for filtering: its status code, or "withdrawn".
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
UNIT_ROLE = Qt.ItemDataRole.UserRole + 3
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4

WITHDRAWN = "withdrawn"
OPEN = "open"
ALL = ""

_Index = QModelIndex | QPersistentModelIndex


def row_state(row: ChecklistRow) -> str:
    return WITHDRAWN if row.item.withdrawn_at is not None else row.item.status


class ChecklistModel(QAbstractTableModel):
    """One row per checklist item of the running activations shown.

    Withdrawn items (the level was lowered) stay, greyed, with 已撤回;
    overdue ones show their due time in red.
    """

    INCIDENT, PLAN, LEVEL, TASK, UNIT, ROLE, DUE, STATUS, CHANGED, VERIFICATION = range(
        10
    )

    def __init__(
        self, clock: Callable[[], datetime], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._lead = shipped().deadlines.alarm_lead
        self.rows: list[ChecklistRow] = []

    def _overdue(self, item: ChecklistItem) -> bool:
        return is_overdue(item, self._clock(), self._lead)

    def set_rows(self, rows: list[ChecklistRow]) -> None:
        """Show ``rows``; the same items in the same order update in place.

        Updating in place keeps the view's current row and selection, so
        setting statuses from the keyboard does not lose the officer's place.
        """
        same = [r.item.id for r in rows] == [r.item.id for r in self.rows]
        if same and rows:
            self.rows = rows
            self.refresh()
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def refresh(self) -> None:
        """Repaint every row (due times turn red as time passes)."""
        if self.rows:
            last = self.index(len(self.rows) - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 10

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
        return (
            self.tr("Incident"),
            self.tr("Plan"),
            self.tr("Level"),
            self.tr("Task"),
            self.tr("Unit"),
            self.tr("Role"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Changed"),
            self.tr("Verification"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == ITEM_ID_ROLE:
            return row.item.id
        if role == STATE_ROLE:
            return row_state(row)
        if role == UNIT_ROLE:
            return row.item.unit
        if role == OVERDUE_ROLE:
            return self._overdue(row.item)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _text(self, row: ChecklistRow, column: int) -> str:
        item = row.item
        texts = {
            self.INCIDENT: lambda: row.incident_title,
            self.PLAN: lambda: (
                f"{short_title(row.activation.plan_title)} "
                f"{level_text(row.activation.level)}"
            ),
            self.LEVEL: lambda: level_text(item.level),
            self.TASK: lambda: item.task,
            self.UNIT: lambda: item.unit,
            self.ROLE: lambda: item.role,
            self.DUE: lambda: format_short(item.due_at) if item.due_at else "—",
            self.STATUS: lambda: self._status(row),
            self.CHANGED: lambda: (
                f"{officer_label(item.changed_by)} {format_short(item.changed_at)}"
            ),
            self.VERIFICATION: lambda: verification_text(item.verification),
        }
        return texts[column]()

    def _status(self, row: ChecklistRow) -> str:
        item = row.item
        if item.withdrawn_at is not None:
            return self.tr("{withdrawn} ({status})").format(
                withdrawn=withdrawn_text(), status=item_status_text(item.status)
            )
        text = item_status_text(item.status)
        if item.status_reason:
            text = self.tr("{status}: {reason}").format(
                status=text, reason=item.status_reason
            )
        return text

    def _colour(self, row: ChecklistRow, column: int) -> QBrush | None:
        if row.item.withdrawn_at is not None:
            return QBrush(QColor(WITHDRAWN_COLOUR))
        if column == self.VERIFICATION:
            return QBrush(QColor(verification_colour(row.item.verification)))
        if column in (self.DUE, self.TASK) and self._overdue(row.item):
            return QBrush(QColor(ERROR_COLOUR))
        return None

    def _font(self, row: ChecklistRow, column: int) -> QFont | None:
        if row.item.withdrawn_at is not None:
            font = QFont()
            font.setItalic(True)
            return font
        if column == self.DUE and self._overdue(row.item):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, row: ChecklistRow, column: int) -> str | None:
        item = row.item
        if column == self.PLAN:
            return self.tr("{plan}\nactivated by {by}, {when}").format(
                plan=row.activation.plan_title,
                by=row.activation.activated_by,
                when=format_local(row.activation.activated_at),
            )
        if column == self.STATUS and item.withdrawn_at is None:
            return self._status(row)
        if column == self.STATUS:
            return self.tr("Withdrawn when the level was lowered, {when}").format(
                when=format_local(item.withdrawn_at)
            )
        if column == self.DUE and self._overdue(item):
            return self.tr("Overdue since {due}").format(due=format_local(item.due_at))
        if column == self.TASK:
            return item.task
        return None


class ChecklistFilter(QSortFilterProxyModel):
    """Keeps the rows of one unit (text contained) and one status group.

    Attributes:
        unit: text the unit must contain ("" for every unit).
        state: ``ALL``, ``OPEN`` (to do or in progress, not withdrawn), a
            status code, or ``WITHDRAWN``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unit = ""
        self.state = ALL

    def set_unit(self, text: str) -> None:
        self.beginFilterChange()
        self.unit = text.strip().casefold()
        self.endFilterChange()

    def set_state(self, state: str) -> None:
        self.beginFilterChange()
        self.state = state
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        unit = str(model.data(index, UNIT_ROLE) or "").casefold()
        if self.unit and self.unit not in unit:
            return False
        state = model.data(index, STATE_ROLE)
        if self.state == OPEN:
            return state in OPEN_STATUSES
        return self.state in (ALL, state)
