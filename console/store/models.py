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

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
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

    # Intake (接报) facts; "" and None mean not known yet.
    source_unit: Mapped[str] = mapped_column(Text, default="", server_default="")
    source_person: Mapped[str] = mapped_column(Text, default="", server_default="")
    source_phone: Mapped[str] = mapped_column(Text, default="", server_default="")
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
    unit_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    unit_address: Mapped[str] = mapped_column(Text, default="", server_default="")
    unit_nature: Mapped[str] = mapped_column(Text, default="", server_default="")
    unit_scale: Mapped[str] = mapped_column(Text, default="", server_default="")
    cause_and_course: Mapped[str] = mapped_column(Text, default="", server_default="")
    affected_area_and_trend: Mapped[str] = mapped_column(
        Text, default="", server_default=""
    )
    measures_taken: Mapped[str] = mapped_column(Text, default="", server_default="")
    leaders_on_scene: Mapped[str] = mapped_column(Text, default="", server_default="")
    requests: Mapped[str] = mapped_column(Text, default="", server_default="")
    commander_contact: Mapped[str] = mapped_column(Text, default="", server_default="")
    reporter: Mapped[str] = mapped_column(Text, default="", server_default="")

    deaths: Mapped[int | None] = mapped_column(Integer)
    serious_injuries: Mapped[int | None] = mapped_column(Integer)
    injured: Mapped[int | None] = mapped_column(Integer)
    missing: Mapped[int | None] = mapped_column(Integer)
    trapped: Mapped[int | None] = mapped_column(Integer)
    endangered: Mapped[int | None] = mapped_column(Integer)
    evacuated: Mapped[int | None] = mapped_column(Integer)
    loss_yuan: Mapped[float | None]

    # The three levels are kept apart: how bad it is, what may come, and what
    # the command has switched on.
    warning_level: Mapped[str | None] = mapped_column(String(8))
    response_level: Mapped[str | None] = mapped_column(String(3))
    grade_suggested: Mapped[str | None] = mapped_column(String(3))
    near_miss: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    closed_at: Mapped[datetime | None]


class LevelDecision(Replicated, Base):
    """Who set a grade, warning or response level, when, and why."""

    __tablename__ = "level_decisions"

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    level_kind: Mapped[str] = mapped_column(String(16))
    value: Mapped[str | None] = mapped_column(String(8))
    previous: Mapped[str | None] = mapped_column(String(8))
    decided_by: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[datetime]
    reason: Mapped[str] = mapped_column(Text)


class CasualtyRevision(Replicated, Base):
    """One reported value of one casualty figure: the figures' history."""

    __tablename__ = "casualty_revisions"

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    field: Mapped[str] = mapped_column(String(24))
    value: Mapped[int | None] = mapped_column(Integer)
    reported_at: Mapped[datetime]
    source: Mapped[str] = mapped_column(Text)


class Report(Replicated, Base):
    """A report upward (首报/续报/日报/终报/补报), from draft to sent."""

    __tablename__ = "reports"

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    sequence: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    sections: Mapped[str] = mapped_column(Text)
    snapshot: Mapped[str] = mapped_column(Text)
    signed_by: Mapped[str | None] = mapped_column(Text)
    signed_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    channel: Mapped[str | None] = mapped_column(String(16))


class Instruction(Replicated, Base):
    """A leader's instruction (批示), tracked until done."""

    __tablename__ = "instructions"

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    leader: Mapped[str] = mapped_column(Text)
    given_at: Mapped[datetime]
    text: Mapped[str] = mapped_column(Text)
    done_at: Mapped[datetime | None]
    done_note: Mapped[str] = mapped_column(Text, default="")


class CommandPost(Replicated, Base):
    """One of the two command posts (行政指挥部, 专业指挥部) of an incident."""

    __tablename__ = "command_posts"
    __table_args__ = (UniqueConstraint("incident_id", "kind"),)

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    lead: Mapped[str] = mapped_column(Text)
    contact: Mapped[str] = mapped_column(Text)


class AlarmAck(Replicated, Base):
    """An officer acknowledged a report-clock alarm in one state."""

    __tablename__ = "alarm_acks"

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    report_kind: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))
    acked_by: Mapped[str] = mapped_column(Text)
    acked_at: Mapped[datetime]


class OpLogEntry(Base):
    """One entry of the operation log (值班/处置日志).

    The log is append-only, so it has no update timestamp and no tombstone: a
    correction is a new entry that points at the one it corrects. Triggers
    refuse UPDATE and DELETE.

    Each workstation (``site_id``) keeps its own hash chain: ``site_seq``
    counts that site's entries from 1, ``prev_hash`` is the previous entry's
    ``entry_hash``, and ``entry_hash`` covers every content field (see
    ``console.oplog.chain``). One chain per site lets logs of several
    workstations merge by union after sync and still verify.
    """

    __tablename__ = "oplog_entries"
    __table_args__ = (
        UniqueConstraint("site_id", "site_seq", name="uq_oplog_entries_site_seq"),
    )

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
    event_at: Mapped[datetime | None]
    details: Mapped[str | None] = mapped_column(Text)
    significant: Mapped[bool] = mapped_column(Boolean, default=False)
    site_seq: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(Text)
    entry_hash: Mapped[str] = mapped_column(Text)


class JournalEntry(Base):
    """One change waiting to be shipped to the hub (the sync outbox).

    ``seq`` orders the local journal; ``op_id`` is the change's identity
    everywhere else, so the hub can apply a change once however often it is
    sent.
    """

    __tablename__ = "change_journal"
    __table_args__ = (
        # Changes still waiting, by record, for views' sync marks.
        Index(
            "ix_change_journal_waiting", "row_id", sqlite_where=text("acked_at IS NULL")
        ),
    )

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


class PlanActivation(Replicated, Base):
    """A plan switched on for an incident at a response level."""

    __tablename__ = "plan_activations"

    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    plan_id: Mapped[str] = mapped_column(String(64))
    plan_version: Mapped[str] = mapped_column(Text)
    plan_title: Mapped[str] = mapped_column(Text)
    level: Mapped[str] = mapped_column(String(3))
    activated_by: Mapped[str] = mapped_column(Text)
    activated_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class ChecklistItem(Replicated, Base):
    """One action of an activated plan, with its owner, due time and status.

    ``withdrawn_at`` is set when the level was lowered below the item's own;
    the item and its progress stay on record.
    """

    __tablename__ = "checklist_items"
    __table_args__ = (UniqueConstraint("activation_id", "action_id"),)

    activation_id: Mapped[str] = mapped_column(
        ForeignKey("plan_activations.id"), index=True
    )
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    action_id: Mapped[str] = mapped_column(String(64))
    level: Mapped[str] = mapped_column(String(3))
    position: Mapped[int] = mapped_column(Integer)
    task: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text)
    mandatory: Mapped[bool] = mapped_column(Boolean)
    verification: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(16))
    status_reason: Mapped[str] = mapped_column(Text)
    changed_by: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime]
    withdrawn_at: Mapped[datetime | None]


class PlanRecord(Replicated, Base):
    """A step in a plan's life: review sign-off, filing (备案), revision."""

    __tablename__ = "plan_records"

    plan_id: Mapped[str] = mapped_column(String(64), index=True)
    plan_version: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))
    by: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text)
    prompted_by: Mapped[str] = mapped_column(Text)


REPLICATED_TABLES = (
    Division.__tablename__,
    GeoFeature.__tablename__,
    KpiIndicator.__tablename__,
    Officer.__tablename__,
    Incident.__tablename__,
    LevelDecision.__tablename__,
    CasualtyRevision.__tablename__,
    Report.__tablename__,
    Instruction.__tablename__,
    CommandPost.__tablename__,
    AlarmAck.__tablename__,
    PlanActivation.__tablename__,
    ChecklistItem.__tablename__,
    PlanRecord.__tablename__,
)
