"""Plain dicts for the map layers (drawn by the map views, not here).

Each function returns a list of ``{id, name, lat, lon, kind, ...}`` for
live records; ``synthetic`` is always included so a view can mark
demonstration points.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from console.domain.resources_records import decode_list
from console.store.engine import Database
from console.store.resource_models import Business, Depot, RescueTeam, Shelter


def _rows(database: Database, model: Any) -> list[Any]:
    with database.read() as session:
        return list(
            session.scalars(
                select(model)
                .where(model.deleted_at.is_(None))
                .order_by(model.name, model.id)
            )
        )


def _point(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "name": row.name,
        "lat": row.lat,
        "lon": row.lon,
        "kind": row.kind,
        "synthetic": row.synthetic,
    }


def teams_layer(database: Database) -> list[dict[str, Any]]:
    """Teams with status, size and capabilities."""
    return [
        _point(r)
        | {
            "status": r.status,
            "headcount": r.headcount,
            "capabilities": list(decode_list(r.capabilities)),
        }
        for r in _rows(database, RescueTeam)
    ]


def depots_layer(database: Database) -> list[dict[str, Any]]:
    return [
        _point(r) | {"keeper": r.keeper, "phone": r.phone}
        for r in _rows(database, Depot)
    ]


def shelters_layer(database: Database) -> list[dict[str, Any]]:
    """Shelters with capacity, occupancy and open/closed."""
    return [
        _point(r)
        | {
            "status": "开放" if r.is_open else "关闭",
            "is_open": r.is_open,
            "capacity": r.capacity,
            "occupancy": r.occupancy,
        }
        for r in _rows(database, Shelter)
    ]


def businesses_layer(database: Database) -> list[dict[str, Any]]:
    """Supervised small businesses (many points; draw them clustered)."""
    with database.read() as session:
        rows = session.execute(
            select(
                Business.id,
                Business.name,
                Business.lat,
                Business.lon,
                Business.kind,
                Business.synthetic,
            )
            .where(Business.deleted_at.is_(None))
            .order_by(Business.id)
        )
        return [
            {"id": i, "name": n, "lat": la, "lon": lo, "kind": k, "synthetic": s}
            for i, n, la, lo, k, s in rows
        ]
