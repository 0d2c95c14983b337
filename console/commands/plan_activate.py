"""``eoc-console plan activate --incident ID --plan PLAN --level III``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from console.commands.data_folder import open_or_fail
from console.commands.incident_ref import INCIDENT_HELP, resolve_incident
from console.commands.officer import act_as_officer, add_officer_option
from console.commands.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, fail, print_json
from console.ops.checklists import AlreadyRunning, ChecklistError, activate_plan
from console.plans import library
from console.plans.model import LEVELS, Plan
from console.store.models import ChecklistItem

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")


def add_activate(actions: Any, common: argparse.ArgumentParser) -> None:
    activate = actions.add_parser(
        "activate",
        help="activate a plan on an incident; print the checklist as JSON",
        parents=[common],
    )
    add_decision_options(activate, "plan id (see plan list)")
    activate.add_argument(
        "--other-type",
        action="store_true",
        help="activate even though the plan does not cover the incident's type",
    )
    add_officer_option(activate)
    activate.set_defaults(handler=activate_command)


DECIDED_BY_HELP = "who decided, as the command's order names them (e.g. 区防指 总指挥)"


def add_decision_options(parser: argparse.ArgumentParser, plan_help: str) -> None:
    """Which plan on which incident at which level, and who decided it."""
    parser.add_argument("--incident", required=True, help=INCIDENT_HELP)
    parser.add_argument("--plan", required=True, help=plan_help)
    parser.add_argument("--level", required=True, choices=LEVELS)
    parser.add_argument(
        "--decided-by",
        required=True,
        help=DECIDED_BY_HELP,
    )


def activate_command(args: argparse.Namespace, data_dir: Path) -> int:
    plan = library.load_library(data_dir).get(args.plan)
    if plan is None:
        return fail(f"no plan {args.plan!r}; see 'eoc-console plan list'", EXIT_USAGE)
    refusal = level_refusal(plan, args.level)
    if refusal is not None:
        return fail(refusal, EXIT_USAGE)
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        if not act_as_officer(args, context, required=False):
            return EXIT_USAGE
        incident = resolve_incident(context, args.incident)
        if isinstance(incident, str):
            return fail(incident, EXIT_USAGE)
        args.incident = incident.id
        if incident.type not in plan.incident_types and not args.other_type:
            covered = ", ".join(plan.incident_types)
            return fail(
                f"plan {plan.id} does not cover incident type {incident.type!r} "
                f"(it covers {covered}); give --other-type to activate it anyway",
                EXIT_USAGE,
            )
        if not args.decided_by.strip():
            return fail("--decided-by must name who decided", EXIT_USAGE)
        activation, items = activate_plan(
            context.operations,
            args.incident,
            plan,
            args.level,
            decided_by=args.decided_by.strip(),
        )
    except AlreadyRunning as error:
        return fail(str(error), EXIT_USAGE)
    except ChecklistError as error:
        return fail(str(error), EXIT_FAILED)
    finally:
        context.close()
    print_json(
        {
            "activation_id": activation.id,
            "incident": args.incident,
            "plan": plan.id,
            "plan_version": plan.version,
            "level": activation.level,
            "items": items_json(items),
        }
    )
    return EXIT_OK


def level_refusal(plan: Plan, level: str) -> str | None:
    """Why ``plan`` cannot run at ``level``, or None."""
    if level in plan.level_codes:
        return None
    return f"plan {plan.id} has no level {level} ({', '.join(plan.level_codes)})"


def items_json(items: list[ChecklistItem]) -> list[dict[str, Any]]:
    """Checklist items as the plan commands print them."""
    return [
        {
            "id": item.id,
            "level": item.level,
            "text": item.task,
            "unit": item.unit,
            "role": item.role,
            "mandatory": item.mandatory,
            "verification": item.verification,
            "status": item.status,
            "due": item.due_at.astimezone(LOCAL_ZONE).isoformat()
            if item.due_at
            else None,
        }
        for item in items
    ]
