"""The 资源 dock: rosters of teams, stock, shelters and experts in tabs.

Tabs reload from the database after operations that touch the resource
tables (and, for the shelter totals, incidents). A tab that is not on
screen is only marked out of date and reloads when it is shown, so an
import of thousands of rows does not redraw four tables at once.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from console.context import ConsoleContext
from console.ops.core import OpChanges
from console.resources import rosters
from console.store.resource_models import RESOURCE_TABLES
from maps.layers import DEPOTS, SHELTERS, TEAMS
from widgets.changes import OpChangesRelay
from widgets.roster_shelters import SheltersTab
from widgets.roster_stock import StockTab
from widgets.roster_table import Column, RosterTable, key_text
from widgets.roster_teams import TeamsTab

# Tables whose changes make the rosters out of date.
WATCHED = frozenset(RESOURCE_TABLES) | {"incidents", "divisions"}
GATHER_MS = 80


class ExpertsTab(RosterTable):
    """The expert pool: field, organisation, title and phone."""

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                Column(self.tr("Name"), key_text("name")),
                Column(self.tr("Field"), key_text("field")),
                Column(self.tr("Organisation"), key_text("organisation")),
                Column(self.tr("Title"), key_text("title")),
                Column(self.tr("Phone"), key_text("phone")),
                Column(self.tr("Note"), key_text("note")),
            ],
            filters={"kind": self.tr("All fields")},
            parent=parent,
        )
        self._context = context
        self.set_filter_key("kind", lambda row: str(row.get("field") or ""))

    def refresh(self) -> None:
        self.set_rows(rosters.expert_rows(self._context.database))


class ResourceRosters(QTabWidget):
    """队伍 / 物资 / 安置点 / 专家 tabs, kept current from the relay.

    Attributes:
        teams, stock, shelters, experts: the tabs.

    Signals:
        map_filter_changed(str, object): the officer changed a roster's kind
            or status filter; carries the map layer and its filter.
    """

    map_filter_changed = Signal(str, object)

    def __init__(
        self,
        context: ConsoleContext,
        relay: OpChangesRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.teams = TeamsTab(context)
        self.stock = StockTab(context)
        self.shelters = SheltersTab(context)
        self.experts = ExpertsTab(context)
        self.addTab(self.teams, self.tr("Teams"))
        self.addTab(self.stock, self.tr("Supplies"))
        self.addTab(self.shelters, self.tr("Shelters"))
        self.addTab(self.experts, self.tr("Experts"))
        self._stale: set[QWidget] = {self.teams, self.stock, self.shelters}
        self._stale.add(self.experts)
        for layer, table in (
            (TEAMS, self.teams.table),
            (DEPOTS, self.stock.table),
            (SHELTERS, self.shelters.table),
        ):
            table.filter_changed.connect(
                lambda t=table, n=layer: self.map_filter_changed.emit(
                    n, t.current_filter()
                )
            )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(GATHER_MS)
        self._timer.timeout.connect(self._refresh_shown)
        self.currentChanged.connect(lambda _index: self._refresh_shown())
        relay.changed.connect(self._on_changed)

    def tab_for(self, layer: str) -> RosterTable | None:
        """The roster table that lists a map layer's records."""
        tables = {
            TEAMS: self.teams.table,
            DEPOTS: self.stock.table,
            SHELTERS: self.shelters.table,
        }
        return tables.get(layer)

    def show_record(self, layer: str, record_id: str) -> bool:
        """Bring the tab of ``layer`` forward and select the record."""
        table = self.tab_for(layer)
        if table is None:
            return False
        tab = {TEAMS: self.teams, DEPOTS: self.stock, SHELTERS: self.shelters}[layer]
        self.setCurrentWidget(tab)
        self.refresh_now()
        table.search.clear()
        for combo in table.filters.values():
            combo.setCurrentIndex(0)
        return table.select_id(record_id)

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if changes.tables & WATCHED:
            self._stale.update((self.teams, self.stock, self.shelters, self.experts))
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._timer.start()

    @Slot()
    def _refresh_shown(self) -> None:
        if self.isVisible():
            self.refresh_now()

    def refresh_now(self) -> None:
        """Reload the current tab if it is out of date."""
        tab = self.currentWidget()
        if tab not in self._stale:
            return
        self._stale.discard(tab)
        if tab is self.teams:
            self.teams.refresh(rosters.incident_titles(self._context.database))
        elif tab in (self.stock, self.shelters, self.experts):
            tab.refresh()  # type: ignore[attr-defined]
