"""The three level kinds: event grade, warning level and response level.

They are kept apart on purpose. The grade says how bad an event is, the
warning level what may come, and the response level what the command has
switched on. A response level is a decision of the command (区防指 and the
like), not a function of the other two: the Beilun 2022 example went from
Ⅰ to Ⅲ, not Ⅳ, when the signal dropped from red to blue. So the warning
colour only *suggests* a default response, from an editable table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from console.domain import rulefile

# Event grades, most severe first: Ⅰ 特别重大, Ⅱ 重大, Ⅲ 较大, Ⅳ 一般.
GRADES = ("I", "II", "III", "IV")
# Warning colours, lowest first.
WARNING_LEVELS = ("blue", "yellow", "orange", "red")
# Response levels, lowest first: Ⅳ is the lowest, Ⅰ the highest.
RESPONSE_LEVELS = ("IV", "III", "II", "I")


def _rank(value: str, order: tuple[str, ...], kind: str) -> int:
    if value not in order:
        raise ValueError(f"unknown {kind} {value!r}")
    return order.index(value) + 1


def grade_severity(grade: str) -> int:
    """1 for Ⅳ (一般) up to 4 for Ⅰ (特别重大)."""
    return _rank(grade, tuple(reversed(GRADES)), "grade")


def grade_at_least(grade: str | None, minimum: str) -> bool:
    """True when ``grade`` is known and at least as severe as ``minimum``."""
    return grade is not None and grade_severity(grade) >= grade_severity(minimum)


def most_severe_grade(grades: Iterable[str | None]) -> str | None:
    """The most severe of ``grades``, ignoring unknowns; None if all unknown."""
    known = [g for g in grades if g is not None]
    return max(known, key=grade_severity) if known else None


def warning_rank(level: str) -> int:
    """1 for blue up to 4 for red."""
    return _rank(level, WARNING_LEVELS, "warning level")


def response_rank(level: str) -> int:
    """1 for Ⅳ (lowest) up to 4 for Ⅰ (highest)."""
    return _rank(level, RESPONSE_LEVELS, "response level")


def compare_response(a: str, b: str) -> int:
    """Negative, zero or positive as ``a`` is lower, equal or higher than ``b``."""
    return response_rank(a) - response_rank(b)


def raise_response(level: str, steps: int = 1) -> str:
    """The response level ``steps`` higher, stopping at Ⅰ (提升)."""
    index = min(response_rank(level) - 1 + steps, len(RESPONSE_LEVELS) - 1)
    return RESPONSE_LEVELS[index]


def lower_response(level: str, steps: int = 1) -> str:
    """The response level ``steps`` lower, stopping at Ⅳ (调整).

    Ending a response (结束) is not a level: the caller records no level.
    """
    index = max(response_rank(level) - 1 - steps, 0)
    return RESPONSE_LEVELS[index]


@dataclass(frozen=True)
class ResponseSuggestion:
    """One row of the warning → response default mapping."""

    id: str
    warning_level: str
    response_level: str
    source: str
    verified: bool


@dataclass(frozen=True)
class ResponseLevelRules:
    """The editable default mapping from warning colour to response level."""

    rows: tuple[ResponseSuggestion, ...]

    def row_for(self, warning_level: str) -> ResponseSuggestion | None:
        return next((r for r in self.rows if r.warning_level == warning_level), None)


def load_response_level_rules(path: Path) -> ResponseLevelRules:
    """Read ``response_levels.json``; raise ``RuleTableError`` on bad data."""
    table = rulefile.read_table(path)
    rows = []
    seen: set[str] = set()
    for row in rulefile.section(path, table, "warning_to_response"):
        warning = rulefile.get_str(path, row, "warning_level")
        response = rulefile.get_str(path, row, "response_level")
        if warning not in WARNING_LEVELS:
            raise rulefile.fail(path, row, f"unknown warning level {warning!r}")
        if response not in RESPONSE_LEVELS:
            raise rulefile.fail(path, row, f"unknown response level {response!r}")
        if warning in seen:
            raise rulefile.fail(path, row, f"second row for {warning!r}")
        seen.add(warning)
        rows.append(
            ResponseSuggestion(
                id=row["id"],
                warning_level=warning,
                response_level=response,
                source=row["source"],
                verified=row["verified"],
            )
        )
    return ResponseLevelRules(rows=tuple(rows))


def suggest_response_level(
    warning_level: str | None, rules: ResponseLevelRules
) -> str | None:
    """The default response level for a warning colour, or None.

    Only a suggestion for the command to confirm or override; None when there
    is no warning or the table has no row for its colour.
    """
    if warning_level is None:
        return None
    if warning_level not in WARNING_LEVELS:
        raise ValueError(f"unknown warning level {warning_level!r}")
    row = rules.row_for(warning_level)
    return row.response_level if row is not None else None
