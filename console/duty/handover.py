"""The handover report (交接班) and its acceptance.

The report is built on demand from what the store knows, as plain data, so
the dialog, the PDF and ``eoc-console duty handover --json`` show the same
thing: open incidents with their levels, running report clocks, open
checklist items, pending leaders' instructions, teams still dispatched,
changes not yet acknowledged by the hub and unresolved sync conflicts.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.clocks import open_deadlines, open_items
from console.domain.deadlines import DeadlineRules
from console.domain.lifecycle import CLOSED
from console.ops.core import Operations, OpTransaction
from console.ops.roster import OnDuty, on_duty_now
from console.plans.queries import is_overdue
from console.resources.queries import overdrawn_stock
from console.store.duty_models import DutyHandover
from console.store.engine import Database
from console.store.models import Incident, Instruction, JournalEntry
from console.store.resource_models import RescueTeam, TeamDispatch
from console.sync.status import open_conflicts


class HandoverError(ValueError):
    """A handover that cannot be accepted (no incoming officer...)."""


@dataclass(frozen=True)
class OpenIncident:
    id: str
    title: str
    status: str
    grade: str | None
    warning_level: str | None
    response_level: str | None


@dataclass(frozen=True)
class RunningClock:
    incident_id: str
    incident_title: str
    kind: str
    sequence: int
    due: datetime


@dataclass(frozen=True)
class OpenItem:
    incident_id: str
    incident_title: str
    task: str
    unit: str
    due: datetime | None
    overdue: bool


@dataclass(frozen=True)
class PendingInstruction:
    incident_id: str
    incident_title: str
    leader: str
    given_at: datetime
    text: str


@dataclass(frozen=True)
class DispatchedTeam:
    team: str
    incident_id: str
    incident_title: str
    dispatched_at: datetime


@dataclass(frozen=True)
class StockShortfall:
    """A depot item whose ledger adds up to less than nothing."""

    depot: str
    item: str
    balance: int
    unit: str


@dataclass(frozen=True)
class HandoverReport:
    """Everything the outgoing shift hands over, as of ``generated_at``.

    Attributes:
        unsynced: local changes the hub has not acknowledged.
        conflicts: sync conflicts waiting for an officer.
        syncing: whether this workstation syncs with a hub at all; without
            one every change stays local, which the report says.
        shortfalls: stock handed out twice while workstations were apart,
            to be counted (``console.resources.queries.overdrawn_stock``).
    """

    generated_at: datetime
    on_duty: OnDuty | None
    incidents: tuple[OpenIncident, ...]
    clocks: tuple[RunningClock, ...]
    items: tuple[OpenItem, ...]
    instructions: tuple[PendingInstruction, ...]
    teams: tuple[DispatchedTeam, ...]
    shortfalls: tuple[StockShortfall, ...]
    unsynced: int
    conflicts: int
    syncing: bool

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (datetimes as ISO-8601 strings)."""
        result: dict[str, Any] = _jsonable(asdict(self))
        return result


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _open_incidents(session: Session) -> list[Incident]:
    return list(
        session.scalars(
            select(Incident)
            .where(Incident.deleted_at.is_(None), Incident.status != CLOSED)
            .order_by(Incident.received_at)
        )
    )


def _instructions(
    session: Session, titles: dict[str, str]
) -> tuple[PendingInstruction, ...]:
    rows = session.scalars(
        select(Instruction)
        .where(
            Instruction.deleted_at.is_(None),
            Instruction.done_at.is_(None),
            Instruction.incident_id.in_(list(titles)),
        )
        .order_by(Instruction.given_at)
    )
    return tuple(
        PendingInstruction(
            r.incident_id, titles[r.incident_id], r.leader, r.given_at, r.text
        )
        for r in rows
    )


def _teams(session: Session, titles: dict[str, str]) -> tuple[DispatchedTeam, ...]:
    rows = session.execute(
        select(RescueTeam.name, TeamDispatch.incident_id, TeamDispatch.dispatched_at)
        .join(RescueTeam, RescueTeam.id == TeamDispatch.team_id)
        .where(
            TeamDispatch.released_at.is_(None),
            TeamDispatch.deleted_at.is_(None),
            TeamDispatch.incident_id.in_(list(titles)),
        )
        .order_by(TeamDispatch.dispatched_at)
    )
    return tuple(
        DispatchedTeam(name, incident_id, titles[incident_id], at)
        for name, incident_id, at in rows
    )


def _counts(session: Session) -> tuple[int, int]:
    unsynced = session.scalar(
        select(func.count())
        .select_from(JournalEntry)
        .where(JournalEntry.acked_at.is_(None))
    )
    return int(unsynced or 0), open_conflicts(session.connection())


def _clocks(
    database: Database, rules: DeadlineRules, titles: dict[str, str]
) -> tuple[RunningClock, ...]:
    found = open_deadlines(database, rules, list(titles))
    clocks = [
        RunningClock(
            d.incident_id, titles[d.incident_id], str(d.kind), d.sequence, d.due
        )
        for deadlines in found.values()
        for d in deadlines
    ]
    return tuple(sorted(clocks, key=lambda c: c.due))


def _items(
    database: Database, titles: dict[str, str], now: datetime, lead: timedelta
) -> tuple[OpenItem, ...]:
    return tuple(
        OpenItem(
            i.incident_id,
            titles[i.incident_id],
            i.task,
            i.unit,
            i.due_at,
            is_overdue(i, now, lead),
        )
        for i in open_items(database)
        if i.incident_id in titles
    )


def handover_report(
    database: Database, rules: DeadlineRules, now: datetime, *, syncing: bool
) -> HandoverReport:
    """What the shift on duty at ``now`` hands over.

    Args:
        syncing: whether a hub is set up (``console.sync.config``).
    """
    with database.read() as session:
        incidents = _open_incidents(session)
        titles = {i.id: i.title for i in incidents}
        instructions = _instructions(session, titles)
        teams = _teams(session, titles)
        unsynced, conflicts = _counts(session)
        opened = tuple(
            OpenIncident(
                i.id, i.title, i.status, i.grade, i.warning_level, i.response_level
            )
            for i in incidents
        )
    return HandoverReport(
        generated_at=now,
        on_duty=on_duty_now(database, now),
        incidents=opened,
        clocks=_clocks(database, rules, titles),
        items=_items(database, titles, now, rules.alarm_lead),
        instructions=instructions,
        teams=teams,
        shortfalls=tuple(
            StockShortfall(s["depot"], s["item"], s["balance"], s["unit"])
            for s in overdrawn_stock(database)
        ),
        unsynced=unsynced,
        conflicts=conflicts,
        syncing=syncing,
    )


def accept_handover(
    operations: Operations,
    outgoing: str,
    incoming: str,
    summary: str,
    *,
    report: HandoverReport | None = None,
) -> DutyHandover:
    """Record that ``incoming`` accepted the shift from ``outgoing`` (接班确认).

    The handover row keeps the report shown at the time; the log entry says
    who handed over to whom.

    Raises:
        HandoverError: no incoming officer, or the same as the outgoing one.
    """
    outgoing, incoming = " ".join(outgoing.split()), " ".join(incoming.split())
    if not incoming:
        raise HandoverError("the incoming officer must be named")
    if incoming == outgoing:
        raise HandoverError("the incoming officer cannot be the outgoing one")
    snapshot = json.dumps(
        report.to_json() if report is not None else {}, ensure_ascii=False
    )
    shift_id = report.on_duty.shift_id if report and report.on_duty else None

    def work(tx: OpTransaction) -> DutyHandover:
        handover = DutyHandover(
            shift_id=shift_id,
            outgoing=outgoing,
            incoming=incoming,
            summary=summary.strip(),
            accepted_at=tx.now,
            report=snapshot,
        )
        tx.insert(handover)
        tx.log(
            f"{incoming} 接班确认（交班：{outgoing or '—'}）" + summary.strip(),
            target=handover,
            details={"outgoing": outgoing, "incoming": incoming},
        )
        return handover

    return operations.run("duty.handover", work)
