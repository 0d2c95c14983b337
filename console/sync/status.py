"""Counts for the status bar, read in one short transaction."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Connection, Table, func, select

from console.store.sync_models import RejectedOp, SyncConflict, SyncParked
from console.sync import outbox

_conflicts = cast(Table, SyncConflict.__table__)


def open_conflicts(connection: Connection) -> int:
    return int(
        connection.scalar(
            select(func.count())
            .select_from(_conflicts)
            .where(_conflicts.c.resolution == "", _conflicts.c.deleted_at.is_(None))
        )
        or 0
    )


def read_counts(connection: Connection) -> dict[str, Any]:
    """Operations waiting, open conflicts, refusals and parked changes."""
    return {
        "waiting": outbox.waiting(connection),
        "conflicts": open_conflicts(connection),
        "rejected": int(
            connection.scalar(select(func.count()).select_from(RejectedOp.__table__))
            or 0
        ),
        "parked": int(
            connection.scalar(select(func.count()).select_from(SyncParked.__table__))
            or 0
        ),
    }
