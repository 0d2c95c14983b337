"""The alarm banner across the top of the main window.

Orange rows say a report is due soon (即将到期); red rows, flashing, say it
is overdue (已超时). Each row has its own acknowledge button; Ctrl+Shift+A
acknowledges the first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.domain.alarms import AlarmState
from widgets.alarm_controller import AlarmItem
from widgets.labels import alarm_state_label, numbered_report_label
from widgets.timefmt import format_local

FLASH_MS = 500
# Rows shown at once; the rest are counted, so the banner never pushes the
# map and boards off the screen.
MAX_ROWS = 3

COLOURS = {
    AlarmState.DUE_SOON: ("#ef6c00", "#ef6c00"),
    AlarmState.OVERDUE: ("#c62828", "#7f0000"),
}


class AlarmRow(QFrame):
    """One alarm: state, incident, report, due time and "Acknowledge".

    Signals:
        acknowledge_requested(AlarmItem): the officer pressed the button.
    """

    acknowledge_requested = Signal(object)

    def __init__(self, item: AlarmItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.setObjectName("alarm_row")
        self.text_label = QLabel(self._text(item))
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )
        font = QFont(self.text_label.font())
        font.setBold(True)
        self.text_label.setFont(font)
        self.text_label.setToolTip(self.text_label.text())
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.ack_button.setAutoDefault(False)
        self.ack_button.clicked.connect(lambda: self.acknowledge_requested.emit(item))
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 4, 2)
        row.addWidget(self.text_label, 1)
        row.addWidget(self.ack_button)
        self.set_flash(True)

    def _text(self, item: AlarmItem) -> str:
        if item.is_checklist:
            what = self.tr("Plan task: {task} ({unit})").format(
                task=item.task, unit=item.unit
            )
        else:
            what = numbered_report_label(item.kind, item.sequence)
        return self.tr("{state}: {title} — {report}, due {due}").format(
            state=alarm_state_label(item.state),
            title=item.title,
            report=what,
            due=format_local(item.alarm.due),
        )

    def set_flash(self, on: bool) -> None:
        bright, dark = COLOURS[self.item.state]
        colour = bright if on else dark
        self.setProperty("colour", colour)
        self.setStyleSheet(
            f"#alarm_row {{ background: {colour}; border-radius: 3px; }}"
            " QLabel { color: white; }"
        )


class AlarmBanner(QWidget):
    """Lists the unacknowledged alarms; hidden when there are none.

    Attributes:
        rows: the rows shown, earliest due first.
        more_label: "and n more" when there are more than ``MAX_ROWS``.
        flash_timer: alternates the overdue rows' colour while any is shown.

    Signals:
        acknowledge_requested(AlarmItem): acknowledge this alarm.
    """

    acknowledge_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AlarmRow] = []
        self._flash_on = True
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(2, 2, 2, 2)
        self._layout.setSpacing(2)
        self.more_label = QLabel()
        self.more_label.hide()
        self._layout.addWidget(self.more_label)
        self.flash_timer = QTimer(self)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self._flash)

    @Slot(list)
    def set_alarms(self, items: list[AlarmItem]) -> None:
        for row in self.rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        for index, item in enumerate(items[:MAX_ROWS]):
            row = AlarmRow(item, self)
            row.acknowledge_requested.connect(self.acknowledge_requested)
            self._layout.insertWidget(index, row)
            self.rows.append(row)
        hidden = len(items) - len(self.rows)
        self.more_label.setText(self.tr("… and {n} more").format(n=hidden))
        self.more_label.setVisible(hidden > 0)
        overdue = any(i.state == AlarmState.OVERDUE for i in items)
        if overdue and not self.flash_timer.isActive():
            self.flash_timer.start()
        elif not overdue:
            self.flash_timer.stop()
        self.setVisible(bool(items))

    @Slot()
    def _flash(self) -> None:
        self._flash_on = not self._flash_on
        for row in self.rows:
            if row.item.state == AlarmState.OVERDUE:
                row.set_flash(self._flash_on)
