"""Hash chains in a real database: appends, tampering, several workstations."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from console.context import ConsoleContext
from console.oplog.chain import GENESIS, entry_hash, entry_record
from console.oplog.ledger import current_heads, verify_database
from console.oplog.package_compare import differences
from console.oplog.search import LogFilter, search
from console.ops.core import LoggedEntry, Operations, OpTransaction
from console.ops.oplog import add_correction, add_note
from console.store.migrate import open_database
from console.store.models import OpLogEntry
from console.workstation import Workstation

SECOND = Workstation(id="00000000-0000-4000-8000-00000000000b", name="备用台")


@contextmanager
def _raw(context: ConsoleContext) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(context.database.path)
    try:
        yield connection
    finally:
        connection.close()


def _tamper(context: ConsoleContext, *statements: str) -> None:
    """Change the log as someone who drops the triggers first would."""
    with _raw(context) as connection:
        connection.execute("DROP TRIGGER oplog_entries_no_update")
        connection.execute("DROP TRIGGER oplog_entries_no_delete")
        for statement in statements:
            connection.execute(statement)
        connection.commit()


def _notes(context: ConsoleContext, count: int) -> list[LoggedEntry]:
    return [add_note(context.operations, f"巡查记录{n}") for n in range(count)]


def test_entries_are_chained_per_site(context: ConsoleContext) -> None:
    first, second = _notes(context, 2)

    assert second.site_seq == first.site_seq + 1
    assert second.prev_hash == first.entry_hash
    with _raw(context) as connection:
        seq1 = connection.execute(
            "SELECT prev_hash FROM oplog_entries WHERE site_seq = 1"
        ).fetchone()
    assert seq1 == (GENESIS,)
    assert verify_database(context.database).ok


def test_entries_of_one_operation_take_consecutive_numbers(
    context: ConsoleContext,
) -> None:
    def work(tx: OpTransaction) -> list[OpLogEntry]:
        return [tx.log("一"), tx.log("二"), tx.log("三")]

    entries = context.operations.run("test.three", work)

    assert [e.site_seq for e in entries] == [entries[0].site_seq + n for n in range(3)]
    assert entries[2].prev_hash == entries[1].entry_hash
    assert verify_database(context.database).ok


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE oplog_entries SET text = 'x'",
        "DELETE FROM oplog_entries",
    ],
)
def test_update_and_delete_are_refused(context: ConsoleContext, statement: str) -> None:
    _notes(context, 1)
    with (
        _raw(context) as connection,
        pytest.raises(sqlite3.IntegrityError, match="append-only"),
    ):
        connection.execute(statement)


def test_forged_content_is_named(context: ConsoleContext) -> None:
    entries = _notes(context, 4)
    forged = entries[1]
    _tamper(context, f"UPDATE oplog_entries SET text = '改过' WHERE id = '{forged.id}'")

    report = verify_database(context.database)

    assert [(b.seq, b.entry_id) for b in report.broken] == [
        (forged.site_seq, forged.id)
    ]
    assert "content does not match" in report.broken[0].problem


def test_removed_entry_is_named_by_the_one_after_it(context: ConsoleContext) -> None:
    entries = _notes(context, 4)
    _tamper(context, f"DELETE FROM oplog_entries WHERE id = '{entries[1].id}'")

    broken = verify_database(context.database).broken

    assert broken[0].entry_id == entries[2].id
    assert f"seq {entries[1].site_seq} removed" in broken[0].problem


def test_reordered_entries_are_detected(context: ConsoleContext) -> None:
    entries = _notes(context, 4)
    a, b = entries[1], entries[2]
    _tamper(
        context,
        f"UPDATE oplog_entries SET site_seq = -1 WHERE id = '{a.id}'",
        f"UPDATE oplog_entries SET site_seq = {a.site_seq} WHERE id = '{b.id}'",
        f"UPDATE oplog_entries SET site_seq = {b.site_seq} WHERE id = '{a.id}'",
    )

    broken = verify_database(context.database).broken

    assert (broken[0].seq, broken[0].entry_id) == (a.site_seq, b.id)


def test_wrong_prev_hash_is_named(context: ConsoleContext) -> None:
    entries = _notes(context, 3)
    last = entries[-1]
    _tamper(
        context,
        f"UPDATE oplog_entries SET prev_hash = '{'0' * 64}' WHERE id = '{last.id}'",
    )

    broken = verify_database(context.database).broken

    assert (broken[0].seq, broken[0].entry_id) == (last.site_seq, last.id)
    assert "prev_hash" in broken[0].problem


def test_two_workstations_keep_two_chains(context: ConsoleContext) -> None:
    other = Operations(context.database, SECOND)
    add_note(context.operations, "主台记录")
    mine = add_note(other, "备用台记录一")
    add_note(context.operations, "主台记录二")
    add_note(other, "备用台记录二")

    report = verify_database(context.database)

    assert report.ok
    assert mine.site_seq == 1
    assert report.heads[SECOND.id].seq == 2
    assert set(current_heads(context.database)) == set(report.heads)
    assert current_heads(context.database)[SECOND.id] == report.heads[SECOND.id]


def test_logs_merged_by_union_still_verify(
    context: ConsoleContext, tmp_path: Path
) -> None:
    """Entries of another workstation arrive as rows (as sync inserts them)."""
    other_db = open_database(tmp_path / "other.sqlite")
    other = Operations(other_db, SECOND)
    add_note(other, "备用台：姜山镇积水")
    add_note(other, "备用台：积水已退")
    other_db.dispose()
    add_note(context.operations, "主台：收到")

    with _raw(context) as connection:
        connection.execute("ATTACH DATABASE ? AS other", (str(other_db.path),))
        for _ in range(2):  # the second copy is ignored, like a resent page
            connection.execute(
                "INSERT OR IGNORE INTO oplog_entries SELECT * FROM other.oplog_entries "
                "WHERE site_id = ?",
                (SECOND.id,),
            )
        connection.commit()

    report = verify_database(context.database)
    assert report.ok
    assert report.heads[SECOND.id].seq == 2
    found = search(context.database, LogFilter(text="积水 姜山镇")).entries
    assert [e.site_id for e in found] == [SECOND.id]


def test_correction_is_chained_like_any_entry(context: ConsoleContext) -> None:
    (original,) = _notes(context, 1)
    correction = add_correction(context.operations, original.id, "更正：第二处")

    assert correction.prev_hash == original.entry_hash
    assert verify_database(context.database).ok


def test_entries_cut_off_the_end_are_named_from_the_journal(
    context: ConsoleContext,
) -> None:
    entries = _notes(context, 4)
    _tamper(
        context,
        f"DELETE FROM oplog_entries WHERE site_seq >= {entries[2].site_seq}",
    )

    broken = verify_database(context.database).broken

    assert (broken[0].seq, broken[0].entry_id) == (entries[2].site_seq, entries[2].id)
    assert "missing from the log" in broken[0].problem


def test_a_chain_rewritten_with_fresh_hashes_is_named_from_the_journal(
    context: ConsoleContext,
) -> None:
    entries = _notes(context, 3)
    forged = entry_record(entries[1]) | {"text": "巡查正常（改）"}
    forged_hash = entry_hash(forged)
    after = entry_record(entries[2]) | {"prev_hash": forged_hash}
    _tamper(
        context,
        f"UPDATE oplog_entries SET text = '巡查正常（改）', "
        f"entry_hash = '{forged_hash}' WHERE id = '{entries[1].id}'",
        f"UPDATE oplog_entries SET prev_hash = '{forged_hash}', "
        f"entry_hash = '{entry_hash(after)}' WHERE id = '{entries[2].id}'",
    )

    broken = verify_database(context.database).broken

    assert (broken[0].seq, broken[0].entry_id) == (entries[1].site_seq, entries[1].id)
    assert "rewritten" in broken[0].problem


def _packaged(context: ConsoleContext, count: int) -> list[dict[str, Any]]:
    """``count`` new entries as an evidence package holds them."""
    logged = _notes(context, count)
    with context.database.read() as session:
        return [entry_record(session.get_one(OpLogEntry, e.id)) for e in logged]


def test_an_earlier_package_catches_a_rewritten_and_rehashed_entry(
    context: ConsoleContext,
) -> None:
    kept = _packaged(context, 3)
    assert differences(context.database, kept) == []

    # Rewrite the middle entry and recompute its hash; the later entry's
    # prev_hash is left, so only the package comparison can tell.
    changed = dict(kept[1], text="巡查记录（改）")
    forged = entry_hash(changed)
    _tamper(
        context,
        f"UPDATE oplog_entries SET text = '巡查记录（改）', entry_hash = '{forged}' "
        f"WHERE id = '{kept[1]['id']}'",
        f"DELETE FROM oplog_entries WHERE id = '{kept[2]['id']}'",
    )

    found = differences(context.database, kept)

    assert [(d.entry_id, d.site_seq) for d in found] == [
        (kept[1]["id"], kept[1]["site_seq"]),
        (kept[2]["id"], kept[2]["site_seq"]),
    ]
    assert found[0].problem == "changed in the database: text"
    assert found[1].problem == "missing from the database"


def test_an_earlier_package_catches_an_edit_that_left_the_hash(
    context: ConsoleContext,
) -> None:
    kept = _packaged(context, 2)
    _tamper(context, f"UPDATE oplog_entries SET officer = '王五' "
                     f"WHERE id = '{kept[0]['id']}'")  # fmt: skip

    [found] = differences(context.database, kept)

    assert (found.entry_id, found.problem) == (
        kept[0]["id"],
        "changed in the database: officer",
    )
