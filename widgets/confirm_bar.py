"""An inline "are you sure?" bar: warnings, then Confirm or Cancel.

Used where an operation reports warnings that the officer must see before
committing (a team already at another incident, stock promised elsewhere).
It sits in the form instead of popping up a modal box, so nothing else in
the console is blocked while the officer decides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from widgets.resource_labels import warning_list

BAR_STYLE = (
    "QFrame#confirm_bar { background: #fff3e0; border: 1px solid #e65100;"
    " border-radius: 3px; }"
)


class ConfirmBar(QFrame):
    """Shows warnings with Confirm and Cancel; runs the pending action on Confirm.

    Attributes:
        text: the warnings, one bullet per line.
        confirm_button, cancel_button: the two choices.
        pending: what Confirm runs, or None when the bar is hidden.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirm_bar")
        self.setStyleSheet(BAR_STYLE)
        self.pending: Callable[[], object] | None = None
        self.text = QLabel()
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.confirm_button = QPushButton()
        self.confirm_button.clicked.connect(self.confirm)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.confirm_button, self.cancel_button):
            button.setAutoDefault(False)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def ask(
        self, warnings: Sequence[str], confirm_text: str, action: Callable[[], object]
    ) -> None:
        """Show ``warnings``; ``action`` runs only if the officer confirms."""
        self.pending = action
        self.text.setText(warning_list(warnings))
        self.confirm_button.setText(confirm_text)
        self.show()
        self.cancel_button.setFocus()

    @Slot()
    def confirm(self) -> None:
        action, self.pending = self.pending, None
        self.hide()
        if action is not None:
            action()

    @Slot()
    def cancel(self) -> None:
        self.pending = None
        self.hide()
