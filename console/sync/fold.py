"""Folding local journal entries into the field versions.

Local operations (``console.ops``) write rows and journal entries but know
nothing of sync. Before a push, and before every page of received changes is
applied, the entries written since the last fold are taken into the
``field_versions`` registers, and for each one we note what the writer had
seen (the base version of each safety-critical field, the status epoch).
Doing it in the same transaction that applies a page guarantees that a
local edit is folded before any change it did not see.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from console.store.models import JournalEntry, OpLogEntry
from console.store.sync_models import SyncOpMeta
from console.sync import protocol, state, tables
from console.sync.merge import Change, RowState, merge_change

FOLD_BATCH = 1000
_UNION_META = '{"base":{},"epoch":0,"reopen":false}'

_journal = cast(Table, JournalEntry.__table__)
_oplog = cast(Table, OpLogEntry.__table__)
_meta = cast(Table, SyncOpMeta.__table__)


def journal_change(row: Any, meta: dict[str, Any] | None = None) -> Change:
    """A journal row as a merge ``Change`` (``meta`` as folded, if known)."""
    meta = meta or {}
    base = {
        k: (v[0], v[1], v[2]) if v else None for k, v in meta.get("base", {}).items()
    }
    return Change(
        op_id=row.op_id,
        table=row.table_name,
        row_id=row.row_id,
        kind=row.change,
        payload=protocol.parse(row.payload),
        version=(row.hlc, row.site_id, row.seq),
        at=state.to_json(row.created_at),
        epoch=int(meta.get("epoch", 0)),
        reopen=bool(meta.get("reopen", False)),
        base=base,
    )


def _is_reopen(connection: Connection, change: Change) -> bool:
    """True when the change came with an explicit reopen operation.

    The journal does not record the operation's name, so the operation-log
    entry of the same transaction (same HLC and site) tells.
    """
    action = tables.REOPEN_ACTIONS.get(change.table)
    group = tables.STATUS_GROUPS.get(change.table)
    if action is None or group is None or group[0] not in change.payload:
        return False
    hlc, site, _ = change.version
    found = connection.scalar(
        select(_oplog.c.id).where(
            _oplog.c.hlc == hlc,
            _oplog.c.site_id == site,
            _oplog.c.action == action,
            _oplog.c.target_id == change.row_id,
        )
    )
    return found is not None


def _annotate(connection: Connection, change: Change, current: RowState) -> Change:
    critical = tables.CRITICAL_FIELDS.get(change.table, frozenset())
    base = {
        name: current.fields[name].version if name in current.fields else None
        for name in change.payload
        if name in critical
    }
    epoch = 0
    group = tables.STATUS_GROUPS.get(change.table)
    if group is not None and group[0] in current.fields:
        epoch = current.fields[group[0]].epoch
    return replace(
        change, base=base, epoch=epoch, reopen=_is_reopen(connection, change)
    )


def _meta_of(change: Change) -> str:
    meta = {
        "base": {k: list(v) if v else None for k, v in change.base.items()},
        "epoch": change.epoch,
        "reopen": change.reopen,
    }
    return protocol.text(meta)


def fold(connection: Connection, limit: int = FOLD_BATCH) -> int:
    """Fold up to ``limit`` new journal entries; return how many."""
    last = int(state.get(connection, state.FOLDED_SEQ) or 0)
    rows = connection.execute(
        select(_journal)
        .where(_journal.c.seq > last)
        .order_by(_journal.c.seq)
        .limit(limit)
    ).all()
    if not rows:
        return 0
    registry = tables.registry()
    merged = [
        r for r in rows if r.table_name in registry and not registry[r.table_name].union
    ]
    versions = state.load_versions(
        connection, {(r.table_name, r.row_id) for r in merged}
    )
    metas = []
    for row in rows:
        info = registry.get(row.table_name)
        meta = _UNION_META
        if info is not None and not info.union:
            change = journal_change(row)
            current = versions.setdefault((change.table, change.row_id), RowState())
            change = _annotate(connection, change, current)
            merge_change(current, change)
            meta = _meta_of(change)
        metas.append(
            {
                "op_id": row.op_id,
                "meta": meta,
                "sent_at": None,
                "hub_seq": None,
            }
        )
    connection.execute(sqlite_insert(_meta).on_conflict_do_nothing(), metas)
    state.save_versions(connection, versions)
    state.put(connection, state.FOLDED_SEQ, str(rows[-1].seq))
    return len(rows)
