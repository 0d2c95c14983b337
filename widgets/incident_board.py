"""An incident board: one incident's state, levels, clocks and orders."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.context import ConsoleContext
from console.ops.core import OpChanges
from console.store.models import Incident
from console.sync.marks import SyncMarks
from widgets.board_actions import BoardActions
from widgets.board_clocks import Clock, ClocksSection, utc_now
from widgets.board_figures import FiguresSection
from widgets.board_levels import LevelsSection
from widgets.board_log import RecentLogSection
from widgets.board_orders import CommandPostsSection, InstructionsSection
from widgets.board_parts import compact_form, plain_label, section_title
from widgets.board_plans import PlanProgressSection
from widgets.board_status import StatusSection
from widgets.changes import OpChangesRelay
from widgets.incident_source import IncidentDiff, IncidentSource
from widgets.labels import category_label
from widgets.sync_marks import mark_symbol, mark_text
from widgets.timefmt import format_local

# Tables the incident source reloads on; the board then renders from its
# ``reloaded`` signal instead of from the change itself.
_SOURCE_TABLES = frozenset({"incidents", "divisions"})


def format_point(lat: float, lon: float) -> str:
    """Coordinates as ``29.812345°N, 121.543210°E``."""
    north = "N" if lat >= 0 else "S"
    east = "E" if lon >= 0 else "W"
    return f"{abs(lat):.6f}°{north}, {abs(lon):.6f}°{east}"


class IncidentBoard(QWidget):
    """Shows one active incident; the combo picks any of them.

    The board never writes: its buttons open dialogs or call
    ``console.ops`` functions, and it refreshes from the operation relay.

    Attributes:
        pinned: True when the officer chose the incident shown (the window
            then leaves this board alone when new incidents arrive).
        status, levels, plans, figures, clocks, instructions, posts,
            recent_log: the board's sections.

    Signals:
        incident_selected(str): the officer picked an incident in the combo.
        shown_changed(object): the incident shown changed (id or None).
    """

    incident_selected = Signal(str)
    shown_changed = Signal(object)

    def __init__(
        self,
        context: ConsoleContext,
        source: IncidentSource,
        relay: OpChangesRelay,
        *,
        clock: Clock = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._source = source
        self._incident_id: str | None = None
        self.pinned = False
        self._build(clock)
        source.reloaded.connect(self._on_reloaded)
        relay.changed.connect(self._on_changed)
        self._fill_combo()
        self._render()

    @property
    def incident_id(self) -> str | None:
        """The incident shown, or None."""
        return self._incident_id

    def _build(self, clock: Clock) -> None:
        context = self._context
        self.picker = QComboBox()
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.setMinimumContentsLength(12)
        self.picker.activated.connect(self._on_picked)
        self.picker.setAccessibleName(self.tr("Incident shown on this board"))

        self.title_label = plain_label()
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.25)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.category_label = plain_label()
        self._marks = SyncMarks.for_data_dir(context.database, context.data_dir)
        self.sync_label = plain_label()
        self.sync_label.setVisible(self._marks.enabled)
        self.status = StatusSection(context.operations)
        self.status_label = self.status.status_label
        self.actions_row = BoardActions(context)
        self.occurred_label = plain_label()
        self.received_label = plain_label()
        self.location_label = plain_label()
        self.description_label = plain_label()
        self.levels = LevelsSection(context.operations)
        self.grade_badge = self.levels.grade_badge
        self.plans = PlanProgressSection(context.database, clock=clock)
        self.figures = FiguresSection(context.database)
        self.clocks = ClocksSection(context.database, clock=clock)
        self.instructions = InstructionsSection(context.operations, context.database)
        self.posts = CommandPostsSection(context.operations, context.database)
        self.recent_log = RecentLogSection(context.database)

        self.details = QWidget()
        column = QVBoxLayout(self.details)
        column.setContentsMargins(4, 2, 4, 2)
        column.setSpacing(4)
        column.addWidget(self.title_label)
        column.addWidget(self.category_label)
        column.addWidget(self.sync_label)
        column.addWidget(self.status)
        column.addWidget(self.actions_row)
        column.addLayout(self._facts_form())
        sections = (
            (self.tr("Levels"), self.levels),
            (self.tr("Emergency plans"), self.plans),
            (self.tr("Casualties"), self.figures),
            (self.tr("Report clocks"), self.clocks),
            (self.tr("Leaders' instructions"), self.instructions),
            (self.tr("Command posts"), self.posts),
            (self.tr("Recent log"), self.recent_log),
        )
        for title, section in sections:
            column.addWidget(section_title(title))
            column.addWidget(section)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.details)

        self.empty_label = QLabel(self.tr("No incident selected"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.picker)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)

    def _facts_form(self) -> QLayout:
        form = compact_form()
        form.addRow(self.tr("Occurred at"), self.occurred_label)
        form.addRow(self.tr("Received at"), self.received_label)
        form.addRow(self.tr("Location"), self.location_label)
        form.addRow(self.tr("Description"), self.description_label)
        return form

    def show_incident(self, incident_id: str | None, *, pinned: bool = False) -> None:
        """Show ``incident_id`` (None clears the board) without emitting."""
        if incident_id is not None and self._source.get(incident_id) is None:
            incident_id = None
        changed = incident_id != self._incident_id
        self._incident_id = incident_id
        self.pinned = pinned and incident_id is not None
        self._select_in_combo()
        self._render()
        if changed:
            self.shown_changed.emit(incident_id)

    @Slot(int)
    def _on_picked(self, index: int) -> None:
        incident_id = self.picker.itemData(index)
        self.show_incident(incident_id, pinned=True)
        if incident_id is not None:
            self.incident_selected.emit(incident_id)

    @Slot(object)
    def _on_reloaded(self, diff: IncidentDiff) -> None:
        gone = (
            self._incident_id is not None
            and self._source.get(self._incident_id) is None
        )
        if gone:
            self._incident_id = None
            self.pinned = False
        self._fill_combo()
        self._render()
        if gone:
            self.shown_changed.emit(None)

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        # Incident changes arrive through the source's ``reloaded`` instead.
        if self._incident_id is not None and not changes.tables & _SOURCE_TABLES:
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
        self.clocks.set_incident(incident.id if incident else None)
        self.plans.render(incident.id if incident else None)
        self.actions_row.incident_id = incident.id if incident else None
        if incident is None:
            return
        self.title_label.setText(incident.title)
        self.category_label.setText(
            category_label(self._context.taxonomy, incident.category, incident.type)
        )
        self._render_sync(incident.id)
        self.status.render(incident)
        self.occurred_label.setText(format_local(incident.occurred_at))
        self.received_label.setText(format_local(incident.received_at))
        self.location_label.setText(self._location_text(incident))
        self.description_label.setText(incident.description or "—")
        decisions = queries.level_decisions(self._context.database, incident.id)
        self.levels.render(incident, decisions)
        self.figures.render(incident)
        self.instructions.render(incident.id)
        self.posts.render(incident.id)
        self.recent_log.render(incident.id)

    def _render_sync(self, incident_id: str) -> None:
        """Whether the incident record has reached the hub (when syncing)."""
        state = self._marks.of(Incident.__tablename__, [incident_id]).get(incident_id)
        if state is None:
            return
        self.sync_label.setText(f"{mark_symbol(state)} {mark_text(state)}")

    def _location_text(self, incident: Incident) -> str:
        parts = []
        division = self._source.division_name(incident.division_id)
        if division:
            parts.append(division)
        if incident.lat is not None and incident.lon is not None:
            parts.append(format_point(incident.lat, incident.lon))
        return "\n".join(parts) or self.tr("Unknown")
