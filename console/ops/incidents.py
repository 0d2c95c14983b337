"""Operations on incidents."""

from __future__ import annotations

from console.domain.incidents import STATUS_RECEIVED, IncidentDraft
from console.ops.core import Operations, OpTransaction
from console.store.models import Incident


def create_incident(operations: Operations, draft: IncidentDraft) -> Incident:
    """Register a new incident; the log records who registered it and when.

    The draft must have been validated (``console.domain.incidents``); the
    database constraints are the last line, not the first.
    """

    def work(tx: OpTransaction) -> Incident:
        incident = Incident(
            title=draft.title.strip(),
            category=draft.category,
            type=draft.type,
            occurred_at=draft.occurred_at,
            received_at=tx.now,
            lat=draft.lat,
            lon=draft.lon,
            division_id=draft.division_id,
            description=draft.description,
            grade=draft.grade,
            status=STATUS_RECEIVED,
        )
        tx.insert(incident)
        tx.log(incident.title, target=incident, incident_id=incident.id)
        return incident

    return operations.run("incident.create", work)


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
