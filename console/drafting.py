"""Drafting an incident's next report from what the database knows.

The domain (``console.domain.reports``) lays out a report from facts; this
module gathers those facts — the incident, its division, its labels, the
previous report's snapshot, the log — and saves the draft.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain import lifecycle
from console.domain.deadlines import ReportKind
from console.domain.reports import (
    ReportDraft,
    ReportFacts,
    UnitProfile,
    draft_final,
    draft_first,
    draft_followup,
)
from console.domain.taxonomy import Taxonomy
from console.ops.core import Operations
from console.ops.reports import save_draft
from console.store.models import Division, Incident, OpLogEntry, Report
from console.store.types import utcnow

GRADE_LABELS = {
    "I": "Ⅰ级（特别重大）",
    "II": "Ⅱ级（重大）",
    "III": "Ⅲ级（较大）",
    "IV": "Ⅳ级（一般）",
}
RESPONSE_LABELS = {"I": "Ⅰ级响应", "II": "Ⅱ级响应", "III": "Ⅲ级响应", "IV": "Ⅳ级响应"}
STATUS_LABELS = {
    lifecycle.RECEIVED: "接报",
    lifecycle.VERIFIED: "核实",
    lifecycle.HANDLING: "处置中",
    lifecycle.CONTROLLED: "已控制",
    lifecycle.CLOSED: "结束",
}
WARNING_LABELS = {
    "blue": "蓝色预警",
    "yellow": "黄色预警",
    "orange": "橙色预警",
    "red": "红色预警",
}
REPORT_KIND_LABELS = {
    "first_phone": "首报（电话）",
    "first_written": "首报（书面）",
    "followup": "续报",
    "daily": "日报",
    "final": "终报",
    "supplementary": "补报",
}
_HISTORY_ACTIONS = ("incident.", "instruction.", "log.note", "report.send")


def report_facts(
    session: Session, incident: Incident, taxonomy: Taxonomy
) -> ReportFacts:
    """The facts a report states, with Chinese labels."""
    category = taxonomy.category(incident.category)
    type_ = category.type(incident.type) if category else None
    division = (
        session.get(Division, incident.division_id) if incident.division_id else None
    )
    place_parts = [
        "鄞州区",
        division.name if division else "",
        incident.address,
        f"（{incident.lat:.5f}°N，{incident.lon:.5f}°E）"
        if incident.lat is not None and incident.lon is not None
        else "",
    ]
    unit = None
    if incident.category == "accident":
        unit = UnitProfile(
            incident.unit_name,
            incident.unit_address,
            incident.unit_nature,
            incident.unit_scale,
        )
    source = "，".join(
        p
        for p in (incident.source_unit, incident.source_person, incident.source_phone)
        if p
    )
    return ReportFacts(
        title=incident.title,
        category_label=category.zh if category else incident.category,
        type_label=type_.zh if type_ else incident.type,
        occurred_at=incident.occurred_at,
        received_at=incident.received_at,
        place="".join(p for p in place_parts if p),
        source=source,
        deaths=incident.deaths,
        serious_injuries=incident.serious_injuries,
        injured=incident.injured,
        missing=incident.missing,
        trapped=incident.trapped,
        loss_yuan=incident.loss_yuan,
        unit=unit,
        # What the intake described stands in until the cause is written up.
        cause_and_course=incident.cause_and_course or incident.description,
        affected_area_and_trend=incident.affected_area_and_trend,
        measures_taken=incident.measures_taken,
        leaders_on_scene=incident.leaders_on_scene,
        requests=incident.requests,
        commander_contact=incident.commander_contact,
        reporter=incident.reporter,
        grade_label=GRADE_LABELS.get(incident.grade or "", ""),
        response_level_label=RESPONSE_LABELS.get(incident.response_level or "", ""),
        status_label=STATUS_LABELS.get(incident.status, incident.status),
    )


def _previous_snapshot(session: Session, incident_id: str) -> dict[str, str]:
    latest = session.scalar(
        select(Report)
        .where(Report.incident_id == incident_id, Report.sent_at.is_not(None))
        .order_by(Report.sent_at.desc())
        .limit(1)
    )
    return dict(json.loads(latest.snapshot)) if latest is not None else {}


def _history(session: Session, incident_id: str) -> list[str]:
    entries = session.scalars(
        select(OpLogEntry)
        .where(OpLogEntry.incident_id == incident_id)
        .order_by(OpLogEntry.hlc)
    )
    return [
        f"{e.created_at:%m-%d %H:%M} {e.text}"
        for e in entries
        if e.action.startswith(_HISTORY_ACTIONS)
    ]


def _next_sequence(session: Session, incident_id: str, kind: str) -> int:
    sent = session.scalars(
        select(Report.sequence).where(
            Report.incident_id == incident_id,
            Report.kind == kind,
            Report.sent_at.is_not(None),
        )
    )
    return max(sent, default=0) + 1


def draft_report(
    operations: Operations, incident_id: str, kind: ReportKind, taxonomy: Taxonomy
) -> tuple[Report, ReportDraft]:
    """Draft the next report of ``kind`` for an incident and save it."""
    now = utcnow()
    with operations.database.read() as session:
        incident = session.get_one(Incident, incident_id)
        facts = report_facts(session, incident, taxonomy)
        if kind in (ReportKind.FIRST_WRITTEN, ReportKind.FIRST_PHONE):
            draft = draft_first(facts, now)
            draft = ReportDraft(kind, 1, draft.title, draft.sections, draft.snapshot)
        elif kind == ReportKind.FINAL:
            draft = draft_final(facts, _history(session, incident_id), now)
        else:
            draft = draft_followup(
                facts,
                _previous_snapshot(session, incident_id),
                _next_sequence(session, incident_id, kind),
                now,
                kind=kind,
            )
    report = save_draft(
        operations,
        incident_id,
        kind=str(draft.kind),
        sequence=draft.sequence,
        title=draft.title,
        sections=draft.sections,
        snapshot=draft.snapshot,
    )
    return report, draft
