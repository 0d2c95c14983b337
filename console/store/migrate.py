"""Open the database file: check it, back it up, bring its schema up to date.

A duty officer's database is never overwritten or silently replaced. A file
that is not a readable SQLite database, or one written by a newer version of
the console, is refused with an error that says which and where.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from console.store.engine import Database

_log = logging.getLogger("eoc.store")

SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseOpenError(Exception):
    """The database file cannot be used as it is."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class CorruptDatabaseError(DatabaseOpenError):
    """The file is not a SQLite database, or fails its integrity check."""


class UnreadableDatabaseError(DatabaseOpenError):
    """The file exists but this user may not read or write it."""


class NewerDatabaseError(DatabaseOpenError):
    """The file was written by a newer version of the console."""


class ForeignDatabaseError(CorruptDatabaseError):
    """The file is a SQLite database, but another program's.

    The console would otherwise create its tables inside it; a file that
    belongs to someone else is left alone.
    """


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version knows."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def check_file(path: Path) -> None:
    """Raise a specific ``DatabaseOpenError`` if ``path`` is unusable.

    A missing or empty file is fine: it becomes a new database.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    if not os.access(path, os.R_OK | os.W_OK):
        raise UnreadableDatabaseError(path, "no permission to read and write")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise UnreadableDatabaseError(path, str(exc)) from exc
    if header != SQLITE_HEADER:
        raise CorruptDatabaseError(path, "not a SQLite database")

    try:
        connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=5)
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(path, str(exc)) from exc
    if result is None or result[0] != "ok":
        raise CorruptDatabaseError(path, f"integrity check failed: {result}")
    _check_ours(path)


def _check_ours(path: Path) -> None:
    """Refuse a database with tables but no schema revision of ours."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        tables = {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        }
    finally:
        connection.close()
    if tables and "alembic_version" not in tables:
        shown = ", ".join(sorted(tables)[:5])
        raise ForeignDatabaseError(
            path, f"not a console database (it holds other tables: {shown})"
        )


def _current_revision(database: Database) -> str | None:
    with database.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def backup(database: Database, tag: str) -> Path:
    """Copy the whole database (WAL included) beside it and return the copy."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = database.path.with_name(f"{database.path.stem}.{tag}-{stamp}.sqlite")
    source = sqlite3.connect(database.path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    _log.info("backed up %s to %s", database.path, target)
    return target


def open_database(path: Path) -> Database:
    """Check, back up if needed, migrate and return the database at ``path``."""
    check_file(path)
    database = Database(path)
    try:
        current = _current_revision(database)
        head = head_revision()
        script = ScriptDirectory.from_config(_alembic_config())
        if current is not None and current not in {
            r.revision for r in script.walk_revisions()
        }:
            raise NewerDatabaseError(
                path, f"schema revision {current} is newer than this version ({head})"
            )
        if current != head:
            if current is not None:
                backup(database, f"before-{head}")
            _upgrade(database)
            _log.info("database %s migrated from %s to %s", path, current, head)
    except Exception:
        database.dispose()
        raise
    return database


def _upgrade(database: Database) -> None:
    config = _alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
