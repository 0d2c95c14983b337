"""The main window's resource features in one place.

The window makes one ``ResourceConsole``, docks ``rosters`` and adds
``menu`` (资源); the map layers, the "can we dispatch?" view, imports and
exports all hang off it, so the window itself only gains a few lines.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QWidget,
)

from console.context import ConsoleContext
from console.resources import columns
from maps.layers import BUSINESSES, LAYER_NAMES
from widgets.changes import OpChangesRelay
from widgets.dispatch_view import DispatchView, open_dispatch_view
from widgets.incident_board import IncidentBoard
from widgets.resource_files import (
    ImportDialog,
    export_roster,
    kind_label,
    open_import_dialog,
)
from widgets.resource_labels import layer_label
from widgets.resource_link import ResourceLink
from widgets.resource_rosters import ResourceRosters

_log = logging.getLogger("eoc.ui")

SAVE_FILTER = "Excel (*.xlsx);;CSV (*.csv)"


class ResourceConsole(QObject):
    """Rosters, map layers, dispatch, import and export for one main window.

    Attributes:
        rosters: the 资源 tabs (the window docks them).
        link: keeps the map's resource layers current.
        menu: the 资源 menu.
        layer_actions: the map layer switches, by layer name.
        follow_filters_action: when checked, the rosters' kind and status
            filters also filter the map.
        current_board: "a" or "b", the board last worked on; the menu's
            dispatch item opens the view for its incident.
        ask_save_path: asks where to export (replaced in tests).
    """

    def __init__(
        self,
        context: ConsoleContext,
        relay: OpChangesRelay,
        map_view: Any,
        boards: Mapping[str, IncidentBoard],
        *,
        window: QMainWindow,
    ) -> None:
        super().__init__(window)
        self._context = context
        self._map = map_view
        self._boards = boards
        self._window = window
        self.current_board = "a"
        self.dock: QDockWidget | None = None
        self.ask_save_path: Callable[[str], str] = self._save_dialog
        self.rosters = ResourceRosters(context, relay)
        self.link = ResourceLink(context.database, relay, map_view, self)
        for name, board in boards.items():
            board.incident_selected.connect(lambda _id, n=name: self._use_board(n))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        map_view.resource_clicked.connect(self.show_record)
        map_view.layer_toggled.connect(self._on_layer_toggled)
        self.rosters.map_filter_changed.connect(self._on_roster_filter)
        self.menu = self._build_menu()

    def dock_rosters(self, dock: QDockWidget) -> QAction:
        """Put the rosters in ``dock``; returns its Ctrl+R toggle action."""
        self.dock = dock
        dock.setWidget(self.rosters)
        toggle = dock.toggleViewAction()
        toggle.setText(self.tr("Resource rosters"))
        toggle.setShortcut(QKeySequence("Ctrl+R"))
        toggle.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._window.addAction(toggle)
        self.menu.addSeparator()
        self.menu.addAction(toggle)
        return toggle

    # --- menu -----------------------------------------------------------------

    def _build_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Resources"), self._window)
        self.dispatch_action = QAction(
            self.tr("Can we &dispatch? (selected incident)…"), self._window
        )
        self.dispatch_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.dispatch_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.dispatch_action.triggered.connect(lambda: self.open_dispatch())
        self._window.addAction(self.dispatch_action)
        menu.addAction(self.dispatch_action)
        menu.addSeparator()
        self.import_action = menu.addAction(self.tr("&Import roster file…"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.export_menu = menu.addMenu(self.tr("&Export"))
        self.template_menu = menu.addMenu(self.tr("Export empty &template"))
        for kind in columns.KINDS:
            action = self.export_menu.addAction(kind_label(kind) + "…")
            action.triggered.connect(lambda _c=False, k=kind: self.export(k))
            action = self.template_menu.addAction(kind_label(kind) + "…")
            action.triggered.connect(
                lambda _c=False, k=kind: self.export(k, template=True)
            )
        menu.addSeparator()
        layers = menu.addMenu(self.tr("Map &layers"))
        self.layer_actions: dict[str, QAction] = {}
        for name in LAYER_NAMES:
            action = layers.addAction(layer_label(name))
            action.setCheckable(True)
            action.setChecked(name != BUSINESSES)
            action.toggled.connect(
                lambda on, n=name: self._map.set_layer_visible(n, on)
            )
            self.layer_actions[name] = action
        layers.addSeparator()
        self.follow_filters_action = layers.addAction(
            self.tr("Filter the map like the rosters")
        )
        self.follow_filters_action.setCheckable(True)
        self.follow_filters_action.toggled.connect(self._on_follow_toggled)
        return menu

    # --- the incident worked on -----------------------------------------------

    def _use_board(self, name: str) -> None:
        self.current_board = name

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for name, board in self._boards.items():
            if new is not None and (new is board or board.isAncestorOf(new)):
                self.current_board = name
                return

    def selected_incident(self) -> str | None:
        """The incident of the board last worked on (else of the other one)."""
        first = self._boards.get(self.current_board)
        order = [first, *(b for b in self._boards.values() if b is not first)]
        for board in order:
            if board is not None and board.incident_id is not None:
                return board.incident_id
        return None

    def open_dispatch(self, incident_id: str | None = None) -> DispatchView | None:
        """Open "can we dispatch?" for ``incident_id`` or the selected incident."""
        incident_id = incident_id or self.selected_incident()
        if incident_id is None:
            self._window.statusBar().showMessage(
                self.tr("Choose an incident on a board first."), 5000
            )
            return None
        return open_dispatch_view(
            self._context, incident_id, self._window, map_view=self._map
        )

    # --- files ----------------------------------------------------------------

    def open_import(self) -> ImportDialog:
        return open_import_dialog(self._context, self._window)

    def _save_dialog(self, suggested: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self._window, self.tr("Export roster"), suggested, SAVE_FILTER
        )
        return path

    def export(self, kind: str, *, template: bool = False) -> Path | None:
        """Ask for a file and export ``kind`` (or its empty template) to it."""
        suffix = "_template" if template else ""
        chosen = self.ask_save_path(f"{kind}{suffix}.xlsx")
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_suffix(".xlsx")
        try:
            count = export_roster(self._context, kind, path, template=template)
        except (OSError, ValueError) as error:
            _log.warning("export of %s to %s failed: %s", kind, path, error)
            self._window.statusBar().showMessage(
                self.tr("The export failed: {reason}").format(reason=str(error)), 8000
            )
            return None
        if template:
            text = self.tr("Empty template written to {file}.")
        else:
            text = self.tr("{count} rows written to {file}.")
        self._window.statusBar().showMessage(
            text.format(count=count, file=path.name), 8000
        )
        return path

    # --- map ------------------------------------------------------------------

    @Slot(str, bool)
    def _on_layer_toggled(self, name: str, visible: bool) -> None:
        action = self.layer_actions.get(name)
        if action is not None and action.isChecked() != visible:
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)

    @Slot(str, str)
    def show_record(self, layer: str, record_id: str) -> None:
        """Show a record clicked on the map in its roster tab."""
        if self.rosters.tab_for(layer) is None:
            return
        if self.dock is not None:
            self.dock.show()
            self.dock.raise_()
        self.rosters.show_record(layer, record_id)

    @Slot(str, object)
    def _on_roster_filter(self, layer: str, layer_filter: dict[str, Any]) -> None:
        if self.follow_filters_action.isChecked():
            self._map.set_layer_filter(layer, layer_filter)

    @Slot(bool)
    def _on_follow_toggled(self, follow: bool) -> None:
        for layer in LAYER_NAMES:
            table = self.rosters.tab_for(layer)
            if table is not None:
                self._map.set_layer_filter(
                    layer, table.current_filter() if follow else None
                )
