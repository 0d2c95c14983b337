"""Small building blocks the incident board's sections share."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

_log = logging.getLogger("eoc.ui")

ERROR_COLOUR = "#c62828"
DUE_SOON_COLOUR = "#e65100"


def plain_label(text: str = "", *, wrap: bool = True) -> QLabel:
    """A label that never interprets its text as HTML.

    Titles, names and instructions are typed by people and must be shown
    exactly as typed.
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if wrap:
        # Lets the label shrink to a narrow board and wrap instead of forcing
        # the board (and its scroll area) wider.
        # (Changing the policy in place keeps the height-for-width flag that
        # word wrap set; a new policy would drop it and leave gaps.)
        policy = label.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        label.setSizePolicy(policy)
        label.setMinimumWidth(40)
    return label


def section_title(text: str) -> QLabel:
    """A bold heading with a rule above it, for one part of a board."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setStyleSheet("border-top: 1px solid palette(mid); padding-top: 4px;")
    return label


def small_button(text: str, tooltip: str = "") -> QToolButton:
    """A compact text button that fits beside a value on a narrow board."""
    button = QToolButton()
    button.setText(text)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setAutoRaise(False)
    if tooltip:
        button.setToolTip(tooltip)
    return button


def chip_style(background: str, foreground: str) -> str:
    """Style sheet of a coloured badge (grade, warning, response)."""
    return (
        f"background: {background}; color: {foreground};"
        " border-radius: 3px; padding: 1px 6px; font-weight: bold;"
    )


def compact_form() -> QFormLayout:
    """A form that wraps long rows under their label on a narrow board."""
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setContentsMargins(0, 0, 0, 0)
    form.setHorizontalSpacing(6)
    form.setVerticalSpacing(3)
    return form


class Refused(Exception):
    """Input an officer must correct; the message is already translated."""


class DecisionDialog(QDialog):
    """A small form whose OK runs one operation; problems show in the form.

    Open it with ``open()`` (never ``exec()``, pitfall A6). Subclasses build
    their fields into ``form`` and implement ``_apply``, which raises
    ``Refused`` with a message for the officer when the input is refused.

    Attributes:
        form: the layout the fields go into.
        error_label: where a refusal is shown.
        buttons: OK and Cancel.
    """

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        # Wide enough for the fields' hints to be read whole.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    @Slot()
    def save(self) -> bool:
        """Run the operation; close on success, else say why and stay open."""
        try:
            self._apply()
        except Refused as refused:
            self.show_error(str(refused))
            return False
        except Exception:
            _log.exception("%s failed", type(self).__name__)
            self.show_error(self.tr("Not saved: the change could not be recorded."))
            return False
        self.accept()
        return True

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _apply(self) -> None:
        raise NotImplementedError
