"""The stock ledger through the operations layer: balances are derived."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from console.context import ConsoleContext
from console.domain.incidents import IncidentDraft
from console.domain.resources_ledger import NegativeBalanceError
from console.domain.resources_records import DepotRecord
from console.ops.incidents import create_incident
from console.ops.resources_ledger import balance, batch_balances
from console.ops.resources_places import create_depot
from console.ops.resources_stock import (
    receive_stock,
    seed_supply_catalogue,
    stocktake,
    transfer_stock,
    write_off,
)
from console.ops.resources_supplies import dispatch_supplies, record_return
from console.resources.catalogue import supply_items_file
from console.store.models import JournalEntry, OpLogEntry
from console.store.resource_models import StockMovement, SupplyItem


def _depot(context: ConsoleContext, name: str) -> str:
    record = DepotRecord(name, "区级仓库", None, 29.8, 121.55)
    return create_depot(context.operations, record).id


def _item(context: ConsoleContext, name: str) -> str:
    seed_supply_catalogue(context.operations, supply_items_file())
    with context.database.read() as session:
        return session.scalars(
            select(SupplyItem.id).where(SupplyItem.name == name)
        ).one()


def _balance(context: ConsoleContext, depot: str, item: str) -> int:
    with context.database.read() as session:
        return balance(session, depot, item)


def _incident(context: ConsoleContext) -> str:
    draft = IncidentDraft(
        "内涝", "natural", "flood_drought", datetime.now(UTC), 29.8, 121.5
    )
    return create_incident(context.operations, draft).id


def test_the_catalogue_is_seeded_once(context: ConsoleContext) -> None:
    # Opening the console seeds it; seeding again adds nothing.
    again = seed_supply_catalogue(context.operations, supply_items_file())

    with context.database.read() as session:
        items = session.scalar(select(func.count()).select_from(SupplyItem))
    assert (items or 0) >= 20
    assert again == 0


def test_receipts_and_write_offs_sum_to_the_balance(context: ConsoleContext) -> None:
    depot, item = _depot(context, "一号仓库"), _item(context, "沙袋")

    receive_stock(context.operations, depot, item, 500)
    receive_stock(
        context.operations, depot, item, 200, batch="B2", expires_on=date(2027, 5, 1)
    )
    write_off(context.operations, depot, item, 50, reason="霉变")

    assert _balance(context, depot, item) == 650
    with context.database.read() as session:
        deltas = sorted(session.scalars(select(StockMovement.delta)))
    assert deltas == [-50, 200, 500]


def test_a_withdrawal_below_zero_is_refused_and_writes_nothing(
    context: ConsoleContext,
) -> None:
    depot, item = _depot(context, "二号仓库"), _item(context, "救生衣")
    receive_stock(context.operations, depot, item, 40)
    with context.database.read() as session:
        before = session.query(JournalEntry).count()

    with pytest.raises(NegativeBalanceError) as caught:
        write_off(context.operations, depot, item, 41, reason="丢失")

    assert str(caught.value) == (
        "二号仓库: 救生衣: balance 40件, requested 41件; stock cannot go below zero"
    )
    assert _balance(context, depot, item) == 40
    with context.database.read() as session:
        assert session.query(JournalEntry).count() == before


def test_a_transfer_is_two_rows_in_one_logged_operation(
    context: ConsoleContext,
) -> None:
    source, target = _depot(context, "甲库"), _depot(context, "乙库")
    item = _item(context, "帐篷")
    receive_stock(context.operations, source, item, 30)

    rows = transfer_stock(context.operations, source, target, item, 12)

    assert [(r.kind, r.delta) for r in rows] == [
        ("transfer_out", -12),
        ("transfer_in", 12),
    ]
    assert rows[0].movement_group == rows[1].movement_group
    assert _balance(context, source, item) == 18
    assert _balance(context, target, item) == 12
    with context.database.read() as session:
        logged = session.scalars(
            select(OpLogEntry.action).where(OpLogEntry.action == "supplies.transfer")
        ).all()
    assert logged == ["supplies.transfer"]


def test_a_transfer_beyond_the_balance_moves_nothing(context: ConsoleContext) -> None:
    source, target = _depot(context, "丙库"), _depot(context, "丁库")
    item = _item(context, "发电机")
    receive_stock(context.operations, source, item, 3)

    with pytest.raises(
        NegativeBalanceError, match="丙库: 发电机: balance 3台, requested 4台"
    ):
        transfer_stock(context.operations, source, target, item, 4)

    assert _balance(context, source, item) == 3
    assert _balance(context, target, item) == 0


def test_a_stocktake_records_the_difference(context: ConsoleContext) -> None:
    depot, item = _depot(context, "戊库"), _item(context, "冲锋舟")
    receive_stock(
        context.operations, depot, item, 10, batch="A", expires_on=date(2030, 1, 1)
    )
    receive_stock(context.operations, depot, item, 5)

    rows = stocktake(context.operations, depot, item, 12)
    assert sum(r.delta for r in rows) == -3
    assert _balance(context, depot, item) == 12

    rows = stocktake(context.operations, depot, item, 20, reference="PD-1")
    assert [(r.kind, r.delta, r.quantity, r.reference) for r in rows] == [
        ("adjustment", 8, 20, "PD-1")
    ]
    with context.database.read() as session:
        assert all(b.balance >= 0 for b in batch_balances(session, depot, item))


def test_dispatch_and_return_follow_batches(context: ConsoleContext) -> None:
    depot, item = _depot(context, "己库"), _item(context, "救生衣")
    incident = _incident(context)
    receive_stock(
        context.operations, depot, item, 10, batch="old", expires_on=date(2026, 9, 1)
    )
    receive_stock(
        context.operations, depot, item, 50, batch="new", expires_on=date(2028, 1, 1)
    )

    rows = dispatch_supplies(context.operations, depot, item, incident, 25)
    assert [(r.batch, r.delta) for r in rows] == [("old", -10), ("new", -15)]
    assert all(r.incident_id == incident for r in rows)

    record_return(context.operations, depot, item, incident, 20)
    assert _balance(context, depot, item) == 55
    with pytest.raises(ValueError, match="only 5件 went out"):
        record_return(context.operations, depot, item, incident, 6)


def test_resource_rows_are_tombstoned_never_deleted(context: ConsoleContext) -> None:
    from sqlalchemy.exc import DatabaseError

    from console.store.resource_models import RESOURCE_TABLES

    _depot(context, "庚库")
    with context.database.engine.begin() as connection:
        triggers = set(
            connection.exec_driver_sql(
                "SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'"
                " AND name LIKE '%_no_delete'"
            ).scalars()
        )
        with pytest.raises(DatabaseError, match="tombstoned"):
            connection.exec_driver_sql("DELETE FROM depots")
    assert set(RESOURCE_TABLES) <= triggers
