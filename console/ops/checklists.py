"""Activating plans on incidents and working their checklists."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select

from console.ops.core import Operations, OpTransaction
from console.ops.incidents import record_level_decision
from console.plans.activation import PlannedItem, levels_up_to, planned_items
from console.plans.model import LEVELS, Plan
from console.store.models import ChecklistItem, Incident, PlanActivation

TODO = "todo"
IN_PROGRESS = "in_progress"
DONE = "done"
NOT_APPLICABLE = "not_applicable"
ITEM_STATUSES = (TODO, IN_PROGRESS, DONE, NOT_APPLICABLE)

ITEM_NAMESPACE = uuid.UUID("6a1f3c52-8d0e-4b7a-9c1d-2f5e8b4a7c30")


class ChecklistError(ValueError):
    """A checklist change that is not allowed (e.g. 不适用 without reason)."""


class AlreadyRunning(ChecklistError):
    """The plan already runs for the incident; change its level instead."""

    def __init__(self, plan_id: str) -> None:
        super().__init__(
            f"plan {plan_id} already runs for this incident; change its level"
        )
        self.plan_id = plan_id


def item_id(activation_id: str, action_id: str) -> str:
    """The id of an activation's item for a plan action, the same everywhere.

    Two workstations raising the same running plan while apart both add
    the new level's items; with ids made from what they stand for, the
    items merge instead of colliding on (activation, action).
    """
    return str(uuid.uuid5(ITEM_NAMESPACE, f"{activation_id}/{action_id}"))


def _add_items(
    tx: OpTransaction, activation: PlanActivation, items: list[PlannedItem]
) -> list[ChecklistItem]:
    existing = set(
        tx.session.scalars(
            select(ChecklistItem.action_id).where(
                ChecklistItem.activation_id == activation.id
            )
        )
    )
    added = []
    start = len(existing)
    for position, item in enumerate(
        (i for i in items if i.action.id not in existing), start=start
    ):
        action = item.action
        due = (
            tx.now + timedelta(minutes=action.due_minutes)
            if action.due_minutes is not None
            else None
        )
        row = ChecklistItem(
            id=item_id(activation.id, action.id),
            activation_id=activation.id,
            incident_id=activation.incident_id,
            action_id=action.id,
            level=item.level,
            position=position,
            task=action.task,
            unit=action.unit,
            role=action.role or "",
            mandatory=action.mandatory,
            verification=action.verification,
            due_at=due,
            status=TODO,
            status_reason="",
            changed_by=tx.actor,
            changed_at=tx.now,
            withdrawn_at=None,
        )
        tx.insert(row)
        added.append(row)
    return added


def _response_follows(
    tx: OpTransaction, incident: Incident, level: str, decided_by: str, title: str
) -> None:
    """Starting a plan at a level starts the response at that level.

    启动某预案Ⅲ级响应 is the decision to respond at Ⅲ: the incident's
    response level rises with its plans, never falls with them (lowering or
    ending the response is the command's own decision, recorded on the
    board).
    """
    current = incident.response_level
    if current is not None and LEVELS.index(current) >= LEVELS.index(level):
        return
    record_level_decision(
        tx, incident, "response", level, decided_by, f"启动预案：{title}"
    )


def activate_plan(
    operations: Operations,
    incident_id: str,
    plan: Plan,
    level: str,
    *,
    decided_by: str,
) -> tuple[PlanActivation, list[ChecklistItem]]:
    """Switch ``plan`` on for an incident at ``level``; its actions become items.

    Due times are offsets from this moment, the activation.
    """
    levels = levels_up_to(plan, level)
    if level not in plan.level_codes:
        raise ChecklistError(f"plan {plan.id} has no level {level}")

    if not decided_by.strip():
        raise ChecklistError("an activation needs who decided it")

    def work(tx: OpTransaction) -> tuple[PlanActivation, list[ChecklistItem]]:
        incident = tx.session.get_one(Incident, incident_id)
        # Checked inside the write transaction, so two officers activating
        # at once still end with one running copy of the plan.
        running = tx.session.scalar(
            select(PlanActivation.id).where(
                PlanActivation.incident_id == incident.id,
                PlanActivation.plan_id == plan.id,
                PlanActivation.ended_at.is_(None),
                PlanActivation.deleted_at.is_(None),
            )
        )
        if running is not None:
            raise AlreadyRunning(plan.id)
        activation = PlanActivation(
            incident_id=incident.id,
            plan_id=plan.id,
            plan_version=plan.version,
            plan_title=plan.title,
            level=level,
            activated_by=decided_by,
            activated_at=tx.now,
            ended_at=None,
        )
        tx.insert(activation)
        _response_follows(tx, incident, level, decided_by, plan.title)
        items = _add_items(tx, activation, planned_items(plan, levels))
        tx.log(
            f"{plan.title}|{level}|{decided_by}|{len(items)}",
            target=activation,
            incident_id=incident.id,
        )
        return activation, items

    return operations.run("plan.activate", work)


def change_level(
    operations: Operations,
    activation_id: str,
    plan: Plan,
    level: str,
    *,
    decided_by: str,
) -> list[ChecklistItem]:
    """Raise or lower an activation's level; returns the items added.

    Raising adds the new levels' items and keeps every item's progress.
    Lowering withdraws the items above the new level; they stay on record
    with their progress and come back as they were if the level rises again.
    """
    if level not in plan.level_codes:
        raise ChecklistError(f"plan {plan.id} has no level {level}")
    rank = LEVELS.index(level)

    def work(tx: OpTransaction) -> list[ChecklistItem]:
        activation = tx.session.get_one(PlanActivation, activation_id)
        if activation.ended_at is not None:
            raise ChecklistError("the activation has ended")
        previous = activation.level
        tx.update(activation, level=level)
        incident = tx.session.get_one(Incident, activation.incident_id)
        _response_follows(tx, incident, level, decided_by, activation.plan_title)
        items = tx.session.scalars(
            select(ChecklistItem).where(ChecklistItem.activation_id == activation.id)
        ).all()
        for item in items:
            above = LEVELS.index(item.level) > rank
            if above and item.withdrawn_at is None:
                tx.update(item, withdrawn_at=tx.now)
            elif not above and item.withdrawn_at is not None:
                tx.update(item, withdrawn_at=None)
        added = _add_items(
            tx, activation, planned_items(plan, levels_up_to(plan, level))
        )
        tx.log(
            f"{activation.plan_title}|{previous}|{level}|{decided_by}",
            target=activation,
            incident_id=activation.incident_id,
        )
        return added

    return operations.run("plan.level", work)


def set_item_status(
    operations: Operations, item_id: str, status: str, *, reason: str = ""
) -> ChecklistItem:
    """Change an item's status; 不适用 (not applicable) needs a reason."""
    if status not in ITEM_STATUSES:
        raise ChecklistError(f"unknown status {status!r}")
    if status == NOT_APPLICABLE and not reason.strip():
        raise ChecklistError("not applicable needs a reason")

    def work(tx: OpTransaction) -> ChecklistItem:
        item = tx.session.get_one(ChecklistItem, item_id)
        tx.update(
            item,
            status=status,
            status_reason=reason.strip(),
            changed_by=tx.actor,
            changed_at=tx.now,
        )
        tx.log(
            f"{item.task}|{status}|{reason.strip()}",
            target=item,
            incident_id=item.incident_id,
        )
        return item

    return operations.run("checklist.status", work)


def end_activation(operations: Operations, activation_id: str, reason: str) -> None:
    """End a plan's activation (响应结束); its checklist stays on record."""

    def work(tx: OpTransaction) -> None:
        activation = tx.session.get_one(PlanActivation, activation_id)
        tx.update(activation, ended_at=tx.now)
        tx.log(
            f"{activation.plan_title}|{reason.strip()}",
            target=activation,
            incident_id=activation.incident_id,
        )

    operations.run("plan.end", work)
