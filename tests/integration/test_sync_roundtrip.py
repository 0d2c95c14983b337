"""Sync between replicas through an in-process hub, on a reliable network."""

from __future__ import annotations

import asyncio
import json
import random
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select, text

from console.domain import lifecycle
from console.domain.incidents import Figures, IncidentDraft, IntakeDetails
from console.hub.dump import hub_dump
from console.hub.service import HubService
from console.hub.store import HubStore, compact
from console.oplog.ledger import verify_database
from console.ops import incidents as incident_ops
from console.ops.oplog import add_note
from console.store.models import Incident, JournalEntry, OpLogEntry
from console.store.sync_models import SyncConflict
from console.sync import dump, sim
from console.sync.resolve import resolve_conflict


def run(coro):
    return asyncio.run(coro)


def replica(name: str, tmp_path: Path, template: Path, hub: HubService, **kw):
    return sim.make_replica(
        name, tmp_path / name, template, hub, random.Random(name), **kw
    )


def new_incident(
    replica: sim.SimReplica, title: str = "厂房火灾", **figures
) -> Incident:
    draft = IncidentDraft(
        title=title,
        category="accident",
        type="production_safety",
        occurred_at=datetime(2026, 8, 1, 2, 0, tzinfo=UTC),
        lat=29.8,
        lon=121.5,
        details=IntakeDetails(figures=Figures(**figures)),
    )
    return incident_ops.create_incident(replica.operations, draft)


def read_incident(replica: sim.SimReplica, incident_id: str) -> Incident:
    with replica.database.read() as session:
        return session.get_one(Incident, incident_id)


def replica_dump(replica: sim.SimReplica) -> dump.Dump:
    with replica.database.engine.connect() as connection:
        return dump.replica(connection)


def assert_converged(hub: HubService, *replicas: sim.SimReplica) -> None:
    expected = hub_dump(hub.store)
    for each in replicas:
        assert replica_dump(each) == expected, each.name


def test_incident_and_log_entry_reach_the_other_replica(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    incident = new_incident(a, deaths=1)
    add_note(a.operations, "现场已封控", incident_id=incident.id)

    assert run(a.client.run_once()).ok
    result = run(b.client.run_once())

    assert result.ok
    assert result.pulled > 0
    assert read_incident(b, incident.id).deaths == 1
    with b.database.read() as session:
        texts = set(session.scalars(select(OpLogEntry.text)))
    assert "现场已封控" in texts
    assert_converged(hub, a, b)


def test_received_changes_are_not_journaled_again(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    new_incident(a)
    run(a.client.run_once())
    run(b.client.run_once())

    with b.database.read() as session:
        journaled = session.scalar(select(func.count()).select_from(JournalEntry))
    assert journaled == 0
    assert run(b.client.run_once()).pushed == 0


def test_concurrent_edits_of_different_fields_both_survive(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    incident = new_incident(a)
    run(a.client.run_once())
    run(b.client.run_once())

    incident_ops.update_incident(a.operations, incident.id, {"address": "鄞州大道1号"})
    incident_ops.update_incident(b.operations, incident.id, {"measures_taken": "疏散"})
    run(sim.quiesce([a, b]))

    for each in (a, b):
        row = read_incident(each, incident.id)
        assert (row.address, row.measures_taken) == ("鄞州大道1号", "疏散")
    assert_converged(hub, a, b)


def test_concurrent_casualty_figures_go_to_the_conflict_queue(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    incident = new_incident(a, deaths=1)
    run(a.client.run_once())
    run(b.client.run_once())

    incident_ops.record_figures(a.operations, incident.id, {"deaths": 3}, source="a")
    incident_ops.record_figures(b.operations, incident.id, {"deaths": 4}, source="b")
    run(sim.quiesce([a, b]))

    winner = read_incident(a, incident.id).deaths
    assert winner == read_incident(b, incident.id).deaths == 4
    with b.database.read() as session:
        conflicts = session.scalars(select(SyncConflict)).all()
    assert [(c.field, json.loads(c.loser_value)) for c in conflicts] == [("deaths", 3)]
    assert b.client.status.conflicts == 1
    assert_converged(hub, a, b)

    resolve_conflict(b.operations, conflicts[0].id, "loser")
    run(sim.quiesce([a, b]))
    assert read_incident(a, incident.id).deaths == 3
    assert a.client.status.conflicts == 0
    assert_converged(hub, a, b)


def test_sequential_edits_are_not_conflicts(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    incident = new_incident(a, deaths=1)
    run(sim.quiesce([a, b]))
    incident_ops.record_figures(a.operations, incident.id, {"deaths": 2}, source="a")
    run(sim.quiesce([a, b]))
    incident_ops.record_figures(b.operations, incident.id, {"deaths": 5}, source="b")
    run(sim.quiesce([a, b]))

    assert read_incident(a, incident.id).deaths == 5
    assert a.client.status.conflicts == 0


def test_closed_incident_is_not_reopened_by_a_concurrent_advance(
    tmp_path, template, hub
):
    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    incident = new_incident(a)
    run(sim.quiesce([a, b]))

    incident_ops.advance_status(a.operations, incident.id, lifecycle.CLOSED)
    incident_ops.advance_status(b.operations, incident.id, lifecycle.VERIFIED)
    run(sim.quiesce([a, b]))
    assert read_incident(b, incident.id).status == lifecycle.CLOSED

    incident_ops.reopen_incident(b.operations, incident.id, "复燃")
    run(sim.quiesce([a, b]))
    row = read_incident(a, incident.id)
    assert (row.status, row.closed_at) == (lifecycle.REOPENED, None)
    assert_converged(hub, a, b)


def test_tombstone_wins_over_an_older_edit(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    incident = new_incident(a)
    run(sim.quiesce([a, b]))

    incident_ops.update_incident(b.operations, incident.id, {"address": "旧地址"})
    incident_ops.archive_incident(a.operations, incident.id, "误报")
    run(sim.quiesce([a, b]))

    assert read_incident(b, incident.id).deleted_at is not None
    assert_converged(hub, a, b)


def test_duplicate_push_gets_the_original_hub_seq(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    new_incident(a)
    run(a.client.run_once())
    with a.database.engine.begin() as connection:
        first = dict(
            connection.execute(text("SELECT op_id, hub_seq FROM sync_op_meta")).all()
        )
        connection.execute(text("UPDATE change_journal SET acked_at = NULL"))
        connection.execute(text("DELETE FROM sync_state WHERE key = 'outbox_floor'"))
    result = run(a.client.run_once())

    assert result.ok
    assert result.pushed == len(first)
    with a.database.engine.connect() as connection:
        again = dict(
            connection.execute(text("SELECT op_id, hub_seq FROM sync_op_meta")).all()
        )
    assert again == first


def test_record_status_moves_from_local_to_acknowledged(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    incident = new_incident(a)

    assert run(a.client.record_status("incidents", incident.id)) == "local"
    assert run(a.client.refresh_status()).waiting > 0
    run(a.client.run_once())
    assert run(a.client.record_status("incidents", incident.id)) == "acknowledged"
    assert a.client.status.waiting == 0
    assert a.client.status.last_sync is not None


def test_drill_data_stays_in_the_drill_space(tmp_path, template, hub):
    real = replica("real", tmp_path, template, hub)
    drill = replica("drill", tmp_path, template, hub, space="drill")
    incident = new_incident(drill, title="演练：化工厂泄漏")
    run(drill.client.run_once())
    run(real.client.run_once())

    with real.database.read() as session:
        assert session.get(Incident, incident.id) is None
    assert hub_dump(hub.store, "real").get("incidents") is None
    assert incident.id in hub_dump(hub.store, "drill")["incidents"]


def test_a_drill_replica_never_syncs_with_the_real_space(tmp_path, template, hub):
    drill = replica("drill", tmp_path, template, hub, space="drill")
    drill.transport.online = False
    assert not run(drill.client.run_once()).ok
    drill.transport.online = True
    assert run(drill.client.run_once()).ok
    incident = new_incident(drill, title="演练：化工厂泄漏")

    drill.client.space = "real"
    result = run(drill.client.run_once())

    assert not result.ok
    assert "holds drill data" in result.error
    assert hub_dump(hub.store, "real").get("incidents") is None
    drill.client.space = "drill"
    assert run(drill.client.run_once()).ok
    assert incident.id in hub_dump(hub.store, "drill")["incidents"]


def test_a_replica_is_tied_to_a_space_only_once_a_hub_answered(tmp_path, template, hub):
    folder = replica("new", tmp_path, template, hub)
    folder.transport.online = False
    assert not run(folder.client.run_once()).ok

    folder.client.space = "drill"
    folder.transport.online = True

    assert run(folder.client.run_once()).ok


def test_a_workstation_learns_its_clock_is_off_the_hubs(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    a.wall.offset_ms = 25 * 60 * 1000

    assert run(a.client.run_once()).ok
    assert a.client.status.clock_off_s is not None
    assert 24 * 60 < a.client.status.clock_off_s <= 25 * 60

    a.wall.offset_ms = 0
    assert run(a.client.run_once()).ok
    assert a.client.status.clock_off_s is None


def test_concurrent_level_raises_merge_their_checklists(tmp_path, template, hub):
    from console.ops.checklists import activate_plan, change_level
    from console.plans import library

    plan = library.load_library().get("yinzhou-flood-typhoon-2023")
    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    draft = IncidentDraft(
        title="台风“梅花”",
        category="natural",
        type="typhoon",
        occurred_at=datetime(2026, 8, 1, 2, 0, tzinfo=UTC),
    )
    incident = incident_ops.create_incident(a.operations, draft)
    activation, _ = activate_plan(
        a.operations, incident.id, plan, "IV", decided_by="区防指"
    )
    run(sim.quiesce([a, b]))

    change_level(a.operations, activation.id, plan, "II", decided_by="区防指 副总指挥")
    change_level(b.operations, activation.id, plan, "I", decided_by="区防指 总指挥")
    run(sim.quiesce([a, b]))

    assert_converged(hub, a, b)
    for each in (a, b):
        assert each.client.status.parked == 0, each.name


def test_must_refetch_rebuilds_without_losing_unsent_work(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    incident = new_incident(a)
    run(sim.quiesce([a, b]))
    for n in range(5):
        add_note(a.operations, f"续报 {n}", incident_id=incident.id)
    run(a.client.run_once())
    local = add_note(b.operations, "本地未发送", incident_id=incident.id)
    compact(hub.store, "real", keep=1)

    result = run(b.client.run_once())

    assert result.ok
    assert result.rebuilt
    with b.database.read() as session:
        assert session.get(OpLogEntry, local.id) is not None
    run(sim.quiesce([a, b]))
    with a.database.read() as session:
        assert session.get(OpLogEntry, local.id) is not None
    assert_converged(hub, a, b)
    assert verify_database(a.database).ok
    assert verify_database(b.database).ok


def test_a_new_hub_gets_everything_again(tmp_path, template):
    first = HubService(HubStore(str(tmp_path / "hub1.sqlite")))
    a = replica("a", tmp_path, template, first)
    incident = new_incident(a)
    run(a.client.run_once())

    second = HubService(HubStore(str(tmp_path / "hub2.sqlite")))
    token = second.store.enroll("a", None, "")
    from console.sync import auth

    a.transport.service = second
    a.client.token = auth.parse_token(token.text)
    result = run(a.client.run_once())

    assert result.ok
    assert result.pushed > 0
    assert incident.id in hub_dump(second.store)["incidents"]


def test_background_sync_runs_rounds_and_tells_views(tmp_path, template, hub):
    from console.sync.runner import BackgroundSync

    a = replica("a", tmp_path, template, hub)
    b = replica("b", tmp_path, template, hub)
    new_incident(a)
    run(a.client.run_once())
    applied: list[frozenset[str]] = []
    statuses = []
    b.client.on_applied.append(applied.append)
    b.client.on_status.append(statuses.append)

    async def main() -> None:
        sync = BackgroundSync.start(b.client, interval_s=0.05)
        for _ in range(100):
            if b.client.status.last_sync is not None:
                break
            await asyncio.sleep(0.02)
        await sync.stop()

    run(main())

    assert any("incidents" in tables for tables in applied)
    assert statuses[-1].online
    assert b.client.status.last_sync is not None


def test_token_falls_back_to_an_owner_only_file(tmp_path, monkeypatch):
    import os
    import stat

    from console.sync import config

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    where = config.store_token(tmp_path, "ws", "eoc1.a.b")

    assert where == config.FILE
    assert stat.S_IMODE(os.stat(tmp_path / config.TOKEN_FILE).st_mode) == 0o600
    assert config.load_token(tmp_path, "ws", where) == "eoc1.a.b"
