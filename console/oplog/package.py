"""Writing an evidence package: the log, its chains and the printout, in one zip.

An evidence package lets someone without the console database (an
investigator, a court, the district office) check that the log they were
handed is the log that was kept. It holds:

* ``entries.json``: every entry with every field, hashes included;
* ``chains.json``: each site's chain head (last seq and hash) and where
  the excerpt starts;
* ``log.pdf``: the printed duty log of the selected entries;
* ``manifest.json``: the SHA-256 and size of each of those files.

A filtered export (one incident, one shift) cannot carry only the chosen
entries, since the chain runs through the others; each site's chain is
therefore included from its first chosen entry to its head, and
``entries.json`` lists which entries were chosen.
"""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from console.oplog.chain import HASH_VERSION, ChainHead, entry_record, verify_records
from console.store.engine import Database
from console.store.models import OpLogEntry

FORMAT = "eoc-oplog-evidence"
VERSION = 1
MANIFEST = "manifest.json"
ENTRIES = "entries.json"
CHAINS = "chains.json"
PDF = "log.pdf"


class PackageBuildError(ValueError):
    """The package was not written (the log itself does not verify)."""


@dataclass(frozen=True)
class PackageSummary:
    """What went into a package."""

    path: Path
    entries: int
    selected: int
    heads: dict[str, ChainHead]


def chain_segments(
    database: Database, selected: Iterable[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Each site's entries from its first selected entry to its head.

    Returns:
        Records grouped by site, in chain order, ready for ``entries.json``.
    """
    starts: dict[str, int] = {}
    for record in selected:
        site, seq = record["site_id"], int(record["site_seq"])
        starts[site] = min(seq, starts.get(site, seq))
    records: list[dict[str, Any]] = []
    with database.read() as session:
        for site in sorted(starts):
            query = (
                select(OpLogEntry)
                .where(OpLogEntry.site_id == site)
                .where(OpLogEntry.site_seq >= starts[site])
                .order_by(OpLogEntry.site_seq)
            )
            records.extend(entry_record(e) for e in session.scalars(query))
    return records


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8")


def write_package(
    path: Path,
    records: list[dict[str, Any]],
    *,
    selected_ids: list[str],
    pdf: bytes,
    about: dict[str, Any],
    now: datetime,
) -> PackageSummary:
    """Write the evidence package to ``path`` (replacing it only when complete).

    Args:
        path: The zip file to write.
        records: From ``chain_segments``.
        selected_ids: The entries the export was asked for, oldest first.
        pdf: The printed log of the selected entries.
        about: Unit, workstation and filters, recorded in the manifest.
        now: The time of export.

    Raises:
        PackageBuildError: the chains in ``records`` do not verify.
    """
    report = verify_records(records, segments=True)
    if not report.ok:
        raise PackageBuildError(f"the log does not verify: {report.broken[0]}")
    firsts: dict[str, int] = {}
    for record in records:
        firsts.setdefault(record["site_id"], record["site_seq"])
    chains = {
        "format": FORMAT,
        "sites": {
            site: {
                "first_seq": firsts[site],
                "seq": head.seq,
                "hash": head.hash,
                "count": head.count,
            }
            for site, head in sorted(report.heads.items())
        },
    }
    entries = {
        "format": FORMAT,
        "hash_version": HASH_VERSION,
        "selected": selected_ids,
        "entries": records,
    }
    members = {
        ENTRIES: _json_bytes(entries),
        CHAINS: _json_bytes(chains),
        PDF: pdf,
    }
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "created_at": now.isoformat(),
        **about,
        "members": {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
        },
    }
    _write_zip(path, {MANIFEST: _json_bytes(manifest), **members}, now)
    return PackageSummary(path, len(records), len(selected_ids), report.heads)


def _write_zip(path: Path, members: dict[str, bytes], now: datetime) -> None:
    partial = path.with_name(path.name + ".partial")
    stamp = now.timetuple()[:6]
    with zipfile.ZipFile(partial, "w") as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    os.replace(partial, path)
