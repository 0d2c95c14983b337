"""Display names for the plan views: verification, levels, statuses, records.

Nothing a plan file marks as a sample may look official, so every trigger
and action shown anywhere carries ``verification_text`` in its own colour.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from console.plans.model import (
    COLOUR_LABELS,
    SIGNAL_LABELS,
    VERIFIED,
    Plan,
    Threshold,
    Trigger,
)
from widgets.labels import ROMAN, grade_badge_text

translate = QCoreApplication.translate

VERIFIED_COLOUR = "#2e7d32"
SAMPLE_COLOUR = "#b26a00"
WITHDRAWN_COLOUR = "#9e9e9e"
NOTICE_STYLE = (
    "background: #fff4e0; color: #5d4037; border: 1px solid #f0c36d;"
    " border-radius: 3px; padding: 4px 6px;"
)


def verification_text(verification: str) -> str:
    """已核实, or 示例（未核实） for anything else."""
    if verification == VERIFIED:
        return translate("plans", "Verified")
    return translate("plans", "Sample (unverified)")


def verification_colour(verification: str) -> str:
    return VERIFIED_COLOUR if verification == VERIFIED else SAMPLE_COLOUR


def level_text(level: str) -> str:
    """A response level as ``Ⅲ级``."""
    if level not in ROMAN:
        return level
    return translate("plans", "Level {numeral}").format(numeral=ROMAN[level])


def item_status_names() -> dict[str, str]:
    """The checklist statuses in order: 待办, 进行中, 完成, 不适用."""
    return {
        "todo": translate("plans", "To do"),
        "in_progress": translate("plans", "In progress"),
        "done": translate("plans", "Done"),
        "not_applicable": translate("plans", "Not applicable"),
    }


def item_status_text(status: str) -> str:
    return item_status_names().get(status, status)


def withdrawn_text() -> str:
    return translate("plans", "Withdrawn")


def kind_text(kind: str) -> str:
    names = {
        "overall": translate("plans", "Overall plan"),
        "special": translate("plans", "Special plan"),
        "department": translate("plans", "Department plan"),
        "township": translate("plans", "Town/street plan"),
        "enterprise": translate("plans", "Enterprise plan"),
    }
    return names.get(kind, kind)


def plan_status_text(status: str) -> str:
    names = {
        "drafting": translate("plans", "Drafting"),
        "in_review": translate("plans", "In review"),
        "filed": translate("plans", "Filed"),
        "repealed": translate("plans", "Repealed"),
    }
    return names.get(status, status)


def origin_text(origin: str) -> str:
    names = {
        "shipped": translate("plans", "Shipped"),
        "user": translate("plans", "District"),
    }
    return names.get(origin, origin)


def record_kind_names() -> dict[str, str]:
    """Plan life-cycle steps: 评审, 备案, 修订, 废止."""
    return {
        "review": translate("plans", "Review sign-off"),
        "filing": translate("plans", "Filing"),
        "revision": translate("plans", "Revision"),
        "repeal": translate("plans", "Repeal"),
    }


def due_offset_text(minutes: int | None) -> str:
    """An action's time limit from activation: 立即, 30分钟, 无时限."""
    if minutes is None:
        return translate("plans", "No limit")
    if minutes == 0:
        return translate("plans", "At once")
    return translate("plans", "{n} min").format(n=minutes)


def yes_no(value: bool) -> str:
    return translate("plans", "Yes") if value else translate("plans", "No")


_PREFIXES = ("宁波市", "鄞州区", "示例：", "示例:")


def short_title(plan_title: str) -> str:
    """A plan's title cut down for a narrow board: 防汛防台抗旱 for the flood plan.

    Drops the district prefix and everything from 应急预案 on; the full
    title is kept in tooltips.
    """
    title = plan_title
    for prefix in _PREFIXES:
        title = title.removeprefix(prefix)
    title = re.split(r"(?:事故)?应急预案|（", title, maxsplit=1)[0]
    return title or plan_title


def sample_counts(plan: Plan) -> tuple[int, int]:
    """(verified, sample) over every trigger and action of the plan."""
    triggers = [t for level in plan.levels for t in level.triggers]
    verified_actions, sample_actions = plan.action_counts()
    verified_triggers = sum(t.verification == VERIFIED for t in triggers)
    sample_triggers = len(triggers) - verified_triggers
    return verified_triggers + verified_actions, sample_triggers + sample_actions


def _metric_name(metric: str) -> str:
    names = {
        "deaths": translate("plans", "deaths"),
        "deaths_and_missing": translate("plans", "deaths and missing"),
        "serious_injuries": translate("plans", "seriously injured"),
        "injured": translate("plans", "injured"),
        "missing": translate("plans", "missing"),
        "trapped": translate("plans", "trapped"),
        "evacuated": translate("plans", "evacuated"),
        "direct_loss_cny": translate("plans", "direct loss"),
    }
    return names.get(metric, metric)


def _threshold_text(threshold: Threshold) -> str:
    bounds = []
    if threshold.at_least is not None:
        bounds.append(f"≥ {threshold.at_least:g}")
    if threshold.below is not None:
        bounds.append(f"< {threshold.below:g}")
    return f"{_metric_name(threshold.metric)} {', '.join(bounds)} {threshold.unit}"


def condition_text(trigger: Trigger) -> str:
    """The structured part of a trigger (warning, grade, figures), in words."""
    parts = []
    signal = trigger.warning
    if signal is not None:
        warning = translate("plans", "{signal} {colour} warning")
        parts.append(
            warning.format(
                signal=SIGNAL_LABELS.get(signal.signal, signal.signal),
                colour=COLOUR_LABELS.get(signal.colour, signal.colour),
            )
        )
    if trigger.grade is not None:
        grade = translate("plans", "event grade {grade}")
        parts.append(grade.format(grade=grade_badge_text(trigger.grade)))
    parts.extend(_threshold_text(threshold) for threshold in trigger.thresholds)
    if not parts:
        return translate("plans", "No structured condition: the command judges")
    joined = translate("plans", "; ").join(parts)
    return translate("plans", "Condition: {parts}").format(parts=joined)
