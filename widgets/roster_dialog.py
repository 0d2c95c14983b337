"""The duty roster dialog (值班表): list, add and change shifts."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.context import ConsoleContext
from console.ops.roster import (
    ShiftDraft,
    ShiftError,
    add_shift,
    overlapping,
    remove_shift,
    shifts,
    update_shift,
)
from console.store.duty_models import DutyShift
from console.store.types import utcnow
from widgets.timefmt import format_local, from_qdatetime, time_edit, to_qdatetime

_log = logging.getLogger("eoc.ui")

SHIFT_HOURS = 24


class RosterDialog(QDialog):
    """Shifts from yesterday on; pick one to change it, or add a new one."""

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._shifts: list[DutyShift] = []
        self.setWindowTitle(self.tr("Duty roster"))
        self.resize(720, 520)
        self.list = QListWidget()
        self.list.currentRowChanged.connect(self._on_selected)
        now = utcnow()
        self.start_edit = time_edit(now)
        self.end_edit = time_edit(now + timedelta(hours=SHIFT_HOURS))
        self.leader_box = QComboBox()
        self.leader_box.setEditable(True)
        self.leader_box.addItems(queries.officer_names(context.database))
        self.leader_box.setCurrentText("")
        self.officers_edit = QLineEdit()
        self.officers_edit.setPlaceholderText(self.tr("Names separated by 、 or ,"))
        self.note_edit = QLineEdit()
        self.message_label = QLabel()
        self.add_button = QPushButton(self.tr("Add shift"))
        self.add_button.clicked.connect(self.add)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        self.remove_button = QPushButton(self.tr("Remove shift"))
        self.remove_button.clicked.connect(self.remove)
        self.remove_button.setEnabled(False)
        self._layout()
        self.reload()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Start"), self.start_edit)
        form.addRow(self.tr("End"), self.end_edit)
        form.addRow(self.tr("Duty leader"), self.leader_box)
        form.addRow(self.tr("Officers"), self.officers_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)

    def reload(self) -> None:
        """List the shifts that end after yesterday, earliest first."""
        self._shifts = shifts(self._context.database, since=utcnow() - timedelta(1))
        self.list.clear()
        for shift in self._shifts:
            officers = "、".join(shift.officer_names)
            self.list.addItem(
                f"{format_local(shift.starts_at)} – {format_local(shift.ends_at)}  "
                + self.tr("Leader: {leader}  Officers: {officers}").format(
                    leader=shift.leader, officers=officers
                )
            )

    @Slot(int)
    def _on_selected(self, row: int) -> None:
        self.save_button.setEnabled(0 <= row < len(self._shifts))
        self.remove_button.setEnabled(0 <= row < len(self._shifts))
        if not 0 <= row < len(self._shifts):
            return
        shift = self._shifts[row]
        self.start_edit.setDateTime(to_qdatetime(shift.starts_at))
        self.end_edit.setDateTime(to_qdatetime(shift.ends_at))
        self.leader_box.setCurrentText(shift.leader)
        self.officers_edit.setText("、".join(shift.officer_names))
        self.note_edit.setText(shift.note)

    def draft(self) -> ShiftDraft:
        """The shift the form describes."""
        officers = re.split(r"[、,，;；\s]+", self.officers_edit.text())
        return ShiftDraft(
            starts_at=from_qdatetime(self.start_edit.dateTime()),
            ends_at=from_qdatetime(self.end_edit.dateTime()),
            leader=self.leader_box.currentText(),
            officers=tuple(name for name in officers if name),
            note=self.note_edit.text(),
        )

    def selected(self) -> DutyShift | None:
        """The shift picked in the list, if any."""
        row = self.list.currentRow()
        return self._shifts[row] if 0 <= row < len(self._shifts) else None

    @Slot()
    def add(self) -> None:
        """Add the form's shift to the roster."""
        draft = self.draft()
        if self._write(lambda: add_shift(self._context.operations, draft)):
            self._warn_overlaps(draft, None)

    @Slot()
    def save(self) -> None:
        """Save the form over the selected shift."""
        shift = self.selected()
        if shift is None:
            return
        shift_id, draft = shift.id, self.draft()
        if self._write(lambda: update_shift(self._context.operations, shift_id, draft)):
            self._warn_overlaps(draft, shift_id)

    @Slot()
    def remove(self) -> None:
        """Take the selected shift off the roster, after asking."""
        shift = self.selected()
        if shift is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove shift"),
            self.tr("Remove the shift {start} – {end} led by {leader}?").format(
                start=format_local(shift.starts_at),
                end=format_local(shift.ends_at),
                leader=shift.leader,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        shift_id = shift.id
        self._write(lambda: remove_shift(self._context.operations, shift_id))

    def _warn_overlaps(self, draft: ShiftDraft, shift_id: str | None) -> None:
        """Say which shifts share time with the one just saved."""
        others = overlapping(self._context.database, draft, other_than=shift_id)
        if not others:
            return
        names = "、".join(
            f"{shift.leader}（{format_local(shift.starts_at)} – "
            f"{format_local(shift.ends_at)}）"
            for shift in others
        )
        self.message_label.setText(
            self.tr(
                "Saved. It overlaps with {shifts}; during the overlap the shift "
                "that started last is on duty."
            ).format(shifts=names)
        )

    def _write(self, work: Callable[[], object]) -> bool:
        try:
            work()
        except ShiftError:
            self.message_label.setText(
                self.tr(
                    "Not saved: a shift needs a leader and must end after it starts."
                )
            )
            return False
        except Exception:
            _log.exception("saving a shift failed")
            self.message_label.setText(self.tr("The shift could not be saved."))
            return False
        self.message_label.clear()
        self.reload()
        return True
