"""A simulated network and workstation replicas, for tests and benchmarks.

``FaultyTransport`` sits between a ``SyncClient`` and an in-process
``HubService`` and can drop a request, lose its reply, deliver it twice,
hold it back to deliver it late (out of order), cut a reply short or flip
a byte in it, or be offline. ``SimReplica`` is one workstation with its own
SQLite file, made quickly by copying a migrated template.
"""

from __future__ import annotations

import asyncio
import random
import shutil
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from console.clock import HybridClock
from console.hub.service import HubService
from console.ops.core import Operations
from console.store.engine import Database
from console.store.migrate import open_database
from console.sync import auth
from console.sync.client import SyncClient
from console.sync.transport import Response, TransportError
from console.workstation import Workstation


@dataclass
class Faults:
    """Probabilities of each fault, per request."""

    drop_request: float = 0.0
    drop_reply: float = 0.0
    duplicate: float = 0.0
    delay: float = 0.0
    garble: float = 0.0
    truncate: float = 0.0
    deliver_late: float = 0.0


@dataclass
class FaultyTransport:
    """An unreliable network to a hub in this process."""

    service: HubService
    rng: random.Random
    faults: Faults = field(default_factory=Faults)
    online: bool = True
    held: list[tuple[str, bytes, dict[str, str]]] = field(default_factory=list)
    delivered: int = 0

    def _deliver(self, path: str, body: bytes, headers: dict[str, str]) -> Response:
        self.delivered += 1
        return self.service.handle("POST", path, headers, body)

    def deliver_held(self) -> None:
        """Deliver every held-back request now, in a shuffled order."""
        held, self.held = self.held, []
        self.rng.shuffle(held)
        for path, body, headers in held:
            self._deliver(path, body, headers)

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> Response:
        return await asyncio.to_thread(self._post, path, body, headers)

    def _post(self, path: str, body: bytes, headers: dict[str, str]) -> Response:
        if not self.online:
            raise TransportError("offline")
        f, roll = self.faults, self.rng.random
        if self.held and roll() < f.deliver_late:
            self.deliver_held()
        if roll() < f.drop_request:
            raise TransportError("request lost")
        if roll() < f.delay:
            self.held.append((path, body, headers))
            raise TransportError("timed out (request held back)")
        status, headers_out, data = self._deliver(path, body, headers)
        if roll() < f.duplicate:
            self._deliver(path, body, headers)
        if roll() < f.drop_reply:
            raise TransportError("reply lost")
        if data and roll() < f.truncate:
            data = data[: self.rng.randrange(len(data))]
        elif data and roll() < f.garble:
            index = self.rng.randrange(len(data))
            data = data[:index] + bytes([data[index] ^ 0x20]) + data[index + 1 :]
        return status, headers_out, data

    async def close(self) -> None:
        return None


class WallClock:
    """A wall clock that can be set wrong, for skew faults."""

    def __init__(self) -> None:
        self.offset_ms = 0

    def __call__(self) -> int:
        return time.time_ns() // 1_000_000 + self.offset_ms


def template(path: Path) -> Path:
    """A migrated, empty replica database to copy."""
    open_database(path).dispose()
    return path


@dataclass
class SimReplica:
    """One simulated workstation."""

    name: str
    database: Database
    workstation: Workstation
    operations: Operations
    client: SyncClient
    transport: FaultyTransport
    wall: WallClock


def make_replica(
    name: str,
    folder: Path,
    template_db: Path,
    service: HubService,
    rng: random.Random,
    *,
    scope: str | None = None,
    space: str = "real",
    seed: bool = False,
    on_client: Callable[[SyncClient], None] | None = None,
) -> SimReplica:
    """A workstation with its own SQLite file, enrolled at ``service``'s hub.

    With ``seed`` it seeds the district's reference data as a real console
    does at first start (as its own operations, so they sync too).
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.sqlite"
    shutil.copyfile(template_db, path)
    database = Database(path)
    workstation = Workstation(id=str(uuid.UUID(int=rng.getrandbits(128))), name=name)
    wall = WallClock()
    clock = HybridClock(wall)
    operations = Operations(database, workstation, clock=clock)
    if seed:
        from console import paths
        from console.seed import seed_reference_data

        seed_reference_data(operations, paths.resource("seed"))
    token = service.store.enroll(name, scope, scope or "")
    transport = FaultyTransport(service, random.Random(rng.random()))
    client = SyncClient(
        database,
        workstation,
        transport,
        auth.parse_token(token.text),
        space=space,
        clock=clock,
        page_size=rng.choice([3, 7, 50, 500]),
        push_size=rng.choice([2, 5, 100]),
    )
    if on_client is not None:
        on_client(client)
    return SimReplica(name, database, workstation, operations, client, transport, wall)


async def quiesce(replicas: list[SimReplica], *, rounds: int = 4) -> None:
    """Heal the network and sync everyone until nothing is left to move.

    Two passes over all replicas suffice once the network is reliable (the
    first pushes everything, the second pulls it); more are run to be sure
    and to let parked changes find their records.
    """
    for replica in replicas:
        replica.transport.online = True
        replica.transport.faults = Faults()
        replica.transport.deliver_held()
        replica.client.before_commit = None
        replica.wall.offset_ms = 0
    for _ in range(rounds):
        for replica in replicas:
            result = await replica.client.run_once()
            if not result.ok:
                raise AssertionError(f"{replica.name}: {result.error}")
