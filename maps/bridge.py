"""The QObject that the map page talks to through QWebChannel."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot


class MapBridge(QObject):
    """Receives calls from ``console_map.js`` and re-emits them as Qt signals.

    The slot names are the JavaScript API (camelCase, as JS calls them); the
    signals are what Python code connects to.

    Signals:
        incident_clicked(str): An incident marker was clicked; carries its id.
        context_requested(float, float): Right-click on the map at (lat, lon).
        page_ready(str): The page script finished initialising; carries the
            page's load id.
        tile_failed(str): The first tile of this page load could not be loaded.
        resource_clicked(str, str): A resource point was clicked; carries the
            layer name and the record id.
        layer_toggled(str, bool): A resource layer was shown or hidden, from
            the page's layers control or from Python.
    """

    incident_clicked = Signal(str)
    context_requested = Signal(float, float)
    page_ready = Signal(str)
    tile_failed = Signal(str)
    resource_clicked = Signal(str, str)
    layer_toggled = Signal(str, bool)

    @Slot(str)
    def incidentClicked(self, incident_id: str) -> None:
        self.incident_clicked.emit(incident_id)

    @Slot(float, float)
    def contextRequested(self, lat: float, lon: float) -> None:
        self.context_requested.emit(lat, lon)

    @Slot(str)
    def pageReady(self, load_id: str) -> None:
        self.page_ready.emit(load_id)

    @Slot(str)
    def tileFailed(self, url: str) -> None:
        self.tile_failed.emit(url)

    @Slot(str, str)
    def resourceClicked(self, layer: str, resource_id: str) -> None:
        self.resource_clicked.emit(layer, resource_id)

    @Slot(str, int)
    def layerToggled(self, layer: str, visible: int) -> None:
        # An int, not a JS boolean: see maps/script.py on booleans.
        self.layer_toggled.emit(layer, bool(visible))
