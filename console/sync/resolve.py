"""An officer's decision on a sync conflict, as an ordinary logged operation.

Keeping the winner only closes the conflict; keeping the loser writes the
losing value back to the record (a new change, so it wins everywhere by
HLC) and closes the conflict. Either way the decision is in the operation
log and travels to every replica.
"""

from __future__ import annotations

import json

from console.ops.core import Operations, OpTransaction
from console.store.models import Base, CasualtyRevision, Replicated
from console.store.sync_models import SyncConflict

KEEP_WINNER = "winner"
KEEP_LOSER = "loser"
FIGURES = frozenset({"deaths", "serious_injuries", "injured", "missing", "trapped"})


class ConflictResolutionError(ValueError):
    """The conflict cannot be resolved as asked."""


def _model(table_name: str) -> type[Replicated]:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if getattr(cls, "__tablename__", None) == table_name and issubclass(
            cls, Replicated
        ):
            return cls
    raise ConflictResolutionError(f"no record type for table {table_name!r}")


def resolve_conflict(operations: Operations, conflict_id: str, keep: str) -> None:
    """Close a conflict keeping the ``winner`` or the ``loser`` value."""
    if keep not in (KEEP_WINNER, KEEP_LOSER):
        raise ConflictResolutionError(f"keep must be winner or loser, not {keep!r}")

    def work(tx: OpTransaction) -> None:
        conflict = tx.session.get(SyncConflict, conflict_id)
        if conflict is None:
            raise ConflictResolutionError(f"no conflict {conflict_id!r}")
        if conflict.resolution:
            raise ConflictResolutionError("conflict already resolved")
        chosen = json.loads(
            conflict.loser_value if keep == KEEP_LOSER else conflict.winner_value
        )
        if keep == KEEP_LOSER:
            record = tx.session.get_one(_model(conflict.table_name), conflict.row_id)
            tx.update(record, **{conflict.field: chosen})
            if conflict.table_name == "incidents" and conflict.field in FIGURES:
                tx.insert(
                    CasualtyRevision(
                        incident_id=conflict.row_id,
                        field=conflict.field,
                        value=chosen,
                        reported_at=tx.now,
                        source=f"sync conflict {conflict.id}",
                    )
                )
        tx.update(conflict, resolution=keep, resolved_by=tx.actor, resolved_at=tx.now)
        tx.log(
            f"{conflict.field}={chosen!r} ({keep})",
            target=conflict,
            incident_id=conflict.incident_id,
        )

    operations.run("sync.resolve_conflict", work)
