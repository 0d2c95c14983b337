"""Stock as a ledger: balances are sums of movements, never stored.

Each movement has a signed ``delta``; the balance of a depot and item is the
sum of the deltas of its live movements, and of a batch the sum of that
batch's. A withdrawal that would take a balance below zero is refused with
the depot, item, balance and requested quantity named, so the officer knows
what to correct. Withdrawals without a named batch are taken first-expiry-
first-out, which keeps every batch balance at zero or more too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

RECEIPT = "receipt"
DISPATCH = "dispatch"
RETURN = "return"
TRANSFER_OUT = "transfer_out"
TRANSFER_IN = "transfer_in"
WRITE_OFF = "writeoff"
ADJUSTMENT = "adjustment"

KIND_LABELS = {
    RECEIPT: "入库",
    DISPATCH: "出库",
    RETURN: "归还",
    TRANSFER_OUT: "调出",
    TRANSFER_IN: "调入",
    WRITE_OFF: "报损",
    ADJUSTMENT: "盘点",
}
KIND_BY_LABEL = {label: kind for kind, label in KIND_LABELS.items()}

_SIGN = {
    RECEIPT: 1,
    RETURN: 1,
    TRANSFER_IN: 1,
    DISPATCH: -1,
    TRANSFER_OUT: -1,
    WRITE_OFF: -1,
}


class NegativeBalanceError(ValueError):
    """A withdrawal would take a balance below zero; nothing was written."""

    def __init__(
        self, depot: str, item: str, balance: int, requested: int, unit: str = ""
    ) -> None:
        super().__init__(
            f"{depot}: {item}: balance {balance}{unit}, requested {requested}{unit};"
            " stock cannot go below zero"
        )
        self.depot = depot
        self.item = item
        self.balance = balance
        self.requested = requested


@dataclass(frozen=True)
class BatchBalance:
    """The balance of one batch ('' is stock received without a batch)."""

    batch: str
    expires_on: date | None
    balance: int


def check_quantity(quantity: int) -> None:
    """A moved quantity is a whole number of units, more than zero."""
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
        raise ValueError(f"quantity must be a whole number above zero: {quantity!r}")


def delta_of(kind: str, quantity: int) -> int:
    """The signed change a movement of ``kind`` makes (not for adjustments)."""
    check_quantity(quantity)
    if kind not in _SIGN:
        raise ValueError(f"no fixed sign for movement kind {kind!r}")
    return _SIGN[kind] * quantity


def stocktake_delta(balance: int, counted: int) -> int:
    """The adjustment that makes the ledger agree with a count."""
    if isinstance(counted, bool) or not isinstance(counted, int) or counted < 0:
        raise ValueError(f"a count must be a whole number >= 0: {counted!r}")
    return counted - balance


def total(batches: Iterable[BatchBalance]) -> int:
    return sum(b.balance for b in batches)


def _expiry_order(batch: BatchBalance) -> tuple[bool, date, str]:
    return (batch.expires_on is None, batch.expires_on or date.max, batch.batch)


def allocate(
    batches: Sequence[BatchBalance],
    quantity: int,
    *,
    depot: str,
    item: str,
    batch: str | None = None,
) -> list[tuple[BatchBalance, int]]:
    """Split a withdrawal of ``quantity`` across batches, first expiry first.

    Args:
        batches: the current batch balances of one depot and item.
        batch: take only from this batch, when given.

    Raises:
        NegativeBalanceError: not enough stock (in that batch).
    """
    check_quantity(quantity)
    pool = [b for b in batches if b.balance > 0 and batch in (None, b.batch)]
    available = total(pool)
    if quantity > available:
        name = item if batch is None else f"{item} (批次 {batch})"
        raise NegativeBalanceError(depot, name, available, quantity)
    taken: list[tuple[BatchBalance, int]] = []
    left = quantity
    for candidate in sorted(pool, key=_expiry_order):
        part = min(left, candidate.balance)
        taken.append((candidate, part))
        left -= part
        if left == 0:
            break
    return taken


def free_quantity(balance: int, committed_elsewhere: int) -> int:
    """Stock not promised to another open incident (never below zero)."""
    return max(0, balance - max(0, committed_elsewhere))
