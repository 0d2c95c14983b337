"""The board's buttons to the incident's forms: details, reports, instructions,
and the "can we dispatch?" view of resources around the incident.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QWidget

from console.context import ConsoleContext
from widgets.board_parts import small_button
from widgets.dispatch_view import open_dispatch_view
from widgets.instruction_dialog import open_instruction_dialog
from widgets.intake_dialog import open_intake
from widgets.report_dialog import open_report_dialog


class BoardActions(QWidget):
    """Opens the intake, report and instruction forms on the board's incident.

    The forms are non-modal (pitfall A6) and parented to the main window, so
    one already open on the same incident is raised instead of doubled.

    Attributes:
        details_button, reports_button, instructions_button, dispatch_button:
            the buttons.
    """

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.incident_id: str | None = None
        self.details_button = small_button(
            self.tr("Details…"), self.tr("Complete or correct the incident's facts")
        )
        self.reports_button = small_button(
            self.tr("Reports…"), self.tr("Draft, sign off and send reports upward")
        )
        self.instructions_button = small_button(
            self.tr("Instructions…"),
            self.tr("Record and follow up leaders' instructions"),
        )
        self.dispatch_button = small_button(
            self.tr("Dispatch resources…"),
            self.tr("Teams, supplies and shelter places near the incident"),
        )
        self.details_button.clicked.connect(self.open_details)
        self.dispatch_button.clicked.connect(self.open_dispatch)
        self.reports_button.clicked.connect(self.open_reports)
        self.instructions_button.clicked.connect(self.open_instructions)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.details_button)
        row.addWidget(self.reports_button)
        row.addWidget(self.instructions_button)
        row.addWidget(self.dispatch_button)
        row.addStretch(1)

    @Slot()
    def open_details(self) -> QDialog | None:
        if self.incident_id is None:
            return None
        return open_intake(self._context, self.window(), incident_id=self.incident_id)

    @Slot()
    def open_reports(self) -> QDialog | None:
        if self.incident_id is None:
            return None
        return open_report_dialog(self._context, self.incident_id, self.window())

    @Slot()
    def open_instructions(self) -> QDialog | None:
        if self.incident_id is None:
            return None
        return open_instruction_dialog(self._context, self.incident_id, self.window())

    @Slot()
    def open_dispatch(self) -> QDialog | None:
        if self.incident_id is None:
            return None
        # The window's map shows the search circle, when there is one.
        window = self.window()
        return open_dispatch_view(
            self._context,
            self.incident_id,
            window,
            map_view=getattr(window, "map_view", None),
        )
