"""Report clocks: which reports upward are due, and by when.

Each incident runs its own chain of reports (首报, 续报/日报, 终报, 补报),
and each clock starts from a fact of the incident (occurrence, receipt, the
last report sent, closure, a casualty change), never from when an officer
opens a form. The time limits are rows of
``resources/rules/report_deadlines.json``; when several rows apply to one
kind of report, the earliest due time wins, and the deadline names that row
so the officer can see its source and whether it was verified.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from console.domain import rulefile
from console.domain.levels import GRADES, grade_at_least


class ReportKind(StrEnum):
    """The reports upward an incident may owe."""

    FIRST_PHONE = "first_phone"
    FIRST_WRITTEN = "first_written"
    FOLLOWUP = "followup"
    DAILY = "daily"
    FINAL = "final"
    SUPPLEMENTARY = "supplementary"


STARTS = ("occurred", "received", "last_report", "closed", "casualty_change")


@dataclass(frozen=True)
class DeadlineRule:
    """One row of the deadline table.

    Attributes:
        applies_to: ``category`` or ``category/type`` codes; empty means all.
        min_grade: the least severe grade the rule applies to; None, any
            grade (an incident without a grade only meets rules without one).
        start: the fact the clock starts from (one of ``STARTS``).
        satisfied_by: the kinds of sent report that discharge the rule; for
            a ``last_report`` rule, the kinds whose sending restarts it.
        window_days: for ``casualty_change``, how long after occurrence a
            change still calls for a supplementary report (end included).
    """

    id: str
    kind: ReportKind
    applies_to: tuple[str, ...]
    min_grade: str | None
    start: str
    minutes: int
    source: str
    verified: bool
    satisfied_by: tuple[ReportKind, ...]
    window_days: int | None = None

    def applies(self, category: str, type_code: str, grade: str | None) -> bool:
        in_scope = (
            not self.applies_to
            or category in self.applies_to
            or f"{category}/{type_code}" in self.applies_to
        )
        if self.min_grade is None:
            return in_scope
        return in_scope and grade_at_least(grade, self.min_grade)


@dataclass(frozen=True)
class DeadlineRules:
    """The deadline table and its settings."""

    rules: tuple[DeadlineRule, ...]
    daily_after: timedelta
    alarm_lead: timedelta


@dataclass(frozen=True)
class DeadlineFacts:
    """What the clocks of one incident depend on; datetimes are aware."""

    incident_id: str
    category: str
    type: str
    grade: str | None
    occurred_at: datetime
    received_at: datetime
    closed_at: datetime | None = None
    last_casualty_change_at: datetime | None = None


@dataclass(frozen=True)
class SentReport:
    """A report already sent upward."""

    kind: str
    sequence: int
    sent_at: datetime


@dataclass(frozen=True)
class Deadline:
    """An open deadline: the report ``kind`` number ``sequence`` is due."""

    incident_id: str
    kind: ReportKind
    sequence: int
    due: datetime
    rule_id: str
    source: str
    verified: bool

    @property
    def key(self) -> tuple[str, str, int]:
        return (self.incident_id, str(self.kind), self.sequence)

    @property
    def set_at(self) -> datetime | None:
        """None: a report clock runs from a fact, never due as it starts."""
        return None


def load_deadline_rules(path: Path) -> DeadlineRules:
    """Read ``report_deadlines.json``; raise ``RuleTableError`` on bad data."""
    table = rulefile.read_table(path)
    settings = rulefile.section(path, table, "settings")
    daily = rulefile.find_row(path, settings, "daily_after_days")
    lead = rulefile.find_row(path, settings, "alarm_lead_minutes")
    return DeadlineRules(
        rules=tuple(_rule(path, r) for r in rulefile.section(path, table, "rules")),
        daily_after=timedelta(days=rulefile.get_count(path, daily, "value")),
        alarm_lead=timedelta(minutes=rulefile.get_count(path, lead, "value")),
    )


def _rule(path: Path, row: rulefile.Row) -> DeadlineRule:
    kinds = tuple(k.value for k in ReportKind)
    kind_code = rulefile.get_str(path, row, "kind")
    if kind_code not in kinds:
        raise rulefile.fail(path, row, f"unknown kind {kind_code!r}")
    kind = ReportKind(kind_code)
    start = rulefile.get_str(path, row, "start")
    if start not in STARTS:
        raise rulefile.fail(path, row, f"unknown start {start!r}")
    min_grade = row.get("min_grade")
    if min_grade is not None and min_grade not in GRADES:
        raise rulefile.fail(path, row, f"unknown min_grade {min_grade!r}")
    minutes = rulefile.get_count(path, row, "minutes")
    if minutes == 0:
        raise rulefile.fail(path, row, "minutes must be more than 0")
    window = None
    if start == "casualty_change":
        window = rulefile.get_count(path, row, "window_days")
    satisfied = rulefile.get_str_list(path, row, "satisfied_by", kinds) or (kind,)
    return DeadlineRule(
        id=row["id"],
        kind=kind,
        applies_to=rulefile.get_str_list(path, row, "applies_to"),
        min_grade=min_grade,
        start=start,
        minutes=minutes,
        source=row["source"],
        verified=row["verified"],
        satisfied_by=tuple(ReportKind(k) for k in satisfied),
        window_days=window,
    )


def compute_deadlines(
    facts: DeadlineFacts, sent: Sequence[SentReport], rules: DeadlineRules
) -> list[Deadline]:
    """The open deadlines of one incident, earliest first.

    For each kind of report, the next one that is due and not yet satisfied
    by a sent report; when several rules give one kind, the earliest wins
    (ties go to the rule listed first). Follow-ups become daily reports
    (日报) once they fall due more than ``daily_after`` after receipt.
    """
    _check_aware(facts, sent)
    best: dict[ReportKind, tuple[datetime, DeadlineRule]] = {}
    for rule in rules.rules:
        if not rule.applies(facts.category, facts.type, facts.grade):
            continue
        due = _due(rule, facts, sent)
        if due is not None and (rule.kind not in best or due < best[rule.kind][0]):
            best[rule.kind] = (due, rule)
    _keep_one_periodic(best, facts.received_at + rules.daily_after)

    deadlines = [
        Deadline(
            incident_id=facts.incident_id,
            kind=kind,
            sequence=sum(1 for s in sent if s.kind == kind) + 1,
            due=due.astimezone(UTC),
            rule_id=rule.id,
            source=rule.source,
            verified=rule.verified,
        )
        for kind, (due, rule) in best.items()
    ]
    order = list(ReportKind)
    return sorted(deadlines, key=lambda d: (d.due, order.index(d.kind)))


def _due(
    rule: DeadlineRule, facts: DeadlineFacts, sent: Sequence[SentReport]
) -> datetime | None:
    """When the rule's next report is due; None if nothing is owed."""
    counted = [s.sent_at for s in sent if s.kind in rule.satisfied_by]
    delay = timedelta(minutes=rule.minutes)
    if rule.start == "last_report":
        if facts.closed_at is not None or not counted:
            return None
        return max(counted) + delay
    if rule.start == "casualty_change":
        return _supplementary_due(rule, facts, counted)
    anchor = {
        "occurred": facts.occurred_at,
        "received": facts.received_at,
        "closed": facts.closed_at,
    }[rule.start]
    if anchor is None or counted:
        return None
    return anchor + delay


def _supplementary_due(
    rule: DeadlineRule, facts: DeadlineFacts, counted: list[datetime]
) -> datetime | None:
    """Casualties changed after a report: report again, within the window."""
    change = facts.last_casualty_change_at
    if change is None or rule.window_days is None:
        return None
    if change > facts.occurred_at + timedelta(days=rule.window_days):
        return None
    reported_before = any(t < change for t in counted)
    reported_since = any(t >= change for t in counted)
    if not reported_before or reported_since:
        return None
    return change + timedelta(minutes=rule.minutes)


def _keep_one_periodic(
    best: dict[ReportKind, tuple[datetime, DeadlineRule]], cutover: datetime
) -> None:
    """Follow-ups until ``cutover``, daily reports after it; never both."""
    if ReportKind.FOLLOWUP not in best or ReportKind.DAILY not in best:
        return
    earliest = min(best[ReportKind.FOLLOWUP][0], best[ReportKind.DAILY][0])
    del best[ReportKind.FOLLOWUP if earliest > cutover else ReportKind.DAILY]


def _check_aware(facts: DeadlineFacts, sent: Sequence[SentReport]) -> None:
    times = [facts.occurred_at, facts.received_at, facts.closed_at]
    times += [facts.last_casualty_change_at, *(s.sent_at for s in sent)]
    if any(t is not None and t.utcoffset() is None for t in times):
        raise ValueError("report clocks need aware datetimes")
