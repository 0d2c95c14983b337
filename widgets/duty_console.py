"""The main window's duty features: the 值班 menu, review queue, who is on.

The window makes one ``DutyConsole``, adds ``menu``, docks ``review_queue``
and hands it the status bar; the roster and handover dialogs, the minute
timer and the log pane's ``#A``/``#B`` lookup live here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu
from shiboken6 import isValid

from console.context import ConsoleContext
from console.ops.core import OpChanges
from console.ops.roster import on_duty_now
from console.store.duty_models import DUTY_TABLES
from console.store.types import utcnow
from widgets.changes import OpChangesRelay
from widgets.handover_dialog import HandoverDialog
from widgets.incident_board import IncidentBoard
from widgets.log_pane import OperationLogPane
from widgets.review_queue import ReviewQueuePane
from widgets.roster_dialog import RosterDialog
from widgets.statusbar import ConsoleStatusBar

MINUTE_MS = 60_000


class DutyConsole(QObject):
    """Roster, handover and review queue for one main window.

    Attributes:
        menu: the 值班 menu.
        review_queue: the duty leader's review queue (the window docks it).
        dialog: the open roster or handover dialog, if any.
    """

    def __init__(
        self,
        context: ConsoleContext,
        relay: OpChangesRelay,
        boards: Mapping[str, IncidentBoard],
        log_pane: OperationLogPane,
        *,
        window: QMainWindow,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(window)
        self._context = context
        self._window = window
        self._clock = clock
        self._status: ConsoleStatusBar | None = None
        self.dialog: QDialog | None = None
        self.review_queue = ReviewQueuePane(context, relay)
        log_pane.set_board_lookup(lambda name: boards[name].incident_id)
        relay.changed.connect(self._on_changed)
        self._timer = QTimer(self)
        self._timer.setInterval(MINUTE_MS)
        self._timer.timeout.connect(self.refresh_status)
        self._timer.start()
        self.menu = QMenu(self.tr("&Duty"), window)
        roster = self.menu.addAction(self.tr("Duty &roster…"))
        roster.triggered.connect(self.open_roster)
        handover = self.menu.addAction(self.tr("Shift &handover…"))
        handover.triggered.connect(self.open_handover)

    def attach_status(self, status: ConsoleStatusBar) -> None:
        """Show who is on the roster now in ``status``, kept current."""
        self._status = status
        self.refresh_status()

    @Slot()
    def refresh_status(self) -> None:
        """Put the shift on duty now (leader and officers) in the status bar."""
        if self._status is None:
            return
        found = on_duty_now(self._context.database, self._clock())
        if found is None:
            self._status.set_roster(None, ())
        else:
            self._status.set_roster(found.leader, found.officers)

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if changes.tables & set(DUTY_TABLES):
            self.refresh_status()

    def _open(self, dialog: QDialog) -> QDialog:
        # A dialog closed earlier was deleted with it; only a live one closes.
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.close()
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    @Slot()
    def open_roster(self) -> QDialog:
        """Open the roster dialog (值班表)."""
        return self._open(RosterDialog(self._context, self._window))

    @Slot()
    def open_handover(self) -> QDialog:
        """Open the handover dialog (交接班)."""
        return self._open(HandoverDialog(self._context, self._window))
