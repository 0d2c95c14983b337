"""Start-up benchmark: process start to a painted situation map.

Run on demand, not as a test::

    .venv/bin/python benchmarks/startup.py [--runs 5]

Times the real ``python -m console snapshot`` in a subprocess against a
baseline measured in the same run: a bare QWebEngineView showing a bare
Leaflet page (Leaflet from the same ``xstatic-leaflet`` package) that draws
the same district outline. The ratio says how much the console adds on top of
what QtWebEngine and Leaflet cost anyway. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import xstatic.pkg.leaflet

ROOT = Path(__file__).resolve().parent.parent
OUTLINE = ROOT / "resources" / "seed" / "yinzhou_330212.geojson"
PAINTED_MARK = "painted"
SNAPSHOT_MARK = "snapshot written to"

# The baseline app, written to the temporary folder so it cannot import
# anything of the console. It waits for a painted map the way
# maps/render.py does (same probe interval and colour threshold), then saves
# the grab as PNG as the snapshot command does, so both do the same work.
BASELINE_APP = """\
import sys

import numpy as np
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QImage
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWidgets import QApplication

PROBE = "typeof L === 'object' && window.outlineDrawn === true"
POLL_INTERVAL_MS = 100
MIN_COLOURS = 20


def distinct_colours(image):
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    words = rgb.bytesPerLine() // 4
    pixels = np.frombuffer(rgb.constBits(), dtype=np.uint32, count=rgb.height() * words)
    pixels = pixels.reshape(rgb.height(), words)[:, : rgb.width()] & 0x00FFFFFF
    return int(np.unique(pixels).size)


page, out = sys.argv[1], sys.argv[2]
width, height = int(sys.argv[3]), int(sys.argv[4])
app = QApplication(sys.argv[:1])
view = QWebEngineView()
view.settings().setAttribute(
    QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, True
)
view.resize(width, height)
view.show()
view.setUrl(QUrl.fromLocalFile(page))
state = {"js": False}


def on_probe(result):
    state["js"] = result is True


def tick():
    if not state["js"]:
        view.page().runJavaScript(PROBE, 0, on_probe)
        return
    image = view.grab().toImage()
    if distinct_colours(image) > MIN_COLOURS:
        timer.stop()
        image.save(out, "PNG")
        print("painted", flush=True)
        app.quit()


timer = QTimer()
timer.timeout.connect(tick)
timer.start(POLL_INTERVAL_MS)
sys.exit(app.exec())
"""

BASELINE_PAGE = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<link rel="stylesheet" href="leaflet/leaflet.css">
<script src="leaflet/leaflet.js"></script>
<style>html, body, #map {{ margin: 0; width: 100%; height: 100%; }}</style>
</head><body><div id="map"></div>
<script>
var map = L.map("map");
var outline = L.geoJSON({outline}, {{color: "#1f4e79", weight: 2.5}}).addTo(map);
map.fitBounds(outline.getBounds());
window.outlineDrawn = true;
</script></body></html>
"""


@dataclass(frozen=True)
class Timing:
    """One run: seconds from process start to the painted mark and to exit."""

    painted: float
    exited: float


class RunFailed(Exception):
    """A measured process failed or did not report a painted map."""


def measure(
    command: list[str], mark: str, *, cwd: Path, log: Path, timeout: float
) -> Timing:
    """Run ``command`` and time it until a stdout line starts with ``mark``.

    stderr (Qt and Chromium chatter) goes to ``log`` rather than a pipe, so a
    full pipe can never stall the process being timed.

    Raises:
        RunFailed: The process failed, timed out or never printed ``mark``.
    """
    painted = None
    with log.open("w") as errors:
        start = time.perf_counter()
        # A session of its own, so a hung run can be killed together with the
        # QtWebEngineProcess children that share its stdout.
        process = subprocess.Popen(
            command,
            cwd=cwd,
            env=child_environment(),
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            start_new_session=True,
        )
        killed = threading.Event()
        watchdog = threading.Timer(timeout, kill_tree, (process, killed))
        watchdog.start()
        try:
            assert process.stdout is not None
            for line in process.stdout:
                if painted is None and line.startswith(mark):
                    painted = time.perf_counter() - start
            process.wait()
            exited = time.perf_counter() - start
        finally:
            watchdog.cancel()
    if process.returncode != 0 or painted is None:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        if killed.is_set():
            status = f"was killed after {timeout:g} s"
        else:
            status = f"exited with {process.returncode} after {exited:.1f} s"
        raise RunFailed(f"{shlex.join(command)} {status}:\n{tail}")
    return Timing(painted=painted, exited=exited)


def kill_tree(process: subprocess.Popen[str], killed: threading.Event) -> None:
    """Kill a run that is over time, with its children where the OS allows."""
    killed.set()
    if hasattr(os, "killpg"):
        os.killpg(process.pid, signal.SIGKILL)
    else:
        process.kill()


def child_environment() -> dict[str, str]:
    """The same headless Qt set-up for the console and the baseline."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Unbuffered, so the painted mark arrives when printed, not at exit.
    env["PYTHONUNBUFFERED"] = "1"
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium refuses to run as root with its sandbox on.
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
    return env


def write_baseline(folder: Path) -> tuple[Path, Path]:
    """Write the bare Leaflet page and the baseline app; return both paths."""
    leaflet = Path(xstatic.pkg.leaflet.BASE_DIR)
    shutil.copytree(leaflet, folder / "leaflet")
    outline = json.dumps(json.loads(OUTLINE.read_text(encoding="utf-8")))
    page = folder / "index.html"
    page.write_text(BASELINE_PAGE.format(outline=outline), encoding="utf-8")
    app = folder / "baseline.py"
    app.write_text(BASELINE_APP, encoding="utf-8")
    return page, app


def summary(label: str, values: list[float]) -> str:
    median = statistics.median(values)
    return f"  {label:<28} {median:7.2f} {min(values):7.2f} {max(values):7.2f}"


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each (5)")
    parser.add_argument(
        "--python", default=sys.executable, help="Python with the console installed"
    )
    parser.add_argument("--size", default="1600x900", help="window size (1600x900)")
    parser.add_argument(
        "--timeout", type=float, default=120.0, help="seconds per run (120)"
    )
    parser.add_argument(
        "--images",
        type=Path,
        help="copy the last console and baseline PNGs here, to look at",
    )
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def run(args: argparse.Namespace, scratch: Path) -> int:
    width, height = args.size.lower().split("x")
    data_dir = scratch / "data"
    page, baseline_app = write_baseline(scratch / "baseline")
    console = [args.python, "-m", "console", "--data-dir", str(data_dir)]
    console += ["snapshot", "--out", str(scratch / "console.png"), "--size", args.size]
    baseline = [args.python, str(baseline_app), str(page)]
    baseline += [str(scratch / "baseline.png"), width, height]

    def time_console() -> Timing:
        log = scratch / "console.log"
        return measure(console, SNAPSHOT_MARK, cwd=ROOT, log=log, timeout=args.timeout)

    def time_baseline() -> Timing:
        log = scratch / "baseline.log"
        return measure(
            baseline, PAINTED_MARK, cwd=scratch, log=log, timeout=args.timeout
        )

    # The first console run creates and seeds the database; it is reported on
    # its own. One baseline run warms the file cache the same way.
    first = time_console()
    time_baseline()
    console_times: list[Timing] = []
    baseline_times: list[Timing] = []
    for index in range(args.runs):
        # Interleaved, so drift in machine load hits both alike.
        console_times.append(time_console())
        baseline_times.append(time_baseline())
        print(
            f"run {index + 1}/{args.runs}: console "
            f"{console_times[-1].painted:.2f} s, baseline "
            f"{baseline_times[-1].painted:.2f} s",
            flush=True,
        )
    report(args, first, console_times, baseline_times)
    if args.images:
        args.images.mkdir(parents=True, exist_ok=True)
        for name in ("console.png", "baseline.png"):
            shutil.copy2(scratch / name, args.images / name)
    return 0


def report(
    args: argparse.Namespace,
    first: Timing,
    console: list[Timing],
    baseline: list[Timing],
) -> None:
    print(f"\nstart-up, process start to painted map, {args.size}, {args.runs} runs")
    print(f"  {'seconds':<28} {'median':>7} {'min':>7} {'max':>7}")
    print(summary("console (seeded data dir)", [t.painted for t in console]))
    print(summary("baseline (bare Leaflet)", [t.painted for t in baseline]))
    print(summary("console, until exit", [t.exited for t in console]))
    print(summary("baseline, until exit", [t.exited for t in baseline]))
    ratio = statistics.median(t.painted for t in console) / statistics.median(
        t.painted for t in baseline
    )
    print(f"ratio console/baseline (medians, to painted): {ratio:.2f}")
    print(
        f"console first run (new data dir: migrate + seed): {first.painted:.2f} s "
        f"to painted, {first.exited:.2f} s until exit"
    )


def main() -> int:
    args = parse_args()
    with tempfile.TemporaryDirectory(prefix="eoc-startup-") as folder:
        try:
            return run(args, Path(folder))
        except RunFailed as error:
            print(f"startup benchmark: a run failed: {error}", file=sys.stderr)
            return 1


if __name__ == "__main__":
    sys.exit(main())
