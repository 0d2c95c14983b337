"""The replica's hybrid-logical-clock state: the last value issued or received.

Local operations stamp their journal rows, so the newest journal row holds
the last value issued here; values received from the hub are kept in
``local_meta``. Both are read inside the write transaction that moves the
clock, on its connection.
"""

from __future__ import annotations

from sqlalchemy import Connection

from console.store import driver

HLC_KEY = "hlc"

_SELECT = "SELECT value FROM local_meta WHERE key = ?"
_LAST_JOURNALED = "SELECT hlc FROM change_journal ORDER BY seq DESC LIMIT 1"
_UPSERT = (
    "INSERT INTO local_meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def _last_received(connection: Connection) -> int:
    """The last HLC value received from the hub (0 before any)."""
    rows = driver.execute(connection, _SELECT, (HLC_KEY,))
    return int(rows[0][0]) if rows else 0


def last_issued(connection: Connection) -> int:
    """The newest HLC value issued or received here (0 before any).

    Reading the journal instead of writing the clock on every operation
    saves each operation a page written to disk.
    """
    rows = driver.execute(connection, _LAST_JOURNALED)
    journaled = int(rows[0][0]) if rows else 0
    return max(journaled, _last_received(connection))


def save_hlc(connection: Connection, value: int) -> None:
    """Record ``value`` as the last HLC value received."""
    driver.execute(connection, _UPSERT, (HLC_KEY, str(value)))
