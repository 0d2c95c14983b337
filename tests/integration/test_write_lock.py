"""Writes wait for, then retry against, another process holding the lock."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from console.store import engine
from console.store.migrate import open_database


def _hold_write_lock(path: Path, seconds: float, locked: threading.Event) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    locked.set()
    time.sleep(seconds)
    connection.execute("COMMIT")
    connection.close()


def test_write_retries_when_the_lock_outlasts_the_busy_timeout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 20)
    database = open_database(tmp_path / "console.sqlite")
    locked = threading.Event()
    holder = threading.Thread(
        target=_hold_write_lock, args=(database.path, 0.15, locked)
    )
    holder.start()
    locked.wait(5)

    database.write(
        lambda session: session.connection().exec_driver_sql(
            "INSERT INTO local_meta (key, value) VALUES ('probe', 'written')"
        )
    )

    holder.join()
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
    locked = threading.Event()
    holder = threading.Thread(
        target=_hold_write_lock, args=(database.path, 1.0, locked)
    )
    holder.start()
    locked.wait(5)

    with pytest.raises(sqlite3.OperationalError, match="locked"):
        database.write(lambda session: session.connection())

    holder.join()
    database.dispose()
