"""Stock handed out twice while workstations were apart is flagged, not lost."""

from __future__ import annotations

import asyncio
import random

from sqlalchemy import select

from console.domain.resources_records import DepotRecord
from console.ops.resources_places import create_depot
from console.ops.resources_stock import (
    receive_stock,
    seed_supply_catalogue,
    stocktake,
    write_off,
)
from console.resources import queries
from console.resources.catalogue import supply_items_file
from console.store.resource_models import SupplyItem
from console.sync import sim


def run(coro):
    return asyncio.run(coro)


def test_offline_withdrawals_merge_into_a_flagged_shortfall(tmp_path, template, hub):
    a, b = (
        sim.make_replica(n, tmp_path / n, template, hub, random.Random(n))
        for n in ("a", "b")
    )
    seed_supply_catalogue(a.operations, supply_items_file())
    depot = create_depot(
        a.operations, DepotRecord("区应急物资仓库", "区级仓库", None, 29.8, 121.55)
    )
    with a.database.read() as session:
        pump = session.scalars(
            select(SupplyItem.id).where(SupplyItem.name == "抽水泵")
        ).one()
    receive_stock(a.operations, depot.id, pump, 10)
    run(sim.quiesce([a, b]))

    write_off(a.operations, depot.id, pump, 8, reason="甲站：调往塘溪镇后损坏")
    write_off(b.operations, depot.id, pump, 8, reason="乙站：调往咸祥镇后损坏")
    assert queries.overdrawn_stock(a.database) == []
    run(sim.quiesce([a, b]))

    for replica in (a, b):
        [short] = queries.overdrawn_stock(replica.database)
        assert (short["depot"], short["item_id"], short["balance"]) == (
            "区应急物资仓库",
            pump,
            -6,
        )

    stocktake(a.operations, depot.id, pump, 0)
    run(sim.quiesce([a, b]))

    assert queries.overdrawn_stock(a.database) == []
    assert queries.overdrawn_stock(b.database) == []
