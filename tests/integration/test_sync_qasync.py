"""The client on the Qt event loop (qasync), as the window runs it.

A QTimer ticking every 5 ms measures how long the loop is held while a
round pushes and pulls a few thousand changes (~25 ms measured on the
2-core CI image with a frozen start-up heap). The bound asserted here is
loose, to stay reliable on a busy CI machine; ``benchmarks/sync.py``
measures the real figure (goal ≤ 50 ms).
"""

from __future__ import annotations

import asyncio
import gc
import random
import time
from pathlib import Path

import pytest

from console.hub.service import HubService
from console.hub.store import HubStore
from console.ops.oplog import add_note
from console.sync import sim

qasync = pytest.importorskip("qasync")
QtCore = pytest.importorskip("PySide6.QtCore")


def test_a_round_on_the_qt_loop_keeps_it_responsive(tmp_path: Path, qapp) -> None:
    # pytest-qt's QApplication: a bare QCoreApplication made here would break
    # every later widget test in the same run.
    app = qapp
    store = HubStore(str(tmp_path / "hub.sqlite"))
    hub = HubService(store)
    template = sim.template(tmp_path / "template.sqlite")
    a, b = (
        sim.make_replica(n, tmp_path / n, template, hub, random.Random(n))
        for n in ("a", "b")
    )
    for client in (a.client, b.client):
        client.push_size = client.page_size = 500
    for n in range(1500):
        add_note(a.operations, f"续报 {n}")

    loop = qasync.QEventLoop(app)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QtCore.QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)

    async def rounds() -> tuple[bool, bool]:
        timer.start()
        last[0] = time.perf_counter()
        first = await a.client.run_once()
        second = await b.client.run_once()
        timer.stop()
        return first.ok, second.ok

    # The console freezes its start-up heap (gc.freeze) so full collections
    # stay short; without it one collection alone can hold the loop ~100 ms.
    gc.collect()
    gc.freeze()
    try:
        with loop:
            ok = loop.run_until_complete(rounds())
    finally:
        gc.unfreeze()
    for client in (a.client, b.client):
        asyncio.run(client.close())
    store.dispose()

    assert ok == (True, True)
    assert len(gaps) > 10
    assert max(gaps) < 0.25, f"event loop held for {max(gaps) * 1000:.0f} ms"
