"""Fixtures for map tests: one built page per session and a view harness.

Every wait in the harness first checks whether the view reported a failure
(render process gone, page not ready), so a crashed Chromium fails the test
at once instead of letting it run into a timeout or hang.

Widget tests (boards, dialogs, log pane, main window) use a real console on
a temporary SQLite database and ``FakeMapView`` instead of Chromium.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QElapsedTimer, Signal
from PySide6.QtWebEngineCore import QWebEngineSettings
from PySide6.QtWidgets import QApplication, QWidget

from console.context import ConsoleContext, open_console
from console.domain.incidents import Figures, IncidentDraft, IntakeDetails
from console.ops.duty import take_duty
from console.ops.incidents import create_incident
from console.resources.sample import planned_counts, populate
from console.sound import SoundStatus
from console.store.models import Incident
from maps.layers import LAYER_NAMES, layer_item
from maps.page import build_map_page
from maps.view import MapView
from widgets.changes import OpChangesRelay
from widgets.fonts import ensure_cjk_font
from widgets.i18n import install_translator
from widgets.incident_board import IncidentBoard
from widgets.incident_source import IncidentSource
from widgets.mainwindow import MainWindow

REPO = Path(__file__).resolve().parents[2]
BOUNDARY_FILE = REPO / "resources" / "seed" / "yinzhou_330212.geojson"
CENTER = (29.75, 121.6)
VIEW_SIZE = (800, 600)
READY_TIMEOUT_MS = 10_000


@dataclass
class MapHarness:
    """A shown MapView plus helpers that run JavaScript synchronously."""

    qtbot: Any
    view: MapView
    failures: list[str] = field(default_factory=list)
    allow_failures: bool = False

    def check(self) -> None:
        if self.failures and not self.allow_failures:
            pytest.fail(f"map view failed: {self.failures[0]}")

    def wait(self, predicate: Callable[[], Any], timeout: int = 5_000) -> None:
        def ok() -> None:
            self.check()
            assert predicate()

        self.qtbot.waitUntil(ok, timeout=timeout)

    def js(self, script: str, timeout: int = 5_000) -> Any:
        box: list[Any] = []
        self.view.evaluate(script, box.append)
        self.wait(lambda: box, timeout)
        return box[0]

    def js_json(self, expression: str, timeout: int = 5_000) -> Any:
        """Evaluate an expression whose value is an array or object."""
        value = self.js(expression, timeout)
        assert isinstance(value, list | dict), f"{expression!r} gave {value!r}"
        return value

    def wait_js(self, script: str, expected: Any = True, timeout: int = 5_000) -> None:
        clock = QElapsedTimer()
        clock.start()
        while (result := self.js(script)) != expected:
            if clock.elapsed() > timeout:
                pytest.fail(f"{script!r} stayed {result!r}, expected {expected!r}")
            self.qtbot.wait(50)


@pytest.fixture(scope="session")
def boundary() -> dict[str, Any]:
    return json.loads(BOUNDARY_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def map_page(tmp_path_factory: pytest.TempPathFactory, boundary) -> Path:
    out_dir = tmp_path_factory.mktemp("map")
    return build_map_page(out_dir, boundary, center=CENTER, zoom=10)


@pytest.fixture
def make_view(qtbot) -> Iterator[Callable[..., MapHarness]]:
    """Create shown MapViews; the harness records their failures."""
    harnesses: list[MapHarness] = []

    def make(*, remote_urls: bool = False, ready_timeout_ms: int = 15_000):
        view = MapView(ready_timeout_ms=ready_timeout_ms)
        qtbot.addWidget(view)
        view.resize(*VIEW_SIZE)
        if remote_urls:
            # Simulates a misconfigured engine, to prove the guard alone holds.
            view.page().settings().setAttribute(
                QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True
            )
        harness = MapHarness(qtbot, view)
        view.failed.connect(harness.failures.append)
        view.show()
        harnesses.append(harness)
        return harness

    yield make
    for harness in harnesses:
        harness.check()


@pytest.fixture
def open_map(make_view, map_page) -> Callable[..., MapHarness]:
    """Load a page into a new view and wait until ``consoleMap.ready``."""

    def open_(page: Path | None = None, **kwargs: Any) -> MapHarness:
        harness = make_view(**kwargs)
        harness.view.load_page(page or map_page)
        harness.wait(lambda: harness.view.is_ready, timeout=READY_TIMEOUT_MS)
        return harness

    return open_


# --- Widget tests: a real temporary console and a stand-in for the map ------


class FakeMapView(QWidget):
    """A stand-in for ``maps.view.MapView`` that records every call.

    It has the same signals and methods, so the main window can be tested
    without starting Chromium; tests emit its signals to play the officer.
    """

    incident_clicked = Signal(str)
    context_requested = Signal(float, float)
    ready = Signal()
    failed = Signal(str)
    resource_clicked = Signal(str, str)
    layer_toggled = Signal(str, bool)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.markers: dict[str, dict[str, Any]] = {}
        # Resource layers as the page would hold them: layer -> id -> point.
        self.layers: dict[str, dict[str, dict[str, Any]]] = {
            name: {} for name in LAYER_NAMES
        }
        self.visible = {name: name != "businesses" for name in LAYER_NAMES}
        self.filters: dict[str, Any] = {}
        self.labels: dict[str, str] = {}
        self.radius: tuple[float, float, float, list[str]] | None = None

    def load_page(self, path: Path) -> None:
        self.calls.append(("load_page", (path,)))

    def upsert_incidents(self, incidents: list[dict[str, Any]]) -> None:
        self.calls.append(("upsert_incidents", (incidents,)))
        for item in incidents:
            self.markers[item["id"]] = dict(item)

    def remove_incident(self, incident_id: str) -> None:
        self.calls.append(("remove_incident", (incident_id,)))
        self.markers.pop(incident_id, None)

    def select_incident(self, incident_id: str) -> None:
        self.calls.append(("select_incident", (incident_id,)))

    def center_on(self, lat: float, lon: float, zoom: int | None = None) -> None:
        self.calls.append(("center_on", (lat, lon, zoom)))

    def set_layer(self, name: str, items: Any, callback: Any = None) -> None:
        points = [layer_item(item) for item in items]
        self.calls.append(("set_layer", (name, points)))
        self.layers[name] = {p["id"]: p for p in points}

    def upsert_layer_items(self, name: str, items: Any, callback: Any = None) -> None:
        points = [layer_item(item) for item in items]
        self.calls.append(("upsert_layer_items", (name, points)))
        self.layers[name].update((p["id"], p) for p in points)

    def remove_layer_items(self, name: str, ids: Any, callback: Any = None) -> None:
        ids = [str(i) for i in ids]
        self.calls.append(("remove_layer_items", (name, ids)))
        for point_id in ids:
            self.layers[name].pop(point_id, None)

    def set_layer_visible(self, name: str, visible: bool) -> None:
        self.calls.append(("set_layer_visible", (name, visible)))
        if self.visible[name] != visible:
            self.visible[name] = visible
            self.layer_toggled.emit(name, visible)

    def set_layer_filter(self, name: str, layer_filter: Any) -> None:
        self.calls.append(("set_layer_filter", (name, layer_filter)))
        self.filters[name] = layer_filter

    def set_layer_labels(self, labels: dict[str, str]) -> None:
        self.calls.append(("set_layer_labels", (labels,)))
        self.labels.update(labels)

    def show_radius(self, lat: float, lon: float, km: float, ids: Any = ()) -> None:
        self.radius = (lat, lon, km, sorted(str(i) for i in ids))
        self.calls.append(("show_radius", self.radius))

    def clear_radius(self) -> None:
        self.calls.append(("clear_radius", ()))
        self.radius = None

    def called(self, name: str) -> list[tuple[Any, ...]]:
        return [args for call, args in self.calls if call == name]


class FakeClock:
    """A clock tests move by hand; never sleeps, never reads the real time."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


class FakePlayer:
    """Stands in for ``console.sound.AlarmPlayer``: records, never plays."""

    def __init__(self, *, available: bool = True, reason: str = "") -> None:
        self.status = SoundStatus(available, reason)
        self.played: list[Any] = []

    def play(self, samples: Any) -> bool:
        if not self.status.available:
            return False
        self.played.append(samples)
        return True


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock(datetime(2026, 5, 1, 1, 0, tzinfo=UTC))


@pytest.fixture
def fake_player() -> FakePlayer:
    return FakePlayer()


@pytest.fixture
def console_context(tmp_path: Path) -> Iterator[ConsoleContext]:
    """A real console on a temporary SQLite database, officer on duty."""
    context = open_console(tmp_path)
    take_duty(context.operations, "张伟")
    yield context
    context.close()


@pytest.fixture
def resource_sample(console_context) -> dict[str, Any]:
    """A small synthetic roster (teams, depots with stock, shelters, experts)."""
    counts = planned_counts(0.05, businesses=30)
    return populate(console_context.operations, console_context.outline, counts)


@pytest.fixture
def new_fake_map(qtbot) -> Callable[[], FakeMapView]:
    """Create fake map views (a second window needs its own)."""

    def make() -> FakeMapView:
        view = FakeMapView()
        qtbot.addWidget(view)
        return view

    return make


@pytest.fixture
def fake_map(new_fake_map) -> FakeMapView:
    return new_fake_map()


@pytest.fixture
def make_window(
    qtbot, console_context, fake_map, fake_player
) -> Callable[..., MainWindow]:
    """Build and show a main window on the test console.

    The map is a fake by default, and alarm sounds go to ``fake_player``.
    """

    def make(map_view: QWidget | None = None, **kwargs: Any) -> MainWindow:
        kwargs.setdefault("alarm_player", fake_player)
        window = MainWindow(console_context, map_view=map_view or fake_map, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def add_incident(console_context, fake_clock) -> Callable[..., Incident]:
    """Register an incident; by default a 较大 fire received at the fake now."""

    def add(title: str = "钟公庙街道 民房火灾", **changes: Any) -> Incident:
        received = changes.pop("received_at", fake_clock())
        figures = changes.pop("figures", Figures())
        values: dict[str, Any] = {
            "title": title,
            "category": "accident",
            "type": "fire",
            "occurred_at": received,
            "lat": 29.81,
            "lon": 121.56,
            "grade": "III",
            "grade_reason": "现场报告",
        }
        values.update(changes)
        details = IntakeDetails(received_at=received, figures=figures)
        draft = IncidentDraft(details=details, **values)
        return create_incident(console_context.operations, draft)

    return add


@pytest.fixture
def make_board(qtbot, console_context, fake_clock) -> Callable[..., IncidentBoard]:
    """Boards on the test console with a fake clock.

    The relay and incident source are made with the first board, so the
    incidents registered before it are there at once.
    """
    shared: list[Any] = []

    def make(**kwargs: Any) -> IncidentBoard:
        if not shared:
            relay = OpChangesRelay(console_context.operations)
            shared.extend((relay, IncidentSource(console_context.database, relay)))
        relay, source = shared
        kwargs.setdefault("clock", fake_clock)
        board = IncidentBoard(console_context, source, relay, **kwargs)
        board.keep = (relay, source)
        qtbot.addWidget(board)
        board.resize(360, 900)
        board.show()
        return board

    return make


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """Run the test with the English UI (no translator installed)."""
    install_translator(qapp, "en")
    yield
    install_translator(qapp, "en")


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """Run the test with the Chinese UI and a CJK application font."""
    assert install_translator(qapp, "zh_CN")
    ensure_cjk_font(qapp)
    yield
    install_translator(qapp, "en")


@pytest.fixture
def activate(qtbot) -> Callable[[QWidget], None]:
    """Make a shown window active, which keyboard shortcuts require.

    The offscreen platform only activates a window on request.
    """

    def activate_(window: QWidget) -> None:
        window.windowHandle().requestActivate()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    return activate_
