"""An in-process transport to a ``HubService``, for tests and benchmarks.

It drives the same request handling as the server, minus HTTP, so
simulations can run thousands of rounds quickly and inject faults between
the client and the hub.
"""

from __future__ import annotations

import asyncio

from console.hub.service import HubService
from console.sync.transport import Response


class LocalTransport:
    """Calls ``HubService.handle`` in a worker thread, like the server does."""

    def __init__(self, service: HubService) -> None:
        self.service = service

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> Response:
        return await asyncio.to_thread(self.service.handle, "POST", path, headers, body)

    async def close(self) -> None:
        return None
