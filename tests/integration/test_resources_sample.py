"""Sample data: the plan's numbers, inside the district, never mixed."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from console.context import ConsoleContext
from console.domain.resources import SYNTHETIC_PREFIX
from console.ops.resources_sample import remove_synthetic
from console.resources import layers, queries
from console.resources.importer import import_file
from console.resources.sample import RealRecordsPresentError, planned_counts, populate
from console.store.resource_models import Business, Depot, RescueTeam, Shelter


def test_scale_one_has_the_plans_numbers() -> None:
    counts = planned_counts(1.0, businesses=25_000)

    assert (counts.teams, counts.people, counts.social) == (406, 4675, 5)
    assert (counts.warehouses, counts.points, counts.shelters) == (4, 385, 164)
    assert counts.businesses == 25_000
    with pytest.raises(ValueError, match="scale"):
        planned_counts(0)


def test_a_small_scale_roster_is_complete_synthetic_and_inside(
    context: ConsoleContext,
) -> None:
    counts = planned_counts(0.05, businesses=40)

    populate(context.operations, context.outline, counts)

    tally = queries.counts(context.database)
    assert tally["teams"] == {
        "real": 0,
        "synthetic": counts.teams,
        "people": counts.people,
    }
    assert tally["depots"]["synthetic"] == counts.warehouses + counts.points
    assert tally["shelters"]["synthetic"] == counts.shelters
    assert tally["businesses"]["synthetic"] == 40
    with context.database.read() as session:
        teams = session.scalars(select(RescueTeam)).all()
        depots = session.scalars(select(Depot)).all()
        places = [
            *teams,
            *depots,
            *session.scalars(select(Shelter)),
            *session.scalars(select(Business)),
        ]
    assert sum(1 for t in teams if t.kind == "社会") == counts.social
    assert sum(1 for d in depots if d.kind == "区级仓库") == counts.warehouses
    assert all(p.synthetic and p.name.startswith(SYNTHETIC_PREFIX) for p in places)
    assert all(context.outline.contains(p.lat, p.lon) for p in places)
    assert queries.stock_balances(context.database)
    assert {p["kind"] for p in layers.businesses_layer(context.database)} <= {
        "小餐饮",
        "小商店",
        "小作坊",
        "小仓储",
        "小旅馆",
        "小娱乐场所",
    }


def test_generating_twice_changes_nothing(context: ConsoleContext) -> None:
    counts = planned_counts(0.02)
    populate(context.operations, context.outline, counts)

    again = populate(context.operations, context.outline, counts)

    assert all(
        again[k]["new"] == 0 and again[k]["updated"] == 0
        for k in ("teams", "depots", "shelters")
    )
    assert again["stock_receipts"] == 0
    assert again["members"] == 0


def test_real_records_refuse_sample_data_unless_forced(
    context: ConsoleContext, tmp_path: Path
) -> None:
    path = tmp_path / "d.csv"
    path.write_text(
        "仓库名称,类型,纬度,经度\n区仓库,区级仓库,29.8,121.5\n", encoding="utf-8"
    )
    assert import_file(context.operations, "depots", path).applied

    with pytest.raises(RealRecordsPresentError, match="depots 1"):
        populate(context.operations, context.outline, planned_counts(0.01))
    populate(context.operations, context.outline, planned_counts(0.01), force=True)

    assert queries.counts(context.database)["depots"]["real"] == 1


def test_sample_data_can_be_removed_whole(context: ConsoleContext) -> None:
    populate(context.operations, context.outline, planned_counts(0.01, businesses=3))

    removed = remove_synthetic(context.operations)

    assert removed["teams"] >= 1
    assert removed["stock"] >= 1
    tally = queries.counts(context.database)
    assert all(v["synthetic"] == 0 for v in tally.values())
    assert queries.stock_balances(context.database) == []
