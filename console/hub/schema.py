"""The hub's tables (SQLAlchemy Core, one ``MetaData``).

The change log and the merged records are partitioned by space: drill data
lives in ``hub_changes_drill``/``hub_rows_drill`` and can never be read
through the real space's tables. Times are epoch milliseconds so SQLite and
PostgreSQL store them alike.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

from console.sync.protocol import SPACES

metadata = MetaData()

hub_meta = Table(
    "hub_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

devices = Table(
    "hub_devices",
    metadata,
    Column("device_id", String(32), primary_key=True),
    Column("name", String(128), nullable=False, index=True),
    Column("key_hash", String(64), nullable=False),
    Column("scope", String(36), nullable=True),
    Column("scope_label", Text, nullable=False),
    Column("site_id", String(36), nullable=True),
    Column("created_ms", BigInteger, nullable=False),
    Column("revoked_ms", BigInteger, nullable=True),
    Column("refetch_before", BigInteger, nullable=False, default=0),
)

nonces = Table(
    "hub_nonces",
    metadata,
    Column("device_id", String(32), primary_key=True),
    Column("nonce", String(64), primary_key=True),
    Column("seen_ms", BigInteger, nullable=False, index=True),
)

quarantine = Table(
    "hub_quarantine",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("op_id", String(64), nullable=False),
    Column("device_id", String(32), nullable=False),
    Column("space", String(8), nullable=False),
    Column("received_ms", BigInteger, nullable=False),
    Column("reason", Text, nullable=False),
    Column("body", Text, nullable=False),
)

shares = Table(
    "hub_shares",
    metadata,
    Column("space", String(8), primary_key=True),
    Column("incident_id", String(36), primary_key=True),
    Column("division_id", String(36), primary_key=True),
)


def _seen(space: str) -> Table:
    """Op ids of compacted changes: a late resend must still be a duplicate."""
    return Table(
        f"hub_seen_{space}",
        metadata,
        Column("op_id", String(36), primary_key=True),
        Column("hub_seq", BigInteger, nullable=False),
    )


def _changes(space: str) -> Table:
    name = f"hub_changes_{space}"
    return Table(
        name,
        metadata,
        Column("hub_seq", BigInteger, primary_key=True, autoincrement=False),
        Column("op_id", String(36), nullable=False, unique=True),
        Column("device_id", String(32), nullable=False),
        Column("site_id", String(36), nullable=False),
        Column("hlc", BigInteger, nullable=False),
        Column("seq", BigInteger, nullable=False),
        Column("table_name", String(32), nullable=False),
        Column("row_id", String(36), nullable=False),
        Column("change", String(8), nullable=False),
        Column("payload", Text, nullable=False),
        Column("epoch", BigInteger, nullable=False),
        Column("reopen", Boolean, nullable=False),
        Column("schema_version", Integer, nullable=False),
        Column("at", String(40), nullable=False),
        Column("scope", String(36), nullable=False),
        Column("anchor", String(36), nullable=True),
        Column("received_ms", BigInteger, nullable=False),
        Index(f"ix_{name}_scope_seq", "scope", "hub_seq"),
        Index(f"ix_{name}_anchor", "anchor"),
    )


def _rows(space: str) -> Table:
    name = f"hub_rows_{space}"
    return Table(
        name,
        metadata,
        Column("table_name", String(32), primary_key=True),
        Column("row_id", String(36), primary_key=True),
        Column("anchor", String(36), nullable=True),
        Column("scope", String(36), nullable=False),
        Column("registers", Text, nullable=False),
        Column("stamp", Text, nullable=False),
        Index(f"ix_{name}_anchor", "anchor"),
    )


changes: dict[str, Table] = {space: _changes(space) for space in SPACES}
rows: dict[str, Table] = {space: _rows(space) for space in SPACES}
seen: dict[str, Table] = {space: _seen(space) for space in SPACES}
