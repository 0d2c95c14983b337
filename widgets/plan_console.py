"""The main window's plan features in one place: menu, checklist, dialogs.

The window makes one ``PlanConsole``, puts ``checklist`` in a dock and adds
``menu``; everything else about plans (which board is "selected", the
library, activating) lives here so the window stays small.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QMenu,
    QWidget,
)

from console import queries
from console.context import ConsoleContext
from widgets.board_clocks import Clock
from widgets.changes import OpChangesRelay
from widgets.checklist_pane import ChecklistPane
from widgets.incident_board import IncidentBoard
from widgets.plan_activation_dialog import ActivationDialog
from widgets.plan_library import PlanLibraryDialog
from widgets.plan_shelf import PlanShelf

CHECKLIST_HEIGHT = 340


class PlanConsole(QObject):
    """Plan library, activation and the checklist for one main window.

    Attributes:
        shelf: the loaded plan library.
        checklist: the checklist pane (the window docks it).
        current_board: "a" or "b", the board last worked on; "启动预案…"
            in the menu and the checklist's "selected board" follow it.
        library_dialog, activation_dialog: the open dialogs, if any.
        menu: the 预案 menu.
        checklist_dock: the dock holding ``checklist``, once the window
            made it; shown when a plan has just been activated.
    """

    def __init__(
        self,
        context: ConsoleContext,
        relay: OpChangesRelay,
        boards: Mapping[str, IncidentBoard],
        *,
        clock: Clock,
        window: QMainWindow,
    ) -> None:
        super().__init__(window)
        self._context = context
        self._relay = relay
        self._boards = boards
        self._window = window
        self.shelf = PlanShelf(context.data_dir, self)
        self.checklist = ChecklistPane(context, self.shelf, relay, boards, clock=clock)
        self.current_board = "a"
        self.library_dialog: PlanLibraryDialog | None = None
        self.activation_dialog: ActivationDialog | None = None
        self.checklist_dock: QDockWidget | None = None
        for name, board in boards.items():
            board.incident_selected.connect(lambda _id, n=name: self.select_board(n))
            board.plans.activate_requested.connect(
                lambda incident_id, n=name: self._activate_from_board(n, incident_id)
            )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.menu = self._build_menu()

    def dock_checklist(self, dock: QDockWidget) -> QAction:
        """Put the checklist in ``dock``; returns its Ctrl+K toggle action."""
        self.checklist_dock = dock
        dock.setWidget(self.checklist)
        toggle = dock.toggleViewAction()
        toggle.setShortcut(QKeySequence("Ctrl+K"))
        toggle.triggered.connect(self._on_checklist_toggled)
        self._window.addAction(toggle)
        self.menu.addSeparator()
        self.menu.addAction(toggle)
        return toggle

    @Slot(bool)
    def _on_checklist_toggled(self, shown: bool) -> None:
        if shown:
            self.show_checklist()

    def show_checklist(self) -> None:
        """Show and raise the checklist dock with the cursor in the list."""
        if self.checklist_dock is None:
            return
        self.checklist_dock.show()
        self.checklist_dock.raise_()
        # Shared with the log below the map; the list needs more rows.
        self._window.resizeDocks(
            [self.checklist_dock], [CHECKLIST_HEIGHT], Qt.Orientation.Vertical
        )
        self.checklist.view.setFocus()

    def _build_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Plans"), self._window)
        self.library_action = QAction(self.tr("Plan &library…"), self._window)
        self.library_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.library_action.triggered.connect(self.open_library)
        self.activate_action = QAction(
            self.tr("&Activate plan for the selected board…"), self._window
        )
        self.activate_action.triggered.connect(lambda: self.open_activation())
        for action in (self.library_action, self.activate_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self._window.addAction(action)
            menu.addAction(action)
        return menu

    def select_board(self, name: str) -> None:
        self.current_board = name
        self.checklist.set_current_board(name)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        for name, board in self._boards.items():
            if new is not None and (new is board or board.isAncestorOf(new)):
                self.select_board(name)
                return

    def _activate_from_board(self, name: str, incident_id: str) -> None:
        self.select_board(name)
        self.open_activation(incident_id)

    @Slot()
    def open_library(self) -> PlanLibraryDialog:
        if self.library_dialog is None:
            dialog = PlanLibraryDialog(
                self._context, self.shelf, self._relay, self._window
            )
            dialog.finished.connect(lambda _r: self._library_closed(dialog))
            self.library_dialog = dialog
        self.library_dialog.show()
        self.library_dialog.raise_()
        return self.library_dialog

    def _library_closed(self, dialog: PlanLibraryDialog) -> None:
        if self.library_dialog is dialog:
            self.library_dialog = None
        dialog.deleteLater()

    def open_activation(
        self, incident_id: str | None = None
    ) -> ActivationDialog | None:
        """Open the activation form for an incident (default: selected board's)."""
        if incident_id is None:
            incident_id = self._boards[self.current_board].incident_id
        incident = queries.incident(self._context.database, incident_id or "")
        if incident is None:
            self._window.statusBar().showMessage(
                self.tr("Choose an incident on a board first.")
            )
            return None
        if self.activation_dialog is not None:
            self.activation_dialog.close()
        dialog = ActivationDialog(self._context, self.shelf, incident, self._window)
        dialog.finished.connect(lambda _r: self._activation_closed(dialog))
        dialog.accepted.connect(self.show_checklist)
        self.activation_dialog = dialog
        dialog.open()
        return dialog

    def _activation_closed(self, dialog: ActivationDialog) -> None:
        if self.activation_dialog is dialog:
            self.activation_dialog = None
        dialog.deleteLater()
