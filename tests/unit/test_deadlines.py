"""Report clocks: every rule of report_deadlines.json, due times exactly."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from console import paths
from console.domain.deadlines import (
    Deadline,
    DeadlineFacts,
    ReportKind,
    SentReport,
    compute_deadlines,
    load_deadline_rules,
)
from console.domain.rulefile import RuleTableError

RULES_PATH = paths.resource("rules", "report_deadlines.json")
RULES = load_deadline_rules(RULES_PATH)

OCCURRED = datetime(2026, 8, 1, 1, 30, tzinfo=UTC)
RECEIVED = OCCURRED + timedelta(minutes=20)
H = timedelta(hours=1)
M = timedelta(minutes=1)
D = timedelta(days=1)


def _facts(kind: str = "accident/production_safety", **changes: Any) -> DeadlineFacts:
    category, type_code = kind.split("/")
    facts = DeadlineFacts(
        incident_id="inc-1",
        category=category,
        type=type_code,
        grade="IV",
        occurred_at=OCCURRED,
        received_at=RECEIVED,
    )
    return replace(facts, **changes)


def _sent(kind: str, at: datetime, sequence: int = 1) -> SentReport:
    return SentReport(kind=kind, sequence=sequence, sent_at=at)


def _of(kind: ReportKind, deadlines: list[Deadline]) -> Deadline | None:
    return next((d for d in deadlines if d.kind == kind), None)


def _kinds(deadlines: list[Deadline]) -> list[str]:
    return [str(d.kind) for d in deadlines]


WRITTEN = RECEIVED + 40 * M
FOLLOWUPS_24H = [_sent("first_written", RECEIVED + H)] + [
    _sent("followup", RECEIVED + H + n * D, n) for n in (1, 2)
]
FOLLOWUPS_12H = [_sent("first_written", RECEIVED + H)] + [
    _sent("followup", RECEIVED + H + n * 12 * H, n) for n in range(1, 6)
]
CLOSED = RECEIVED + 5 * H

# One scenario per rule of the shipped table: facts, reports sent, and the
# kind, number and due time the rule must give.
SCENARIOS: dict[
    str, tuple[DeadlineFacts, list[SentReport], ReportKind, int, datetime]
] = {
    "first_phone_local": (
        _facts("natural/typhoon", grade="III"),
        [],
        ReportKind.FIRST_PHONE,
        1,
        RECEIVED + 30 * M,
    ),
    "first_written_local": (
        _facts("natural/typhoon", grade="III"),
        [],
        ReportKind.FIRST_WRITTEN,
        1,
        RECEIVED + 60 * M,
    ),
    "first_written_order493": (
        _facts("accident/fire", grade="IV"),
        [],
        ReportKind.FIRST_WRITTEN,
        1,
        OCCURRED + 60 * M,
    ),
    "followup_order21_daily": (
        _facts("accident/traffic"),
        [_sent("first_written", WRITTEN)],
        ReportKind.FOLLOWUP,
        1,
        WRITTEN + 24 * H,
    ),
    "followup_order21_twice_daily": (
        _facts("accident/hazardous_chemicals", grade="II"),
        [_sent("first_written", WRITTEN)],
        ReportKind.FOLLOWUP,
        1,
        WRITTEN + 12 * H,
    ),
    "followup_local_daily": (
        _facts("health/food_safety"),
        [_sent("first_written", WRITTEN)],
        ReportKind.FOLLOWUP,
        1,
        WRITTEN + 24 * H,
    ),
    "followup_local_twice_daily": (
        _facts("social/mass_incident", grade="I"),
        [_sent("first_phone", RECEIVED + 10 * M), _sent("first_written", WRITTEN)],
        ReportKind.FOLLOWUP,
        1,
        WRITTEN + 12 * H,
    ),
    "daily_local": (
        _facts("natural/flood_drought"),
        FOLLOWUPS_24H,
        ReportKind.DAILY,
        1,
        RECEIVED + 73 * H,
    ),
    "daily_local_twice_major": (
        _facts("natural/flood_drought", grade="II"),
        FOLLOWUPS_12H,
        ReportKind.DAILY,
        1,
        RECEIVED + 73 * H,
    ),
    "final_local": (
        _facts("social/mass_incident", closed_at=CLOSED),
        [_sent("first_written", RECEIVED + H)],
        ReportKind.FINAL,
        1,
        CLOSED + 24 * H,
    ),
    "supplementary_order493_30_days": (
        _facts("accident/public_facility", last_casualty_change_at=OCCURRED + 20 * D),
        [_sent("first_written", WRITTEN), _sent("followup", WRITTEN + D)],
        ReportKind.SUPPLEMENTARY,
        1,
        OCCURRED + 20 * D + 60 * M,
    ),
    "supplementary_order493_7_days": (
        _facts("accident/traffic", last_casualty_change_at=OCCURRED + 5 * D),
        [_sent("first_written", WRITTEN)],
        ReportKind.SUPPLEMENTARY,
        1,
        OCCURRED + 5 * D + 60 * M,
    ),
}


def test_every_rule_in_the_table_has_a_scenario() -> None:
    assert set(SCENARIOS) == {rule.id for rule in RULES.rules}


@pytest.mark.parametrize("rule_id", sorted(SCENARIOS))
def test_each_rule_gives_its_deadline(rule_id: str) -> None:
    facts, sent, kind, sequence, due = SCENARIOS[rule_id]
    rule = next(r for r in RULES.rules if r.id == rule_id)

    deadline = _of(kind, compute_deadlines(facts, sent, RULES))

    assert deadline == Deadline(
        incident_id="inc-1",
        kind=kind,
        sequence=sequence,
        due=due,
        rule_id=rule_id,
        source=rule.source,
        verified=rule.verified,
    )


@pytest.mark.parametrize("rule_id", sorted(SCENARIOS))
def test_each_deadline_is_satisfied_by_sending_its_report(rule_id: str) -> None:
    facts, sent, kind, sequence, due = SCENARIOS[rule_id]

    now_sent = [*sent, _sent(kind, due - M, sequence)]

    after = _of(kind, compute_deadlines(facts, now_sent, RULES))
    assert after is None or after.sequence == sequence + 1


def test_verified_flags_follow_the_sources() -> None:
    verified = {rule.id for rule in RULES.rules if rule.verified}

    assert verified == {
        "first_written_order493",
        "followup_order21_daily",
        "followup_order21_twice_daily",
    }


# First reports -------------------------------------------------------------


@pytest.mark.parametrize(
    ("grade", "phone"), [("I", True), ("II", True), ("III", True), ("IV", False)]
)
def test_the_phone_report_is_owed_from_grade_three(grade: str, phone: bool) -> None:
    deadlines = compute_deadlines(_facts("natural/typhoon", grade=grade), [], RULES)

    assert (_of(ReportKind.FIRST_PHONE, deadlines) is not None) is phone


def test_an_ungraded_event_outside_order_493_owes_no_first_report_yet() -> None:
    assert compute_deadlines(_facts("natural/typhoon", grade=None), [], RULES) == []


def test_order_493_applies_to_accidents_of_any_grade() -> None:
    deadlines = compute_deadlines(_facts(grade=None), [], RULES)

    assert _kinds(deadlines) == ["first_written"]
    assert deadlines[0].rule_id == "first_written_order493"


def test_environmental_incidents_are_outside_order_493() -> None:
    assert compute_deadlines(_facts("accident/environmental"), [], RULES) == []


def test_a_written_first_report_also_discharges_the_phone_report() -> None:
    facts = _facts("natural/typhoon", grade="III")

    deadlines = compute_deadlines(facts, [_sent("first_written", WRITTEN)], RULES)

    assert ReportKind.FIRST_PHONE not in _kinds(deadlines)
    assert ReportKind.FIRST_WRITTEN not in _kinds(deadlines)


def test_a_phone_report_does_not_discharge_the_written_one() -> None:
    facts = _facts("natural/typhoon", grade="III")

    deadlines = compute_deadlines(facts, [_sent("first_phone", RECEIVED)], RULES)

    assert _kinds(deadlines) == ["first_written"]


def test_the_earliest_rule_wins_for_one_kind() -> None:
    deadlines = compute_deadlines(_facts(grade="III"), [], RULES)

    written = _of(ReportKind.FIRST_WRITTEN, deadlines)
    assert written is not None
    assert (written.rule_id, written.due) == ("first_written_order493", OCCURRED + H)


def test_on_a_tie_the_rule_listed_first_wins() -> None:
    facts = _facts(grade="III", received_at=OCCURRED)

    written = _of(ReportKind.FIRST_WRITTEN, compute_deadlines(facts, [], RULES))

    assert written is not None
    assert (written.rule_id, written.due) == ("first_written_local", OCCURRED + H)


def test_clocks_run_from_the_fact_each_rule_names() -> None:
    later = RECEIVED + 3 * H

    accident = compute_deadlines(_facts(received_at=later), [], RULES)
    typhoon = compute_deadlines(
        _facts("natural/typhoon", grade="III", received_at=later), [], RULES
    )

    assert [d.due for d in accident] == [OCCURRED + H]
    assert [(str(d.kind), d.due) for d in typhoon] == [
        ("first_phone", later + 30 * M),
        ("first_written", later + H),
    ]


def test_due_times_are_utc_whatever_zone_came_in() -> None:
    beijing = timezone(timedelta(hours=8))
    facts = _facts(
        occurred_at=OCCURRED.astimezone(beijing),
        received_at=RECEIVED.astimezone(beijing),
    )

    (deadline,) = compute_deadlines(facts, [], RULES)

    assert deadline.due == OCCURRED + H
    assert deadline.due.tzinfo is UTC


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        compute_deadlines(_facts(occurred_at=datetime(2026, 8, 1)), [], RULES)


# Follow-ups and daily reports ------------------------------------------------


def test_no_follow_up_before_the_written_first_report() -> None:
    deadlines = compute_deadlines(_facts(), [_sent("first_phone", RECEIVED)], RULES)

    assert ReportKind.FOLLOWUP not in _kinds(deadlines)


def test_follow_ups_are_numbered_and_run_from_the_last_report() -> None:
    sent = [
        _sent("first_written", WRITTEN),
        _sent("followup", WRITTEN + 20 * H, 1),
        _sent("followup", WRITTEN + 30 * H, 2),
    ]

    (deadline,) = compute_deadlines(_facts("natural/typhoon"), sent, RULES)

    assert (deadline.kind, deadline.sequence) == (ReportKind.FOLLOWUP, 3)
    assert deadline.due == WRITTEN + 54 * H


def test_a_follow_up_due_exactly_at_the_cutover_is_still_a_follow_up() -> None:
    sent = [_sent("first_written", RECEIVED)] + [
        _sent("followup", RECEIVED + n * D, n) for n in (1, 2)
    ]

    (deadline,) = compute_deadlines(_facts("natural/typhoon"), sent, RULES)

    assert (deadline.kind, deadline.sequence) == (ReportKind.FOLLOWUP, 3)
    assert deadline.due == RECEIVED + 3 * D


def test_daily_reports_are_numbered_on_their_own() -> None:
    sent = [*FOLLOWUPS_24H, _sent("daily", RECEIVED + 73 * H, 1)]

    (deadline,) = compute_deadlines(_facts("natural/typhoon"), sent, RULES)

    assert (deadline.kind, deadline.sequence) == (ReportKind.DAILY, 2)
    assert deadline.due == RECEIVED + 97 * H


def test_the_daily_cutover_is_editable(tmp_path: Path) -> None:
    table = json.loads(RULES_PATH.read_text(encoding="utf-8"))
    table["settings"][0]["value"] = 1
    path = tmp_path / "report_deadlines.json"
    path.write_text(json.dumps(table, ensure_ascii=False), encoding="utf-8")
    sent = [_sent("first_written", RECEIVED + H)]

    (deadline,) = compute_deadlines(
        _facts("natural/typhoon"), sent, load_deadline_rules(path)
    )

    assert deadline.kind == ReportKind.DAILY


def test_closing_stops_follow_ups_and_starts_the_final_report() -> None:
    facts = _facts("natural/typhoon", closed_at=CLOSED)

    deadlines = compute_deadlines(facts, [_sent("first_written", WRITTEN)], RULES)

    assert _kinds(deadlines) == ["final"]


def test_the_first_reports_stay_owed_after_closing() -> None:
    facts = _facts("natural/typhoon", grade="III", closed_at=CLOSED)

    deadlines = compute_deadlines(facts, [], RULES)

    assert _kinds(deadlines) == ["first_phone", "first_written", "final"]


# Supplementary reports (补报) -------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "window"),
    [
        ("accident/production_safety", 30),
        ("accident/hazardous_chemicals", 30),
        ("accident/public_facility", 30),
        ("accident/traffic", 7),
        ("accident/fire", 7),
    ],
)
@pytest.mark.parametrize(("offset", "owed"), [(timedelta(0), True), (M, False)])
def test_the_supplementary_window_ends_inclusively(
    kind: str, window: int, offset: timedelta, owed: bool
) -> None:
    change = OCCURRED + window * D + offset
    facts = _facts(kind, last_casualty_change_at=change)

    deadlines = compute_deadlines(facts, [_sent("first_written", WRITTEN)], RULES)

    supplementary = _of(ReportKind.SUPPLEMENTARY, deadlines)
    if owed:
        assert supplementary is not None
        assert supplementary.due == change + 60 * M
    else:
        assert supplementary is None


def test_a_fire_outside_its_seven_days_owes_no_supplementary_report() -> None:
    facts = _facts("accident/fire", last_casualty_change_at=OCCURRED + 10 * D)

    deadlines = compute_deadlines(facts, [_sent("first_written", WRITTEN)], RULES)

    assert _of(ReportKind.SUPPLEMENTARY, deadlines) is None


def test_a_change_before_any_written_report_goes_in_the_first_report() -> None:
    facts = _facts(last_casualty_change_at=RECEIVED + 5 * M)

    deadlines = compute_deadlines(facts, [_sent("first_phone", RECEIVED)], RULES)

    assert _kinds(deadlines) == ["first_written"]


@pytest.mark.parametrize("kind", ["followup", "daily", "final", "supplementary"])
def test_any_later_written_report_carries_the_change(kind: str) -> None:
    change = OCCURRED + 2 * D
    facts = _facts(last_casualty_change_at=change)
    sent = [_sent("first_written", WRITTEN), _sent(kind, change)]

    deadlines = compute_deadlines(facts, sent, RULES)

    assert _of(ReportKind.SUPPLEMENTARY, deadlines) is None


def test_supplementary_reports_are_numbered() -> None:
    change = OCCURRED + 12 * D
    facts = _facts(last_casualty_change_at=change, closed_at=OCCURRED + 2 * D)
    sent = [
        _sent("first_written", WRITTEN),
        _sent("final", OCCURRED + 3 * D),
        _sent("supplementary", OCCURRED + 6 * D),
    ]

    (deadline,) = compute_deadlines(facts, sent, RULES)

    assert (deadline.kind, deadline.sequence) == (ReportKind.SUPPLEMENTARY, 2)


def test_events_outside_order_493_owe_no_supplementary_report() -> None:
    facts = _facts("natural/typhoon", last_casualty_change_at=OCCURRED + D)

    deadlines = compute_deadlines(facts, [_sent("first_written", WRITTEN)], RULES)

    assert _of(ReportKind.SUPPLEMENTARY, deadlines) is None


# The table --------------------------------------------------------------------


def _rule(**changes: object) -> dict[str, object]:
    row: dict[str, object] = {
        "id": "r1",
        "kind": "followup",
        "applies_to": [],
        "min_grade": None,
        "start": "last_report",
        "minutes": 60,
        "source": "test",
        "verified": False,
    }
    row.update(changes)
    return row


def _settings() -> list[dict[str, object]]:
    return [
        {"id": "daily_after_days", "value": 3, "source": "t", "verified": False},
        {"id": "alarm_lead_minutes", "value": 10, "source": "t", "verified": False},
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (_rule(kind="weekly"), "unknown kind 'weekly'"),
        (_rule(start="now"), "unknown start 'now'"),
        (_rule(min_grade="V"), "unknown min_grade 'V'"),
        (_rule(minutes=0), "minutes must be more than 0"),
        (_rule(minutes="60"), "minutes must be a whole number"),
        (_rule(start="casualty_change"), "window_days"),
        (_rule(satisfied_by=["fax"]), "satisfied_by: unknown fax"),
        (_rule(source=""), "source is missing"),
        (_rule(verified="no"), "verified must be true/false"),
    ],
)
def test_bad_rows_are_refused_with_file_and_rule(
    tmp_path: Path, row: dict[str, object], message: str
) -> None:
    path = tmp_path / "report_deadlines.json"
    table = {"settings": _settings(), "rules": [row]}
    path.write_text(json.dumps(table), encoding="utf-8")

    expected = rf"report_deadlines\.json: rule 'r1': .*{message}"
    with pytest.raises(RuleTableError, match=expected):
        load_deadline_rules(path)


def test_a_missing_setting_is_named(tmp_path: Path) -> None:
    path = tmp_path / "report_deadlines.json"
    table = {"settings": _settings()[:1], "rules": [_rule()]}
    path.write_text(json.dumps(table), encoding="utf-8")

    with pytest.raises(RuleTableError, match="'alarm_lead_minutes' is missing"):
        load_deadline_rules(path)


def test_the_alarm_lead_time_comes_from_the_table() -> None:
    assert RULES.alarm_lead == timedelta(minutes=10)
    assert RULES.daily_after == timedelta(days=3)
