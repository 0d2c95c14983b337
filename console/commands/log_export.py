"""``eoc-console log export``: CSV, XLSX, the printed log, or an evidence package.

Exports choose entries with the same filters as ``log search``. The PDF
(and the PDF inside a package) is drawn by Qt, loaded only for those
formats, so CSV and XLSX exports start without it.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path
from typing import Any

from console.commands.data_folder import open_or_fail
from console.commands.log_args import (
    add_filter_options,
    filter_from,
    with_incident,
)
from console.commands.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, fail, print_json
from console.context import ConsoleContext
from console.oplog.export_csv import write_csv
from console.oplog.export_pdf import describe_filters, printed_log, render_pdf
from console.oplog.export_rows import UNIT, Selection, select_entries
from console.oplog.export_xlsx import TooManyRowsError, write_xlsx
from console.oplog.fts import SearchUnavailableError
from console.oplog.ledger import current_heads
from console.oplog.package import PackageBuildError, chain_segments, write_package
from console.store.types import utcnow

FORMATS = ("csv", "xlsx", "pdf", "package")


def register(actions: Any, common: argparse.ArgumentParser) -> None:
    export = actions.add_parser(
        "export", help="write entries to CSV, XLSX, PDF or a package", parents=[common]
    )
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument("--out", required=True, type=Path, help="file to write")
    export.add_argument("--query", default="", help="words, all must match")
    add_filter_options(export)
    export.add_argument("--unit", default=UNIT, help="unit named in the PDF header")
    export.set_defaults(handler=_export)


def _workstation(context: ConsoleContext) -> str:
    return f"{context.workstation.name}（{context.workstation.id[:8]}）"


def _pdf(
    context: ConsoleContext, selection: Selection, path: Path, unit: str, heads: Any
) -> None:
    printed = printed_log(
        selection,
        workstation=_workstation(context),
        heads=heads,
        now=utcnow(),
        unit=unit,
    )
    render_pdf(printed, path)


def _package(
    context: ConsoleContext, selection: Selection, path: Path, unit: str
) -> int:
    records = chain_segments(context.database, selection.records)
    with tempfile.TemporaryDirectory() as folder:
        pdf_path = Path(folder) / "log.pdf"
        _pdf(context, selection, pdf_path, unit, current_heads(context.database))
        pdf = pdf_path.read_bytes()
    summary = write_package(
        path,
        records,
        selected_ids=[record["id"] for record in selection.records],
        pdf=pdf,
        about={
            "unit": unit,
            "workstation": _workstation(context),
            "filters": describe_filters(selection),
        },
        now=utcnow(),
    )
    return summary.selected


def _write(args: argparse.Namespace, context: ConsoleContext, wanted: Any) -> int:
    selection = select_entries(context.database, wanted)
    if args.format == "csv":
        return write_csv(args.out, selection)
    if args.format == "xlsx":
        return write_xlsx(args.out, selection)
    if args.format == "pdf":
        heads = current_heads(context.database)
        _pdf(context, selection, args.out, args.unit, heads)
        return len(selection.records)
    return _package(context, selection, args.out, args.unit)


def _export(args: argparse.Namespace, data_dir: Path) -> int:
    wanted = filter_from(args, text=args.query)
    if isinstance(wanted, str):
        return fail(wanted, EXIT_USAGE)
    if not args.out.parent.is_dir():
        return fail(f"no such folder: {args.out.parent}", EXIT_USAGE)
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        wanted = with_incident(context, wanted)
        if isinstance(wanted, str):
            return fail(wanted, EXIT_USAGE)
        count = _write(args, context, wanted)
    except (TooManyRowsError, SearchUnavailableError, PackageBuildError) as error:
        return fail(str(error), EXIT_FAILED)
    except OSError as error:
        return fail(f"cannot write {args.out}: {error}", EXIT_FAILED)
    finally:
        context.close()
    print_json({"format": args.format, "out": str(args.out), "entries": count})
    return EXIT_OK
