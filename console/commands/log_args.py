"""What the ``log`` subcommands share: entry filters and opening the data."""

from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from console.commands.incident_ref import INCIDENT_HELP, resolve_incident
from console.context import ConsoleContext
from console.oplog import kinds
from console.oplog.search import LogFilter

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")


def when(text: str) -> datetime:
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


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--incident", help=f"only entries of this {INCIDENT_HELP}")
    parser.add_argument("--officer", help="only entries by this officer")
    parser.add_argument("--kind", choices=sorted(kinds.LABELS), help="entry kind")
    parser.add_argument("--since", type=when, help="recorded at or after (ISO-8601)")
    parser.add_argument("--until", type=when, help="recorded before (ISO-8601)")


def filter_from(args: argparse.Namespace, *, text: str = "") -> LogFilter | str:
    """The filter the options ask for, or a message saying what is wrong."""
    if args.since and args.until and args.since >= args.until:
        return "--since must be before --until"
    return LogFilter(
        text=text,
        incident_id=args.incident,
        officer=kinds.stored_officer(args.officer) if args.officer else None,
        kind=args.kind,
        since=args.since,
        until=args.until,
    )


def with_incident(context: ConsoleContext, wanted: LogFilter) -> LogFilter | str:
    """``wanted`` with ``--incident`` made a full id, or why it cannot be used.

    A filter on an incident that does not exist would find nothing, which
    reads as "nothing was logged"; it is refused instead.
    """
    if wanted.incident_id is None:
        return wanted
    incident = resolve_incident(context, wanted.incident_id)
    if isinstance(incident, str):
        return incident
    return replace(wanted, incident_id=incident.id)
