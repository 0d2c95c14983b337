"""Input fields of the intake form: counts, money and the grade.

Counts and the loss are "unknown" (不详) when left empty, which is not the
same as 0: a report says 死亡不详 until someone has counted.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.domain.grading import GradeSuggestion
from console.domain.incidents import GRADES
from console.domain.zhtext import zh_yuan
from widgets.labels import grade_badge_text

MAX_COUNT = 9_999_999
MAX_LOSS_YUAN = 1e13


class FigureEdit(QLineEdit):
    """A head count; empty means unknown (None), distinct from 0."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QIntValidator(0, MAX_COUNT, self))
        self.setPlaceholderText(self.tr("unknown"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 9) + 16)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text.isdigit() else None

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else str(value))


class LossEdit(QLineEdit):
    """An amount in yuan; empty means unknown. ``value()`` may raise ValueError."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        validator = QDoubleValidator(0, MAX_LOSS_YUAN, 2, self)
        validator.setNotation(QDoubleValidator.Notation.StandardNotation)
        validator.setLocale(QLocale.c())
        self.setValidator(validator)
        self.setPlaceholderText(self.tr("unknown"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def value(self) -> float | None:
        text = self.text().strip().replace(",", "")
        return float(text) if text else None

    def set_value(self, value: float | None) -> None:
        if value is None:
            self.setText("")
        else:
            self.setText(f"{value:.2f}".rstrip("0").rstrip("."))

    def readable(self) -> str:
        """The amount as a report states it (``120万元``); empty if not valid."""
        try:
            value = self.value()
        except ValueError:
            return ""
        return "" if value is None else zh_yuan(value)


class GradeChooser(QWidget):
    """The grade the figures suggest, live, and the officer's own choice.

    "As suggested" lets the grade follow the figures. Choosing a grade other
    than the suggestion needs a reason (it is recorded with the decision).

    Signals:
        changed(): the choice or its reason changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggestion: GradeSuggestion | None = None
        self._required_from: str | None = None
        self.suggestion_label = QLabel()
        self.suggestion_label.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion_label.setWordWrap(True)
        self.combo = QComboBox()
        self.combo.addItem(self.tr("As suggested"), None)
        for grade in GRADES:
            self.combo.addItem(grade_badge_text(grade), grade)
        self.reason_edit = QLineEdit()
        self.reason_edit.setMaxLength(500)
        self.combo.currentIndexChanged.connect(self._update)
        self.reason_edit.textChanged.connect(self.changed)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addWidget(self.reason_edit, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.suggestion_label)
        column.addLayout(row)
        self.setFocusProxy(self.combo)
        self.set_suggestion(None)

    def chosen(self) -> str | None:
        """The grade the officer chose; None to follow the suggestion."""
        data = self.combo.currentData()
        return data if isinstance(data, str) else None

    def choose(self, grade: str | None) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(grade), 0))

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def suggestion(self) -> GradeSuggestion | None:
        return self._suggestion

    def suggested(self) -> str | None:
        return self._suggestion.grade if self._suggestion else None

    def require_reason_unless(self, grade: str | None) -> None:
        """Keeping ``grade`` (an earlier decision) needs no new reason."""
        self._required_from = grade
        self._update()

    def needs_reason(self) -> bool:
        """True when the choice differs from the suggestion and is new."""
        chosen, suggested = self.chosen(), self.suggested()
        if chosen is None or suggested is None or chosen == suggested:
            return False
        return chosen != self._required_from

    def set_suggestion(self, suggestion: GradeSuggestion | None) -> None:
        """Show what the figures as typed suggest."""
        self._suggestion = suggestion
        self.suggestion_label.setText(self._describe(suggestion))
        self._update()

    def _describe(self, suggestion: GradeSuggestion | None) -> str:
        if suggestion is None:
            return self.tr("Choose the category for a suggested grade.")
        if "not_covered" in suggestion.basis:
            return self.tr("No grading rule covers this type; choose the grade.")
        parts = []
        if suggestion.grade is None:
            parts.append(self.tr("No suggestion yet: deaths, injuries, loss unknown."))
        else:
            text = self.tr("Suggested: {grade}").format(
                grade=grade_badge_text(suggestion.grade)
            )
            if suggestion.incomplete:
                text += self.tr(" (some figures unknown; it may rise)")
            parts.append(text)
        if suggestion.near_miss:
            parts.append(self.tr("Near-miss (较大涉险) criteria met."))
        return " ".join(parts)

    @Slot()
    def _update(self) -> None:
        self.reason_edit.setEnabled(self.chosen() is not None)
        if self.needs_reason():
            self.reason_edit.setPlaceholderText(
                self.tr("Reason for not following the suggestion (required)")
            )
        else:
            self.reason_edit.setPlaceholderText(self.tr("Reason (optional)"))
        self.changed.emit()
