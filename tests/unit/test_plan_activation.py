"""Which plan and level fit an incident; which items a level brings."""

from __future__ import annotations

import pytest

from console.plans import library
from console.plans.activation import (
    ActivationFacts,
    levels_up_to,
    planned_items,
    suggest_plans,
)

PLANS = library.load_library().plans


def _plan(plan_id: str):
    return next(p for p in PLANS if p.id == plan_id)


def test_levels_are_cumulative_from_the_lowest() -> None:
    plan = _plan("yinzhou-flood-typhoon-2023")

    assert levels_up_to(plan, "IV") == ("IV",)
    assert levels_up_to(plan, "II") == ("IV", "III", "II")
    with pytest.raises(ValueError, match="unknown level"):
        levels_up_to(plan, "V")


def test_planned_items_keep_plan_order() -> None:
    plan = _plan("yinzhou-flood-typhoon-2023")

    items = planned_items(plan, ["III", "IV"])

    assert [i.level for i in items] == sorted(
        (i.level for i in items), key=("IV", "III", "II", "I").index
    )
    assert items


def test_only_plans_covering_the_type_are_suggested() -> None:
    suggestions = suggest_plans(PLANS, ActivationFacts(type="typhoon"))

    assert [s.plan.id for s in suggestions] == ["yinzhou-flood-typhoon-2023"]
    assert suggestions[0].level == "IV"
    assert suggestions[0].reasons == ()


def test_thresholds_point_to_the_level_whose_trigger_holds() -> None:
    facts = ActivationFacts(type="production_safety", deaths=3)

    suggestion = next(
        s
        for s in suggest_plans(PLANS, facts)
        if s.plan.id == "yinzhou-production-safety-sample"
    )

    assert suggestion.level == "III"
    assert suggestion.reasons


def test_unknown_figures_hold_no_threshold_and_the_response_level_is_used() -> None:
    facts = ActivationFacts(type="production_safety", response_level="II")

    suggestion = next(
        s
        for s in suggest_plans(PLANS, facts)
        if s.plan.id == "yinzhou-production-safety-sample"
    )

    assert suggestion.level == "II"
    assert suggestion.reasons == ()
