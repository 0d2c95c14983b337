"""The hub over HTTPS with a certificate and key, as deployments run it."""

from __future__ import annotations

import asyncio
import contextlib
import random
import shutil
import socket
import ssl
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web

from console.context import ConsoleContext
from console.hub.server import make_app, tls_context
from console.hub.service import HubService
from console.hub.store import HubStore
from console.sync import auth, config, sim
from console.sync.client import SyncClient
from console.sync.runner import client_for
from console.sync.transport import HttpTransport

pytestmark = pytest.mark.skipif(
    shutil.which("openssl") is None, reason="needs openssl to make a certificate"
)


def certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "hub.pem", folder / "hub.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.asynccontextmanager
async def serving(
    service: HubService, port: int, cert: Path, key: Path
) -> AsyncIterator[None]:
    """The hub's web app over HTTPS on ``port`` for the block's duration."""
    runner = web.AppRunner(make_app(service))
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", port, ssl_context=tls_context(cert, key))
    await site.start()
    try:
        yield
    finally:
        await runner.cleanup()


def test_sync_over_tls(tmp_path: Path) -> None:
    cert, key = certificate(tmp_path)
    store = HubStore(str(tmp_path / "hub.sqlite"))
    service = HubService(store)
    template = sim.template(tmp_path / "template.sqlite")
    replica = sim.make_replica("a", tmp_path / "a", template, service, random.Random(1))
    token = store.enroll("a-tls", None, "")
    port = free_port()
    trust = ssl.create_default_context(cafile=str(cert))

    async def main() -> bool:
        async with serving(service, port, cert, key):
            client = SyncClient(
                replica.database,
                replica.workstation,
                HttpTransport(f"https://127.0.0.1:{port}", ssl_context=trust),
                auth.parse_token(token.text),
            )
            result = await client.run_once()
            plain = SyncClient(
                replica.database,
                replica.workstation,
                HttpTransport(f"https://127.0.0.1:{port}"),
                auth.parse_token(token.text),
            )
            refused = await plain.run_once()
            await client.close()
            await plain.close()
            return (
                result.ok
                and not refused.ok
                and "certificate is not trusted" in refused.error
                and "--ca-file" in refused.error
            )

    assert asyncio.run(main())


def test_the_console_syncs_with_the_remembered_certificate(
    tmp_path: Path, context: ConsoleContext
) -> None:
    cert, key = certificate(tmp_path)
    service = HubService(HubStore(str(tmp_path / "hub.sqlite")))
    token = service.store.enroll("console-tls", None, "")
    port = free_port()
    config.store_token(context.data_dir, context.workstation.id, token.text)
    remembered = config.SyncConfig(
        hub_url=f"https://127.0.0.1:{port}", token_store=config.FILE, ca_file=str(cert)
    )
    config.save(context.data_dir, remembered)

    async def main() -> bool:
        async with serving(service, port, cert, key):
            client = client_for(context)
            assert client is not None
            result = await client.run_once()
            await client.close()
            return result.ok

    assert asyncio.run(main())


def test_a_missing_certificate_keeps_background_sync_off(
    tmp_path: Path, context: ConsoleContext
) -> None:
    config.store_token(context.data_dir, context.workstation.id, "eoc1.ab.cd")
    config.save(
        context.data_dir,
        config.SyncConfig(
            hub_url="https://hub.example:8443",
            token_store=config.FILE,
            ca_file=str(tmp_path / "gone.pem"),
        ),
    )

    assert client_for(context) is None
