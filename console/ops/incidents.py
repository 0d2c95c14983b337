"""Operations on incidents: intake, completion, figures and the lifecycle."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from console.domain import lifecycle
from console.domain.grading import IncidentFacts, suggest_grade
from console.domain.incidents import (
    FIGURE_FIELDS,
    TEXT_FIELDS,
    Figures,
    IncidentDraft,
)
from console.ops.core import NothingChanged, Operations, OpTransaction
from console.rulebook import shipped
from console.store.models import CasualtyRevision, Incident, LevelDecision

# Fields an officer may complete or correct after registration.
EDITABLE_FIELDS = frozenset(
    {
        *TEXT_FIELDS,
        "title",
        "description",
        "occurred_at",
        "received_at",
        "lat",
        "lon",
        "division_id",
        "loss_yuan",
    }
)


class GradeReasonRequiredError(ValueError):
    """A grade other than the suggested one was set without a reason."""


def facts_of(incident: Incident) -> IncidentFacts:
    """The facts grading looks at, as the incident now states them."""
    return IncidentFacts(
        category=incident.category,
        type=incident.type,
        deaths=incident.deaths,
        serious_injuries=incident.serious_injuries,
        injured=incident.injured,
        missing=incident.missing,
        trapped=incident.trapped,
        endangered=incident.endangered,
        evacuated=incident.evacuated,
        loss_yuan=incident.loss_yuan,
    )


def _grade_was_decided(tx: OpTransaction, incident_id: str) -> bool:
    decided = tx.session.scalar(
        select(LevelDecision.id).where(
            LevelDecision.incident_id == incident_id,
            LevelDecision.level_kind == "grade",
            LevelDecision.deleted_at.is_(None),
        )
    )
    return decided is not None


def _regrade(tx: OpTransaction, incident: Incident) -> None:
    """Refresh the suggested grade; the grade follows it unless decided."""
    suggestion = suggest_grade(facts_of(incident), shipped().grading)
    values: dict[str, Any] = {
        "grade_suggested": suggestion.grade,
        "near_miss": suggestion.near_miss,
    }
    if not _grade_was_decided(tx, incident.id) and suggestion.grade is not None:
        values["grade"] = suggestion.grade
    tx.update(incident, **values)


def _record_figures(
    tx: OpTransaction,
    incident: Incident,
    figures: Mapping[str, int | None],
    source: str,
) -> dict[str, int | None]:
    changed = {
        name: value
        for name, value in figures.items()
        if name in FIGURE_FIELDS and getattr(incident, name) != value
    }
    for name, value in changed.items():
        tx.insert(
            CasualtyRevision(
                incident_id=incident.id,
                field=name,
                value=value,
                reported_at=tx.now,
                source=source,
            )
        )
    if changed:
        tx.update(incident, **changed)
    return changed


def _decide_grade(
    tx: OpTransaction, incident: Incident, grade: str, reason: str, decided_by: str
) -> None:
    suggested = incident.grade_suggested
    if suggested is not None and grade != suggested and not reason.strip():
        raise GradeReasonRequiredError(f"grade {grade} differs from {suggested}")
    tx.insert(
        LevelDecision(
            incident_id=incident.id,
            level_kind="grade",
            value=grade,
            previous=incident.grade,
            decided_by=decided_by,
            decided_at=tx.now,
            reason=reason.strip(),
        )
    )
    tx.update(incident, grade=grade)


def _figures_dict(figures: Figures) -> dict[str, int | None]:
    return {name: getattr(figures, name) for name in FIGURE_FIELDS}


def create_incident(operations: Operations, draft: IncidentDraft) -> Incident:
    """Register a new incident with whatever is known (先报已掌握的情况).

    The draft must have been validated (``console.domain.incidents``). The
    grade is suggested from the figures where a rule applies; a grade the
    officer chose that differs from the suggestion needs ``grade_reason``.
    """
    details = draft.details

    def work(tx: OpTransaction) -> Incident:
        incident = Incident(
            title=draft.title.strip(),
            category=draft.category,
            type=draft.type,
            occurred_at=draft.occurred_at,
            received_at=details.received_at or tx.now,
            lat=draft.lat,
            lon=draft.lon,
            division_id=draft.division_id,
            description=draft.description,
            grade=None,
            status=lifecycle.RECEIVED,
            loss_yuan=details.loss_yuan,
            warning_level=details.warning_level,
            **{name: getattr(details, name) for name in TEXT_FIELDS},
        )
        tx.insert(incident)
        tx.log(incident.title, target=incident, incident_id=incident.id)
        source = details.source_unit or details.reporter or tx.actor
        _record_figures(tx, incident, _figures_dict(details.figures), source)
        _regrade(tx, incident)
        if draft.grade is not None and draft.grade != incident.grade:
            _decide_grade(tx, incident, draft.grade, draft.grade_reason, tx.actor)
        return incident

    return operations.run("incident.create", work)


def update_incident(
    operations: Operations, incident_id: str, changes: Mapping[str, Any]
) -> list[str]:
    """Complete or correct facts of an incident; returns the changed fields."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")

    def work(tx: OpTransaction) -> list[str]:
        incident = tx.session.get_one(Incident, incident_id)
        changed = [k for k, v in changes.items() if getattr(incident, k) != v]
        if not changed:
            raise NothingChanged
        tx.update(incident, **{k: changes[k] for k in changed})
        _regrade(tx, incident)
        tx.log(",".join(changed), target=incident, incident_id=incident.id)
        return changed

    if not changes:
        return []
    try:
        return operations.run("incident.update", work)
    except NothingChanged:
        return []


def record_figures(
    operations: Operations,
    incident_id: str,
    figures: Mapping[str, int | None],
    *,
    source: str,
) -> dict[str, int | None]:
    """Record new casualty or exposure figures, keeping every revision."""
    unknown = set(figures) - set(FIGURE_FIELDS)
    if unknown:
        raise ValueError(f"not a figure: {sorted(unknown)}")

    def work(tx: OpTransaction) -> dict[str, int | None]:
        incident = tx.session.get_one(Incident, incident_id)
        changed = _record_figures(tx, incident, figures, source)
        _regrade(tx, incident)
        summary = ",".join(f"{k}={'?' if v is None else v}" for k, v in changed.items())
        tx.log(summary or "-", target=incident, incident_id=incident.id)
        return changed

    return operations.run("incident.figures", work)


def set_grade(
    operations: Operations,
    incident_id: str,
    grade: str,
    *,
    reason: str = "",
    decided_by: str | None = None,
) -> Incident:
    """Set the event grade; overriding the suggestion needs a reason."""

    def work(tx: OpTransaction) -> Incident:
        incident = tx.session.get_one(Incident, incident_id)
        _decide_grade(tx, incident, grade, reason, decided_by or tx.actor)
        tx.log(f"{grade}|{reason.strip()}", target=incident, incident_id=incident.id)
        return incident

    return operations.run("incident.grade", work)


def _decide_level(
    tx: OpTransaction,
    incident: Incident,
    kind: str,
    value: str | None,
    decided_by: str,
    reason: str,
) -> None:
    record_level_decision(tx, incident, kind, value, decided_by, reason)
    tx.log(
        f"{value or '-'}|{decided_by}|{reason.strip()}",
        target=incident,
        incident_id=incident.id,
    )


def record_level_decision(
    tx: OpTransaction,
    incident: Incident,
    kind: str,
    value: str | None,
    decided_by: str,
    reason: str,
) -> None:
    """Set a level of ``incident`` and keep who decided it, when and why.

    The caller logs the decision in its own words (a plan activation says
    which plan started the response).
    """
    column = f"{kind}_level"
    tx.insert(
        LevelDecision(
            incident_id=incident.id,
            level_kind=kind,
            value=value,
            previous=getattr(incident, column),
            decided_by=decided_by,
            decided_at=tx.now,
            reason=reason.strip(),
        )
    )
    tx.update(incident, **{column: value})


def set_response_level(
    operations: Operations,
    incident_id: str,
    level: str | None,
    *,
    decided_by: str,
    reason: str = "",
) -> Incident:
    """Start, raise, lower or (with None) end the emergency response.

    The decision belongs to the command (e.g. 区防指 总指挥), whose name is
    recorded; the officer on duty only records it.
    """
    if not decided_by.strip():
        raise ValueError("a response level decision needs who decided it")

    def work(tx: OpTransaction) -> Incident:
        incident = tx.session.get_one(Incident, incident_id)
        _decide_level(tx, incident, "response", level, decided_by.strip(), reason)
        return incident

    return operations.run("incident.response_level", work)


def set_warning_level(
    operations: Operations, incident_id: str, level: str | None, *, source: str
) -> Incident:
    """Record the warning signal in force (蓝/黄/橙/红) and who issued it."""

    def work(tx: OpTransaction) -> Incident:
        incident = tx.session.get_one(Incident, incident_id)
        _decide_level(tx, incident, "warning", level, source, "")
        return incident

    return operations.run("incident.warning_level", work)


def advance_status(operations: Operations, incident_id: str, status: str) -> Incident:
    """Move an incident forward in its lifecycle (接报 → … → 结束)."""

    def work(tx: OpTransaction) -> Incident:
        incident = tx.session.get_one(Incident, incident_id)
        lifecycle.check_advance(incident.status, status)
        closed_at = tx.now if status == lifecycle.CLOSED else None
        tx.update(incident, status=status, closed_at=closed_at)
        tx.log(status, target=incident, incident_id=incident.id)
        return incident

    return operations.run("incident.status", work)


def reopen_incident(operations: Operations, incident_id: str, reason: str) -> Incident:
    """Reopen a closed incident; only this explicit step can do it."""
    if not reason.strip():
        raise ValueError("reopening needs a reason")

    def work(tx: OpTransaction) -> Incident:
        incident = tx.session.get_one(Incident, incident_id)
        lifecycle.check_reopen(incident.status)
        tx.update(incident, status=lifecycle.REOPENED, closed_at=None)
        tx.log(reason.strip(), target=incident, incident_id=incident.id)
        return incident

    return operations.run("incident.reopen", work)


def move_incident(
    operations: Operations, incident_id: str, lat: float, lon: float
) -> Incident:
    """Correct an incident's map position."""

    def work(tx: OpTransaction) -> Incident:
        incident = tx.session.get_one(Incident, incident_id)
        tx.update(incident, lat=lat, lon=lon)
        tx.log(f"{lat:.6f},{lon:.6f}", target=incident, incident_id=incident.id)
        return incident

    return operations.run("incident.move", work)


def archive_incident(operations: Operations, incident_id: str, reason: str) -> None:
    """Remove an incident registered in error (a tombstone; it stays on record)."""

    def work(tx: OpTransaction) -> None:
        incident = tx.session.get_one(Incident, incident_id)
        tx.tombstone(incident)
        tx.log(reason, target=incident, incident_id=incident.id)

    operations.run("incident.archive", work)
