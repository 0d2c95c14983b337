"""Reading the editable rule tables in ``resources/rules``.

Every table is a JSON object whose list-valued members are sections of rows.
Each row has an ``id``, the ``source`` it comes from and whether that source
was ``verified``, so an officer can see how far to trust a number. Thresholds
and time limits live in these files, never in code: local texts (a Ningbo
reporting rule, the Yinzhou plan) may correct them without a new release.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

Row = Mapping[str, Any]


class RuleTableError(ValueError):
    """A rule table is malformed; the message names the file and the row."""


def read_table(path: Path) -> dict[str, Any]:
    """The parsed table, with every section's rows checked for provenance."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise RuleTableError(f"{path}: {exc}") from exc
    if not isinstance(raw, dict):
        raise RuleTableError(f"{path}: the table must be a JSON object")
    seen: set[str] = set()
    for name, value in raw.items():
        if isinstance(value, list):
            for index, row in enumerate(value):
                _check_provenance(path, name, index, row, seen)
    return raw


def _check_provenance(
    path: Path, section: str, index: int, row: object, seen: set[str]
) -> None:
    if not isinstance(row, dict):
        raise RuleTableError(f"{path}: {section}[{index}] is not an object")
    row_id = row.get("id")
    if not isinstance(row_id, str) or not row_id:
        raise RuleTableError(f"{path}: {section}[{index}] has no id")
    if row_id in seen:
        raise RuleTableError(f"{path}: rule {row_id!r}: duplicate id")
    seen.add(row_id)
    source = row.get("source")
    if not isinstance(source, str) or not source.strip():
        raise RuleTableError(f"{path}: rule {row_id!r}: source is missing")
    if not isinstance(row.get("verified"), bool):
        raise RuleTableError(f"{path}: rule {row_id!r}: verified must be true/false")


def section(path: Path, table: Mapping[str, Any], name: str) -> list[Row]:
    """The rows of one section; a missing or empty section is an error."""
    rows = table.get(name)
    if not isinstance(rows, list) or not rows:
        raise RuleTableError(f"{path}: section {name!r} is missing or empty")
    return rows


def find_row(path: Path, rows: list[Row], row_id: str) -> Row:
    """The row with ``row_id``; its absence is an error."""
    for row in rows:
        if row["id"] == row_id:
            return row
    raise RuleTableError(f"{path}: rule {row_id!r} is missing")


def fail(path: Path, row: Row, message: str) -> RuleTableError:
    """An error naming the file and the row, for the caller to raise."""
    return RuleTableError(f"{path}: rule {row['id']!r}: {message}")


def get_str(path: Path, row: Row, key: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value:
        raise fail(path, row, f"{key} must be a non-empty string")
    return value


def get_bool(path: Path, row: Row, key: str) -> bool:
    value = row.get(key)
    if not isinstance(value, bool):
        raise fail(path, row, f"{key} must be true or false")
    return value


def get_count(path: Path, row: Row, key: str) -> int:
    """A whole number of zero or more (people, minutes, days)."""
    value = row.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise fail(path, row, f"{key} must be a whole number >= 0")
    return value


def get_amount(path: Path, row: Row, key: str) -> float:
    """A non-negative number (an amount of money)."""
    value = row.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise fail(path, row, f"{key} must be a number >= 0")
    return float(value)


def get_str_list(
    path: Path, row: Row, key: str, allowed: tuple[str, ...] | None = None
) -> tuple[str, ...]:
    """A list of strings, each one of ``allowed`` when that is given."""
    value = row.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(path, row, f"{key} must be a list of strings")
    if allowed is not None:
        unknown = [v for v in value if v not in allowed]
        if unknown:
            raise fail(path, row, f"{key}: unknown {', '.join(unknown)}")
    return tuple(value)
