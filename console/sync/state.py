"""Small helpers over the local sync tables: state values and versions.

All functions take a Core ``Connection`` inside a transaction the caller
owns, so a page of changes, its field versions and the cursor commit
together.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Column, Connection, Date, Table, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from console.store.sync_models import FieldVersions, SyncState
from console.store.types import UTCDateTime
from console.sync import protocol
from console.sync.merge import Register, RowState, Stamp

CURSOR = "cursor"
HUB_ID = "hub_id"
FOLDED_SEQ = "folded_seq"
SNAPSHOT_AT = "snapshot_at_seq"
SNAPSHOT_AFTER = "snapshot_after"
LAST_SYNC = "last_sync"
OUTBOX_FLOOR = "outbox_floor"
SPACE = "space"

_state = cast(Table, SyncState.__table__)
_versions = cast(Table, FieldVersions.__table__)

Key = tuple[str, str]


class WrongSpace(ValueError):
    """A replica asked to sync with a space other than the one it holds."""


def space_refusal(connection: Connection, space: str) -> str | None:
    """Why this replica may not sync with ``space``, or None if it may.

    Everything in a drill replica is drill data: were its folder switched
    to the real space, its unsent drill records would be pushed as real
    ones. So a replica keeps the space it first synced with.
    """
    bound = get(connection, SPACE)
    if bound is None or bound == space:
        return None
    return (
        f"this data folder holds {bound} data and syncs only with the hub's "
        f"{bound} space; keep {space} data in a separate data folder (--data-dir)"
    )


def bind_space(connection: Connection, space: str) -> None:
    """Tie this replica to ``space`` on its first round; refuse any other."""
    refusal = space_refusal(connection, space)
    if refusal is not None:
        raise WrongSpace(refusal)
    put(connection, SPACE, space)


def get(connection: Connection, key: str) -> str | None:
    value = connection.scalar(select(_state.c.value).where(_state.c.key == key))
    return None if value is None else str(value)


def put(connection: Connection, key: str, value: str | None) -> None:
    if value is None:
        connection.execute(_state.delete().where(_state.c.key == key))
        return
    statement = sqlite_insert(_state).values(key=key, value=value)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[_state.c.key], set_={"value": statement.excluded.value}
        )
    )


def load_versions(connection: Connection, keys: Iterable[Key]) -> dict[Key, RowState]:
    """The registers (without values) of the given records that have any."""
    by_table: dict[str, list[str]] = {}
    for table_name, row_id in set(keys):
        by_table.setdefault(table_name, []).append(row_id)
    found: dict[Key, RowState] = {}
    for table_name, ids in by_table.items():
        for start in range(0, len(ids), 500):
            result = connection.execute(
                select(_versions).where(
                    _versions.c.table_name == table_name,
                    _versions.c.row_id.in_(ids[start : start + 500]),
                )
            )
            for row in result:
                found[(row.table_name, row.row_id)] = _decode(row.versions)
    return found


def save_versions(connection: Connection, states: dict[Key, RowState]) -> None:
    if not states:
        return
    rows = [
        {"table_name": t, "row_id": r, "versions": _encode(state)}
        for (t, r), state in states.items()
    ]
    statement = sqlite_insert(_versions)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[_versions.c.table_name, _versions.c.row_id],
            set_={"versions": statement.excluded.versions},
        ),
        rows,
    )


def _encode(state: RowState) -> str:
    data: dict[str, list[Any]] = {
        name: [*reg.version, reg.epoch, reg.rank] for name, reg in state.fields.items()
    }
    if state.stamp is not None:
        data["_row"] = list(state.stamp.version)
    return protocol.text(data)


def _decode(text: str) -> RowState:
    data = protocol.parse(text)
    stamp_raw = data.pop("_row", None)
    fields = {
        name: Register(None, (v[0], v[1], v[2]), v[3], v[4]) for name, v in data.items()
    }
    stamp = Stamp("", (stamp_raw[0], stamp_raw[1], stamp_raw[2])) if stamp_raw else None
    return RowState(fields, stamp)


def to_column(column: Column[Any], value: Any) -> Any:
    """A JSON payload value as the column's Python value."""
    if isinstance(value, str) and isinstance(column.type, UTCDateTime):
        return datetime.fromisoformat(value)
    if isinstance(value, str) and isinstance(column.type, Date):
        return date.fromisoformat(value)
    return value


def to_json(value: Any) -> Any:
    """A column value as the JSON the journal and the wire use."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
