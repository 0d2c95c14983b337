"""Leaders' instructions (批示) on one incident: recording and following up.

An instruction stays open until the officer marks it done with a note on
how it was carried out; both steps go through ``console.ops.instructions``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from itertools import pairwise

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.context import ConsoleContext
from console.domain.incidents import FUTURE_TOLERANCE
from console.ops.core import OpChanges
from console.ops.instructions import add_instruction, complete_instruction
from console.store.models import Instruction
from console.store.types import utcnow
from widgets.changes import OpChangesRelay
from widgets.field_problems import FieldProblems
from widgets.keys import EnterMovesFocus
from widgets.timefmt import (
    format_local,
    from_qdatetime,
    time_edit,
    to_qdatetime,
)

_log = logging.getLogger("eoc.ui")

OPEN_COLOUR = "#ef6c00"


class InstructionDialog(QDialog):
    """Records leaders' instructions and marks them done.

    Attributes:
        incident_id: the incident the instructions are about.
        table: the incident's instructions, oldest first, open ones marked.
        problems: messages under the entry fields (cleared on edit).
    """

    def __init__(
        self,
        context: ConsoleContext,
        incident_id: str,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        incident = queries.incident(context.database, incident_id)
        if incident is None or incident.deleted_at is not None:
            raise LookupError(f"no incident {incident_id}")
        self._context = context
        self._now = now
        self.incident_id = incident_id
        self._instructions: list[Instruction] = []
        self.problems = FieldProblems(self)
        self.setWindowTitle(
            self.tr("Leaders' instructions — {title}").format(title=incident.title)
        )
        self._build()
        self.relay = OpChangesRelay(context.operations, self)
        self.relay.changed.connect(self._on_changed)
        self.refresh()
        self.leader_edit.setFocus()

    def _build(self) -> None:
        self.leader_edit = QLineEdit()
        self.leader_edit.setMaxLength(100)
        self.leader_edit.setPlaceholderText(self.tr("Name and post, e.g. 区长 王明"))
        self.given_edit = time_edit(self._now())
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("The instruction as given"))
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)
        self.add_button = QPushButton(self.tr("&Record instruction"))
        self.add_button.clicked.connect(self.record)
        self._build_table()
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(1000)
        self.note_edit.setPlaceholderText(self.tr("How it was carried out"))
        self.note_edit.returnPressed.connect(self.mark_done)
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.done_button.clicked.connect(self.mark_done)
        for button in (self.add_button, self.done_button):
            button.setAutoDefault(False)
        self._lay_out()
        self._wire_keys()

    def _build_table(self) -> None:
        table = QTableWidget(0, 4)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Given"),
                self.tr("Leader"),
                self.tr("Instruction"),
                self.tr("State"),
            ]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._on_selected)
        self.table = table

    def _lay_out(self) -> None:
        wrap = self.problems.wrap
        form = QFormLayout()
        form.addRow(self.tr("&Leader"), wrap(self.leader_edit, "leader"))
        form.addRow(self.tr("&Given at"), wrap(self.given_edit, "given_at"))
        form.addRow(self.tr("&Instruction"), wrap(self.text_edit, "text"))
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        done_row = QHBoxLayout()
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note_edit)
        done_row.addWidget(note_label)
        done_row.addWidget(self.note_edit, 1)
        done_row.addWidget(self.done_button)
        hint = QLabel(
            self.tr("Enter: next field · Ctrl+Enter: record · Tab leaves the text box")
        )
        hint.setEnabled(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(done_row)
        layout.addWidget(self.problems.general)
        layout.addWidget(close)
        self.resize(760, 620)

    def _wire_keys(self) -> None:
        order = [self.leader_edit, self.given_edit, self.text_edit, self.add_button]
        for first, second in pairwise(order):
            self.setTabOrder(first, second)
        keys = EnterMovesFocus(self.record, self)
        keys.install(self.leader_edit, self.given_edit)
        keys.install(self.text_edit, next_on_enter=False)

    # --- state ----------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Reload the instructions, keeping the selected one."""
        chosen = self.selected_instruction()
        self._instructions = queries.instructions(
            self._context.database, self.incident_id
        )
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._instructions))
        for row, item in enumerate(self._instructions):
            state = self._state_text(item)
            cells = (format_local(item.given_at), item.leader, item.text, state)
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if item.done_at is None and column == 3:
                    cell.setForeground(QBrush(QColor(OPEN_COLOUR)))
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.table.blockSignals(False)
        if chosen is not None:
            self.select(chosen.id)
        self._on_selected()

    def _state_text(self, item: Instruction) -> str:
        if item.done_at is None:
            return self.tr("Open")
        when = format_local(item.done_at)
        if not item.done_note:
            return self.tr("Done {time}").format(time=when)
        return self.tr("Done {time}: {note}").format(time=when, note=item.done_note)

    def selected_instruction(self) -> Instruction | None:
        row = self.table.currentRow()
        found = self._instructions
        return found[row] if 0 <= row < len(found) else None

    def select(self, instruction_id: str) -> None:
        for row, item in enumerate(self._instructions):
            if item.id == instruction_id:
                self.table.selectRow(row)
                return

    @Slot()
    def _on_selected(self) -> None:
        item = self.selected_instruction()
        is_open = item is not None and item.done_at is None
        self.note_edit.setEnabled(is_open)
        self.done_button.setEnabled(is_open)

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if "instructions" in changes.tables:
            self.refresh()

    # --- actions --------------------------------------------------------------

    @Slot()
    def record(self) -> Instruction | None:
        """Record the instruction typed in; messages go under the fields."""
        leader = self.leader_edit.text().strip()
        text = self.text_edit.toPlainText().strip()
        given_at = from_qdatetime(self.given_edit.dateTime())
        self.problems.show([])
        if not leader:
            self.problems.add("leader", self.tr("Enter the leader who gave it."))
        if not text:
            self.problems.add("text", self.tr("Enter the instruction."))
        if given_at > self._now() + FUTURE_TOLERANCE:
            self.problems.add(
                "given_at", self.tr("The time is in the future. Check date and time.")
            )
        if not leader or not text or given_at > self._now() + FUTURE_TOLERANCE:
            return None
        try:
            instruction = add_instruction(
                self._context.operations,
                self.incident_id,
                leader=leader,
                text=text,
                given_at=given_at,
            )
        except Exception:
            _log.exception("recording an instruction on %s failed", self.incident_id)
            self.problems.add("", self.tr("The instruction could not be recorded."))
            return None
        self.text_edit.clear()
        self.given_edit.setDateTime(to_qdatetime(self._now()))
        self.refresh()
        self.select(instruction.id)
        self.text_edit.setFocus()
        return instruction

    @Slot()
    def mark_done(self) -> None:
        """Mark the selected instruction as carried out, with the note."""
        item = self.selected_instruction()
        if item is None or item.done_at is not None:
            return
        try:
            complete_instruction(
                self._context.operations, item.id, self.note_edit.text()
            )
        except ValueError:
            self.problems.add("", self.tr("This instruction is already done."))
            return
        self.note_edit.clear()
        self.refresh()


def open_instruction_dialog(
    context: ConsoleContext, incident_id: str, parent: QWidget | None = None
) -> InstructionDialog:
    """Show the instructions of an incident (non-modal) and return the dialog.

    One already open on the same incident under ``parent`` is raised instead.
    """
    if parent is not None:
        for dialog in parent.findChildren(InstructionDialog):
            if dialog.incident_id == incident_id and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
    dialog = InstructionDialog(context, incident_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
