"""Keyboard behaviour shared by the entry forms."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class EnterMovesFocus(QObject):
    """Event filter: Enter moves to the next field, Ctrl+Enter submits.

    Officers type a report as they hear it; Enter taking them to the next
    field (instead of closing the dialog half-filled, Qt's default) keeps
    their hands on the keyboard.
    """

    def __init__(self, submit: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._submit = submit

    def install(self, *fields: QWidget, next_on_enter: bool = True) -> None:
        """Watch ``fields``; with ``next_on_enter`` False only Ctrl+Enter acts."""
        for field in fields:
            field.setProperty("enter_moves_focus", next_on_enter)
            field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in _ENTER_KEYS:
            return False
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._submit()
            return True
        if watched.property("enter_moves_focus") and isinstance(watched, QWidget):
            watched.window().focusNextChild()
            return True
        return False


def chain_tab_order(window: QWidget, fields: Sequence[QWidget]) -> None:
    """Make Tab (and Enter, through ``EnterMovesFocus``) follow ``fields``.

    An editable combo box has its line edit as a child in the focus chain;
    chaining from the combo itself would put the next field between the two
    and send focus back to the combo, so the chain continues from the line
    edit instead.
    """
    for first, second in pairwise(fields):
        if isinstance(first, QComboBox) and first.lineEdit() is not None:
            first = first.lineEdit()
        window.setTabOrder(first, second)
