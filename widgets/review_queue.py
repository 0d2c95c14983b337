"""The duty leader's review queue (研判): significant entries to decide."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.context import ConsoleContext
from console.oplog.reviews import pending
from console.ops.core import OpChanges
from console.ops.oplog import review_entry
from widgets.changes import OpChangesRelay
from widgets.timefmt import format_local

_log = logging.getLogger("eoc.ui")

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewQueuePane(QWidget):
    """Entries flagged 重要 and not yet reviewed, oldest first.

    "Confirm" shares the entry as a significant event, "Dismiss" takes it
    out of the queue; either is a logged review by the officer on duty.
    """

    def __init__(
        self,
        context: ConsoleContext,
        relay: OpChangesRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self.list = QListWidget()
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.confirm_button.clicked.connect(lambda: self.decide("confirmed"))
        self.dismiss_button.clicked.connect(lambda: self.decide("dismissed"))
        self.message_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        relay.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """List the entries still waiting for review."""
        current = self.list.currentItem()
        keep = current.data(ENTRY_ID_ROLE) if current is not None else None
        self.list.clear()
        for entry in pending(self._context.database):
            item = QListWidgetItem(
                f"{format_local(entry.created_at)}  {entry.officer}  {entry.text}"
            )
            item.setData(ENTRY_ID_ROLE, entry.id)
            self.list.addItem(item)
            if entry.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)

    def entry_ids(self) -> list[str]:
        """The ids of the queued entries, in list order."""
        return [
            self.list.item(row).data(ENTRY_ID_ROLE) for row in range(self.list.count())
        ]

    @Slot(str)
    def decide(self, decision: str) -> None:
        """Record ``decision`` on the selected entry."""
        item: QListWidgetItem | None = self.list.currentItem()
        if item is None:
            return
        try:
            review_entry(self._context.operations, item.data(ENTRY_ID_ROLE), decision)
        except Exception:
            _log.exception("recording a review failed")
            self.message_label.setText(self.tr("The review could not be recorded."))
            return
        self.message_label.clear()
        self.reload()

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if changes.log_entry_ids:
            self.reload()
