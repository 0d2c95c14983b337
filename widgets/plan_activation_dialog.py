"""Activating a plan on an incident (启动预案).

The console suggests the plan and level from the incident's type, grade,
warning level and figures (``suggest_plans``); the officer picks the plan,
the level and who decided, and ``activate_plan`` makes the checklist.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from console.context import ConsoleContext
from console.ops.checklists import AlreadyRunning, activate_plan
from console.plans import queries
from console.plans.activation import (
    PlanSuggestion,
    levels_up_to,
    planned_items,
    suggest_plans,
)
from console.plans.model import Plan
from console.store.models import Incident
from widgets.board_parts import DecisionDialog, Refused, plain_label
from widgets.labels import category_label, grade_badge_text, warning_label
from widgets.plan_detail import notice_banner
from widgets.plan_labels import level_text, short_title, verification_text
from widgets.plan_shelf import PlanShelf


class ActivationDialog(DecisionDialog):
    """Suggests a plan and level for an incident; OK activates the plan.

    Open it with ``open()`` (pitfall A6).

    Attributes:
        suggestions: the plans covering the incident's type, best first.
        plan_combo: suggested plans first, then every other plan.
        level_combo: the chosen plan's levels, the suggested one preselected.
        reason_label: which triggers hold, with their verification markers.
        notice_label: the chosen plan's notice (what is only a sample).
        items_label: how many checklist items the level makes.
        decided_by_edit: who decided (required).
        activation_id: the activation made by the last successful OK.
    """

    def __init__(
        self,
        context: ConsoleContext,
        shelf: PlanShelf,
        incident: Incident,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Activate plan"), parent)
        self._context = context
        self._incident = incident
        self.activation_id: str | None = None
        facts = queries.activation_facts(incident)
        self._response_level = facts.response_level
        plans = shelf.current_plans()
        self.suggestions: list[PlanSuggestion] = suggest_plans(plans, facts)
        suggested = {s.plan.id for s in self.suggestions}
        self._others = [plan for plan in plans if plan.id not in suggested]

        self.facts_label = plain_label(self._facts_text(incident))
        self.plan_combo = QComboBox()
        for suggestion in self.suggestions:
            self.plan_combo.addItem(self._combo_text(suggestion), suggestion.plan)
        if self.suggestions and self._others:
            self.plan_combo.insertSeparator(self.plan_combo.count())
        for plan in self._others:
            text = self.tr("{title} — not for this incident type").format(
                title=plan.title
            )
            self.plan_combo.addItem(text, plan)
        self.level_combo = QComboBox()
        self.reason_label = plain_label()
        self.notice_label = notice_banner()
        self.items_label = plain_label()
        self.decided_by_edit = QLineEdit()
        self.decided_by_edit.setPlaceholderText(self.tr("e.g. 区防指 总指挥"))
        self.form.addRow(self.facts_label)
        self.form.addRow(self.tr("Plan"), self.plan_combo)
        self.form.addRow(self.tr("Level"), self.level_combo)
        self.form.addRow(self.reason_label)
        self.form.addRow(self.items_label)
        self.form.addRow(self.notice_label)
        self.form.addRow(self.tr("Decided by"), self.decided_by_edit)
        self.plan_combo.currentIndexChanged.connect(self._on_plan_changed)
        self.level_combo.currentIndexChanged.connect(self._on_level_changed)
        self._on_plan_changed()
        self.setMinimumWidth(620)

    def _preselects(self, suggestion: PlanSuggestion) -> bool:
        """Whether the suggested level stands on something recorded.

        A level is offered only when a start condition holds or the
        incident already runs at it; otherwise the command chooses.
        """
        return bool(suggestion.reasons) or suggestion.level == self._response_level

    def _combo_text(self, suggestion: PlanSuggestion) -> str:
        title, level = suggestion.plan.title, level_text(suggestion.level)
        if suggestion.reasons:
            return self.tr("{title} — suggested {level}").format(
                title=title, level=level
            )
        if self._preselects(suggestion):
            return self.tr("{title} — at the current response {level}").format(
                title=title, level=level
            )
        return self.tr("{title} — no start condition met").format(title=title)

    def _facts_text(self, incident: Incident) -> str:
        return self.tr("{title}\n{category} · {grade} · {warning}").format(
            title=incident.title,
            category=category_label(
                self._context.taxonomy, incident.category, incident.type
            ),
            grade=grade_badge_text(incident.grade),
            warning=warning_label(incident.warning_level),
        )

    @property
    def plan(self) -> Plan | None:
        return self.plan_combo.currentData()

    @property
    def level(self) -> str | None:
        return self.level_combo.currentData()

    def _suggestion(self) -> PlanSuggestion | None:
        plan = self.plan
        found = (s for s in self.suggestions if plan and s.plan.id == plan.id)
        return next(found, None)

    @Slot()
    def _on_plan_changed(self) -> None:
        plan = self.plan
        self.level_combo.blockSignals(True)
        self.level_combo.clear()
        suggestion = self._suggestion()
        if plan is not None and not (suggestion and self._preselects(suggestion)):
            self.level_combo.addItem(self.tr("— choose —"), None)
        for code in plan.level_codes if plan else ():
            self.level_combo.addItem(level_text(code), code)
        if suggestion is not None and self._preselects(suggestion):
            self.level_combo.setCurrentIndex(
                self.level_combo.findData(suggestion.level)
            )
        self.level_combo.blockSignals(False)
        self.notice_label.setText(plan.notice if plan else "")
        self.notice_label.setVisible(plan is not None)
        self._on_level_changed()

    @Slot()
    def _on_level_changed(self) -> None:
        self.reason_label.setText(self._reason_text())
        plan, level = self.plan, self.level
        if plan is None or level is None:
            self.items_label.clear()
            return
        items = planned_items(plan, levels_up_to(plan, level))
        samples = sum(not item.action.verified for item in items)
        self.items_label.setText(
            self.tr(
                "{level} makes {n} checklist item(s), {samples} of them samples "
                "(unverified)."
            ).format(level=level_text(level), n=len(items), samples=samples)
        )

    def _reason_text(self) -> str:
        suggestion = self._suggestion()
        if suggestion is None:
            return self.tr("This plan does not cover the incident's type.")
        if not suggestion.reasons:
            return self.tr(
                "No start condition of this plan holds on the facts recorded; "
                "the command decides the level."
            )
        triggers = {
            trigger.id: trigger
            for level in suggestion.plan.levels
            for trigger in level.triggers
        }
        lines = [
            f"• {triggers[r].text} [{verification_text(triggers[r].verification)}]"
            for r in suggestion.reasons
            if r in triggers
        ]
        heading = self.tr("Suggested {level} because:").format(
            level=level_text(suggestion.level)
        )
        return "\n".join([heading, *lines])

    def _apply(self) -> None:
        plan, level = self.plan, self.level
        if plan is None or level is None:
            raise Refused(self.tr("Choose a plan and a level."))
        decided_by = self.decided_by_edit.text().strip()
        if not decided_by:
            self.decided_by_edit.setFocus()
            raise Refused(self.tr("Say who decided (e.g. 区防指 总指挥)."))
        try:
            activation, _items = activate_plan(
                self._context.operations,
                self._incident.id,
                plan,
                level,
                decided_by=decided_by,
            )
        except AlreadyRunning:
            raise Refused(
                self.tr(
                    "“{title}” already runs for this incident; change its level "
                    "in the plan checklist instead."
                ).format(title=short_title(plan.title))
            ) from None
        self.activation_id = activation.id
