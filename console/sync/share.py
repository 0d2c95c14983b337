"""Sharing an incident down to a town or street outside its own division.

A share is a replicated record; the hub reads it to widen what that
division's devices see, and makes them rebuild so they get the incident's
history too.
"""

from __future__ import annotations

from console.ops.core import Operations, OpTransaction
from console.store.models import Incident
from console.store.sync_models import SyncShare


def share_incident(
    operations: Operations, incident_id: str, division_id: str
) -> SyncShare:
    """Let ``division_id``'s workstations see incident ``incident_id``."""

    def work(tx: OpTransaction) -> SyncShare:
        incident = tx.session.get_one(Incident, incident_id)
        share = SyncShare(incident_id=incident.id, division_id=division_id)
        tx.insert(share)
        tx.log(f"shared to {division_id}", target=share, incident_id=incident.id)
        return share

    return operations.run("sync.share", work)
