"""Faults end with every replica equal to the hub, nothing lost or doubled."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from console.context import ConsoleContext
from console.domain.incidents import IncidentDraft
from console.hub.dump import hub_dump
from console.hub.service import HubService
from console.hub.store import compact
from console.ops import incidents as incident_ops
from console.ops.oplog import add_note
from console.sync import auth, dump, sim
from console.sync.client import SyncClient


def run(coro):
    return asyncio.run(coro)


@pytest.fixture
def pair(
    tmp_path: Path, template: Path, hub: HubService
) -> tuple[sim.SimReplica, sim.SimReplica]:
    return tuple(  # type: ignore[return-value]
        sim.make_replica(n, tmp_path / n, template, hub, random.Random(n))
        for n in ("a", "b")
    )


def work(replica: sim.SimReplica, notes: int = 3) -> str:
    draft = IncidentDraft(
        title="山体滑坡",
        category="natural",
        type="geological",
        occurred_at=datetime(2026, 8, 1, tzinfo=UTC),
    )
    incident = incident_ops.create_incident(replica.operations, draft)
    for n in range(notes):
        add_note(replica.operations, f"续报 {n}", incident_id=incident.id)
    return incident.id


def hub_op_count(hub: HubService) -> int:
    with hub.store.engine.connect() as connection:
        return connection.execute(
            text(
                "SELECT (SELECT count(*) FROM hub_changes_real)"
                " + (SELECT count(*) FROM hub_seen_real)"
            )
        ).scalar()


def journal_count(replica: sim.SimReplica) -> int:
    with replica.database.engine.connect() as connection:
        return connection.execute(text("SELECT count(*) FROM change_journal")).scalar()


def assert_settled(hub: HubService, *replicas: sim.SimReplica) -> None:
    run(sim.quiesce(list(replicas)))
    expected = hub_dump(hub.store)
    for replica in replicas:
        with replica.database.engine.connect() as connection:
            assert dump.replica(connection) == expected
    # Every local operation is in the hub's log exactly once.
    assert hub_op_count(hub) == sum(journal_count(r) for r in replicas)


@pytest.mark.parametrize(
    "fault",
    [
        sim.Faults(drop_reply=1.0),
        sim.Faults(drop_request=1.0),
        sim.Faults(truncate=1.0),
        sim.Faults(garble=1.0),
        sim.Faults(duplicate=1.0),
        sim.Faults(delay=1.0),
    ],
    ids=[
        "hub-gone-mid-push",
        "request-lost",
        "truncated",
        "garbled",
        "duplicated",
        "late",
    ],
)
def test_a_faulty_round_fails_and_the_next_one_repairs(hub, pair, fault):
    a, b = pair
    work(a)
    a.transport.faults = fault

    result = run(a.client.run_once())

    if fault.duplicate:
        assert result.ok
    else:
        assert not result.ok
        assert not a.client.status.online
        assert a.client.status.waiting > 0
    assert_settled(hub, a, b)


def test_a_replayed_push_is_applied_once(hub, pair):
    a, b = pair
    work(a)
    a.transport.faults = sim.Faults(delay=1.0)
    run(a.client.run_once())
    a.transport.faults = sim.Faults()
    run(a.client.run_once())
    a.transport.deliver_held()  # the old request arrives after all

    assert_settled(hub, a, b)


def test_a_day_offline_with_the_hub_compacting(hub, pair):
    a, b = pair
    run(sim.quiesce([a, b]))
    b.transport.online = False
    for _ in range(5):
        work(a, notes=10)
        run(a.client.run_once())
        work(b, notes=2)
        assert not run(b.client.run_once()).ok
    compact(hub.store, "real", keep=10)
    b.transport.online = True

    result = run(b.client.run_once())

    assert result.ok
    assert result.rebuilt
    assert_settled(hub, a, b)


def test_a_clock_set_a_day_ahead_is_reported_and_still_converges(hub, pair):
    a, b = pair
    a.wall.offset_ms = 24 * 3_600_000
    incident = work(a)
    pushed = run(a.client.run_once())
    pulled = run(b.client.run_once())
    incident_ops.update_incident(b.operations, incident, {"address": "B 的地址"})

    assert any("ahead of the hub" in w for w in pushed.warnings)
    assert pulled.ok
    assert any("ahead" in w for w in b.client.status.warnings)
    assert_settled(hub, a, b)


def test_a_crash_inside_apply_leaves_the_cursor_where_it_was(hub, pair):
    a, b = pair
    work(a)
    run(a.client.run_once())

    def crash() -> None:
        raise RuntimeError("power cut")

    b.client.before_commit = crash
    result = run(b.client.run_once())
    assert not result.ok
    assert result.error == "RuntimeError: power cut"
    with b.database.engine.connect() as connection:
        cursor = connection.execute(
            text("SELECT value FROM sync_state WHERE key='cursor'")
        ).scalar()
    assert cursor is None
    assert_settled(hub, a, b)


class _NotAHub:
    """A web server that answers every request with 404, as many do."""

    async def post(self, path: str, body: bytes, headers: dict[str, str]):
        return 404, {"Content-Type": "text/html"}, b"<h1>Not Found</h1>"

    async def close(self) -> None:
        return None


def test_a_server_that_is_not_a_hub_is_named_as_such(context: ConsoleContext) -> None:
    client = SyncClient(
        context.database, context.workstation, _NotAHub(), auth.parse_token("eoc1.a.b")
    )

    result = asyncio.run(client.run_once())

    assert not result.ok
    assert "no sync hub at this address (HTTP 404)" in result.error
