"""A workstation's own changes come back from the hub as ids, and whole when lost."""

from __future__ import annotations

import asyncio
import json
import random
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from console.domain.incidents import IncidentDraft
from console.hub.dump import hub_dump
from console.hub.service import HubService
from console.oplog.ledger import verify_database
from console.ops import incidents as incident_ops
from console.ops.core import Operations
from console.ops.oplog import add_note
from console.store.engine import Database
from console.store.models import OpLogEntry
from console.sync import dump, protocol, sim
from console.sync.client import SyncClient


def run(coro):
    return asyncio.run(coro)


class PullRecorder:
    """Keeps every pull request and reply body the hub answered."""

    def __init__(self, service: HubService) -> None:
        self.service = service
        self.store = service.store
        self.pulls: list[tuple[dict, dict]] = []

    def handle(self, method, path, headers, body):
        reply = self.service.handle(method, path, headers, body)
        if path == protocol.PULL and reply[0] == 200:
            self.pulls.append((json.loads(body), json.loads(reply[2])))
        return reply


def make(name: str, tmp_path: Path, template: Path, hub) -> sim.SimReplica:
    return sim.make_replica(name, tmp_path / name, template, hub, random.Random(name))


def new_incident(replica: sim.SimReplica):
    draft = IncidentDraft(
        title="仓库火灾",
        category="accident",
        type="production_safety",
        occurred_at=datetime(2026, 8, 1, 2, 0, tzinfo=UTC),
    )
    return incident_ops.create_incident(replica.operations, draft)


def notes(database: Database) -> set[str]:
    with database.read() as session:
        return set(session.scalars(select(OpLogEntry.text)))


def replica_dump(database: Database) -> dump.Dump:
    with database.engine.connect() as connection:
        return dump.replica(connection)


def test_own_changes_come_back_as_ids_and_others_whole(tmp_path, template, hub):
    recorder = PullRecorder(hub)
    a = make("a", tmp_path, template, recorder)
    b = make("b", tmp_path, template, recorder)
    incident = new_incident(a)
    add_note(a.operations, "甲站续报", incident_id=incident.id)
    add_note(b.operations, "乙站续报")

    run(a.client.run_once())
    run(b.client.run_once())
    recorder.pulls.clear()
    assert run(a.client.run_once()).ok

    changes = [c for _, reply in recorder.pulls for c in reply["changes"]]
    stubs = [c for c in changes if c.get("own") is True]
    whole = [c for c in changes if "own" not in c]
    assert stubs == []  # its own came back in its first round
    assert {c["site_id"] for c in whole} == {b.workstation.id}
    assert "乙站续报" in notes(a.database)

    add_note(a.operations, "甲站再报", incident_id=incident.id)
    recorder.pulls.clear()
    assert run(a.client.run_once()).ok

    changes = [c for _, reply in recorder.pulls for c in reply["changes"]]
    assert changes
    assert all(set(c) == {"hub_seq", "op_id", "own"} for c in changes)
    assert all(request["own"] == protocol.OWN_AS_IDS for request, _ in recorder.pulls)
    assert replica_dump(a.database) == hub_dump(hub.store)


def test_a_database_restored_from_backup_gets_its_own_changes_back(
    tmp_path, template, hub
):
    recorder = PullRecorder(hub)
    a = make("a", tmp_path, template, recorder)
    incident = new_incident(a)
    assert run(a.client.run_once()).ok
    backup = tmp_path / "backup.sqlite"
    with sqlite3.connect(a.database.path) as source, sqlite3.connect(backup) as copy:
        source.backup(copy)
    add_note(a.operations, "备份之后的续报", incident_id=incident.id)
    assert run(a.client.run_once()).ok
    run(a.client.close())
    a.database.dispose()

    restored = Database(backup)
    client = SyncClient(
        restored,
        a.workstation,
        a.transport,
        a.client.token,
        clock=a.client.clock,
        page_size=a.client.page_size,
    )
    recorder.pulls.clear()
    result = run(client.run_once())

    assert result.ok, result.error
    assert "备份之后的续报" in notes(restored)
    modes = [request["own"] for request, _ in recorder.pulls]
    assert protocol.OWN_IN_FULL in modes
    assert replica_dump(restored) == hub_dump(hub.store)
    add_note(Operations(restored, a.workstation), "恢复后的新记录")
    assert verify_database(restored).ok
    run(client.close())
    restored.dispose()


def test_a_restored_database_used_before_it_synced_is_a_fork_verify_names(
    tmp_path, template, hub
):
    a = make("a", tmp_path, template, hub)
    b = make("b", tmp_path, template, hub)
    assert run(a.client.run_once()).ok
    backup = tmp_path / "backup.sqlite"
    with sqlite3.connect(a.database.path) as source, sqlite3.connect(backup) as copy:
        source.backup(copy)
    add_note(a.operations, "备份之后、已同步的记录")
    assert run(a.client.run_once()).ok
    run(a.client.close())
    a.database.dispose()

    restored = Database(backup)
    add_note(Operations(restored, a.workstation), "恢复后、同步前的记录")
    client = SyncClient(restored, a.workstation, a.transport, a.client.token)
    assert run(client.run_once()).ok
    assert run(b.client.run_once()).ok

    for database in (restored, b.database):
        report = verify_database(database)
        assert not report.ok
        assert "two different entries are numbered" in report.broken[0].problem
    run(client.close())
    restored.dispose()
