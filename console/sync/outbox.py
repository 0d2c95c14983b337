"""The durable outbox: journal entries not yet acknowledged by the hub.

An entry leaves the outbox only when the hub answered for it: accepted (or
a duplicate of an accepted one, which is the same thing) or refused with a
reason. A refused entry is copied to ``rejected_ops`` for the operator and
is never sent again; anything else is sent again on the next round, which
is harmless because the hub applies each ``op_id`` once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, func, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from console.store.models import JournalEntry
from console.store.sync_models import RejectedOp, SyncOpMeta
from console.sync import protocol, state
from console.sync.fold import journal_change

_journal = cast(Table, JournalEntry.__table__)
_meta = cast(Table, SyncOpMeta.__table__)
_rejected = cast(Table, RejectedOp.__table__)

LOCAL = "local"
SENT = "sent"
ACKNOWLEDGED = "acknowledged"
REJECTED = "rejected"

# Ids per IN (...) list, well under SQLite's limit on bound parameters.
_IN_CHUNK = 500


@dataclass(frozen=True)
class AckSummary:
    """What the hub said about one push."""

    accepted: int
    rejected: int
    unanswered: int


def _floor(connection: Connection) -> int:
    """The lowest journal seq that may still be unacknowledged.

    Everything below it is acknowledged, so the outbox query starts there
    instead of scanning the whole journal for ``acked_at IS NULL`` (the
    journal has no index on it, and grows by the hundred thousand in a
    long incident).
    """
    floor = int(state.get(connection, state.OUTBOX_FLOOR) or 0)
    first = connection.scalar(
        select(func.min(_journal.c.seq)).where(
            _journal.c.seq >= floor, _journal.c.acked_at.is_(None)
        )
    )
    if first is None:
        last = connection.scalar(select(func.max(_journal.c.seq)))
        first = int(last or 0) + 1
    if first != floor:
        state.put(connection, state.OUTBOX_FLOOR, str(first))
    return int(first)


@dataclass(frozen=True)
class Batch:
    """Operations to push, encoded, and the last journal seq among them."""

    ops: list[dict[str, Any]]
    body: bytes
    last_seq: int


def next_batch(
    connection: Connection, space: str, limit: int, after_seq: int = 0
) -> Batch:
    """Up to ``limit`` unacknowledged, folded entries after ``after_seq``.

    Encoded here, in the caller's worker thread, so a large batch never
    stalls the loop the window runs on.
    """
    start = max(_floor(connection), after_seq + 1)
    rows = connection.execute(
        select(_journal, _meta.c.meta)
        .join(_meta, _meta.c.op_id == _journal.c.op_id)
        .where(_journal.c.seq >= start, _journal.c.acked_at.is_(None))
        .order_by(_journal.c.seq)
        .limit(limit)
    ).all()
    ops = []
    for row in rows:
        change = journal_change(row, protocol.parse(row.meta))
        ops.append(
            protocol.change_to_wire(
                change, schema_version=row.schema_version, space=space
            )
        )
    body = protocol.dumps({"space": space, "ops": ops})
    return Batch(ops, body, rows[-1].seq if rows else after_seq)


def mark_sent(connection: Connection, op_ids: list[str]) -> None:
    now = datetime.now(UTC)
    connection.execute(
        update(_meta).where(_meta.c.op_id.in_(op_ids)).values(sent_at=now)
    )


def record_results(
    connection: Connection, sent: list[dict[str, Any]], results: Any
) -> AckSummary:
    """Acknowledge what the hub answered for; keep refusals for the operator."""
    if not isinstance(results, list):
        raise protocol.ProtocolError("results missing")
    by_id = {op["op_id"]: op for op in sent}
    now = datetime.now(UTC)
    acked: list[dict[str, Any]] = []
    refused: list[dict[str, Any]] = []
    for result in results:
        if not isinstance(result, dict) or result.get("op_id") not in by_id:
            continue
        op = by_id[result["op_id"]]
        status = result.get("status")
        if status in (protocol.OK, protocol.DUPLICATE):
            seq = result.get("hub_seq")
            acked.append(
                {"k": op["op_id"], "hs": seq if isinstance(seq, int) else None}
            )
        elif status in (protocol.REJECTED, protocol.QUARANTINED):
            acked.append({"k": op["op_id"], "hs": None})
            refused.append(
                {
                    "op_id": op["op_id"],
                    "table_name": op["table"],
                    "row_id": op["row_id"],
                    "change": op["change"],
                    "reason": f"{status}: {result.get('reason', '')}"[:2000],
                    "rejected_at": now,
                }
            )
    if acked:
        connection.execute(
            update(_journal)
            .where(_journal.c.op_id == bindparam("k"))
            .values(acked_at=now),
            [{"k": row["k"]} for row in acked],
        )
        connection.execute(
            update(_meta)
            .where(_meta.c.op_id == bindparam("k"))
            .values(hub_seq=bindparam("hs")),
            acked,
        )
    if refused:
        connection.execute(sqlite_insert(_rejected).on_conflict_do_nothing(), refused)
    return AckSummary(
        accepted=len(acked) - len(refused),
        rejected=len(refused),
        unanswered=len(sent) - len(acked),
    )


def has_all(connection: Connection, op_ids: list[str]) -> bool:
    """True when every one of ``op_ids`` is in this replica's journal."""
    ids = list(set(op_ids))
    found = 0
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        found += int(
            connection.scalar(
                select(func.count())
                .select_from(_journal)
                .where(_journal.c.op_id.in_(chunk))
            )
            or 0
        )
    return found == len(ids)


def waiting(connection: Connection) -> int:
    """Operations not yet acknowledged by the hub."""
    floor = int(state.get(connection, state.OUTBOX_FLOOR) or 0)
    return int(
        connection.scalar(
            select(func.count())
            .select_from(_journal)
            .where(_journal.c.seq >= floor, _journal.c.acked_at.is_(None))
        )
        or 0
    )


def record_status(connection: Connection, table: str, row_id: str) -> str:
    """Whether a record's changes are local only, sent, acknowledged or refused."""
    return record_statuses(connection, table, [row_id])[row_id]


def record_statuses(
    connection: Connection, table: str, row_ids: Iterable[str]
) -> dict[str, str]:
    """``record_status`` for many records of one table, in a few queries.

    A record is acknowledged when no change of it waits in the outbox (so
    also when it came from the hub); local while any change is unsent; sent
    while all its waiting changes went out without an answer yet; refused
    when the hub refused a change of it, which outranks the rest.
    """
    ids = list(dict.fromkeys(row_ids))
    found = dict.fromkeys(ids, ACKNOWLEDGED)
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start : start + _IN_CHUNK]
        waiting = connection.execute(
            select(_journal.c.row_id, _meta.c.sent_at)
            .select_from(_journal)
            .outerjoin(_meta, _meta.c.op_id == _journal.c.op_id)
            .where(
                _journal.c.row_id.in_(chunk),
                _journal.c.acked_at.is_(None),
                _journal.c.table_name == table,
            )
        )
        for row_id, sent_at in waiting:
            if sent_at is None:
                found[row_id] = LOCAL
            elif found[row_id] != LOCAL:
                found[row_id] = SENT
        refused = connection.scalars(
            select(_rejected.c.row_id).where(
                _rejected.c.row_id.in_(chunk), _rejected.c.table_name == table
            )
        )
        for row_id in refused:
            found[row_id] = REJECTED
    return found


def resend_everything(connection: Connection) -> None:
    """The hub was replaced: every local change must reach the new one."""
    connection.execute(update(_journal).values(acked_at=None))
    connection.execute(update(_meta).values(sent_at=None, hub_seq=None))
    state.put(connection, state.OUTBOX_FLOOR, None)
