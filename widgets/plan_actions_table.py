"""The plan editor's structured table: one level's actions as rows.

Editing a cell rebuilds that level's actions from the rows (keeping each
action's id and provenance) and hands them to the editor, which writes the
YAML text again through the plan model and ``dump_plan``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.plans.model import SAMPLE, Action, Plan
from widgets.board_parts import ERROR_COLOUR, plain_label
from widgets.plan_labels import level_text, verification_colour, verification_text

TASK, UNIT, ROLE, DUE, MANDATORY, VERIFICATION = range(6)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1


def new_action(plan: Plan, level: str) -> Action:
    """A blank sample action with an id unused in the plan.

    New rows are samples (evidence U) until someone checks them against the
    official text and says so in the YAML.
    """
    taken = {action.id for action in plan.actions()}
    number = 1
    while f"{level.lower()}-new-{number}" in taken:
        number += 1
    sources = [source.id for source in plan.sources]
    source = "sample" if "sample" in sources else sources[0]
    return Action(
        id=f"{level.lower()}-new-{number}",
        task="",
        unit="",
        mandatory=True,
        verification=SAMPLE,
        evidence="U",
        source=source,
    )


def _minutes(text: str) -> int | None:
    """Minutes from a cell: empty is no limit; raises ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    value = int(text)
    if value < 0:
        raise ValueError(text)
    return value


class PlanActionsTable(QWidget):
    """Task, unit, role, due minutes and mandatory for each action of a level.

    Attributes:
        level_combo: which level's actions are shown.
        table: the rows; the verification column is read-only.
        message_label: a cell that cannot be read (due minutes not a number).

    Signals:
        actions_edited(str, object): a level code and its new tuple of
            actions, after any edit, row added or row removed.
    """

    actions_edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self._filling = False
        self.level_combo = QComboBox()
        self.level_combo.currentIndexChanged.connect(self._fill)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Task"),
                self.tr("Unit"),
                self.tr("Role"),
                self.tr("Due (minutes)"),
                self.tr("Mandatory"),
                self.tr("Verification"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        for column in (UNIT, ROLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, 150)
        for column in (DUE, MANDATORY, VERIFICATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._on_item_changed)
        self.add_button = QPushButton(self.tr("Add action"))
        self.remove_button = QPushButton(self.tr("Remove action"))
        for button in (self.add_button, self.remove_button):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.message_label = plain_label()
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message_label.hide()
        hint = plain_label(
            self.tr(
                "Edits here rewrite the YAML text from the plan model "
                "(comments in the text are dropped). New actions are samples."
            )
        )
        hint.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Level")))
        top.addWidget(self.level_combo)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(hint)

    def show_plan(self, plan: Plan) -> None:
        """Show ``plan``'s actions, staying on the level that was shown."""
        self.plan = plan
        current = self.level_combo.currentData()
        self.level_combo.blockSignals(True)
        self.level_combo.clear()
        for level in plan.levels:
            self.level_combo.addItem(level_text(level.level), level.level)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(current), 0))
        self.level_combo.blockSignals(False)
        self._fill()

    @property
    def level(self) -> str | None:
        return self.level_combo.currentData()

    def _actions(self) -> tuple[Action, ...]:
        if self.plan is None:
            return ()
        for level in self.plan.levels:
            if level.level == self.level:
                return level.actions
        return ()

    @Slot()
    def _fill(self) -> None:
        self._filling = True
        actions = self._actions()
        self.table.setRowCount(len(actions))
        for row, action in enumerate(actions):
            self._set_row(row, action)
        self._filling = False
        self.message_label.hide()

    def _set_row(self, row: int, action: Action) -> None:
        due = "" if action.due_minutes is None else str(action.due_minutes)
        values = [action.task, action.unit, action.role or "", due]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            self.table.setItem(row, column, item)
        self.table.item(row, TASK).setData(ACTION_ROLE, action)
        mandatory = QTableWidgetItem()
        mandatory.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        checked = Qt.CheckState.Checked if action.mandatory else Qt.CheckState.Unchecked
        mandatory.setCheckState(checked)
        self.table.setItem(row, MANDATORY, mandatory)
        marker = QTableWidgetItem(verification_text(action.verification))
        marker.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        marker.setForeground(QBrush(QColor(verification_colour(action.verification))))
        self.table.setItem(row, VERIFICATION, marker)

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self._emit()

    def _row_action(self, row: int) -> Action:
        original: Action = self.table.item(row, TASK).data(ACTION_ROLE)
        role = self.table.item(row, ROLE).text().strip()
        checked = self.table.item(row, MANDATORY).checkState()
        return dataclasses.replace(
            original,
            task=self.table.item(row, TASK).text().strip(),
            unit=self.table.item(row, UNIT).text().strip(),
            role=role or None,
            due_minutes=_minutes(self.table.item(row, DUE).text()),
            mandatory=checked == Qt.CheckState.Checked,
        )

    def _emit(self) -> None:
        if self.level is None:
            return
        try:
            actions = tuple(self._row_action(row) for row in self._rows())
        except ValueError:
            self.message_label.setText(
                self.tr("Due (minutes) must be a whole number of minutes, or empty.")
            )
            self.message_label.show()
            return
        self.message_label.hide()
        self.actions_edited.emit(self.level, actions)

    def _rows(self) -> Iterable[int]:
        return range(self.table.rowCount())

    @Slot()
    def add_row(self) -> None:
        """Append a blank sample action and start typing its task."""
        if self.plan is None or self.level is None:
            return
        taken = [self.table.item(r, TASK).data(ACTION_ROLE) for r in self._rows()]
        plan = self.plan
        if taken:
            plan = with_level_actions(plan, self.level, tuple(taken))
        action = new_action(plan, self.level)
        row = self.table.rowCount()
        self._filling = True
        self.table.insertRow(row)
        self._set_row(row, action)
        self._filling = False
        self.table.setCurrentCell(row, TASK)
        self._emit()
        self.table.editItem(self.table.item(row, TASK))

    @Slot()
    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._emit()


def with_level_actions(
    plan: Plan, level_code: str, actions: tuple[Action, ...]
) -> Plan:
    """``plan`` with the actions of one level replaced."""
    levels = tuple(
        dataclasses.replace(level, actions=actions)
        if level.level == level_code
        else level
        for level in plan.levels
    )
    return dataclasses.replace(plan, levels=levels)
