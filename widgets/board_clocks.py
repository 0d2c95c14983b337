"""The incident's running report clocks, counting down every second.

The deadlines themselves come from ``console.clocks.open_deadlines`` and are
read again only when an operation may have changed them (or every 30 s, for
changes arriving by sync); the countdown in between is arithmetic on the
injected clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from console.clocks import open_deadlines
from console.domain.deadlines import Deadline
from console.rulebook import shipped
from console.store.engine import Database
from widgets.board_parts import DUE_SOON_COLOUR, ERROR_COLOUR, plain_label
from widgets.labels import numbered_report_label
from widgets.timefmt import format_local, format_short

TICK_MS = 1_000
RECOMPUTE_MS = 30_000

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def format_span(span: timedelta) -> str:
    """``mm:ss`` under an hour, ``h:mm:ss`` under a day, then days and hours.

    Never negative. Past a day the seconds are noise, and a count of
    thousands of hours is unreadable at a glance.
    """
    seconds = max(int(span.total_seconds()), 0)
    days, hours = divmod(seconds // 3600, 24)
    if days:
        return QCoreApplication.translate("board_clocks", "{days} d {hours} h").format(
            days=days, hours=hours
        )
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes:02d}:{seconds:02d}"


class ClocksSection(QWidget):
    """One row per open deadline: report kind, due time, time left.

    Attributes:
        deadlines: the open deadlines shown, earliest first.
        rows: per deadline, its (kind, due, remaining) labels.
        empty_label: shown when nothing is due.
        tick_timer, recompute_timer: run only while the section is shown.
    """

    def __init__(
        self,
        database: Database,
        *,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._clock = clock
        self._lead = shipped().deadlines.alarm_lead
        self._incident_id: str | None = None
        self.deadlines: list[Deadline] = []
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(1)
        self._grid.setColumnStretch(0, 1)
        self.empty_label = QLabel(self.tr("No report due."))
        self.empty_label.setEnabled(False)
        self._grid.addWidget(self.empty_label, 0, 0, 1, 3)
        self.setLayout(self._grid)

        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.recompute_timer = QTimer(self)
        self.recompute_timer.setInterval(RECOMPUTE_MS)
        self.recompute_timer.timeout.connect(self.recompute)

    def set_incident(self, incident_id: str | None) -> None:
        self._incident_id = incident_id
        self.recompute()

    @Slot()
    def recompute(self) -> None:
        """Read the open deadlines again and rebuild the rows."""
        deadlines: list[Deadline] = []
        if self._incident_id is not None:
            found = open_deadlines(
                self._database, shipped().deadlines, [self._incident_id]
            )
            deadlines = found.get(self._incident_id, [])
        if [d.key for d in deadlines] != [d.key for d in self.deadlines] or [
            d.due for d in deadlines
        ] != [d.due for d in self.deadlines]:
            self.deadlines = deadlines
            self._rebuild()
        self.tick()

    def _rebuild(self) -> None:
        for labels in self.rows:
            for label in labels:
                self._grid.removeWidget(label)
                label.deleteLater()
        self.rows = []
        self.empty_label.setVisible(not self.deadlines)
        for index, deadline in enumerate(self.deadlines, start=1):
            kind = plain_label(
                numbered_report_label(deadline.kind, deadline.sequence), wrap=False
            )
            kind.setToolTip(deadline.source)
            due = QLabel(format_short(deadline.due))
            due.setToolTip(format_local(deadline.due))
            remaining = QLabel()
            remaining.setAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            self._grid.addWidget(kind, index, 0)
            self._grid.addWidget(due, index, 1)
            self._grid.addWidget(remaining, index, 2)
            self.rows.append((kind, due, remaining))

    @Slot()
    def tick(self) -> None:
        """Update the time left on every row from the clock."""
        now = self._clock()
        for deadline, (_kind, _due, remaining) in zip(
            self.deadlines, self.rows, strict=True
        ):
            left = deadline.due - now
            if left <= timedelta(0):
                text = self.tr("Overdue {time}").format(time=format_span(-left))
                style = f"color: {ERROR_COLOUR}; font-weight: bold;"
                state = "overdue"
            else:
                text = self.tr("{time} left").format(time=format_span(left))
                soon = left <= self._lead
                style = f"color: {DUE_SOON_COLOUR}; font-weight: bold;" if soon else ""
                state = "due_soon" if soon else "running"
            remaining.setText(text)
            remaining.setStyleSheet(style)
            remaining.setProperty("state", state)

    def remaining_texts(self) -> list[str]:
        """The countdown texts shown, in row order (for tests and handover)."""
        return [remaining.text() for _kind, _due, remaining in self.rows]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick_timer.start()
        self.recompute_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.tick_timer.stop()
        self.recompute_timer.stop()
        super().hideEvent(event)
