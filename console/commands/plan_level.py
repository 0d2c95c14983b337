"""``eoc-console plan level --incident ID --plan PLAN --level II``.

Raises or lowers a running plan, as the checklist's level buttons do:
raising adds the new levels' tasks, lowering withdraws those above the new
level (they stay on record), and the incident's response level follows.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from console.commands.data_folder import open_or_fail
from console.commands.incident_ref import resolve_incident
from console.commands.officer import act_as_officer, add_officer_option
from console.commands.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, fail, print_json
from console.commands.plan_activate import (
    add_decision_options,
    items_json,
    level_refusal,
)
from console.context import ConsoleContext
from console.ops.checklists import ChecklistError, change_level
from console.plans import library
from console.plans.model import Plan
from console.plans.queries import active_activations
from console.store.models import PlanActivation


def add_level(actions: Any, common: argparse.ArgumentParser) -> None:
    level = actions.add_parser(
        "level",
        help="raise or lower a running plan's level; print the tasks added (JSON)",
        parents=[common],
    )
    add_decision_options(level, "plan id of the running plan")
    add_officer_option(level)
    level.set_defaults(handler=level_command)


def _running(
    context: ConsoleContext, data_dir: Path, incident_id: str, plan_id: str
) -> tuple[PlanActivation, Plan] | str:
    """The plan running on the incident and the version it runs, or why not."""
    running = [
        a
        for a in active_activations(context.database, [incident_id])
        if a.plan_id == plan_id
    ]
    if not running:
        return f"plan {plan_id!r} is not running on this incident"
    activation = running[0]
    versions = library.load_library(data_dir).versions(plan_id)
    plan = next((p for p in versions if p.version == activation.plan_version), None)
    if plan is None:
        return (
            f"version {activation.plan_version} of plan {plan_id} is no longer in "
            "the library; its level cannot be changed"
        )
    return activation, plan


def level_command(args: argparse.Namespace, data_dir: Path) -> int:
    if not args.decided_by.strip():
        return fail("--decided-by must name who decided", EXIT_USAGE)
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        if not act_as_officer(args, context, required=False):
            return EXIT_USAGE
        incident = resolve_incident(context, args.incident)
        if isinstance(incident, str):
            return fail(incident, EXIT_USAGE)
        found = _running(context, data_dir, incident.id, args.plan)
        if isinstance(found, str):
            return fail(found, EXIT_USAGE)
        activation, plan = found
        refusal = level_refusal(plan, args.level)
        if args.level == activation.level:
            refusal = f"plan {plan.id} already runs at level {args.level}"
        if refusal is not None:
            return fail(refusal, EXIT_USAGE)
        added = change_level(
            context.operations,
            activation.id,
            plan,
            args.level,
            decided_by=args.decided_by.strip(),
        )
    except ChecklistError as error:
        return fail(str(error), EXIT_FAILED)
    finally:
        context.close()
    print_json(
        {
            "activation_id": activation.id,
            "incident": incident.id,
            "plan": plan.id,
            "from": activation.level,
            "level": args.level,
            "added": items_json(added),
        }
    )
    return EXIT_OK
