"""The 物资 tab: depots and, for the one selected, its stock per item.

Balances are never stored: they are the sums of the stock ledger
(``console.resources.queries.stock_balances``), so what this tab shows is
exactly what the ledger adds up to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QGroupBox, QLabel, QSplitter, QVBoxLayout, QWidget

from console.context import ConsoleContext
from console.resources import queries, rosters
from widgets.board_parts import ERROR_COLOUR
from widgets.roster_table import (
    Column,
    RosterTable,
    fill_table,
    key_text,
    read_only_table,
)


class StockTab(QWidget):
    """Depots with filters; the selected depot's balance of each item.

    Attributes:
        table: the depots (filters: kind, division).
        balances: item, unit and balance of the selected depot.
        balances_title: says which depot the balances are of.
        overdrawn: names every depot item whose balance is below zero, and
            why that happens (hidden while there is none).
    """

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.table = RosterTable(
            [
                Column(self.tr("Depot"), key_text("name")),
                Column(self.tr("Kind"), key_text("kind")),
                Column(self.tr("Town/street"), key_text("division")),
                Column(self.tr("Items in stock"), key_text("items"), numeric=True),
                Column(self.tr("Keeper"), key_text("keeper")),
                Column(self.tr("Phone"), key_text("phone")),
                Column(self.tr("Note"), key_text("note")),
            ],
            filters={
                "kind": self.tr("All kinds"),
                "division": self.tr("All towns and streets"),
            },
        )
        self.table.selection_changed.connect(self._on_selected)
        self.balances = read_only_table(
            [self.tr("Item"), self.tr("Balance"), self.tr("Unit")]
        )
        self.balances_title = QLabel()
        self.balances_title.setTextFormat(Qt.TextFormat.PlainText)
        box = QGroupBox(self.tr("Stock balances (from the ledger)"))
        column = QVBoxLayout(box)
        column.addWidget(self.balances_title)
        column.addWidget(self.balances)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.overdrawn = QLabel()
        self.overdrawn.setTextFormat(Qt.TextFormat.PlainText)
        self.overdrawn.setWordWrap(True)
        self.overdrawn.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.overdrawn.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.overdrawn)
        layout.addWidget(split, 1)

    def refresh(self) -> None:
        self.table.set_rows(rosters.depot_rows(self._context.database))
        self._show_overdrawn(queries.overdrawn_stock(self._context.database))
        self._on_selected(self.table.selected_id())

    def _show_overdrawn(self, found: list[dict[str, Any]]) -> None:
        items = self.tr("; ").join(
            self.tr("{depot} {item} {balance} {unit}").format(
                depot=b["depot"], item=b["item"], balance=b["balance"], unit=b["unit"]
            )
            for b in found
        )
        self.overdrawn.setText(
            self.tr(
                "Stock below zero: {items}. Workstations cut off from each other "
                "handed out the same stock; count it (stocktake) to set the "
                "ledger right."
            ).format(items=items)
        )
        self.overdrawn.setVisible(bool(found))

    @Slot(object)
    def _on_selected(self, depot_id: str | None) -> None:
        depot = self.table.row(depot_id)
        if depot is None:
            self.balances_title.setText(self.tr("Choose a depot to see its stock."))
            fill_table(self.balances, [])
            return
        self.balances_title.setText(depot["name"])
        found = queries.stock_balances(self._context.database, depot_id=depot_id)
        fill_table(
            self.balances,
            [[b["item"], str(b["balance"]), b["unit"]] for b in found],
            [ERROR_COLOUR if b["balance"] < 0 else None for b in found],
        )
        for number in range(self.balances.rowCount()):
            self.balances.item(number, 1).setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )

    def shown_balances(self) -> dict[str, int]:
        """Item → balance as shown for the selected depot."""
        return {
            self.balances.item(n, 0).text(): int(self.balances.item(n, 1).text())
            for n in range(self.balances.rowCount())
        }
