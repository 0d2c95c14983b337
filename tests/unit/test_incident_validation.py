"""Validation of incident drafts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from console import paths
from console.domain.incidents import IncidentDraft, validate_draft
from console.domain.taxonomy import TaxonomyError, load_taxonomy

NOW = datetime(2026, 8, 1, 2, 0, tzinfo=UTC)
TAXONOMY = load_taxonomy(paths.resource("rules", "incident_types.json"))


def _draft(**changes: object) -> IncidentDraft:
    values: dict[str, object] = {
        "title": "东吴镇山体滑坡",
        "category": "natural",
        "type": "geological",
        "occurred_at": NOW - timedelta(minutes=10),
        "lat": 29.78,
        "lon": 121.72,
    }
    values.update(changes)
    return IncidentDraft(**values)  # type: ignore[arg-type]


def _codes(draft: IncidentDraft, inside: bool = True) -> list[str]:
    problems = validate_draft(
        draft, now=NOW, taxonomy=TAXONOMY, inside_district=lambda lat, lon: inside
    )
    return [p.code for p in problems]


def test_a_complete_draft_has_no_problems() -> None:
    assert _codes(_draft()) == []


def test_taxonomy_has_the_four_national_categories() -> None:
    assert [c.zh for c in TAXONOMY.categories] == [
        "自然灾害",
        "事故灾难",
        "公共卫生事件",
        "社会安全事件",
    ]


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"title": "  "}, "title.empty"),
        ({"category": "weather"}, "category.unknown"),
        ({"type": "fire"}, "type.unknown"),
        ({"occurred_at": NOW + timedelta(hours=1)}, "occurred_at.future"),
        ({"occurred_at": datetime(2026, 8, 1)}, "occurred_at.naive"),
        ({"lat": None, "lon": None}, "location.missing"),
        ({"lat": 129.0}, "location.invalid"),
        ({"grade": "V"}, "grade.unknown"),
    ],
)
def test_each_problem_is_named(changes: dict[str, object], code: str) -> None:
    assert _codes(_draft(**changes)) == [code]


def test_a_time_a_minute_ahead_is_tolerated() -> None:
    assert _codes(_draft(occurred_at=NOW + timedelta(minutes=1))) == []


def test_a_division_alone_is_a_location() -> None:
    assert _codes(_draft(lat=None, lon=None, division_id="d1")) == []


def test_a_point_outside_the_district_asks_for_confirmation() -> None:
    problems = validate_draft(
        _draft(), now=NOW, taxonomy=TAXONOMY, inside_district=lambda lat, lon: False
    )

    assert [(p.code, p.confirmable) for p in problems] == [
        ("location.outside_district", True)
    ]


def test_a_malformed_taxonomy_file_names_the_file(tmp_path) -> None:
    broken = tmp_path / "types.json"
    broken.write_text('{"categories": [{"code": "x"}]}', encoding="utf-8")

    with pytest.raises(TaxonomyError, match=r"types\.json"):
        load_taxonomy(broken)
