"""Stock operations: receipts, write-offs, stocktakes and transfers.

Each is one logged operation that appends ledger rows; nothing ever changes
a balance directly. A transfer is two sets of rows (out of one depot, into
another) in one transaction, so stock is never in both places or neither.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import select

from console.domain import resources_ledger as ledger
from console.domain.resources import load_supply_items
from console.ops.core import Operations, OpTransaction
from console.ops.resources_common import live
from console.ops.resources_ledger import (
    Line,
    batch_balances,
    withdrawal_lines,
    write_lines,
)
from console.seed import seed_id
from console.store.resource_models import Depot, StockMovement, SupplyItem


def seed_supply_catalogue(operations: Operations, rules_file: Path) -> int:
    """Add catalogue items of ``supply_items.json`` not yet known by name.

    Ids are deterministic, so workstations seeding the same file agree.
    Returns how many were added.
    """
    specs = load_supply_items(rules_file)
    with operations.database.read() as session:
        known = set(
            session.scalars(
                select(SupplyItem.name).where(SupplyItem.deleted_at.is_(None))
            )
        )
    missing = [s for s in specs if s.name not in known]
    if not missing:
        return 0

    def work(tx: OpTransaction) -> int:
        present = set(tx.session.scalars(select(SupplyItem.id)))
        added = 0
        for spec in missing:
            item_id = seed_id("supply_item", spec.name)
            if item_id in present:
                continue
            tx.insert(
                SupplyItem(
                    id=item_id, name=spec.name, category=spec.category, unit=spec.unit
                )
            )
            added += 1
        # The sentence (widgets.resourcetext) reads "catalogue loaded, items: N".
        tx.log(str(added))
        return added

    return operations.run("supplies.seed_catalogue", work)


def receive(
    tx: OpTransaction,
    depot: Depot,
    item: SupplyItem,
    quantity: int,
    *,
    batch: str = "",
    expires_on: date | None = None,
    reference: str | None = None,
    note: str = "",
    synthetic: bool = False,
) -> list[StockMovement]:
    """Write a receipt inside a running operation (used by imports too)."""
    line = Line(
        ledger.RECEIPT,
        quantity,
        ledger.delta_of(ledger.RECEIPT, quantity),
        batch.strip(),
        expires_on,
    )
    return write_lines(
        tx, depot, item, [line], reference=reference, note=note, synthetic=synthetic
    )


def count(
    tx: OpTransaction,
    depot: Depot,
    item: SupplyItem,
    counted: int,
    *,
    batch: str | None = None,
    reference: str | None = None,
    note: str = "",
) -> list[StockMovement]:
    """Write the adjustment that makes the ledger agree with a count."""
    batches = batch_balances(tx.session, depot.id, item.id)
    pool = [b for b in batches if batch is None or b.batch == batch]
    delta = ledger.stocktake_delta(ledger.total(pool), counted)
    kind = ledger.ADJUSTMENT
    if delta < 0:
        parts = ledger.allocate(pool, -delta, depot=depot.name, item=item.name)
        lines = [Line(kind, counted, -n, b.batch, b.expires_on) for b, n in parts]
    else:
        expires = next((b.expires_on for b in pool if b.batch == (batch or "")), None)
        lines = [Line(kind, counted, delta, batch or "", expires)]
    return write_lines(tx, depot, item, lines, reference=reference, note=note)


def _log_movement(tx: OpTransaction, depot: Depot, item: SupplyItem, text: str) -> None:
    tx.log(f"{depot.name}: {item.name}: {text}", target=depot)


def receive_stock(
    operations: Operations,
    depot_id: str,
    item_id: str,
    quantity: int,
    *,
    batch: str = "",
    expires_on: date | None = None,
    reference: str | None = None,
    note: str = "",
) -> list[StockMovement]:
    """Record stock arriving at a depot (入库)."""

    def work(tx: OpTransaction) -> list[StockMovement]:
        depot = live(tx.session, Depot, depot_id)
        item = live(tx.session, SupplyItem, item_id)
        rows = receive(
            tx,
            depot,
            item,
            quantity,
            batch=batch,
            expires_on=expires_on,
            reference=reference,
            note=note,
        )
        _log_movement(tx, depot, item, f"入库 {quantity}{item.unit}")
        return rows

    return operations.run("supplies.receive", work)


def write_off(
    operations: Operations,
    depot_id: str,
    item_id: str,
    quantity: int,
    *,
    reason: str,
    batch: str | None = None,
) -> list[StockMovement]:
    """Write off spoilt or expired stock (报损); refused below zero."""
    if not reason.strip():
        raise ValueError("a write-off needs a reason")

    def work(tx: OpTransaction) -> list[StockMovement]:
        depot = live(tx.session, Depot, depot_id)
        item = live(tx.session, SupplyItem, item_id)
        lines = withdrawal_lines(
            tx.session, depot, item, ledger.WRITE_OFF, quantity, batch
        )
        rows = write_lines(tx, depot, item, lines, note=reason.strip())
        _log_movement(tx, depot, item, f"报损 {quantity}{item.unit}: {reason.strip()}")
        return rows

    return operations.run("supplies.write_off", work)


def stocktake(
    operations: Operations,
    depot_id: str,
    item_id: str,
    counted: int,
    *,
    batch: str | None = None,
    reference: str | None = None,
    note: str = "",
) -> list[StockMovement]:
    """Record a count (盘点); the ledger gains the difference as adjustment."""

    def work(tx: OpTransaction) -> list[StockMovement]:
        depot = live(tx.session, Depot, depot_id)
        item = live(tx.session, SupplyItem, item_id)
        rows = count(
            tx, depot, item, counted, batch=batch, reference=reference, note=note
        )
        change = sum(r.delta for r in rows)
        _log_movement(tx, depot, item, f"盘点 {counted}{item.unit} ({change:+d})")
        return rows

    return operations.run("supplies.stocktake", work)


def transfer_stock(
    operations: Operations,
    from_depot_id: str,
    to_depot_id: str,
    item_id: str,
    quantity: int,
    *,
    batch: str | None = None,
    note: str = "",
) -> list[StockMovement]:
    """Move stock between depots (调拨): out and in rows, one operation."""
    if from_depot_id == to_depot_id:
        raise ValueError("a transfer needs two different depots")

    def work(tx: OpTransaction) -> list[StockMovement]:
        source = live(tx.session, Depot, from_depot_id)
        target = live(tx.session, Depot, to_depot_id)
        item = live(tx.session, SupplyItem, item_id)
        out = withdrawal_lines(
            tx.session, source, item, ledger.TRANSFER_OUT, quantity, batch
        )
        into = [
            Line(ledger.TRANSFER_IN, quantity, -o.delta, o.batch, o.expires_on)
            for o in out
        ]
        group = str(uuid.uuid4())
        rows = write_lines(
            tx,
            source,
            item,
            out,
            group=group,
            counterpart_depot_id=target.id,
            note=note,
        )
        rows += write_lines(
            tx,
            target,
            item,
            into,
            group=group,
            counterpart_depot_id=source.id,
            note=note,
        )
        _log_movement(tx, source, item, f"调出 {quantity}{item.unit} → {target.name}")
        return rows

    return operations.run("supplies.transfer", work)
