"""Importing stock: ledger receipts and stocktake counts by reference.

Each imported line carries a movement reference (参考号). A line whose
reference is already in the ledger for the same depot, movement kind, item
and quantity is unchanged; so importing a file twice, or importing back an
export, records nothing new. A reference reused for different values is a
bad row: a correction is a new movement with its own reference.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from console.domain import resources_ledger as ledger
from console.domain.resources_records import StockRecord
from console.ops.core import Operations, OpTransaction
from console.ops.resources_bulk import NEW, UNCHANGED, chunks
from console.ops.resources_ledger import balance
from console.ops.resources_stock import count, receive
from console.seed import seed_id
from console.store.resource_models import Depot, StockMovement, SupplyItem

ERROR = "error"
IMPORTABLE = (ledger.RECEIPT, ledger.ADJUSTMENT)


@dataclass(frozen=True)
class StockPlan:
    """What one imported line would do; ``column``/``reason`` for errors."""

    record: StockRecord
    action: str
    detail: str = ""
    column: str = ""
    reason: str = ""


def _by_name(session: Session, model: Any, names: set[str]) -> dict[str, object]:
    rows = session.scalars(
        select(model).where(model.name.in_(sorted(names)), model.deleted_at.is_(None))
    )
    return {row.name: row for row in rows}


def _recorded(session: Session, refs: set[str]) -> dict[str, list[StockMovement]]:
    rows = session.scalars(
        select(StockMovement).where(
            or_(
                StockMovement.reference.in_(refs),
                StockMovement.movement_group.in_(refs),
            ),
            StockMovement.deleted_at.is_(None),
        )
    )
    found: dict[str, list[StockMovement]] = {}
    for row in rows:
        found.setdefault(row.reference or row.movement_group, []).append(row)
    return found


def _error(record: StockRecord, column: str, reason: str) -> StockPlan:
    return StockPlan(record, ERROR, column=column, reason=reason)


def plan_stock(session: Session, records: Sequence[StockRecord]) -> list[StockPlan]:
    """What importing ``records`` in order would do."""
    depots = _by_name(session, Depot, {r.depot for r in records})
    items = _by_name(session, SupplyItem, {r.item for r in records})
    recorded = _recorded(session, {r.reference for r in records})
    balances: dict[tuple[str, str], int] = {}
    plans = []
    for record in records:
        depot, item = depots.get(record.depot), items.get(record.item)
        kind = ledger.KIND_BY_LABEL[record.kind]
        if not isinstance(depot, Depot):
            plans.append(
                _error(
                    record,
                    "仓库名称",
                    f"unknown depot: {record.depot!r}; import depots first",
                )
            )
            continue
        if depot.synthetic:
            plans.append(
                _error(
                    record,
                    "仓库名称",
                    f"{record.depot!r} is a sample-data (synthetic) depot",
                )
            )
            continue
        if record.reference in recorded:
            plans.append(
                _against_ledger(record, depot, kind, recorded[record.reference])
            )
            continue
        if kind not in IMPORTABLE:
            plans.append(
                _error(
                    record,
                    "业务类型",
                    "only 入库 and 盘点 can be imported; "
                    "other movements are recorded in the console",
                )
            )
            continue
        if not isinstance(item, SupplyItem) and not record.unit:
            plans.append(
                _error(
                    record,
                    "物资名称",
                    f"{record.item!r} is not in the catalogue; give 单位 to add it",
                )
            )
            continue
        if kind == ledger.RECEIPT and record.quantity == 0:
            plans.append(_error(record, "数量", "must be above zero for 入库"))
            continue
        key = (depot.id, item.id if isinstance(item, SupplyItem) else record.item)
        if key not in balances:
            balances[key] = (
                balance(session, *key) if isinstance(item, SupplyItem) else 0
            )
        unit = item.unit if isinstance(item, SupplyItem) else record.unit
        if kind == ledger.RECEIPT:
            balances[key] += record.quantity
            detail = f"入库 +{record.quantity}{unit}"
        else:
            change = record.quantity - balances[key]
            balances[key] = record.quantity
            detail = f"盘点 {record.quantity}{unit} ({change:+d})"
        plans.append(StockPlan(record, NEW, detail))
    return plans


def _against_ledger(
    record: StockRecord, depot: Depot, kind: str, rows: list[StockMovement]
) -> StockPlan:
    same = [r for r in rows if r.depot_id == depot.id and r.kind == kind]
    if not same:
        return _error(
            record,
            "参考号",
            f"{record.reference!r} is already used by another movement",
        )
    if {r.quantity for r in same} != {record.quantity}:
        return _error(
            record,
            "参考号",
            f"{record.reference!r} already recorded with 数量 {same[0].quantity}; "
            "a correction needs a new reference",
        )
    return StockPlan(record, UNCHANGED, "already recorded")


def _item(tx: OpTransaction, record: StockRecord) -> SupplyItem:
    item = tx.session.scalar(
        select(SupplyItem).where(
            SupplyItem.name == record.item, SupplyItem.deleted_at.is_(None)
        )
    )
    if item is not None:
        return item
    item_id = seed_id("supply_item", record.item)
    removed = tx.session.get(SupplyItem, item_id)
    if removed is not None:
        tx.update(removed, deleted_at=None, unit=record.unit)
        return removed
    item = SupplyItem(
        id=item_id,
        name=record.item,
        category=record.category or "其他",
        unit=record.unit,
    )
    tx.insert(item)
    return item


def write_stock(
    operations: Operations, records: Sequence[StockRecord]
) -> dict[str, int]:
    """Record the new lines of ``records`` in transactions of ≤1,000 lines."""
    counts = {NEW: 0, UNCHANGED: 0}
    for part in chunks(records):

        def work(
            tx: OpTransaction, part: Sequence[StockRecord] = part
        ) -> dict[str, int]:
            local = {NEW: 0, UNCHANGED: 0}
            for step in plan_stock(tx.session, part):
                if step.action == ERROR:
                    raise ValueError(f"{step.record.reference}: {step.reason}")
                local[step.action] += 1
                if step.action == NEW:
                    _write(tx, step.record)
            tx.log(f"新增 {local[NEW]}|未变 {local[UNCHANGED]}")
            return local

        for key, value in operations.run("stock.import", work).items():
            counts[key] += value
    return counts


def _write(tx: OpTransaction, record: StockRecord) -> None:
    depot = tx.session.scalars(
        select(Depot).where(Depot.name == record.depot, Depot.deleted_at.is_(None))
    ).one()
    item = _item(tx, record)
    if ledger.KIND_BY_LABEL[record.kind] == ledger.RECEIPT:
        receive(
            tx,
            depot,
            item,
            record.quantity,
            batch=record.batch,
            expires_on=record.expires_on,
            reference=record.reference,
            note=record.note,
        )
    else:
        count(
            tx,
            depot,
            item,
            record.quantity,
            batch=record.batch or None,
            reference=record.reference,
            note=record.note,
        )
