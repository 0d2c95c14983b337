"""Activating plans: checklist items, levels, statuses and overdue alarms."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from console import queries
from console.clocks import open_item_deadlines
from console.context import ConsoleContext
from console.domain.alarms import AlarmMonitor, AlarmState
from console.domain.incidents import IncidentDraft
from console.ops.checklists import (
    DONE,
    NOT_APPLICABLE,
    ChecklistError,
    activate_plan,
    change_level,
    set_item_status,
)
from console.ops.incidents import create_incident
from console.plans import library
from console.plans.model import Plan
from console.store.models import ChecklistItem

FLOOD = "yinzhou-flood-typhoon-2023"
HAZCHEM = "yinzhou-hazchem-sample"


@pytest.fixture(scope="module")
def plans() -> dict[str, Plan]:
    found = library.load_library()
    return {plan.id: plan for plan in found.plans}


def _incident(context: ConsoleContext, type_: str = "typhoon") -> str:
    category = "natural" if type_ == "typhoon" else "accident"
    draft = IncidentDraft(
        title=f"测试 {type_}",
        category=category,
        type=type_,
        occurred_at=datetime.now(UTC) - timedelta(minutes=5),
        lat=29.8,
        lon=121.6,
    )
    return create_incident(context.operations, draft).id


def _items(context: ConsoleContext, activation_id: str) -> list[ChecklistItem]:
    with context.database.read() as session:
        return list(
            session.scalars(
                select(ChecklistItem)
                .where(ChecklistItem.activation_id == activation_id)
                .order_by(ChecklistItem.position)
            )
        )


def _actions_up_to(plan: Plan, level: str) -> list[str]:
    order = ("IV", "III", "II", "I")
    return [
        action.id
        for plan_level in plan.levels
        if order.index(plan_level.level) <= order.index(level)
        for action in plan_level.actions
    ]


def test_activation_creates_the_levels_items_with_due_times(
    context: ConsoleContext, plans: dict[str, Plan]
) -> None:
    plan = plans[FLOOD]
    incident_id = _incident(context)

    activation, items = activate_plan(
        context.operations, incident_id, plan, "III", decided_by="区防指"
    )

    assert [i.action_id for i in items] == _actions_up_to(plan, "III")
    by_id = {a.id: a for level in plan.levels for a in level.actions}
    for item in items:
        minutes = by_id[item.action_id].due_minutes
        if minutes is None:
            assert item.due_at is None
        else:
            assert item.due_at == activation.activated_at + timedelta(minutes=minutes)
        assert item.unit == by_id[item.action_id].unit
        assert item.status == "todo"


def test_raising_adds_items_and_keeps_progress(
    context: ConsoleContext, plans: dict[str, Plan]
) -> None:
    plan = plans[FLOOD]
    activation, items = activate_plan(
        context.operations, _incident(context), plan, "IV", decided_by="区防指"
    )
    set_item_status(context.operations, items[0].id, DONE)

    added = change_level(context.operations, activation.id, plan, "II", decided_by="x")

    after = _items(context, activation.id)
    assert [i.action_id for i in after] == _actions_up_to(plan, "II")
    assert {i.level for i in added} == {"III", "II"}
    assert after[0].status == DONE


def test_lowering_withdraws_but_keeps_history_and_raising_restores(
    context: ConsoleContext, plans: dict[str, Plan]
) -> None:
    plan = plans[FLOOD]
    activation, _ = activate_plan(
        context.operations, _incident(context), plan, "II", decided_by="区防指"
    )
    second_level = next(i for i in _items(context, activation.id) if i.level == "II")
    set_item_status(context.operations, second_level.id, "in_progress")

    change_level(context.operations, activation.id, plan, "IV", decided_by="x")
    lowered = {i.id: i for i in _items(context, activation.id)}
    change_level(context.operations, activation.id, plan, "II", decided_by="x")
    raised = {i.id: i for i in _items(context, activation.id)}

    assert lowered[second_level.id].withdrawn_at is not None
    assert lowered[second_level.id].status == "in_progress"
    assert raised[second_level.id].withdrawn_at is None
    assert raised[second_level.id].status == "in_progress"
    assert len(raised) == len(lowered)


def test_not_applicable_needs_a_reason(
    context: ConsoleContext, plans: dict[str, Plan]
) -> None:
    _, items = activate_plan(
        context.operations, _incident(context), plans[FLOOD], "IV", decided_by="x"
    )

    with pytest.raises(ChecklistError, match="reason"):
        set_item_status(context.operations, items[0].id, NOT_APPLICABLE)
    item = set_item_status(
        context.operations, items[0].id, NOT_APPLICABLE, reason="本区无此类场所"
    )

    assert item.status_reason == "本区无此类场所"
    assert item.changed_by == context.operations.officer


def test_two_incidents_run_two_plans_and_overdue_items_alarm(
    context: ConsoleContext, plans: dict[str, Plan]
) -> None:
    typhoon = _incident(context)
    leak = _incident(context, "hazardous_chemicals")
    activate_plan(context.operations, typhoon, plans[FLOOD], "IV", decided_by="x")
    activate_plan(context.operations, leak, plans[HAZCHEM], "IV", decided_by="x")

    deadlines = open_item_deadlines(context.database)
    assert set(deadlines) == {typhoon, leak}
    first = min((d for ds in deadlines.values() for d in ds), key=lambda d: d.due)
    lead = timedelta(minutes=10)
    # The first item is due "at once": due now at activation, overdue after
    # one lead period.
    assert first.set_at is not None
    assert first.due <= first.set_at
    at_once = AlarmMonitor(lead=lead, clock=lambda: first.due)
    later = AlarmMonitor(lead=lead, clock=lambda: first.due + lead)
    now = at_once.update(d for ds in deadlines.values() for d in ds)
    update = later.update(d for ds in deadlines.values() for d in ds)

    assert {a.state for a in now.active if a.key == first.key} == {AlarmState.DUE_SOON}
    overdue = [a for a in update.active if a.state == AlarmState.OVERDUE]
    assert first.key in {a.key for a in overdue}
    set_item_status(context.operations, first.item_id, DONE)
    remaining = open_item_deadlines(context.database)
    assert first.item_id not in {d.item_id for ds in remaining.values() for d in ds}


def test_the_response_level_rises_with_the_plans_and_never_falls_with_them(
    context: ConsoleContext, plans: dict[str, Plan]
) -> None:
    plan = plans[FLOOD]
    incident_id = _incident(context)

    activation, _ = activate_plan(
        context.operations, incident_id, plan, "IV", decided_by="区防指"
    )
    assert queries.incident(context.database, incident_id).response_level == "IV"
    change_level(context.operations, activation.id, plan, "II", decided_by="区防指")
    assert queries.incident(context.database, incident_id).response_level == "II"
    change_level(context.operations, activation.id, plan, "III", decided_by="区防指")
    assert queries.incident(context.database, incident_id).response_level == "II"

    decisions = queries.level_decisions(context.database, incident_id)
    responses = [d for d in decisions if d.level_kind == "response"]
    assert [(d.value, d.decided_by) for d in responses] == [
        ("IV", "区防指"),
        ("II", "区防指"),
    ]
    assert responses[0].reason == f"启动预案：{plan.title}"


def test_an_at_once_task_reads_overdue_only_after_one_alarm_lead(
    context: ConsoleContext, plans: dict[str, Plan]
) -> None:
    from console.duty.handover import handover_report
    from console.plans.queries import checklist_progress, is_overdue
    from console.rulebook import shipped

    rules = shipped().deadlines
    incident_id = _incident(context)
    activation, items = activate_plan(
        context.operations, incident_id, plans[FLOOD], "IV", decided_by="区防指"
    )
    at_once = [i for i in items if i.due_at is not None and i.due_at <= i.created_at]
    assert at_once, "the flood plan starts with an action due at once"
    activated = activation.activated_at
    moments = {
        "activated": activated,
        "within lead": activated + rules.alarm_lead - timedelta(seconds=1),
        "after lead": activated + rules.alarm_lead,
    }

    overdue = {
        name: [is_overdue(i, moment, rules.alarm_lead) for i in at_once]
        for name, moment in moments.items()
    }
    progress = {
        name: checklist_progress(
            context.database, incident_id, moment, rules.alarm_lead
        )
        for name, moment in moments.items()
    }
    handed = {
        name: handover_report(context.database, rules, moment, syncing=False)
        for name, moment in moments.items()
    }

    assert overdue["activated"] == overdue["within lead"] == [False] * len(at_once)
    assert overdue["after lead"] == [True] * len(at_once)
    assert progress["activated"][0].overdue == 0
    assert progress["after lead"][0].overdue >= len(at_once)
    first = at_once[0].task
    assert [i.overdue for i in handed["activated"].items if i.task == first] == [False]
    assert [i.overdue for i in handed["after lead"].items if i.task == first] == [True]
