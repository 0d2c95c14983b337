"""Helpers shared by the plan view tests: a typhoon incident, the flood plan."""

from __future__ import annotations

from datetime import UTC, datetime

from console.context import ConsoleContext
from console.domain.incidents import IncidentDraft
from console.ops.checklists import activate_plan
from console.ops.incidents import create_incident, set_warning_level
from console.plans.library import load_library
from console.plans.model import Plan
from console.store.models import Incident, PlanActivation

FLOOD = "yinzhou-flood-typhoon-2023"
HAZCHEM = "yinzhou-hazchem-sample"
SHIPPED_IDS = {
    FLOOD,
    HAZCHEM,
    "yinzhou-production-safety-sample",
    "enterprise-template-gbt29639",
}
# The flood plan at Ⅲ级: Ⅳ级's four actions, then Ⅲ级's three.
FLOOD_III_UNITS = [
    "各镇（街道）",
    "区气象局",
    "各镇（街道）",
    "区防指办",
    "区防指",
    "区水利局",
    "各镇（街道）",
]


def plan(plan_id: str = FLOOD) -> Plan:
    found = load_library().get(plan_id)
    assert found is not None
    return found


def typhoon(
    context: ConsoleContext,
    title: str = "台风“康妮” 防台",
    warning: str | None = "yellow",
) -> Incident:
    """A typhoon incident, by default with a warning signal in force."""
    draft = IncidentDraft(
        title=title,
        category="natural",
        type="typhoon",
        occurred_at=datetime.now(UTC),
        lat=29.8,
        lon=121.55,
    )
    incident = create_incident(context.operations, draft)
    if warning is None:
        return incident
    return set_warning_level(
        context.operations, incident.id, warning, source="鄞州区气象台"
    )


def hazchem(context: ConsoleContext, title: str = "化工厂 泄漏") -> Incident:
    draft = IncidentDraft(
        title=title,
        category="accident",
        type="hazardous_chemicals",
        occurred_at=datetime.now(UTC),
        lat=29.78,
        lon=121.6,
        grade="III",
        grade_reason="现场报告",
    )
    return create_incident(context.operations, draft)


def activate_flood(
    context: ConsoleContext, incident_id: str, level: str = "III"
) -> PlanActivation:
    activation, _items = activate_plan(
        context.operations, incident_id, plan(), level, decided_by="区防指 总指挥"
    )
    return activation
