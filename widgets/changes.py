"""Bringing operation notifications onto the GUI thread."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal, Slot
from shiboken6 import isValid

from console.ops.core import OpChanges, Operations

_log = logging.getLogger("eoc.ui")


class OpChangesRelay(QObject):
    """Re-emits every committed operation's ``OpChanges`` on the GUI thread.

    ``Operations`` calls its subscribers on whichever thread ran the
    operation. Views must only be touched from the GUI thread, so the relay
    always goes through a queued connection: ``changed`` fires from the event
    loop of the thread the relay lives in, shortly after the commit.

    Signals:
        changed(OpChanges): an operation was committed.
    """

    changed = Signal(object)
    _posted = Signal(object)

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._operations = operations
        operations.subscribe(self._on_committed)
        self.destroyed.connect(lambda: operations.unsubscribe(self._on_committed))

    def _on_committed(self, changes: OpChanges) -> None:
        # A notification from another thread can race the relay's deletion;
        # it is dropped here instead of raising in the operation's caller.
        if isValid(self):
            self._posted.emit(changes)

    @Slot(object)
    def _deliver(self, changes: OpChanges) -> None:
        _log.debug("relaying %s", changes.action)
        self.changed.emit(changes)
