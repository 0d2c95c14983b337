"""Keeping the map's resource layers in step with the database.

Each layer is pushed whole once; after that only the points that changed
are sent (upserts and removals through the page's bridge, never a reload).
Operations come in bursts (an import, a dispatch with its status change),
so changes are gathered for a moment and each layer is diffed once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from console.ops.core import OpChanges
from console.resources import layers as sources
from console.store.engine import Database
from console.store.resource_models import RESOURCE_TABLES
from maps.layers import BUSINESSES, DEPOTS, LAYER_NAMES, SHELTERS, TEAMS, layer_item
from widgets.changes import OpChangesRelay
from widgets.resource_labels import map_labels, open_label

_log = logging.getLogger("eoc.ui")

translate = QCoreApplication.translate

# Which layer a written table can change. Other resource tables (members,
# certificates, the stock ledger, experts) are not drawn on the map.
TABLE_LAYERS = {
    "rescue_teams": TEAMS,
    "team_status_changes": TEAMS,
    "depots": DEPOTS,
    "shelters": SHELTERS,
    "businesses": BUSINESSES,
}
GATHER_MS = 60


class LayerSink(Protocol):
    """The part of ``maps.view.MapView`` that resource layers go into."""

    def set_layer(self, name: str, items: Iterable[dict[str, Any]]) -> None: ...

    def upsert_layer_items(
        self, name: str, items: Iterable[dict[str, Any]]
    ) -> None: ...

    def remove_layer_items(self, name: str, ids: Iterable[str]) -> None: ...

    def set_layer_labels(self, labels: dict[str, str]) -> None: ...


def _team_detail(row: dict[str, Any]) -> str:
    people = translate("resources", "{n} people").format(n=row.get("headcount", 0))
    return " · ".join([people, *row.get("capabilities", ())])


def _depot_detail(row: dict[str, Any]) -> str:
    return " ".join(p for p in (row.get("keeper"), row.get("phone")) if p)


def _shelter_detail(row: dict[str, Any]) -> str:
    return translate("resources", "{occupancy} of {capacity} places taken").format(
        occupancy=row.get("occupancy", 0), capacity=row.get("capacity", 0)
    )


def _with(
    load: Callable[[Database], list[dict[str, Any]]],
    detail: Callable[[dict[str, Any]], str] | None = None,
) -> Callable[[Database], list[dict[str, Any]]]:
    def points(database: Database) -> list[dict[str, Any]]:
        rows = load(database)
        if detail is not None:
            for row in rows:
                row["detail"] = detail(row)
        return rows

    return points


def _shelters(database: Database) -> list[dict[str, Any]]:
    rows = sources.shelters_layer(database)
    for row in rows:
        # The page filters on the stored word; the tooltip shows it as is.
        row["detail"] = f"{_shelter_detail(row)} · {open_label(row['is_open'])}"
    return rows


LOADERS: dict[str, Callable[[Database], list[dict[str, Any]]]] = {
    TEAMS: _with(sources.teams_layer, _team_detail),
    DEPOTS: _with(sources.depots_layer, _depot_detail),
    SHELTERS: _shelters,
    BUSINESSES: _with(sources.businesses_layer),
}


class ResourceLink(QObject):
    """Pushes the resource layers into a map view and keeps them current.

    Attributes:
        pushed: per layer, the points the page was last sent, by id.
    """

    def __init__(
        self,
        database: Database,
        relay: OpChangesRelay,
        view: LayerSink,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._view = view
        self._dirty: set[str] = set()
        self._seen_ready = False
        self.pushed: dict[str, dict[str, dict[str, Any]]] = {n: {} for n in LAYER_NAMES}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self.flush)
        relay.changed.connect(self._on_changed)
        ready = getattr(view, "ready", None)
        if ready is not None:
            ready.connect(self._on_ready)
        self.push_all()

    def push_all(self) -> None:
        """Send every layer whole (at start, and after the page was reloaded)."""
        self._view.set_layer_labels(map_labels())
        for name in LAYER_NAMES:
            points = self._points(name)
            self._view.set_layer(name, list(points.values()))
            self.pushed[name] = points
        _log.debug(
            "map layers pushed: %s",
            {name: len(points) for name, points in self.pushed.items()},
        )

    def _points(self, name: str) -> dict[str, dict[str, Any]]:
        return {
            str(row["id"]): layer_item(row) for row in LOADERS[name](self._database)
        }

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if not changes.tables & frozenset(RESOURCE_TABLES):
            return
        names = {TABLE_LAYERS[t] for t in changes.tables if t in TABLE_LAYERS}
        if names:
            self._dirty |= names
            self._timer.start()

    @Slot()
    def _on_ready(self) -> None:
        # The first ready runs the calls queued while the page loaded; a
        # later one means the page was loaded again and starts empty.
        if self._seen_ready:
            self.push_all()
        self._seen_ready = True

    @Slot()
    def flush(self) -> None:
        """Send what changed in the layers marked dirty since the last flush."""
        self._timer.stop()
        dirty, self._dirty = self._dirty, set()
        for name in LAYER_NAMES:
            if name in dirty:
                self._update(name)

    def _update(self, name: str) -> None:
        old = self.pushed[name]
        new = self._points(name)
        changed = [point for key, point in new.items() if old.get(key) != point]
        removed = [key for key in old if key not in new]
        if changed:
            self._view.upsert_layer_items(name, changed)
        if removed:
            self._view.remove_layer_items(name, removed)
        self.pushed[name] = new
        if changed or removed:
            _log.debug(
                "%s layer: %d changed, %d removed", name, len(changed), len(removed)
            )
