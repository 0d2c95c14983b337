"""``eoc-console hub serve``: the hub on aiohttp.

The handler only moves bytes: the request goes to ``HubService.handle`` in a
thread (it does blocking database work), the reply comes back as it is.
TLS is the deployment's choice: give a certificate and key and the hub
listens on HTTPS; tests use plain HTTP on loopback.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from aiohttp import web

from console.hub.service import HubService
from console.sync import protocol

_log = logging.getLogger("eoc.hub")

MAX_BODY = 64 * 1024 * 1024


def make_app(service: HubService, *, workers: int = 4) -> web.Application:
    """The aiohttp application serving ``service``."""
    executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="hub")

    async def handle(request: web.Request) -> web.Response:
        body = await request.read()
        loop = asyncio.get_running_loop()
        status, headers, data = await loop.run_in_executor(
            executor,
            service.handle,
            request.method,
            request.path,
            dict(request.headers),
            body,
        )
        return web.Response(
            status=status,
            body=data,
            headers=headers,
            content_type="application/json",
        )

    async def close_executor(_app: web.Application) -> None:
        executor.shutdown(wait=True, cancel_futures=True)
        service.store.dispose()

    app = web.Application(client_max_size=MAX_BODY)
    app.router.add_post(protocol.PREFIX + "/{endpoint}", handle)
    app.on_cleanup.append(close_executor)
    return app


def tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(cert, key)
    return context


def parse_listen(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (IPv6 hosts in brackets) to a host and port."""
    host, sep, port = text.rpartition(":")
    if not sep or not port.isdigit():
        raise ValueError(f"listen address must be HOST:PORT, not {text!r}")
    return host.strip("[]") or "127.0.0.1", int(port)


def serve(
    service: HubService,
    listen: str,
    *,
    tls: ssl.SSLContext | None = None,
    on_listening: Callable[[], None] | None = None,
) -> None:
    """Serve until interrupted; ``on_listening`` once the port is bound.

    Raises:
        OSError: the address cannot be listened on (in use, not ours).
    """
    host, port = parse_listen(listen)

    def listening(_banner: str) -> None:
        _log.info("hub %s listening on %s:%d", service.store.hub_id, host, port)
        if on_listening is not None:
            on_listening()

    web.run_app(
        make_app(service),
        host=host,
        port=port,
        ssl_context=tls,
        print=listening,
        handle_signals=True,
    )
