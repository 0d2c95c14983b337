"""The operation log's hash chains: one per workstation, checked end to end.

Triggers stop UPDATE and DELETE through SQLite, but not someone who edits
the file with another tool or drops the triggers first. Every entry
therefore carries ``entry_hash``, a SHA-256 over a canonical JSON of all its
content and of ``prev_hash``, the hash of the same workstation's previous
entry. Changing, removing or reordering an entry breaks the chain at that
point. Chains are per site (``site_id``, ``site_seq``) so that logs of
several workstations merge by union after sync and each still verifies.

A chain alone cannot show that its newest entries were cut off, nor stop
someone who rewrites every hash after an edit: that needs the heads kept
elsewhere (an evidence package, the hub).

This module works on plain records (dicts of JSON values) so that the same
code checks the database and an ``entries.json`` on a machine without it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

HASH_VERSION = 1
GENESIS = "0" * 64

# Every field an entry's hash covers. ``entry_hash`` itself is left out.
CONTENT_FIELDS = (
    "id",
    "site_id",
    "site_seq",
    "prev_hash",
    "created_at",
    "hlc",
    "officer",
    "kind",
    "action",
    "target_table",
    "target_id",
    "incident_id",
    "corrects_id",
    "text",
    "event_at",
    "details",
    "significant",
)
RECORD_FIELDS = (*CONTENT_FIELDS, "entry_hash")
_TIME_FIELDS = ("created_at", "event_at")


def iso(value: datetime | None) -> str | None:
    """An aware time as ISO-8601 in UTC with microseconds, the hashed form."""
    if value is None:
        return None
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def entry_record(row: Mapping[str, Any] | Any) -> dict[str, Any]:
    """The JSON form of an entry: an ORM object or a mapping of its columns."""
    get = row.get if isinstance(row, Mapping) else lambda k: getattr(row, k)
    record: dict[str, Any] = {}
    for name in RECORD_FIELDS:
        value = get(name)
        if name in _TIME_FIELDS:
            value = iso(value)
        elif name == "significant":
            value = bool(value)
        record[name] = value
    return record


def canonical(record: Mapping[str, Any]) -> bytes:
    """The exact bytes an entry's hash is taken over."""
    content = {name: record.get(name) for name in CONTENT_FIELDS}
    content["v"] = HASH_VERSION
    text = json.dumps(
        content, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return text.encode("utf-8")


def entry_hash(record: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the canonical form of ``record``."""
    return hashlib.sha256(canonical(record)).hexdigest()


@dataclass(frozen=True)
class ChainHead:
    """The newest entry of one site's chain (or of the segment checked)."""

    site_id: str
    seq: int
    hash: str
    count: int


@dataclass(frozen=True)
class BrokenLink:
    """The first place where one site's chain does not hold."""

    site_id: str
    seq: int
    entry_id: str
    problem: str

    def __str__(self) -> str:
        return (
            f"site {self.site_id} seq {self.seq} entry {self.entry_id}: {self.problem}"
        )


@dataclass(frozen=True)
class ChainReport:
    """What checking every chain found: the heads, and the first break of each."""

    heads: dict[str, ChainHead]
    broken: list[BrokenLink]

    @property
    def ok(self) -> bool:
        return not self.broken


def _check(record: Mapping[str, Any], seq: int, prev: str) -> str | None:
    """What is wrong with ``record`` as the entry after ``prev``, or None."""
    found = record.get("site_seq")
    if found != seq:
        if isinstance(found, int) and found > seq:
            missing = f"seq {seq}" if found == seq + 1 else f"seq {seq}-{found - 1}"
            return (
                f"expected seq {seq}, found seq {found}: "
                f"{missing} removed (or moved out of order)"
            )
        return f"out of order: expected seq {seq}, found {found}"
    if record.get("prev_hash") != prev:
        before = f"seq {seq - 1}" if seq > 1 else "the chain start"
        return (
            f"prev_hash {str(record.get('prev_hash'))[:12]}… does not match "
            f"the hash of {before} ({prev[:12]}…); an entry was changed, "
            "removed or reordered"
        )
    if record.get("entry_hash") != entry_hash(record):
        return "content does not match its entry_hash (changed after writing)"
    return None


def verify_records(
    records: Iterable[Mapping[str, Any]], *, segments: bool = False
) -> ChainReport:
    """Check chains given as records ordered by site, then by ``site_seq``.

    Args:
        records: Every entry, grouped by ``site_id`` and in chain order
            within a site; the order given is the order checked, so a
            reordered list fails.
        segments: Accept a chain that starts after seq 1 (an excerpt whose
            first ``prev_hash`` is taken on trust, as in a filtered evidence
            package). The database and full packages use False.

    Returns:
        Each site's head, and each site's first broken link.
    """
    heads: dict[str, ChainHead] = {}
    broken: dict[str, BrokenLink] = {}
    seen: set[str] = set()
    site: str | None = None
    seq, prev, count = 1, GENESIS, 0
    for record in records:
        site_id = str(record.get("site_id"))
        if site_id != site:
            if site_id in seen:
                scattered = "entries of this site are not together in the list"
                broken.setdefault(site_id, _link(record, scattered))
                continue
            seen.add(site_id)
            site, count = site_id, 0
            seq, prev = _start(record, segments)
        count += 1
        if site_id in broken:
            continue
        problem = _check(record, seq, prev)
        if problem is not None:
            broken[site_id] = _link(record, problem)
            continue
        seq, prev = seq + 1, str(record["entry_hash"])
        heads[site_id] = ChainHead(site_id, seq - 1, prev, count)
    return ChainReport(heads, [broken[s] for s in sorted(broken)])


def _start(record: Mapping[str, Any], segments: bool) -> tuple[int, str]:
    first = record.get("site_seq")
    if segments and isinstance(first, int) and first > 1:
        return first, str(record.get("prev_hash"))
    return 1, GENESIS


def _link(record: Mapping[str, Any], problem: str) -> BrokenLink:
    seq = record.get("site_seq")
    return BrokenLink(
        site_id=str(record.get("site_id")),
        seq=seq if isinstance(seq, int) else -1,
        entry_id=str(record.get("id")),
        problem=problem,
    )
