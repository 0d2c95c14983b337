"""Team status machine, certificate expiry and great-circle distance."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from console.domain import resources_quals as quals
from console.domain import resources_status as machine
from console.domain.resources import load_capabilities, load_supply_items
from console.domain.resources_geo import (
    bounding_box,
    check_position,
    haversine_km,
    within,
)
from console.paths import resource


def test_a_team_goes_round_the_whole_cycle() -> None:
    cycle = [
        machine.STANDBY,
        machine.DISPATCHED,
        machine.EN_ROUTE,
        machine.ON_SCENE,
        machine.WITHDRAWING,
        machine.RESTING,
        machine.STANDBY,
    ]
    for current, wanted in itertools.pairwise(cycle):
        machine.check_change(current, wanted)


@pytest.mark.parametrize(
    ("current", "wanted"),
    [
        (machine.STANDBY, machine.ON_SCENE),
        (machine.RESTING, machine.DISPATCHED),
        (machine.ON_SCENE, machine.STANDBY),
        (machine.STANDBY, "飞行"),
    ],
)
def test_skipping_or_going_back_is_refused(current: str, wanted: str) -> None:
    with pytest.raises(machine.TeamStatusError, match=f"from {current} to"):
        machine.check_change(current, wanted)


def test_a_team_may_be_stood_down_before_it_arrives() -> None:
    assert machine.can_change(machine.EN_ROUTE, machine.WITHDRAWING)
    assert machine.allowed_next(machine.DISPATCHED) == (
        machine.EN_ROUTE,
        machine.ON_SCENE,
        machine.WITHDRAWING,
    )


@pytest.mark.parametrize(
    ("expires", "state"),
    [
        (date(2026, 7, 31), quals.EXPIRED),
        (date(2026, 8, 1), quals.EXPIRING),
        (date(2026, 8, 31), quals.EXPIRING),
        (date(2026, 9, 1), quals.VALID),
        (None, quals.NO_EXPIRY),
    ],
)
def test_certificates_are_flagged_when_expired_or_within_30_days(
    expires: date | None, state: str
) -> None:
    assert quals.qualification_state(expires, date(2026, 8, 1)) == state


def test_the_warning_window_is_configurable() -> None:
    today = date(2026, 8, 1)
    assert quals.qualification_state(date(2026, 8, 20), today, 7) == quals.VALID
    assert quals.qualification_state(date(2026, 8, 20), today, 30) == quals.EXPIRING
    with pytest.raises(ValueError, match="negative"):
        quals.qualification_state(None, today, -1)


def test_haversine_matches_the_published_nashville_los_angeles_distance() -> None:
    # Rosetta Code "Haversine formula": BNA (36.12, -86.67) to LAX
    # (33.94, -118.40) on a sphere of radius 6372.8 km is 2887.2600 km.
    distance = haversine_km(36.12, -86.67, 33.94, -118.40, radius_km=6372.8)

    assert distance == pytest.approx(2887.2600, abs=0.001)


def test_one_degree_of_latitude_is_111_2_km() -> None:
    assert haversine_km(29.0, 121.5, 30.0, 121.5) == pytest.approx(111.195, abs=0.001)


def test_a_degree_of_longitude_shrinks_with_the_cosine_of_latitude() -> None:
    # At 60°N a degree of longitude is almost exactly half of one at the equator.
    at_equator = haversine_km(0, 0, 0, 1)
    at_sixty = haversine_km(60, 0, 60, 1)

    assert at_sixty == pytest.approx(at_equator / 2, rel=1e-3)
    assert haversine_km(29.8, 121.5, 29.8, 121.5) == 0


def test_the_bounding_box_holds_every_point_of_the_circle() -> None:
    south, west, north, east = bounding_box(29.8, 121.5, 10)

    assert haversine_km(29.8, 121.5, north, 121.5) >= 10
    assert haversine_km(29.8, 121.5, south, 121.5) >= 10
    assert haversine_km(29.8, 121.5, 29.8, east) >= 10
    assert haversine_km(29.8, 121.5, 29.8, west) >= 10


def test_within_keeps_points_inside_the_radius_nearest_first() -> None:
    points = {"far": (29.9, 121.5), "near": (29.81, 121.5), "out": (31.0, 121.5)}

    found = within(29.8, 121.5, 15, points.items(), lambda kv: kv[1])

    assert [name for _, (name, _) in found] == ["near", "far"]
    assert found[0][0] == pytest.approx(1.112, abs=0.001)


def test_swapped_or_impossible_coordinates_are_named() -> None:
    assert check_position(121.5, 29.8) == "latitude and longitude look swapped"
    assert check_position(29.8, 200) is not None
    assert check_position(29.8, 121.5) is None


def test_shipped_catalogues_load() -> None:
    capabilities = load_capabilities(resource("rules", "team_capabilities.json"))
    items = {
        i.name: i.unit
        for i in load_supply_items(resource("rules", "supply_items.json"))
    }

    assert "水域救援" in {c.zh for c in capabilities}
    for name, unit in {
        "救生衣": "件",
        "沙袋": "只",
        "帐篷": "顶",
        "发电机": "台",
        "冲锋舟": "艘",
    }.items():
        assert items[name] == unit
