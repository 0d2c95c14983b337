"""Accepting a batch of pushed operations.

Each operation is judged on its own (a bad one is rejected with a reason,
one the hub cannot interpret is quarantined, a duplicate gets the hub
sequence number of its original) and the accepted ones are merged and
appended to the space's change log in one transaction.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from console.clock import HybridClock
from console.hub import rows, schema
from console.hub.rows import DISTRICT, EVERYONE, RowRecord
from console.hub.store import Device, get_meta, last_seq, now_ms, set_meta
from console.sync import merge, protocol, tables
from console.sync.merge import Change, RowState

_log = logging.getLogger("eoc.hub")

CONFLICT_NAMESPACE = uuid.UUID("3f0f6c1a-5b1e-4e7e-9d8e-2a6f0c9b7d41")


@dataclass
class Batch:
    """The state of one push while it is being processed."""

    connection: Connection
    hub_id: str
    device: Device
    space: str
    clock: HybridClock
    max_skew_ms: int
    hlc: int
    next_seq: int
    records: dict[tuple[str, str], RowRecord] = field(default_factory=dict)
    shared: set[str] = field(default_factory=set)
    changes: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    moved: dict[str, str] = field(default_factory=dict)
    share_rows: set[str] = field(default_factory=set)


def _result(op_id: Any, status: str, **extra: Any) -> dict[str, Any]:
    return {"op_id": str(op_id), "status": status, **extra}


def _check(change: Change, raw: dict[str, Any], batch: Batch) -> tuple[str, str] | None:
    """(status, reason) when the operation cannot be accepted."""
    version = raw.get("schema_version")
    if not isinstance(version, int) or not (
        protocol.SCHEMA_MIN <= version <= protocol.SCHEMA_MAX
    ):
        return protocol.QUARANTINED, f"schema version {version!r} not supported"
    info = tables.registry().get(change.table)
    if info is None:
        return protocol.QUARANTINED, f"table {change.table!r} not known to this hub"
    if change.version[1] != batch.device.site_id:
        return protocol.REJECTED, "operation is not from this workstation"
    if protocol.space_of(raw) != batch.space:
        return protocol.REJECTED, "operation is for another space"
    if info.union and change.kind != "insert":
        return protocol.REJECTED, f"{change.table} is append-only"
    return None


def _anchor_of(
    info: tables.TableInfo, key: tuple[str, str], record: RowRecord
) -> str | None:
    if info.anchor is None:
        return None
    if info.anchor == "id":
        return key[1]
    value = record.value(info.anchor)
    return str(value) if value else None


def _scope_of(
    info: tables.TableInfo, key: tuple[str, str], record: RowRecord, batch: Batch
) -> str:
    if info.reference:
        return EVERYONE
    if info.division is not None:
        value = record.value(info.division)
        if value:
            return str(value)
    anchor = _anchor_of(info, key, record)
    if anchor is not None and anchor != key[1]:
        parent = batch.records.get(("incidents", anchor))
        if parent is not None:
            return parent.scope
    if record.stored or record.dirty:
        return record.scope
    return batch.device.scope or DISTRICT


def _allowed(batch: Batch, scope: str, anchor: str | None) -> bool:
    own = batch.device.scope
    return own is None or scope in (EVERYONE, own) or anchor in batch.shared


def _conflict_change(batch: Batch, conflict: merge.Conflict) -> Change:
    """The hub's own operation recording a conflict in ``sync_conflicts``."""
    batch.hlc = batch.clock.tick(batch.hlc)
    row_id = str(
        uuid.uuid5(
            CONFLICT_NAMESPACE,
            f"{conflict.loser.op}/{conflict.field}/{conflict.winner.op}",
        )
    )
    now = datetime.now(UTC).isoformat()
    incident = conflict.row_id if conflict.table == "incidents" else None
    payload = {
        "id": row_id,
        "created_at": now,
        "updated_at": now,
        "hlc": batch.hlc,
        "site_id": batch.hub_id,
        "deleted_at": None,
        "table_name": conflict.table,
        "row_id": conflict.row_id,
        "incident_id": incident,
        "field": conflict.field,
        "winner_value": json.dumps(conflict.winner.value, ensure_ascii=False),
        "winner_hlc": conflict.winner.version[0],
        "winner_site": conflict.winner.version[1],
        "winner_op_id": conflict.winner.op,
        "loser_value": json.dumps(conflict.loser.value, ensure_ascii=False),
        "loser_hlc": conflict.loser.version[0],
        "loser_site": conflict.loser.version[1],
        "loser_op_id": conflict.loser.op,
        "resolution": "",
        "resolved_by": "",
        "resolved_at": None,
    }
    return Change(
        op_id=row_id,
        table="sync_conflicts",
        row_id=row_id,
        kind="insert",
        payload=payload,
        version=(batch.hlc, batch.hub_id, batch.next_seq),
        at=now,
    )


def _append(
    batch: Batch, change: Change, record: RowRecord, schema_version: int
) -> int:
    seq = batch.next_seq
    batch.next_seq += 1
    batch.changes.append(
        {
            "hub_seq": seq,
            "op_id": change.op_id,
            "device_id": batch.device.device_id,
            "site_id": change.version[1],
            "hlc": change.version[0],
            "seq": change.version[2],
            "table_name": change.table,
            "row_id": change.row_id,
            "change": change.kind,
            "payload": protocol.text(change.payload),
            "epoch": change.epoch,
            "reopen": change.reopen,
            "schema_version": schema_version,
            "at": change.at,
            "scope": record.scope,
            "anchor": record.anchor,
            "received_ms": now_ms(),
        }
    )
    return seq


def _union_record(record: RowRecord, change: Change) -> RowRecord:
    """An append-only row: the first insert stays, later ones change nothing."""
    if record.stored or record.dirty:
        return record
    return RowRecord(
        state=RowState(stamp=merge.Stamp(change.at, change.version)),
        union=dict(change.payload),
        union_op=change.op_id,
    )


def _apply(batch: Batch, change: Change, schema_version: int) -> tuple[int | None, str]:
    """Merge one accepted operation; (hub_seq, "") or (None, reason)."""
    info = tables.registry()[change.table]
    key = (change.table, change.row_id)
    record = batch.records.get(key) or RowRecord()
    before = (record.scope, record.anchor) if record.stored or record.dirty else None
    if before is not None and not _allowed(batch, *before):
        return None, f"{change.table} {change.row_id} is outside this device's scope"
    if info.union:
        trial, conflicts, won = _union_record(record, change), [], {}
    else:
        trial = RowRecord(
            RowState(dict(record.state.fields), record.state.stamp),
            record.anchor,
            record.scope,
            record.stored,
            record.dirty,
        )
        conflicts = merge.concurrent_edits(trial.state, change)
        won = merge.merge_change(trial.state, change)
    trial.anchor = _anchor_of(info, key, trial)
    trial.scope = _scope_of(info, key, trial, batch)
    if not _allowed(batch, trial.scope, trial.anchor):
        return None, f"{change.table} {change.row_id} is outside this device's scope"
    trial.dirty = True
    batch.records[key] = trial
    if change.table == "incidents" and before is not None and trial.scope != before[0]:
        batch.moved[change.row_id] = trial.scope
    if change.table == "sync_shares" and won:
        batch.share_rows.add(change.row_id)
    seq = _append(batch, change, trial, schema_version)
    for conflict in conflicts:
        conflict_change = _conflict_change(batch, conflict)
        _apply(batch, conflict_change, protocol.SCHEMA_MAX)
    return seq, ""


def _load(batch: Batch, changes: list[Change]) -> None:
    keys = {(c.table, c.row_id) for c in changes}
    batch.records = rows.load(batch.connection, batch.space, keys)
    anchors = {("incidents", r.anchor) for r in batch.records.values() if r.anchor}
    for change in changes:
        value = change.payload.get("incident_id")
        if isinstance(value, str):
            anchors.add(("incidents", value))
    missing = anchors - batch.records.keys()
    batch.records.update(rows.load(batch.connection, batch.space, missing))
    if batch.device.scope is not None:
        batch.shared = set(
            batch.connection.scalars(
                select(schema.shares.c.incident_id).where(
                    schema.shares.c.space == batch.space,
                    schema.shares.c.division_id == batch.device.scope,
                )
            )
        )


def _existing(batch: Batch, op_ids: list[str]) -> dict[str, int]:
    """Hub sequence numbers of ops already taken, compacted ones included."""
    found: dict[str, int] = {}
    for table in (schema.changes[batch.space], schema.seen[batch.space]):
        for start in range(0, len(op_ids), 500):
            chunk = op_ids[start : start + 500]
            result = batch.connection.execute(
                select(table.c.op_id, table.c.hub_seq).where(table.c.op_id.in_(chunk))
            )
            found.update({row.op_id: row.hub_seq for row in result})
    return found


def _refetch(batch: Batch, division: str) -> None:
    """Devices of ``division`` missed history that is now theirs: rebuild."""
    batch.connection.execute(
        update(schema.devices)
        .where(schema.devices.c.scope == division)
        .values(refetch_before=batch.next_seq - 1)
    )


def _after(batch: Batch) -> None:
    """Shares and division moves change who sees what."""
    space = batch.space
    for row_id in batch.share_rows:
        values = batch.records[("sync_shares", row_id)].state.values()
        incident, division = values.get("incident_id"), values.get("division_id")
        if not incident or not division:
            continue
        batch.connection.execute(
            delete(schema.shares).where(
                schema.shares.c.space == space,
                schema.shares.c.incident_id == incident,
                schema.shares.c.division_id == division,
            )
        )
        if values.get("deleted_at") is None:
            batch.connection.execute(
                insert(schema.shares).values(
                    space=space, incident_id=incident, division_id=division
                )
            )
            _refetch(batch, str(division))
    table = schema.rows[space]
    for incident, scope in batch.moved.items():
        for record in batch.records.values():
            if record.anchor == incident:
                record.scope = scope
        batch.connection.execute(
            update(table).where(table.c.anchor == incident).values(scope=scope)
        )
        _refetch(batch, scope)


def push(
    connection: Connection,
    *,
    hub_id: str,
    device: Device,
    space: str,
    raw_ops: list[Any],
    clock: HybridClock,
    max_skew_ms: int,
) -> dict[str, Any]:
    """Process one push request's operations; the reply body."""
    batch = Batch(
        connection=connection,
        hub_id=hub_id,
        device=device,
        space=space,
        clock=clock,
        max_skew_ms=max_skew_ms,
        hlc=int(get_meta(connection, "hlc") or 0),
        next_seq=last_seq(connection, space) + 1,
    )
    results: list[dict[str, Any] | None] = [None] * len(raw_ops)
    accepted: list[tuple[int, Change, int]] = []
    for index, raw in enumerate(raw_ops):
        op_id = raw.get("op_id", "?") if isinstance(raw, dict) else "?"
        try:
            change = protocol.change_from_wire(raw)
            problem = _check(change, raw, batch)
        except protocol.ProtocolError as exc:
            results[index] = _result(op_id, protocol.REJECTED, reason=str(exc))
            continue
        if problem is not None:
            status, reason = problem
            if status == protocol.QUARANTINED:
                _quarantine(batch, change.op_id, reason, raw)
            results[index] = _result(change.op_id, status, reason=reason)
            continue
        accepted.append((index, change, int(raw["schema_version"])))

    existing = _existing(batch, [c.op_id for _, c, _ in accepted])
    _load(batch, [c for _, c, _ in accepted])
    skewed = 0
    for index, change, schema_version in accepted:
        if change.op_id in existing:
            seq = existing[change.op_id]
            results[index] = _result(change.op_id, protocol.DUPLICATE, hub_seq=seq)
            continue
        hub_seq, reason = _apply(batch, change, schema_version)
        if hub_seq is None:
            results[index] = _result(change.op_id, protocol.REJECTED, reason=reason)
            continue
        existing[change.op_id] = hub_seq
        results[index] = _result(change.op_id, protocol.OK, hub_seq=hub_seq)
        batch.hlc = clock.receive(batch.hlc, change.version[0])
        skewed = max(skewed, clock.skew_ms(change.version[0]))

    if skewed > max_skew_ms:
        batch.warnings.append(
            f"operations from this workstation are {skewed // 60000} min ahead of "
            "the hub's clock; check the workstation's time"
        )
        _log.warning("device %s clock ahead by %d ms", device.device_id, skewed)
    _after(batch)
    if batch.changes:
        connection.execute(insert(schema.changes[space]), batch.changes)
    rows.save(connection, space, batch.records)
    set_meta(connection, "hlc", str(batch.hlc))
    return {"results": results, "hub_hlc": batch.hlc, "warnings": batch.warnings}


def _quarantine(batch: Batch, op_id: str, reason: str, raw: Any) -> None:
    batch.connection.execute(
        insert(schema.quarantine).values(
            op_id=op_id,
            device_id=batch.device.device_id,
            space=batch.space,
            received_ms=now_ms(),
            reason=reason,
            body=json.dumps(raw, ensure_ascii=False),
        )
    )
