"""Tables of the sync machinery on a workstation's replica.

Two kinds live here. ``SyncConflict`` and ``SyncShare`` are replicated like
any domain record (they travel through the hub, and an officer's decision on
a conflict is an ordinary logged operation). The others are local
bookkeeping that never leaves the machine: the hub cursor, the per-field
versions the merge compares, what the last push said about each operation,
changes waiting for a record they refer to, and operations the hub refused.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from console.store.models import Base, Replicated


class SyncState(Base):
    """Key/value state of the sync client (cursor, hub id, fold position)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class FieldVersions(Base):
    """The version registers of one record's fields.

    ``versions`` is JSON ``{field: [hlc, site_id, seq, epoch, rank]}`` plus
    ``"_row": [hlc, site_id, seq]`` for the record as a whole. One row per
    record rather than per field keeps a 100,000-change catch-up to 100,000
    small upserts instead of millions.
    """

    __tablename__ = "field_versions"

    table_name: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    versions: Mapped[str] = mapped_column(Text)


class SyncOpMeta(Base):
    """What sync knows about one local journal entry.

    ``meta`` is JSON: the field versions the change was based on (for
    conflict detection at the hub), the status epoch, whether it is an
    explicit reopen. ``sent_at`` and ``hub_seq`` say how far it got.
    """

    __tablename__ = "sync_op_meta"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    meta: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    hub_seq: Mapped[int | None]


class RejectedOp(Base):
    """A local operation the hub refused, with its reason, for the operator."""

    __tablename__ = "rejected_ops"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36), index=True)
    change: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text)
    rejected_at: Mapped[datetime]


class SyncParked(Base):
    """A received change that waits for the record it refers to."""

    __tablename__ = "sync_parked"

    op_key: Mapped[str] = mapped_column(String(80), primary_key=True)
    hub_seq: Mapped[int] = mapped_column(index=True)
    change: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    parked_at: Mapped[datetime]


class SyncConflict(Replicated, Base):
    """Two concurrent values of a safety-critical field, for an officer.

    The hub applies the deterministic winner and records the loser here, so
    nothing is lost silently. Values are JSON text; ``resolution`` is empty
    until an officer decides (``winner`` or ``loser``).
    """

    __tablename__ = "sync_conflicts"

    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    incident_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(32))
    winner_value: Mapped[str] = mapped_column(Text)
    winner_hlc: Mapped[int]
    winner_site: Mapped[str] = mapped_column(String(64))
    winner_op_id: Mapped[str] = mapped_column(String(36))
    loser_value: Mapped[str] = mapped_column(Text)
    loser_hlc: Mapped[int]
    loser_site: Mapped[str] = mapped_column(String(64))
    loser_op_id: Mapped[str] = mapped_column(String(36))
    resolution: Mapped[str] = mapped_column(String(8), default="")
    resolved_by: Mapped[str] = mapped_column(Text, default="")
    resolved_at: Mapped[datetime | None]


class SyncShare(Replicated, Base):
    """An incident shared down to a town or street outside its own division."""

    __tablename__ = "sync_shares"

    incident_id: Mapped[str] = mapped_column(String(36), index=True)
    division_id: Mapped[str] = mapped_column(String(36))


SYNC_LOCAL_TABLES = (
    SyncState.__tablename__,
    FieldVersions.__tablename__,
    SyncOpMeta.__tablename__,
    RejectedOp.__tablename__,
    SyncParked.__tablename__,
)
SYNC_REPLICATED_TABLES = (SyncConflict.__tablename__, SyncShare.__tablename__)

__all__ = [
    "SYNC_LOCAL_TABLES",
    "SYNC_REPLICATED_TABLES",
    "FieldVersions",
    "RejectedOp",
    "SyncConflict",
    "SyncOpMeta",
    "SyncParked",
    "SyncShare",
    "SyncState",
]
