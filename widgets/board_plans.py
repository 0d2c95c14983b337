"""The board's plan line: each running plan's checklist progress.

One line per running plan, such as "预案：防汛防台抗旱 Ⅲ级 — 完成 5/12，
超时 2", and the button that starts a plan on the board's incident.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from console.plans.queries import Progress, checklist_progress
from console.rulebook import shipped
from console.store.engine import Database
from widgets.board_clocks import Clock
from widgets.board_parts import ERROR_COLOUR, plain_label, small_button
from widgets.plan_labels import level_text, short_title

RECOMPUTE_MS = 30_000


class PlanProgressSection(QWidget):
    """Progress of the plans running on the board's incident.

    Attributes:
        lines: one label per running plan.
        empty_label: shown when no plan runs.
        activate_button: "Activate plan…".

    Signals:
        activate_requested(str): the officer wants to start a plan on this
            incident (the window opens the activation dialog).
    """

    activate_requested = Signal(str)

    def __init__(
        self, database: Database, *, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._clock = clock
        self._incident_id: str | None = None
        self.progress: list[Progress] = []
        self.lines: list[QLabel] = []
        self.empty_label = QLabel(self.tr("No plan running."))
        self.empty_label.setEnabled(False)
        self.activate_button = small_button(
            self.tr("Activate plan…"),
            self.tr("Start an emergency plan for this incident (suggested level)"),
        )
        self.activate_button.clicked.connect(self._on_activate)
        self._column = QVBoxLayout()
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(1)
        self._column.addWidget(self.empty_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(self._column, 1)
        row.addWidget(self.activate_button, 0, Qt.AlignmentFlag.AlignTop)
        self.recompute_timer = QTimer(self)
        self.recompute_timer.setInterval(RECOMPUTE_MS)
        self.recompute_timer.timeout.connect(self.recompute)

    def render(self, incident_id: str | None) -> None:
        self._incident_id = incident_id
        self.recompute()

    @Slot()
    def recompute(self) -> None:
        self.progress = (
            checklist_progress(
                self._database,
                self._incident_id,
                self._clock(),
                shipped().deadlines.alarm_lead,
            )
            if self._incident_id
            else []
        )
        for label in self.lines:
            self._column.removeWidget(label)
            label.deleteLater()
        self.lines = [self._line(progress) for progress in self.progress]
        for label in self.lines:
            self._column.addWidget(label)
        self.empty_label.setVisible(not self.lines)

    def _line(self, progress: Progress) -> QLabel:
        activation = progress.activation
        text = self.tr("Plan: {plan} {level} — done {settled}/{total}").format(
            plan=short_title(activation.plan_title),
            level=level_text(activation.level),
            settled=progress.settled,
            total=progress.total,
        )
        if progress.overdue:
            text = self.tr("{text}, overdue {n}").format(text=text, n=progress.overdue)
        label = plain_label(text)
        label.setToolTip(activation.plan_title)
        if progress.overdue:
            label.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        return label

    def line_texts(self) -> list[str]:
        return [label.text() for label in self.lines]

    @Slot()
    def _on_activate(self) -> None:
        if self._incident_id is not None:
            self.activate_requested.emit(self._incident_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.recompute_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.recompute_timer.stop()
        super().hideEvent(event)
