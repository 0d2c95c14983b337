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
) -> dict[tuple[str, int], tuple[str, str]]:
    found: dict[tuple[str, int], tuple[str, str]] = {}
    with database.read() as session:
        for start in range(0, len(keys), BATCH):
            rows = session.execute(
                select(
                    OpLogEntry.site_id,
                    OpLogEntry.site_seq,
                    OpLogEntry.id,
                    OpLogEntry.entry_hash,
                ).where(
                    tuple_(OpLogEntry.site_id, OpLogEntry.site_seq).in_(
                        keys[start : start + BATCH]
                    )
                )
            )
            for site, seq, entry_id, entry_hash in rows:
                found[(site, seq)] = (entry_id, entry_hash)
    return found


def differences(
    database: Database, records: Iterable[dict[str, Any]]
) -> list[Difference]:
    """Every package entry that is missing or different in ``database``."""
    wanted = {(str(r["site_id"]), int(r["site_seq"])): r for r in records}
    stored = _stored(database, sorted(wanted))
    found = []
    for key, record in sorted(wanted.items()):
        entry_id, entry_hash = stored.get(key, ("", ""))
        if not entry_id:
            problem = "missing from the database"
        elif entry_id != record["id"]:
            problem = f"the database holds another entry ({entry_id}) there"
        elif entry_hash != record["entry_hash"]:
            problem = (
                f"hash in the database {entry_hash[:12]}… differs from the "
                f"package's {str(record['entry_hash'])[:12]}… (entry rewritten)"
            )
        else:
            continue
        found.append(Difference(key[0], key[1], str(record["id"]), problem))
    return found
