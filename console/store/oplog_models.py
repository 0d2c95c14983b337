"""Tables that belong to the operation log but are not log entries.

Kept apart from ``console.store.models`` so the log feature owns its
schema. Importing this module registers the tables on ``Base.metadata``;
``console.queries`` imports it, so every part of the console that reads
the database sees them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from console.store.models import Base, Replicated

REVIEW_DECISIONS = ("confirmed", "dismissed")


class LogReview(Replicated, Base):
    """The duty leader's review (研判) of an entry flagged significant (重要).

    A review is a new row, never a change to the entry: the entry stays as
    it was written and the hash chain stays intact. The newest review of an
    entry decides whether it is shared as a significant event; older
    reviews stay on record.
    """

    __tablename__ = "log_reviews"

    entry_id: Mapped[str] = mapped_column(ForeignKey("oplog_entries.id"), index=True)
    decision: Mapped[str] = mapped_column(String(16))
    reviewer: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text, default="")
