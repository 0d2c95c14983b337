"""The duty leader's review queue (研判) of entries flagged significant.

An officer flags an entry 重要; it waits here until the duty leader
confirms it (then it is shared as a significant event) or dismisses it.
Reviews are rows of their own, so a decision can be revisited by a later
review without touching the entry; the newest review wins.
"""

from __future__ import annotations

from sqlalchemy import Exists, exists, select

from console.oplog.query import newest_first
from console.store.engine import Database
from console.store.models import OpLogEntry
from console.store.oplog_models import LogReview

CONFIRMED = "confirmed"


def _live_review_of_entry() -> Exists:
    return exists().where(
        LogReview.entry_id == OpLogEntry.id, LogReview.deleted_at.is_(None)
    )


def pending(database: Database) -> list[OpLogEntry]:
    """Significant entries nobody has reviewed yet, newest first."""
    query = select(OpLogEntry).where(
        OpLogEntry.significant.is_(True), ~_live_review_of_entry()
    )
    with database.read() as session:
        return list(session.scalars(newest_first(query)))


def reviews_of(database: Database, entry_id: str) -> list[LogReview]:
    """Every review of one entry, oldest first."""
    with database.read() as session:
        return list(
            session.scalars(
                select(LogReview)
                .where(LogReview.entry_id == entry_id, LogReview.deleted_at.is_(None))
                .order_by(LogReview.hlc, LogReview.site_id)
            )
        )


def latest_decisions(database: Database) -> dict[str, LogReview]:
    """The newest review of each reviewed entry, by entry id."""
    with database.read() as session:
        reviews = session.scalars(
            select(LogReview)
            .where(LogReview.deleted_at.is_(None))
            .order_by(LogReview.hlc, LogReview.site_id)
        )
        return {review.entry_id: review for review in reviews}


def significant_events(database: Database) -> list[OpLogEntry]:
    """Entries whose newest review confirmed them, newest first."""
    confirmed = [
        entry_id
        for entry_id, review in latest_decisions(database).items()
        if review.decision == CONFIRMED
    ]
    if not confirmed:
        return []
    query = select(OpLogEntry).where(OpLogEntry.id.in_(confirmed))
    with database.read() as session:
        return list(session.scalars(newest_first(query)))
