"""Rows for the roster views: every live record of a kind, as plain dicts.

The views filter and sort these themselves; here the division id becomes
its name, list fields become tuples and a team's certificates are counted
by state, so no view needs a session. Nothing here writes.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from console.domain import resources_ledger as ledger
from console.domain import resources_quals as quals
from console.domain.resources import DEFAULT_WARN_DAYS
from console.domain.resources_records import decode_list
from console.ops.resources_common import open_incident_titles
from console.ops.resources_dispatch import LOCAL_ZONE
from console.store.engine import Database
from console.store.models import Division, Incident
from console.store.resource_models import (
    Depot,
    Expert,
    MemberQualification,
    RescueTeam,
    Shelter,
    StockMovement,
    SupplyItem,
    TeamDispatch,
    TeamMember,
)


def _today(today: date | None) -> date:
    return today or datetime.now(LOCAL_ZONE).date()


def _live(model: Any) -> Any:
    return select(model).where(model.deleted_at.is_(None)).order_by(model.name)


def incident_titles(database: Database) -> dict[str, str]:
    """Incident id → title, for every incident not removed (open or closed)."""
    with database.read() as session:
        rows = session.execute(
            select(Incident.id, Incident.title).where(Incident.deleted_at.is_(None))
        )
        return {str(i): str(t) for i, t in rows}


def division_names(database: Database) -> dict[str, str]:
    """Division id → name, for every live division."""
    with database.read() as session:
        rows = session.execute(
            select(Division.id, Division.name)
            .where(Division.deleted_at.is_(None))
            .order_by(Division.name)
        )
        return {str(i): str(n) for i, n in rows}


def _place(row: Any, names: dict[str, str]) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind,
        "division_id": row.division_id,
        "division": names.get(row.division_id or "", ""),
        "lat": row.lat,
        "lon": row.lon,
        "synthetic": row.synthetic,
    }


def _certificate_states(
    session: Any, today: date, warn_days: int
) -> dict[str, Counter[str]]:
    rows = session.execute(
        select(MemberQualification.team_id, MemberQualification.expires_on)
        .join(TeamMember, TeamMember.id == MemberQualification.member_id)
        .where(
            MemberQualification.deleted_at.is_(None), TeamMember.deleted_at.is_(None)
        )
    )
    states: dict[str, Counter[str]] = {}
    for team_id, expires in rows:
        state = quals.qualification_state(expires, today, warn_days)
        states.setdefault(team_id, Counter())[state] += 1
    return states


def _assignments(session: Any) -> dict[str, list[str]]:
    """Team id → the open incidents it is assigned to (not yet released)."""
    open_ids = open_incident_titles(session)
    rows = session.execute(
        select(TeamDispatch.team_id, TeamDispatch.incident_id)
        .where(TeamDispatch.released_at.is_(None), TeamDispatch.deleted_at.is_(None))
        .order_by(TeamDispatch.dispatched_at)
    )
    assigned: dict[str, list[str]] = {}
    for team_id, incident_id in rows:
        if incident_id in open_ids:
            assigned.setdefault(team_id, []).append(incident_id)
    return assigned


def team_rows(
    database: Database,
    *,
    today: date | None = None,
    warn_days: int = DEFAULT_WARN_DAYS,
) -> list[dict[str, Any]]:
    """Every team with status, who set it when, and flagged certificates."""
    names = division_names(database)
    day = _today(today)
    with database.read() as session:
        states = _certificate_states(session, day, warn_days)
        assigned = _assignments(session)
        rows = []
        for team in session.scalars(_live(RescueTeam)):
            counted = states.get(team.id, Counter())
            rows.append(
                _place(team, names)
                | {
                    "headcount": team.headcount,
                    "leader": team.leader,
                    "phone": team.phone,
                    "capabilities": decode_list(team.capabilities),
                    "equipment": decode_list(team.equipment),
                    "status": team.status,
                    "status_changed_at": team.status_changed_at,
                    "status_changed_by": team.status_changed_by,
                    "expired": counted[quals.EXPIRED],
                    "expiring": counted[quals.EXPIRING],
                    "assigned_to": assigned.get(team.id, []),
                }
            )
        return rows


def team_members(
    database: Database,
    team_id: str,
    *,
    today: date | None = None,
    warn_days: int = DEFAULT_WARN_DAYS,
) -> list[dict[str, Any]]:
    """One row per member certificate (members without any get one row)."""
    day = _today(today)
    with database.read() as session:
        members = session.scalars(
            select(TeamMember)
            .where(TeamMember.team_id == team_id, TeamMember.deleted_at.is_(None))
            .order_by(TeamMember.name)
        ).all()
        held: dict[str, list[MemberQualification]] = {}
        for row in session.scalars(
            select(MemberQualification)
            .where(
                MemberQualification.team_id == team_id,
                MemberQualification.deleted_at.is_(None),
            )
            .order_by(MemberQualification.expires_on)
        ):
            held.setdefault(row.member_id, []).append(row)
    rows: list[dict[str, Any]] = []
    for member in members:
        base: dict[str, Any] = {
            "member": member.name,
            "role": member.role,
            "phone": member.phone,
        }
        certificates = held.get(member.id, [])
        if not certificates:
            rows.append(base | {"qualification": "", "expires_on": None, "state": ""})
        for cert in certificates:
            state = quals.qualification_state(cert.expires_on, day, warn_days)
            rows.append(
                base
                | {
                    "qualification": cert.name,
                    "expires_on": cert.expires_on,
                    "state": state,
                }
            )
    return rows


def depot_rows(database: Database) -> list[dict[str, Any]]:
    """Every depot with keeper, phone and how many items it holds."""
    names = division_names(database)
    with database.read() as session:
        totals = session.execute(
            select(StockMovement.depot_id, StockMovement.item_id)
            .where(StockMovement.deleted_at.is_(None))
            .group_by(StockMovement.depot_id, StockMovement.item_id)
            .having(func.sum(StockMovement.delta) != 0)
        )
        held = Counter(depot_id for depot_id, _ in totals)
        return [
            _place(depot, names)
            | {
                "keeper": depot.keeper,
                "phone": depot.phone,
                "note": depot.note,
                "items": held[depot.id],
            }
            for depot in session.scalars(_live(Depot))
        ]


def shelter_rows(database: Database) -> list[dict[str, Any]]:
    """Every shelter with capacity, occupancy, places left and state."""
    names = division_names(database)
    with database.read() as session:
        return [
            _place(shelter, names)
            | {
                "address": shelter.address,
                "capacity": shelter.capacity,
                "occupancy": shelter.occupancy,
                "places_left": max(0, shelter.capacity - shelter.occupancy)
                if shelter.is_open
                else 0,
                "is_open": shelter.is_open,
                "facilities": decode_list(shelter.facilities),
                "contact": shelter.contact,
                "phone": shelter.phone,
            }
            for shelter in session.scalars(_live(Shelter))
        ]


def expert_rows(database: Database) -> list[dict[str, Any]]:
    with database.read() as session:
        return [
            {
                "id": e.id,
                "name": e.name,
                "field": e.field,
                "organisation": e.organisation,
                "title": e.title,
                "phone": e.phone,
                "note": e.note,
                "synthetic": e.synthetic,
            }
            for e in session.scalars(_live(Expert))
        ]


def supply_items(database: Database) -> list[dict[str, Any]]:
    """The supply catalogue: id, name, category and unit, by name."""
    with database.read() as session:
        return [
            {"id": i.id, "name": i.name, "category": i.category, "unit": i.unit}
            for i in session.scalars(_live(SupplyItem))
        ]


def sent_to_incident(
    database: Database, incident_id: str
) -> dict[tuple[str, str], int]:
    """(depot id, item id) → what went out to the incident and is not back."""
    with database.read() as session:
        rows = session.execute(
            select(
                StockMovement.depot_id,
                StockMovement.item_id,
                func.sum(StockMovement.delta),
            )
            .where(
                StockMovement.incident_id == incident_id,
                StockMovement.kind.in_((ledger.DISPATCH, ledger.RETURN)),
                StockMovement.deleted_at.is_(None),
            )
            .group_by(StockMovement.depot_id, StockMovement.item_id)
        )
        return {(d, i): -int(total) for d, i, total in rows if total and total < 0}
