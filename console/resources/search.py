"""What is near an incident, and what could be sent there.

``near`` lists teams, depots and shelters within a radius, nearest first
(great-circle distance; see ``console.domain.resources_geo``).
``dispatch_options`` answers "can we dispatch?": teams free to go that
have the needed capabilities (with expired certificates shown, not hidden),
free stock of the needed items per depot, and shelter places left.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain import resources_quals as quals
from console.domain import resources_status as status_machine
from console.domain.resources import DEFAULT_WARN_DAYS
from console.domain.resources_geo import bounding_box, within
from console.domain.resources_ledger import free_quantity
from console.domain.resources_records import decode_list
from console.ops.resources_dispatch import LOCAL_ZONE, open_assignments
from console.ops.resources_ledger import balance, committed_elsewhere
from console.store.engine import Database
from console.store.resource_models import (
    Depot,
    MemberQualification,
    RescueTeam,
    Shelter,
    SupplyItem,
    TeamMember,
)


def _in_box(
    session: Session, model: Any, lat: float, lon: float, km: float
) -> list[Any]:
    south, west, north, east = bounding_box(lat, lon, km)
    return list(
        session.scalars(
            select(model)
            .where(
                model.deleted_at.is_(None),
                model.lat.between(south, north),
                model.lon.between(west, east),
            )
            .order_by(model.name, model.id)
        )
    )


def _near(
    session: Session, model: Any, lat: float, lon: float, km: float
) -> list[tuple[float, Any]]:
    return within(
        lat, lon, km, _in_box(session, model, lat, lon, km), lambda r: (r.lat, r.lon)
    )


def _base(row: Any, distance: float) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "kind": row.kind,
        "lat": row.lat,
        "lon": row.lon,
        "distance_km": round(distance, 3),
        "synthetic": row.synthetic,
    }


def _team(row: RescueTeam, distance: float) -> dict[str, Any]:
    return _base(row, distance) | {
        "status": row.status,
        "headcount": row.headcount,
        "leader": row.leader,
        "phone": row.phone,
        "capabilities": list(decode_list(row.capabilities)),
        "equipment": list(decode_list(row.equipment)),
    }


def _depot(row: Depot, distance: float) -> dict[str, Any]:
    return _base(row, distance) | {"keeper": row.keeper, "phone": row.phone}


def _shelter(row: Shelter, distance: float) -> dict[str, Any]:
    return _base(row, distance) | {
        "capacity": row.capacity,
        "occupancy": row.occupancy,
        "places_left": max(0, row.capacity - row.occupancy) if row.is_open else 0,
        "is_open": row.is_open,
        "contact": row.contact,
        "phone": row.phone,
    }


def near(
    database: Database, lat: float, lon: float, km: float
) -> dict[str, list[dict[str, Any]]]:
    """Teams, depots and shelters within ``km`` of (lat, lon), nearest first."""
    with database.read() as session:
        return {
            "teams": [_team(r, d) for d, r in _near(session, RescueTeam, lat, lon, km)],
            "depots": [_depot(r, d) for d, r in _near(session, Depot, lat, lon, km)],
            "shelters": [
                _shelter(r, d) for d, r in _near(session, Shelter, lat, lon, km)
            ],
        }


def certificates(
    session: Session, team_id: str, today: date, warn_days: int
) -> list[dict[str, Any]]:
    """The team's flagged certificates (expired or expiring), soonest first."""
    rows = session.execute(
        select(
            TeamMember.name, MemberQualification.name, MemberQualification.expires_on
        )
        .join(TeamMember, TeamMember.id == MemberQualification.member_id)
        .where(
            MemberQualification.team_id == team_id,
            MemberQualification.deleted_at.is_(None),
            TeamMember.deleted_at.is_(None),
        )
        .order_by(MemberQualification.expires_on, TeamMember.name)
    )
    flagged = []
    for member, title, expires in rows:
        state = quals.qualification_state(expires, today, warn_days)
        if quals.is_flagged(state):
            flagged.append(
                {
                    "member": member,
                    "qualification": title,
                    "expires_on": expires,
                    "state": state,
                }
            )
    return flagged


def _teams_for(
    session: Session,
    lat: float,
    lon: float,
    km: float,
    needed: Sequence[str],
    today: date,
    warn_days: int,
) -> dict[str, list[dict[str, Any]]]:
    available: list[dict[str, Any]] = []
    busy: list[dict[str, Any]] = []
    for distance, row in _near(session, RescueTeam, lat, lon, km):
        if not set(needed) <= set(decode_list(row.capabilities)):
            continue
        entry = _team(row, distance)
        entry["certificates"] = certificates(session, row.id, today, warn_days)
        entry["assigned_to"] = [
            a.incident_id for a in open_assignments(session, row.id)
        ]
        free = status_machine.is_available(row.status) and not entry["assigned_to"]
        (available if free else busy).append(entry)
    return {"available": available, "busy": busy}


def _stock_for(
    session: Session,
    lat: float,
    lon: float,
    km: float,
    needed: Mapping[str, int],
    incident_id: str | None,
) -> dict[str, Any]:
    depots = _near(session, Depot, lat, lon, km)
    found: dict[str, Any] = {}
    for name, quantity in needed.items():
        item = session.scalar(
            select(SupplyItem).where(
                SupplyItem.name == name, SupplyItem.deleted_at.is_(None)
            )
        )
        if item is None:
            found[name] = {
                "needed": quantity,
                "unit": "",
                "known": False,
                "free": 0,
                "enough": False,
                "depots": [],
            }
            continue
        per_depot = []
        for distance, depot in depots:
            have = balance(session, depot.id, item.id)
            if have <= 0:
                continue
            held = committed_elsewhere(session, depot.id, item.id, incident_id)
            per_depot.append(
                _depot(depot, distance)
                | {
                    "balance": have,
                    "committed_elsewhere": held,
                    "free": free_quantity(have, held),
                }
            )
        free = sum(d["free"] for d in per_depot)
        found[name] = {
            "needed": quantity,
            "unit": item.unit,
            "known": True,
            "free": free,
            "enough": free >= quantity,
            "depots": per_depot,
        }
    return found


def dispatch_options(
    database: Database,
    lat: float,
    lon: float,
    km: float,
    *,
    capabilities: Sequence[str] = (),
    items: Mapping[str, int] | None = None,
    incident_id: str | None = None,
    today: date | None = None,
    warn_days: int = DEFAULT_WARN_DAYS,
) -> dict[str, Any]:
    """Can we dispatch? Teams, stock and shelter places within ``km``.

    ``incident_id`` is the incident being served: its own earmarks do not
    count as committed elsewhere.
    """
    day = today or datetime.now(LOCAL_ZONE).date()
    with database.read() as session:
        shelters = [_shelter(r, d) for d, r in _near(session, Shelter, lat, lon, km)]
        return {
            "teams": _teams_for(session, lat, lon, km, capabilities, day, warn_days),
            "stock": _stock_for(session, lat, lon, km, items or {}, incident_id),
            "shelters": {
                "places_left": sum(s["places_left"] for s in shelters),
                "shelters": [s for s in shelters if s["is_open"]],
            },
        }
