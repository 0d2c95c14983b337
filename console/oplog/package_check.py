"""Checking an evidence package on any machine, without the console database.

The archive comes from outside, so it is read defensively: only the four
known member names are accepted (no folders, so no path can escape), each
member is read with a size cap (a lying header or a zip bomb stops at the
cap), nothing is extracted to disk, and encrypted members are refused.
Then every hash is recomputed from ``entries.json``, each chain is followed
link by link, the heads are compared with ``chains.json``, and every file
is compared with the manifest. The first problem found is named.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from console.oplog.chain import ChainHead, verify_records
from console.oplog.package import CHAINS, ENTRIES, FORMAT, MANIFEST, PDF

MiB = 1024 * 1024
LIMITS = {MANIFEST: 1 * MiB, CHAINS: 16 * MiB, ENTRIES: 1024 * MiB, PDF: 512 * MiB}


class PackageError(Exception):
    """The package does not verify; the message names the first problem."""


@dataclass(frozen=True)
class PackageReport:
    """A package that verified: its heads and how many entries it holds."""

    heads: dict[str, ChainHead]
    entries: int
    selected: int
    records: tuple[dict[str, Any], ...] = ()


def _read(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    limit = LIMITS[name]
    if info.file_size > limit:
        raise PackageError(f"{name} is larger than {limit} bytes")
    try:
        with archive.open(info) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise PackageError(f"{name} cannot be read: {exc}") from exc
    if len(data) > limit:
        raise PackageError(f"{name} unpacks to more than {limit} bytes")
    return data


def _members(archive: zipfile.ZipFile) -> set[str]:
    names = [info.filename for info in archive.infolist()]
    if len(names) != len(set(names)):
        raise PackageError("the archive holds the same name twice")
    unknown = sorted(set(names) - set(LIMITS))
    if unknown:
        raise PackageError(f"unexpected member {unknown[0]!r} in the archive")
    for info in archive.infolist():
        if info.flag_bits & 0x1:
            raise PackageError(f"{info.filename} is encrypted")
    return set(names)


def _json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackageError(f"{name} is not valid JSON: {exc}") from exc


def _check_manifest(archive: zipfile.ZipFile, names: set[str]) -> dict[str, bytes]:
    if MANIFEST not in names:
        raise PackageError(f"{MANIFEST} is missing")
    manifest = _json(_read(archive, MANIFEST), MANIFEST)
    listed = manifest.get("members") if isinstance(manifest, dict) else None
    if not isinstance(listed, dict) or manifest.get("format") != FORMAT:
        raise PackageError(f"{MANIFEST} is not an evidence-package manifest")
    for name in (ENTRIES, CHAINS, PDF):
        if name not in listed or name not in names:
            raise PackageError(f"{name} is missing from the archive or the manifest")
    contents = {}
    for name in sorted(listed):
        if name not in names:
            raise PackageError(f"{name} is in the manifest but not in the archive")
        data = _read(archive, name)
        expected = listed[name] if isinstance(listed[name], dict) else {}
        if hashlib.sha256(data).hexdigest() != expected.get("sha256"):
            raise PackageError(f"{name} does not match its SHA-256 in the manifest")
        if len(data) != expected.get("size"):
            raise PackageError(f"{name} does not match its size in the manifest")
        contents[name] = data
    return contents


def _check_heads(
    chains: Any, heads: dict[str, ChainHead], firsts: dict[str, int]
) -> None:
    sites = chains.get("sites") if isinstance(chains, dict) else None
    if not isinstance(sites, dict):
        raise PackageError(f"{CHAINS} has no chain heads")
    for site in sorted(set(sites) | set(heads)):
        stated, head = sites.get(site), heads.get(site)
        if not isinstance(stated, dict) or head is None:
            raise PackageError(f"site {site}: {CHAINS} and {ENTRIES} list other sites")
        if stated.get("first_seq") != firsts.get(site):
            raise PackageError(
                f"site {site}: entries start at seq {firsts.get(site)}, "
                f"{CHAINS} says {stated.get('first_seq')} (entries removed)"
            )
        if stated.get("seq") != head.seq or stated.get("hash") != head.hash:
            raise PackageError(
                f"site {site}: chain ends at seq {head.seq} ({head.hash[:12]}…), "
                f"{CHAINS} says seq {stated.get('seq')} "
                f"({str(stated.get('hash'))[:12]}…)"
            )


def check_package(path: Path) -> PackageReport:
    """Verify the evidence package at ``path``.

    Raises:
        PackageError: naming the first problem found.
    """
    if not zipfile.is_zipfile(path):
        raise PackageError(f"{path} is not a zip archive")
    try:
        with zipfile.ZipFile(path) as archive:
            contents = _check_manifest(archive, _members(archive))
    except zipfile.BadZipFile as exc:
        raise PackageError(f"{path} is a damaged zip archive: {exc}") from exc
    document = _json(contents[ENTRIES], ENTRIES)
    records = document.get("entries") if isinstance(document, dict) else None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise PackageError(f"{ENTRIES} has no list of entries")
    report = verify_records(records, segments=True)
    if not report.ok:
        raise PackageError(f"broken chain: {report.broken[0]}")
    firsts: dict[str, int] = {}
    for record in records:
        firsts.setdefault(str(record["site_id"]), record["site_seq"])
    _check_heads(_json(contents[CHAINS], CHAINS), report.heads, firsts)
    selected = document.get("selected", [])
    known = {record["id"] for record in records}
    missing = (
        [i for i in selected if i not in known]
        if isinstance(selected, list)
        else [None]
    )
    if missing:
        raise PackageError(f"selected entry {missing[0]} is not in {ENTRIES}")
    return PackageReport(report.heads, len(records), len(selected), tuple(records))
