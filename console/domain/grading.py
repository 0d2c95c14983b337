"""Suggesting the grade of a production-safety accident (国务院令第493号).

The grade is the highest that any one criterion gives: deaths, serious
injuries or direct economic loss (Art. 3). Thresholds are inclusive lower
bounds (以上含本数) and live in ``resources/rules/grading_order493.json``.

Reports come in before the figures are known (先报已掌握的情况), so each
figure may be None. The suggestion then uses what is known and says it is
incomplete: the officer sees a grade early and knows it may still rise.

``basis`` explains the suggestion as codes, not sentences (the views
translate them). Each entry is ``code`` or ``code:arg[:arg]``:

- ``deaths:<n>:<grade>``, ``serious_injuries:<n>:<grade>``,
  ``loss_yuan:<amount>:<grade>``: what one criterion gives;
- ``unknown:<figure>``: a figure the suggestion lacks;
- ``missing_counted_as_deaths:<n>``: missing persons counted with the dead;
- ``serious_injuries_from_injured``: serious injuries unknown, so everyone
  injured was counted as seriously injured (the conservative reading);
- ``near_miss:<criterion id>``: a 较大涉险 criterion that is met;
- ``not_covered``: the rules do not apply to this category and type.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path

from console.domain import rulefile
from console.domain.levels import GRADES, grade_severity, most_severe_grade

CRITERIA = ("deaths", "serious_injuries", "loss_yuan")


@dataclass(frozen=True)
class IncidentFacts:
    """The figures grading looks at; None means unknown (不详), not zero."""

    category: str
    type: str
    deaths: int | None = None
    serious_injuries: int | None = None
    injured: int | None = None
    missing: int | None = None
    trapped: int | None = None
    endangered: int | None = None
    evacuated: int | None = None
    loss_yuan: float | None = None


# The head counts a near-miss criterion may add up.
FIGURES = (
    "deaths",
    "serious_injuries",
    "injured",
    "missing",
    "trapped",
    "endangered",
    "evacuated",
)


@dataclass(frozen=True)
class GradeSuggestion:
    """A suggested grade and why; the officer decides the grade."""

    grade: str | None
    basis: tuple[str, ...]
    near_miss: bool
    incomplete: bool


@dataclass(frozen=True)
class GradeThreshold:
    """Inclusive lower bounds for one grade."""

    id: str
    grade: str
    deaths: int
    serious_injuries: int
    loss_yuan: float
    source: str
    verified: bool


@dataclass(frozen=True)
class NearMissCriterion:
    """较大涉险: the sum of ``figures`` reaches ``at_least``."""

    id: str
    figures: tuple[str, ...]
    at_least: int
    source: str
    verified: bool


@dataclass(frozen=True)
class GradingRules:
    """The grading table: scope, thresholds, settings and near-miss criteria.

    ``thresholds`` runs from the most severe grade to the least severe, whose
    bounds are zero, so every known figure falls in some grade.
    """

    scope: frozenset[tuple[str, str]]
    thresholds: tuple[GradeThreshold, ...]
    count_missing_as_deaths: bool
    near_miss: tuple[NearMissCriterion, ...]

    def covers(self, category: str, type_code: str) -> bool:
        return (category, type_code) in self.scope

    def grade_for(self, criterion: str, value: float) -> str:
        """The most severe grade whose bound for ``criterion`` ``value`` meets."""
        for row in self.thresholds:
            if value >= getattr(row, criterion):
                return row.grade
        return self.thresholds[-1].grade


def load_grading_rules(path: Path) -> GradingRules:
    """Read ``grading_order493.json``; raise ``RuleTableError`` on bad data."""
    table = rulefile.read_table(path)
    scope = frozenset(
        (rulefile.get_str(path, row, "category"), type_code)
        for row in rulefile.section(path, table, "scope")
        for type_code in rulefile.get_str_list(path, row, "types")
    )
    settings = rulefile.section(path, table, "settings")
    count_missing = rulefile.find_row(path, settings, "count_missing_as_deaths")
    return GradingRules(
        scope=scope,
        thresholds=_thresholds(path, rulefile.section(path, table, "thresholds")),
        count_missing_as_deaths=rulefile.get_bool(path, count_missing, "value"),
        near_miss=tuple(
            NearMissCriterion(
                id=row["id"],
                figures=rulefile.get_str_list(path, row, "figures", FIGURES),
                at_least=rulefile.get_count(path, row, "at_least"),
                source=row["source"],
                verified=row["verified"],
            )
            for row in rulefile.section(path, table, "near_miss")
        ),
    )


def _thresholds(path: Path, rows: list[rulefile.Row]) -> tuple[GradeThreshold, ...]:
    thresholds = []
    for row in rows:
        grade = rulefile.get_str(path, row, "grade")
        if grade not in GRADES:
            raise rulefile.fail(path, row, f"unknown grade {grade!r}")
        thresholds.append(
            GradeThreshold(
                id=row["id"],
                grade=grade,
                deaths=rulefile.get_count(path, row, "deaths"),
                serious_injuries=rulefile.get_count(path, row, "serious_injuries"),
                loss_yuan=rulefile.get_amount(path, row, "loss_yuan"),
                source=row["source"],
                verified=row["verified"],
            )
        )
    thresholds.sort(key=lambda t: -grade_severity(t.grade))
    if [t.grade for t in thresholds] != list(GRADES):
        raise rulefile.RuleTableError(f"{path}: thresholds need one row per grade")
    for more, less in itertools.pairwise(thresholds):
        if any(getattr(more, c) < getattr(less, c) for c in CRITERIA):
            raise _error(path, less, f"bounds above those of grade {more.grade}")
    if any(getattr(thresholds[-1], c) != 0 for c in CRITERIA):
        raise _error(path, thresholds[-1], "the least severe grade starts at 0")
    return tuple(thresholds)


def _error(path: Path, row: GradeThreshold, message: str) -> rulefile.RuleTableError:
    return rulefile.RuleTableError(f"{path}: rule {row.id!r}: {message}")


def suggest_grade(facts: IncidentFacts, rules: GradingRules) -> GradeSuggestion:
    """The grade the figures give under the rules, with its basis."""
    if not rules.covers(facts.category, facts.type):
        return GradeSuggestion(
            None, ("not_covered",), near_miss=False, incomplete=False
        )
    basis: list[str] = []
    grades: list[str] = []
    incomplete = False
    for criterion, value, notes, partial in _criteria(facts, rules):
        basis.extend(notes)
        incomplete = incomplete or partial
        if value is not None:
            grade = rules.grade_for(criterion, value)
            grades.append(grade)
            basis.append(f"{criterion}:{_number(value)}:{grade}")
    met = [c.id for c in rules.near_miss if _near_miss_met(facts, c)]
    basis.extend(f"near_miss:{c}" for c in met)
    return GradeSuggestion(
        grade=most_severe_grade(grades),
        basis=tuple(basis),
        near_miss=bool(met),
        incomplete=incomplete,
    )


_Criterion = tuple[str, float | None, list[str], bool]


def _criteria(facts: IncidentFacts, rules: GradingRules) -> list[_Criterion]:
    """Each criterion's value (None if unknown), notes and whether partial."""
    return [
        _deaths(facts, rules.count_missing_as_deaths),
        _serious_injuries(facts),
        _partial_sum("loss_yuan", [("loss_yuan", facts.loss_yuan)]),
    ]


def _deaths(facts: IncidentFacts, count_missing: bool) -> _Criterion:
    parts: list[tuple[str, float | None]] = [("deaths", facts.deaths)]
    if count_missing:
        parts.append(("missing", facts.missing))
    criterion = _partial_sum("deaths", parts)
    if count_missing and facts.missing:
        criterion[2].append(f"missing_counted_as_deaths:{facts.missing}")
    return criterion


def _serious_injuries(facts: IncidentFacts) -> _Criterion:
    if facts.serious_injuries is None and facts.injured is not None:
        notes = ["unknown:serious_injuries", "serious_injuries_from_injured"]
        return ("serious_injuries", facts.injured, notes, True)
    return _partial_sum(
        "serious_injuries", [("serious_injuries", facts.serious_injuries)]
    )


def _partial_sum(name: str, parts: list[tuple[str, float | None]]) -> _Criterion:
    """The sum of the known parts: a lower bound when some are unknown."""
    known = [value for _, value in parts if value is not None]
    notes = [f"unknown:{part}" for part, value in parts if value is None]
    total = sum(known) if known else None
    return (name, total, notes, bool(notes))


def _near_miss_met(facts: IncidentFacts, criterion: NearMissCriterion) -> bool:
    values = [getattr(facts, name) for name in criterion.figures]
    known = [v for v in values if v is not None]
    return bool(known) and sum(known) >= criterion.at_least


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)
