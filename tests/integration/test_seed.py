"""Seeding the district's reference data."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from console import paths, queries
from console.context import ConsoleContext, open_console
from console.seed import seed_id, seed_reference_data
from console.store.models import Division, JournalEntry, KpiIndicator, OpLogEntry


def test_first_open_seeds_divisions_outline_and_indicators(
    context: ConsoleContext,
) -> None:
    divisions = queries.divisions(context.database)

    assert context.seeded.divisions == 23
    assert context.seeded.outlines == 1
    assert context.seeded.indicators == 19
    coded = [d for d in divisions if d.code]
    assert len(coded) == 21
    assert all(len(d.code or "") == 12 for d in coded)
    assert {d.name for d in divisions if d.code is None} == {
        "南部商务区",
        "大嵩经济开发区",
    }
    assert "梅墟街道" not in {d.name for d in divisions}


def test_indicators_keep_baseline_target_kind_and_units(
    context: ConsoleContext,
) -> None:
    with context.database.read() as session:
        traffic = session.scalars(
            select(KpiIndicator).where(KpiIndicator.number == 6)
        ).one()
    assert traffic.indicator == "道路交通万车死亡率"
    assert traffic.baseline_2020 == "1.45"
    assert traffic.target_2025 == "下降20%"
    assert traffic.kind == "约束性"
    assert "区交通运输局" in traffic.responsible_units


def test_seeding_twice_changes_nothing(tmp_path: Path) -> None:
    open_console(tmp_path).close()
    context = open_console(tmp_path)

    with context.database.read() as session:
        counts = (
            session.scalar(select(func.count()).select_from(Division)),
            session.scalar(select(func.count()).select_from(OpLogEntry)),
            session.scalar(select(func.count()).select_from(JournalEntry)),
        )
    again = seed_reference_data(context.operations, paths.resource("seed"))
    context.close()

    assert context.seeded.total == 0
    assert again.total == 0
    assert counts[0] == 23
    assert counts[1] == 2  # reference data and supply catalogue, once each


def test_seeded_ids_are_the_same_on_every_workstation(tmp_path: Path) -> None:
    first = open_console(tmp_path / "a")
    second = open_console(tmp_path / "b")

    ids_a = {d.id for d in queries.divisions(first.database)}
    ids_b = {d.id for d in queries.divisions(second.database)}
    first.close()
    second.close()

    assert first.workstation.id != second.workstation.id
    assert ids_a == ids_b
    assert seed_id("division", "330212001000") in ids_a


def test_outline_is_stored_in_wgs84_converted_from_gcj02(
    context: ConsoleContext,
) -> None:
    raw = json.loads(
        paths.resource("seed", "yinzhou_330212.geojson").read_text("utf-8")
    )
    raw_first = raw["features"][0]["geometry"]["coordinates"][0][0][0]
    stored = queries.district_outline(context.database)

    assert stored is not None
    first = stored.collection["features"][0]["geometry"]["coordinates"][0][0][0]
    # GCJ-02 is shifted north-east of WGS-84 around Ningbo by a few hundred
    # metres; the stored vertex must have moved back by about that much.
    assert 0.003 < raw_first[0] - first[0] < 0.006
    assert 0.001 < first[1] - raw_first[1] < 0.004
    assert "WGS-84" in stored.source
    assert context.outline.contains(29.834256, 121.554291)
    assert not context.outline.contains(30.0, 121.3)
