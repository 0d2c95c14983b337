"""An incident board: one incident's key facts, chosen from the active ones."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from console.domain.taxonomy import Taxonomy
from console.store.models import Incident
from widgets.incident_source import IncidentDiff, IncidentSource
from widgets.labels import (
    GRADE_COLOURS,
    category_label,
    grade_badge_text,
    status_label,
)
from widgets.timefmt import format_local


def _plain_label() -> QLabel:
    # Plain text always: titles and descriptions are typed by people and
    # must never be interpreted as HTML.
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def format_point(lat: float, lon: float) -> str:
    """Coordinates as ``29.812345°N, 121.543210°E``."""
    north = "N" if lat >= 0 else "S"
    east = "E" if lon >= 0 else "W"
    return f"{abs(lat):.6f}°{north}, {abs(lon):.6f}°{east}"


class IncidentBoard(QWidget):
    """Shows one active incident; the combo picks any of them.

    Attributes:
        pinned: True when the officer chose the incident shown (the window
            then leaves this board alone when new incidents arrive).

    Signals:
        incident_selected(str): the officer picked an incident in the combo.
    """

    incident_selected = Signal(str)

    def __init__(
        self,
        source: IncidentSource,
        taxonomy: Taxonomy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._taxonomy = taxonomy
        self._incident_id: str | None = None
        self.pinned = False
        self._build()
        source.reloaded.connect(self._on_reloaded)
        self._fill_combo()
        self._render()

    @property
    def incident_id(self) -> str | None:
        """The incident shown, or None."""
        return self._incident_id

    def _build(self) -> None:
        self.picker = QComboBox()
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(12)
        self.picker.activated.connect(self._on_picked)
        self.picker.setAccessibleName(self.tr("Incident shown on this board"))

        self.title_label = _plain_label()
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.grade_badge = QLabel()
        self.grade_badge.setTextFormat(Qt.TextFormat.PlainText)
        self.grade_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grade_badge.setSizePolicy(
            QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed
        )
        self.category_label = _plain_label()
        self.status_label = _plain_label()
        self.occurred_label = _plain_label()
        self.received_label = _plain_label()
        self.location_label = _plain_label()
        self.description_label = _plain_label()
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        details = QFormLayout()
        details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        details.addRow(self.tr("Grade"), self.grade_badge)
        details.addRow(self.tr("Category"), self.category_label)
        details.addRow(self.tr("Status"), self.status_label)
        details.addRow(self.tr("Occurred at"), self.occurred_label)
        details.addRow(self.tr("Received at"), self.received_label)
        details.addRow(self.tr("Location"), self.location_label)
        details.addRow(self.tr("Description"), self.description_label)
        self.details = QWidget()
        details_column = QVBoxLayout(self.details)
        details_column.setContentsMargins(0, 0, 0, 0)
        details_column.addWidget(self.title_label)
        details_column.addLayout(details)
        details_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.details)

        self.empty_label = QLabel(self.tr("No incident selected"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)

    def show_incident(self, incident_id: str | None, *, pinned: bool = False) -> None:
        """Show ``incident_id`` (None clears the board) without emitting."""
        if incident_id is not None and self._source.get(incident_id) is None:
            incident_id = None
        self._incident_id = incident_id
        self.pinned = pinned and incident_id is not None
        self._select_in_combo()
        self._render()

    @Slot(int)
    def _on_picked(self, index: int) -> None:
        incident_id = self.picker.itemData(index)
        self.show_incident(incident_id, pinned=True)
        if incident_id is not None:
            self.incident_selected.emit(incident_id)

    @Slot(object)
    def _on_reloaded(self, diff: IncidentDiff) -> None:
        if (
            self._incident_id is not None
            and self._source.get(self._incident_id) is None
        ):
            self._incident_id = None
            self.pinned = False
        self._fill_combo()
        self._render()

    def _fill_combo(self) -> None:
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItem(self.tr("— choose an incident —"), None)
        for incident in self._source.incidents:
            when = format_local(incident.received_at)
            self.picker.addItem(f"{when}  {incident.title}", incident.id)
        self._select_in_combo()
        self.picker.blockSignals(False)

    def _select_in_combo(self) -> None:
        index = self.picker.findData(self._incident_id) if self._incident_id else 0
        self.picker.setCurrentIndex(max(index, 0))

    def _render(self) -> None:
        incident = self._source.get(self._incident_id) if self._incident_id else None
        self.empty_label.setVisible(incident is None)
        self.details.setVisible(incident is not None)
        if incident is None:
            return
        self.title_label.setText(incident.title)
        self._render_grade(incident.grade)
        self.category_label.setText(
            category_label(self._taxonomy, incident.category, incident.type)
        )
        self.status_label.setText(status_label(incident.status))
        self.occurred_label.setText(format_local(incident.occurred_at))
        self.received_label.setText(format_local(incident.received_at))
        self.location_label.setText(self._location_text(incident))
        self.description_label.setText(incident.description or "—")

    def _render_grade(self, grade: str | None) -> None:
        background, foreground = GRADE_COLOURS.get(grade, GRADE_COLOURS[None])
        self.grade_badge.setText(grade_badge_text(grade))
        self.grade_badge.setStyleSheet(
            f"background: {background}; color: {foreground};"
            " border-radius: 3px; padding: 2px 8px; font-weight: bold;"
        )
        self.grade_badge.setProperty("grade_colour", background)

    def _location_text(self, incident: Incident) -> str:
        parts = []
        division = self._source.division_name(incident.division_id)
        if division:
            parts.append(division)
        if incident.lat is not None and incident.lon is not None:
            parts.append(format_point(incident.lat, incident.lon))
        return "\n".join(parts) or self.tr("Unknown")
