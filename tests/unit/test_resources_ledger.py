"""Ledger arithmetic: signs, first-expiry-first-out and never below zero."""

from __future__ import annotations

from datetime import date

import pytest

from console.domain import resources_ledger as ledger
from console.domain.resources_ledger import BatchBalance, NegativeBalanceError


def test_movements_have_their_signs() -> None:
    assert ledger.delta_of(ledger.RECEIPT, 5) == 5
    assert ledger.delta_of(ledger.RETURN, 5) == 5
    assert ledger.delta_of(ledger.TRANSFER_IN, 5) == 5
    assert ledger.delta_of(ledger.DISPATCH, 5) == -5
    assert ledger.delta_of(ledger.TRANSFER_OUT, 5) == -5
    assert ledger.delta_of(ledger.WRITE_OFF, 5) == -5


@pytest.mark.parametrize("quantity", [0, -3, 2.5, True])
def test_a_moved_quantity_is_a_whole_number_above_zero(quantity: object) -> None:
    with pytest.raises(ValueError, match="whole number above zero"):
        ledger.delta_of(ledger.RECEIPT, quantity)  # type: ignore[arg-type]


def test_a_stocktake_makes_up_the_difference() -> None:
    assert ledger.stocktake_delta(120, 100) == -20
    assert ledger.stocktake_delta(100, 120) == 20
    assert ledger.stocktake_delta(7, 7) == 0
    with pytest.raises(ValueError, match="count"):
        ledger.stocktake_delta(7, -1)


def test_withdrawals_take_the_first_expiring_batch_first() -> None:
    batches = [
        BatchBalance("late", date(2027, 1, 1), 50),
        BatchBalance("", None, 100),
        BatchBalance("early", date(2026, 6, 1), 30),
    ]

    taken = ledger.allocate(batches, 60, depot="区仓库", item="沙袋")

    assert [(b.batch, n) for b, n in taken] == [("early", 30), ("late", 30)]


def test_stock_without_expiry_goes_last() -> None:
    batches = [BatchBalance("", None, 100), BatchBalance("b", date(2030, 1, 1), 10)]

    taken = ledger.allocate(batches, 15, depot="d", item="i")

    assert [(b.batch, n) for b, n in taken] == [("b", 10), ("", 5)]


def test_a_withdrawal_beyond_the_balance_is_refused_naming_everything() -> None:
    batches = [BatchBalance("", None, 40), BatchBalance("x", None, 2)]

    with pytest.raises(NegativeBalanceError) as caught:
        ledger.allocate(batches, 50, depot="区级仓库1", item="救生衣")

    message = str(caught.value)
    assert "区级仓库1" in message
    assert "救生衣" in message
    assert "balance 42" in message
    assert "requested 50" in message
    assert caught.value.balance == 42
    assert caught.value.requested == 50


def test_a_named_batch_is_checked_on_its_own() -> None:
    batches = [BatchBalance("A", None, 5), BatchBalance("B", None, 100)]

    with pytest.raises(NegativeBalanceError, match="批次 A"):
        ledger.allocate(batches, 6, depot="d", item="i", batch="A")
    assert ledger.allocate(batches, 5, depot="d", item="i", batch="A")[0][1] == 5


def test_free_stock_is_the_balance_less_other_incidents_earmarks() -> None:
    assert ledger.free_quantity(100, 30) == 70
    assert ledger.free_quantity(100, 130) == 0
    assert ledger.free_quantity(100, 0) == 100


def test_labels_name_every_kind_both_ways() -> None:
    assert ledger.KIND_BY_LABEL["入库"] == ledger.RECEIPT
    assert ledger.KIND_BY_LABEL["盘点"] == ledger.ADJUSTMENT
    assert set(ledger.KIND_LABELS) == set(ledger.KIND_BY_LABEL.values())
