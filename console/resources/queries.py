"""Read-side summaries of the resources: balances, flags, totals, history.

They never write and return plain dicts, for the command line, the views
and reports alike.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select

from console.domain import lifecycle
from console.domain import resources_quals as quals
from console.domain.resources import DEFAULT_WARN_DAYS
from console.ops.resources_dispatch import LOCAL_ZONE
from console.store.engine import Database
from console.store.models import Incident
from console.store.resource_models import (
    Depot,
    MemberQualification,
    RescueTeam,
    Shelter,
    StockMovement,
    SupplyItem,
    TeamMember,
    TeamStatusChange,
)


def stock_balances(
    database: Database, *, depot_id: str | None = None
) -> list[dict[str, Any]]:
    """Balance per depot and item, summed from the ledger (zero rows left out)."""
    query = (
        select(
            Depot.id,
            Depot.name,
            SupplyItem.id,
            SupplyItem.name,
            SupplyItem.unit,
            func.sum(StockMovement.delta),
        )
        .join(Depot, Depot.id == StockMovement.depot_id)
        .join(SupplyItem, SupplyItem.id == StockMovement.item_id)
        .where(StockMovement.deleted_at.is_(None), Depot.deleted_at.is_(None))
        .group_by(Depot.id, SupplyItem.id)
        .order_by(Depot.name, SupplyItem.name)
    )
    if depot_id is not None:
        query = query.where(Depot.id == depot_id)
    with database.read() as session:
        rows = session.execute(query).all()
    return [
        {
            "depot_id": d_id,
            "depot": depot,
            "item_id": i_id,
            "item": item,
            "unit": unit,
            "balance": int(total),
        }
        for d_id, depot, i_id, item, unit, total in rows
        if total
    ]


def overdrawn_stock(database: Database) -> list[dict[str, Any]]:
    """Depot items whose ledger adds up to less than nothing.

    One workstation never withdraws more than it holds, but two cut off
    from each other can each hand out the same stock; when their ledgers
    merge, the balance goes negative. The withdrawals happened and are
    kept; the shortfall is shown until a stocktake (盘点) sets it right.
    """
    return [b for b in stock_balances(database) if b["balance"] < 0]


def qualification_flags(
    database: Database, *, today: date | None = None, warn_days: int = DEFAULT_WARN_DAYS
) -> list[dict[str, Any]]:
    """Certificates expired or expiring within ``warn_days``, soonest first."""
    day = today or datetime.now(LOCAL_ZONE).date()
    with database.read() as session:
        rows = session.execute(
            select(
                RescueTeam.name,
                TeamMember.name,
                MemberQualification.name,
                MemberQualification.expires_on,
            )
            .join(TeamMember, TeamMember.id == MemberQualification.member_id)
            .join(RescueTeam, RescueTeam.id == MemberQualification.team_id)
            .where(
                MemberQualification.deleted_at.is_(None),
                TeamMember.deleted_at.is_(None),
                RescueTeam.deleted_at.is_(None),
                MemberQualification.expires_on.is_not(None),
            )
            .order_by(MemberQualification.expires_on, RescueTeam.name, TeamMember.name)
        ).all()
    flags = []
    for team, member, title, expires in rows:
        state = quals.qualification_state(expires, day, warn_days)
        if quals.is_flagged(state):
            flags.append(
                {
                    "team": team,
                    "member": member,
                    "qualification": title,
                    "expires_on": expires,
                    "state": state,
                }
            )
    return flags


def shelter_totals(database: Database) -> dict[str, int]:
    """District totals: shelter capacity and occupancy against people evacuated.

    ``evacuated`` sums the figure of open incidents; ``places_left`` counts
    open shelters only, since a closed one takes nobody in.
    """
    with database.read() as session:
        shelters = list(
            session.scalars(select(Shelter).where(Shelter.deleted_at.is_(None)))
        )
        evacuated = session.scalar(
            select(func.coalesce(func.sum(Incident.evacuated), 0)).where(
                Incident.deleted_at.is_(None), Incident.status != lifecycle.CLOSED
            )
        )
    open_ones = [s for s in shelters if s.is_open]
    return {
        "shelters": len(shelters),
        "open": len(open_ones),
        "capacity": sum(s.capacity for s in shelters),
        "open_capacity": sum(s.capacity for s in open_ones),
        "occupancy": sum(s.occupancy for s in shelters),
        "places_left": sum(max(0, s.capacity - s.occupancy) for s in open_ones),
        "evacuated": int(evacuated or 0),
    }


def status_history(database: Database, team_id: str) -> list[dict[str, Any]]:
    """Every status change of a team, oldest first: who, when, from, to."""
    with database.read() as session:
        rows = session.scalars(
            select(TeamStatusChange)
            .where(
                TeamStatusChange.team_id == team_id,
                TeamStatusChange.deleted_at.is_(None),
            )
            .order_by(TeamStatusChange.hlc, TeamStatusChange.changed_at)
        )
        return [
            {
                "status": r.status,
                "previous": r.previous,
                "changed_by": r.changed_by,
                "changed_at": r.changed_at,
                "incident_id": r.incident_id,
                "note": r.note,
            }
            for r in rows
        ]


def counts(database: Database) -> dict[str, dict[str, int]]:
    """How many live records of each kind, real and synthetic."""
    from console.ops.resources_bulk import MODELS

    result: dict[str, dict[str, int]] = {}
    with database.read() as session:
        for kind, model in MODELS.items():
            rows = session.execute(
                select(model.synthetic, func.count())
                .where(model.deleted_at.is_(None))
                .group_by(model.synthetic)
            )
            tally = {"real": 0, "synthetic": 0}
            for synthetic, number in rows:
                tally["synthetic" if synthetic else "real"] += int(number)
            result[kind] = tally
        result["teams"]["people"] = int(
            session.scalar(
                select(func.coalesce(func.sum(RescueTeam.headcount), 0)).where(
                    RescueTeam.deleted_at.is_(None)
                )
            )
            or 0
        )
    return result
