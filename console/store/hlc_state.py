"""The replica's last issued hybrid-logical-clock value, kept in ``local_meta``.

Both local operations and applied remote changes move the clock, inside
their own write transactions, on the transaction's connection.
"""

from __future__ import annotations

from sqlalchemy import Connection

from console.store import driver

HLC_KEY = "hlc"

_SELECT = "SELECT value FROM local_meta WHERE key = ?"
_UPSERT = (
    "INSERT INTO local_meta (key, value) VALUES (?, ?) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
)


def load_hlc(connection: Connection) -> int:
    """The last HLC value issued or received here (0 before any)."""
    rows = driver.execute(connection, _SELECT, (HLC_KEY,))
    return int(rows[0][0]) if rows else 0


def save_hlc(connection: Connection, value: int) -> None:
    """Record ``value`` as the last HLC value."""
    driver.execute(connection, _UPSERT, (HLC_KEY, str(value)))
