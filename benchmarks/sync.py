"""Sync benchmark: throughput against raw HTTP, catch-up, event-loop stalls.

Run on demand, not as a test::

    .venv/bin/python benchmarks/sync.py [--changes 100000] [--workstations 4]

Starts the real hub (``python -m console hub serve``) on loopback in its own
process and a raw aiohttp sink/source server in another, then measures in
the same run:

1. push of N changes from one workstation, and pull of them into a fresh
   one, against POSTing (and GETting) the same bytes in the same number of
   requests to the raw server: the ratio raw time / sync time (goal ≥ 0.3);
2. catch-up of a typhoon night's backlog: W workstations each make N/W
   changes offline, then all sync until every replica equals the hub;
3. the longest stall of the asyncio loop while sync runs (an asyncio timer
   ticking every 5 ms; goal ≤ 50 ms).

Beside the raw HTTP ratio it reports the storage floor of the pull: the
time SQLite itself takes to write the pulled records into an empty replica
with one ``INSERT ... SELECT`` per table (indexes and the full-text trigger
included, no Python per row). No pull can be faster than that floor plus
the raw transfer, so the two together show how much of the gap is ours.

Options: ``--changes N`` (default 100,000), ``--workstations W`` (default
4), ``--no-freeze`` (measure stalls without ``gc.freeze()`` after set-up,
see ``settle_heap``), ``--keep`` (keep the temporary folder).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import os
import random
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from console.hub.dump import hub_dump
from console.hub.store import HubStore
from console.ops.core import Operations, OpTransaction
from console.store.engine import Database
from console.store.models import Incident
from console.sync import auth, dump, sim, tables
from console.sync.client import SyncClient
from console.sync.transport import HttpTransport, Response
from console.workstation import Workstation

ROOT = Path(__file__).resolve().parent.parent
PER_OPERATION = 1000


class CountingTransport(HttpTransport):
    """HTTP transport that records every request and reply size."""

    def __init__(self, base_url: str) -> None:
        super().__init__(base_url, timeout_s=600)
        self.sizes: list[tuple[str, int, int]] = []

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> Response:
        reply = await super().post(path, body, headers)
        self.sizes.append((path, len(body), len(reply[2])))
        return reply


@dataclass
class StallMeter:
    """Measures how late an asyncio timer fires while work runs."""

    interval_s: float = 0.005
    worst_s: float = 0.0
    _task: asyncio.Task[None] | None = None
    samples: list[float] = field(default_factory=list)

    async def _tick(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            start = loop.time()
            await asyncio.sleep(self.interval_s)
            late = loop.time() - start - self.interval_s
            self.worst_s = max(self.worst_s, late)
            self.samples.append(late)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._tick())

    def summary(self) -> str:
        """Longest stall, 99th percentile, and how many ticks were over 50 ms."""
        if not self.samples:
            return "no samples"
        ordered = sorted(self.samples)
        p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        over = sum(1 for s in ordered if s > 0.05)
        return (
            f"longest event-loop stall {self.worst_s * 1000:.1f} ms (goal <= 50), "
            f"p99 {p99 * 1000:.1f} ms, {over} of {len(ordered)} ticks over 50 ms"
        )

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for(port: int, timeout_s: float = 30) -> None:
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listening on {port}")


RAW_SERVER = """
import sys
from aiohttp import web
payload = {}
async def sink(request):
    await request.read()
    return web.Response(body=b'{"ok":true}')
async def prime(request):
    payload['n'] = int(request.query['n'])
    return web.Response(body=b'{}')
async def source(request):
    await request.read()
    return web.Response(body=b'x' * payload.get('n', 0))
app = web.Application(client_max_size=256 * 1024 * 1024)
app.router.add_post('/sink', sink)
app.router.add_post('/prime', prime)
app.router.add_post('/source', source)
web.run_app(app, host='127.0.0.1', port=int(sys.argv[1]), print=None)
"""


def start_hub(folder: Path, hub_db: Path) -> tuple[subprocess.Popen[bytes], str]:
    """The real hub in its own process, on a free loopback port."""
    port = free_port()
    hub = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "console",
            "--data-dir",
            str(folder / "hub-data"),
            "hub",
            "serve",
            "--listen",
            f"127.0.0.1:{port}",
            "--db",
            str(hub_db),
        ],
        stdout=subprocess.DEVNULL,
        stderr=(folder / f"{hub_db.stem}.log").open("w"),
        env=dict(os.environ, PYTHONUTF8="1"),
        cwd=ROOT,
    )
    wait_for(port)
    return hub, f"http://127.0.0.1:{port}"


def start_raw(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    """The raw sink/source server the transfers are compared with."""
    port = free_port()
    script = folder / "raw_server.py"
    script.write_text(RAW_SERVER)
    raw = subprocess.Popen([sys.executable, str(script), str(port)])
    wait_for(port)
    return raw, f"http://127.0.0.1:{port}"


Station = tuple[Database, Operations, SyncClient, "CountingTransport"]


def workstation(
    name: str, folder: Path, template: Path, store: HubStore, url: str
) -> Station:
    path = folder / f"{name}.sqlite"
    shutil.copyfile(template, path)
    database = Database(path)
    station = Workstation(id=str(random.Random(name).getrandbits(64)), name=name)
    operations = Operations(database, station)
    token = store.enroll(name, None, "")
    transport = CountingTransport(url)
    client = SyncClient(database, station, transport, auth.parse_token(token.text))
    return database, operations, client, transport


def make_changes(operations: Operations, count: int, tag: str) -> None:
    """About ``count`` journal entries: incidents with log entries and edits."""
    from datetime import UTC, datetime

    made = 0
    while made < count:
        batch = min(PER_OPERATION, count - made)

        def work(tx: OpTransaction, batch: int = batch, made: int = made) -> None:
            incident = Incident(
                title=f"{tag} 台风灾情 {made}",
                category="natural",
                type="typhoon",
                occurred_at=datetime(2026, 8, 1, tzinfo=UTC),
                received_at=tx.now,
                description="",
                status="received",
            )
            tx.insert(incident)
            for n in range(batch - 3):
                text = f"{tag} 续报 {n}：水位上涨，转移群众"
                tx.log(text, incident_id=incident.id)
            tx.update(incident, address=f"{tag} 低洼地段", trapped=batch % 7)

        operations.run("bench.backlog", work)
        made += batch


def pending(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(
            connection.exec_driver_sql(
                "SELECT count(*) FROM change_journal WHERE acked_at IS NULL"
            ).scalar()
            or 0
        )


def storage_floor(template: Path, replica: Path, folder: Path) -> float:
    """Seconds SQLite takes to copy ``replica``'s synced rows into a new one."""
    target = folder / "floor.sqlite"
    shutil.copyfile(template, target)
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("ATTACH DATABASE ? AS pulled", (str(replica),))
    start = time.perf_counter()
    connection.execute("BEGIN")
    for name in tables.registry():
        connection.execute(f"INSERT INTO main.{name} SELECT * FROM pulled.{name}")
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


async def raw_transfer(raw_url: str, sizes: list[tuple[str, int, int]]) -> float:
    """POST each request body size to the sink, GET each reply size back."""
    transport = HttpTransport(raw_url, timeout_s=600)
    start = time.perf_counter()
    for _, sent, received in sizes:
        await transport.post("/sink", b"x" * sent, {})
        await transport.post(f"/prime?n={received}", b"", {})
        await transport.post("/source", b"", {})
    elapsed = time.perf_counter() - start
    # The /prime calls are ours, not sync's: take out their cost.
    start = time.perf_counter()
    for _ in sizes:
        await transport.post("/prime?n=0", b"", {})
    elapsed -= time.perf_counter() - start
    await transport.close()
    return elapsed


def settle_heap(args: argparse.Namespace) -> None:
    """Freeze what start-up made, as the console does after opening.

    A full garbage collection walks every object the process has; frozen
    objects are skipped, so pauses stay short however large the app is.
    ``--no-freeze`` measures without it.
    """
    gc.collect()
    if not args.no_freeze:
        gc.freeze()


async def timed(coro: Awaitable[object]) -> float:
    start = time.perf_counter()
    await coro
    return time.perf_counter() - start


async def throughput(
    args: argparse.Namespace,
    folder: Path,
    template: Path,
    store: HubStore,
    url: str,
    raw_url: str,
) -> dict[str, Any]:
    a_db, a_ops, a, a_t = workstation("bench-a", folder, template, store, url)
    b_db, _, b, b_t = workstation("bench-b", folder, template, store, url)
    t0 = time.perf_counter()
    make_changes(a_ops, args.changes, "A")
    made_s = time.perf_counter() - t0
    made = pending(a_db)
    print(f"made {made} local changes in {made_s:.1f} s")
    settle_heap(args)
    meter = StallMeter()
    meter.start()

    push_s = await timed(a.run_once())
    assert pending(a_db) == 0, "push incomplete"
    pull_s = await timed(b.run_once())
    await meter.stop()
    push_raw = await raw_transfer(raw_url, a_t.sizes)
    pull_raw = await raw_transfer(raw_url, b_t.sizes)
    sent = sum(s for _, s, _ in a_t.sizes)
    received = sum(r for _, _, r in b_t.sizes)
    for client in (a, b):
        await client.close()
    floor = storage_floor(template, b_db.path, folder)
    return {
        "changes": made,
        "floor_s": floor,
        "push_s": push_s,
        "pull_s": pull_s,
        "push_raw_s": push_raw,
        "pull_raw_s": pull_raw,
        "stall": meter.summary(),
        "push_mb": sent / 1e6,
        "pull_mb": received / 1e6,
    }


async def catch_up(
    args: argparse.Namespace, folder: Path, template: Path, store: HubStore, url: str
) -> dict[str, Any]:
    stations = [
        workstation(f"town-{i}", folder, template, store, url)
        for i in range(args.workstations)
    ]
    share = args.changes // args.workstations
    for i, (_, operations, _, _) in enumerate(stations):
        make_changes(operations, share, f"W{i}")
    settle_heap(args)
    meter = StallMeter()
    meter.start()
    start = time.perf_counter()
    for _ in range(2):
        for _, _, client, _ in stations:
            result = await client.run_once()
            assert result.ok, result.error
    elapsed = time.perf_counter() - start
    await meter.stop()
    expected = hub_dump(store)
    equal = True
    for database, _, client, _ in stations:
        with database.engine.connect() as connection:
            equal = equal and dump.replica(connection) == expected
        await client.close()
    return {"catch_up_s": elapsed, "equal": equal, "stall": meter.summary()}


def report_throughput(args: argparse.Namespace, t: dict[str, Any]) -> None:
    print(f"\nsync of {t['changes']} changes over loopback HTTP (hub in its process)")
    for what in ("push", "pull"):
        sync_s, raw_s, mb = t[f"{what}_s"], t[f"{what}_raw_s"], t[f"{what}_mb"]
        print(
            f"  {what}  {sync_s:7.2f} s for {mb:.1f} MB, raw HTTP {raw_s:.2f} s: "
            f"ratio raw/sync {raw_s / sync_s:.3f} (goal >= 0.3), "
            f"{t['changes'] / sync_s:.0f} changes/s"
        )
    floor = t["floor_s"]
    print(
        f"  storage floor of the pull (INSERT ... SELECT) {floor:.2f} s: "
        f"pull/floor {t['pull_s'] / floor:.1f}x, best possible raw/sync ratio "
        f"{t['pull_raw_s'] / (t['pull_raw_s'] + floor):.3f}"
    )
    print(f"  {t['stall']}")


async def main_async(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="eoc-sync-bench-"))
    template = sim.template(folder / "template.sqlite")
    processes: list[subprocess.Popen[bytes]] = []
    stores: list[HubStore] = []

    def hub(name: str) -> tuple[HubStore, str]:
        """A hub of its own per phase: catch-up starts from an empty hub."""
        hub_db = folder / f"{name}.sqlite"
        stores.append(HubStore(str(hub_db)))
        process, url = start_hub(folder, hub_db)
        processes.append(process)
        return stores[-1], url

    try:
        raw, raw_url = start_raw(folder)
        processes.append(raw)
        store, url = hub("hub-throughput")
        t = await throughput(args, folder, template, store, url, raw_url)
        report_throughput(args, t)
        store, url = hub("hub-catch-up")
        c = await catch_up(args, folder, template, store, url)
        each = args.changes // args.workstations
        print(f"\ncatch-up: {args.workstations} workstations x {each} offline changes")
        print(f"  all pushed and pulled in {c['catch_up_s']:.2f} s")
        print(f"  replicas equal hub: {bool(c['equal'])}")
        print(f"  {c['stall']}")
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=30)
        for store in stores:
            store.dispose()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--workstations", type=int, default=4)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--no-freeze", action="store_true", help="no gc.freeze() before syncing"
    )
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
