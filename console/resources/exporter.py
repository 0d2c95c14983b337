"""Exporting rosters in exactly the form the import reads back.

Only the district's own records are exported; sample (synthetic) records
are regenerated, never passed around in files. An export of an empty kind
is the template to fill: the header row alone. CSV is written as UTF-8
with a BOM so that Excel on a Chinese Windows machine shows the headers
correctly; in XLSX every text cell is stored as text, so a value beginning
with '=' stays a value and never becomes a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from console.domain import resources as vocabulary
from console.domain import resources_ledger as ledger
from console.ops.resources_bulk import MODELS
from console.resources import columns
from console.store.engine import Database
from console.store.models import Division
from console.store.resource_models import Depot, StockMovement, SupplyItem


def _division_names(session: Any) -> dict[str, str]:
    return {d.id: d.name for d in session.scalars(select(Division))}


def _roster_rows(database: Database, kind: str) -> list[list[Any]]:
    model = MODELS[kind]
    spec = columns.SPECS[kind]
    with database.read() as session:
        names = _division_names(session)
        rows = session.scalars(
            select(model)
            .where(model.deleted_at.is_(None), model.synthetic.is_(False))
            .order_by(model.name, model.id)
        )
        return [
            [columns.export_value(c, getattr(row, c.field), names) for c in spec]
            for row in rows
        ]


def samples_left_out(database: Database, kind: str) -> int:
    """How many live sample (【演示】) records of ``kind`` an export omits."""
    model = StockMovement if kind == "stock" else MODELS[kind]
    with database.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(model)
                .where(model.deleted_at.is_(None), model.synthetic.is_(True))
            )
            or 0
        )


def _stock_rows(database: Database) -> list[list[Any]]:
    """One row per movement reference, depot and kind (a transfer gives two)."""
    with database.read() as session:
        result = session.execute(
            select(StockMovement, Depot.name, SupplyItem)
            .join(Depot, Depot.id == StockMovement.depot_id)
            .join(SupplyItem, SupplyItem.id == StockMovement.item_id)
            .where(
                StockMovement.deleted_at.is_(None),
                StockMovement.synthetic.is_(False),
                Depot.synthetic.is_(False),
            )
            .order_by(StockMovement.hlc, StockMovement.id)
        )
        groups: dict[tuple[str, str, str], list[Any]] = {}
        for movement, depot_name, item in result:
            reference = movement.reference or movement.movement_group
            key = (reference, movement.depot_id, movement.kind)
            if key not in groups:
                groups[key] = [
                    reference,
                    depot_name,
                    item.name,
                    item.category,
                    item.unit,
                    ledger.KIND_LABELS[movement.kind],
                    movement.quantity,
                    movement.batch,
                    movement.expires_on.isoformat() if movement.expires_on else "",
                    movement.note,
                ]
            elif movement.batch and movement.batch not in groups[key][7].split("、"):
                groups[key][7] = "、".join(
                    filter(None, [groups[key][7], movement.batch])
                )
        return list(groups.values())


def rows_of(database: Database, kind: str) -> list[list[Any]]:
    """The data rows of an export of ``kind`` (no header)."""
    if kind not in columns.SPECS:
        raise ValueError(
            f"unknown kind {kind!r}; use one of {', '.join(columns.KINDS)}"
        )
    if kind == "stock":
        return _stock_rows(database)
    return _roster_rows(database, kind)


# Rows of a template that offer the value lists.
TEMPLATE_ROWS = 1000


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([["" if v is None else v for v in row] for row in rows])


def _allowed_values(kind: str) -> dict[int, tuple[str, ...]]:
    """Per column index, the values a cell of the kind's column may hold."""
    allowed = {}
    for index, column in enumerate(columns.SPECS[kind]):
        if column.parse == columns.CHOICE:
            allowed[index] = column.choices
        elif column.parse == columns.OPEN:
            allowed[index] = (vocabulary.SHELTER_OPEN, vocabulary.SHELTER_CLOSED)
    return allowed


def write_xlsx(path: Path, kind: str, rows: Sequence[Sequence[Any]]) -> None:
    """One sheet named after the kind, its choice columns offered as lists.

    The lists make a spreadsheet program offer the allowed values in a
    drop-down, so a template filled in by a town office reads back cleanly.
    """
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
    from openpyxl.worksheet.datavalidation import (  # type: ignore[import-untyped]
        DataValidation,
    )

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=columns.KIND_NAMES[kind])
    last_row = max(len(rows) + 1, TEMPLATE_ROWS)
    for index, values in _allowed_values(kind).items():
        letter = get_column_letter(index + 1)
        listed = DataValidation(
            type="list",
            formula1='"' + ",".join(values) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="不在可选范围内",
            error="可选：" + "、".join(values),
        )
        listed.add(f"{letter}2:{letter}{last_row}")
        sheet.data_validations.append(listed)

    def cell(value: Any) -> Any:
        written = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            written.data_type = "s"
        return written

    sheet.append([cell(h) for h in columns.headers(kind)])
    for row in rows:
        sheet.append([cell(v) for v in row])
    book.save(path)


def export_file(
    database: Database, kind: str, path: Path, *, template: bool = False
) -> int:
    """Write ``kind`` to ``path`` (.csv or .xlsx); returns the row count.

    As a ``template``, only the header row (and in XLSX the value lists).
    """
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValueError(f"unknown file type {suffix or '(none)'}; use .csv or .xlsx")
    rows = [] if template else rows_of(database, kind)
    if suffix == ".csv":
        write_csv(path, columns.headers(kind), rows)
    else:
        write_xlsx(path, kind, rows)
    return len(rows)
