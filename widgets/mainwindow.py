"""The console's main window: map, two incident boards and the log."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from console import settings
from console.context import ConsoleContext
from console.ops.core import SYSTEM_ACTOR
from console.ops.duty import end_duty, take_duty
from widgets.alarm_banner import AlarmBanner
from widgets.alarm_controller import AlarmController, AlarmItem, Player
from widgets.board_clocks import Clock, utc_now
from widgets.board_pair import BoardPair
from widgets.changes import OpChangesRelay
from widgets.duty_console import DutyConsole
from widgets.incident_board import IncidentBoard
from widgets.incident_dialog import IncidentDialog
from widgets.incident_source import IncidentSource
from widgets.intake_dialog import open_intake
from widgets.layout_store import LayoutStore
from widgets.log_pane import OperationLogPane
from widgets.map_link import MapLink
from widgets.plan_console import PlanConsole
from widgets.resource_console import ResourceConsole
from widgets.settings_menu import SettingsMenu
from widgets.statusbar import ConsoleStatusBar
from widgets.timeline import TimelinePane

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
    the window never writes to the database itself. Only the report clocks
    and alarms look at the time on their own (see ``AlarmController``).

    Attributes:
        board_a, board_b: the two incident boards.
        boards: places incidents on A and B and remembers the choice.
        log_pane: the operation log.
        timeline: the merged timeline of A's and B's incidents.
        alarms: the report-clock alarm controller; ``alarm_banner`` shows it.
        plans: the plan library, activation and checklist (预案).
        resources: rosters, map layers, dispatch and roster files (资源).
        relay: the window's source of change notifications.
        closed: emitted once the window has closed and saved its layout.
    """

    closed = Signal()

    def __init__(
        self,
        context: ConsoleContext,
        *,
        map_view: MapView | None = None,
        clock: Clock = utc_now,
        alarm_player: Player | None = None,
    ) -> None:
        super().__init__()
        self._context = context
        self._incident_dialog: IncidentDialog | None = None
        self._duty_ended = False
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

        self.board_a = IncidentBoard(context, self.source, self.relay, clock=clock)
        self.board_b = IncidentBoard(context, self.source, self.relay, clock=clock)
        self._layout = LayoutStore(context.data_dir)
        self.boards = BoardPair(
            self.source, self.board_a, self.board_b, self._layout, self
        )
        self.log_pane = OperationLogPane(context, self.relay)
        self.timeline = TimelinePane(
            context.database, self.source, self.relay, self.boards.boards
        )
        self.alarms = AlarmController(
            context.database,
            context.operations,
            self.relay,
            clock=clock,
            player=alarm_player,
            parent=self,
        )
        self.plans = PlanConsole(
            context, self.relay, self.boards.boards, clock=clock, window=self
        )
        self.resources = ResourceConsole(
            context, self.relay, self._map, self.boards.boards, window=self
        )
        self.duty = DutyConsole(
            context, self.relay, self.boards.boards, self.log_pane, window=self
        )
        self._build_docks()
        self._build_alarm_banner()
        self._build_status_bar()
        self._build_menus()
        self._connect()

        self.resize(*DEFAULT_SIZE)
        self._default_state: QByteArray = self.saveState()
        self._layout.restore(self)
        self.alarms.start()
        # The saved state may show or hide the banner; the alarms decide.
        self.alarm_bar.setVisible(bool(self.alarms.items))

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
        self.timeline_dock = self._dock(self.tr("Timeline"), "timeline", self.timeline)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        # The boards run the full height on the right; the log sits under
        # the map. Two boards need the height more than the log needs width.
        self.setCorner(Qt.Corner.BottomRightCorner, right)
        self.setCorner(Qt.Corner.TopRightCorner, right)
        self.addDockWidget(right, self.board_a_dock)
        self.splitDockWidget(
            self.board_a_dock, self.board_b_dock, Qt.Orientation.Horizontal
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.log_dock)
        self.splitDockWidget(
            self.log_dock, self.timeline_dock, Qt.Orientation.Horizontal
        )
        self.timeline_dock.hide()
        self.checklist_dock = QDockWidget(self.tr("Plan checklist"), self)
        self.checklist_dock.setObjectName("plan_checklist")
        self.checklist_action = self.plans.dock_checklist(self.checklist_dock)
        self.tabifyDockWidget(self.log_dock, self.checklist_dock)
        self.checklist_dock.hide()
        self.resources_dock = QDockWidget(self.tr("Resources"), self)
        self.resources_dock.setObjectName("resources")
        self.resources_action = self.resources.dock_rosters(self.resources_dock)
        self.tabifyDockWidget(self.log_dock, self.resources_dock)
        self.resources_dock.hide()
        self.review_dock = self._dock(
            self.tr("Review queue"), "review_queue", self.duty.review_queue
        )
        self.tabifyDockWidget(self.log_dock, self.review_dock)
        self.review_dock.hide()
        self.log_dock.raise_()
        self.resizeDocks(
            [self.board_a_dock, self.board_b_dock],
            [380, 380],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks([self.log_dock], [240], Qt.Orientation.Vertical)

    def _build_alarm_banner(self) -> None:
        self.alarm_banner = AlarmBanner()
        # A toolbar spans the whole window above map and docks; it is fixed
        # and left out of the context menu, so an alarm cannot be hidden.
        self.alarm_bar = QToolBar(self.tr("Report alarms"), self)
        self.alarm_bar.setObjectName("alarm_banner")
        self.alarm_bar.setMovable(False)
        self.alarm_bar.setFloatable(False)
        self.alarm_bar.toggleViewAction().setVisible(False)
        self.alarm_bar.addWidget(self.alarm_banner)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.alarm_bar)
        self.alarm_bar.hide()

    def _build_status_bar(self) -> None:
        self.status = ConsoleStatusBar(self)
        self.status.set_workstation(self._context.workstation.name)
        self.status.set_database(self._context.database_path)
        self.setStatusBar(self.status)
        self.duty.attach_status(self.status)

    def _build_menus(self) -> None:
        incidents = self.menuBar().addMenu(self.tr("&Incident"))
        self.register_action = incidents.addAction(self.tr("&Register incident…"))
        self.register_action.setShortcut(QKeySequence("Ctrl+N"))
        self.register_action.triggered.connect(lambda: self.open_incident_dialog())
        # The quick form above takes what a map click knows; the phone intake
        # (接报) takes everything a caller reports, in report order.
        self.intake_action = self._action(self.tr("&Phone intake…"), "Ctrl+Shift+N")
        self.intake_action.triggered.connect(lambda: open_intake(self._context, self))
        incidents.addAction(self.intake_action)
        self.ack_action = self._action(
            self.tr("&Acknowledge first alarm"), "Ctrl+Shift+A"
        )
        self.ack_action.triggered.connect(self.alarms.acknowledge_first)
        incidents.addAction(self.ack_action)
        incidents.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q")
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        incidents.addAction(self.quit_action)

        view = self.menuBar().addMenu(self.tr("&View"))
        for dock in (self.board_a_dock, self.board_b_dock, self.log_dock):
            view.addAction(dock.toggleViewAction())
        self.timeline_action = self.timeline_dock.toggleViewAction()
        self.timeline_action.setShortcut(QKeySequence("Ctrl+T"))
        view.addAction(self.timeline_action)
        self.addAction(self.timeline_action)
        view.addAction(self.log_pane.focus_action)
        self.addAction(self.log_pane.focus_action)
        view.addAction(self.checklist_action)
        view.addAction(self.resources_action)
        view.addSeparator()
        self._build_board_actions(view)
        view.addSeparator()
        self.reset_layout_action = view.addAction(self.tr("Reset &layout"))
        self.reset_layout_action.triggered.connect(self.reset_layout)

        self.menuBar().addMenu(self.plans.menu)
        self.menuBar().addMenu(self.resources.menu)
        self.menuBar().addMenu(self.duty.menu)
        self.duty.menu.addAction(self.review_dock.toggleViewAction())
        self.settings_menu = SettingsMenu(self._context, self)
        self.menuBar().addMenu(self.settings_menu)

    def _action(self, text: str, shortcut: str) -> QAction:
        # Added to the window too, so the shortcut works wherever focus is.
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    def _build_board_actions(self, view: QMenu) -> None:
        self.swap_action = self._action(self.tr("S&wap boards A and B"), "Ctrl+Shift+X")
        self.swap_action.triggered.connect(self.boards.swap)
        self.step_a_action = self._action(self.tr("Next incident on board A"), "Alt+A")
        self.step_a_action.triggered.connect(lambda: self.boards.step("a"))
        self.step_b_action = self._action(self.tr("Next incident on board B"), "Alt+B")
        self.step_b_action.triggered.connect(lambda: self.boards.step("b"))
        for action in (self.swap_action, self.step_a_action, self.step_b_action):
            view.addAction(action)

    def _connect(self) -> None:
        self._map.context_requested.connect(self._on_map_context)
        self._map.incident_clicked.connect(self._on_marker_clicked)
        self._map.failed.connect(self._on_map_failed)
        self.board_a.incident_selected.connect(self._on_board_selected)
        self.board_b.incident_selected.connect(self._on_board_selected)
        self.alarms.alarms_changed.connect(self._on_alarms_changed)
        self.alarms.sound_unavailable.connect(self._on_sound_unavailable)
        self.alarm_banner.acknowledge_requested.connect(self._on_acknowledge)

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
        self.boards.board_for(incident_id).show_incident(incident_id, pinned=True)
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

    @Slot(list)
    def _on_alarms_changed(self, items: list[AlarmItem]) -> None:
        self.alarm_banner.set_alarms(items)
        self.alarm_bar.setVisible(bool(items))

    @Slot(object)
    def _on_acknowledge(self, item: AlarmItem) -> None:
        if not self.alarms.acknowledge(item):
            self.status.showMessage(self.tr("The alarm could not be acknowledged."))

    @Slot(str)
    def _on_sound_unavailable(self, reason: str) -> None:
        self.status.showMessage(
            self.tr(
                "Alarm sound unavailable: {reason}; alarms are shown visually only"
            ).format(reason=reason)
        )

    @Slot()
    def reset_layout(self) -> None:
        """Back to the default dock arrangement, every dock visible."""
        self.restoreState(self._default_state)
        for dock in (self.board_a_dock, self.board_b_dock, self.log_dock):
            dock.setFloating(False)
            dock.show()
        self.alarm_bar.setVisible(bool(self.alarms.items))

    def end_session(self) -> None:
        """Record that the officer on duty left (once, however often called)."""
        operations = self._context.operations
        if self._duty_ended or operations.officer == SYSTEM_ACTOR:
            return
        self._duty_ended = True
        try:
            end_duty(operations)
        except Exception:
            _log.exception("recording the end of duty failed")

    def closeEvent(self, event: QCloseEvent) -> None:
        self.alarms.stop()
        self.boards.save()
        self._layout.save(self)
        self.end_session()
        super().closeEvent(event)
        self.closed.emit()
