"""Serving changes after a cursor, and snapshots for a rebuild.

A device sees the changes of its division, the reference data everyone
shares, and the incidents shared down to it; a district device (no scope)
sees everything. A cursor older than the space's horizon, one from another
hub, or one the hub invalidated for this device (new history became visible
to it) gets ``must-refetch`` instead of changes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, func, or_, select

from console.hub import schema
from console.hub.rows import EVERYONE, decode
from console.hub.store import Device, horizon, last_seq
from console.sync import protocol, tables


class MustRefetch(Exception):
    """The cursor can no longer be served."""


def _visible(table: Table, device: Device, space: str) -> ColumnElement[bool] | None:
    if device.scope is None:
        return None
    shared = select(schema.shares.c.incident_id).where(
        schema.shares.c.space == space,
        schema.shares.c.division_id == device.scope,
    )
    return or_(
        table.c.scope.in_([EVERYONE, device.scope]),
        table.c.anchor.in_(shared),
    )


def check_cursor(
    connection: Connection, hub_id: str, device: Device, space: str, cursor: str | None
) -> int:
    """The sequence number a cursor stands for, or raise ``MustRefetch``."""
    parsed = protocol.parse_cursor(cursor)
    seq = 0
    if parsed is not None:
        cursor_hub, cursor_space, seq = parsed
        if cursor_hub != hub_id:
            raise MustRefetch("the cursor is from another hub")
        if cursor_space != space:
            raise MustRefetch("the cursor is for another space")
    if seq < horizon(connection, space):
        raise MustRefetch("the cursor is older than the hub's history")
    if seq < device.refetch_before:
        raise MustRefetch("records became visible to this device; rebuild")
    if seq > last_seq(connection, space):
        raise MustRefetch("the cursor is ahead of the hub")
    return seq


def _wire(row: Any) -> dict[str, Any]:
    return {
        "hub_seq": row.hub_seq,
        "op_id": row.op_id,
        "table": row.table_name,
        "row_id": row.row_id,
        "change": row.change,
        "payload": protocol.stored(row.payload),
        "hlc": row.hlc,
        "site_id": row.site_id,
        "seq": row.seq,
        "at": row.at,
        "schema_version": row.schema_version,
        "epoch": row.epoch,
        "reopen": row.reopen,
    }


def _stub(row: Any) -> dict[str, Any]:
    """A change the device made itself: its ids are enough to check it has it."""
    return {"hub_seq": row.hub_seq, "op_id": row.op_id, "own": True}


def pull(
    connection: Connection,
    *,
    hub_id: str,
    device: Device,
    space: str,
    cursor: str | None,
    limit: int,
    own_as_ids: bool = False,
    counts: bool = False,
) -> dict[str, Any]:
    """One page of changes after ``cursor``.

    With ``own_as_ids`` the device's own changes come as stubs: it made
    them, so sending them whole is wasted unless its database was restored
    from a backup, and then it asks for the page in full. With ``counts``
    the last page also says how many records of each table the device may
    see (``console.sync.census``), unless a push landed while they were
    counted, which would make them disagree with the cursor.
    """
    seq = check_cursor(connection, hub_id, device, space, cursor)
    table = schema.changes[space]
    top = last_seq(connection, space)
    query = select(table).where(table.c.hub_seq > seq, table.c.hub_seq <= top)
    visible = _visible(table, device, space)
    if visible is not None:
        query = query.where(visible)
    rows = connection.execute(query.order_by(table.c.hub_seq).limit(limit)).all()
    more = len(rows) == limit
    next_seq = rows[-1].hub_seq if more else top
    reply: dict[str, Any] = {
        "changes": [
            _stub(row) if own_as_ids and row.site_id == device.site_id else _wire(row)
            for row in rows
        ],
        "cursor": protocol.make_cursor(hub_id, space, next_seq),
        "more": more,
    }
    if counts and not more:
        counted = census(connection, device, space)
        if last_seq(connection, space) == top:
            reply["counts"] = counted
    return reply


def census(connection: Connection, device: Device, space: str) -> dict[str, int]:
    """Records per table that ``device`` may see, tombstoned ones included."""
    table = schema.rows[space]
    query = select(table.c.table_name, func.count()).group_by(table.c.table_name)
    visible = _visible(table, device, space)
    if visible is not None:
        query = query.where(visible)
    return {name: int(n) for name, n in connection.execute(query)}


def snapshot(
    connection: Connection,
    *,
    hub_id: str,
    device: Device,
    space: str,
    after: list[str] | None,
    at_seq: int | None,
    limit: int,
) -> dict[str, Any]:
    """One page of merged records, in foreign-key order of their tables.

    The first page fixes ``at_seq``, the last sequence number before it was
    read: every change after it is either in a later page or pulled after
    the snapshot, and merging twice is harmless.
    """
    if at_seq is None:
        at_seq = last_seq(connection, space)
    order = list(tables.registry())
    start_table, start_row = (after[0], after[1]) if after else (order[0], "")
    table = schema.rows[space]
    visible = _visible(table, device, space)
    page: list[dict[str, Any]] = []
    for name in order[order.index(start_table) if start_table in order else 0 :]:
        query = select(table).where(table.c.table_name == name)
        if name == start_table:
            query = query.where(table.c.row_id > start_row)
        if visible is not None:
            query = query.where(visible)
        query = query.order_by(table.c.row_id).limit(limit - len(page))
        for row in connection.execute(query):
            state = decode(row.registers, row.stamp)
            page.append(
                {
                    "table": row.table_name,
                    "row_id": row.row_id,
                    "fields": {
                        k: protocol.register_to_wire(v) for k, v in state.fields.items()
                    },
                    "stamp": protocol.stamp_to_wire(state.stamp)
                    if state.stamp
                    else None,
                }
            )
        if len(page) >= limit:
            break
    done = len(page) < limit
    last = page[-1] if page else None
    return {
        "rows": page,
        "at_seq": at_seq,
        "after": None if done or last is None else [last["table"], last["row_id"]],
        "done": done,
        "cursor": protocol.make_cursor(hub_id, space, at_seq),
    }
