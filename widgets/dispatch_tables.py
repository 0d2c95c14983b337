"""The three answers of the dispatch view: teams, stock and shelter places.

``DispatchResults`` turns ``console.resources.search.dispatch_options``
into three tables, nearest first. Teams free to go come before busy ones;
expired certificates are shown in red, never hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from console.domain import resources_quals as quals
from widgets.resource_labels import state_label
from widgets.roster_table import (
    EXPIRED_COLOUR,
    EXPIRING_COLOUR,
    MUTED_COLOUR,
    Column,
    RosterTable,
    joined,
    key_text,
)

ENOUGH_COLOUR = "#2e7d32"


def _km(row: dict[str, Any]) -> str:
    return f"{row['distance_km']:.1f}"


def _certificates(row: dict[str, Any]) -> str:
    return "、".join(
        f"{c['member']} {c['qualification']} ({state_label(c['state'])})"
        for c in row.get("certificates") or ()
    )


def _certificate_colour(row: dict[str, Any]) -> str | None:
    states = {c["state"] for c in row.get("certificates") or ()}
    if quals.EXPIRED in states:
        return EXPIRED_COLOUR
    return EXPIRING_COLOUR if quals.EXPIRING in states else None


def _summary_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _result_table(columns: list[Column]) -> RosterTable:
    table = RosterTable(columns)
    table.search.hide()
    return table


class DispatchResults(QWidget):
    """Teams, stock and shelters within the radius.

    Attributes:
        teams, stock, shelters: the result tables (rows carry the search
            dicts; stock rows are ``item|depot`` ids).
        teams_summary, stock_summary, shelters_summary: one line each.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titles: Mapping[str, str] = {}
        self.teams = _result_table(self._team_columns())
        self.stock = _result_table(self._stock_columns())
        self.shelters = _result_table(self._shelter_columns())
        self.teams_summary = _summary_label()
        self.stock_summary = _summary_label()
        self.shelters_summary = _summary_label()

    def _team_columns(self) -> list[Column]:
        busy = lambda r: MUTED_COLOUR if r["busy"] else None  # noqa: E731
        return [
            Column(self.tr("Team"), key_text("name"), colour=busy),
            Column(self.tr("km"), _km, sort=lambda r: r["distance_km"], numeric=True),
            Column(self.tr("Status"), key_text("status"), colour=busy),
            Column(
                self.tr("Assigned to"),
                lambda r: "、".join(self._titles.get(i, "?") for i in r["assigned_to"]),
                colour=busy,
            ),
            Column(self.tr("People"), key_text("headcount"), numeric=True),
            Column(self.tr("Capabilities"), joined("capabilities")),
            Column(self.tr("Equipment"), joined("equipment")),
            Column(self.tr("Certificates"), _certificates, colour=_certificate_colour),
            Column(self.tr("Leader"), key_text("leader")),
            Column(self.tr("Phone"), key_text("phone")),
        ]

    def _stock_columns(self) -> list[Column]:
        return [
            Column(self.tr("Item"), key_text("item")),
            Column(self.tr("Depot"), key_text("name")),
            Column(self.tr("km"), _km, sort=lambda r: r["distance_km"], numeric=True),
            Column(self.tr("Balance"), key_text("balance"), numeric=True),
            Column(
                self.tr("Earmarked elsewhere"),
                key_text("committed_elsewhere"),
                numeric=True,
            ),
            Column(self.tr("Free"), key_text("free"), numeric=True),
            Column(self.tr("Sent here"), key_text("sent_here"), numeric=True),
            Column(self.tr("Unit"), key_text("unit")),
            Column(self.tr("Keeper"), key_text("keeper")),
            Column(self.tr("Phone"), key_text("phone")),
        ]

    def _shelter_columns(self) -> list[Column]:
        return [
            Column(self.tr("Shelter"), key_text("name")),
            Column(self.tr("km"), _km, sort=lambda r: r["distance_km"], numeric=True),
            Column(self.tr("Places left"), key_text("places_left"), numeric=True),
            Column(self.tr("Capacity"), key_text("capacity"), numeric=True),
            Column(self.tr("Occupancy"), key_text("occupancy"), numeric=True),
            Column(self.tr("Contact"), key_text("contact")),
            Column(self.tr("Phone"), key_text("phone")),
        ]

    def boxes(self) -> list[QGroupBox]:
        """The three sections, each a titled box with its summary and table."""
        found = []
        for title, summary, table in (
            (self.tr("Teams"), self.teams_summary, self.teams),
            (self.tr("Supplies"), self.stock_summary, self.stock),
            (self.tr("Shelter places"), self.shelters_summary, self.shelters),
        ):
            box = QGroupBox(title)
            column = QVBoxLayout(box)
            column.setContentsMargins(4, 4, 4, 4)
            column.addWidget(summary)
            column.addWidget(table, 1)
            found.append(box)
        return found

    def show_options(
        self,
        options: dict[str, Any],
        km: float,
        *,
        titles: Mapping[str, str],
        sent: Mapping[tuple[str, str], int],
        item_ids: Mapping[str, str],
    ) -> None:
        """Fill the tables from one ``dispatch_options`` answer."""
        self._titles = titles
        self._show_teams(options["teams"], km)
        self._show_stock(options["stock"], km, sent, item_ids)
        shelters = options["shelters"]
        self.shelters.set_rows(shelters["shelters"])
        self.shelters_summary.setText(
            self.tr(
                "{places} places left in {count} open shelters within {km} km."
            ).format(
                places=shelters["places_left"],
                count=len(shelters["shelters"]),
                km=f"{km:g}",
            )
        )

    def _show_teams(self, teams: dict[str, list[dict[str, Any]]], km: float) -> None:
        free = [t | {"busy": False} for t in teams["available"]]
        busy = [t | {"busy": True} for t in teams["busy"]]
        rows = sorted(free, key=lambda t: t["distance_km"])
        rows += sorted(busy, key=lambda t: t["distance_km"])
        self.teams.set_rows(rows)
        self.teams_summary.setText(
            self.tr(
                "{free} teams free to go within {km} km; {busy} more busy (grey)."
            ).format(free=len(free), busy=len(busy), km=f"{km:g}")
        )

    def _show_stock(
        self,
        stock: dict[str, dict[str, Any]],
        km: float,
        sent: Mapping[tuple[str, str], int],
        item_ids: Mapping[str, str],
    ) -> None:
        rows = []
        lines = []
        for name, found in stock.items():
            item_id = item_ids.get(name, "")
            for depot in sorted(found["depots"], key=lambda d: d["distance_km"]):
                rows.append(
                    depot
                    | {
                        "id": f"{item_id}|{depot['id']}",
                        "depot_id": depot["id"],
                        "item_id": item_id,
                        "item": name,
                        "unit": found["unit"],
                        "sent_here": sent.get((depot["id"], item_id), 0),
                    }
                )
            verdict = self.tr("enough") if found["enough"] else self.tr("SHORT")
            lines.append(
                self.tr(
                    "{item}: need {needed}{unit}, free within {km} km: {free}{unit}"
                    " ({verdict})"
                ).format(
                    item=name,
                    needed=found["needed"],
                    unit=found["unit"],
                    free=found["free"],
                    km=f"{km:g}",
                    verdict=verdict,
                )
            )
        self.stock.set_rows(rows)
        if not lines:
            self.stock_summary.setText(
                self.tr("Add the items needed to see the stock within reach.")
            )
            self.stock_summary.setStyleSheet("")
            return
        self.stock_summary.setText("\n".join(lines))
        short = any(not found["enough"] for found in stock.values())
        colour = EXPIRED_COLOUR if short else ENOUGH_COLOUR
        self.stock_summary.setStyleSheet(f"color: {colour};")
