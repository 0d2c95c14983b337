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
    BrokenLink,
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


def link(columns: dict[str, Any], seq: int, prev_hash: str) -> dict[str, Any]:
    """Give a new entry's columns their place in the chain and their hash.

    Returns:
        The entry as the hashed record (JSON values), hash included.
    """
    columns["site_seq"] = seq
    columns["prev_hash"] = prev_hash
    record = entry_record(columns)
    record["entry_hash"] = columns["entry_hash"] = entry_hash(record)
    return record


def stored_records(database: Database) -> Iterator[dict[str, Any]]:
    """Every entry as a record, by site and chain order, read in batches."""
    table = OpLogEntry.__table__
    query = select(table).order_by(table.c.site_id, table.c.site_seq)
    with database.read() as session:
        result = session.execute(query, execution_options={"yield_per": _BATCH})
        for row in result.mappings():
            yield entry_record(row)


def verify_database(database: Database) -> ChainReport:
    """Check every site's chain, then this replica's entries against the journal.

    A chain cannot show that its newest entries were cut off, nor that
    someone rewrote every hash after an edit. The change journal keeps, in
    a separate table, every entry this replica appended with its hash as
    written (and the hub keeps it once synced), so an entry missing from
    the log or stored with another hash is named too. Someone who rewrites
    the journal as well is caught only against heads kept elsewhere (an
    evidence package, the hub).
    """
    report = verify_records(stored_records(database))
    broken = {link.site_id: link for link in report.broken}
    for link in [*journal_mismatches(database), *forks(database)]:
        broken.setdefault(link.site_id, link)
    return ChainReport(report.heads, [broken[site] for site in sorted(broken)])


# Every entry appended here was journaled with its hash; the first one per
# site that the log has lost or holds with another hash.
_JOURNAL_CHECK = """
SELECT site_id, site_seq, row_id, stored_hash IS NULL FROM (
    SELECT json_extract(j.payload, '$.site_id') AS site_id,
           json_extract(j.payload, '$.site_seq') AS site_seq,
           j.row_id AS row_id,
           o.entry_hash AS stored_hash,
           json_extract(j.payload, '$.entry_hash') AS journal_hash
    FROM change_journal AS j
    LEFT JOIN oplog_entries AS o ON o.id = j.row_id
    WHERE j.table_name = 'oplog_entries' AND j.change = 'insert'
)
WHERE stored_hash IS NULL OR stored_hash != journal_hash
ORDER BY site_id, site_seq
"""


def journal_mismatches(database: Database) -> list[BrokenLink]:
    """The first entry per site whose journal record the log does not match."""
    with database.read() as session:
        rows = driver.execute(session.connection(), _JOURNAL_CHECK)
    found: dict[str, BrokenLink] = {}
    for site_id, seq, entry_id, missing in rows:
        problem = (
            "missing from the log, though the change journal recorded it "
            "(removed, or cut off the end of the chain)"
            if missing
            else "stored with a hash other than the change journal recorded "
            "(the chain was rewritten)"
        )
        found.setdefault(
            str(site_id), BrokenLink(str(site_id), int(seq), str(entry_id), problem)
        )
    return list(found.values())


# Received entries parked because this log holds another entry of the same
# workstation under the same number: the chain forked.
_FORK_CHECK = """
SELECT o.site_id, o.site_seq, o.id, p.row_id FROM (
    SELECT json_extract(change, '$.change.payload.site_id') AS site_id,
           json_extract(change, '$.change.payload.site_seq') AS site_seq,
           json_extract(change, '$.change.row_id') AS row_id
    FROM sync_parked
    WHERE json_extract(change, '$.change.table') = 'oplog_entries'
) AS p
JOIN oplog_entries AS o ON o.site_id = p.site_id AND o.site_seq = p.site_seq
WHERE o.id != p.row_id
ORDER BY o.site_id, o.site_seq
"""


def forks(database: Database) -> list[BrokenLink]:
    """The first place per site where two different entries share a number.

    A workstation whose database was restored from a backup and used
    before it synced numbers its new entries as the ones it had already
    sent; the hub's copies then wait in the sync queue, and each replica
    keeps a different log. That is not tampering, but it must be seen.
    """
    with database.read() as session:
        rows = driver.execute(session.connection(), _FORK_CHECK)
    found: dict[str, BrokenLink] = {}
    for site_id, seq, here, parked in rows:
        problem = (
            f"two different entries are numbered {seq}: {here} here and "
            f"{parked} received and held back (a database restored from a "
            "backup was used before it synced)"
        )
        found.setdefault(
            str(site_id), BrokenLink(str(site_id), int(seq), str(here), problem)
        )
    return list(found.values())


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
