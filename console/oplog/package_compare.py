"""Comparing an evidence package with the database it was taken from.

A package verifies on its own, but someone able to write the database
could rewrite an entry and recompute every later hash: the database alone
would still verify. The package, kept elsewhere, holds the chain as it was;
every entry it holds must still be in the database, at the same place in
its workstation's chain and with the same hash.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, tuple_

from console.oplog.chain import CONTENT_FIELDS, entry_record
from console.store.engine import Database
from console.store.models import OpLogEntry

BATCH = 500


@dataclass(frozen=True)
class Difference:
    """An entry of the package that the database no longer holds as it was."""

    site_id: str
    site_seq: int
    entry_id: str
    problem: str

    def __str__(self) -> str:
        return (
            f"site {self.site_id} seq {self.site_seq} (entry {self.entry_id}): "
            f"{self.problem}"
        )


def _stored(
    database: Database, keys: list[tuple[str, int]]
) -> dict[tuple[str, int], dict[str, Any]]:
    found: dict[tuple[str, int], dict[str, Any]] = {}
    with database.read() as session:
        for start in range(0, len(keys), BATCH):
            rows = session.scalars(
                select(OpLogEntry).where(
                    tuple_(OpLogEntry.site_id, OpLogEntry.site_seq).in_(
                        keys[start : start + BATCH]
                    )
                )
            )
            for entry in rows:
                found[(entry.site_id, entry.site_seq)] = entry_record(entry)
    return found


def _problem(kept: dict[str, Any], stored: dict[str, Any] | None) -> str | None:
    if stored is None:
        return "missing from the database"
    if stored["id"] != kept["id"]:
        return f"the database holds another entry ({stored['id']}) there"
    changed = [n for n in CONTENT_FIELDS if stored.get(n) != kept.get(n)]
    if changed:
        return f"changed in the database: {', '.join(changed)}"
    if stored["entry_hash"] != kept["entry_hash"]:
        return "hash in the database differs from the package's (entry rewritten)"
    return None


def differences(
    database: Database, records: Iterable[dict[str, Any]]
) -> list[Difference]:
    """Every package entry that is missing or different in ``database``.

    The stored content is compared field by field, not only the stored hash:
    an edit that left the hash column alone changes the content all the same.
    """
    wanted = {(str(r["site_id"]), int(r["site_seq"])): r for r in records}
    stored = _stored(database, sorted(wanted))
    found = []
    for key, record in sorted(wanted.items()):
        problem = _problem(record, stored.get(key))
        if problem is not None:
            found.append(Difference(key[0], key[1], str(record["id"]), problem))
    return found
