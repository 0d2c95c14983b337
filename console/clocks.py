"""Report clocks of the incidents in the database.

Joins what the store knows (incidents, sent reports, figure changes) with
the deadline rules, so the boards, the alarm monitor, the handover report
and the command line all see the same deadlines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from console.domain.deadlines import (
    Deadline,
    DeadlineFacts,
    DeadlineRules,
    SentReport,
    compute_deadlines,
)
from console.store.engine import Database
from console.store.models import (
    CasualtyRevision,
    ChecklistItem,
    Incident,
    PlanActivation,
    Report,
)


def _last_figure_change(session: Session, incident: Incident) -> datetime | None:
    # Figures given at registration are the first report's, not a change.
    value: datetime | None = session.scalar(
        select(func.max(CasualtyRevision.reported_at)).where(
            CasualtyRevision.incident_id == incident.id,
            CasualtyRevision.reported_at > incident.created_at,
        )
    )
    return value


def facts_for(session: Session, incident: Incident) -> DeadlineFacts:
    """What the clocks of ``incident`` depend on."""
    last_change = _last_figure_change(session, incident)
    return DeadlineFacts(
        incident_id=incident.id,
        category=incident.category,
        type=incident.type,
        grade=incident.grade,
        occurred_at=incident.occurred_at,
        received_at=incident.received_at,
        closed_at=incident.closed_at,
        last_casualty_change_at=last_change,
    )


def sent_reports(session: Session, incident_id: str) -> list[SentReport]:
    rows = session.scalars(
        select(Report).where(
            Report.incident_id == incident_id,
            Report.sent_at.is_not(None),
            Report.deleted_at.is_(None),
        )
    )
    return [
        SentReport(kind=r.kind, sequence=r.sequence, sent_at=r.sent_at)
        for r in rows
        if r.sent_at is not None
    ]


def open_deadlines(
    database: Database,
    rules: DeadlineRules,
    incident_ids: Iterable[str] | None = None,
) -> dict[str, list[Deadline]]:
    """Open deadlines per active incident (all of them when ids is None)."""
    query = select(Incident).where(Incident.deleted_at.is_(None))
    if incident_ids is not None:
        query = query.where(Incident.id.in_(list(incident_ids)))
    with database.read() as session:
        return {
            incident.id: compute_deadlines(
                facts_for(session, incident),
                sent_reports(session, incident.id),
                rules,
            )
            for incident in session.scalars(query)
        }


CHECKLIST_KIND = "checklist"


@dataclass(frozen=True)
class ItemDeadline:
    """An open checklist item with a due time; alarms treat it like a report.

    Its alarm key's kind is ``checklist:<item id>``, so each item alarms on
    its own and is acknowledged on its own.
    """

    incident_id: str
    item_id: str
    task: str
    unit: str
    due: datetime
    set_at: datetime | None = None

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.incident_id, f"{CHECKLIST_KIND}:{self.item_id}", 1)


def _open_items_query(*, timed_only: bool) -> Select[ChecklistItem]:
    query = (
        select(ChecklistItem)
        .join(PlanActivation, PlanActivation.id == ChecklistItem.activation_id)
        .join(Incident, Incident.id == ChecklistItem.incident_id)
        .where(
            ChecklistItem.status.in_(("todo", "in_progress")),
            ChecklistItem.withdrawn_at.is_(None),
            ChecklistItem.deleted_at.is_(None),
            PlanActivation.ended_at.is_(None),
            Incident.deleted_at.is_(None),
        )
        .order_by(ChecklistItem.due_at.is_(None), ChecklistItem.due_at)
    )
    if timed_only:
        query = query.where(ChecklistItem.due_at.is_not(None))
    return query


def open_item_deadlines(database: Database) -> dict[str, list[ItemDeadline]]:
    """Unfinished checklist items with due times, per incident, earliest first.

    Items of ended activations, withdrawn items and items of archived
    incidents do not count.
    """
    result: dict[str, list[ItemDeadline]] = {}
    with database.read() as session:
        for item in session.scalars(_open_items_query(timed_only=True)):
            assert item.due_at is not None
            result.setdefault(item.incident_id, []).append(
                ItemDeadline(
                    item.incident_id,
                    item.id,
                    item.task,
                    item.unit,
                    item.due_at,
                    set_at=item.created_at,
                )
            )
    return result


def open_items(database: Database) -> list[ChecklistItem]:
    """Every unfinished item of running plans, timed ones first, then untimed.

    A handover must list the standing tasks ("monitor the weather") too,
    which have no due time and so never alarm.
    """
    with database.read() as session:
        return list(session.scalars(_open_items_query(timed_only=False)))
