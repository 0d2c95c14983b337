"""Counting records at the end of a catch-up: does this replica hold it all?

Cursors and merges make every replica equal to the hub in theory; a count
per table checks it in practice. On the last page of a pull the hub may
send how many records of each table this device may see, counted when no
other change could slip in between. Fewer here than there means records
were lost on the way (a bug, or a database edited or restored by hand),
and the client rebuilds from the hub's snapshot, which merges them back.
More here is normal: records not yet acknowledged, or ones that moved out
of this device's scope, stay.

Counting costs the hub a pass over the records a device may see, so a
device asks at most once per interval, after changes moved: the end of a
catch-up always qualifies, a busy afternoon of small rounds only now and
then.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, func, select

from console.sync import protocol, state, tables

DUE = "census_due"
DONE_AT = "census_at"
INTERVAL_S = 600


def from_wire(value: Any) -> dict[str, int] | None:
    """The hub's counts per table, None when it sent none."""
    if value is None:
        return None
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
        for k, v in value.items()
    ):
        raise protocol.ProtocolError("counts must map table names to integers")
    return value


def shortfall(connection: Connection, expected: dict[str, int]) -> dict[str, int]:
    """Tables this replica holds fewer records of than the hub, and how many."""
    missing = {}
    for name, count in expected.items():
        if name not in tables.registry():
            continue
        table = tables.table(name)
        here = int(connection.scalar(select(func.count()).select_from(table)) or 0)
        if here < count:
            missing[name] = count - here
    return missing


def check(connection: Connection, expected: dict[str, int]) -> dict[str, int]:
    """Compare with the hub's counts of a last page; the check is then done.

    Call it only when nothing is parked: parked changes are not in yet.
    """
    state.put(connection, DUE, None)
    state.put(connection, DONE_AT, datetime.now(UTC).isoformat())
    return shortfall(connection, expected)


def mark_due(connection: Connection) -> None:
    """Changes moved: count at the end of this round or a later one."""
    state.put(connection, DUE, "1")


def due(connection: Connection) -> bool:
    """True when changes moved since the last count."""
    return state.get(connection, DUE) is not None


def may_count(connection: Connection, interval_s: float = INTERVAL_S) -> bool:
    """True when the last count is ``interval_s`` old or more (or never was)."""
    done = state.get(connection, DONE_AT)
    if done is None:
        return True
    age = datetime.now(UTC) - datetime.fromisoformat(done)
    return age.total_seconds() >= interval_s


def describe(missing: dict[str, int]) -> str:
    """``3 incidents, 120 oplog_entries`` for logs and warnings."""
    return ", ".join(f"{n} {name}" for name, n in sorted(missing.items()))
