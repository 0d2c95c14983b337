"""``eoc-console plan validate FILE...``, ``plan list [--json]``, ``plan activate``.

``validate`` prints one ``file:line: message`` line per problem on stdout, the
form editors and CI logs turn into links, and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from console.commands import common_options
from console.commands.output import EXIT_FAILED, EXIT_OK, print_json
from console.commands.plan_activate import add_activate
from console.commands.plan_level import add_level
from console.plans import library
from console.plans.loader import check_file
from console.plans.model import VERIFIED
from console.plans.schema import PlanError


def register(commands: argparse._SubParsersAction[Any]) -> None:
    """Add ``plan`` and its subcommands."""
    common = common_options()
    plan = commands.add_parser(
        "plan",
        help="emergency plans (应急预案): check, list, activate, change level",
        parents=[common],
    )
    actions = plan.add_subparsers(dest="plan_command", required=True)

    validate = actions.add_parser(
        "validate",
        help="check plan files; print file:line: message per problem",
        parents=[common],
    )
    validate.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help="plan file or folder"
    )
    validate.set_defaults(handler=validate_files)

    listing = actions.add_parser(
        "list",
        help="list the shipped plans and the district's own",
        parents=[common],
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=list_plans)
    add_activate(actions, common)
    add_level(actions, common)


def _write_errors(errors: Iterable[PlanError], stream: TextIO) -> None:
    for error in errors:
        stream.write(f"{error}\n")


def _expand(paths: Iterable[Path]) -> list[Path]:
    """Files as given; a folder stands for the ``*.yaml`` files in it."""
    files: list[Path] = []
    for path in paths:
        files.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return files


def validate_files(args: argparse.Namespace, data_dir: Path) -> int:
    """Check every file; exit 0 when all are valid, 1 otherwise."""
    del data_dir  # validation reads only the files named
    valid = True
    for path in _expand(args.files):
        _, errors = check_file(path)
        valid = valid and not errors
        _write_errors(errors, sys.stdout)
    return EXIT_OK if valid else EXIT_FAILED


def _summary(entry: library.Entry) -> dict[str, Any]:
    plan = entry.plan
    verified, sample = plan.action_counts()
    triggers = [t for level in plan.levels for t in level.triggers]
    return {
        "id": plan.id,
        "title": plan.title,
        "kind": plan.kind,
        "version": plan.version,
        "status": plan.status,
        "doc_no": plan.doc_no,
        "levels": list(plan.level_codes),
        "incident_types": list(plan.incident_types),
        "verification": plan.verification,
        "verified_actions": verified,
        "sample_actions": sample,
        "verified_triggers": sum(t.verification == VERIFIED for t in triggers),
        "sample_triggers": sum(t.verification != VERIFIED for t in triggers),
        "origin": entry.origin,
        "file": str(entry.path),
    }


def list_plans(args: argparse.Namespace, data_dir: Path) -> int:
    """List every plan that loads; report broken files on stderr (exit 1)."""
    found = library.load_library(data_dir)
    summaries = [_summary(entry) for entry in found.entries]
    if args.json:
        print_json(summaries)
    else:
        for item in summaries:
            sys.stdout.write(
                f"{item['id']}\t{item['version']}\t{item['status']}\t"
                f"{','.join(item['levels'])}\t"
                f"{item['verified_actions']} verified/"
                f"{item['sample_actions']} sample\t{item['title']}\n"
            )
    _write_errors(found.errors, sys.stderr)
    return EXIT_FAILED if found.errors else EXIT_OK
