"""Read-side queries the views use. They never write."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select

from console.seed import DISTRICT_CODE, DISTRICT_OUTLINE_KIND
from console.store.engine import Database
from console.store.models import (
    AlarmAck,
    Base,
    CasualtyRevision,
    CommandPost,
    Division,
    GeoFeature,
    Incident,
    Instruction,
    LevelDecision,
    Officer,
    OpLogEntry,
    Report,
)


def active_incidents(database: Database) -> list[Incident]:
    """Incidents not tombstoned, newest first."""
    with database.read() as session:
        return list(
            session.scalars(
                select(Incident)
                .where(Incident.deleted_at.is_(None))
                .order_by(Incident.received_at.desc())
            )
        )


def incident(database: Database, incident_id: str) -> Incident | None:
    with database.read() as session:
        return session.get(Incident, incident_id)


M = TypeVar("M", bound=Base)

SHORT_ID = 8
MIN_PREFIX = 4


def by_id_start(
    database: Database, model: type[M], text: str, *, limit: int = 5
) -> list[M]:
    """The record whose id is ``text``, else those whose id starts with it.

    Ids are UUIDs, too long to type at a duty desk; the first eight
    characters (``SHORT_ID``) single a record out at any workstation's
    scale. Fewer than ``MIN_PREFIX`` characters match nothing.
    """
    with database.read() as session:
        exact = session.get(model, text)
        if exact is not None:
            return [exact]
        if len(text) < MIN_PREFIX:
            return []
        column = model.__table__.c.id
        return list(
            session.scalars(
                select(model)
                .where(column.startswith(text, autoescape=True))
                .order_by(column)
                .limit(limit)
            )
        )


def log_entries(database: Database, *, limit: int = 500) -> list[OpLogEntry]:
    """The newest ``limit`` entries, newest first."""
    with database.read() as session:
        return list(
            session.scalars(
                select(OpLogEntry)
                .order_by(OpLogEntry.hlc.desc(), OpLogEntry.site_id.desc())
                .limit(limit)
            )
        )


def divisions(database: Database) -> list[Division]:
    """Divisions in code order; functional areas (no code) last."""
    with database.read() as session:
        rows = session.scalars(select(Division).where(Division.deleted_at.is_(None)))
        return sorted(rows, key=lambda d: (d.code is None, d.code or "", d.name))


def officer_names(database: Database) -> list[str]:
    with database.read() as session:
        return sorted(
            session.scalars(select(Officer.name).where(Officer.deleted_at.is_(None)))
        )


@dataclass(frozen=True)
class OutlineRecord:
    """The district outline as stored, with where it came from."""

    collection: dict[str, Any]
    source: str


def district_outline(database: Database) -> OutlineRecord | None:
    with database.read() as session:
        feature = session.scalar(
            select(GeoFeature).where(
                GeoFeature.kind == DISTRICT_OUTLINE_KIND,
                GeoFeature.code == DISTRICT_CODE,
                GeoFeature.deleted_at.is_(None),
            )
        )
    if feature is None:
        return None
    return OutlineRecord(json.loads(feature.geometry), feature.source)


def command_posts(database: Database, incident_id: str) -> list[CommandPost]:
    with database.read() as session:
        return list(
            session.scalars(
                select(CommandPost)
                .where(
                    CommandPost.incident_id == incident_id,
                    CommandPost.deleted_at.is_(None),
                )
                .order_by(CommandPost.kind)
            )
        )


def instructions(
    database: Database, incident_id: str, *, open_only: bool = False
) -> list[Instruction]:
    """Leaders' instructions of an incident, oldest first."""
    query = select(Instruction).where(
        Instruction.incident_id == incident_id, Instruction.deleted_at.is_(None)
    )
    if open_only:
        query = query.where(Instruction.done_at.is_(None))
    with database.read() as session:
        return list(session.scalars(query.order_by(Instruction.given_at)))


def reports(database: Database, incident_id: str) -> list[Report]:
    """Reports of an incident in the order they were drafted."""
    with database.read() as session:
        return list(
            session.scalars(
                select(Report)
                .where(Report.incident_id == incident_id, Report.deleted_at.is_(None))
                .order_by(Report.hlc)
            )
        )


def figure_history(database: Database, incident_id: str) -> list[CasualtyRevision]:
    """Every reported value of every figure, oldest first."""
    with database.read() as session:
        return list(
            session.scalars(
                select(CasualtyRevision)
                .where(CasualtyRevision.incident_id == incident_id)
                .order_by(CasualtyRevision.hlc, CasualtyRevision.field)
            )
        )


def level_decisions(database: Database, incident_id: str) -> list[LevelDecision]:
    with database.read() as session:
        return list(
            session.scalars(
                select(LevelDecision)
                .where(LevelDecision.incident_id == incident_id)
                .order_by(LevelDecision.hlc)
            )
        )


def alarm_acks(database: Database) -> list[AlarmAck]:
    with database.read() as session:
        return list(session.scalars(select(AlarmAck).order_by(AlarmAck.hlc)))


def incident_log(
    database: Database, incident_id: str, *, limit: int = 50
) -> list[OpLogEntry]:
    """The newest entries about one incident, newest first."""
    with database.read() as session:
        return list(
            session.scalars(
                select(OpLogEntry)
                .where(OpLogEntry.incident_id == incident_id)
                .order_by(OpLogEntry.hlc.desc())
                .limit(limit)
            )
        )
