"""Plan files: the shipped library, located errors, safety limits, round trips."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from console import paths
from console.domain.taxonomy import load_taxonomy
from console.plans import (
    MAX_BYTES,
    PlanFileError,
    check_file,
    check_text,
    dump_plan,
    export_plan,
    import_plan,
    load_library,
    load_plan,
    parse_plan,
    shipped_dir,
)
from console.plans.model import LEVELS, SAMPLE, VERIFIED

SHIPPED_IDS = {
    "yinzhou-flood-typhoon-2023",
    "yinzhou-production-safety-sample",
    "yinzhou-hazchem-sample",
    "enterprise-template-gbt29639",
}

# A small valid plan; the broken-file cases below edit one line of it, so the
# line numbers in their expected messages refer to this text.
BASE = """\
id: test-plan
title: 测试预案
kind: special
incident_types: [typhoon]
issuer: null
doc_no: null
version: "1"
status: drafting
effective: null
verification: sample
evidence: U
source: sample
notice: 全部为示例。
sources:
  - id: sample
    title: 示例
levels:
  - level: IV
    triggers:
      - id: t-blue
        text: 台风蓝色预警
        warning: {signal: typhoon, colour: blue}
        verification: sample
        evidence: U
        source: sample
    actions:
      - id: a-duty
        task: 24小时值班
        unit: 区应急管理局
        due_minutes: 0
        mandatory: true
        verification: sample
        evidence: U
        source: sample
  - level: III
    actions:
      - id: a-consult
        task: 会商研判
        unit: 区防指
        mandatory: false
        verification: sample
        evidence: U
        source: sample
"""


def _edit(line: int, new: str | None) -> str:
    """BASE with one line replaced (or removed when ``new`` is None)."""
    lines = BASE.splitlines()
    if new is None:
        del lines[line - 1]
    else:
        lines[line - 1] = new
    return "\n".join(lines) + "\n"


def _errors(text: str) -> list[str]:
    plan, errors = check_text(text, "p.yaml")
    assert (plan is None) == bool(errors)
    return [str(error) for error in errors]


def _shipped() -> list[Path]:
    return sorted(shipped_dir().glob("*.yaml"))


def test_base_plan_is_valid() -> None:
    plan = parse_plan(BASE)

    assert plan.level_codes == ("IV", "III")
    assert plan.levels[0].actions[0].due_minutes == 0
    assert plan.action_counts() == (0, 2)


@pytest.mark.parametrize("path", _shipped(), ids=lambda path: path.stem)
def test_every_shipped_plan_validates(path: Path) -> None:
    plan, errors = check_file(path)

    assert [str(error) for error in errors] == []
    assert plan is not None
    assert plan.id == path.stem
    assert list(plan.level_codes) == [c for c in LEVELS if c in plan.level_codes]


def test_the_library_ships_the_four_plans() -> None:
    library = load_library()

    assert library.errors == ()
    assert {plan.id for plan in library.plans} == SHIPPED_IDS


@pytest.mark.parametrize("path", _shipped(), ids=lambda path: path.stem)
def test_only_plan_text_is_called_verified(path: Path) -> None:
    """Nothing unverified is presented as official: verified means evidence V."""
    plan = load_plan(path)
    items = [plan, *plan.sections, *plan.measures, *plan.actions()]
    items += [t for level in plan.levels for t in level.triggers]

    for item in items:
        assert item.verification in (VERIFIED, SAMPLE)
        assert (item.verification == VERIFIED) == (item.evidence == "V"), item
    assert "示例" in plan.notice


def test_flood_plan_keeps_the_verified_header_and_structure() -> None:
    plan = load_plan(shipped_dir() / "yinzhou-flood-typhoon-2023.yaml")

    assert plan.doc_no == "鄞政办发〔2023〕55号"
    assert plan.issuer == "宁波市鄞州区人民政府办公室"
    assert (plan.signed, plan.published) == (date(2023, 9, 15), date(2023, 10, 13))
    assert plan.effective is None
    assert plan.verification == VERIFIED
    assert [s.number for s in plan.sections if s.number and "." not in s.number] == [
        "1", "2", "3", "4", "5", "6", "7",
    ]  # fmt: skip
    assert {s.verification for s in plan.sections} == {VERIFIED}
    five_stops = next(m for m in plan.measures if m.id == "five-stops")
    assert (five_stops.section, five_stops.verification) == ("5.4", VERIFIED)
    assert len(five_stops.actions) == 5
    assert all(action.verification == SAMPLE for action in plan.actions())


@pytest.mark.parametrize("path", _shipped(), ids=lambda path: path.stem)
def test_samples_carry_no_invented_document_numbers(path: Path) -> None:
    plan = load_plan(path)

    if plan.verification == SAMPLE:
        assert (plan.doc_no, plan.issuer, plan.effective) == (None, None, None)
        assert plan.status == "drafting"


def test_shipped_incident_types_are_in_the_taxonomy() -> None:
    taxonomy = load_taxonomy(paths.resource("rules", "incident_types.json"))
    known = {t.code for category in taxonomy.categories for t in category.types}

    for plan in load_library().plans:
        assert set(plan.incident_types) <= known, plan.id


BROKEN = [
    pytest.param(28, "        taks: 24小时值班", [
        "p.yaml:27: action is missing key 'task'",
        "p.yaml:28: unknown key 'taks' in action (did you mean 'task'?)",
    ], id="unknown-key"),
    pytest.param(7, "version: 1", [
        "p.yaml:7: 'version' must be text (put it in quotes), got a number '1'",
    ], id="wrong-type"),
    pytest.param(30, "        due_minutes: 半小时", [
        "p.yaml:30: 'due_minutes' must be a whole number of minutes (0 or more),"
        " got text '半小时'",
    ], id="minutes-text"),
    pytest.param(30, "        due_minutes: 1:30", [
        "p.yaml:30: 'due_minutes' must be a whole number of minutes (0 or more),"
        " got a number '1:30'",
    ], id="minutes-sexagesimal"),
    pytest.param(39, None, [
        "p.yaml:37: action is missing key 'unit'",
    ], id="missing-key"),
    pytest.param(6, None, [
        "p.yaml:1: plan is missing key 'doc_no'",
    ], id="missing-nullable-key"),
    pytest.param(13, "notice:", [
        "p.yaml:13: 'notice' must not be empty",
    ], id="empty-required"),
    pytest.param(22, "        warning: {signal: typhoon, colour: purple}", [
        "p.yaml:22: 'colour' must be one of blue, yellow, orange, red; got 'purple'",
    ], id="bad-colour"),
    pytest.param(3, "kind: 专项", [
        "p.yaml:3: 'kind' must be one of overall, special, department, township,"
        " enterprise; got '专项'",
    ], id="bad-kind"),
    pytest.param(35, "  - level: 3", [
        "p.yaml:35: 'level' must be one of IV, III, II, I; got '3'",
    ], id="bad-level"),
    pytest.param(37, "      - id: a-duty", [
        "p.yaml:37: duplicate action id 'a-duty' (first on line 27)",
    ], id="duplicate-action-id"),
    pytest.param(18, "  - level: II", [
        "p.yaml:35: level 'III' is out of order:"
        " list levels from IV (lowest) to I (highest)",
    ], id="levels-out-of-order"),
    pytest.param(35, "  - level: IV", [
        "p.yaml:35: level 'IV' is listed twice (first on line 18)",
    ], id="level-twice"),
    pytest.param(3, "title: 另一个", [
        "p.yaml:1: plan is missing key 'kind'",
        "p.yaml:3: duplicate key 'title' (first on line 2)",
    ], id="duplicate-key"),
    pytest.param(23, "        verification: verified", [
        "p.yaml:23: 'verification: verified' needs evidence V"
        " (read in the plan text itself), got 'U'",
    ], id="verified-without-plan-text"),
    pytest.param(11, "evidence: V", [
        "p.yaml:11: evidence V means read in the plan text itself;"
        " set 'verification: verified'",
    ], id="plan-text-marked-sample"),
    pytest.param(25, "        source: S9", [
        "p.yaml:25: source 'S9' is not listed in 'sources' (listed: sample)",
    ], id="unknown-source"),
    pytest.param(40, "        mandatory: maybe", [
        "p.yaml:40: 'mandatory' must be true or false, got text 'maybe'",
    ], id="bad-bool"),
    pytest.param(9, "effective: 2023-02-30", [
        "p.yaml:9: 'effective' must be a date like 2023-09-15, got a date '2023-02-30'",
    ], id="bad-date"),
    pytest.param(27, "      - id: a duty", [
        "p.yaml:27: 'id' must be a name of letters, digits, '-', '_' or '.',"
        " got text 'a duty'",
    ], id="bad-id"),
    pytest.param(4, "incident_types: typhoon", [
        "p.yaml:4: 'incident_types' must be a list, got text 'typhoon'",
    ], id="not-a-list"),
    pytest.param(22, "        warning: {signal: typhoon, colour: blue", [
        "p.yaml:23: YAML syntax error: expected ',' or '}', but got ':'",
    ], id="syntax-error"),
    pytest.param(2, "title: !!python/object/apply:os.system ['echo hi']", [
        "p.yaml:2: 'title' must be text, got a list",
    ], id="python-tag-is-inert"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "new", "expected"), BROKEN)
def test_broken_file_reports_file_line_and_message(
    line: int, new: str | None, expected: list[str]
) -> None:
    assert _errors(_edit(line, new)) == expected


def test_threshold_needs_a_bound() -> None:
    text = _edit(22, "        thresholds: [{metric: deaths, unit: 人}]")

    assert _errors(text) == [
        "p.yaml:22: threshold needs 'at_least' or 'below' (or both)"
    ]


def test_every_error_is_reported_not_just_the_first() -> None:
    text = _edit(3, "kind: 专项").replace("colour: blue", "colour: purple")

    assert [error.split(":")[1] for error in _errors(text)] == ["3", "22"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "p.yaml:1: file is empty; expected a plan"),
        ("- a\n", "p.yaml:1: plan must be a mapping, got a list"),
        (
            "a: 1\n---\nb: 2\n",
            "p.yaml:2: YAML syntax error: expected a single document in the stream,"
            " but found another document",
        ),
    ],
)
def test_files_that_are_not_plans(text: str, expected: str) -> None:
    assert _errors(text) == [expected]


def test_alias_bomb_is_refused_before_it_expands() -> None:
    rows = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        rows.append(f"{level}: &{level} [{', '.join([f'*{previous}'] * 9)}]")

    assert _errors("\n".join(rows) + "\n") == [
        "p.yaml:2: YAML aliases are not allowed in plan files (*a)"
    ]


def test_oversize_file_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")

    _, errors = check_file(path)

    assert [str(e) for e in errors] == [
        f"{path}:1: file is 1,048,579 bytes; a plan file may be at most 1 MB"
    ]


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    assert _errors("[" * 5000 + "]" * 5000) == ["p.yaml:1: YAML is nested too deeply"]


def test_non_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "gbk.yaml"
    path.write_bytes(
        BASE.encode("utf-8").replace("测试预案".encode(), "测试".encode("gbk"))
    )

    _, errors = check_file(path, name="gbk.yaml")

    assert [str(e) for e in errors] == ["gbk.yaml:2: file is not UTF-8 text"]


def test_load_plan_raises_with_every_error() -> None:
    with pytest.raises(PlanFileError) as raised:
        parse_plan(_edit(3, "kind: 专项"), "p.yaml")

    assert [e.line for e in raised.value.errors] == [3]
    assert str(raised.value).startswith("p.yaml:3: 'kind' must be one of")


@pytest.mark.parametrize("path", _shipped(), ids=lambda path: path.stem)
def test_export_then_load_gives_the_same_plan(path: Path, tmp_path: Path) -> None:
    plan = load_plan(path)
    out = tmp_path / path.name

    export_plan(plan, out)

    assert load_plan(out) == plan
    assert parse_plan(dump_plan(load_plan(out))) == plan


def test_user_plans_join_the_library(tmp_path: Path) -> None:
    source = tmp_path / "own.yaml"
    source.write_text(BASE, encoding="utf-8")

    entry = import_plan(source, tmp_path / "data")
    library = load_library(tmp_path / "data")

    assert entry.path == tmp_path / "data" / "plans" / "own.yaml"
    assert library.get("test-plan") == parse_plan(BASE)
    assert {e.origin for e in library.entries if e.plan.id == "test-plan"} == {"user"}


def test_import_refuses_invalid_and_clashing_files(tmp_path: Path) -> None:
    data = tmp_path / "data"
    bad = tmp_path / "bad.yaml"
    bad.write_text(_edit(3, "kind: 专项"), encoding="utf-8")
    again = tmp_path / "again.yaml"
    again.write_text(BASE, encoding="utf-8")
    first = tmp_path / "own.yaml"
    first.write_text(BASE, encoding="utf-8")
    import_plan(first, data)

    with pytest.raises(PlanFileError, match="must be one of"):
        import_plan(bad, data)
    with pytest.raises(PlanFileError, match="already in the library"):
        import_plan(again, data)
    with pytest.raises(PlanFileError, match="already exists"):
        import_plan(first, data)


def test_a_broken_user_file_does_not_hide_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    (folder / "broken.yaml").write_text(_edit(3, "kind: 专项"), encoding="utf-8")

    library = load_library(tmp_path)

    assert {plan.id for plan in library.plans} == SHIPPED_IDS
    assert [e.line for e in library.errors] == [3]


def test_versions_are_ordered_oldest_first(tmp_path: Path) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    for version, day in (("2", "2024-01-01"), ("1", "2020-01-01")):
        text = BASE.replace('version: "1"', f'version: "{version}"')
        text = text.replace("effective: null", f"effective: {day}")
        (folder / f"v{version}.yaml").write_text(text, encoding="utf-8")

    library = load_library(tmp_path)

    assert [p.version for p in library.versions("test-plan")] == ["1", "2"]
    newest = library.get("test-plan")
    assert newest is not None
    assert newest.version == "2"
