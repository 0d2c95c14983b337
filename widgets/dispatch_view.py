"""Can we dispatch? Teams, stock and shelter places around one incident.

The view searches a radius (10 km unless changed) around the incident's
point and shows what could be sent, nearest first; the search circle and
the rows selected are drawn on the map. Assigning a team and sending or
taking back supplies go through ``console.ops``: when the operation has
warnings (a team already at another open incident, stock promised to one)
they are shown first and nothing is written until the officer confirms.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.context import ConsoleContext
from console.domain.resources_ledger import NegativeBalanceError
from console.ops.core import OpChanges
from console.ops.resources_common import (
    ConfirmationRequiredError,
    DispatchWarning,
    ResourceNotFoundError,
)
from console.ops.resources_dispatch import assign_team, check_team_assignment
from console.ops.resources_supplies import (
    check_supply_dispatch,
    dispatch_supplies,
    record_return,
)
from console.resources import catalogue, rosters
from console.resources.search import dispatch_options
from console.store.resource_models import RESOURCE_TABLES
from widgets.board_parts import plain_label
from widgets.changes import OpChangesRelay
from widgets.confirm_bar import ConfirmBar
from widgets.dispatch_tables import DispatchResults
from widgets.field_problems import problem_label
from widgets.resource_labels import negative_balance, stock_warning, team_warning

_log = logging.getLogger("eoc.ui")

DEFAULT_KM = 10.0
MAX_KM = 100.0
MAX_QUANTITY = 1_000_000
WATCHED = frozenset(RESOURCE_TABLES) | {"incidents"}
OK_STYLE = "color: #2e7d32;"


class RadiusSink(Protocol):
    """The part of ``maps.view.MapView`` that shows the search on the map."""

    def show_radius(
        self, lat: float, lon: float, km: float, selection_ids: Sequence[str] = ()
    ) -> None: ...

    def clear_radius(self) -> None: ...


class DispatchView(QDialog):
    """Teams, stock and shelters within a radius of one incident.

    Attributes:
        incident_id: the incident served.
        radius: the search radius in km.
        capabilities_button: the capabilities a team must have (menu).
        needed: the items asked for, name → quantity (see ``set_needed``).
        results: the three result tables.
        confirm_bar: warnings waiting for the officer's confirmation.
        message: the outcome of the last action (red when refused).
        options: the last ``dispatch_options`` answer.
    """

    def __init__(
        self,
        context: ConsoleContext,
        incident_id: str,
        parent: QWidget | None = None,
        *,
        map_view: RadiusSink | None = None,
    ) -> None:
        super().__init__(parent)
        incident = queries.incident(context.database, incident_id)
        if incident is None or incident.deleted_at is not None:
            raise LookupError(f"no incident {incident_id}")
        self._context = context
        self._map = map_view
        self.incident_id = incident_id
        self.point = (
            (incident.lat, incident.lon)
            if incident.lat is not None and incident.lon is not None
            else None
        )
        self.needed: dict[str, int] = {}
        self.options: dict[str, Any] | None = None
        self._on_map: tuple[Any, ...] | None = None
        self._items = {i["name"]: i for i in rosters.supply_items(context.database)}
        self.setWindowTitle(
            self.tr("Dispatch resources — {title}").format(title=incident.title)
        )
        self._build(incident.title)
        self.relay = OpChangesRelay(context.operations, self)
        self.relay.changed.connect(self._on_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(80)
        self._timer.timeout.connect(self.search)
        self.search()

    # --- building -------------------------------------------------------------

    def _build(self, title: str) -> None:
        self.title_label = plain_label(title)
        self.radius = QDoubleSpinBox()
        self.radius.setRange(0.5, MAX_KM)
        self.radius.setDecimals(1)
        self.radius.setSingleStep(1.0)
        self.radius.setValue(DEFAULT_KM)
        self.radius.setSuffix(" km")
        self.radius.setAccessibleName(self.tr("Search radius"))
        self.radius.valueChanged.connect(lambda _value: self._timer.start())
        self._capabilities_menu()
        self.item_choice = QComboBox()
        for name, item in self._items.items():
            self.item_choice.addItem(f"{name} ({item['unit']})", name)
        self.item_quantity = self._quantity_box()
        self.add_item_button = QPushButton(self.tr("Add &item"))
        self.add_item_button.clicked.connect(self._add_chosen_item)
        self.clear_items_button = QPushButton(self.tr("Clear items"))
        self.clear_items_button.clicked.connect(lambda: self.set_needed({}))
        self.results = DispatchResults()
        self.results.teams.selection_changed.connect(self._on_selection)
        self.results.stock.selection_changed.connect(self._on_selection)
        self.results.shelters.selection_changed.connect(self._on_selection)
        self.assign_button = QPushButton(self.tr("&Assign team to this incident"))
        self.assign_button.clicked.connect(self.assign_selected_team)
        self.quantity = self._quantity_box()
        self.quantity.setAccessibleName(self.tr("Quantity to send or take back"))
        self.dispatch_button = QPushButton(self.tr("&Send from depot"))
        self.dispatch_button.clicked.connect(self.dispatch_selected_stock)
        self.return_button = QPushButton(self.tr("Record &return"))
        self.return_button.clicked.connect(self.return_selected_stock)
        for button in (
            self.add_item_button,
            self.clear_items_button,
            self.assign_button,
            self.dispatch_button,
            self.return_button,
        ):
            button.setAutoDefault(False)
        self.confirm_bar = ConfirmBar()
        self.message = problem_label()
        self._lay_out()

    def _quantity_box(self) -> QSpinBox:
        box = QSpinBox()
        box.setRange(1, MAX_QUANTITY)
        box.setValue(1)
        return box

    def _capabilities_menu(self) -> None:
        self.capabilities_button = QPushButton()
        self.capabilities_button.setAutoDefault(False)
        menu = QMenu(self.capabilities_button)
        self._capability_actions: dict[str, QAction] = {}
        for capability in catalogue.capabilities():
            action = menu.addAction(capability.zh)
            action.setCheckable(True)
            action.toggled.connect(lambda _on: self._on_capabilities())
            self._capability_actions[capability.zh] = action
        self.capabilities_button.setMenu(menu)
        self._label_capabilities()

    def _lay_out(self) -> None:
        search = QHBoxLayout()
        search.addWidget(QLabel(self.tr("Within")))
        search.addWidget(self.radius)
        search.addSpacing(8)
        search.addWidget(QLabel(self.tr("Teams able to:")))
        search.addWidget(self.capabilities_button)
        search.addSpacing(8)
        search.addWidget(QLabel(self.tr("Items needed:")))
        search.addWidget(self.item_choice, 1)
        search.addWidget(self.item_quantity)
        search.addWidget(self.add_item_button)
        search.addWidget(self.clear_items_button)
        teams_box, stock_box, shelters_box = self.results.boxes()
        teams_row = QHBoxLayout()
        teams_row.addStretch(1)
        teams_row.addWidget(self.assign_button)
        teams_box.layout().addLayout(teams_row)
        stock_row = QHBoxLayout()
        stock_row.addStretch(1)
        stock_row.addWidget(QLabel(self.tr("Quantity")))
        stock_row.addWidget(self.quantity)
        stock_row.addWidget(self.dispatch_button)
        stock_row.addWidget(self.return_button)
        stock_box.layout().addLayout(stock_row)
        split = QSplitter(Qt.Orientation.Vertical)
        for box in (teams_box, stock_box, shelters_box):
            split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(search)
        layout.addWidget(split, 1)
        layout.addWidget(self.confirm_bar)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(1100, 760)

    # --- search ---------------------------------------------------------------

    def capabilities(self) -> list[str]:
        return [n for n, a in self._capability_actions.items() if a.isChecked()]

    def set_capabilities(self, names: Sequence[str]) -> None:
        for name, action in self._capability_actions.items():
            action.blockSignals(True)
            action.setChecked(name in names)
            action.blockSignals(False)
        self._on_capabilities()

    def _on_capabilities(self) -> None:
        self._label_capabilities()
        self._timer.start()

    def _label_capabilities(self) -> None:
        chosen = self.capabilities()
        self.capabilities_button.setText("、".join(chosen) or self.tr("any"))

    def set_needed(self, needed: Mapping[str, int]) -> None:
        """Ask for these items (name → quantity) and search again."""
        self.needed = {name: int(q) for name, q in needed.items() if q > 0}
        self.search()

    @Slot()
    def _add_chosen_item(self) -> None:
        name = self.item_choice.currentData()
        if name:
            self.set_needed(self.needed | {name: self.item_quantity.value()})

    @Slot()
    def search(self) -> None:
        """Run the search again with the current radius, capabilities, items."""
        self._timer.stop()
        if self.point is None:
            self.message.setText(
                self.tr("The incident has no map point; set its location first.")
            )
            self.message.show()
            for button in (self.assign_button, self.dispatch_button):
                button.setEnabled(False)
            return
        km = self.radius.value()
        lat, lon = self.point
        self.options = dispatch_options(
            self._context.database,
            lat,
            lon,
            km,
            capabilities=self.capabilities(),
            items=self.needed,
            incident_id=self.incident_id,
        )
        self.results.show_options(
            self.options,
            km,
            titles=rosters.incident_titles(self._context.database),
            sent=rosters.sent_to_incident(self._context.database, self.incident_id),
            item_ids={name: item["id"] for name, item in self._items.items()},
        )
        self._on_selection()

    def selection_ids(self) -> list[str]:
        """Ids of the team, depot and shelter selected (shown on the map)."""
        ids = [
            self.results.teams.selected_id(),
            self.results.shelters.selected_id(),
        ]
        stock = self.results.stock.selected()
        ids.append(stock["depot_id"] if stock else None)
        return [i for i in ids if i]

    @Slot()
    def _on_selection(self, _selected: object = None) -> None:
        self.assign_button.setEnabled(self.results.teams.selected() is not None)
        has_stock = self.results.stock.selected() is not None
        self.dispatch_button.setEnabled(has_stock)
        self.return_button.setEnabled(has_stock)
        if self._map is not None and self.point is not None:
            shown = (*self.point, self.radius.value(), self.selection_ids())
            if shown != self._on_map:
                self._on_map = shown
                self._map.show_radius(*shown)

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if changes.tables & WATCHED:
            self._timer.start()

    # --- actions --------------------------------------------------------------

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(OK_STYLE if ok else "color: #c62828;")
        self.message.show()

    @Slot()
    def assign_selected_team(self) -> bool:
        """Assign the selected team, asking first when there are warnings.

        Returns True when the team was assigned at once; False when it was
        refused or waits for the officer's confirmation.
        """
        team = self.results.teams.selected()
        if team is None:
            return False
        self.confirm_bar.cancel()
        if self.incident_id in team["assigned_to"]:
            self._say(
                self.tr("{team} is already assigned to this incident.").format(
                    team=team["name"]
                ),
                ok=False,
            )
            return False
        try:
            warnings = check_team_assignment(
                self._context.database, team["id"], self.incident_id
            )
        except (ValueError, ResourceNotFoundError) as error:
            self._refused(error)
            return False
        if warnings:
            self._ask_team(team, warnings)
            return False
        return self._assign(team, confirm=False)

    def _ask_team(
        self, team: dict[str, Any], warnings: Sequence[DispatchWarning]
    ) -> None:
        titles = rosters.incident_titles(self._context.database)
        self.confirm_bar.ask(
            [team_warning(w, team, titles) for w in warnings],
            self.tr("Assign anyway"),
            lambda: self._assign(team, confirm=True),
        )

    def _assign(self, team: dict[str, Any], *, confirm: bool) -> bool:
        try:
            assign_team(
                self._context.operations, team["id"], self.incident_id, confirm=confirm
            )
        except ConfirmationRequiredError as error:
            # Something changed since the check; ask again.
            self._ask_team(team, error.warnings)
            return False
        except (ValueError, ResourceNotFoundError) as error:
            self._refused(error)
            return False
        self._say(
            self.tr("{team} assigned to this incident.").format(team=team["name"]),
            ok=True,
        )
        return True

    def _refused(self, error: Exception) -> None:
        _log.info("dispatch refused: %s", error)
        self._say(
            self.tr("Refused: {reason}").format(reason=str(error)),
            ok=False,
        )

    @Slot()
    def dispatch_selected_stock(self) -> bool:
        """Send the quantity from the selected depot, asking first on warnings."""
        row = self.results.stock.selected()
        if row is None:
            return False
        self.confirm_bar.cancel()
        quantity = self.quantity.value()
        try:
            warnings = check_supply_dispatch(
                self._context.database,
                row["depot_id"],
                row["item_id"],
                self.incident_id,
                quantity,
            )
        except NegativeBalanceError as error:
            self._say(negative_balance(error, row["unit"]), ok=False)
            return False
        except (ValueError, ResourceNotFoundError) as error:
            self._refused(error)
            return False
        if warnings:
            self._ask_stock(row, quantity, warnings)
            return False
        return self._dispatch(row, quantity, confirm=False)

    def _ask_stock(
        self, row: dict[str, Any], quantity: int, warnings: Sequence[DispatchWarning]
    ) -> None:
        self.confirm_bar.ask(
            [
                stock_warning(w, row, row["item"], row["unit"], quantity)
                for w in warnings
            ],
            self.tr("Send anyway"),
            lambda: self._dispatch(row, quantity, confirm=True),
        )

    def _dispatch(self, row: dict[str, Any], quantity: int, *, confirm: bool) -> bool:
        try:
            dispatch_supplies(
                self._context.operations,
                row["depot_id"],
                row["item_id"],
                self.incident_id,
                quantity,
                confirm=confirm,
            )
        except ConfirmationRequiredError as error:
            self._ask_stock(row, quantity, error.warnings)
            return False
        except NegativeBalanceError as error:
            self._say(negative_balance(error, row["unit"]), ok=False)
            return False
        except (ValueError, ResourceNotFoundError) as error:
            self._refused(error)
            return False
        self._say(
            self.tr("{depot}: {quantity}{unit} {item} sent.").format(
                depot=row["name"], quantity=quantity, unit=row["unit"], item=row["item"]
            ),
            ok=True,
        )
        return True

    @Slot()
    def return_selected_stock(self) -> bool:
        """Record supplies coming back from this incident to the selected depot."""
        row = self.results.stock.selected()
        if row is None:
            return False
        self.confirm_bar.cancel()
        quantity = self.quantity.value()
        if quantity > row["sent_here"]:
            self._say(
                self.tr(
                    "Only {sent}{unit} went out from {depot} to this incident;"
                    " {quantity}{unit} cannot come back."
                ).format(
                    sent=row["sent_here"],
                    unit=row["unit"],
                    depot=row["name"],
                    quantity=quantity,
                ),
                ok=False,
            )
            return False
        try:
            record_return(
                self._context.operations,
                row["depot_id"],
                row["item_id"],
                self.incident_id,
                quantity,
            )
        except (ValueError, ResourceNotFoundError) as error:
            self._refused(error)
            return False
        self._say(
            self.tr("{depot}: {quantity}{unit} {item} back in stock.").format(
                depot=row["name"], quantity=quantity, unit=row["unit"], item=row["item"]
            ),
            ok=True,
        )
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        self._clear_map()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self._clear_map()
        super().done(result)

    def _clear_map(self) -> None:
        if self._map is not None:
            self._map.clear_radius()
            self._map = None


def open_dispatch_view(
    context: ConsoleContext,
    incident_id: str,
    parent: QWidget | None = None,
    *,
    map_view: RadiusSink | None = None,
) -> DispatchView:
    """Show the dispatch view of an incident (non-modal); reuse an open one."""
    if parent is not None:
        for view in parent.findChildren(DispatchView):
            if view.incident_id == incident_id and view.isVisible():
                view.raise_()
                view.activateWindow()
                return view
    view = DispatchView(context, incident_id, parent, map_view=map_view)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    view.raise_()
    view.activateWindow()
    return view
