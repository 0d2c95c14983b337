"""Keeping the map's markers in step with the active incidents."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any, Protocol

from PySide6.QtCore import QObject, Slot

from console.store.models import Incident
from widgets.incident_source import IncidentDiff, IncidentSource

_log = logging.getLogger("eoc.ui")


class MarkerSink(Protocol):
    """The part of ``maps.view.MapView`` that markers are pushed into."""

    def upsert_incidents(self, incidents: list[dict[str, Any]]) -> None: ...

    def remove_incident(self, incident_id: str) -> None: ...


def marker_for(incident: Incident) -> dict[str, Any] | None:
    """The map's view of an incident; None when it has no map point."""
    if incident.lat is None or incident.lon is None:
        return None
    return {
        "id": incident.id,
        "title": incident.title,
        "lat": incident.lat,
        "lon": incident.lon,
        "grade": incident.grade,
        "category": incident.category,
        "status": incident.status,
    }


class MapLink(QObject):
    """Pushes only what changed into the loaded map page.

    The page is built once per start; rebuilding or reloading it would lose
    the officer's zoom and pan and flash the map, so every change after the
    first load is an upsert or a removal.
    """

    def __init__(
        self, source: IncidentSource, view: MarkerSink, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._view = view
        self._on_map: set[str] = set()
        source.reloaded.connect(self._on_reloaded)
        self._push(source.incidents, ())

    @Slot(object)
    def _on_reloaded(self, diff: IncidentDiff) -> None:
        self._push(diff.upserted, diff.removed)

    def _push(self, upserted: Iterable[Incident], removed: Iterable[str]) -> None:
        markers = []
        for incident in upserted:
            marker = marker_for(incident)
            if marker is not None:
                markers.append(marker)
                self._on_map.add(incident.id)
            elif incident.id in self._on_map:
                self._remove(incident.id)
        for incident_id in removed:
            if incident_id in self._on_map:
                self._remove(incident_id)
        if markers:
            _log.debug("pushing %d marker(s) to the map", len(markers))
            self._view.upsert_incidents(markers)

    def _remove(self, incident_id: str) -> None:
        self._on_map.discard(incident_id)
        self._view.remove_incident(incident_id)
