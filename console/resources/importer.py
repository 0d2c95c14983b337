"""Importing a roster file: check everything, then write all or nothing.

The whole file is read and checked before anything is written: a file with
one bad row changes nothing, and the report lists every bad row with its
row number, column and reason. A clean file is written in transactions of
at most 1,000 rows; since rows are matched by natural key, running the
same file again finds everything unchanged. A column the file leaves out
keeps its stored values (a file without 备注 leaves the notes alone), and a
shelter's occupancy changes only through its own logged operation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from console.domain.resources import SYNTHETIC_PREFIX
from console.domain.resources_records import (
    DepotRecord,
    ExpertRecord,
    ShelterRecord,
    StockRecord,
    TeamRecord,
)
from console.ops.core import Operations
from console.ops.resources_bulk import CONFLICT, plan, write_records
from console.ops.resources_bulk_stock import ERROR, plan_stock, write_stock
from console.resources import columns
from console.resources.catalogue import capability_lookup
from console.resources.readers import FileRefusedError, Table, read_table
from console.store.models import Division
from console.store.resource_models import Depot

COLLIDES = (
    "collides with a sample-data (synthetic) record; "
    "remove sample data first (sample-data --remove)"
)

RECORD_TYPES: dict[str, Any] = {
    "teams": TeamRecord,
    "depots": DepotRecord,
    "shelters": ShelterRecord,
    "experts": ExpertRecord,
    "stock": StockRecord,
}


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    reason: str


@dataclass(frozen=True)
class RowAction:
    row: int
    action: str
    label: str
    detail: str = ""


@dataclass
class ImportReport:
    """What an import did or, in a dry run, would do.

    Attributes:
        refused: why the whole file was refused, if it was.
        applied: whether anything was written.
    """

    kind: str
    file: Path
    dry_run: bool
    encoding: str = ""
    refused: str | None = None
    errors: list[RowError] = field(default_factory=list)
    actions: list[RowAction] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    present_columns: list[str] = field(default_factory=list)
    applied: bool = False

    @property
    def ok(self) -> bool:
        return self.refused is None and not self.errors

    def counts(self) -> dict[str, int]:
        counts = {"new": 0, "updated": 0, "unchanged": 0}
        for action in self.actions:
            counts[action.action] = counts.get(action.action, 0) + 1
        return counts

    def error_lines(self) -> list[str]:
        """One line per bad row: ``file:row: column: reason; column: reason``."""
        if self.refused is not None:
            return [f"{self.file.name}: {self.refused}"]
        rows: dict[int, list[str]] = {}
        for error in sorted(self.errors, key=lambda e: e.row):
            rows.setdefault(error.row, []).append(f"{error.column}: {error.reason}")
        return [f"{self.file.name}:{row}: {'; '.join(p)}" for row, p in rows.items()]

    def action_lines(self) -> list[str]:
        return [
            f"{self.file.name}:{a.row}: {a.action}: {a.label}"
            + (f" ({a.detail})" if a.detail else "")
            for a in self.actions
        ]


def _lookups(operations: Operations) -> columns.Lookups:
    with operations.database.read() as session:
        rows = session.execute(
            select(Division.name, Division.id).where(Division.deleted_at.is_(None))
        )
        divisions = {str(name): str(row_id) for name, row_id in rows}
    return columns.Lookups(divisions=divisions, capabilities=capability_lookup())


def _check_headers(kind: str, table: Table, report: ImportReport) -> None:
    known = set(columns.headers(kind))
    present = set(table.headers)
    missing = [
        c.header for c in columns.SPECS[kind] if c.required and c.header not in present
    ]
    if missing:
        raise FileRefusedError(
            f"missing column(s): {', '.join(missing)}; export an empty {kind} file "
            "for the template"
        )
    report.ignored_columns = [h for h in table.headers if h not in known]
    report.present_columns = [h for h in table.headers if h in known]


def _records(
    kind: str, table: Table, report: ImportReport, lookups: columns.Lookups
) -> tuple[list[tuple[int, Any]], list[tuple[int, str]]]:
    """The rows that read well, and the depots named by stock rows that did not."""
    bad_cells = {(row, col): reason for row, col, reason in table.bad_cells}
    name_header = columns.NAME_HEADER[kind]
    records: list[tuple[int, Any]] = []
    unchecked: list[tuple[int, str]] = []
    first_seen: dict[tuple[str, ...], int] = {}
    for number, row in table.rows:
        values, problems = columns.read_row(kind, row, lookups)
        problems = [(c, r) for c, r in problems if (number, c) not in bad_cells]
        problems += [(c, r) for (n, c), r in bad_cells.items() if n == number]
        if str(values.get("name", "")).startswith(SYNTHETIC_PREFIX):
            problems.append(
                (
                    name_header,
                    f"names starting with {SYNTHETIC_PREFIX} are kept for sample data",
                )
            )
        if problems:
            report.errors.extend(RowError(number, c, r) for c, r in problems)
            if kind == "stock" and values.get("depot"):
                unchecked.append((number, str(values["depot"])))
            continue
        record = RECORD_TYPES[kind](**values)
        earlier = first_seen.setdefault(record.key(), number)
        if earlier != number:
            report.errors.append(
                RowError(number, name_header, f"duplicate of row {earlier}")
            )
            continue
        records.append((number, record))
    return records, unchecked


def _unknown_depots(
    operations: Operations, rows: list[tuple[int, str]]
) -> list[RowError]:
    """Unknown depots of stock rows refused for other reasons.

    Those rows never reach the ledger check, so without this a file would
    be refused twice: first for a bad date, then for the depot.
    """
    if not rows:
        return []
    with operations.database.read() as session:
        known = set(
            session.scalars(
                select(Depot.name).where(
                    Depot.name.in_({depot for _, depot in rows}),
                    Depot.deleted_at.is_(None),
                )
            )
        )
    reason = "unknown depot: {!r}; import depots first"
    return [
        RowError(number, "仓库名称", reason.format(depot))
        for number, depot in rows
        if depot not in known
    ]


def given_fields(kind: str, report: ImportReport) -> frozenset[str]:
    """Fields whose columns the file has; the others stay as they are."""
    return frozenset(
        c.field for c in columns.SPECS[kind] if c.header in report.present_columns
    )


def _plan(
    operations: Operations,
    kind: str,
    numbered: Sequence[tuple[int, Any]],
    report: ImportReport,
) -> None:
    """Add each checked row's planned action, or its conflict, to the report."""
    records = [record for _, record in numbered]
    if kind == "stock":
        with operations.database.read() as session:
            stock_plans = plan_stock(session, records)
        for (number, _), step in zip(numbered, stock_plans, strict=True):
            if step.action == ERROR:
                report.errors.append(RowError(number, step.column, step.reason))
            else:
                label = step.record.reference
                report.actions.append(
                    RowAction(number, step.action, label, step.detail)
                )
        return
    with operations.database.read() as session:
        plans = plan(session, kind, records, given_fields(kind, report))
    for (number, record), row_plan in zip(numbered, plans, strict=True):
        if row_plan.action == CONFLICT:
            report.errors.append(RowError(number, columns.NAME_HEADER[kind], COLLIDES))
        else:
            changed = "、".join(row_plan.changed)
            report.actions.append(
                RowAction(number, row_plan.action, record.name, changed)
            )


def import_file(
    operations: Operations, kind: str, path: Path, *, dry_run: bool = False
) -> ImportReport:
    """Check ``path`` as a ``kind`` roster and, unless a dry run, write it.

    Nothing is written when the file is refused or has any bad row.
    """
    if kind not in columns.SPECS:
        raise ValueError(
            f"unknown kind {kind!r}; use one of {', '.join(columns.KINDS)}"
        )
    report = ImportReport(kind=kind, file=path, dry_run=dry_run)
    try:
        table = read_table(path)
        report.encoding = table.encoding
        _check_headers(kind, table, report)
    except (FileRefusedError, OSError) as error:
        report.refused = str(error)
        return report
    numbered, unchecked = _records(kind, table, report, _lookups(operations))
    report.errors.extend(_unknown_depots(operations, unchecked))
    _plan(operations, kind, numbered, report)
    if not report.ok or dry_run:
        return report
    records = [record for _, record in numbered]
    if kind == "stock":
        write_stock(operations, records)
    else:
        write_records(operations, kind, records, fields=given_fields(kind, report))
    report.applied = True
    return report
