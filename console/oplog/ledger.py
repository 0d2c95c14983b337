"""The hash chains as stored: linking new entries and checking the database.

``OpTransaction.log`` calls ``link`` inside the write transaction (which
holds SQLite's write lock from ``BEGIN IMMEDIATE``), so two processes
appending for the same workstation cannot both take the same ``site_seq``;
the unique (site_id, site_seq) constraint backs that up.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, func, select

from console.oplog.chain import (
    GENESIS,
    ChainHead,
    ChainReport,
    entry_hash,
    entry_record,
    verify_records,
)
from console.store import driver
from console.store.engine import Database
from console.store.models import OpLogEntry

_BATCH = 5_000


def chain_head(connection: Connection, site_id: str) -> tuple[int, str]:
    """The last ``site_seq`` and ``entry_hash`` of a site (0 and GENESIS).

    Read on the transaction's connection without an ORM flush: it runs
    before the transaction's first entry is written, so nothing of the
    chain is pending, and skipping the flush keeps appends cheap.
    """
    rows = driver.execute(
        connection,
        "SELECT site_seq, entry_hash FROM oplog_entries WHERE site_id = ? "
        "ORDER BY site_seq DESC LIMIT 1",
        (site_id,),
    )
    if not rows:
        return 0, GENESIS
    return int(rows[0][0]), str(rows[0][1])


def link(columns: dict[str, Any], seq: int, prev_hash: str) -> None:
    """Give a new entry's columns their place in the chain and their hash."""
    columns["site_seq"] = seq
    columns["prev_hash"] = prev_hash
    columns["entry_hash"] = entry_hash(entry_record(columns))


def stored_records(database: Database) -> Iterator[dict[str, Any]]:
    """Every entry as a record, by site and chain order, read in batches."""
    table = OpLogEntry.__table__
    query = select(table).order_by(table.c.site_id, table.c.site_seq)
    with database.read() as session:
        result = session.execute(query, execution_options={"yield_per": _BATCH})
        for row in result.mappings():
            yield entry_record(row)


def verify_database(database: Database) -> ChainReport:
    """Check every site's chain in the database from its first entry."""
    return verify_records(stored_records(database))


def current_heads(database: Database) -> dict[str, ChainHead]:
    """Each site's newest stored entry, read as it is (not verified)."""
    table = OpLogEntry.__table__
    newest = (
        select(table.c.site_id, func.max(table.c.site_seq).label("seq"))
        .group_by(table.c.site_id)
        .subquery()
    )
    query = (
        select(table.c.site_id, table.c.site_seq, table.c.entry_hash)
        .join(
            newest,
            (newest.c.site_id == table.c.site_id) & (newest.c.seq == table.c.site_seq),
        )
        .order_by(table.c.site_id)
    )
    with database.read() as session:
        rows = session.execute(query).all()
    return {
        site: ChainHead(site, int(seq), str(digest), int(seq))
        for site, seq, digest in rows
    }
