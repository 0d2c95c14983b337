"""The plan checklist pane (预案任务清单): work the running plans' items.

Made for the keyboard: arrow keys move, 1/2/3/4 set 待办/进行中/完成/不适用
(不适用 asks for a reason), Ctrl+F goes to the unit filter and Enter or
Escape there comes back to the list.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.context import ConsoleContext
from console.ops.checklists import (
    DONE,
    IN_PROGRESS,
    NOT_APPLICABLE,
    TODO,
    set_item_status,
)
from console.ops.core import OpChanges
from console.plans import queries
from console.plans.queries import ChecklistRow
from console.store.models import PlanActivation
from widgets.board_parts import ERROR_COLOUR, small_button
from widgets.changes import OpChangesRelay
from widgets.checklist_dialogs import (
    EndActivationDialog,
    LevelChangeDialog,
    NotApplicableDialog,
)
from widgets.checklist_model import (
    ALL,
    ITEM_ID_ROLE,
    OPEN,
    WITHDRAWN,
    ChecklistFilter,
    ChecklistModel,
)
from widgets.incident_board import IncidentBoard
from widgets.plan_labels import (
    item_status_names,
    level_text,
    short_title,
    withdrawn_text,
)
from widgets.plan_shelf import PlanShelf

_log = logging.getLogger("eoc.ui")

REFRESH_MS = 30_000
_TABLES = frozenset({"checklist_items", "plan_activations", "incidents"})
STATUS_KEYS = {
    Qt.Key.Key_1: TODO,
    Qt.Key.Key_2: IN_PROGRESS,
    Qt.Key.Key_3: DONE,
    Qt.Key.Key_4: NOT_APPLICABLE,
}
SELECTED, BOTH = "selected", "both"


class ChecklistView(QTableView):
    """The item table; keys 1–4 ask for a status instead of a keyboard search.

    Signals:
        status_key(str): the officer pressed the key of this status.
    """

    status_key = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        status = STATUS_KEYS.get(Qt.Key(event.key()))
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if status is not None and plain:
            self.status_key.emit(status)
            event.accept()
            return
        super().keyPressEvent(event)


class _BackToList(QObject):
    """Enter or Escape in the unit filter returns to the list."""

    def __init__(self, view: QTableView, parent: QObject) -> None:
        super().__init__(parent)
        self._view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)
            if event.key() in keys:
                self._view.setFocus()
                return True
        return False


class ChecklistPane(QWidget):
    """The items of the running plans of the chosen board's incident, or both.

    Attributes:
        scope_combo: the selected board's incident, or both boards'.
        unit_filter: an editable list of the units; typing filters by text.
        status_filter: all, open, one status, or withdrawn.
        view, model, proxy: the table.
        raise_button, lower_button, end_button: act on the running plan of
            the current item.
        find_action: Ctrl+F, focuses the unit filter.
        dialog: the reason, level or end form open now, if any.
    """

    def __init__(
        self,
        context: ConsoleContext,
        shelf: PlanShelf,
        relay: OpChangesRelay,
        boards: Mapping[str, IncidentBoard],
        *,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._shelf = shelf
        self._boards = boards
        self._clock = clock
        self.current_board = next(iter(boards))
        self.dialog: QDialog | None = None
        self.model = ChecklistModel(clock, self)
        self.proxy = ChecklistFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        relay.changed.connect(self._on_changed)
        for board in boards.values():
            board.shown_changed.connect(self.reload)
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self.model.refresh)
        self.reload()

    def _build(self) -> None:
        self.scope_combo = QComboBox()
        self.scope_combo.addItem(self.tr("Selected board's incident"), SELECTED)
        self.scope_combo.addItem(self.tr("Both boards' incidents"), BOTH)
        self.scope_combo.currentIndexChanged.connect(self.reload)
        self.scope_label = QLabel()
        self.scope_label.setTextFormat(Qt.TextFormat.PlainText)
        self.unit_filter = QComboBox()
        self.unit_filter.setEditable(True)
        self.unit_filter.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit_filter.setMinimumContentsLength(10)
        self.unit_filter.lineEdit().setPlaceholderText(self.tr("All units"))
        self.unit_filter.setToolTip(self.tr("Filter by unit (Ctrl+F)"))
        self.unit_filter.editTextChanged.connect(self.proxy.set_unit)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), ALL)
        self.status_filter.addItem(self.tr("Open (to do, in progress)"), OPEN)
        for status, name in item_status_names().items():
            self.status_filter.addItem(name, status)
        self.status_filter.addItem(withdrawn_text(), WITHDRAWN)
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_state(self.status_filter.currentData())
        )

        self.view = ChecklistView()
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(
            self.view.fontMetrics().height() + 8
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ChecklistModel.TASK, QHeaderView.ResizeMode.Stretch)
        # A 不适用 reason can be long; it is in the tooltip, the task matters more.
        header.setSectionResizeMode(
            ChecklistModel.STATUS, QHeaderView.ResizeMode.Interactive
        )
        # Wide enough for the longest status without a reason, 已撤回（进行中）.
        sample = f"{withdrawn_text()} ({item_status_names()[IN_PROGRESS]})"
        width = self.view.fontMetrics().horizontalAdvance(sample) + 24
        self.view.setColumnWidth(ChecklistModel.STATUS, width)
        self.view.status_key.connect(self.set_status)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.unit_filter.lineEdit().installEventFilter(_BackToList(self.view, self))

        self.raise_button = small_button(
            self.tr("Raise level…"), self.tr("Raise the running plan's level")
        )
        self.lower_button = small_button(
            self.tr("Lower level…"),
            self.tr("Lower the level; the higher levels' items are withdrawn"),
        )
        self.end_button = small_button(
            self.tr("End response…"), self.tr("End the running plan")
        )
        self.raise_button.clicked.connect(lambda: self.ask_level(1))
        self.lower_button.clicked.connect(lambda: self.ask_level(-1))
        self.end_button.clicked.connect(self.ask_end)
        self.keys_label = QLabel(
            self.tr("Keys: 1 to do · 2 in progress · 3 done · 4 not applicable")
        )
        self.keys_label.setEnabled(False)
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message_label.hide()

        self.find_action = QAction(self.tr("Filter by unit"), self)
        self.find_action.setShortcut(QKeySequence("Ctrl+F"))
        self.find_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.find_action.triggered.connect(self.focus_unit_filter)
        self.addAction(self.find_action)

        filters = QHBoxLayout()
        filters.addWidget(self.scope_combo)
        filters.addWidget(self.scope_label, 1)
        filters.addWidget(QLabel(self.tr("Unit")))
        filters.addWidget(self.unit_filter)
        filters.addWidget(QLabel(self.tr("Status")))
        filters.addWidget(self.status_filter)
        actions = QHBoxLayout()
        actions.addWidget(self.keys_label, 1)
        actions.addWidget(self.raise_button)
        actions.addWidget(self.lower_button)
        actions.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(actions)

    def set_current_board(self, name: str) -> None:
        """Follow board ``name`` when the scope is the selected board."""
        if name in self._boards and name != self.current_board:
            self.current_board = name
            self.reload()

    def incident_ids(self) -> list[str]:
        if self.scope_combo.currentData() == BOTH:
            boards = list(self._boards.values())
        else:
            boards = [self._boards[self.current_board]]
        ids = [board.incident_id for board in boards if board.incident_id]
        return list(dict.fromkeys(ids))

    @Slot()
    def reload(self) -> None:
        ids = self.incident_ids()
        rows = queries.checklist_rows(self._context.database, ids)
        self.model.set_rows(rows)
        running = {row.activation.id: row.activation for row in rows}
        self.view.setColumnHidden(ChecklistModel.INCIDENT, len(ids) < 2)
        self.view.setColumnHidden(ChecklistModel.PLAN, len(running) < 2)
        self._fill_units(rows)
        self._update_scope(ids, list(running.values()))
        if self.view.currentIndex().row() < 0 and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, ChecklistModel.TASK))
        self._update_buttons()

    def _fill_units(self, rows: list[ChecklistRow]) -> None:
        units = sorted({row.item.unit for row in rows})
        combo = self.unit_filter
        current = [combo.itemText(i) for i in range(combo.count())]
        if current == ["", *units]:
            return
        text = self.unit_filter.currentText()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItems(["", *units])
        self.unit_filter.setEditText(text)
        self.unit_filter.blockSignals(False)

    def _update_scope(self, ids: list[str], running: list[PlanActivation]) -> None:
        if self.scope_combo.currentData() == BOTH:
            text = ""
        else:
            board = self._boards[self.current_board]
            incident = board.incident_id and board.title_label.text()
            text = self.tr("Board {board}: {incident}").format(
                board=self.current_board.upper(),
                incident=incident or self.tr("no incident"),
            )
        if len(running) == 1:
            # The plan column is hidden for a single plan; say it here.
            only = running[0]
            plan = f"{short_title(only.plan_title)} {level_text(only.level)}"
            text = f"{text} — {plan}" if text else plan
        self.scope_label.setText(text)
        if not ids:
            self.view.setToolTip(self.tr("No incident on the board."))
        elif not self.model.rows:
            self.view.setToolTip(self.tr("No plan is running for this incident."))
        else:
            self.view.setToolTip("")

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if changes.tables & _TABLES:
            self.reload()

    def current_row(self) -> ChecklistRow | None:
        index = self.proxy.mapToSource(self.view.currentIndex())
        if not index.isValid():
            return None
        return self.model.rows[index.row()]

    @Slot()
    def focus_unit_filter(self) -> None:
        self.unit_filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.unit_filter.lineEdit().selectAll()

    @Slot(str)
    def set_status(self, status: str) -> bool:
        """Set the current item's status; 不适用 opens the reason form."""
        row = self.current_row()
        if row is None:
            return False
        if row.item.withdrawn_at is not None:
            return self._show(self.tr("The item was withdrawn with its level."))
        if status == NOT_APPLICABLE:
            self._open(NotApplicableDialog(self._context.operations, row.item, self))
            return True
        try:
            set_item_status(self._context.operations, row.item.id, status)
        except Exception:
            _log.exception("setting checklist item %s failed", row.item.id)
            return self._show(self.tr("Not recorded: the status could not be set."))
        self.message_label.hide()
        return True

    def ask_level(self, step: int) -> QDialog | None:
        row = self.current_row()
        if row is None:
            return None
        activation = row.activation
        plan = self._shelf.find(activation.plan_id, activation.plan_version)
        if plan is None:
            self._show(
                self.tr(
                    "Version {version} of the plan is no longer in the library; "
                    "its level cannot be changed here."
                ).format(version=activation.plan_version)
            )
            return None
        dialog = LevelChangeDialog(
            self._context.operations, activation, plan, step, self
        )
        return self._open(dialog)

    @Slot()
    def ask_end(self) -> QDialog | None:
        row = self.current_row()
        if row is None:
            return None
        dialog = EndActivationDialog(self._context.operations, row.activation, self)
        return self._open(dialog)

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.view.setFocus()

    @Slot()
    def _update_buttons(self) -> None:
        row = self.current_row()
        levels: tuple[str, ...] = ()
        if row is not None:
            plan = self._shelf.find(row.activation.plan_id, row.activation.plan_version)
            levels = plan.level_codes if plan else ()
        level = row.activation.level if row else None
        self.raise_button.setEnabled(bool(levels) and level != levels[-1])
        self.lower_button.setEnabled(bool(levels) and level != levels[0])
        self.end_button.setEnabled(row is not None)

    def _show(self, text: str) -> bool:
        self.message_label.setText(text)
        self.message_label.show()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_timer.start()
        super().showEvent(event)

    def hideEvent(self, event: QEvent) -> None:
        self.refresh_timer.stop()
        super().hideEvent(event)

    def item_ids(self) -> list[str]:
        """Ids of the items shown (after filtering), top to bottom."""
        return [
            self.proxy.index(row, 0).data(ITEM_ID_ROLE)
            for row in range(self.proxy.rowCount())
        ]
