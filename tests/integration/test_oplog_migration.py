"""Migration 0004 on a database that already has log entries."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command

from console.oplog.ledger import verify_database
from console.oplog.search import LogFilter, search
from console.store import migrate
from console.store.engine import Database

SITE_A = "00000000-0000-4000-8000-00000000000a"
SITE_B = "00000000-0000-4000-8000-00000000000b"

# (id, hlc, site, text, corrects): inserted in this order, as rows arrive.
ROWS = [
    ("e1", 300, SITE_A, "台风烟花预警发布", None),
    ("e2", 100, SITE_B, "备用台值班开始", None),
    ("e3", 200, SITE_A, "宁波市防汛会商", None),
    ("e4", 400, SITE_B, "更正：预警为橙色", "e1"),
    ("e5", 300, SITE_A, "同一操作的第二条", None),
]


def _database_at_0003(path: Path) -> None:
    database = Database(path)
    config = migrate._alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    database.dispose()
    with closing(sqlite3.connect(path)) as connection:
        for entry_id, hlc, site, text, corrects in ROWS:
            connection.execute(
                "INSERT INTO oplog_entries (id, created_at, hlc, site_id, officer, "
                "kind, action, incident_id, corrects_id, text) VALUES "
                "(?, '2026-08-01 06:00:00.000000', ?, ?, '张伟', 'note', 'log.note', "
                "NULL, ?, ?)",
                (entry_id, hlc, site, corrects, text),
            )
        connection.commit()


@pytest.fixture
def upgraded(tmp_path: Path) -> Database:
    path = tmp_path / "db.sqlite"
    _database_at_0003(path)
    database = migrate.open_database(path)
    yield database
    database.dispose()


def test_existing_entries_are_chained_in_site_and_hlc_order(
    upgraded: Database,
) -> None:
    with closing(sqlite3.connect(upgraded.path)) as connection:
        rows = connection.execute(
            "SELECT site_id, site_seq, id FROM oplog_entries ORDER BY site_id, site_seq"
        ).fetchall()

    assert rows == [
        (SITE_A, 1, "e3"),
        (SITE_A, 2, "e1"),
        (SITE_A, 3, "e5"),
        (SITE_B, 1, "e2"),
        (SITE_B, 2, "e4"),
    ]
    assert verify_database(upgraded).ok


def test_corrections_and_the_append_only_triggers_survive(upgraded: Database) -> None:
    with closing(sqlite3.connect(upgraded.path)) as connection:
        corrects = connection.execute(
            "SELECT corrects_id FROM oplog_entries WHERE id = 'e4'"
        ).fetchone()
        problems = connection.execute("PRAGMA foreign_key_check").fetchall()
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("UPDATE oplog_entries SET text = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            connection.execute("DELETE FROM oplog_entries")

    assert corrects == ("e1",)
    assert problems == []


def test_existing_entries_are_searchable(upgraded: Database) -> None:
    found = search(upgraded, LogFilter(text="台风烟花")).entries

    assert [e.id for e in found] == ["e1"]
    assert [e.id for e in search(upgraded, LogFilter(text="宁波")).entries] == ["e3"]


def test_downgrade_and_upgrade_again(upgraded: Database) -> None:
    config = migrate._alembic_config()
    with upgraded.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    with closing(sqlite3.connect(upgraded.path)) as connection:
        count = connection.execute("SELECT count(*) FROM oplog_entries").fetchone()
        tables = {
            row[0] for row in connection.execute("SELECT name FROM sqlite_master")
        }
    assert count == (len(ROWS),)
    assert "oplog_fts" not in tables
    assert "log_reviews" not in tables

    with upgraded.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    assert verify_database(upgraded).ok
