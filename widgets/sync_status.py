"""Showing the background sync in the status bar and refreshing views.

The sync client reports on the asyncio loop that Qt shares (qasync), so
these callbacks already run on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from console.ops.core import OpChanges
from console.sync.client import SyncStatus
from widgets.changes import OpChangesRelay
from widgets.statusbar import ConsoleStatusBar
from widgets.timefmt import format_local

# The action of the notification sent after each sync round, so views can
# refresh their records' sync marks (the hub may have acknowledged some).
SYNC_ROUND = "sync.round"


class SyncStatusView(QObject):
    """Turns sync status into status-bar text and applied pages into refreshes.

    Changes received from the hub bypass the operations layer, so no
    ``OpChanges`` announces them; ``applied`` makes one up for the tables a
    page wrote, and the views refresh exactly as after a local operation.
    """

    def __init__(
        self, status_bar: ConsoleStatusBar, relay: OpChangesRelay, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._bar = status_bar
        self._relay = relay

    def show(self, status: SyncStatus) -> None:
        state = self.tr("online") if status.online else self.tr("offline")
        last = (
            format_local(status.last_sync)
            if status.last_sync is not None
            else self.tr("never")
        )
        text = self.tr(
            "Sync: {state} · last {last} · waiting {waiting} · conflicts {conflicts}"
        ).format(
            state=state,
            last=last,
            waiting=status.waiting,
            conflicts=status.conflicts,
        )
        if status.clock_off_s is not None:
            text += self.tr(
                " · this workstation's clock is {minutes:+d} min off the hub's: "
                "set the time, report deadlines depend on it"
            ).format(minutes=round(status.clock_off_s / 60))
        if status.last_error:
            text += self.tr(" · error: {error}").format(error=status.last_error)
        self._bar.set_sync_text(text)
        if not status.running:
            self._relay.changed.emit(
                OpChanges(
                    action=SYNC_ROUND,
                    tables=frozenset(),
                    row_ids=frozenset(),
                    log_entry_ids=(),
                )
            )

    def applied(self, tables: frozenset[str]) -> None:
        self._relay.changed.emit(
            OpChanges(
                action="sync.applied",
                tables=tables,
                row_ids=frozenset(),
                log_entry_ids=(),
            )
        )
