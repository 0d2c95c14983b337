"""Every shipped rule table loads, and every row says where it comes from."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from console import paths
from console.domain.deadlines import load_deadline_rules
from console.domain.grading import load_grading_rules
from console.domain.levels import load_response_level_rules
from console.domain.resources import load_capabilities, load_supply_items
from console.domain.rulefile import RuleTableError, read_table

LOADERS: dict[str, Callable[[Path], object]] = {
    "grading_order493.json": load_grading_rules,
    "report_deadlines.json": load_deadline_rules,
    "response_levels.json": load_response_level_rules,
    "team_capabilities.json": load_capabilities,
    "supply_items.json": load_supply_items,
}
# The taxonomy is a code list, not a table of rules, and has its own loader.
NOT_RULE_TABLES = {"incident_types.json"}
FOLDER = paths.resource("rules")


def test_every_rule_table_has_a_loader() -> None:
    tables = {p.name for p in FOLDER.glob("*.json")} - NOT_RULE_TABLES

    assert tables == set(LOADERS)


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_each_table_loads(name: str) -> None:
    LOADERS[name](FOLDER / name)


@pytest.mark.parametrize("name", sorted(LOADERS))
def test_every_row_has_a_source_and_a_verified_flag(name: str) -> None:
    table = json.loads((FOLDER / name).read_text(encoding="utf-8"))

    rows = [row for value in table.values() if isinstance(value, list) for row in value]

    assert rows
    for row in rows:
        assert isinstance(row["id"], str)
        assert isinstance(row["source"], str)
        assert row["source"].strip()
        assert isinstance(row["verified"], bool)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ({"id": "a", "verified": True}, "rule 'a': source is missing"),
        ({"id": "a", "source": "x"}, "rule 'a': verified must be true/false"),
        ({"source": "x", "verified": True}, r"rows\[0\] has no id"),
        ("text", r"rows\[0\] is not an object"),
    ],
)
def test_rows_without_provenance_are_refused(
    tmp_path: Path, row: Any, message: str
) -> None:
    path = tmp_path / "table.json"
    path.write_text(json.dumps({"rows": [row]}), encoding="utf-8")

    with pytest.raises(RuleTableError, match=rf"table\.json: {message}"):
        read_table(path)


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    row = {"id": "a", "source": "x", "verified": False}
    path = tmp_path / "table.json"
    path.write_text(json.dumps({"one": [row], "two": [row]}), encoding="utf-8")

    with pytest.raises(RuleTableError, match="rule 'a': duplicate id"):
        read_table(path)


def test_unreadable_json_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "table.json"
    path.write_text("{", encoding="utf-8")

    with pytest.raises(RuleTableError, match=r"table\.json"):
        read_table(path)
