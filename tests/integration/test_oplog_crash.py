"""A process killed with SIGKILL in the middle of a burst of appends.

The child appends entries through the operations layer and prints each id
only after its transaction committed. Whatever moment the kill lands on,
every printed id must be in the database, the chain must verify and SQLite
must pass its integrity check. The parent appends too, so two processes
compete for the same workstation's chain.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from console.context import ConsoleContext
from console.oplog.ledger import verify_database
from console.ops.oplog import add_note
from console.store.models import OpLogEntry

ROOT = Path(__file__).resolve().parents[2]
CHILD = """
import sys
from pathlib import Path

from console.context import open_console
from console.ops.oplog import add_note

context = open_console(Path(sys.argv[1]))
print("ready", flush=True)
n = 0
while True:
    entry = add_note(context.operations, f"台风烟花 突发记录 {n}")
    print(entry.id, flush=True)
    n += 1
"""

pytestmark = pytest.mark.skipif(
    not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)"
)


def _burst(data_dir: Path, kill_after: int) -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUTF8="1")
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    printed: list[str] = []
    deadline = time.monotonic() + 60
    while len(printed) < kill_after and time.monotonic() < deadline:
        printed.append(child.stdout.readline().strip())
    os.kill(child.pid, signal.SIGKILL)
    printed.extend(line.strip() for line in child.stdout if line.strip())
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    return [line for line in printed if line]


@pytest.mark.parametrize("kill_after", [37, 150])
def test_kill_9_mid_burst_loses_no_committed_entry(
    context: ConsoleContext, kill_after: int
) -> None:
    stop = threading.Event()
    mine: list[str] = []

    def parent_appends() -> None:
        while not stop.is_set():
            mine.append(add_note(context.operations, "主进程记录").id)
            time.sleep(0.005)

    writer = threading.Thread(target=parent_appends)
    writer.start()
    try:
        printed = _burst(context.data_dir, kill_after)
    finally:
        stop.set()
        writer.join()

    with context.database.read() as session:
        stored = set(session.scalars(select(OpLogEntry.id)))
    assert len(printed) >= kill_after
    assert set(printed) <= stored
    assert set(mine) <= stored
    report = verify_database(context.database)
    assert report.ok, report.broken
    with closing(sqlite3.connect(context.database.path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        fts = connection.execute(
            "INSERT INTO oplog_fts(oplog_fts, rank) VALUES ('integrity-check', 1)"
        )
        assert fts is not None
