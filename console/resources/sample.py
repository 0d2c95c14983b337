"""A synthetic district roster for demonstrations, drills and tests.

At scale 1 it has the plan's numbers: 406 rescue teams with 4,675 people
(5 of them social teams), 4 district warehouses, 385 flood-supply points
and 164 shelters, optionally with supervised small businesses as map
points. Every point lies inside the district outline; every record is
flagged ``synthetic`` and named with the 【演示】 prefix, and generation
refuses a database that already holds the district's real records, so
demonstration data is never mixed silently with real data. The same seed
gives the same roster, so running it twice changes nothing.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import shapely
from sqlalchemy import select

from console.domain.resources_records import BusinessRecord, Record
from console.geo import DistrictOutline
from console.ops.core import Operations
from console.ops.resources_bulk import write_records
from console.ops.resources_sample import (
    SampleMember,
    SampleReceipt,
    real_counts,
    write_members,
    write_receipts,
)
from console.ops.resources_stock import seed_supply_catalogue
from console.resources import sample_parts as parts
from console.resources.catalogue import supply_items_file
from console.resources.sample_parts import SampleCounts
from console.store.models import Division
from console.store.resource_models import SupplyItem

PLAN = {
    "teams": 406,
    "people": 4675,
    "social": 5,
    "warehouses": 4,
    "points": 385,
    "shelters": 164,
}
BUSINESS_KINDS = ("小餐饮", "小商店", "小作坊", "小仓储", "小旅馆", "小娱乐场所")
SEED = 330212


class RealRecordsPresentError(RuntimeError):
    """The database holds real resource records; sample data would mix in."""


def planned_counts(scale: float, businesses: int = 0) -> SampleCounts:
    """The plan's numbers times ``scale`` (each kind at least 1)."""
    if not 0 < scale <= 10:
        raise ValueError(f"scale must be above 0 and at most 10: {scale}")
    if businesses < 0:
        raise ValueError("businesses cannot be negative")
    n = {k: max(1, round(v * scale)) for k, v in PLAN.items()}
    return SampleCounts(
        teams=n["teams"],
        people=max(n["teams"], n["people"]),
        social=min(n["teams"], n["social"]),
        warehouses=n["warehouses"],
        points=n["points"],
        shelters=n["shelters"],
        experts=max(1, round(50 * scale)),
        businesses=businesses,
    )


@dataclass
class SampleData:
    """Everything one generation writes, by kind."""

    records: dict[str, Sequence[Record]] = field(default_factory=dict)
    receipts: list[SampleReceipt] = field(default_factory=list)
    members: list[SampleMember] = field(default_factory=list)


def points_inside(
    outline: DistrictOutline, count: int, rng: random.Random
) -> list[tuple[float, float]]:
    """``count`` (lat, lon) points drawn uniformly inside the outline."""
    south, west, north, east = outline.bounds
    generator = np.random.default_rng(rng.getrandbits(32))
    found: list[tuple[float, float]] = []
    while len(found) < count:
        lats = generator.uniform(south, north, max(64, 2 * (count - len(found))))
        lons = generator.uniform(west, east, lats.size)
        inside = shapely.contains_xy(outline.geometry, lons, lats)
        found += zip(lats[inside].round(6), lons[inside].round(6), strict=True)
    return [(float(lat), float(lon)) for lat, lon in found[:count]]


def _businesses(
    divisions: parts.Divisions, points: parts.Points, rng: random.Random
) -> list[BusinessRecord]:
    records = []
    for number, (lat, lon) in enumerate(points, start=1):
        division_id, division = rng.choice(divisions)
        kind = rng.choice(BUSINESS_KINDS)
        name = f"{parts.P}{division}{kind}{number:05d}"
        records.append(BusinessRecord(name, kind, division_id, lat, lon, True))
    return records


def generate(
    outline: DistrictOutline,
    divisions: parts.Divisions,
    items: Sequence[str],
    counts: SampleCounts,
    *,
    seed: int = SEED,
) -> SampleData:
    """The synthetic roster for ``counts``; the same seed gives the same."""
    if not divisions:
        raise ValueError("no divisions to place sample records in")
    rng = random.Random(seed)

    def points(n: int) -> list[tuple[float, float]]:
        return points_inside(outline, n, rng)

    teams, members = parts.teams(counts, divisions, points(counts.teams), rng)
    depot_points = points(counts.warehouses + counts.points)
    depots, receipts = parts.depots(counts, divisions, depot_points, items, rng)
    shelters = parts.shelters(divisions, points(counts.shelters), rng)
    experts = parts.experts(counts.experts, rng)
    businesses = _businesses(divisions, points(counts.businesses), rng)
    return SampleData(
        records={
            "teams": teams,
            "depots": depots,
            "shelters": shelters,
            "experts": experts,
            "businesses": businesses,
        },
        receipts=receipts,
        members=members,
    )


def _inputs(operations: Operations) -> tuple[list[tuple[str, str]], list[str]]:
    with operations.database.read() as session:
        divisions = session.execute(
            select(Division.id, Division.name)
            .where(Division.deleted_at.is_(None))
            .order_by(Division.name)
        ).all()
        items = session.scalars(
            select(SupplyItem.name)
            .where(SupplyItem.deleted_at.is_(None))
            .order_by(SupplyItem.name)
        ).all()
    return [(str(i), str(n)) for i, n in divisions], list(items)


def populate(
    operations: Operations,
    outline: DistrictOutline,
    counts: SampleCounts,
    *,
    force: bool = False,
    seed: int = SEED,
) -> dict[str, Any]:
    """Write the sample roster through the operations layer.

    Raises:
        RealRecordsPresentError: real records exist and ``force`` is False.
    """
    real = {kind: n for kind, n in real_counts(operations).items() if n}
    if real and not force:
        held = ", ".join(f"{kind} {n}" for kind, n in real.items())
        raise RealRecordsPresentError(
            f"the database holds real records ({held}); sample data would mix "
            "with them. Use another data folder, or --force to add it anyway"
        )
    seed_supply_catalogue(operations, supply_items_file())
    divisions, items = _inputs(operations)
    data = generate(outline, divisions, items, counts, seed=seed)
    written: dict[str, Any] = {
        kind: write_records(operations, kind, records, action="sample")
        for kind, records in data.records.items()
        if records
    }
    written["stock_receipts"] = write_receipts(operations, data.receipts)
    written["members"] = write_members(operations, data.members)
    return written
