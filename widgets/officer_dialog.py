"""Choosing the officer on duty when the console starts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.context import ConsoleContext

MAX_NAME_LENGTH = 64


class OfficerDialog(QDialog):
    """Asks who is on duty: a known name or a new one typed in.

    It only returns the name; the caller hands it to ``take_duty`` so that
    taking over duty is an operation with its log entry like any other.
    """

    def __init__(
        self, names: list[str], last: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Officer on duty"))
        self.name_combo = QComboBox()
        self.name_combo.setEditable(True)
        self.name_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.name_combo.addItems(names)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(MAX_NAME_LENGTH)
        self.name_edit.setPlaceholderText(self.tr("Your name"))
        self.name_combo.setLineEdit(self.name_edit)
        self.name_combo.setCurrentText(last)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Take over duty")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_combo.editTextChanged.connect(self._update_ok)

        hint = QLabel(self.tr("Every entry you make is recorded under this name."))
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Officer on duty"), self.name_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.name_combo.setFocus()
        self.name_edit.selectAll()

    def officer_name(self) -> str:
        """The chosen name with runs of spaces collapsed."""
        return " ".join(self.name_combo.currentText().split())

    @Slot()
    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.officer_name()))


def choose_officer(
    context: ConsoleContext, parent: QWidget | None = None
) -> str | None:
    """Ask for the officer on duty; None when the officer cancels.

    Blocks in its own event loop, so call it at start-up before the asyncio
    loop runs, never from a coroutine (pitfall A6).
    """
    dialog = OfficerDialog(
        queries.officer_names(context.database), context.settings.last_officer, parent
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.officer_name() or None
