"""Supplies for incidents: earmarks, dispatches and returns.

"Committed" stock is stock earmarked (预留) for an open incident and still
in the depot. Dispatching or earmarking for incident X more than
``balance - committed to other open incidents`` is warned about and needs
confirmation; dispatching more than the balance is refused outright. A
dispatch for X uses up X's own earmark first.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.domain import resources_ledger as ledger
from console.ops.core import Operations, OpTransaction
from console.ops.resources_common import (
    DispatchWarning,
    live,
    open_incident,
    open_incident_titles,
    require_confirmation,
)
from console.ops.resources_ledger import (
    Line,
    balance,
    earmarked,
    withdrawal_lines,
    write_lines,
)
from console.store.engine import Database
from console.store.resource_models import Depot, StockEarmark, StockMovement, SupplyItem


def stock_warnings(
    session: Session,
    depot_id: str,
    item_id: str,
    incident_id: str,
    quantity: int,
) -> list[DispatchWarning]:
    """Warn when ``quantity`` eats into stock committed to other incidents."""
    ledger.check_quantity(quantity)
    depot = live(session, Depot, depot_id)
    item = live(session, SupplyItem, item_id)
    open_incident(session, incident_id)
    have = balance(session, depot_id, item_id)
    marks = {
        i: q
        for i, q in earmarked(session, depot_id, item_id).items()
        if i != incident_id
    }
    free = ledger.free_quantity(have, sum(marks.values()))
    if quantity <= free or not marks:
        return []
    titles = open_incident_titles(session)
    held = "、".join(f"{titles[i]} {q}{item.unit}" for i, q in sorted(marks.items()))
    return [
        DispatchWarning(
            "stock_committed",
            f"{depot.name}: {item.name}: requested {quantity}{item.unit}, only "
            f"{free}{item.unit} free (balance {have}{item.unit}, earmarked for "
            f"other open incidents: {held})",
        )
    ]


def check_supply_dispatch(
    database: Database, depot_id: str, item_id: str, incident_id: str, quantity: int
) -> list[DispatchWarning]:
    """What to confirm before dispatching or earmarking (empty: nothing).

    Raises:
        NegativeBalanceError: more than the balance; the operation would
            refuse whatever the confirmation.
    """
    with database.read() as session:
        warnings = stock_warnings(session, depot_id, item_id, incident_id, quantity)
        _check_balance(session, depot_id, item_id, quantity)
    return warnings


def _check_balance(
    session: Session, depot_id: str, item_id: str, quantity: int
) -> None:
    have = balance(session, depot_id, item_id)
    if quantity > have:
        depot = live(session, Depot, depot_id)
        item = live(session, SupplyItem, item_id)
        raise ledger.NegativeBalanceError(
            depot.name, item.name, have, quantity, item.unit
        )


def _use_earmarks(
    tx: OpTransaction, depot_id: str, item_id: str, incident_id: str, quantity: int
) -> None:
    rows = tx.session.scalars(
        select(StockEarmark)
        .where(
            StockEarmark.depot_id == depot_id,
            StockEarmark.item_id == item_id,
            StockEarmark.incident_id == incident_id,
            StockEarmark.released_at.is_(None),
            StockEarmark.deleted_at.is_(None),
        )
        .order_by(StockEarmark.earmarked_at)
    )
    left = quantity
    for row in rows:
        used = min(left, row.quantity)
        left -= used
        if used == row.quantity:
            tx.update(row, quantity=0, released_at=tx.now)
        else:
            tx.update(row, quantity=row.quantity - used)
        if left == 0:
            break


def earmark_supplies(
    operations: Operations,
    depot_id: str,
    item_id: str,
    incident_id: str,
    quantity: int,
    *,
    confirm: bool = False,
) -> StockEarmark:
    """Promise stock to an incident without taking it out yet (预留)."""

    def work(tx: OpTransaction) -> StockEarmark:
        warnings = stock_warnings(tx.session, depot_id, item_id, incident_id, quantity)
        require_confirmation(warnings, confirm)
        depot = live(tx.session, Depot, depot_id)
        item = live(tx.session, SupplyItem, item_id)
        row = StockEarmark(
            depot_id=depot.id,
            item_id=item.id,
            incident_id=incident_id,
            quantity=quantity,
            earmarked_by=tx.actor,
            earmarked_at=tx.now,
            released_at=None,
        )
        tx.insert(row)
        tx.log(
            f"{depot.name}: {item.name}: 预留 {quantity}{item.unit}",
            target=row,
            incident_id=incident_id,
        )
        return row

    return operations.run("supplies.earmark", work)


def dispatch_supplies(
    operations: Operations,
    depot_id: str,
    item_id: str,
    incident_id: str,
    quantity: int,
    *,
    confirm: bool = False,
    batch: str | None = None,
    note: str = "",
) -> list[StockMovement]:
    """Send stock from a depot to an incident (出库), first expiry first.

    Raises:
        NegativeBalanceError: more than the depot holds.
        ConfirmationRequiredError: it eats into other incidents' earmarks.
    """

    def work(tx: OpTransaction) -> list[StockMovement]:
        warnings = stock_warnings(tx.session, depot_id, item_id, incident_id, quantity)
        depot = live(tx.session, Depot, depot_id)
        item = live(tx.session, SupplyItem, item_id)
        lines = withdrawal_lines(
            tx.session, depot, item, ledger.DISPATCH, quantity, batch
        )
        require_confirmation(warnings, confirm)
        rows = write_lines(tx, depot, item, lines, incident_id=incident_id, note=note)
        _use_earmarks(tx, depot_id, item_id, incident_id, quantity)
        tx.log(
            f"{depot.name}: {item.name}: 出库 {quantity}{item.unit}",
            target=depot,
            incident_id=incident_id,
        )
        return rows

    return operations.run("supplies.dispatch", work)


def outstanding(
    session: Session, depot_id: str, item_id: str, incident_id: str
) -> list[ledger.BatchBalance]:
    """Per batch, what went out to the incident and has not come back."""
    rows = session.execute(
        select(
            StockMovement.batch,
            func.max(StockMovement.expires_on),
            func.sum(StockMovement.delta),
        )
        .where(
            StockMovement.depot_id == depot_id,
            StockMovement.item_id == item_id,
            StockMovement.incident_id == incident_id,
            StockMovement.kind.in_((ledger.DISPATCH, ledger.RETURN)),
            StockMovement.deleted_at.is_(None),
        )
        .group_by(StockMovement.batch)
    )
    return [ledger.BatchBalance(b, e, -int(s)) for b, e, s in rows if s]


def record_return(
    operations: Operations,
    depot_id: str,
    item_id: str,
    incident_id: str,
    quantity: int,
    *,
    note: str = "",
) -> list[StockMovement]:
    """Record supplies coming back from an incident (归还) to their batches.

    At most what went out to that incident from that depot can come back.
    """

    def work(tx: OpTransaction) -> list[StockMovement]:
        depot = live(tx.session, Depot, depot_id)
        item = live(tx.session, SupplyItem, item_id)
        away = outstanding(tx.session, depot_id, item_id, incident_id)
        if quantity > ledger.total(away):
            raise ValueError(
                f"{depot.name}: {item.name}: returning {quantity}{item.unit} but only "
                f"{ledger.total(away)}{item.unit} went out to this incident"
            )
        parts = ledger.allocate(away, quantity, depot=depot.name, item=item.name)
        lines = [
            Line(ledger.RETURN, quantity, n, b.batch, b.expires_on) for b, n in parts
        ]
        rows = write_lines(tx, depot, item, lines, incident_id=incident_id, note=note)
        tx.log(
            f"{depot.name}: {item.name}: 归还 {quantity}{item.unit}",
            target=depot,
            incident_id=incident_id,
        )
        return rows

    return operations.run("supplies.return", work)
