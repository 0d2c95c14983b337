"""Validation messages shown right under the field they concern.

A message tells the officer what to fix; once the field is edited it is
out of date, so it disappears at once instead of staying until the next
save.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain.incidents import Problem
from widgets.problems import problem_message

ERROR_STYLE = "color: #c62828;"


def problem_label() -> QLabel:
    """A hidden red label for messages (plain text: user input is shown)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def edited_signal(field: QWidget) -> SignalInstance:
    """The signal a field emits when its value changes."""
    if isinstance(field, QLineEdit | QPlainTextEdit):
        return field.textChanged
    if isinstance(field, QComboBox):
        return field.currentIndexChanged
    if isinstance(field, QDateTimeEdit):
        return field.dateTimeChanged
    if isinstance(field, QAbstractSpinBox):
        return field.editingFinished
    raise TypeError(f"no edit signal known for {type(field).__name__}")


class FieldProblems(QObject):
    """The message labels of one form, keyed by the problem's field.

    Problems whose field has no label go to ``general`` (a label the form
    places above its buttons).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, QLabel] = {}
        self.general = problem_label()

    def wrap(self, field: QWidget, key: str, *watched: QWidget) -> QWidget:
        """``field`` with the message label for ``key`` under it.

        The message clears when any of ``watched`` is edited (``field``
        itself when none are given, e.g. when it is a row of several).
        """
        label = self.label_for(key, *(watched or (field,)))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(label)
        box.setFocusProxy(field)
        return box

    def label_for(self, key: str, *watched: QWidget) -> QLabel:
        """A new label for ``key`` that clears when ``watched`` is edited."""
        label = problem_label()
        self.share(key, label, *watched)
        return label

    def share(self, key: str, label: QLabel, *watched: QWidget) -> None:
        """Show ``key``'s messages in an existing ``label`` too."""
        self._labels[key] = label
        for field in watched:
            edited_signal(field).connect(lambda *_args, k=key: self.clear(k))

    def text(self, key: str) -> str:
        """The message shown for ``key`` (empty when none)."""
        label = self._labels.get(key, self.general)
        return label.text() if not label.isHidden() else ""

    def clear(self, key: str) -> None:
        label = self._labels.get(key)
        if label is not None:
            label.clear()
            label.hide()

    def show(self, problems: Iterable[Problem]) -> None:
        """Replace every message with those of ``problems``."""
        for label in {*self._labels.values(), self.general}:
            label.clear()
            label.hide()
        for problem in problems:
            self.add(problem.field, problem_message(problem.code))

    def add(self, key: str, text: str) -> None:
        """Add ``text`` under ``key``'s field (or to ``general``)."""
        label = self._labels.get(key, self.general)
        if text not in label.text().split("\n"):
            label.setText(f"{label.text()}\n{text}" if label.text() else text)
        label.show()
