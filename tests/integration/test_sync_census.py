"""At the end of a catch-up the replica counts its records against the hub's."""

from __future__ import annotations

import asyncio
import random
import sqlite3
from datetime import UTC, datetime

from console.domain.incidents import IncidentDraft
from console.hub.dump import hub_dump
from console.ops import incidents as incident_ops
from console.ops.oplog import add_note
from console.seed import seed_id
from console.store.models import OpLogEntry
from console.sync import census, dump, sim

TOWN_A = seed_id("division", "330212001000")
TOWN_B = seed_id("division", "330212002000")


def run(coro):
    return asyncio.run(coro)


def replica(name, tmp_path, template, hub, **kw) -> sim.SimReplica:
    """A seeded workstation that counts after every round that moved changes."""
    made = sim.make_replica(
        name, tmp_path / name, template, hub, random.Random(name), seed=True, **kw
    )
    made.client.census_interval_s = 0
    return made


def incident(replica: sim.SimReplica, division: str | None):
    draft = IncidentDraft(
        title="内涝",
        category="natural",
        type="flood",
        occurred_at=datetime(2026, 8, 1, tzinfo=UTC),
        division_id=division,
    )
    return incident_ops.create_incident(replica.operations, draft)


def lose_log_entry(replica: sim.SimReplica, entry_id: str) -> None:
    """Take a row out behind the console's back, as a bad restore would."""
    replica.database.dispose()
    with sqlite3.connect(replica.database.path) as connection:
        (trigger,) = connection.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'oplog_entries_no_delete'"
        ).fetchone()
        connection.execute("DROP TRIGGER oplog_entries_no_delete")
        connection.execute("DELETE FROM oplog_entries WHERE id = ?", (entry_id,))
        connection.execute(trigger)


def test_a_replica_short_of_records_rebuilds_and_gets_them_back(
    tmp_path, template, hub
):
    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    lost = add_note(a.operations, "现场指挥部已设立")
    run(sim.quiesce([a, b]))
    lose_log_entry(b, lost.id)

    add_note(b.operations, "乙站续报")
    result = run(b.client.run_once())

    assert result.ok, result.error
    assert result.rebuilt
    assert any("1 oplog_entries" in w for w in result.warnings)
    with b.database.read() as session:
        assert session.get(OpLogEntry, lost.id) is not None
    with b.database.engine.connect() as connection:
        assert dump.replica(connection) == hub_dump(hub.store)
        assert not census.due(connection)


def test_equal_replicas_pass_the_count_in_every_scope(tmp_path, template, hub):
    district = replica("district", tmp_path, template, hub)
    town_a = replica("town-a", tmp_path, template, hub, scope=TOWN_A)
    town_b = replica("town-b", tmp_path, template, hub, scope=TOWN_B)
    incident(district, TOWN_A)
    incident(district, TOWN_B)
    incident(town_a, TOWN_A)
    add_note(town_b.operations, "镇值班室已接报")

    results = [
        run(each.client.run_once())
        for _ in range(3)
        for each in (district, town_a, town_b)
    ]

    assert all(r.ok for r in results), [r.error for r in results]
    assert not any(r.rebuilt for r in results)
    assert not any(w for r in results for w in r.warnings)
    for each in (district, town_a, town_b):
        with each.database.engine.connect() as connection:
            assert not census.due(connection), each.name


def test_counts_are_left_out_when_a_push_lands_while_counting(
    tmp_path, template, hub, monkeypatch
):
    from console.hub import pull

    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    incident(a, None)
    incident(b, None)
    counting = pull.census
    pushed: list[bool] = []

    def census_while_b_pushes(connection, device, space):
        counted = counting(connection, device, space)
        if device.name == "a" and not pushed:
            pushed.append(run(b.client.run_once()).ok)
        return counted

    monkeypatch.setattr(pull, "census", census_while_b_pushes)
    result = run(a.client.run_once())

    assert pushed == [True]
    assert result.ok, result.error
    assert not result.rebuilt
    with a.database.engine.connect() as connection:
        assert census.due(connection)
    monkeypatch.setattr(pull, "census", counting)
    assert run(a.client.run_once()).ok
    with a.database.engine.connect() as connection:
        assert not census.due(connection)
        assert dump.replica(connection) == hub_dump(hub.store)


def test_counts_are_asked_for_at_most_once_an_interval(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    a.client.census_interval_s = 600
    assert run(a.client.run_once()).ok
    with a.database.engine.connect() as connection:
        assert not census.due(connection)

    add_note(a.operations, "十分钟内的续报")
    assert run(a.client.run_once()).ok
    with a.database.engine.connect() as connection:
        assert census.due(connection)

    a.client.census_interval_s = 0
    assert run(a.client.run_once()).ok
    with a.database.engine.connect() as connection:
        assert not census.due(connection)
