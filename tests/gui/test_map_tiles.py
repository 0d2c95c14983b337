"""A configured tile server is reachable; every other origin stays blocked."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from maps.page import build_map_page

pytestmark = pytest.mark.timeout(60)


def _tile_png() -> bytes:
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#9fd3a8"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


class _Server:
    """A loopback HTTP server that records every path it is asked for."""

    def __init__(self, body: bytes | None) -> None:
        self.paths: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.paths.append(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def servers() -> Iterator[tuple[_Server, _Server]]:
    tiles, other = _Server(_tile_png()), _Server(None)
    yield tiles, other
    tiles.close()
    other.close()


@pytest.mark.webengine
def test_configured_tile_server_is_used_and_nothing_else(
    make_view, boundary, tmp_path, servers
):
    tiles, other = servers
    tile_url = f"http://127.0.0.1:{tiles.port}/{{z}}/{{x}}/{{y}}.png"
    page = build_map_page(tmp_path, boundary, tile_url=tile_url, center=(29.75, 121.6))
    h = make_view()
    h.view.allow_tile_server(tile_url)

    h.view.load_page(page)
    h.wait(lambda: h.view.is_ready, timeout=10_000)
    h.wait(lambda: len(tiles.paths) >= 4, timeout=10_000)
    h.js(
        f"fetch('http://127.0.0.1:{other.port}/leak').catch(() => 0); "
        f"new Image().src = 'http://127.0.0.1:{other.port}/leak.png'; 1"
    )
    h.wait(
        lambda: any(f":{other.port}/" in url for url in h.view.blocked_requests),
        timeout=5_000,
    )

    assert all(path.endswith(".png") for path in tiles.paths)
    assert other.paths == []
    assert h.view.tile_failures == []
