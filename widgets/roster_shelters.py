"""The 安置点 tab: shelters, their occupancy and the district's totals.

The totals line sets the places in open shelters against the people
evacuated in open incidents, so a shortfall shows before it happens.
Occupancy changes and opening or closing a shelter are logged operations.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from console.context import ConsoleContext
from console.domain.resources import SHELTER_CLOSED, SHELTER_OPEN
from console.ops.resources_common import ResourceNotFoundError
from console.ops.resources_places import set_shelter_occupancy, set_shelter_open
from console.resources import queries, rosters
from widgets.field_problems import problem_label
from widgets.resource_labels import open_label
from widgets.roster_table import (
    EXPIRED_COLOUR,
    EXPIRING_COLOUR,
    MUTED_COLOUR,
    Column,
    RosterTable,
    joined,
    key_text,
)

_log = logging.getLogger("eoc.ui")

MAX_OCCUPANCY = 1_000_000


def _occupancy_colour(row: dict[str, Any]) -> str | None:
    if row["occupancy"] > row["capacity"]:
        return EXPIRED_COLOUR
    if row["capacity"] and row["occupancy"] >= 0.9 * row["capacity"]:
        return EXPIRING_COLOUR
    return None


class SheltersTab(QWidget):
    """Shelters with filters, district totals and occupancy controls.

    Attributes:
        table: the shelters (filters: kind, division, open or closed).
        totals: the district totals line.
        occupancy, source, occupancy_button: record how many people are in.
        open_button: opens or closes the selected shelter.
        message: refusals of the last action, in red.
    """

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.table = RosterTable(
            [
                Column(self.tr("Shelter"), key_text("name")),
                Column(self.tr("Kind"), key_text("kind")),
                Column(self.tr("Town/street"), key_text("division")),
                Column(
                    self.tr("State"),
                    lambda r: open_label(r["is_open"]),
                    colour=lambda r: None if r["is_open"] else MUTED_COLOUR,
                ),
                Column(self.tr("Capacity"), key_text("capacity"), numeric=True),
                Column(
                    self.tr("Occupancy"),
                    key_text("occupancy"),
                    colour=_occupancy_colour,
                    numeric=True,
                ),
                Column(self.tr("Places left"), key_text("places_left"), numeric=True),
                Column(self.tr("Contact"), key_text("contact")),
                Column(self.tr("Phone"), key_text("phone")),
                Column(self.tr("Facilities"), joined("facilities")),
                Column(self.tr("Address"), key_text("address")),
            ],
            filters={
                "kind": self.tr("All kinds"),
                "division": self.tr("All towns and streets"),
                "status": self.tr("Open or closed"),
            },
        )
        self.table.set_filter_key(
            "status",
            lambda r: SHELTER_OPEN if r["is_open"] else SHELTER_CLOSED,
            lambda word: open_label(word == SHELTER_OPEN),
        )
        self.table.selection_changed.connect(self._on_selected)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setWordWrap(True)
        self.occupancy = QSpinBox()
        self.occupancy.setRange(0, MAX_OCCUPANCY)
        self.occupancy.setAccessibleName(self.tr("People in the shelter now"))
        self.source = QLineEdit()
        self.source.setMaxLength(100)
        self.source.setPlaceholderText(self.tr("Reported by (optional)"))
        self.occupancy_button = QPushButton(self.tr("Record &occupancy"))
        self.occupancy_button.clicked.connect(self.record_occupancy)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.toggle_open)
        self.message = problem_label()
        self._lay_out()
        self._on_selected(None)

    def _lay_out(self) -> None:
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("People in now:")))
        actions.addWidget(self.occupancy)
        actions.addWidget(self.source, 1)
        actions.addWidget(self.occupancy_button)
        actions.addSpacing(12)
        actions.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        self.table.set_rows(rosters.shelter_rows(self._context.database))
        self._show_totals(queries.shelter_totals(self._context.database))

    def _show_totals(self, totals: dict[str, int]) -> None:
        text = self.tr(
            "District: {shelters} shelters, {open} open · capacity {capacity}"
            " (open: {open_capacity}) · in shelters {occupancy} · places left"
            " {places_left} · evacuated in open incidents {evacuated}"
        ).format(**totals)
        short = totals["evacuated"] - totals["occupancy"] - totals["places_left"]
        if short > 0:
            text += " · " + self.tr("{n} places short: open more shelters").format(
                n=short
            )
        self.totals.setText(text)
        colour = EXPIRED_COLOUR if short > 0 else "palette(window-text)"
        self.totals.setStyleSheet(f"color: {colour}; font-weight: bold;")

    @Slot(object)
    def _on_selected(self, shelter_id: str | None) -> None:
        row = self.table.row(shelter_id)
        self.message.hide()
        for widget in (self.occupancy, self.occupancy_button, self.open_button):
            widget.setEnabled(row is not None)
        if row is None:
            self.open_button.setText(self.tr("Open shelter"))
            return
        self.occupancy.setValue(row["occupancy"])
        self.open_button.setText(
            self.tr("Close shelter") if row["is_open"] else self.tr("Open shelter")
        )

    def _refused(self, error: Exception) -> None:
        _log.info("shelter change refused: %s", error)
        self.message.setText(
            self.tr("The change was not recorded: {reason}").format(reason=str(error))
        )
        self.message.show()

    @Slot()
    def record_occupancy(self) -> bool:
        """Record the people now in the selected shelter; True when logged."""
        shelter_id = self.table.selected_id()
        if shelter_id is None:
            return False
        try:
            set_shelter_occupancy(
                self._context.operations,
                shelter_id,
                self.occupancy.value(),
                source=self.source.text().strip(),
            )
        except (ValueError, ResourceNotFoundError) as error:
            self._refused(error)
            return False
        self.source.clear()
        return True

    @Slot()
    def toggle_open(self) -> bool:
        """Open a closed shelter or close an open one."""
        row = self.table.selected()
        if row is None:
            return False
        try:
            set_shelter_open(self._context.operations, row["id"], not row["is_open"])
        except ResourceNotFoundError as error:
            self._refused(error)
            return False
        return True
