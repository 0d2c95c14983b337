"""Starting background sync for an open console (the window's wiring).

The window (``console.app``) owns the asyncio loop it shares with Qt. It
calls ``client_for`` once after opening the data folder and, when sync is
configured, runs ``BackgroundSync`` on that loop::

    sync = BackgroundSync.start(client)        # keeps its task referenced
    client.on_status.append(status_bar.show_sync)
    client.on_applied.append(lambda tables: board.refresh(tables))
    ...
    await sync.stop()                          # from aboutToQuit, before exit

Nothing here imports Qt.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from console.context import ConsoleContext
from console.sync import auth, config
from console.sync.client import SyncClient
from console.sync.transport import HttpTransport

_log = logging.getLogger("eoc.sync")


def client_for(context: ConsoleContext) -> SyncClient | None:
    """A client for the remembered hub and token, or None if not set up."""
    settings = config.load(context.data_dir)
    token = config.load_token(
        context.data_dir, context.workstation.id, settings.token_store
    )
    if not settings.hub_url or not token:
        return None
    try:
        parsed = auth.parse_token(token)
    except auth.TokenError:
        _log.warning("remembered sync token is not valid; sync stays off")
        return None
    try:
        ssl_context = config.tls_context(settings.ca_file)
    except config.SyncSettingError as exc:
        _log.warning("%s; sync stays off", exc)
        return None
    return SyncClient(
        context.database,
        context.workstation,
        HttpTransport(settings.hub_url, ssl_context=ssl_context),
        parsed,
        space=settings.space,
    )


@dataclass
class BackgroundSync:
    """Rounds every ``interval_s`` on the running loop until stopped."""

    client: SyncClient
    task: asyncio.Task[None]
    stopping: asyncio.Event

    @classmethod
    def start(cls, client: SyncClient, *, interval_s: float = 30.0) -> BackgroundSync:
        stopping = asyncio.Event()
        task = asyncio.get_running_loop().create_task(
            client.run_forever(stopping, interval_s=interval_s), name="sync"
        )
        task.add_done_callback(_report)
        return cls(client, task, stopping)

    async def stop(self, timeout_s: float = 10.0) -> None:
        """Finish the round in progress (or give up after ``timeout_s``)."""
        self.stopping.set()
        try:
            await asyncio.wait_for(self.task, timeout_s)
        except (TimeoutError, asyncio.CancelledError):
            self.task.cancel()
        await self.client.close()


def _report(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        _log.error("background sync stopped", exc_info=task.exception())
