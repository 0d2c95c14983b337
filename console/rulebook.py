"""The editable rule tables, loaded once from ``resources/rules``.

Thresholds, time limits and default mappings are data that the district can
correct as official texts are obtained; code only interprets them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from console import paths
from console.domain.deadlines import DeadlineRules, load_deadline_rules
from console.domain.grading import GradingRules, load_grading_rules
from console.domain.levels import ResponseLevelRules, load_response_level_rules
from console.domain.taxonomy import Taxonomy, load_taxonomy


@dataclass(frozen=True)
class RuleBook:
    """Every rule table the console applies."""

    taxonomy: Taxonomy
    grading: GradingRules
    deadlines: DeadlineRules
    response_levels: ResponseLevelRules

    @classmethod
    def load(cls, folder: Path) -> RuleBook:
        return cls(
            taxonomy=load_taxonomy(folder / "incident_types.json"),
            grading=load_grading_rules(folder / "grading_order493.json"),
            deadlines=load_deadline_rules(folder / "report_deadlines.json"),
            response_levels=load_response_level_rules(folder / "response_levels.json"),
        )


@functools.cache
def shipped() -> RuleBook:
    """The rule tables shipped in ``resources/rules``."""
    return RuleBook.load(paths.resource("rules"))
