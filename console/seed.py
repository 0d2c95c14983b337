"""Idempotent seeding of the district's reference data.

Rows get deterministic ids (UUIDv5 of their natural key), so every
workstation that seeds the same file creates the same rows and sync merges
them instead of duplicating them. Seeding adds what is missing and never
changes or removes what is there.
"""

from __future__ import annotations

import csv
import json
import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from console import geo
from console.ops.core import Operations, OpTransaction
from console.store.models import Division, GeoFeature, KpiIndicator, Replicated

_log = logging.getLogger("eoc.seed")

SEED_NAMESPACE = uuid.UUID("6f1d9c1e-0b7a-4c55-9a51-5f0c1d6e2a10")
DISTRICT_CODE = "330212"
DISTRICT_OUTLINE_KIND = "district_outline"
OUTLINE_SOURCE = (
    "DataV.GeoAtlas 330212 (AutoNavi-derived), GCJ-02 converted to WGS-84 "
    "on import; see resources/seed/SOURCES.md"
)


def seed_id(kind: str, key: str) -> str:
    """The id every replica gives the seeded row ``kind``/``key``."""
    return str(uuid.uuid5(SEED_NAMESPACE, f"{kind}:{key}"))


@dataclass(frozen=True)
class SeedResult:
    """How many rows of each kind were added."""

    divisions: int = 0
    outlines: int = 0
    indicators: int = 0

    @property
    def total(self) -> int:
        return self.divisions + self.outlines + self.indicators


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def planned_divisions(seed_dir: Path) -> list[Division]:
    """Divisions in the plan's scope: 21 towns and streets, 2 functional areas."""
    rows = [
        Division(
            id=seed_id("division", row["code12"]),
            code=row["code12"],
            name=row["name"],
            kind=row["type"],
            note=row["note"],
        )
        for row in _read_csv(seed_dir / "yinzhou_divisions_2023.csv")
        if row["in_brief_21"] == "yes"
    ]
    rows.extend(
        Division(
            id=seed_id("division", row["name"]),
            code=None,
            name=row["name"],
            kind=row["kind"],
            note=row["note"],
        )
        for row in _read_csv(seed_dir / "functional_areas.csv")
    )
    return rows


def district_outline_wgs84(seed_dir: Path) -> dict[str, Any]:
    """The district outline from the seed file, converted to WGS-84."""
    raw = json.loads((seed_dir / "yinzhou_330212.geojson").read_text("utf-8"))
    return geo.feature_collection_gcj02_to_wgs84(raw)


def planned_outline(seed_dir: Path) -> GeoFeature:
    return GeoFeature(
        id=seed_id(DISTRICT_OUTLINE_KIND, DISTRICT_CODE),
        kind=DISTRICT_OUTLINE_KIND,
        code=DISTRICT_CODE,
        name="鄞州区",
        geometry=json.dumps(district_outline_wgs84(seed_dir), ensure_ascii=False),
        crs=geo.WGS84,
        source=OUTLINE_SOURCE,
    )


def planned_indicators(seed_dir: Path) -> list[KpiIndicator]:
    return [
        KpiIndicator(
            id=seed_id("kpi", row["no"]),
            number=int(row["no"]),
            category=row["category"],
            indicator=row["indicator"],
            baseline_2020=row["baseline_2020"],
            target_2025=row["target_2025"],
            kind=row["kind"],
            responsible_units=row["responsible_units"],
            note=row["note"],
        )
        for row in _read_csv(seed_dir / "kpi_table_2_1.csv")
    ]


def _missing(tx: OpTransaction, rows: list[Any]) -> list[Replicated]:
    if not rows:
        return []
    model = type(rows[0])
    present = set(tx.session.scalars(select(model.id)))
    return [row for row in rows if row.id not in present]


def seed_reference_data(operations: Operations, seed_dir: Path) -> SeedResult:
    """Add whatever reference rows are missing, as one logged operation."""
    planned: dict[str, list[Any]] = {
        "divisions": planned_divisions(seed_dir),
        "outlines": [planned_outline(seed_dir)],
        "indicators": planned_indicators(seed_dir),
    }
    with operations.database.read() as session:
        present = {
            key: set(session.scalars(select(type(rows[0]).id)))
            for key, rows in planned.items()
        }
    if all({row.id for row in rows} <= present[key] for key, rows in planned.items()):
        return SeedResult()

    def work(tx: OpTransaction) -> SeedResult:
        added = {key: _missing(tx, rows) for key, rows in planned.items()}
        for rows in added.values():
            for row in rows:
                tx.insert(row)
        result = SeedResult(**{key: len(rows) for key, rows in added.items()})
        tx.log(
            json.dumps(
                {
                    "divisions": result.divisions,
                    "outlines": result.outlines,
                    "indicators": result.indicators,
                }
            )
        )
        return result

    result = operations.run("reference.seed", work)
    _log.info("seeded reference data: %s", result)
    return result
