"""The operations layer: atomic domain change, log entry and journal."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError, StatementError

from console import queries
from console.context import ConsoleContext
from console.domain.incidents import IncidentDraft
from console.ops.core import OpChanges, OperationWithoutLogError, OpTransaction
from console.ops.duty import take_duty
from console.ops.incidents import archive_incident, create_incident
from console.ops.oplog import EmptyEntryError, add_correction, add_note
from console.store.models import Incident, JournalEntry, OpLogEntry
from console.store.types import NaiveDatetimeError


def _draft(title: str = "化工厂泄漏") -> IncidentDraft:
    return IncidentDraft(
        title=title,
        category="accident",
        type="hazardous_chemicals",
        occurred_at=datetime.now(UTC) - timedelta(minutes=5),
        lat=29.80,
        lon=121.60,
    )


def _counts(context: ConsoleContext) -> tuple[int, int, int]:
    with context.database.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Incident)) or 0,
            session.scalar(select(func.count()).select_from(OpLogEntry)) or 0,
            session.scalar(select(func.count()).select_from(JournalEntry)) or 0,
        )


def test_create_incident_writes_row_log_and_journal(context: ConsoleContext) -> None:
    take_duty(context.operations, "张伟")
    seen: list[OpChanges] = []
    context.operations.subscribe(seen.append)

    incident = create_incident(context.operations, _draft())

    entries = queries.log_entries(context.database, limit=1)
    assert entries[0].officer == "张伟"
    assert entries[0].action == "incident.create"
    assert entries[0].target_id == incident.id
    with context.database.read() as session:
        journal = session.scalars(
            select(JournalEntry).where(JournalEntry.row_id == incident.id)
        ).all()
    assert [j.change for j in journal] == ["insert"]
    assert json.loads(journal[0].payload)["title"] == "化工厂泄漏"
    assert incident.site_id == context.workstation.id
    assert seen[-1].tables == {"incidents", "oplog_entries"}


def test_failing_operation_leaves_neither_log_nor_journal(
    context: ConsoleContext,
) -> None:
    before = _counts(context)

    def work(tx: OpTransaction) -> None:
        incident = Incident(
            title="x",
            category="accident",
            type="fire",
            occurred_at=tx.now,
            received_at=tx.now,
            division_id="no-such-division",
            description="",
            status="received",
        )
        tx.insert(incident)
        tx.log("x", target=incident)

    with pytest.raises(IntegrityError):
        context.operations.run("incident.create", work)

    assert _counts(context) == before


def test_exception_inside_an_operation_rolls_everything_back(
    context: ConsoleContext,
) -> None:
    before = _counts(context)

    def work(tx: OpTransaction) -> None:
        tx.log("half done")
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        context.operations.run("test.fail", work)

    assert _counts(context) == before


def test_operation_without_log_entry_is_refused(context: ConsoleContext) -> None:
    before = _counts(context)

    def work(tx: OpTransaction) -> None:
        tx.insert(
            Incident(
                title="silent",
                category="accident",
                type="fire",
                occurred_at=tx.now,
                received_at=tx.now,
                description="",
                status="received",
            )
        )

    with pytest.raises(OperationWithoutLogError):
        context.operations.run("incident.create", work)

    assert _counts(context) == before


def test_archive_is_a_tombstone_and_delete_is_refused(context: ConsoleContext) -> None:
    incident = create_incident(context.operations, _draft())

    archive_incident(context.operations, incident.id, "重复登记")

    assert incident.id not in {i.id for i in queries.active_incidents(context.database)}
    stored = queries.incident(context.database, incident.id)
    assert stored is not None
    assert stored.deleted_at is not None
    with pytest.raises(IntegrityError, match="tombstoned"):
        context.database.write(
            lambda s: s.execute(
                text("DELETE FROM incidents WHERE id = :i"), {"i": incident.id}
            )
        )


def test_operation_log_refuses_update_and_delete(context: ConsoleContext) -> None:
    entry = add_note(context.operations, "巡查正常")

    for statement in (
        "UPDATE oplog_entries SET text = 'forged' WHERE id = :i",
        "DELETE FROM oplog_entries WHERE id = :i",
    ):
        with pytest.raises(IntegrityError, match="append-only"):
            context.database.write(
                lambda s, st=statement: s.execute(text(st), {"i": entry.id})
            )


def test_correction_points_at_the_original(context: ConsoleContext) -> None:
    original = add_note(context.operations, "东吴镇积水30cm")

    correction = add_correction(context.operations, original.id, "应为50cm")

    assert correction.corrects_id == original.id
    assert [e.text for e in queries.log_entries(context.database, limit=2)] == [
        "应为50cm",
        "东吴镇积水30cm",
    ]


def test_empty_note_is_refused(context: ConsoleContext) -> None:
    with pytest.raises(EmptyEntryError):
        add_note(context.operations, "   ")


def test_naive_datetime_is_refused_and_aware_is_stored_as_utc(
    context: ConsoleContext,
) -> None:
    naive = _draft().occurred_at.replace(tzinfo=None)
    with pytest.raises(StatementError) as caught:
        create_incident(
            context.operations,
            _draft().__class__(**{**_draft().__dict__, "occurred_at": naive}),
        )
    assert isinstance(caught.value.orig, NaiveDatetimeError)

    beijing = timezone(timedelta(hours=8))
    local = datetime(2026, 7, 28, 14, 30, tzinfo=beijing)
    incident = create_incident(
        context.operations,
        IncidentDraft(**{**_draft().__dict__, "occurred_at": local}),
    )
    stored = queries.incident(context.database, incident.id)
    assert stored is not None
    assert stored.occurred_at == local
    assert stored.occurred_at.tzinfo == UTC
    assert stored.occurred_at.hour == 6
    with sqlite3.connect(context.database_path) as connection:
        raw = connection.execute(
            "SELECT occurred_at FROM incidents WHERE id = ?", (incident.id,)
        ).fetchone()[0]
    assert raw.startswith("2026-07-28 06:30")


def test_hlc_strictly_increases_across_operations(context: ConsoleContext) -> None:
    add_note(context.operations, "一")
    add_note(context.operations, "二")

    hlcs = [e.hlc for e in queries.log_entries(context.database, limit=2)]
    assert hlcs[0] > hlcs[1]
    assert context.operations.last_hlc() == hlcs[0]


def test_the_clock_moves_past_what_was_received(context: ConsoleContext) -> None:
    from console.clock import HybridClock
    from console.sync.apply import advance_clock

    add_note(context.operations, "本地")
    ahead = context.operations.last_hlc() + (10_000 << 16)
    with context.database.engine.begin() as connection:
        advance_clock(connection, HybridClock(), [ahead])

    entry = add_note(context.operations, "收到之后")

    assert entry.hlc > ahead
    assert context.operations.last_hlc() == entry.hlc


def test_a_second_process_writing_does_not_make_writes_fail(
    context: ConsoleContext,
) -> None:
    locked = threading.Event()

    def other_process_holds_the_lock() -> None:
        connection = sqlite3.connect(context.database_path, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO local_meta VALUES ('other', 'writer')")
        locked.set()
        time.sleep(1.0)
        connection.execute("COMMIT")
        connection.close()

    other = threading.Thread(target=other_process_holds_the_lock)
    other.start()
    locked.wait(5)

    entry = add_note(context.operations, "并发写入")

    other.join()
    assert entry.id in {e.id for e in queries.log_entries(context.database)}
