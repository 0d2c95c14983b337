"""Map layer benchmark: 25,000 business points, and one live marker update.

Run on demand, not as a test::

    .venv/bin/python benchmarks/map_layers.py [--runs 5] [--points 25000]

1. Loading the business layer into the real console map page through
   ``MapView.set_layer`` (trimmed items, chunks, id bookkeeping, filters,
   the shared canvas) against a bare Leaflet page that draws the same
   points as ``L.circleMarker`` on an ``L.canvas`` in a single call, in the
   same process and run, alternating. Both clocks run from the Python call
   until the page's acknowledgement of the last call ("ack"), and until two
   animation frames later ("drawn", polled every 2 ms in both pages).
   Goal: console/baseline ≤ 1.5.
2. One live update of a team's marker through the bridge
   (``MapView.upsert_layer_items`` with one item) with the 25,000 points on
   the map: from the Python call to the page's acknowledgement arriving
   back in Python. Goal: ≤ 16 ms (one frame at 60 Hz).

See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if hasattr(os, "geteuid") and os.geteuid() == 0:
    # Chromium refuses to run as root with its sandbox on.
    os.environ.setdefault("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")

import PySide6.QtWebEngineWidgets  # noqa: E402, F401  (before QApplication)
import xstatic.pkg.leaflet  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer, QUrl  # noqa: E402
from PySide6.QtWebEngineCore import QWebEngineSettings  # noqa: E402
from PySide6.QtWebEngineWidgets import QWebEngineView  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from console.geo import DistrictOutline  # noqa: E402
from console.resources.sample import BUSINESS_KINDS, points_inside  # noqa: E402
from maps.page import build_map_page  # noqa: E402
from maps.script import run_script  # noqa: E402
from maps.view import MapView  # noqa: E402

OUTLINE = ROOT / "resources" / "seed" / "yinzhou_330212.geojson"
SIZE = (1200, 800)
CENTER = (29.76, 121.67)
DRAWN = "window.__drawn === true"
ARM_DRAWN = (
    "window.__drawn = false; requestAnimationFrame(() =>"
    " requestAnimationFrame(() => { window.__drawn = true; })); true"
)

# The same dots as the console's business layer (maps/js/resource_layers.js).
BASELINE_PAGE = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="leaflet/leaflet.css">
<script src="leaflet/leaflet.js"></script>
<style>html, body, #map {{ margin: 0; width: 100%; height: 100%; }}</style>
</head><body><div id="map"></div>
<script>
var map = L.map("map").setView([{lat}, {lon}], 10);
var renderer = L.canvas({{padding: 0.3}});
var group = L.layerGroup().addTo(map);
var STYLE = {{renderer: renderer, radius: 2.5, stroke: false,
  fillColor: "#8d6e63", fillOpacity: 0.55}};
function addPoints(points) {{
  for (var i = 0; i < points.length; i += 1) {{
    group.addLayer(L.circleMarker(points[i], STYLE));
  }}
  return points.length;
}}
function clearPoints() {{ group.clearLayers(); return true; }}
window.ready = true;
</script></body></html>
"""


def wait_for(done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop until ``done()``; raise after ``timeout`` seconds."""
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the page did not answer in time")
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)


def js(view: QWebEngineView, script: str) -> Any:
    box: list[Any] = []
    run_script(view.page(), script, box.append)
    wait_for(lambda: bool(box))
    return box[0]


def wait_drawn(view: QWebEngineView) -> None:
    js(view, ARM_DRAWN)
    while js(view, DRAWN) is not True:
        pause(2)


def pause(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def business_points(count: int) -> list[dict[str, Any]]:
    """``count`` synthetic business points inside the district."""
    outline = DistrictOutline(json.loads(OUTLINE.read_text(encoding="utf-8")))
    rng = random.Random(330212)
    return [
        {
            "id": f"b{n:05d}",
            "name": f"【演示】商户{n:05d}",
            "kind": rng.choice(BUSINESS_KINDS),
            "lat": lat,
            "lon": lon,
            "synthetic": True,
        }
        for n, (lat, lon) in enumerate(points_inside(outline, count, rng))
    ]


def team_points(count: int) -> list[dict[str, Any]]:
    return [
        {
            "id": f"t{n}",
            "name": f"救援队{n}",
            "kind": "专业",
            "status": "待命",
            "lat": 29.62 + 0.28 * n / count,
            "lon": 121.46 + 0.42 * ((n * 7) % count) / count,
        }
        for n in range(count)
    ]


class Console:
    """The real console map page in a ``MapView``."""

    def __init__(self, page: Path) -> None:
        self.page = page
        self.view = MapView()
        self.view.resize(*SIZE)
        self.view.show()

    def load(self) -> None:
        # ``is_ready`` is still true from the last load until the new one
        # starts, so wait for the ready signal of this load.
        loads: list[bool] = []

        def loaded() -> None:
            loads.append(True)

        self.view.ready.connect(loaded)
        self.view.load_page(self.page)
        wait_for(lambda: bool(loads))
        self.view.ready.disconnect(loaded)
        self.view.set_layer_visible("businesses", True)
        if js(self.view, "consoleMap.layerCount('businesses')") != 0:
            raise RuntimeError("the page was not loaded afresh")

    def measure(self, points: list[dict[str, Any]]) -> tuple[float, float]:
        answer: list[Any] = []
        start = time.perf_counter()
        self.view.set_layer("businesses", points, callback=answer.append)
        wait_for(lambda: bool(answer))
        ack = time.perf_counter() - start
        wait_drawn(self.view)
        drawn = time.perf_counter() - start
        if answer != [len(points)]:
            raise RuntimeError(f"console layer holds {answer}, not {len(points)}")
        return ack, drawn


class Baseline:
    """A bare Leaflet page with one canvas, fed in a single call."""

    def __init__(self, folder: Path) -> None:
        shutil.copytree(xstatic.pkg.leaflet.BASE_DIR, folder / "leaflet")
        self.page = folder / "baseline.html"
        self.page.write_text(
            BASELINE_PAGE.format(lat=CENTER[0], lon=CENTER[1]), encoding="utf-8"
        )
        self.view = QWebEngineView()
        self.view.settings().setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True
        )
        self.view.resize(*SIZE)
        self.view.show()

    def load(self) -> None:
        loads: list[bool] = []
        self.view.loadFinished.connect(loads.append)
        self.view.setUrl(QUrl.fromLocalFile(str(self.page)))
        wait_for(lambda: bool(loads))
        self.view.loadFinished.disconnect(loads.append)
        if loads != [True] or js(self.view, "group.getLayers().length") != 0:
            raise RuntimeError("the baseline page was not loaded afresh")

    def measure(self, points: list[dict[str, Any]]) -> tuple[float, float]:
        answer: list[Any] = []
        start = time.perf_counter()
        coords = [[p["lat"], p["lon"]] for p in points]
        run_script(self.view.page(), f"addPoints({json.dumps(coords)})", answer.append)
        wait_for(lambda: bool(answer))
        ack = time.perf_counter() - start
        wait_drawn(self.view)
        drawn = time.perf_counter() - start
        if answer != [len(points)]:
            raise RuntimeError(f"baseline drew {answer}, not {len(points)}")
        return ack, drawn


def live_updates(console: Console, rounds: int) -> list[float]:
    """Round trips of one team marker update, with the full layers loaded."""
    teams = team_points(400)
    done: list[Any] = []
    console.view.set_layer("teams", teams, callback=done.append)
    wait_for(lambda: bool(done))
    times = []
    for n in range(rounds):
        moved = dict(teams[n % len(teams)])
        moved["lat"] += 0.001
        moved["status"] = "出动" if n % 2 else "待命"
        answer: list[Any] = []
        start = time.perf_counter()
        console.view.upsert_layer_items("teams", [moved], callback=answer.append)
        wait_for(lambda answer=answer: bool(answer))
        times.append(time.perf_counter() - start)
        if answer != [1]:
            raise RuntimeError(f"update answered {answer}")
        pause(5)
    return times


def row(label: str, values: list[float], scale: float = 1000.0) -> str:
    cells = [statistics.median(values), min(values), max(values)]
    return f"  {label:<34}" + "".join(f"{v * scale:9.1f}" for v in cells)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--points", type=int, default=25_000)
    parser.add_argument("--updates", type=int, default=50)
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    points = business_points(args.points)
    with tempfile.TemporaryDirectory() as folder:
        outline = json.loads(OUTLINE.read_text(encoding="utf-8"))
        page = build_map_page(Path(folder) / "map", outline, center=CENTER, zoom=10)
        console = Console(page)
        baseline = Baseline(Path(folder))
        results: dict[str, list[tuple[float, float]]] = {"console": [], "base": []}
        for run in range(args.runs + 1):  # run 0 warms both up, not counted
            for name, side in (("console", console), ("base", baseline)):
                side.load()
                timing = side.measure(points)
                if run:
                    results[name].append(timing)
            if run:
                c, b = results["console"][-1], results["base"][-1]
                print(
                    f"run {run}/{args.runs}: console {c[0] * 1000:.0f} ms"
                    f" (drawn {c[1] * 1000:.0f}), baseline {b[0] * 1000:.0f} ms"
                    f" (drawn {b[1] * 1000:.0f})",
                    flush=True,
                )
        updates = live_updates(console, args.updates)
        app.processEvents()

    print()
    print(f"{args.points} business points, {SIZE[0]}x{SIZE[1]}, {args.runs} runs")
    print(f"  {'milliseconds':<34}{'median':>9}{'min':>9}{'max':>9}")
    for name, label in (("console", "console set_layer"), ("base", "bare Leaflet")):
        acks = [t[0] for t in results[name]]
        drawn = [t[1] for t in results[name]]
        print(row(f"{label}, ack", acks))
        print(row(f"{label}, drawn", drawn))
    for index, what in ((0, "ack"), (1, "drawn")):
        ratio = statistics.median(t[index] for t in results["console"]) / (
            statistics.median(t[index] for t in results["base"])
        )
        print(f"ratio console/baseline ({what}, medians): {ratio:.2f} (goal <= 1.5)")
    print()
    ordered = sorted(updates)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(
        f"live update of one marker, Python call to JS acknowledgement,"
        f" {len(updates)} updates: median {statistics.median(updates) * 1000:.2f} ms,"
        f" p95 {p95 * 1000:.2f} ms, max {max(updates) * 1000:.2f} ms (goal <= 16 ms)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
