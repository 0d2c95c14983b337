"""The three level kinds and the warning → response default."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from console import paths
from console.domain.levels import (
    GRADES,
    RESPONSE_LEVELS,
    WARNING_LEVELS,
    compare_response,
    grade_at_least,
    grade_severity,
    load_response_level_rules,
    lower_response,
    most_severe_grade,
    raise_response,
    response_rank,
    suggest_response_level,
    warning_rank,
)
from console.domain.rulefile import RuleTableError

RULES = load_response_level_rules(paths.resource("rules", "response_levels.json"))


def test_the_three_kinds_have_their_own_order() -> None:
    assert GRADES == ("I", "II", "III", "IV")
    assert WARNING_LEVELS == ("blue", "yellow", "orange", "red")
    assert RESPONSE_LEVELS == ("IV", "III", "II", "I")


@pytest.mark.parametrize(
    ("grade", "severity"), [("IV", 1), ("III", 2), ("II", 3), ("I", 4)]
)
def test_grade_severity_puts_grade_one_highest(grade: str, severity: int) -> None:
    assert grade_severity(grade) == severity


@pytest.mark.parametrize(
    ("level", "rank"), [("IV", 1), ("III", 2), ("II", 3), ("I", 4)]
)
def test_response_rank_puts_level_four_lowest(level: str, rank: int) -> None:
    assert response_rank(level) == rank


def test_warning_rank_runs_from_blue_to_red() -> None:
    assert [warning_rank(w) for w in WARNING_LEVELS] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    "call",
    [
        lambda: grade_severity("V"),
        lambda: response_rank("red"),
        lambda: warning_rank("III"),
        lambda: raise_response("V"),
    ],
)
def test_unknown_codes_are_refused(call: Callable[[], object]) -> None:
    with pytest.raises(ValueError, match="unknown"):
        call()


def test_grade_comparisons() -> None:
    assert grade_at_least("II", "III")
    assert grade_at_least("III", "III")
    assert not grade_at_least("IV", "III")
    assert not grade_at_least(None, "IV")
    assert most_severe_grade(["IV", None, "II", "III"]) == "II"
    assert most_severe_grade([None, None]) is None


def test_response_levels_are_raised_and_lowered_within_bounds() -> None:
    assert raise_response("IV") == "III"
    assert raise_response("III", steps=2) == "I"
    assert raise_response("I") == "I"
    assert lower_response("I") == "II"
    assert lower_response("III", steps=5) == "IV"
    assert compare_response("II", "III") > 0
    assert compare_response("IV", "IV") == 0
    assert compare_response("IV", "I") < 0


@pytest.mark.parametrize(
    ("warning", "response"),
    [("blue", "IV"), ("yellow", "III"), ("orange", "II"), ("red", "I")],
)
def test_the_default_mapping_follows_the_colour(warning: str, response: str) -> None:
    assert suggest_response_level(warning, RULES) == response


def test_no_warning_suggests_nothing() -> None:
    assert suggest_response_level(None, RULES) is None


def test_an_unknown_colour_is_refused() -> None:
    with pytest.raises(ValueError, match="purple"):
        suggest_response_level("purple", RULES)


def test_the_mapping_is_unverified_local_default() -> None:
    assert all(not row.verified for row in RULES.rows)


def _write(tmp_path: Path, rows: list[dict[str, object]]) -> Path:
    path = tmp_path / "response_levels.json"
    path.write_text(json.dumps({"warning_to_response": rows}), encoding="utf-8")
    return path


def _row(warning: str, response: str) -> dict[str, object]:
    return {
        "id": f"w_{warning}",
        "warning_level": warning,
        "response_level": response,
        "source": "test",
        "verified": False,
    }


def test_an_edited_table_may_leave_a_colour_without_default(tmp_path: Path) -> None:
    rules = load_response_level_rules(_write(tmp_path, [_row("red", "II")]))

    assert suggest_response_level("red", rules) == "II"
    assert suggest_response_level("blue", rules) is None


def test_a_bad_row_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, [_row("red", "V")])

    with pytest.raises(RuleTableError, match=r"response_levels\.json.*'w_red'"):
        load_response_level_rules(path)
