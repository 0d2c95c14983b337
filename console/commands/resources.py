"""``eoc-console import|export|sample-data|resources``: rosters from scripts.

``import KIND FILE`` prints one ``file:row: column: reason`` line per bad
row on stdout (the form editors and CI logs turn into links) and exits 1
when there is any; a clean file exits 0. ``--dry-run`` shows what would
change, row by row, and writes nothing.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Any

from console.commands import common_options
from console.commands.data_folder import open_or_fail
from console.commands.output import EXIT_OK, EXIT_USAGE, fail, print_json
from console.ops.resources_sample import remove_synthetic
from console.ops.resources_stock import seed_supply_catalogue
from console.resources import columns, exporter, importer, sample, search
from console.resources.catalogue import supply_items_file


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"must be above zero: {text}")
    return value


def register(commands: Any) -> None:
    """Add ``import``, ``export``, ``sample-data`` and ``resources``."""
    common = common_options()
    kinds = list(columns.KINDS)

    imp = commands.add_parser(
        "import",
        help="import teams, depots, stock, shelters or experts (CSV/XLSX)",
        parents=[common],
    )
    imp.add_argument("kind", choices=kinds)
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--dry-run", action="store_true", help="show changes, write nothing"
    )
    imp.add_argument("--json", action="store_true", help="the report as JSON")
    imp.set_defaults(handler=_import)

    exp = commands.add_parser(
        "export",
        help="export a roster (.csv or .xlsx); empty kinds give the template",
        parents=[common],
    )
    exp.add_argument("kind", choices=kinds)
    exp.add_argument("file", type=Path)
    exp.set_defaults(handler=_export)

    smp = commands.add_parser(
        "sample-data",
        help="generate a synthetic (【演示】) district roster",
        parents=[common],
    )
    smp.add_argument(
        "--scale", type=_positive, default=1.0, help="fraction of the plan's numbers"
    )
    smp.add_argument(
        "--businesses", type=int, default=0, help="supervised small businesses"
    )
    smp.add_argument("--force", action="store_true", help="even beside real records")
    smp.add_argument("--remove", action="store_true", help="remove all sample records")
    smp.set_defaults(handler=_sample)

    res = commands.add_parser(
        "resources", help="resources near a point", parents=[common]
    )
    actions = res.add_subparsers(dest="resources_command", required=True)
    near = actions.add_parser(
        "near", help="teams, depots, shelters within N km", parents=[common]
    )
    near.add_argument("--lat", type=float, required=True)
    near.add_argument("--lon", type=float, required=True)
    near.add_argument("--km", type=_positive, required=True)
    near.add_argument("--json", action="store_true")
    near.set_defaults(handler=_near)


def _import(args: argparse.Namespace, data_dir: Path) -> int:
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        seed_supply_catalogue(context.operations, supply_items_file())
        report = importer.import_file(
            context.operations, args.kind, args.file, dry_run=args.dry_run
        )
    finally:
        context.close()
    if args.json:
        print_json(_report_json(report))
    elif report.errors:
        # A refused file is named once, on stderr, below.
        _lines(report.error_lines())
    elif args.dry_run:
        _lines(report.action_lines())
    if report.refused is not None:
        return fail(f"{args.file.name}: nothing was imported: {report.refused}")
    if report.errors:
        rows = len({e.row for e in report.errors})
        return fail(f"{args.file.name}: {rows} bad row(s); nothing was imported")
    sys.stderr.write(_summary(report) + "\n")
    return EXIT_OK


def _lines(lines: list[str]) -> None:
    for line in lines:
        sys.stdout.write(line + "\n")


def _summary(report: importer.ImportReport) -> str:
    counts = report.counts()
    notes = ["dry run, nothing written" if report.dry_run else "imported"]
    if report.encoding not in ("xlsx", "utf-8", "utf-8-sig"):
        notes.append(f"read as {report.encoding}")
    if report.ignored_columns:
        notes.append(f"ignored columns: {', '.join(report.ignored_columns)}")
    return (
        f"{report.file.name}: {counts['new']} new, {counts['updated']} updated, "
        f"{counts['unchanged']} unchanged ({'; '.join(notes)})"
    )


def _report_json(report: importer.ImportReport) -> dict[str, Any]:
    return {
        "kind": report.kind,
        "file": str(report.file),
        "dry_run": report.dry_run,
        "encoding": report.encoding,
        "refused": report.refused,
        "applied": report.applied,
        "counts": report.counts(),
        "ignored_columns": report.ignored_columns,
        "errors": [
            {"row": e.row, "column": e.column, "reason": e.reason}
            for e in report.errors
        ],
        "actions": [
            {"row": a.row, "action": a.action, "name": a.label, "detail": a.detail}
            for a in report.actions
        ],
    }


def _export(args: argparse.Namespace, data_dir: Path) -> int:
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        rows = exporter.export_file(context.database, args.kind, args.file)
        samples = exporter.samples_left_out(context.database, args.kind)
    except (ValueError, OSError) as error:
        return fail(str(error))
    finally:
        context.close()
    sys.stderr.write(f"{args.file.name}: {rows} {args.kind} row(s) exported\n")
    if samples:
        sys.stderr.write(
            f"{samples} sample (【演示】) record(s) left out: sample data is "
            "generated again with sample-data, never exported\n"
        )
    return EXIT_OK


def _sample(args: argparse.Namespace, data_dir: Path) -> int:
    if args.businesses < 0 or args.scale > 10:
        return fail("--businesses must be >= 0 and --scale at most 10", EXIT_USAGE)
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        if args.remove:
            print_json({"removed": remove_synthetic(context.operations)})
            return EXIT_OK
        counts = sample.planned_counts(args.scale, args.businesses)
        written = sample.populate(
            context.operations, context.outline, counts, force=args.force
        )
    except sample.RealRecordsPresentError as error:
        return fail(str(error))
    finally:
        context.close()
    print_json({"planned": vars(counts), "written": written})
    return EXIT_OK


def _near(args: argparse.Namespace, data_dir: Path) -> int:
    if not (-90 <= args.lat <= 90 and -180 <= args.lon <= 180):
        return fail("--lat must be within ±90 and --lon within ±180", EXIT_USAGE)
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        found = search.near(context.database, args.lat, args.lon, args.km)
    finally:
        context.close()
    if args.json:
        print_json(found)
        return EXIT_OK
    for kind, rows in found.items():
        sys.stdout.write(f"{columns.KIND_NAMES.get(kind, kind)}（{len(rows)}）\n")
        for row in rows:
            if "capacity" in row:
                extra = f"尚可安置 {row['places_left']} 人"
            else:
                extra = row.get("status", "")
            line = (
                f"{row['distance_km']:8.2f} km  {row['name']}  {row['kind']}  {extra}"
            )
            sys.stdout.write(f"  {line.rstrip()}\n")
    return EXIT_OK
