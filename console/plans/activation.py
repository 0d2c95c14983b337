"""Turning a plan at a response level into checklist items, and suggesting
which plan and level fit an incident.

Levels are cumulative: a Ⅲ级 response does the Ⅳ级 actions and the Ⅲ级 ones,
as the district's plans build each level on the one below. Raising the level
therefore only adds items; lowering withdraws the higher levels' items but
keeps them, with their progress, on record.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from console.plans.model import LEVELS, Action, Plan, Trigger

# Incident facts a trigger threshold can name, and how to read them.
_METRICS = {
    "deaths": ("deaths",),
    "deaths_and_missing": ("deaths", "missing"),
    "serious_injuries": ("serious_injuries",),
    "injured": ("injured",),
    "missing": ("missing",),
    "trapped": ("trapped",),
    "evacuated": ("evacuated",),
    "direct_loss_cny": ("loss_yuan",),
}


@dataclass(frozen=True)
class PlannedItem:
    """One checklist item a plan asks for at one level."""

    level: str
    action: Action


@dataclass(frozen=True)
class ActivationFacts:
    """What a suggestion looks at; None means unknown."""

    type: str
    grade: str | None = None
    warning_level: str | None = None
    response_level: str | None = None
    deaths: int | None = None
    serious_injuries: int | None = None
    injured: int | None = None
    missing: int | None = None
    trapped: int | None = None
    evacuated: int | None = None
    loss_yuan: float | None = None


@dataclass(frozen=True)
class PlanSuggestion:
    """A plan that covers the incident and the level its triggers point to.

    Attributes:
        level: the highest level whose trigger holds, else the incident's
            response level, else the plan's lowest level.
        reasons: ids of the triggers that hold (empty when none did).
    """

    plan: Plan
    level: str
    reasons: tuple[str, ...]


def levels_up_to(plan: Plan, level: str) -> tuple[str, ...]:
    """The plan's levels from the lowest up to ``level``, inclusive."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    rank = LEVELS.index(level)
    return tuple(code for code in plan.level_codes if LEVELS.index(code) <= rank)


def planned_items(plan: Plan, levels: Iterable[str]) -> list[PlannedItem]:
    """The actions of ``levels`` in plan order."""
    wanted = set(levels)
    return [
        PlannedItem(level.level, action)
        for level in plan.levels
        if level.level in wanted
        for action in level.actions
    ]


def _metric(facts: ActivationFacts, metric: str) -> float | None:
    fields = _METRICS.get(metric)
    if fields is None:
        return None
    values = [getattr(facts, name) for name in fields]
    if any(value is None for value in values):
        return None
    return float(sum(values))


def trigger_holds(trigger: Trigger, facts: ActivationFacts) -> bool:
    """True when every structured part of ``trigger`` holds for ``facts``.

    A trigger with no structured part (only the plan's words) never holds by
    itself: the officer reads it and decides.
    """
    parts: list[bool] = []
    if trigger.warning is not None:
        parts.append(facts.warning_level == trigger.warning.colour)
    if trigger.grade is not None:
        parts.append(facts.grade == trigger.grade)
    for threshold in trigger.thresholds:
        value = _metric(facts, threshold.metric)
        if value is None:
            parts.append(False)
            continue
        low, high = threshold.at_least, threshold.below
        parts.append((low is None or value >= low) and (high is None or value < high))
    return bool(parts) and all(parts)


def suggest_plans(
    plans: Iterable[Plan], facts: ActivationFacts
) -> list[PlanSuggestion]:
    """Plans covering the incident's type, best-matching first."""
    suggestions = []
    for plan in plans:
        if facts.type not in plan.incident_types or not plan.levels:
            continue
        held = [
            (level.level, trigger.id)
            for level in plan.levels
            for trigger in level.triggers
            if trigger_holds(trigger, facts)
        ]
        if held:
            level = max((code for code, _ in held), key=LEVELS.index)
        elif facts.response_level in plan.level_codes:
            level = str(facts.response_level)
        else:
            level = plan.level_codes[0]
        reasons = tuple(trigger_id for code, trigger_id in held if code == level)
        suggestions.append(PlanSuggestion(plan, level, reasons))
    return sorted(
        suggestions, key=lambda s: (not s.reasons, -LEVELS.index(s.level), s.plan.id)
    )
