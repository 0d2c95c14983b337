"""Log operations: entry kinds, phone records and the leader's review queue."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from console.context import ConsoleContext
from console.oplog import reviews
from console.oplog.kinds import UnknownKindError
from console.oplog.ledger import verify_database
from console.ops.oplog import (
    EmptyEntryError,
    ReviewError,
    add_note,
    add_phone_record,
    review_entry,
)
from console.store.models import JournalEntry, OpLogEntry
from console.store.oplog_models import LogReview

BEIJING = timezone(timedelta(hours=8))


def _stored(context: ConsoleContext, entry_id: str) -> OpLogEntry:
    with context.database.read() as session:
        return session.get_one(OpLogEntry, entry_id)


def test_note_with_kind_time_details_and_flag(context: ConsoleContext) -> None:
    at = datetime(2026, 8, 1, 14, 30, tzinfo=BEIJING)
    entry = add_note(
        context.operations,
        "区委书记批示：全力做好转移安置",
        kind="instruction",
        event_at=at,
        details={"leader": "区委书记"},
        significant=True,
    )

    stored = _stored(context, entry.id)
    assert stored.kind == "instruction"
    assert stored.event_at == at
    assert json.loads(stored.details or "") == {"leader": "区委书记"}
    assert stored.significant is True
    assert stored.entry_hash == entry.entry_hash
    assert verify_database(context.database).ok


def test_new_fields_travel_in_the_journal(context: ConsoleContext) -> None:
    entry = add_note(context.operations, "重要情况", significant=True)
    with context.database.read() as session:
        payload = session.scalar(
            select(JournalEntry.payload).where(JournalEntry.row_id == entry.id)
        )
    data = json.loads(payload or "{}")

    assert data["entry_hash"] == entry.entry_hash
    assert data["site_seq"] == entry.site_seq
    assert data["significant"] is True


def test_unknown_or_reserved_kind_is_refused(context: ConsoleContext) -> None:
    with pytest.raises(UnknownKindError):
        add_note(context.operations, "x", kind="system")
    with pytest.raises(EmptyEntryError):
        add_note(context.operations, "   ")


def test_phone_record_keeps_its_parts(context: ConsoleContext) -> None:
    called = datetime(2026, 8, 1, 6, 5, tzinfo=UTC)
    entry = add_phone_record(
        context.operations,
        called_at=called,
        unit="姜山镇政府",
        caller="李明",
        number="0574-88888888",
        content="  道路积水约30厘米  ",
        handling="已通知排涝队",
    )

    stored = _stored(context, entry.id)
    assert (stored.kind, stored.action, stored.text) == (
        "phone",
        "log.phone",
        "道路积水约30厘米",
    )
    assert stored.event_at == called
    assert json.loads(stored.details or "") == {
        "unit": "姜山镇政府",
        "caller": "李明",
        "number": "0574-88888888",
        "content": "道路积水约30厘米",
        "handling": "已通知排涝队",
    }


def test_significant_entries_wait_for_review(context: ConsoleContext) -> None:
    flagged = add_note(context.operations, "发现疑似危化品泄漏", significant=True)
    add_note(context.operations, "例行巡查")

    assert [e.id for e in reviews.pending(context.database)] == [flagged.id]
    assert reviews.significant_events(context.database) == []


def test_confirmed_review_shares_it_and_leaves_the_entry_alone(
    context: ConsoleContext,
) -> None:
    flagged = add_note(context.operations, "发现疑似危化品泄漏", significant=True)
    context.operations.officer = "王局长"

    review = review_entry(context.operations, flagged.id, "confirmed", note="属实")

    assert reviews.pending(context.database) == []
    assert [e.id for e in reviews.significant_events(context.database)] == [flagged.id]
    assert (review.reviewer, review.decision, review.note) == (
        "王局长",
        "confirmed",
        "属实",
    )
    assert _stored(context, flagged.id).entry_hash == flagged.entry_hash
    assert verify_database(context.database).ok


def test_later_review_overrides_an_earlier_one(context: ConsoleContext) -> None:
    flagged = add_note(context.operations, "疑似险情", significant=True)
    review_entry(context.operations, flagged.id, "confirmed")
    review_entry(context.operations, flagged.id, "dismissed", note="经核实为误报")

    assert reviews.significant_events(context.database) == []
    decisions = [r.decision for r in reviews.reviews_of(context.database, flagged.id)]
    assert decisions == ["confirmed", "dismissed"]


def test_review_is_logged(context: ConsoleContext) -> None:
    flagged = add_note(context.operations, "疑似险情", significant=True)
    review = review_entry(context.operations, flagged.id, "dismissed", note="误报")

    with context.database.read() as session:
        entry = session.scalar(
            select(OpLogEntry).where(OpLogEntry.target_id == review.id)
        )
    assert entry is not None
    assert entry.action == "log.review"
    assert json.loads(entry.details or "") == {
        "decision": "dismissed",
        "entry_id": flagged.id,
    }


def test_only_flagged_entries_with_known_decisions_are_reviewed(
    context: ConsoleContext,
) -> None:
    plain = add_note(context.operations, "例行巡查")
    flagged = add_note(context.operations, "险情", significant=True)

    with pytest.raises(ReviewError, match="not flagged"):
        review_entry(context.operations, plain.id, "confirmed")
    with pytest.raises(ReviewError, match="unknown decision"):
        review_entry(context.operations, flagged.id, "maybe")


def test_reviews_cannot_be_deleted(context: ConsoleContext) -> None:
    flagged = add_note(context.operations, "险情", significant=True)
    review_entry(context.operations, flagged.id, "confirmed")

    with (
        closing(sqlite3.connect(context.database.path)) as connection,
        pytest.raises(sqlite3.IntegrityError, match="tombstoned"),
    ):
        connection.execute(f"DELETE FROM {LogReview.__tablename__}")
