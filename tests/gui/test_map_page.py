"""The offline map page in a real QtWebEngine: offline, escaping, events."""

from __future__ import annotations

import copy
import json
import logging
import re
import sys

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtNetwork import QHostAddress, QTcpServer

from maps import assets
from maps.page import build_map_page
from maps.render import distinct_colours, wait_until_painted
from maps.view import js_literal

pytestmark = pytest.mark.timeout(60)

REMOTE_REFERENCE = re.compile(r"(?i)(?:https?|wss?|ftp)://|(?:src|href)=[\"']//")
UNREACHABLE_TILES = "http://127.0.0.1:9/{z}/{x}/{y}.png"
EVIL_TITLE = "<img src=x onerror=alert(1)>"
# The map shows the whole district at the largest zoom that fits it.
FRAMED = (
    "(() => { const m = consoleMapInternals.map;"
    " const b = consoleMapInternals.outline.getBounds();"
    " return m.getBounds().contains(b)"
    " && m.getZoom() === m.getBoundsZoom(b, false, L.point(24, 24)); })()"
)


def incident(incident_id: str = "inc-1", **changes) -> dict:
    item = {
        "id": incident_id,
        "title": "鄞州区 道路积水",
        "lat": 29.8,
        "lon": 121.55,
        "grade": "II",
        "category": "flood",
        "status": "open",
    }
    item.update(changes)
    return item


def ring_count(boundary: dict) -> int:
    rings = 0
    for feature in boundary["features"]:
        geometry = feature["geometry"]
        if geometry["type"] == "Polygon":
            rings += len(geometry["coordinates"])
        elif geometry["type"] == "MultiPolygon":
            rings += sum(len(polygon) for polygon in geometry["coordinates"])
    return rings


@pytest.fixture
def trap(qtbot):
    """A local TCP server that counts connections: none may ever arrive."""
    server = QTcpServer()
    assert server.listen(QHostAddress.SpecialAddress.LocalHost, 0)
    connections: list[object] = []
    server.newConnection.connect(
        lambda: connections.append(server.nextPendingConnection())
    )
    yield server.serverPort(), connections
    server.close()


@pytest.mark.webengine
def test_rendered_page_has_no_remote_references(map_page, boundary, tmp_path):
    html = map_page.read_text(encoding="utf-8")
    assert REMOTE_REFERENCE.findall(html) == []
    assert "consoleMapInternals" in html
    for asset in ("leaflet/leaflet.js", "leaflet/leaflet.css", "jquery/jquery.min.js"):
        assert (map_page.parent / "assets" / asset).is_file()
    assert (map_page.parent / "assets/leaflet/images/marker-icon.png").is_file()
    assert (map_page.parent / "console_map.js").is_file()

    untouched = copy.deepcopy(boundary)
    local_tiles = (tmp_path / "tiles").as_uri() + "/{z}/{x}/{y}.png"
    tiled = build_map_page(
        tmp_path / "tiled",
        boundary,
        tile_url=local_tiles,
        tile_attribution="<b>Local</b> tiles",
        center=(29.75, 121.6),
    )
    tiled_html = tiled.read_text(encoding="utf-8")
    assert REMOTE_REFERENCE.findall(tiled_html) == []
    # Leaflet inserts attributions as HTML, so the text arrives entity-escaped
    # (and folium's JSON escapes the ampersands once more).
    assert "\\u0026lt;b\\u0026gt;Local" in tiled_html
    assert "<b>Local" not in tiled_html
    assert boundary == untouched


@pytest.mark.webengine
def test_loading_makes_no_network_requests(open_map, caplog):
    caplog.set_level(logging.WARNING, logger="eoc.map")
    h = open_map()
    h.wait_js("consoleMap.outlineLoaded()")
    h.view.wait_until_painted(10_000)
    assert h.js("typeof L.version") == "string"
    assert h.js("typeof jQuery") == "function"
    assert h.view.blocked_requests == []
    # Page script errors and console warnings are logged by the view.
    assert [r.getMessage() for r in caplog.records] == []


@pytest.mark.webengine
def test_guard_blocks_and_records_escape_attempts(open_map, trap, qtbot):
    port, connections = trap
    h = open_map()
    load_id = h.js("consoleMap.loadId")
    socket_url = f"ws://127.0.0.1:{port}/ws"
    nav_url = f"http://127.0.0.1:{port}/nav"

    h.js(
        f"new WebSocket({js_literal(socket_url)});"
        f"fetch('http://127.0.0.1:{port}/fetch').catch(() => null);"
        f"new Image().src = 'http://127.0.0.1:{port}/img.png';"
        "true"
    )
    h.wait(lambda: socket_url in h.view.blocked_requests)
    h.js(f"location.href = {js_literal(nav_url)}; true")
    h.wait(lambda: nav_url in h.view.blocked_requests)

    qtbot.wait(300)
    assert connections == []
    assert h.js("consoleMap.loadId") == load_id


@pytest.mark.webengine
def test_guard_blocks_even_if_remote_access_is_enabled(open_map, trap, qtbot):
    port, connections = trap
    h = open_map(remote_urls=True)
    fetch_url = f"http://127.0.0.1:{port}/fetch"
    image_url = f"http://127.0.0.1:{port}/img.png"

    h.js(
        f"fetch({js_literal(fetch_url)}).catch(() => null);"
        f"new Image().src = {js_literal(image_url)};"
        "true"
    )
    h.wait(lambda: {fetch_url, image_url} <= set(h.view.blocked_requests))
    qtbot.wait(300)
    assert connections == []


@pytest.mark.webengine
def test_outline_is_on_the_map(open_map, boundary):
    h = open_map()
    assert h.js("consoleMap.outlineLoaded()") is True
    assert h.js("consoleMap.outlineRingCount()") == ring_count(boundary) >= 1
    assert h.js("document.querySelectorAll('.leaflet-overlay-pane path').length") >= 1
    assert (
        h.js('document.querySelectorAll(\'[href^="http"], [src^="http"]\').length') == 0
    )


@pytest.mark.webengine
def test_upsert_moves_and_removes_without_reload(open_map, qtbot):
    h = open_map()
    load_id = h.js("consoleMap.loadId")
    with qtbot.assertNotEmitted(h.view.loadStarted, wait=0):
        h.view.upsert_incidents([incident("e1")])
        h.wait_js("consoleMap.count()", 1)
        h.js("consoleMap.marker('e1').getElement().dataset.probe = 'same'; true")

        h.view.upsert_incidents([incident("e1", lat=29.7, lon=121.7, grade="I")])
        h.wait_js("consoleMap.marker('e1').getLatLng().lat", 29.7)
        assert h.js("consoleMap.marker('e1').getLatLng().lng") == 121.7
        assert h.js("consoleMap.marker('e1').options.fillColor") == "#d7191c"
        assert h.js("consoleMap.marker('e1').getElement().dataset.probe") == "same"
        assert h.js("consoleMap.count()") == 1

        h.view.remove_incident("e1")
        h.wait_js("consoleMap.count()", 0)
        assert h.js("consoleMap.loadId") == load_id


@pytest.mark.webengine
def test_markers_are_coloured_by_grade(open_map):
    h = open_map()
    colours = {"I": "#d7191c", "II": "#f28c28", "III": "#f2c500", "IV": "#2c7bb6"}
    grades = [*colours, None]
    h.view.upsert_incidents(
        incident(f"g{i}", grade=grade, lon=121.5 + i / 100)
        for i, grade in enumerate(grades)
    )
    h.wait_js("consoleMap.count()", len(grades))
    for i, grade in enumerate(grades):
        fill = h.js(f"consoleMap.marker('g{i}').getElement().getAttribute('fill')")
        assert fill == colours.get(grade, "#808080")


@pytest.mark.webengine
def test_calls_before_ready_are_queued(make_view, map_page):
    h = make_view()
    h.view.upsert_incidents([incident("early")])
    h.view.center_on(29.9, 121.4, 11)
    h.view.load_page(map_page)
    h.wait(lambda: h.view.is_ready, timeout=10_000)
    h.wait_js("consoleMap.count()", 1)
    center = h.js_json(
        "[consoleMapInternals.map.getCenter().lat, consoleMapInternals.map.getZoom()]"
    )
    assert center == [pytest.approx(29.9, abs=1e-6), 11]


@pytest.mark.webengine
def test_select_highlights_and_pans(open_map):
    h = open_map()
    h.view.upsert_incidents([incident("s1", lat=29.9, lon=121.45)])
    h.view.select_incident("s1")
    h.wait_js("consoleMap.marker('s1').options.weight", 4)
    h.wait_js(
        "consoleMapInternals.map.getCenter().distanceTo(consoleMap.marker('s1')"
        ".getLatLng()) < 50"
    )


@pytest.mark.webengine
def test_titles_are_text_not_html(open_map, qtbot):
    h = open_map()
    scripts = h.js("document.scripts.length")
    tricky = '他说 "快" \\ \n </script><script>alert(2)</script>'
    h.view.upsert_incidents(
        [incident("x1", title=EVIL_TITLE), incident("x2", title=tricky)]
    )
    h.wait_js("consoleMap.count()", 2)
    h.js("consoleMap.marker('x1').openTooltip(); true")
    h.wait_js("document.querySelectorAll('.leaflet-tooltip').length", 1)

    assert h.js("document.querySelector('.leaflet-tooltip').textContent") == EVIL_TITLE
    assert (
        h.js("consoleMap.marker('x2').getTooltip().getContent().textContent") == tricky
    )
    qtbot.wait(300)
    assert h.js("document.querySelectorAll('img[src=x]').length") == 0
    assert h.js("document.querySelectorAll('.leaflet-tooltip *').length") == 1
    assert h.js("document.scripts.length") == scripts
    assert h.view.js_dialogs == []


@pytest.mark.webengine
def test_marker_click_and_context_menu_reach_python(open_map, qtbot):
    h = open_map()
    h.view.upsert_incidents([incident("inc-7")])
    h.wait_js("consoleMap.count()", 1)

    with qtbot.waitSignal(h.view.incident_clicked, timeout=5_000) as clicked:
        h.js(
            "(() => { const el = consoleMap.marker('inc-7').getElement();"
            " const r = el.getBoundingClientRect();"
            " el.dispatchEvent(new MouseEvent('click', {bubbles: true,"
            " cancelable: true, clientX: r.left + r.width / 2,"
            " clientY: r.top + r.height / 2})); return true; })()"
        )
    assert clicked.args == ["inc-7"]

    with qtbot.waitSignal(h.view.context_requested, timeout=5_000) as context:
        expected = h.js_json(
            "(() => { const map = consoleMapInternals.map;"
            " const box = map.getContainer().getBoundingClientRect();"
            " const ev = new MouseEvent('contextmenu', {bubbles: true,"
            " cancelable: true, button: 2, clientX: box.left + 200,"
            " clientY: box.top + 150});"
            " const ll = map.mouseEventToLatLng(ev);"
            " map.getContainer().dispatchEvent(ev); return [ll.lat, ll.lng]; })()"
        )
    assert context.args == [pytest.approx(expected[0]), pytest.approx(expected[1])]


@pytest.mark.webengine
@pytest.mark.parametrize("remote_urls", [False, True], ids=["default", "remote-on"])
def test_unreachable_tile_server_leaves_outline_usable(
    make_view, boundary, tmp_path, remote_urls
):
    page = build_map_page(
        tmp_path, boundary, tile_url=UNREACHABLE_TILES, center=(29.75, 121.6)
    )
    h = make_view(remote_urls=remote_urls)
    h.view.load_page(page)
    h.wait(lambda: h.view.is_ready, timeout=10_000)

    h.wait_js("consoleMap.outlineLoaded()")
    h.wait_js("consoleMap.tileErrors() > 0")
    h.wait(lambda: h.view.tile_failures)
    assert h.view.tile_failures[0].startswith("http://127.0.0.1:9/")
    if remote_urls:
        h.wait(
            lambda: any(
                u.startswith("http://127.0.0.1:9/") for u in h.view.blocked_requests
            )
        )
    image = h.view.wait_until_painted(10_000)
    assert distinct_colours(image) > 20


@pytest.mark.webengine
def test_grab_after_wait_until_painted_is_not_blank(open_map):
    h = open_map()
    h.view.upsert_incidents([incident("red", grade="I", lat=29.75, lon=121.6)])
    image = h.view.wait_until_painted(10_000)
    assert image.size() == h.view.size()
    assert distinct_colours(image) > 20

    x, y = h.js_json(
        "(() => { const p = consoleMapInternals.map.latLngToContainerPoint("
        "consoleMap.marker('red').getLatLng()); return [p.x, p.y]; })()"
    )
    colour = image.pixelColor(round(x), round(y))
    assert colour.red() > 180
    assert colour.green() < 90
    assert colour.blue() < 90


@pytest.mark.webengine
def test_wait_until_painted_times_out_without_a_page(make_view):
    h = make_view()
    with pytest.raises(TimeoutError):
        wait_until_painted(h.view, 500)


@pytest.mark.webengine
def test_render_process_crash_reports_failure(open_map, qtbot):
    h = open_map()
    h.allow_failures = True
    with qtbot.waitSignal(h.view.failed, timeout=5_000) as failed:
        h.view.page().load(QUrl("chrome://crash"))
    assert "render process" in failed.args[0]
    assert not h.view.is_ready
    h.allow_failures = False
    with pytest.raises(pytest.fail.Exception, match="render process"):
        h.js("1")
    h.failures.clear()


@pytest.mark.webengine
def test_page_that_never_gets_ready_reports_failure(make_view, tmp_path, qtbot):
    plain = tmp_path / "plain.html"
    plain.write_text("<html><body>no map here</body></html>", encoding="utf-8")
    h = make_view(ready_timeout_ms=800)
    h.allow_failures = True
    with qtbot.waitSignal(h.view.failed, timeout=5_000) as failed:
        h.view.load_page(plain)
    assert "did not become ready" in failed.args[0]

    with qtbot.waitSignal(h.view.failed, timeout=5_000) as missing:
        h.view.load_page(tmp_path / "missing.html")
    assert "missing" in missing.args[0]


@pytest.mark.webengine
def test_js_literal_cannot_close_a_script():
    assert js_literal("</script>") == '"<\\/script>"'
    assert json.loads(js_literal({"t": "鄞州 </b>"})) == {"t": "鄞州 </b>"}


@pytest.mark.webengine
def test_assets_are_found_in_a_pyinstaller_bundle(monkeypatch, tmp_path):
    data = tmp_path / "xstatic" / "pkg" / "leaflet" / "data"
    data.mkdir(parents=True)

    def not_importable(name: str):
        raise ImportError(name)

    monkeypatch.setattr(assets.importlib, "import_module", not_importable)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert assets.package_data_dir(assets.LEAFLET_PACKAGE) == data
    with pytest.raises(FileNotFoundError, match=re.escape(assets.JQUERY_PACKAGE)):
        assets.package_data_dir(assets.JQUERY_PACKAGE)


@pytest.mark.webengine
def test_the_whole_district_is_framed_on_load(open_map):
    h = open_map()

    h.wait_js(FRAMED)


@pytest.mark.webengine
def test_a_squeezed_map_is_still_ready_and_framed_once_it_has_room(make_view, map_page):
    h = make_view()
    h.view.resize(20, 20)
    h.view.load_page(map_page)
    h.wait(lambda: h.view.is_ready, timeout=10_000)

    assert h.js(FRAMED) is False

    h.view.resize(800, 600)

    h.wait_js(FRAMED)


def test_scale_bar_is_metric_only(open_map):
    h = open_map()

    lines = h.js_json(
        "Array.from(document.querySelectorAll('.leaflet-control-scale-line'))"
        ".map(function (line) { return line.textContent; })"
    )
    assert len(lines) == 1
    assert lines[0].endswith((" m", " km"))
