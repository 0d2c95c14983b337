"""Opening a database: migrations, backups and refusals."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from console.oplog.fts import SEARCH_INDEX
from console.store import migrate
from console.store.schema import Base


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_to_head_in_wal_mode(tmp_path: Path) -> None:
    database = migrate.open_database(tmp_path / "new.sqlite")
    with database.engine.connect() as connection:
        revision = MigrationContext.configure(connection).get_current_revision()
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
        foreign_keys = connection.exec_driver_sql("PRAGMA foreign_keys").scalar()
    database.dispose()

    assert revision == migrate.head_revision()
    assert mode == "wal"
    assert foreign_keys == 1


def _modelled(name: str | None, type_: str, _parents: object) -> bool:
    # The log's FTS5 search index and its shadow tables have no ORM models.
    return not (type_ == "table" and (name or "").startswith(SEARCH_INDEX))


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    database = migrate.open_database(tmp_path / "db.sqlite")
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"include_name": _modelled}
        )
        differences = compare_metadata(context, Base.metadata)
    database.dispose()

    assert differences == []


def test_reopening_is_a_no_op(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    migrate.open_database(path).dispose()
    migrate.open_database(path).dispose()

    assert list(tmp_path.glob("*.before-*")) == []


def test_backup_is_taken_before_upgrading_an_existing_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "db.sqlite"
    migrate.open_database(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO local_meta VALUES ('marker', 'kept')")
    current = migrate.head_revision()
    upgraded: list[str] = []
    monkeypatch.setattr(migrate, "head_revision", lambda: "9001")
    monkeypatch.setattr(migrate, "_upgrade", lambda db: upgraded.append("yes"))
    monkeypatch.setattr(
        migrate.ScriptDirectory,
        "walk_revisions",
        lambda self: [type("R", (), {"revision": current})()],
    )

    migrate.open_database(path).dispose()

    backups = list(tmp_path.glob("db.before-9001-*.sqlite"))
    assert upgraded == ["yes"]
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        row = connection.execute(
            "SELECT value FROM local_meta WHERE key = 'marker'"
        ).fetchone()
    assert row == ("kept",)


def test_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    migrate.open_database(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    before = _digest(path)

    with pytest.raises(migrate.NewerDatabaseError, match="9999"):
        migrate.open_database(path)

    assert _digest(path) == before


def test_garbage_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    before = _digest(path)

    with pytest.raises(migrate.CorruptDatabaseError, match="not a SQLite"):
        migrate.open_database(path)

    assert _digest(path) == before


def test_damaged_pages_are_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    migrate.open_database(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size + 8 : page_size * 3] = b"\xa5" * (page_size * 2 - 8)
    path.write_bytes(bytes(data))
    before = _digest(path)

    with pytest.raises(migrate.CorruptDatabaseError):
        migrate.open_database(path)

    assert _digest(path) == before


def test_a_folder_in_place_of_the_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    path.mkdir()

    with pytest.raises(migrate.UnreadableDatabaseError):
        migrate.open_database(path)


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE foo (x)")
        connection.execute("INSERT INTO foo VALUES (1)")
    connection.close()
    before = _digest(path)

    with pytest.raises(migrate.ForeignDatabaseError, match="foo"):
        migrate.open_database(path)

    assert _digest(path) == before
    assert list(tmp_path.glob("*.before-*")) == []


def test_a_database_of_the_first_release_is_upgraded_with_its_data(
    tmp_path: Path,
) -> None:
    from alembic import command

    from console.store.engine import Database

    path = tmp_path / "db.sqlite"
    old = Database(path)
    config = migrate._alembic_config()
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with old.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO incidents (id, created_at, updated_at, hlc, site_id, title,"
            " category, type, occurred_at, received_at, description, status)"
            " VALUES ('i1', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, 's',"
            " '旧事件', 'accident', 'fire', '2026-01-01 00:00:00',"
            " '2026-01-01 00:00:00', '', 'received')"
        )
    old.dispose()

    database = migrate.open_database(path)
    with database.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT title, reporter, deaths, near_miss FROM incidents"
        ).one()
    database.dispose()

    assert tuple(row) == ("旧事件", "", None, 0)
    assert len(list(tmp_path.glob("db.before-*.sqlite"))) == 1
