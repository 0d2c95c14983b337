"""The incident's lifecycle status on a board: advance, or reopen with a reason."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.domain import lifecycle
from console.ops.core import Operations
from console.ops.incidents import advance_status, reopen_incident
from console.store.models import Incident
from widgets.board_parts import ERROR_COLOUR, chip_style, plain_label, small_button
from widgets.labels import status_label

_log = logging.getLogger("eoc.ui")

# Closed incidents grey, open ones the accent of their stage.
STATUS_COLOURS = {
    lifecycle.RECEIVED: ("#6a1b9a", "#ffffff"),
    lifecycle.VERIFIED: ("#1565c0", "#ffffff"),
    lifecycle.HANDLING: ("#c62828", "#ffffff"),
    lifecycle.CONTROLLED: ("#2e7d32", "#ffffff"),
    lifecycle.CLOSED: ("#757575", "#ffffff"),
}


class StatusSection(QWidget):
    """接报 → 核实 → 处置中 → 已控制 → 结束, and reopening a closed incident.

    Attributes:
        status_label: the current status.
        advance_button: moves to the next status; its menu offers later ones.
        reopen_button: shown for a closed incident; asks for the reason.
        reopen_dialog: the open reason dialog, if any.
        message_label: why the last change failed, if it did.
    """

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._operations = operations
        self._incident: Incident | None = None
        self.reopen_dialog: QInputDialog | None = None

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.advance_button = small_button("")
        self.advance_button.setPopupMode(
            QToolButton.ToolButtonPopupMode.MenuButtonPopup
        )
        self.advance_button.clicked.connect(self.advance)
        self._advance_menu = QMenu(self)
        self.advance_button.setMenu(self._advance_menu)
        self.reopen_button = small_button(
            self.tr("Reopen…"), self.tr("Reopen the closed incident (reason required)")
        )
        self.reopen_button.clicked.connect(self.ask_reopen)
        self.message_label = plain_label()
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message_label.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_label)
        row.addStretch(1)
        row.addWidget(self.advance_button)
        row.addWidget(self.reopen_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.message_label)

    def render(self, incident: Incident) -> None:
        self._incident = incident
        colours = STATUS_COLOURS.get(incident.status, STATUS_COLOURS[lifecycle.CLOSED])
        self.status_label.setText(status_label(incident.status))
        self.status_label.setStyleSheet(chip_style(*colours))
        later = lifecycle.next_statuses(incident.status)
        self.advance_button.setVisible(bool(later))
        self.reopen_button.setVisible(incident.status == lifecycle.CLOSED)
        self._advance_menu.clear()
        if later:
            self.advance_button.setText(
                self.tr("→ {status}").format(status=status_label(later[0]))
            )
            self.advance_button.setToolTip(
                self.tr("Move the incident on to “{status}”").format(
                    status=status_label(later[0])
                )
            )
        for status in later:
            action = self._advance_menu.addAction(status_label(status))
            action.triggered.connect(
                lambda _checked=False, s=status: self.advance_to(s)
            )

    @Slot()
    def advance(self) -> bool:
        """Move to the next status."""
        if self._incident is None:
            return False
        later = lifecycle.next_statuses(self._incident.status)
        return bool(later) and self.advance_to(later[0])

    def advance_to(self, status: str) -> bool:
        if self._incident is None:
            return False
        try:
            advance_status(self._operations, self._incident.id, status)
        except lifecycle.StatusChangeError:
            self._show(self.tr("The status changed meanwhile; look again."))
            return False
        except Exception:
            _log.exception("advancing %s to %s failed", self._incident.id, status)
            self._show(self.tr("Not recorded: the status could not be changed."))
            return False
        self.message_label.hide()
        return True

    @Slot()
    def ask_reopen(self) -> QInputDialog | None:
        """Ask why the closed incident is reopened (non-blocking)."""
        if self._incident is None:
            return None
        incident_id = self._incident.id
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Reopen incident"))
        dialog.setLabelText(self.tr("Why is the incident reopened?"))
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.textValueSelected.connect(lambda text: self.reopen(incident_id, text))
        dialog.finished.connect(lambda _result: self._reopen_closed(dialog))
        self.reopen_dialog = dialog
        dialog.open()
        return dialog

    def _reopen_closed(self, dialog: QInputDialog) -> None:
        if self.reopen_dialog is dialog:
            self.reopen_dialog = None
        dialog.deleteLater()

    def reopen(self, incident_id: str, reason: str) -> bool:
        if not reason.strip():
            self._show(self.tr("Not reopened: a reason is required."))
            return False
        try:
            reopen_incident(self._operations, incident_id, reason)
        except lifecycle.StatusChangeError:
            self._show(self.tr("The status changed meanwhile; look again."))
            return False
        except Exception:
            _log.exception("reopening %s failed", incident_id)
            self._show(self.tr("Not recorded: the incident could not be reopened."))
            return False
        self.message_label.hide()
        return True

    def _show(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
