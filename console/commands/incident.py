"""``eoc-console incident create|show``: incidents for scripts and drills.

Output is JSON on stdout; invalid arguments give a message on stderr and
exit status 2, as argparse does for its own errors.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from console import queries
from console.clocks import open_deadlines
from console.commands import common_options
from console.commands.data_folder import open_or_fail
from console.commands.incident_ref import INCIDENT_HELP, resolve_incident
from console.commands.officer import act_as_officer, add_officer_option
from console.commands.output import EXIT_OK, EXIT_USAGE, fail, print_json
from console.context import ConsoleContext
from console.domain.deadlines import Deadline
from console.domain.incidents import (
    Figures,
    IncidentDraft,
    IntakeDetails,
    Problem,
    validate_draft,
)
from console.domain.lifecycle import CLOSED
from console.ops.incidents import create_incident
from console.rulebook import shipped
from console.store.models import Incident
from console.store.types import utcnow

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"cannot be negative: {value}")
    return value


def _yuan(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an amount: {text!r}") from None
    if not value >= 0:
        raise argparse.ArgumentTypeError(f"not a valid amount: {text}")
    return value


def _when(text: str) -> datetime:
    """ISO-8601; without an offset it is Beijing time, as officers write it."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO-8601 time: {text!r} (e.g. 2026-08-01T14:30)"
        ) from None
    if value.tzinfo is None:
        value = value.replace(tzinfo=LOCAL_ZONE)
    return value


def register(commands: Any) -> None:
    common = common_options()
    incident = commands.add_parser(
        "incident", help="register and show incidents (JSON)", parents=[common]
    )
    actions = incident.add_subparsers(dest="incident_command", required=True)

    create = actions.add_parser("create", help="register an incident", parents=[common])
    create.add_argument("--title", required=True)
    create.add_argument(
        "--category",
        required=True,
        help="自然灾害, 事故灾难, 公共卫生事件, 社会安全事件 or "
        "natural, accident, health, social",
    )
    create.add_argument(
        "--type", help="sub-type code; an accident defaults to production_safety"
    )
    create.add_argument("--deaths", type=_count)
    create.add_argument("--injured", type=_count, help="injured (受伤)")
    create.add_argument(
        "--serious-injuries", type=_count, help="seriously injured (重伤)"
    )
    create.add_argument("--missing", type=_count)
    create.add_argument("--trapped", type=_count)
    create.add_argument("--loss-yuan", type=_yuan, help="direct loss in yuan")
    create.add_argument(
        "--occurred", type=_when, help="ISO-8601; no offset means Beijing time"
    )
    create.add_argument("--lat", type=float)
    create.add_argument("--lon", type=float)
    create.add_argument("--description", default="")
    add_officer_option(create)
    create.set_defaults(handler=_create)

    show = actions.add_parser("show", help="show one incident", parents=[common])
    show.add_argument("id", help=INCIDENT_HELP)
    show.set_defaults(handler=_show)

    listing = actions.add_parser(
        "list",
        help="incidents newest first, with their ids (ended ones with --all)",
        parents=[common],
    )
    listing.add_argument("--all", action="store_true", help="ended incidents too")
    listing.set_defaults(handler=_list)


def _draft(args: argparse.Namespace, context: ConsoleContext) -> IncidentDraft | str:
    category = context.taxonomy.find(args.category)
    if category is None:
        names = ", ".join(f"{c.zh}/{c.code}" for c in context.taxonomy.categories)
        return f"unknown category {args.category!r}; use one of {names}"
    type_code = args.type or category.default_type
    if category.type(type_code) is None:
        codes = ", ".join(t.code for t in category.types)
        return f"unknown type {type_code!r} for {category.code}; use one of {codes}"
    if (args.lat is None) != (args.lon is None):
        return "give both --lat and --lon, or neither"
    figures = Figures(
        deaths=args.deaths,
        serious_injuries=args.serious_injuries,
        injured=args.injured,
        missing=args.missing,
        trapped=args.trapped,
    )
    return IncidentDraft(
        title=args.title,
        category=category.code,
        type=type_code,
        occurred_at=args.occurred or utcnow(),
        lat=args.lat,
        lon=args.lon,
        description=args.description,
        details=IntakeDetails(figures=figures, loss_yuan=args.loss_yuan),
    )


def _create(args: argparse.Namespace, data_dir: Path) -> int:
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        if not act_as_officer(args, context, required=False):
            return EXIT_USAGE
        draft = _draft(args, context)
        if isinstance(draft, str):
            return fail(draft, EXIT_USAGE)
        problems = validate_draft(
            draft,
            now=utcnow(),
            taxonomy=context.taxonomy,
            inside_district=context.outline.contains,
        )
        blocking = [p for p in problems if not p.confirmable]
        if blocking:
            return fail(
                "invalid incident: " + "; ".join(_explain(p) for p in blocking),
                EXIT_USAGE,
            )
        for problem in problems:
            fail(f"warning: {_explain(problem)}", EXIT_OK)
        incident = create_incident(context.operations, draft)
        print_json(describe(context, incident))
        return EXIT_OK
    finally:
        context.close()


# What the checks of a draft mean, for someone typing a command.
_PROBLEM_TEXT = {
    "title.empty": "the title is empty",
    "occurred_at.future": "--occurred is in the future",
    "location.missing": "no --lat/--lon: the incident has no place on the map",
    "location.invalid": "--lat must be -90..90 and --lon -180..180",
    "location.outside_district": "the point is outside Yinzhou District",
    "figure.negative": "a count cannot be negative",
}


def _explain(problem: Problem) -> str:
    text = _PROBLEM_TEXT.get(problem.code)
    return text if text is not None else f"{problem.field}: {problem.code}"


def _show(args: argparse.Namespace, data_dir: Path) -> int:
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        incident = resolve_incident(context, args.id)
        if isinstance(incident, str):
            return fail(incident, EXIT_USAGE)
        print_json(describe(context, incident, full=True))
        return EXIT_OK
    finally:
        context.close()


def _list(args: argparse.Namespace, data_dir: Path) -> int:
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        listed = [
            incident
            for incident in queries.active_incidents(context.database)
            if args.all or incident.status != CLOSED
        ]
        # One pass over the deadlines of every listed incident.
        deadlines = open_deadlines(
            context.database, shipped().deadlines, [i.id for i in listed]
        )
        found = [
            describe(context, incident, deadlines=deadlines.get(incident.id, []))
            for incident in listed
        ]
    finally:
        context.close()
    print_json(found)
    return EXIT_OK


def _local(value: datetime | None) -> str | None:
    return value.astimezone(LOCAL_ZONE).isoformat() if value is not None else None


def describe(
    context: ConsoleContext,
    incident: Incident,
    *,
    full: bool = False,
    deadlines: list[Deadline] | None = None,
) -> dict[str, Any]:
    """The JSON form of an incident, with its open report deadlines.

    ``deadlines`` are the incident's, when already computed for a list.
    """
    if deadlines is None:
        deadlines = open_deadlines(
            context.database, shipped().deadlines, [incident.id]
        ).get(incident.id, [])
    data: dict[str, Any] = {
        "id": incident.id,
        "short_id": incident.id[: queries.SHORT_ID],
        "title": incident.title,
        "category": incident.category,
        "type": incident.type,
        "status": incident.status,
        "occurred_at": _local(incident.occurred_at),
        "received_at": _local(incident.received_at),
        "lat": incident.lat,
        "lon": incident.lon,
        "grade": incident.grade,
        "grade_suggested": incident.grade_suggested,
        "near_miss": incident.near_miss,
        "warning_level": incident.warning_level,
        "response_level": incident.response_level,
        "figures": {
            name: getattr(incident, name)
            for name in ("deaths", "serious_injuries", "injured", "missing", "trapped")
        },
        "loss_yuan": incident.loss_yuan,
        "deadlines": [
            {
                "kind": str(d.kind),
                "sequence": d.sequence,
                "due": _local(d.due),
                "rule": d.rule_id,
                "source": d.source,
                "verified": d.verified,
            }
            for d in deadlines
        ],
    }
    if full:
        data["reports"] = [
            {
                "kind": r.kind,
                "sequence": r.sequence,
                "title": r.title,
                "signed_by": r.signed_by,
                "sent_at": _local(r.sent_at),
            }
            for r in queries.reports(context.database, incident.id)
        ]
        data["instructions"] = [
            {"leader": i.leader, "text": i.text, "done": i.done_at is not None}
            for i in queries.instructions(context.database, incident.id)
        ]
        data["generated_at"] = datetime.now(UTC).astimezone(LOCAL_ZONE).isoformat()
    return data
