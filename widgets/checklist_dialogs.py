"""Small forms of the plan checklist: 不适用 reason, level change, ending.

Each records one operation from ``console.ops.checklists`` and refuses
incomplete input in the form itself (open them with ``open()``, A6).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from console.ops.checklists import (
    NOT_APPLICABLE,
    change_level,
    end_activation,
    set_item_status,
)
from console.ops.core import Operations
from console.plans.model import LEVELS, Plan
from console.store.models import ChecklistItem, PlanActivation
from widgets.board_parts import DecisionDialog, Refused, plain_label
from widgets.plan_labels import level_text, short_title


def _required(edit: QLineEdit, message: str) -> str:
    text = edit.text().strip()
    if not text:
        edit.setFocus()
        raise Refused(message)
    return text


class NotApplicableDialog(DecisionDialog):
    """Asks why an item does not apply; an empty reason is refused.

    Attributes:
        reason_edit: the reason.
    """

    def __init__(
        self, operations: Operations, item: ChecklistItem, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("Not applicable"), parent)
        self._operations = operations
        self._item_id = item.id
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("Why this task does not apply (required)")
        )
        self.form.addRow(plain_label(item.task))
        self.form.addRow(self.tr("Reason"), self.reason_edit)
        self.setMinimumWidth(460)

    def _apply(self) -> None:
        reason = _required(
            self.reason_edit, self.tr("Give the reason why the task does not apply.")
        )
        set_item_status(self._operations, self._item_id, NOT_APPLICABLE, reason=reason)


class LevelChangeDialog(DecisionDialog):
    """Raises or lowers a running plan's level; who decided is required.

    Lowering withdraws the higher levels' items; they stay on record.

    Attributes:
        level_combo, decided_by_edit: the fields.
    """

    def __init__(
        self,
        operations: Operations,
        activation: PlanActivation,
        plan: Plan,
        step: int,
        parent: QWidget | None,
    ) -> None:
        title = self.tr("Raise level") if step > 0 else self.tr("Lower level")
        super().__init__(title, parent)
        self._operations = operations
        self._activation_id = activation.id
        self._plan = plan
        codes = plan.level_codes
        self.level_combo = QComboBox()
        for code in codes:
            if code != activation.level:
                self.level_combo.addItem(level_text(code), code)
        target = _next_level(codes, activation.level, step)
        self.level_combo.setCurrentIndex(max(self.level_combo.findData(target), 0))
        self.decided_by_edit = QLineEdit()
        self.decided_by_edit.setPlaceholderText(self.tr("e.g. 区防指 总指挥"))
        current = self.tr("{plan}: now {level}").format(
            plan=short_title(plan.title), level=level_text(activation.level)
        )
        self.form.addRow(plain_label(current))
        self.form.addRow(self.tr("New level"), self.level_combo)
        self.form.addRow(self.tr("Decided by"), self.decided_by_edit)
        self.setMinimumWidth(420)

    def _apply(self) -> None:
        level = self.level_combo.currentData()
        if level is None:
            raise Refused(self.tr("The plan has no other level."))
        decided_by = _required(
            self.decided_by_edit, self.tr("Say who decided (e.g. 区防指 总指挥).")
        )
        change_level(
            self._operations,
            self._activation_id,
            self._plan,
            level,
            decided_by=decided_by,
        )


def _next_level(codes: tuple[str, ...], level: str, step: int) -> str | None:
    """The plan's next level up (step 1) or down (step -1), if any."""
    ranked = sorted(codes, key=LEVELS.index)
    if level not in ranked:
        return None
    index = ranked.index(level) + step
    return ranked[index] if 0 <= index < len(ranked) else None


class EndActivationDialog(DecisionDialog):
    """Ends a running plan (响应结束); its checklist stays on record.

    Attributes:
        reason_edit: why (and on whose decision) the response ends.
    """

    def __init__(
        self, operations: Operations, activation: PlanActivation, parent: QWidget | None
    ) -> None:
        super().__init__(self.tr("End plan response"), parent)
        self._operations = operations
        self._activation_id = activation.id
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(
            self.tr("e.g. 台风已过境，区防指决定结束响应")
        )
        current = self.tr("{plan} {level}").format(
            plan=short_title(activation.plan_title), level=level_text(activation.level)
        )
        self.form.addRow(plain_label(current))
        self.form.addRow(self.tr("Reason"), self.reason_edit)
        self.setMinimumWidth(460)

    def _apply(self) -> None:
        reason = _required(
            self.reason_edit, self.tr("Say why and on whose decision it ends.")
        )
        end_activation(self._operations, self._activation_id, reason)
