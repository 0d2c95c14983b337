"""Radius search, "can we dispatch?", map layers and shelter totals."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from console.context import ConsoleContext
from console.domain.incidents import IncidentDraft
from console.domain.resources_geo import haversine_km
from console.domain.resources_records import DepotRecord, ShelterRecord, TeamRecord
from console.ops.incidents import create_incident, record_figures
from console.ops.resources_dispatch import assign_team
from console.ops.resources_places import (
    create_depot,
    create_shelter,
    set_shelter_occupancy,
    set_shelter_open,
)
from console.ops.resources_stock import receive_stock, seed_supply_catalogue
from console.ops.resources_supplies import earmark_supplies
from console.ops.resources_teams import add_member, create_team
from console.resources import layers, queries, search
from console.resources.catalogue import supply_items_file
from console.store.resource_models import SupplyItem

# The incident at 29.80 N, 121.55 E; points due north lie 1.11195 km per 0.01°.
LAT, LON = 29.80, 121.55


def _team(
    context: ConsoleContext, name: str, dlat: float, caps: tuple[str, ...]
) -> str:
    record = TeamRecord(
        name,
        "专业",
        None,
        LAT + dlat,
        LON,
        10,
        capabilities=caps,
        equipment=("冲锋舟",),
    )
    return create_team(context.operations, record).id


def _incident(context: ConsoleContext, title: str = "内涝") -> str:
    draft = IncidentDraft(
        title, "natural", "flood_drought", datetime.now(UTC), LAT, LON
    )
    return create_incident(context.operations, draft).id


def test_near_lists_within_the_radius_nearest_first(context: ConsoleContext) -> None:
    _team(context, "远队", 0.05, ("排涝",))
    _team(context, "近队", 0.01, ("排涝",))
    _team(context, "外队", 0.2, ("排涝",))
    create_depot(
        context.operations, DepotRecord("东库", "储备点", None, LAT, LON + 0.02)
    )
    create_shelter(
        context.operations, ShelterRecord("小学", "区级", None, LAT - 0.03, LON, 200)
    )

    found = search.near(context.database, LAT, LON, 10)

    assert [t["name"] for t in found["teams"]] == ["近队", "远队"]
    assert found["teams"][0]["distance_km"] == pytest.approx(1.112, abs=0.001)
    assert found["teams"][1]["distance_km"] == pytest.approx(5.560, abs=0.001)
    assert found["depots"][0]["distance_km"] == pytest.approx(
        haversine_km(LAT, LON, LAT, LON + 0.02), abs=0.001
    )
    assert found["shelters"][0]["name"] == "小学"


def test_can_we_dispatch(context: ConsoleContext) -> None:
    incident, other = _incident(context), _incident(context, "另一险情")
    free = _team(context, "空闲队", 0.01, ("水域救援", "排涝"))
    busy = _team(context, "忙碌队", 0.02, ("水域救援",))
    _team(context, "无关队", 0.01, ("电力抢修",))
    add_member(
        context.operations, free, "张三", qualifications={"潜水证": date(2020, 1, 1)}
    )
    assign_team(context.operations, busy, other)
    seed_supply_catalogue(context.operations, supply_items_file())
    with context.database.read() as session:
        sandbag = session.scalars(
            select(SupplyItem.id).where(SupplyItem.name == "沙袋")
        ).one()
    near_depot = create_depot(
        context.operations, DepotRecord("近库", "储备点", None, LAT + 0.01, LON)
    ).id
    far_depot = create_depot(
        context.operations, DepotRecord("远库", "区级仓库", None, LAT + 0.04, LON)
    ).id
    receive_stock(context.operations, near_depot, sandbag, 300)
    receive_stock(context.operations, far_depot, sandbag, 1000)
    earmark_supplies(context.operations, far_depot, sandbag, other, 400)
    shelter = create_shelter(
        context.operations, ShelterRecord("体育馆", "区级", None, LAT, LON, 500)
    ).id
    set_shelter_open(context.operations, shelter, True)
    set_shelter_occupancy(context.operations, shelter, 120)

    options = search.dispatch_options(
        context.database,
        LAT,
        LON,
        10,
        capabilities=["水域救援"],
        items={"沙袋": 1000, "帐篷": 5},
        incident_id=incident,
        today=date(2026, 8, 1),
    )

    assert [t["name"] for t in options["teams"]["available"]] == ["空闲队"]
    assert options["teams"]["available"][0]["certificates"][0]["state"] == "expired"
    assert options["teams"]["available"][0]["equipment"] == ["冲锋舟"]
    assert [t["name"] for t in options["teams"]["busy"]] == ["忙碌队"]
    sandbags = options["stock"]["沙袋"]
    assert [(d["name"], d["balance"], d["free"]) for d in sandbags["depots"]] == [
        ("近库", 300, 300),
        ("远库", 1000, 600),
    ]
    assert (sandbags["free"], sandbags["enough"]) == (900, False)
    assert options["stock"]["帐篷"]["free"] == 0
    assert options["shelters"]["places_left"] == 380


def test_layers_and_totals_are_plain_dicts(context: ConsoleContext) -> None:
    _team(context, "队", 0.0, ())
    shelter = create_shelter(
        context.operations, ShelterRecord("馆", "区级", None, LAT, LON, 100)
    ).id
    set_shelter_open(context.operations, shelter, True)
    set_shelter_occupancy(context.operations, shelter, 130, source="现场报告")
    incident = _incident(context)
    record_figures(context.operations, incident, {"evacuated": 900}, source="镇街")

    team = layers.teams_layer(context.database)[0]
    place = layers.shelters_layer(context.database)[0]
    totals = queries.shelter_totals(context.database)

    assert {"id", "name", "lat", "lon", "kind", "status"} <= set(team)
    assert team["status"] == "待命"
    assert (place["status"], place["occupancy"]) == ("开放", 130)
    assert layers.depots_layer(context.database) == []
    assert totals["capacity"] == 100
    assert totals["occupancy"] == 130
    assert totals["places_left"] == 0
    assert totals["evacuated"] == 900
