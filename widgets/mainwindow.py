"""The console's main window: map, two incident boards and the log."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from console import settings
from console.context import ConsoleContext
from console.ops.duty import take_duty
from widgets.changes import OpChangesRelay
from widgets.incident_board import IncidentBoard
from widgets.incident_dialog import IncidentDialog
from widgets.incident_source import IncidentDiff, IncidentSource
from widgets.layout_store import LayoutStore
from widgets.log_pane import OperationLogPane
from widgets.map_link import MapLink
from widgets.settings_menu import SettingsMenu
from widgets.statusbar import ConsoleStatusBar

if TYPE_CHECKING:
    from maps.view import MapView

_log = logging.getLogger("eoc.ui")

MAP_DIR = "map"
MAP_ZOOM = 10
DEFAULT_SIZE = (1600, 900)
MAP_MIN_SIZE = (360, 240)


def _create_map_view(context: ConsoleContext) -> MapView:
    """A real map view with the page built once for this start."""
    from maps.page import build_map_page
    from maps.view import MapView

    view = MapView()
    page = build_map_page(
        context.data_dir / MAP_DIR,
        context.outline.collection,
        tile_url=context.settings.tile_url or None,
        center=context.outline.center,
        zoom=MAP_ZOOM,
    )
    view.load_page(page)
    return view


class MainWindow(QMainWindow):
    """Map in the centre, boards A and B side by side, the log below.

    Everything shown refreshes from ``OpChangesRelay`` after each operation;
    the window never polls and never writes to the database itself.

    Attributes:
        board_a, board_b: the two incident boards.
        log_pane: the operation log.
        relay: the window's source of change notifications.
    """

    def __init__(
        self, context: ConsoleContext, *, map_view: MapView | None = None
    ) -> None:
        super().__init__()
        self._context = context
        self._incident_dialog: IncidentDialog | None = None
        self.setWindowTitle(
            self.tr("Yinzhou District Emergency Command Centre — Duty Console")
        )
        self.relay = OpChangesRelay(context.operations, self)
        self.source = IncidentSource(context.database, self.relay, self)
        self._map = map_view if map_view is not None else _create_map_view(context)
        # The boards may not squeeze the map away: it is the centre of work.
        self._map.setMinimumSize(MAP_MIN_SIZE[0], MAP_MIN_SIZE[1])
        self.setCentralWidget(self._map)
        self._map_link = MapLink(self.source, self._map, self)

        self.board_a = IncidentBoard(self.source, context.taxonomy)
        self.board_b = IncidentBoard(self.source, context.taxonomy)
        self.log_pane = OperationLogPane(context, self.relay)
        self._build_docks()
        self._build_status_bar()
        self._build_menus()
        self._connect()
        self._place_newest()

        self._layout = LayoutStore(context.data_dir)
        self.resize(*DEFAULT_SIZE)
        self._default_state: QByteArray = self.saveState()
        self._layout.restore(self)

    @property
    def map_view(self) -> MapView:
        return self._map

    @property
    def incident_dialog(self) -> IncidentDialog | None:
        """The open incident dialog, if any."""
        return self._incident_dialog

    def _dock(self, title: str, name: str, widget: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        return dock

    def _build_docks(self) -> None:
        self.board_a_dock = self._dock(
            self.tr("Incident board A"), "board_a", self.board_a
        )
        self.board_b_dock = self._dock(
            self.tr("Incident board B"), "board_b", self.board_b
        )
        self.log_dock = self._dock(
            self.tr("Operation log"), "operation_log", self.log_pane
        )
        right = Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(right, self.board_a_dock)
        self.splitDockWidget(
            self.board_a_dock, self.board_b_dock, Qt.Orientation.Horizontal
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.resizeDocks(
            [self.board_a_dock, self.board_b_dock],
            [380, 380],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks([self.log_dock], [240], Qt.Orientation.Vertical)

    def _build_status_bar(self) -> None:
        self.status = ConsoleStatusBar(self)
        self.status.set_workstation(self._context.workstation.name)
        self.status.set_database(self._context.database_path)
        self.setStatusBar(self.status)

    def _build_menus(self) -> None:
        incidents = self.menuBar().addMenu(self.tr("&Incident"))
        self.register_action = incidents.addAction(self.tr("&Register incident…"))
        self.register_action.setShortcut(QKeySequence("Ctrl+N"))
        self.register_action.triggered.connect(lambda: self.open_incident_dialog())

        view = self.menuBar().addMenu(self.tr("&View"))
        for dock in (self.board_a_dock, self.board_b_dock, self.log_dock):
            view.addAction(dock.toggleViewAction())
        view.addAction(self.log_pane.focus_action)
        self.addAction(self.log_pane.focus_action)
        view.addSeparator()
        self.reset_layout_action = view.addAction(self.tr("Reset &layout"))
        self.reset_layout_action.triggered.connect(self.reset_layout)

        self.settings_menu = SettingsMenu(self._context, self)
        self.menuBar().addMenu(self.settings_menu)

    def _connect(self) -> None:
        self._map.context_requested.connect(self._on_map_context)
        self._map.incident_clicked.connect(self._on_marker_clicked)
        self._map.failed.connect(self._on_map_failed)
        self.board_a.incident_selected.connect(self._on_board_selected)
        self.board_b.incident_selected.connect(self._on_board_selected)
        self.source.reloaded.connect(self._on_incidents_reloaded)

    def begin_session(self, officer: str) -> None:
        """Put ``officer`` on duty (a logged operation) and show it."""
        duty = take_duty(self._context.operations, officer)
        self.status.set_officer(duty.name)
        if self._context.settings.last_officer != duty.name:
            self._context.settings.last_officer = duty.name
            try:
                settings.save(self._context.data_dir, self._context.settings)
            except OSError:
                _log.warning("could not remember %s as the last officer", duty.name)

    def open_incident_dialog(
        self, lat: float | None = None, lon: float | None = None
    ) -> IncidentDialog:
        """Open the registration dialog (non-modal to the event loop)."""
        if self._incident_dialog is not None:
            self._incident_dialog.raise_()
            return self._incident_dialog
        dialog = IncidentDialog(self._context, self, lat=lat, lon=lon)
        dialog.finished.connect(lambda _result: self._incident_dialog_closed(dialog))
        self._incident_dialog = dialog
        dialog.open()
        return dialog

    def _incident_dialog_closed(self, dialog: IncidentDialog) -> None:
        self._incident_dialog = None
        dialog.deleteLater()

    @Slot(float, float)
    def _on_map_context(self, lat: float, lon: float) -> None:
        self.open_incident_dialog(lat, lon)

    @Slot(str)
    def _on_marker_clicked(self, incident_id: str) -> None:
        if self.source.get(incident_id) is None:
            return
        board = (
            self.board_b if self.board_b.incident_id == incident_id else self.board_a
        )
        board.show_incident(incident_id, pinned=True)
        self._map.select_incident(incident_id)

    @Slot(str)
    def _on_board_selected(self, incident_id: str) -> None:
        incident = self.source.get(incident_id)
        if incident is None:
            return
        if incident.lat is not None and incident.lon is not None:
            self._map.center_on(incident.lat, incident.lon)
        self._map.select_incident(incident_id)

    @Slot(str)
    def _on_map_failed(self, message: str) -> None:
        _log.warning("map failed: %s", message)
        self.status.showMessage(self.tr("The map could not be shown."))

    @Slot(object)
    def _on_incidents_reloaded(self, diff: IncidentDiff) -> None:
        local_create = diff.created and diff.action == "incident.create"
        # An officer who just registered an incident expects to see it, even
        # when both boards were chosen by hand.
        if local_create and self.board_a.pinned and self.board_b.pinned:
            self.board_a.pinned = False
        self._place_newest()

    def _place_newest(self) -> None:
        """Fill the boards the officer has not chosen with the newest incidents."""
        boards = (self.board_a, self.board_b)
        kept = {board.incident_id for board in boards if board.pinned}
        newest = [i.id for i in self.source.incidents if i.id not in kept]
        for board in boards:
            if not board.pinned:
                board.show_incident(newest.pop(0) if newest else None)

    @Slot()
    def reset_layout(self) -> None:
        """Back to the default dock arrangement, every dock visible."""
        self.restoreState(self._default_state)
        for dock in (self.board_a_dock, self.board_b_dock, self.log_dock):
            dock.setFloating(False)
            dock.show()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._layout.save(self)
        super().closeEvent(event)
