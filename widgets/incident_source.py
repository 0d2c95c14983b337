"""The active incidents and division names that several views share."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal, Slot

from console import queries
from console.ops.core import OpChanges
from console.store.engine import Database
from console.store.models import Incident
from widgets.changes import OpChangesRelay

_log = logging.getLogger("eoc.ui")

_WATCHED_TABLES = frozenset({"incidents", "divisions"})


@dataclass(frozen=True)
class IncidentDiff:
    """What changed in the active incidents since the last reload.

    Attributes:
        upserted: incidents that are new or changed, newest first.
        removed: ids of incidents no longer active.
        created: ids of incidents that were not there before.
        action: the operation that caused the reload, when one did.
    """

    upserted: tuple[Incident, ...]
    removed: tuple[str, ...]
    created: tuple[str, ...]
    action: str | None = None


class IncidentSource(QObject):
    """Reads active incidents once per relevant change, for every view.

    The boards and the map all show the same incidents; reading them here
    once keeps them consistent and saves each view its own query.

    Attributes:
        incidents: active incidents, newest first.

    Signals:
        reloaded(IncidentDiff): the incidents or division names changed.
    """

    reloaded = Signal(object)

    def __init__(
        self,
        database: Database,
        relay: OpChangesRelay,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self.incidents: list[Incident] = []
        self._by_id: dict[str, Incident] = {}
        self._division_names: dict[str, str] = {}
        relay.changed.connect(self._on_changed)
        self.reload()

    def get(self, incident_id: str) -> Incident | None:
        return self._by_id.get(incident_id)

    def division_name(self, division_id: str | None) -> str | None:
        return self._division_names.get(division_id or "")

    def reload(self, action: str | None = None) -> IncidentDiff:
        """Read again and emit ``reloaded`` with what changed."""
        previous = {i.id: i.hlc for i in self.incidents}
        self.incidents = queries.active_incidents(self._database)
        self._by_id = {i.id: i for i in self.incidents}
        self._division_names = {d.id: d.name for d in queries.divisions(self._database)}
        diff = IncidentDiff(
            upserted=tuple(i for i in self.incidents if previous.get(i.id) != i.hlc),
            removed=tuple(i for i in previous if i not in self._by_id),
            created=tuple(i.id for i in self.incidents if i.id not in previous),
            action=action,
        )
        self.reloaded.emit(diff)
        return diff

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if changes.tables & _WATCHED_TABLES:
            self.reload(changes.action)
