"""Reading and writing the stock ledger inside a transaction.

Balances are computed from the movements here, in the same transaction
that then writes, so the never-negative rule holds against the ledger as
it is at commit time, not as some view last saw it.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from console.domain import resources_ledger as ledger
from console.domain.resources_ledger import BatchBalance
from console.ops.core import OpTransaction
from console.ops.resources_common import open_incident_titles
from console.store.resource_models import (
    Depot,
    StockEarmark,
    StockMovement,
    SupplyItem,
)


def batch_balances(session: Session, depot_id: str, item_id: str) -> list[BatchBalance]:
    """Balance per batch of one depot and item (zero batches included)."""
    rows = session.execute(
        select(
            StockMovement.batch,
            func.max(StockMovement.expires_on),
            func.coalesce(func.sum(StockMovement.delta), 0),
        )
        .where(
            StockMovement.depot_id == depot_id,
            StockMovement.item_id == item_id,
            StockMovement.deleted_at.is_(None),
        )
        .group_by(StockMovement.batch)
        .order_by(StockMovement.batch)
    )
    return [BatchBalance(batch, expires, int(total)) for batch, expires, total in rows]


def balance(session: Session, depot_id: str, item_id: str) -> int:
    return ledger.total(batch_balances(session, depot_id, item_id))


def earmarked(session: Session, depot_id: str, item_id: str) -> dict[str, int]:
    """Open earmarks of (depot, item) per open incident id."""
    open_ids = set(open_incident_titles(session))
    rows = session.execute(
        select(StockEarmark.incident_id, func.sum(StockEarmark.quantity))
        .where(
            StockEarmark.depot_id == depot_id,
            StockEarmark.item_id == item_id,
            StockEarmark.deleted_at.is_(None),
            StockEarmark.released_at.is_(None),
        )
        .group_by(StockEarmark.incident_id)
    )
    return {iid: int(q) for iid, q in rows if iid in open_ids and q}


def committed_elsewhere(
    session: Session, depot_id: str, item_id: str, incident_id: str | None
) -> int:
    """Stock earmarked for open incidents other than ``incident_id``.

    This is what "committed" means: stock promised to another open incident
    and still in the depot. Stock already dispatched has left the balance,
    so it is not counted a second time.
    """
    marks = earmarked(session, depot_id, item_id)
    return sum(q for iid, q in marks.items() if iid != incident_id)


@dataclass(frozen=True)
class Line:
    """One ledger row to write (a batch's share of a movement)."""

    kind: str
    quantity: int
    delta: int
    batch: str
    expires_on: date | None


def withdrawal_lines(
    session: Session,
    depot: Depot,
    item: SupplyItem,
    kind: str,
    quantity: int,
    batch: str | None = None,
) -> list[Line]:
    """The rows taking ``quantity`` out, first expiry first.

    The never-negative rule holds on this replica only: two workstations
    withdrawing from one depot while cut off from each other can merge
    into a negative balance. Neither withdrawal is refused after the fact,
    since the goods have left; ``queries.overdrawn_stock`` flags the
    shortfall until a stocktake sets it right.

    Raises:
        NegativeBalanceError: not enough stock; names depot, item, balance.
    """
    try:
        parts = ledger.allocate(
            batch_balances(session, depot.id, item.id),
            quantity,
            depot=depot.name,
            item=item.name,
            batch=batch,
        )
    except ledger.NegativeBalanceError as error:
        raise ledger.NegativeBalanceError(
            depot.name, error.item, error.balance, error.requested, item.unit
        ) from None
    return [Line(kind, quantity, -part, b.batch, b.expires_on) for b, part in parts]


def write_lines(
    tx: OpTransaction,
    depot: Depot,
    item: SupplyItem,
    lines: Sequence[Line],
    *,
    group: str | None = None,
    incident_id: str | None = None,
    counterpart_depot_id: str | None = None,
    reference: str | None = None,
    note: str = "",
    synthetic: bool = False,
) -> list[StockMovement]:
    """Insert the ledger rows of one movement; they share a group id."""
    group = group or str(uuid.uuid4())
    rows = []
    for line in lines:
        row = StockMovement(
            depot_id=depot.id,
            item_id=item.id,
            kind=line.kind,
            quantity=line.quantity,
            delta=line.delta,
            batch=line.batch,
            expires_on=line.expires_on,
            incident_id=incident_id,
            counterpart_depot_id=counterpart_depot_id,
            movement_group=group,
            reference=reference,
            recorded_by=tx.actor,
            recorded_at=tx.now,
            note=note,
            synthetic=synthetic,
        )
        tx.insert(row)
        rows.append(row)
    return rows
