"""Resource layers in the real map page: counts, switching, filters, text."""

from __future__ import annotations

import pytest

from maps.layers import CHUNK, layer_filter

pytestmark = [pytest.mark.webengine, pytest.mark.timeout(90)]

EVIL_NAME = "<img src=x onerror=alert(1)>"
POINT_ON_SCREEN = (
    "(() => {{ const m = consoleMap.layerMarker({layer!r}, {id!r});"
    " const p = consoleMapInternals.map.latLngToContainerPoint(m.getLatLng());"
    " const box = consoleMapInternals.map.getContainer().getBoundingClientRect();"
    " return [box.left + p.x, box.top + p.y]; }})()"
)


def team(team_id: str, **changes) -> dict:
    item = {
        "id": team_id,
        "name": f"救援队{team_id}",
        "lat": 29.80,
        "lon": 121.55,
        "kind": "专业",
        "status": "待命",
        "synthetic": False,
    }
    item.update(changes)
    return item


def grid(count: int, prefix: str = "b", **extra) -> list[dict]:
    """``count`` points spread over the district's box."""
    side = int(count**0.5) + 1
    return [
        {
            "id": f"{prefix}{n}",
            "name": f"商户{n}",
            "lat": 29.62 + 0.28 * (n // side) / side,
            "lon": 121.46 + 0.42 * (n % side) / side,
            "kind": "小餐饮" if n % 2 else "小商店",
            **extra,
        }
        for n in range(count)
    ]


def test_layers_exist_and_hold_what_was_set(open_map):
    h = open_map()
    assert h.js_json("consoleMap.layerNames()") == [
        "teams",
        "depots",
        "shelters",
        "businesses",
    ]
    sizes: list[int] = []

    h.view.set_layer("teams", [team("t1"), team("t2", lat=29.7)])
    h.view.set_layer("businesses", grid(CHUNK * 2 + 7), callback=sizes.append)
    h.wait(lambda: sizes)

    assert sizes == [CHUNK * 2 + 7]
    assert h.js("consoleMap.layerCount('teams')") == 2
    assert h.js("consoleMap.layerCount('businesses')") == CHUNK * 2 + 7
    assert h.js("consoleMap.layerCount('depots')") == 0
    # Businesses start switched off; the others are drawn at once.
    assert h.js("consoleMap.layerShown('teams')") == 2
    assert h.js("consoleMap.layerShown('businesses')") == 0

    h.view.set_layer("teams", [team("t2", lat=29.71)])
    h.wait_js("consoleMap.layerCount('teams')", 1)
    assert h.js("consoleMap.layerMarker('teams', 't1')") is None
    assert h.js("consoleMap.layerMarker('teams', 't2').getLatLng().lat") == 29.71


def test_switching_and_filtering_change_what_is_shown(open_map, qtbot):
    h = open_map()
    h.view.set_layer(
        "teams",
        [
            team("a", kind="专业", status="待命"),
            team("b", kind="社会", status="待命"),
            team("c", kind="社会", status="到场"),
        ],
    )
    h.wait_js("consoleMap.layerShown('teams')", 3)

    h.view.set_layer_filter("teams", layer_filter(kinds=["社会"]))
    h.wait_js("consoleMap.layerShown('teams')", 2)
    h.view.set_layer_filter("teams", layer_filter(["社会"], ["到场"]))
    h.wait_js("consoleMap.layerShown('teams')", 1)
    assert h.js("consoleMap.layerCount('teams')") == 3
    h.view.set_layer_filter("teams", None)
    h.wait_js("consoleMap.layerShown('teams')", 3)

    with qtbot.waitSignal(h.view.layer_toggled, timeout=5_000) as toggled:
        h.view.set_layer_visible("teams", False)
    assert toggled.args == ["teams", False]
    h.wait_js("consoleMap.layerShown('teams')", 0)
    assert h.js("consoleMap.layerVisible('teams')") is False

    # The officer's click in the page's layers control reaches Python too.
    boxes = "document.querySelectorAll('.leaflet-control-layers-overlays input')"
    assert h.js(f"{boxes}.length") == 4
    with qtbot.waitSignal(h.view.layer_toggled, timeout=5_000) as toggled:
        h.js(f"{boxes}[0].click(); true")
    assert toggled.args == ["teams", True]
    assert h.js("consoleMap.layerShown('teams')") == 3


def test_live_update_moves_points_without_reloading(open_map, qtbot):
    h = open_map()
    h.view.set_layer("shelters", [team("s1", kind="区级", status="关闭")])
    h.wait_js("consoleMap.layerCount('shelters')", 1)
    load_id = h.js("consoleMap.loadId")
    h.js("consoleMap.layerMarker('shelters', 's1').probe = 'same'; true")

    with qtbot.assertNotEmitted(h.view.loadStarted, wait=0):
        done: list[int] = []
        h.view.upsert_layer_items(
            "shelters",
            [team("s1", lat=29.7, status="开放"), team("s2")],
            callback=done.append,
        )
        h.wait(lambda: done)
        h.view.remove_layer_items("shelters", ["s2"])
        h.wait_js("consoleMap.layerCount('shelters')", 1)

    assert done == [2]
    marker = "consoleMap.layerMarker('shelters', 's1')"
    assert h.js(f"{marker}.probe") == "same"
    assert h.js(f"{marker}.getLatLng().lat") == 29.7
    assert h.js(f"{marker}.options.fillOpacity") > 0.5  # open: filled
    assert h.js("consoleMap.loadId") == load_id


def test_tooltips_and_layer_names_are_text(open_map, qtbot):
    h = open_map()
    h.view.set_layer_labels({"teams": EVIL_NAME, "synthetic": "演示数据"})
    h.view.set_layer(
        "teams",
        [team("evil", name=EVIL_NAME, detail="12人"), team("demo", synthetic=True)],
    )
    h.wait_js("consoleMap.layerCount('teams')", 2)

    text = h.js("consoleMap.openLayerTooltip('teams', 'evil')")
    assert text == f"{EVIL_NAME}专业 · 待命12人"
    labels = "document.querySelector('.leaflet-control-layers-overlays').textContent"
    assert EVIL_NAME in h.js(labels)
    qtbot.wait(300)
    assert h.js("document.querySelectorAll('img').length") == 0
    assert h.view.js_dialogs == []

    assert "演示数据" in h.js("consoleMap.openLayerTooltip('teams', 'demo')")
    assert h.js("consoleMap.layerMarker('teams', 'demo').options.dashArray")
    assert h.js("consoleMap.layerMarker('teams', 'evil').options.dashArray") is None


def test_a_layer_holding_sample_data_says_so_in_the_layers_control(open_map):
    h = open_map()
    h.view.set_layer_labels({"syntheticLayer": "（含演示数据）"})
    control = "document.querySelector('.leaflet-control-layers-overlays').textContent"
    h.view.set_layer("depots", [team("real")])
    h.wait_js("consoleMap.layerCount('depots')", 1)
    assert "（含演示数据）" not in h.js(control)

    h.view.upsert_layer_items("depots", [team("demo", synthetic=True)])
    h.wait_js(f"{control}.includes('（含演示数据）')")
    h.view.remove_layer_items("depots", ["demo"])
    h.wait_js(f"{control}.includes('（含演示数据）')", False)


def test_hovering_a_point_shows_its_tooltip_and_incidents_stay_clickable(
    open_map, qtbot
):
    h = open_map()
    h.view.set_layer("depots", [team("d1", name="东区仓库", lat=29.78, lon=121.5)])
    h.view.upsert_incidents(
        [{"id": "i1", "title": "火灾", "lat": 29.84, "lon": 121.62, "grade": "II"}]
    )
    h.wait_js("consoleMap.layerCount('depots') === 1 && consoleMap.count() === 1")

    x, y = h.js_json(POINT_ON_SCREEN.format(layer="depots", id="d1"))
    # Real hit testing: the resource canvas is what lies under the point.
    assert h.js(f"document.elementFromPoint({x}, {y}).tagName") == "CANVAS"
    h.js(
        f"document.elementFromPoint({x}, {y}).dispatchEvent(new MouseEvent("
        f"'mousemove', {{bubbles: true, clientX: {x}, clientY: {y}}})); true"
    )
    h.wait_js("document.querySelectorAll('.leaflet-tooltip').length", 1)
    assert "东区仓库" in h.js("document.querySelector('.leaflet-tooltip').textContent")

    # The incidents' SVG lies above the canvas; only its markers take clicks.
    ix, iy = h.js_json(
        "(() => { const r = consoleMap.marker('i1').getElement()"
        ".getBoundingClientRect(); return [r.left + r.width / 2,"
        " r.top + r.height / 2]; })()"
    )
    assert h.js(f"document.elementFromPoint({ix}, {iy}).tagName") == "path"
    with qtbot.waitSignal(h.view.incident_clicked, timeout=5_000) as clicked:
        h.js(
            f"document.elementFromPoint({ix}, {iy}).dispatchEvent(new MouseEvent("
            f"'click', {{bubbles: true, cancelable: true, clientX: {ix},"
            f" clientY: {iy}}})); true"
        )
    assert clicked.args == ["i1"]


def test_clicking_a_point_reports_layer_and_id(open_map, qtbot):
    h = open_map()
    h.view.set_layer("shelters", [team("s9", status="开放")])
    h.wait_js("consoleMap.layerCount('shelters')", 1)
    x, y = h.js_json(POINT_ON_SCREEN.format(layer="shelters", id="s9"))

    with qtbot.waitSignal(h.view.resource_clicked, timeout=5_000) as clicked:
        h.js(
            f"document.elementFromPoint({x}, {y}).dispatchEvent(new MouseEvent("
            f"'click', {{bubbles: true, cancelable: true, clientX: {x},"
            f" clientY: {y}}})); true"
        )
    assert clicked.args == ["shelters", "s9"]


def test_show_radius_draws_the_circle_and_highlights_the_selection(open_map):
    h = open_map()
    h.view.set_layer("teams", [team("near"), team("far", lat=29.65)])
    h.view.set_layer("depots", [team("dep", lon=121.56)])
    h.view.show_radius(29.8, 121.55, 5, ["near", "dep", "unknown"])

    h.wait_js("consoleMap.radiusShown()")
    assert h.js_json("consoleMap.highlightedIds()") == ["dep", "near"]
    assert h.js("consoleMap.layerMarker('teams', 'near').options.weight") == 4
    assert h.js("consoleMap.layerMarker('teams', 'far').options.weight") == 2
    radius = "consoleMapInternals.map.getBounds().getNorth() - 29.8"
    assert h.js(radius) > 5 / 111.2  # the whole circle is in view

    h.view.clear_radius()
    h.wait_js("consoleMap.radiusShown()", False)
    assert h.js("consoleMap.layerMarker('teams', 'near').options.weight") == 2


def test_painted_means_the_calls_made_while_loading_have_run(make_view, map_page):
    # The snapshot command sets the layers before the page is ready and
    # grabs as soon as it is painted: the grab must show those layers.
    h = make_view()
    h.view.load_page(map_page)
    h.view.set_layer("teams", [team("t1"), team("t2", lat=29.7)])

    h.view.wait_until_painted(15_000)

    assert h.view.is_ready
    assert h.js("consoleMap.layerCount('teams')") == 2
