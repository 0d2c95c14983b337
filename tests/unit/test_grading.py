"""Grade suggestions under Order 493 (国务院令第493号) Art. 3."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from console import paths
from console.domain.grading import (
    IncidentFacts,
    load_grading_rules,
    suggest_grade,
)
from console.domain.rulefile import RuleTableError

RULES_PATH = paths.resource("rules", "grading_order493.json")
RULES = load_grading_rules(RULES_PATH)


def _known(**figures: float | None) -> IncidentFacts:
    """A production-safety accident whose figures are all known."""
    values: dict[str, Any] = {
        "deaths": 0,
        "serious_injuries": 0,
        "injured": 0,
        "missing": 0,
        "trapped": 0,
        "endangered": 0,
        "evacuated": 0,
        "loss_yuan": 0.0,
    }
    values.update(figures)
    return IncidentFacts(category="accident", type="production_safety", **values)


@pytest.mark.parametrize(
    ("figures", "grade"),
    [
        ({}, "IV"),
        ({"deaths": 2}, "IV"),
        ({"deaths": 3}, "III"),
        ({"deaths": 9}, "III"),
        ({"deaths": 10}, "II"),
        ({"deaths": 29}, "II"),
        ({"deaths": 30}, "I"),
        ({"serious_injuries": 9}, "IV"),
        ({"serious_injuries": 10}, "III"),
        ({"serious_injuries": 49}, "III"),
        ({"serious_injuries": 50}, "II"),
        ({"serious_injuries": 100}, "I"),
        ({"loss_yuan": 9_999_999}, "IV"),
        ({"loss_yuan": 10_000_000}, "III"),
        ({"loss_yuan": 49_999_999.99}, "III"),
        ({"loss_yuan": 50_000_000}, "II"),
        ({"loss_yuan": 100_000_000}, "I"),
        ({"deaths": 2, "serious_injuries": 10}, "III"),
        ({"deaths": 3, "loss_yuan": 60_000_000}, "II"),
        ({"deaths": 1, "missing": 2}, "III"),
        ({"deaths": 8, "missing": 2}, "II"),
    ],
)
def test_the_highest_criterion_sets_the_grade(
    figures: dict[str, float], grade: str
) -> None:
    suggestion = suggest_grade(_known(**figures), RULES)

    assert suggestion.grade == grade
    assert not suggestion.incomplete


def test_the_basis_names_each_criterion() -> None:
    suggestion = suggest_grade(_known(deaths=1, missing=2, loss_yuan=1e7), RULES)

    assert suggestion.basis == (
        "missing_counted_as_deaths:2",
        "deaths:3:III",
        "serious_injuries:0:IV",
        "loss_yuan:10000000:III",
    )


def test_missing_persons_can_be_left_out_of_the_deaths(tmp_path: Path) -> None:
    table = json.loads(RULES_PATH.read_text(encoding="utf-8"))
    table["settings"][0]["value"] = False
    path = tmp_path / "grading.json"
    path.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")

    suggestion = suggest_grade(_known(deaths=1, missing=2), load_grading_rules(path))

    assert suggestion.grade == "IV"


def test_all_unknown_gives_no_grade() -> None:
    suggestion = suggest_grade(IncidentFacts("accident", "fire"), RULES)

    assert suggestion.grade is None
    assert suggestion.incomplete
    assert "unknown:deaths" in suggestion.basis
    assert "unknown:loss_yuan" in suggestion.basis


def test_a_grade_from_what_is_known_is_marked_incomplete() -> None:
    suggestion = suggest_grade(IncidentFacts("accident", "fire", deaths=3), RULES)

    assert suggestion.grade == "III"
    assert suggestion.incomplete
    assert "unknown:serious_injuries" in suggestion.basis


def test_unknown_missing_persons_leave_the_deaths_incomplete() -> None:
    facts = _known(deaths=3, missing=None)

    suggestion = suggest_grade(facts, RULES)

    assert suggestion.grade == "III"
    assert suggestion.incomplete
    assert "unknown:missing" in suggestion.basis


def test_missing_persons_alone_count_when_deaths_are_unknown() -> None:
    suggestion = suggest_grade(_known(deaths=None, missing=3), RULES)

    assert suggestion.grade == "III"
    assert suggestion.incomplete


def test_the_injured_stand_in_for_unknown_serious_injuries() -> None:
    suggestion = suggest_grade(_known(serious_injuries=None, injured=12), RULES)

    assert suggestion.grade == "III"
    assert suggestion.incomplete
    assert "serious_injuries_from_injured" in suggestion.basis
    assert "serious_injuries:12:III" in suggestion.basis


@pytest.mark.parametrize(
    ("category", "type_code"),
    [("natural", "typhoon"), ("accident", "environmental"), ("health", "food_safety")],
)
def test_types_outside_the_rules_get_no_grade(category: str, type_code: str) -> None:
    facts = IncidentFacts(category, type_code, deaths=40, endangered=100)

    suggestion = suggest_grade(facts, RULES)

    assert suggestion == suggestion.__class__(
        None, ("not_covered",), near_miss=False, incomplete=False
    )


@pytest.mark.parametrize(
    ("figures", "near_miss", "criterion"),
    [
        ({"endangered": 10}, True, "endangered"),
        ({"endangered": 9}, False, None),
        ({"trapped": 3}, True, "trapped_or_missing"),
        ({"trapped": 2, "missing": 1}, True, "trapped_or_missing"),
        ({"trapped": 2, "missing": None}, False, None),
        ({"evacuated": 500}, True, "evacuated"),
        ({"evacuated": 499}, False, None),
    ],
)
def test_near_miss_criteria(
    figures: dict[str, Any], near_miss: bool, criterion: str | None
) -> None:
    suggestion = suggest_grade(_known(**figures), RULES)

    assert suggestion.near_miss is near_miss
    if criterion is not None:
        assert f"near_miss:{criterion}" in suggestion.basis


def test_a_near_miss_does_not_change_the_grade() -> None:
    suggestion = suggest_grade(_known(evacuated=800), RULES)

    assert suggestion.grade == "IV"
    assert suggestion.near_miss


def _edited(tmp_path: Path, edit: Any) -> Path:
    table = json.loads(RULES_PATH.read_text(encoding="utf-8"))
    edit(table)
    path = tmp_path / "grading_order493.json"
    path.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    return path


def _set(section: str, index: int, key: str, value: object) -> Any:
    def edit(table: dict[str, Any]) -> None:
        table[section][index][key] = value

    return edit


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (
            _set("thresholds", 1, "deaths", 40),
            "'grade_II'.*bounds above those of grade I\\b",
        ),
        (_set("thresholds", 3, "deaths", 1), "'grade_IV'.*starts at 0"),
        (_set("thresholds", 0, "grade", "V"), "'grade_I'.*unknown grade"),
        (_set("thresholds", 0, "grade", "II"), "one row per grade"),
        (_set("thresholds", 2, "loss_yuan", "一千万"), "'grade_III'.*loss_yuan"),
        (_set("near_miss", 0, "figures", ["people"]), "'endangered'.*people"),
        (_set("settings", 0, "value", "yes"), "'count_missing_as_deaths'"),
        (_set("scope", 0, "verified", "yes"), "'production_safety_accidents'"),
    ],
)
def test_bad_tables_are_refused_with_file_and_row(
    tmp_path: Path, edit: Any, message: str
) -> None:
    path = _edited(tmp_path, edit)

    with pytest.raises(RuleTableError, match=rf"grading_order493\.json.*{message}"):
        load_grading_rules(path)
