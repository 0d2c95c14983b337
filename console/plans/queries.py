"""Read-side queries for plan activations, checklists and plan records.

The plan views read through here; every change goes through
``console.ops.checklists`` and ``console.ops.plan_records``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from console.domain.alarms import AlarmState, alarm_state
from console.plans.activation import ActivationFacts
from console.store.engine import Database
from console.store.models import ChecklistItem, Incident, PlanActivation, PlanRecord

OPEN_STATUSES = ("todo", "in_progress")
SETTLED_STATUSES = ("done", "not_applicable")


def activation_facts(incident: Incident) -> ActivationFacts:
    """What a plan suggestion looks at, read off the incident row."""
    return ActivationFacts(
        type=incident.type,
        grade=incident.grade,
        warning_level=incident.warning_level,
        response_level=incident.response_level,
        deaths=incident.deaths,
        serious_injuries=incident.serious_injuries,
        injured=incident.injured,
        missing=incident.missing,
        trapped=incident.trapped,
        evacuated=incident.evacuated,
        loss_yuan=incident.loss_yuan,
    )


def active_activations(
    database: Database, incident_ids: Iterable[str]
) -> list[PlanActivation]:
    """Activations not ended of the given incidents, oldest first."""
    ids = list(incident_ids)
    with database.read() as session:
        return list(
            session.scalars(
                select(PlanActivation)
                .where(
                    PlanActivation.incident_id.in_(ids),
                    PlanActivation.ended_at.is_(None),
                    PlanActivation.deleted_at.is_(None),
                )
                .order_by(PlanActivation.activated_at, PlanActivation.hlc)
            )
        )


@dataclass(frozen=True)
class ChecklistRow:
    """A checklist item with the activation and incident it belongs to."""

    item: ChecklistItem
    activation: PlanActivation
    incident_title: str


def checklist_rows(
    database: Database, incident_ids: Iterable[str]
) -> list[ChecklistRow]:
    """Every item of the incidents' running activations, withdrawn ones too.

    Ordered by incident, then activation, then the plan's order.
    """
    ids = list(incident_ids)
    query = (
        select(ChecklistItem, PlanActivation, Incident.title)
        .join(PlanActivation, PlanActivation.id == ChecklistItem.activation_id)
        .join(Incident, Incident.id == ChecklistItem.incident_id)
        .where(
            ChecklistItem.incident_id.in_(ids),
            ChecklistItem.deleted_at.is_(None),
            PlanActivation.ended_at.is_(None),
            PlanActivation.deleted_at.is_(None),
        )
        .order_by(
            Incident.received_at.desc(),
            PlanActivation.activated_at,
            ChecklistItem.position,
        )
    )
    with database.read() as session:
        return [
            ChecklistRow(item, activation, title)
            for item, activation, title in session.execute(query)
        ]


def is_overdue(item: ChecklistItem, now: datetime, lead: timedelta) -> bool:
    """An open, not withdrawn item whose due time has passed.

    An item due the moment its plan was activated ("at once") is overdue
    only one alarm ``lead`` later, as its alarm is: nobody can have missed
    it in the second it was made.
    """
    if item.withdrawn_at is not None or item.status not in OPEN_STATUSES:
        return False
    if item.due_at is None:
        return False
    state = alarm_state(_aware(item.due_at), now, lead, _aware(item.created_at))
    return state is AlarmState.OVERDUE


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Progress:
    """How far one activation's checklist has got.

    Attributes:
        settled: items done or marked not applicable.
        total: items in force (withdrawn ones are left out).
        overdue: open items past their due time.
    """

    activation: PlanActivation
    settled: int
    total: int
    overdue: int


def checklist_progress(
    database: Database, incident_id: str, now: datetime, lead: timedelta
) -> list[Progress]:
    """Progress of each running activation of an incident, oldest first."""
    rows = checklist_rows(database, [incident_id])
    result = []
    for activation in active_activations(database, [incident_id]):
        items = [
            row.item
            for row in rows
            if row.activation.id == activation.id and row.item.withdrawn_at is None
        ]
        result.append(
            Progress(
                activation,
                settled=sum(item.status in SETTLED_STATUSES for item in items),
                total=len(items),
                overdue=sum(is_overdue(item, now, lead) for item in items),
            )
        )
    return result


def plan_records(database: Database, plan_id: str) -> list[PlanRecord]:
    """Review, filing, revision and repeal records of a plan, oldest first."""
    with database.read() as session:
        return list(
            session.scalars(
                select(PlanRecord)
                .where(PlanRecord.plan_id == plan_id, PlanRecord.deleted_at.is_(None))
                .order_by(PlanRecord.at, PlanRecord.hlc)
            )
        )
