"""Writes wait for, then retry against, another process holding the lock."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from console.store import engine
from console.store.migrate import open_database


@contextmanager
def _locked_elsewhere(path: Path, seconds: float) -> Iterator[None]:
    """Another connection holds the write lock for ``seconds`` from entry."""
    locked = threading.Event()

    def hold() -> None:
        connection = sqlite3.connect(path, isolation_level=None)
        connection.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(seconds)
        connection.execute("COMMIT")
        connection.close()

    holder = threading.Thread(target=hold)
    holder.start()
    locked.wait(5)
    try:
        yield
    finally:
        holder.join()


def test_write_retries_when_the_lock_outlasts_the_busy_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 20)
    database = open_database(tmp_path / "console.sqlite")

    with _locked_elsewhere(database.path, 0.15):
        database.write(
            lambda session: session.connection().exec_driver_sql(
                "INSERT INTO local_meta (key, value) VALUES ('probe', 'written')"
            )
        )

    assert "database busy" in caplog.text
    with database.read() as session:
        value = session.connection().exec_driver_sql(
            "SELECT value FROM local_meta WHERE key = 'probe'"
        )
        assert value.scalar() == "written"
    database.dispose()


def test_write_gives_up_with_the_lock_error_after_its_attempts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 10)
    monkeypatch.setattr(engine, "WRITE_ATTEMPTS", 2)
    database = open_database(tmp_path / "console.sqlite")

    with (
        _locked_elsewhere(database.path, 1.0),
        pytest.raises(sqlite3.OperationalError, match="locked"),
    ):
        database.write(lambda session: session.connection())

    database.dispose()
