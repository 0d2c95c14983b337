"""The board's three levels, kept apart: grade, warning, response."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from console.domain.levels import suggest_response_level
from console.ops.core import Operations
from console.rulebook import shipped
from console.store.models import Incident, LevelDecision
from widgets.board_parts import DecisionDialog, chip_style, plain_label, small_button
from widgets.labels import (
    GRADE_COLOURS,
    RESPONSE_COLOURS,
    WARNING_COLOURS,
    grade_badge_text,
    officer_label,
    response_label,
    warning_label,
)
from widgets.level_dialogs import GradeDialog, ResponseDialog, WarningDialog
from widgets.timefmt import format_local

DialogFactory = Callable[[Operations, Incident, QWidget], DecisionDialog]


def _chip() -> QLabel:
    chip = QLabel()
    chip.setTextFormat(Qt.TextFormat.PlainText)
    chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
    chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return chip


def _paint(chip: QLabel, text: str, colours: tuple[str, str]) -> None:
    chip.setText(text)
    chip.setStyleSheet(chip_style(*colours))
    chip.setProperty("colour", colours[0])


def latest_decision(
    decisions: Sequence[LevelDecision], kind: str
) -> LevelDecision | None:
    """The last decision of ``kind`` (``grade``, ``warning``, ``response``)."""
    found = [d for d in decisions if d.level_kind == kind]
    return found[-1] if found else None


class LevelsSection(QWidget):
    """Event grade, warning level and response level, each with its decider.

    Attributes:
        grade_badge, warning_chip, response_chip: the coloured values.
        grade_note, warning_note, response_note: the detail under each.
        override_button, warning_button, response_button: open the dialogs.
        dialog: the level dialog open now, if any.
    """

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._incident: Incident | None = None
        self.dialog: DecisionDialog | None = None

        self.grade_badge = _chip()
        self.grade_note = plain_label()
        self.override_button = small_button(
            self.tr("Override…"), self.tr("Set the grade; a reason is required")
        )
        self.warning_chip = _chip()
        self.warning_note = plain_label()
        self.warning_button = small_button(self.tr("Set…"))
        self.response_chip = _chip()
        self.response_note = plain_label()
        self.response_button = small_button(
            self.tr("Decide…"), self.tr("Record the command's decision")
        )
        self.override_button.clicked.connect(self.open_grade_dialog)
        self.warning_button.clicked.connect(self.open_warning_dialog)
        self.response_button.clicked.connect(self.open_response_dialog)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        rows = (
            (self.tr("Grade"), self.grade_badge, self.grade_note, self.override_button),
            (
                self.tr("Warning"),
                self.warning_chip,
                self.warning_note,
                self.warning_button,
            ),
            (
                self.tr("Response"),
                self.response_chip,
                self.response_note,
                self.response_button,
            ),
        )
        for index, (name, chip, note, button) in enumerate(rows):
            grid.addWidget(QLabel(name), index * 2, 0)
            grid.addWidget(chip, index * 2, 1, Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(button, index * 2, 2)
            grid.addWidget(note, index * 2 + 1, 1, 1, 2)

    def render(self, incident: Incident, decisions: Sequence[LevelDecision]) -> None:
        self._incident = incident
        self._render_grade(incident)
        self._render_warning(incident, latest_decision(decisions, "warning"))
        self._render_response(incident, latest_decision(decisions, "response"))

    def _render_grade(self, incident: Incident) -> None:
        grade = incident.grade
        _paint(self.grade_badge, grade_badge_text(grade), GRADE_COLOURS[grade])
        self.grade_badge.setProperty("grade_colour", GRADE_COLOURS[grade][0])
        suggested = incident.grade_suggested
        differs = suggested is not None and suggested != grade
        note = ""
        if differs:
            note = self.tr("Suggested from the figures: {grade}").format(
                grade=grade_badge_text(suggested)
            )
        self.grade_note.setText(note)
        self.grade_note.setVisible(differs)

    def _render_warning(
        self, incident: Incident, decision: LevelDecision | None
    ) -> None:
        level = incident.warning_level
        _paint(self.warning_chip, warning_label(level), WARNING_COLOURS[level])
        note = ""
        if decision is not None:
            note = self.tr("Issued by {source}, {time}").format(
                source=officer_label(decision.decided_by),
                time=format_local(decision.decided_at),
            )
        self.warning_note.setText(note)
        self.warning_note.setVisible(bool(note))

    def _render_response(
        self, incident: Incident, decision: LevelDecision | None
    ) -> None:
        level = incident.response_level
        _paint(self.response_chip, response_label(level), RESPONSE_COLOURS[level])
        lines = []
        if decision is not None:
            lines.append(
                self.tr("Decided by {who}, {time}: {reason}").format(
                    who=officer_label(decision.decided_by),
                    time=format_local(decision.decided_at),
                    reason=decision.reason or "—",
                )
            )
        suggested = suggest_response_level(
            incident.warning_level, shipped().response_levels
        )
        if suggested is not None and suggested != level:
            lines.append(
                self.tr("Suggested for the {warning}: {response}").format(
                    warning=warning_label(incident.warning_level),
                    response=response_label(suggested),
                )
            )
        self.response_note.setText("\n".join(lines))
        self.response_note.setVisible(bool(lines))

    @Slot()
    def open_grade_dialog(self) -> DecisionDialog | None:
        return self._open(GradeDialog)

    @Slot()
    def open_warning_dialog(self) -> DecisionDialog | None:
        return self._open(WarningDialog)

    @Slot()
    def open_response_dialog(self) -> DecisionDialog | None:
        return self._open(ResponseDialog)

    def _open(self, kind: DialogFactory) -> DecisionDialog | None:
        if self._incident is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = kind(self._operations, self._incident, self)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: DecisionDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
