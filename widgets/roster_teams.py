"""The 队伍 tab: rescue teams, their status history and certificates.

A team's status is changed here through ``set_team_status``, which keeps
who changed it and when; the history under the table shows every change.
Certificates that have expired are red, those expiring soon orange.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from console.context import ConsoleContext
from console.domain import resources_quals as quals
from console.domain import resources_status as machine
from console.ops.resources_common import ResourceNotFoundError
from console.ops.resources_teams import set_team_status
from console.resources import queries, rosters
from widgets.field_problems import problem_label
from widgets.labels import officer_label
from widgets.resource_labels import certificate_summary, state_label
from widgets.roster_table import (
    EXPIRED_COLOUR,
    EXPIRING_COLOUR,
    Column,
    RosterTable,
    fill_table,
    joined,
    key_text,
    read_only_table,
)
from widgets.timefmt import format_local, format_short

_log = logging.getLogger("eoc.ui")

STATE_COLOURS = {quals.EXPIRED: EXPIRED_COLOUR, quals.EXPIRING: EXPIRING_COLOUR}


def _certificates_colour(row: dict[str, Any]) -> str | None:
    if row.get("expired"):
        return EXPIRED_COLOUR
    return EXPIRING_COLOUR if row.get("expiring") else None


class TeamsTab(QWidget):
    """Rescue teams with filters; the selected team's history and members.

    Attributes:
        table: the teams (filters: kind, division, status).
        history: the selected team's status changes, newest first.
        members: the selected team's members and certificates.
        next_status, status_button, status_note: the status change controls.
        message: refusals of the last action, in red.
    """

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._titles: dict[str, str] = {}
        self.table = RosterTable(
            self._columns(),
            filters={
                "kind": self.tr("All kinds"),
                "division": self.tr("All towns and streets"),
                "status": self.tr("All statuses"),
            },
        )
        self.table.selection_changed.connect(self._on_selected)
        self.history = read_only_table(
            [
                self.tr("Time"),
                self.tr("From"),
                self.tr("To"),
                self.tr("By"),
                self.tr("Incident"),
                self.tr("Note"),
            ]
        )
        self.members = read_only_table(
            [
                self.tr("Member"),
                self.tr("Role"),
                self.tr("Certificate"),
                self.tr("Expires"),
                self.tr("State"),
            ]
        )
        self.next_status = QComboBox()
        self.next_status.setAccessibleName(self.tr("New status"))
        self.status_note = QLineEdit()
        self.status_note.setPlaceholderText(self.tr("Note (optional)"))
        self.status_note.setMaxLength(200)
        self.status_button = QPushButton(self.tr("Set &status"))
        self.status_button.clicked.connect(self.change_status)
        self.message = problem_label()
        self._lay_out()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Team"), key_text("name")),
            Column(self.tr("Kind"), key_text("kind")),
            Column(self.tr("Town/street"), key_text("division")),
            Column(self.tr("People"), key_text("headcount"), numeric=True),
            Column(self.tr("Status"), key_text("status")),
            Column(
                self.tr("Since"),
                lambda r: format_short(r["status_changed_at"]),
                sort=lambda r: r["status_changed_at"].isoformat(),
            ),
            Column(
                self.tr("Set by"),
                lambda row: officer_label(row.get("status_changed_by", "")),
            ),
            Column(
                self.tr("Assigned to"),
                lambda r: "、".join(self._titles.get(i, "") for i in r["assigned_to"]),
            ),
            Column(
                self.tr("Certificates"),
                lambda r: certificate_summary(r["expired"], r["expiring"]),
                colour=_certificates_colour,
            ),
            Column(self.tr("Capabilities"), joined("capabilities")),
            Column(self.tr("Leader"), key_text("leader")),
            Column(self.tr("Phone"), key_text("phone")),
        ]

    def _lay_out(self) -> None:
        # The dock is wide and low: details sit beside the table, not under.
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("Selected team:")))
        actions.addWidget(self.next_status)
        actions.addWidget(self.status_note, 1)
        actions.addWidget(self.status_button)
        history_box = QGroupBox(self.tr("Status history (who, when)"))
        QVBoxLayout(history_box).addWidget(self.history)
        members_box = QGroupBox(self.tr("Members and certificates"))
        QVBoxLayout(members_box).addWidget(self.members)
        details = QSplitter(Qt.Orientation.Vertical)
        details.addWidget(history_box)
        details.addWidget(members_box)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(actions)
        column.addWidget(self.message)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(split)

    def refresh(self, titles: dict[str, str]) -> None:
        """Reload every team; ``titles`` names the open incidents."""
        self._titles = titles
        self.table.set_rows(rosters.team_rows(self._context.database))

    @Slot(object)
    def _on_selected(self, team_id: str | None) -> None:
        row = self.table.row(team_id)
        self.message.hide()
        self.next_status.clear()
        for status in machine.allowed_next(row["status"]) if row else ():
            self.next_status.addItem(status, status)
        self.status_button.setEnabled(self.next_status.count() > 0)
        self._show_history(team_id)
        self._show_members(team_id)

    def _show_history(self, team_id: str | None) -> None:
        changes = (
            queries.status_history(self._context.database, team_id) if team_id else []
        )
        rows = [
            [
                format_local(c["changed_at"]),
                c["previous"] or "",
                c["status"],
                officer_label(c["changed_by"]),
                self._titles.get(c["incident_id"] or "", c["incident_id"] or ""),
                c["note"],
            ]
            for c in reversed(changes)
        ]
        fill_table(self.history, rows)

    def _show_members(self, team_id: str | None) -> None:
        found = rosters.team_members(self._context.database, team_id) if team_id else []
        rows = [
            [
                m["member"],
                m["role"],
                m["qualification"],
                m["expires_on"].isoformat() if m["expires_on"] else "",
                state_label(m["state"]) if m["state"] else "",
            ]
            for m in found
        ]
        fill_table(self.members, rows, [STATE_COLOURS.get(m["state"]) for m in found])

    @Slot()
    def change_status(self) -> bool:
        """Move the selected team to the status chosen; True when recorded."""
        team_id = self.table.selected_id()
        status = self.next_status.currentData()
        if team_id is None or status is None:
            return False
        try:
            set_team_status(
                self._context.operations,
                team_id,
                status,
                note=self.status_note.text().strip(),
            )
        except (machine.TeamStatusError, ResourceNotFoundError) as error:
            _log.info("team status refused: %s", error)
            self.message.setText(
                self.tr("The status could not be changed: {reason}").format(
                    reason=str(error)
                )
            )
            self.message.show()
            return False
        self.status_note.clear()
        return True
