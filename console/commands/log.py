"""``eoc-console log add|search|export|verify``: the duty log from scripts.

``add`` and ``search --json`` print JSON on stdout; ``search`` without
``--json`` prints one readable line per entry. ``verify`` exits 0 when
every chain holds, 1 naming the first broken link, and 2 for bad usage,
like every command here. ``export`` lives in ``console.commands.log_export``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from console import settings
from console.commands import common_options, log_export
from console.commands.data_folder import open_or_fail
from console.commands.incident_ref import INCIDENT_HELP, resolve_incident
from console.commands.log_args import (
    add_filter_options,
    filter_from,
    when,
    with_incident,
)
from console.commands.officer import act_as_officer, add_officer_option
from console.commands.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, fail, print_json
from console.context import ConsoleContext, database_path
from console.oplog import kinds
from console.oplog.chain import entry_record
from console.oplog.export_rows import incident_titles, local_time
from console.oplog.fts import SearchUnavailableError
from console.oplog.ledger import verify_database
from console.oplog.package_check import PackageError, check_package
from console.oplog.package_compare import differences
from console.oplog.search import MAX_PAGE, search
from console.ops.core import LoggedEntry
from console.ops.oplog import EmptyEntryError, add_note, add_phone_record
from console.store.models import OpLogEntry
from console.store.types import utcnow


def register(commands: Any) -> None:
    common = common_options()
    log = commands.add_parser(
        "log", help="the duty log: add, search, export, verify", parents=[common]
    )
    actions = log.add_subparsers(dest="log_command", required=True)

    add = actions.add_parser("add", help="write a log entry", parents=[common])
    add.add_argument("--text", required=True)
    add.add_argument("--incident", help=INCIDENT_HELP)
    add.add_argument("--kind", default=kinds.NOTE, choices=kinds.MANUAL_KINDS)
    add.add_argument("--significant", action="store_true", help="重要: for review")
    add_officer_option(add)
    add.add_argument("--event-at", type=when, help="when it happened (ISO-8601)")
    for name in ("unit", "caller", "number", "handling"):
        add.add_argument(f"--{name}", default="", help=f"phone record: {name}")
    add.set_defaults(handler=_add)

    find = actions.add_parser("search", help="find entries", parents=[common])
    find.add_argument("query", nargs="?", default="", help="words, all must match")
    add_filter_options(find)
    find.add_argument("--limit", type=int, default=50, help=f"1-{MAX_PAGE}")
    find.add_argument("--page", type=int, default=1, help="page number from 1")
    find.add_argument("--json", action="store_true", help="JSON output")
    find.set_defaults(handler=_search)

    log_export.register(actions, common)

    verify = actions.add_parser(
        "verify", help="check the hash chains (exit 1 if broken)", parents=[common]
    )
    verify.add_argument(
        "--package",
        type=Path,
        help="an evidence package (zip); where the data folder holds a database, "
        "its entries are also compared with the package",
    )
    verify.set_defaults(handler=_verify)


def describe(entry: OpLogEntry | LoggedEntry, titles: dict[str, str]) -> dict[str, Any]:
    """The JSON form of an entry: every stored field plus readable extras."""
    record = entry_record(entry)
    record["kind_label"] = kinds.label(entry.kind)
    record["content"] = kinds.content(record)
    record["incident_title"] = titles.get(entry.incident_id or "")
    return record


def _add(args: argparse.Namespace, data_dir: Path) -> int:
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        if args.incident:
            incident = resolve_incident(context, args.incident)
            if isinstance(incident, str):
                return fail(incident, EXIT_USAGE)
            args.incident = incident.id
        if not act_as_officer(args, context, required=True):
            return EXIT_USAGE
        try:
            entry = _write(args, context)
        except EmptyEntryError as error:
            return fail(str(error), EXIT_USAGE)
        titles = incident_titles(context.database, {args.incident} - {None})
        print_json(describe(entry, titles))
        return EXIT_OK
    finally:
        context.close()


def _write(args: argparse.Namespace, context: ConsoleContext) -> LoggedEntry:
    if args.kind == kinds.PHONE:
        return add_phone_record(
            context.operations,
            called_at=args.event_at or utcnow(),
            unit=args.unit,
            caller=args.caller,
            number=args.number,
            content=args.text,
            handling=args.handling,
            incident_id=args.incident,
            significant=args.significant,
        )
    return add_note(
        context.operations,
        args.text,
        incident_id=args.incident,
        kind=args.kind,
        event_at=args.event_at,
        significant=args.significant,
    )


def _search(args: argparse.Namespace, data_dir: Path) -> int:
    if not 1 <= args.limit <= MAX_PAGE or args.page < 1:
        return fail(f"--limit must be 1-{MAX_PAGE} and --page at least 1", EXIT_USAGE)
    wanted = filter_from(args, text=args.query)
    if isinstance(wanted, str):
        return fail(wanted, EXIT_USAGE)
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        wanted = with_incident(context, wanted)
        if isinstance(wanted, str):
            return fail(wanted, EXIT_USAGE)
        offset = (args.page - 1) * args.limit
        page = search(context.database, wanted, limit=args.limit, offset=offset)
        ids = {e.incident_id for e in page.entries if e.incident_id}
        titles = incident_titles(context.database, ids)
    except SearchUnavailableError as error:
        return fail(str(error))
    finally:
        context.close()
    if args.json:
        print_json(
            {
                "page": args.page,
                "has_more": page.has_more,
                "entries": [describe(e, titles) for e in page.entries],
            }
        )
        return EXIT_OK
    if not page.entries:
        # Said on stderr, so a script reading stdout still gets no lines.
        fail("no entries match", EXIT_OK)
    for entry in page.entries:
        record = describe(entry, titles)
        title = record["incident_title"]
        about = f"  〔{title}〕" if title else ""
        sys.stdout.write(
            f"{local_time(record['created_at'])}  {kinds.officer_name(entry.officer)}  "
            f"[{record['kind_label']}]  {record['content']}{about}\n"
        )
    if page.has_more:
        sys.stdout.write(f"… more on page {args.page + 1}\n")
    return EXIT_OK


def _verify(args: argparse.Namespace, data_dir: Path) -> int:
    if args.package is not None:
        return _verify_package(args.package, data_dir)
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        report = verify_database(context.database)
    finally:
        context.close()
    for link in report.broken:
        fail(f"broken chain: {link}", EXIT_FAILED)
    if not report.ok:
        return EXIT_FAILED
    total = sum(head.count for head in report.heads.values())
    sys.stdout.write(f"ok: {len(report.heads)} chain(s), {total} entries\n")
    for head in report.heads.values():
        sys.stdout.write(f"  site {head.site_id}: seq {head.seq} {head.hash}\n")
    return EXIT_OK


def _verify_package(path: Path, data_dir: Path) -> int:
    if not path.is_file():
        return fail(f"no such file: {path}", EXIT_USAGE)
    try:
        report = check_package(path)
    except PackageError as error:
        return fail(f"package does not verify: {error}", EXIT_FAILED)
    sys.stdout.write(
        f"ok: {path.name}: {len(report.heads)} chain(s), {report.entries} entries, "
        f"{report.selected} selected\n"
    )
    if not database_path(data_dir, settings.load(data_dir)).exists():
        # On a machine without the console's data the package is all there is.
        return EXIT_OK
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        found = differences(context.database, report.records)
    finally:
        context.close()
    for difference in found:
        fail(f"database differs from the package: {difference}", EXIT_FAILED)
    if found:
        return EXIT_FAILED
    sys.stdout.write("ok: every entry of the package is unchanged in the database\n")
    return EXIT_OK
