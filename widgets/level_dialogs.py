"""Deciding the three levels: event grade, warning level, response level.

Each dialog records one decision through ``console.ops.incidents``; the
levels stay apart (a warning colour only *suggests* a response level).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from console.domain.levels import (
    GRADES,
    RESPONSE_LEVELS,
    WARNING_LEVELS,
    suggest_response_level,
)
from console.ops.core import Operations
from console.ops.incidents import (
    GradeReasonRequiredError,
    set_grade,
    set_response_level,
    set_warning_level,
)
from console.rulebook import shipped
from console.store.models import Incident
from widgets.board_parts import DecisionDialog, Refused, plain_label
from widgets.labels import grade_badge_text, response_label, warning_label

# The data of the "choose…" entry, shown while no level is in force.
UNCHOSEN = "unchosen"


def _combo(
    items: list[tuple[str, str | None]], current: str | None, prompt: str
) -> QComboBox:
    """A choice of levels showing the one in force.

    With none in force it shows ``prompt``, so that confirming the dialog
    without a look never sets the first level of the list (Ⅰ级, or lifting
    a warning that was never issued).
    """
    combo = QComboBox()
    if current is None:
        combo.addItem(prompt, UNCHOSEN)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
    return combo


def _chosen(combo: QComboBox, message: str) -> str | None:
    value: str | None = combo.currentData()
    if value == UNCHOSEN:
        combo.setFocus()
        raise Refused(message)
    return value


def _required(edit: QLineEdit, message: str) -> str:
    text = edit.text().strip()
    if not text:
        edit.setFocus()
        raise Refused(message)
    return text


class GradeDialog(DecisionDialog):
    """Sets the event grade; a grade other than the suggested one needs a reason.

    Attributes:
        grade_combo, reason_edit: the fields.
    """

    def __init__(
        self, operations: Operations, incident: Incident, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Event grade"), parent)
        self._operations = operations
        self._incident_id = incident.id
        self._suggested = incident.grade_suggested
        items = [(grade_badge_text(g), g) for g in GRADES]
        self.grade_combo = _combo(
            items, incident.grade or self._suggested, self.tr("— choose a grade —")
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("Why this grade (required when it differs from the suggestion)")
        )
        if self._suggested is None:
            hint = self.tr("No grade suggested: the figures known do not meet a rule.")
        else:
            hint = self.tr("Suggested from the figures: {grade}").format(
                grade=grade_badge_text(self._suggested)
            )
        self.suggestion_label = plain_label(hint)
        self.form.addRow(self.suggestion_label)
        self.form.addRow(self.tr("Grade"), self.grade_combo)
        self.form.addRow(self.tr("Reason"), self.reason_edit)

    def _apply(self) -> None:
        grade = _chosen(self.grade_combo, self.tr("Choose the grade."))
        reason = self.reason_edit.text().strip()
        if self._suggested is not None and grade != self._suggested and not reason:
            self.reason_edit.setFocus()
            raise Refused(
                self.tr("Give the reason for a grade other than the suggested one.")
            )
        try:
            set_grade(self._operations, self._incident_id, grade, reason=reason)
        except GradeReasonRequiredError as error:
            raise Refused(
                self.tr("Give the reason for a grade other than the suggested one.")
            ) from error


class WarningDialog(DecisionDialog):
    """Records the warning signal in force and who issued it.

    Attributes:
        level_combo, source_edit: the fields.
    """

    def __init__(
        self, operations: Operations, incident: Incident, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Warning level"), parent)
        self._operations = operations
        self._incident_id = incident.id
        items: list[tuple[str, str | None]] = [
            (warning_label(w), w) for w in WARNING_LEVELS
        ]
        items.append((self.tr("Warning lifted"), None))
        self.level_combo = _combo(
            items, incident.warning_level, self.tr("— choose a warning —")
        )
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("e.g. 鄞州区气象台"))
        self.form.addRow(self.tr("Warning"), self.level_combo)
        self.form.addRow(self.tr("Issued by"), self.source_edit)

    def _apply(self) -> None:
        level = _chosen(self.level_combo, self.tr("Choose the warning."))
        source = _required(self.source_edit, self.tr("Say who issued the warning."))
        set_warning_level(self._operations, self._incident_id, level, source=source)


class ResponseDialog(DecisionDialog):
    """Records the command's decision on the emergency response level.

    The level the warning colour suggests is preselected when no response is
    in force; the officer records who decided and why, never decides.

    Attributes:
        level_combo, decided_by_edit, reason_edit: the fields.
        suggested: the default from the warning colour, or None.
    """

    def __init__(
        self, operations: Operations, incident: Incident, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Emergency response level"), parent)
        self._operations = operations
        self._incident_id = incident.id
        rules = shipped().response_levels
        self.suggested = suggest_response_level(incident.warning_level, rules)
        items: list[tuple[str, str | None]] = [
            (response_label(r), r) for r in reversed(RESPONSE_LEVELS)
        ]
        items.append((self.tr("End the response"), None))
        current = incident.response_level or self.suggested
        self.level_combo = _combo(items, current, self.tr("— choose a level —"))
        self.decided_by_edit = QLineEdit()
        self.decided_by_edit.setPlaceholderText(self.tr("e.g. 区防指 总指挥"))
        self.reason_edit = QLineEdit()
        self.suggestion_label = plain_label(self._suggestion_text(incident))
        self.form.addRow(self.suggestion_label)
        self.form.addRow(self.tr("Response"), self.level_combo)
        self.form.addRow(self.tr("Decided by"), self.decided_by_edit)
        self.form.addRow(self.tr("Reason"), self.reason_edit)

    def _suggestion_text(self, incident: Incident) -> str:
        if self.suggested is None:
            return self.tr("No default: no warning in force.")
        return self.tr("Suggested for the {warning}: {response}").format(
            warning=warning_label(incident.warning_level),
            response=response_label(self.suggested),
        )

    def _apply(self) -> None:
        decided_by = _required(
            self.decided_by_edit, self.tr("Say who decided (e.g. 区防指 总指挥).")
        )
        reason = _required(self.reason_edit, self.tr("Say why it was decided."))
        level = _chosen(self.level_combo, self.tr("Choose the response level."))
        set_response_level(
            self._operations,
            self._incident_id,
            level,
            decided_by=decided_by,
            reason=reason,
        )
