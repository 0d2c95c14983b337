"""The map widget: an offline QWebEngineView driven through ``consoleMap``."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QElapsedTimer, QFile, QIODevice, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QImage, QShowEvent
from PySide6.QtWebChannel import QWebChannel
from PySide6.QtWebEngineCore import (
    QWebEngineLoadingInfo,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineScript,
    QWebEngineSettings,
)
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QWidget

from maps.bridge import MapBridge
from maps.guard import OfflineRequestGuard, is_local
from maps.layers import check_layer, chunked, pack
from maps.render import wait_until_painted
from maps.script import JsCallback, js_literal, run_script

log = logging.getLogger("eoc.map")

WEB_CHANNEL_JS = ":/qtwebchannel/qwebchannel.js"
READY_PROBE = "!!(window.consoleMap && window.consoleMap.ready === true)"


def same_document(url: QUrl, other: QUrl) -> bool:
    """Compare two URLs, ignoring their fragments."""
    # String split: PySide6 6.12 rejects QUrl.RemoveFragment in adjusted().
    return url.toString().partition("#")[0] == other.toString().partition("#")[0]


@functools.cache
def _web_channel_source() -> str:
    """Read Qt's own qwebchannel.js from the QtWebChannel resources."""
    source = QFile(WEB_CHANNEL_JS)
    if not source.open(QIODevice.OpenModeFlag.ReadOnly):
        raise RuntimeError(f"Qt resource {WEB_CHANNEL_JS} is missing")
    try:
        return bytes(source.readAll().data()).decode("utf-8")
    finally:
        source.close()


def _web_channel_script() -> QWebEngineScript:
    """Inject qwebchannel.js before any page script runs.

    Injection avoids loading a ``qrc:`` script from a ``file:`` page and makes
    ``QWebChannel`` exist before ``console_map.js`` executes.
    """
    script = QWebEngineScript()
    script.setName("qwebchannel.js")
    script.setSourceCode(_web_channel_source())
    script.setInjectionPoint(QWebEngineScript.InjectionPoint.DocumentCreation)
    script.setWorldId(QWebEngineScript.ScriptWorldId.MainWorld)
    script.setRunsOnSubFrames(False)
    return script


class _MapPage(QWebEnginePage):
    """A page that stays on the map and never opens JavaScript dialogs.

    A modal alert would freeze an unattended console, and following any link
    would replace the map with another page or an error page.

    Attributes:
        home: The map page URL; the only document the main frame may show.
        dialogs: ``(kind, message)`` of every suppressed JavaScript dialog.
    """

    def __init__(
        self, profile: QWebEngineProfile, guard: OfflineRequestGuard, parent: QWidget
    ) -> None:
        super().__init__(profile, parent)
        self._guard = guard
        self.home = QUrl()
        self.dialogs: list[tuple[str, str]] = []

    def acceptNavigationRequest(
        self, url: QUrl | str, nav_type: QWebEnginePage.NavigationType, main: bool
    ) -> bool:
        url = QUrl(url)
        if not is_local(url.scheme()):
            self._guard.record(url.toString(), f"navigation ({nav_type.name})")
            return False
        if main and not same_document(url, self.home):
            log.warning("Refused to leave the map page for %s", url.toString())
            return False
        return True

    def javaScriptAlert(self, origin: QUrl | str, msg: str) -> None:
        self._suppress("alert", msg)

    def javaScriptConfirm(self, origin: QUrl | str, msg: str) -> bool:
        self._suppress("confirm", msg)
        return False

    def javaScriptPrompt(
        self, origin: QUrl | str, msg: str, default: str
    ) -> tuple[bool, str]:
        self._suppress("prompt", msg)
        return False, ""

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line: int,
        source: str,
    ) -> None:
        info = QWebEnginePage.JavaScriptConsoleMessageLevel.InfoMessageLevel
        log.log(
            logging.DEBUG if level == info else logging.WARNING,
            "JS %s:%d: %s",
            source,
            line,
            message,
        )

    def _suppress(self, kind: str, message: str) -> None:
        self.dialogs.append((kind, message))
        log.warning("Suppressed a JavaScript %s on the map: %r", kind, message)


class MapView(QWebEngineView):
    """Shows the offline map page and pushes incidents into it.

    Each view has its own off-the-record profile, so its request guard and
    storage are private. Calls made before the page is ready are queued and
    run, in order, once ``consoleMap.ready`` is true in the page.

    Signals:
        incident_clicked(str): An incident marker was clicked; carries its id.
        context_requested(float, float): Right-click on the map at (lat, lon).
        ready(): The page script is initialised; queued calls have been run.
        failed(str): The page did not load, did not become ready in time, or
            its render process ended. Carries an English description.
        resource_clicked(str, str): A resource point was clicked; carries
            the layer name and the record id.
        layer_toggled(str, bool): A resource layer was switched on or off
            (in the page's layers control, or by ``set_layer_visible``).
    """

    incident_clicked = Signal(str)
    context_requested = Signal(float, float)
    ready = Signal()
    failed = Signal(str)
    resource_clicked = Signal(str, str)
    layer_toggled = Signal(str, bool)

    POLL_INTERVAL_MS = 100

    def __init__(
        self, parent: QWidget | None = None, *, ready_timeout_ms: int = 15_000
    ) -> None:
        super().__init__(parent)
        self._ready_timeout_ms = ready_timeout_ms
        self._ready = False
        self._load_generation = 0
        self._pending: list[tuple[str, JsCallback | None]] = []
        self._tile_failures: list[str] = []
        self._closing = False

        # Qt deletes children in the order they were parented. The page must
        # go before its web channel and profile, so those two are created
        # unparented and attached to the view only after the page exists.
        channel = QWebChannel()
        profile = QWebEngineProfile()
        self._guard = OfflineRequestGuard(profile)
        profile.setUrlRequestInterceptor(self._guard)
        self._page = _MapPage(profile, self._guard, self)
        channel.setParent(self)
        profile.setParent(self)
        self._channel = channel
        self._profile = profile

        self._bridge = MapBridge(channel)
        channel.registerObject("bridge", self._bridge)
        self._configure_page()
        self.setPage(self._page)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)

        self._poll = QTimer(self)
        self._poll.setInterval(self.POLL_INTERVAL_MS)
        self._poll.timeout.connect(self._probe_ready)
        self._since_load = QElapsedTimer()
        self._connect_signals()

    def _configure_page(self) -> None:
        settings = self._page.settings()
        attribute = QWebEngineSettings.WebAttribute
        settings.setAttribute(attribute.LocalContentCanAccessFileUrls, True)
        settings.setAttribute(attribute.LocalContentCanAccessRemoteUrls, False)
        # The channel must be set before the page loads, or the page's
        # qt.webChannelTransport is missing.
        self._page.setWebChannel(self._channel)
        self._page.scripts().insert(_web_channel_script())

    def _connect_signals(self) -> None:
        self._bridge.incident_clicked.connect(self.incident_clicked)
        self._bridge.context_requested.connect(self.context_requested)
        self._bridge.page_ready.connect(self._on_page_ready)
        self._bridge.tile_failed.connect(self._on_tile_failed)
        self._bridge.resource_clicked.connect(self.resource_clicked)
        self._bridge.layer_toggled.connect(self.layer_toggled)
        self._page.loadingChanged.connect(self._on_loading_changed)
        self._page.renderProcessTerminated.connect(self._on_render_terminated)

    @property
    def is_ready(self) -> bool:
        return self._ready

    @property
    def blocked_requests(self) -> list[str]:
        """URLs the offline guard refused, oldest first."""
        return self._guard.blocked

    @property
    def tile_failures(self) -> list[str]:
        """First failing tile URL of each page load, reported by the page."""
        return list(self._tile_failures)

    @property
    def js_dialogs(self) -> list[tuple[str, str]]:
        """JavaScript dialogs the page tried to open; they are never shown."""
        return list(self._page.dialogs)

    def allow_tile_server(self, url_template: str) -> None:
        """Let the page reach the configured tile server, and nothing else.

        Call before ``load_page``. A ``file:`` template needs nothing; an
        ``http(s):`` one switches on remote access for this page, with the
        guard still refusing every origin but the tile server's.
        """
        url = QUrl(url_template.replace("{", "").replace("}", ""))
        if is_local(url.scheme()) or not url.host():
            return
        self._guard.allow_origin(url)
        self._page.settings().setAttribute(
            QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls, True
        )
        log.info("Map may load tiles from %s://%s", url.scheme(), url.host())

    def load_page(self, path: Path) -> None:
        """Load a page written by :func:`maps.page.build_map_page`."""
        page = Path(path).resolve()
        if not page.is_file():
            QTimer.singleShot(
                0, self, lambda: self._fail(f"Map page {page} is missing")
            )
            return
        log.info("Loading map page %s", page)
        self._page.home = QUrl.fromLocalFile(str(page))
        self.setUrl(self._page.home)

    def upsert_incidents(self, incidents: Iterable[Mapping[str, Any]]) -> None:
        """Add incidents or update the markers of known ids in place."""
        self._call("upsertIncidents", [dict(item) for item in incidents])

    def remove_incident(self, incident_id: str) -> None:
        self._call("removeIncident", str(incident_id))

    def select_incident(self, incident_id: str) -> None:
        """Highlight an incident's marker and pan to it."""
        self._call("selectIncident", str(incident_id))

    def center_on(self, lat: float, lon: float, zoom: int | None = None) -> None:
        self._call("centerOn", lat, lon, zoom)

    # --- resource layers (maps/js/resource_layers.js) ------------------------

    def set_layer(
        self,
        name: str,
        items: Iterable[Mapping[str, Any]],
        callback: JsCallback | None = None,
    ) -> None:
        """Replace the points of a resource layer.

        The items go in chunks (``maps.layers.CHUNK``); points not among them
        are removed once the last chunk is in, so the layer never flashes
        empty. ``callback`` gets the layer's new size when the page is done.
        """
        check_layer(name)
        points = list(items)
        self._call("beginLayer", name)
        for part in chunked(points):
            self._call("upsertLayerItems", name, pack(part))
        self._call("endLayer", name, callback=callback)

    def upsert_layer_items(
        self,
        name: str,
        items: Iterable[Mapping[str, Any]],
        callback: JsCallback | None = None,
    ) -> None:
        """Add points or update known ids in place (a live update)."""
        check_layer(name)
        parts = list(chunked(list(items))) or [[]]
        for part in parts[:-1]:
            self._call("upsertLayerItems", name, pack(part))
        self._call("upsertLayerItems", name, pack(parts[-1]), callback=callback)

    def remove_layer_items(
        self, name: str, ids: Iterable[str], callback: JsCallback | None = None
    ) -> None:
        check_layer(name)
        self._call("removeLayerItems", name, [str(i) for i in ids], callback=callback)

    def set_layer_visible(self, name: str, visible: bool) -> None:
        """Switch a layer on or off, as its box in the layers control does."""
        self._call("setLayerVisible", check_layer(name), bool(visible))

    def set_layer_filter(
        self, name: str, layer_filter: Mapping[str, Iterable[str]] | None
    ) -> None:
        """Show only points whose ``kind`` and ``status`` are listed.

        ``{"kind": [...], "status": [...]}``; a missing or empty list, or no
        filter at all, lets every value through.
        """
        given = {key: list(values) for key, values in (layer_filter or {}).items()}
        self._call("setLayerFilter", check_layer(name), given or None)

    def set_layer_labels(self, labels: Mapping[str, str]) -> None:
        """Names in the layers control (and the sample-data tooltip line)."""
        self._call("setLayerLabels", dict(labels))

    def show_radius(
        self, lat: float, lon: float, km: float, selection_ids: Iterable[str] = ()
    ) -> None:
        """Draw the search circle, frame it and highlight the chosen points."""
        self._call("showRadius", lat, lon, km, [str(i) for i in selection_ids])

    def clear_radius(self) -> None:
        self._call("clearRadius")

    def evaluate(self, script: str, callback: JsCallback | None = None) -> None:
        """Run JavaScript in the page, or queue it until the page is ready.

        ``callback`` receives the result asynchronously, as the matching
        Python value of any JSON value (see ``maps.script``).
        """
        if self._ready:
            self._run(script, callback)
        else:
            self._pending.append((script, callback))

    def wait_until_painted(self, timeout_ms: int = 15_000) -> QImage:
        """Block until the map is fully drawn; return a grab of it.

        See :func:`maps.render.wait_until_painted`.
        """
        return wait_until_painted(self, timeout_ms)

    def _call(
        self, function: str, *args: Any, callback: JsCallback | None = None
    ) -> None:
        arguments = ", ".join(js_literal(arg) for arg in args)
        self.evaluate(f"window.consoleMap.{function}({arguments})", callback)

    def _run(self, script: str, callback: JsCallback | None) -> None:
        run_script(self._page, script, callback)

    def _on_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        # Refused navigations also start and stop a load; only loads of the
        # map page itself change readiness.
        if not same_document(info.url(), self._page.home):
            return
        status = info.status()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            self._ready = False
            self._load_generation += 1
            self._poll.stop()
        elif status == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus:
            self._since_load.start()
            self._poll.start()
            self._probe_ready()
        elif status == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus:
            self._fail(
                f"Map page {info.url().toString()} failed to load: "
                f"{info.errorString() or info.errorCode()}"
            )

    def _probe_ready(self) -> None:
        if self._ready:
            return
        if self._since_load.isValid() and (
            self._since_load.elapsed() > self._ready_timeout_ms
        ):
            self._poll.stop()
            self._fail(
                f"Map page did not become ready within {self._ready_timeout_ms} ms"
            )
            return
        generation = self._load_generation
        run_script(
            self._page,
            READY_PROBE,
            lambda result: self._on_ready_probe(generation, result),
        )

    def _on_page_ready(self, load_id: str) -> None:
        log.debug("Map page %s reports ready", load_id)
        self._probe_ready()

    def _on_ready_probe(self, generation: int, result: Any) -> None:
        # Results can arrive after the view was deleted or the page reloaded.
        if not shiboken6.isValid(self) or self._ready or result is not True:
            return
        if generation != self._load_generation:
            return
        self._ready = True
        self._poll.stop()
        log.info("Map page ready; running %d queued call(s)", len(self._pending))
        pending, self._pending = self._pending, []
        for script, callback in pending:
            self._run(script, callback)
        self.ready.emit()

    def _on_tile_failed(self, url: str) -> None:
        self._tile_failures.append(url)
        log.warning("Tile layer unreachable (%s); showing the outline only", url)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the view ends its render process; that is not a failure.
        self._closing = True
        super().closeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._closing = False
        super().showEvent(event)

    def _on_render_terminated(
        self, status: QWebEnginePage.RenderProcessTerminationStatus, code: int
    ) -> None:
        self._ready = False
        self._poll.stop()
        if self._closing:
            log.debug("Map render process ended as the view closed (%s)", status.name)
            return
        self._fail(
            f"Map render process ended ({status.name}, exit code {code}); "
            "the map stays blank until the page is loaded again"
        )

    def _fail(self, message: str) -> None:
        log.error("%s", message)
        self.failed.emit(message)
