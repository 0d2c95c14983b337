"""SQLite engine with one writer discipline.

pysqlite opens transactions with a deferred ``BEGIN``; a transaction that
reads and then writes can then fail at once with "database is locked" when
another process writes, without waiting. Here the driver's own transaction
handling is switched off and we emit ``BEGIN`` ourselves: ``BEGIN IMMEDIATE``
for writes, so a writer takes the lock up front and waits (busy timeout) for
another process to finish, with a bounded retry on top.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

_log = logging.getLogger("eoc.store")

T = TypeVar("T")

BUSY_TIMEOUT_MS = 5_000
WRITE_ATTEMPTS = 4
_BEGIN_OPTION = "eoc_begin"


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL: an incident record must survive a power cut, not only a crash.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    mode = connection.get_execution_options().get(_BEGIN_OPTION, "")
    # On the driver's connection: every operation begins here, and SQLAlchemy's
    # statement handling would cost more than the BEGIN itself.
    connection.connection.driver_connection.execute(f"BEGIN {mode}".strip())


def create_sqlite_engine(path: Path) -> Engine:
    """An engine for one SQLite file with the pragmas and BEGIN handling."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _is_busy(exc: OperationalError | sqlite3.OperationalError) -> bool:
    cause = exc.orig if isinstance(exc, OperationalError) else exc
    text = str(cause).lower()
    return "locked" in text or "busy" in text


class Database:
    """Short transactions against one SQLite file.

    Use ``read()`` for queries and ``write(fn)`` for changes; never keep a
    session open across user interaction, because an open read transaction
    holds back WAL checkpoints.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_sqlite_engine(path)
        self._writer = self.engine.execution_options(**{_BEGIN_OPTION: "IMMEDIATE"})
        # Writes share one connection, kept open: checking a connection out
        # of the pool and back for every operation costs an append a good
        # share of its time. The lock keeps this process's writers in turn,
        # as SQLite's write lock keeps other processes'.
        self._write_lock = threading.Lock()
        self._write_connection: Connection | None = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session in one deferred transaction."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def write(self, work: Callable[[Session], T]) -> T:
        """Run ``work`` in one ``BEGIN IMMEDIATE`` transaction and commit.

        ``work`` may be run again if another process held the write lock for
        longer than the busy timeout, so it must have no side effects outside
        the session.
        """
        delay = 0.05
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            try:
                return self._write_once(work)
            except (OperationalError, sqlite3.OperationalError) as exc:
                # BEGIN runs on the driver's connection (see _on_begin), so a
                # lock held too long surfaces as the driver's own error.
                if not _is_busy(exc) or attempt == WRITE_ATTEMPTS:
                    raise
                _log.warning("database busy (attempt %d), retrying", attempt)
                time.sleep(delay)
                delay *= 4
        raise AssertionError("unreachable")

    def _write_once(self, work: Callable[[Session], T]) -> T:
        if not self._write_lock.acquire(timeout=BUSY_TIMEOUT_MS / 1000):
            raise sqlite3.OperationalError("database is locked by this process")
        try:
            if self._write_connection is None:
                self._write_connection = self._writer.connect()
            connection = self._write_connection
            try:
                with (
                    Session(bind=connection, expire_on_commit=False) as session,
                    session.begin(),
                ):
                    return work(session)
            except BaseException:
                if connection.invalidated or connection.in_transaction():
                    # Never hand the next write a connection in a bad state.
                    self._close_write_connection()
                raise
        finally:
            self._write_lock.release()

    def _close_write_connection(self) -> None:
        if self._write_connection is not None:
            self._write_connection.close()
            self._write_connection = None

    def dispose(self) -> None:
        """Close the write connection and every pooled connection."""
        with self._write_lock:
            self._close_write_connection()
        self.engine.dispose()
