"""Tables of the local replica.

Replicated tables share ``Replicated``: a UUID key, created and updated
timestamps, the hybrid-logical-clock version of the last change, the
workstation that made the row and a tombstone. Rows are never deleted
physically (triggers refuse it); a deletion sets ``deleted_at`` so the
deletion itself can travel to other replicas.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import BigInteger, ForeignKey, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from console.store.types import UTCDateTime


class Base(DeclarativeBase):
    """Declarative base with our type choices."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        int: BigInteger,
    }


class Replicated:
    """Columns every replicated row carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    hlc: Mapped[int]
    site_id: Mapped[str] = mapped_column(String(36))
    deleted_at: Mapped[datetime | None]

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class LocalMeta(Base):
    """Per-replica bookkeeping (the last HLC, seed versions). Never synced."""

    __tablename__ = "local_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Division(Replicated, Base):
    """A town, street or functional area of the district."""

    __tablename__ = "divisions"

    code: Mapped[str | None] = mapped_column(String(12), unique=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    seat_lat: Mapped[float | None]
    seat_lon: Mapped[float | None]


class GeoFeature(Replicated, Base):
    """A geometry (district outline, later town boundaries) in WGS-84."""

    __tablename__ = "geo_features"

    kind: Mapped[str] = mapped_column(String(32), index=True)
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(64))
    geometry: Mapped[str] = mapped_column(Text)
    crs: Mapped[str] = mapped_column(String(16))
    source: Mapped[str] = mapped_column(Text)


class KpiIndicator(Replicated, Base):
    """One indicator of table 2-1 of the district's 14th Five-Year plan."""

    __tablename__ = "kpi_indicators"

    number: Mapped[int] = mapped_column(Integer, unique=True)
    category: Mapped[str] = mapped_column(String(32))
    indicator: Mapped[str] = mapped_column(Text)
    baseline_2020: Mapped[str] = mapped_column(String(32))
    target_2025: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(8))
    responsible_units: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)


class Officer(Replicated, Base):
    """A duty officer known to this command centre."""

    __tablename__ = "officers"

    name: Mapped[str] = mapped_column(String(64), unique=True)


class Incident(Replicated, Base):
    """An incident (突发事件) as registered by the duty officer."""

    __tablename__ = "incidents"

    title: Mapped[str] = mapped_column(Text)
    category: Mapped[str] = mapped_column(String(32))
    type: Mapped[str] = mapped_column(String(32))
    occurred_at: Mapped[datetime]
    received_at: Mapped[datetime]
    lat: Mapped[float | None]
    lon: Mapped[float | None]
    division_id: Mapped[str | None] = mapped_column(ForeignKey("divisions.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    grade: Mapped[str | None] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))


class OpLogEntry(Base):
    """One entry of the operation log (值班/处置日志).

    The log is append-only, so it has no update timestamp and no tombstone: a
    correction is a new entry that points at the one it corrects. Triggers
    refuse UPDATE and DELETE.
    """

    __tablename__ = "oplog_entries"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(index=True)
    hlc: Mapped[int] = mapped_column(index=True)
    site_id: Mapped[str] = mapped_column(String(36))
    officer: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(64))
    target_table: Mapped[str | None] = mapped_column(String(32))
    target_id: Mapped[str | None] = mapped_column(String(36))
    incident_id: Mapped[str | None] = mapped_column(
        ForeignKey("incidents.id"), index=True
    )
    corrects_id: Mapped[str | None] = mapped_column(ForeignKey("oplog_entries.id"))
    text: Mapped[str] = mapped_column(Text)


class JournalEntry(Base):
    """One change waiting to be shipped to the hub (the sync outbox).

    ``seq`` orders the local journal; ``op_id`` is the change's identity
    everywhere else, so the hub can apply a change once however often it is
    sent.
    """

    __tablename__ = "change_journal"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    hlc: Mapped[int]
    site_id: Mapped[str] = mapped_column(String(36))
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[str] = mapped_column(String(36))
    change: Mapped[str] = mapped_column(String(8))
    payload: Mapped[str] = mapped_column(Text)
    schema_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    acked_at: Mapped[datetime | None]


REPLICATED_TABLES = (
    Division.__tablename__,
    GeoFeature.__tablename__,
    KpiIndicator.__tablename__,
    Officer.__tablename__,
    Incident.__tablename__,
)
