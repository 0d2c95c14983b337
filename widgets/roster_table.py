"""A filterable, sortable table of roster rows, shared by the resource tabs.

Rows are plain dicts (``console.resources.rosters``); each tab says which
columns to show and how. Above the table sit a search box and, where the
tab asks for them, kind, division and status filters whose choices come
from the rows themselves. Text is always set as plain item text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
FILTER_KEYS = ("kind", "division", "status")

EXPIRED_COLOUR = "#c62828"
EXPIRING_COLOUR = "#e65100"
MUTED_COLOUR = "#757575"


@dataclass(frozen=True)
class Column:
    """One column: header, the cell text, and optionally sort key and colour."""

    header: str
    text: Callable[[dict[str, Any]], Any]
    sort: Callable[[dict[str, Any]], Any] | None = None
    colour: Callable[[dict[str, Any]], str | None] | None = None
    numeric: bool = False


def key_text(key: str) -> Callable[[dict[str, Any]], Any]:
    """A column text taken straight from ``row[key]``."""
    return lambda row: row.get(key, "")


def joined(key: str) -> Callable[[dict[str, Any]], str]:
    """A list field shown as ``a、b、c``."""
    return lambda row: "、".join(row.get(key) or ())


def read_only_table(headers: list[str]) -> QTableWidget:
    """A small read-only table for details under a roster."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(
        QHeaderView.ResizeMode.ResizeToContents
    )
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(
    table: QTableWidget, rows: list[list[str]], colours: list[str | None] | None = None
) -> None:
    table.setRowCount(len(rows))
    for number, cells in enumerate(rows):
        colour = colours[number] if colours else None
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if colour:
                item.setForeground(QBrush(QColor(colour)))
            table.setItem(number, column, item)


class RosterFilter(QSortFilterProxyModel):
    """Keeps rows whose kind, division and status match and that hold the text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.wanted: dict[str, str | None] = dict.fromkeys(FILTER_KEYS)
        self.setSortRole(SORT_ROLE)

    def update(self, text: str, wanted: dict[str, str | None]) -> None:
        self.beginFilterChange()
        self.text = text.strip().casefold()
        self.wanted = dict(wanted)
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        keys = index.data(ROW_ROLE) or {}
        for name, value in self.wanted.items():
            if value is not None and keys.get(name) != value:
                return False
        return not self.text or self.text in keys.get("search", "")


class RosterTable(QWidget):
    """Search box, optional filters and a read-only table of roster rows.

    Attributes:
        search: the text filter (name, people, phone... any shown text).
        filters: the kind/division/status combos the tab asked for.
        view: the table; ``model`` holds every row, ``proxy`` the shown ones.

    Signals:
        selection_changed(object): the id of the selected row, or None.
        filter_changed(): the officer changed the kind, division or status
            filter (see ``current_filter``).
    """

    selection_changed = Signal(object)
    filter_changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        *,
        filters: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: dict[str, dict[str, Any]] = {}
        self._filter_keys: dict[str, Callable[[dict[str, Any]], str]] = {}
        self._filter_labels: dict[str, Callable[[str], str]] = {}
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._refilter)
        self.filters: dict[str, QComboBox] = {}
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 2)
        for key, label in (filters or {}).items():
            combo = QComboBox()
            combo.setAccessibleName(label)
            combo.setToolTip(label)
            combo.addItem(label, None)
            combo.currentIndexChanged.connect(self._refilter)
            combo.activated.connect(lambda _index: self.filter_changed.emit())
            self.filters[key] = combo
            bar.addWidget(combo, 1)
        self.model = QStandardItemModel(0, len(self._columns), self)
        self.model.setHorizontalHeaderLabels([c.header for c in self._columns])
        self.proxy = RosterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = self._make_view()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _make_view(self) -> QTableView:
        view = QTableView()
        view.setModel(self.proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.selectionModel().currentRowChanged.connect(self._on_current)
        return view

    def set_filter_key(
        self,
        key: str,
        value: Callable[[dict[str, Any]], str],
        label: Callable[[str], str] | None = None,
    ) -> None:
        """Take a filter's value from ``value(row)`` instead of ``row[key]``.

        ``label`` turns a value into the text the combo shows.
        """
        self._filter_keys[key] = value
        if label is not None:
            self._filter_labels[key] = label

    def current_filter(self) -> dict[str, list[str]]:
        """The chosen kind and status, as a map layer filter."""
        chosen = {key: combo.currentData() for key, combo in self.filters.items()}
        return {
            key: [chosen[key]]
            for key in ("kind", "status")
            if chosen.get(key) is not None
        }

    # --- rows -----------------------------------------------------------------

    def set_rows(self, rows: Sequence[dict[str, Any]]) -> None:
        """Show ``rows`` (each with an ``id``), keeping selection and filters."""
        chosen = self.selected_id()
        self.view.setUpdatesEnabled(False)
        self.model.removeRows(0, self.model.rowCount())
        self._rows = {str(row["id"]): row for row in rows}
        for row in rows:
            self.model.appendRow(self._items(row))
        self._fill_filters()
        self.view.setUpdatesEnabled(True)
        if not self._sized and rows:
            self.view.resizeColumnsToContents()
            self._sized = True
        if chosen is not None and chosen in self._rows:
            self.select_id(chosen)
        else:
            self.selection_changed.emit(self.selected_id())

    _sized = False

    def _items(self, row: dict[str, Any]) -> list[QStandardItem]:
        keys = {key: self._filter_value(key, row) for key in self.filters}
        texts = []
        items = []
        for column in self._columns:
            value = column.text(row)
            text = "" if value is None else str(value)
            texts.append(text)
            item = QStandardItem(text)
            sort = column.sort(row) if column.sort else value
            item.setData(sort if sort is not None else "", SORT_ROLE)
            if column.numeric:
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            colour = column.colour(row) if column.colour else None
            if colour:
                item.setForeground(QBrush(QColor(colour)))
            items.append(item)
        keys["search"] = " ".join(texts).casefold()
        items[0].setData(keys, ROW_ROLE)
        items[0].setData(str(row["id"]), Qt.ItemDataRole.UserRole)
        return items

    def _filter_value(self, key: str, row: dict[str, Any]) -> str:
        if key in self._filter_keys:
            return self._filter_keys[key](row)
        return str(row.get(key) or "")

    def _fill_filters(self) -> None:
        for key, combo in self.filters.items():
            current = combo.currentData()
            values = sorted(
                {self._filter_value(key, row) for row in self._rows.values()} - {""}
            )
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            label = self._filter_labels.get(key, str)
            for value in values:
                combo.addItem(label(value), value)
            index = combo.findData(current) if current is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._refilter()

    @Slot()
    def _refilter(self) -> None:
        wanted = {key: combo.currentData() for key, combo in self.filters.items()}
        self.proxy.update(self.search.text(), wanted)

    # --- selection ------------------------------------------------------------

    def row(self, row_id: str | None) -> dict[str, Any] | None:
        return self._rows.get(row_id) if row_id is not None else None

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.index(index.row(), 0).data(Qt.ItemDataRole.UserRole)

    def selected(self) -> dict[str, Any] | None:
        return self.row(self.selected_id())

    def select_id(self, row_id: str) -> bool:
        """Select the row with ``row_id`` if the filters show it."""
        for number in range(self.proxy.rowCount()):
            index = self.proxy.index(number, 0)
            if index.data(Qt.ItemDataRole.UserRole) == row_id:
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)
                return True
        return False

    def shown_ids(self) -> list[str]:
        """Ids of the rows the filters let through, in table order."""
        return [
            self.proxy.index(n, 0).data(Qt.ItemDataRole.UserRole)
            for n in range(self.proxy.rowCount())
        ]

    def cell(self, row_id: str, column: int) -> str:
        """The text shown in ``column`` for ``row_id`` (for tests and copy)."""
        for number in range(self.model.rowCount()):
            if self.model.item(number, 0).data(Qt.ItemDataRole.UserRole) == row_id:
                return self.model.item(number, column).text()
        raise KeyError(row_id)

    def cell_colour(self, row_id: str, column: int) -> str | None:
        for number in range(self.model.rowCount()):
            if self.model.item(number, 0).data(Qt.ItemDataRole.UserRole) == row_id:
                brush = self.model.item(number, column).foreground()
                return brush.color().name() if brush.style() else None
        raise KeyError(row_id)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.selection_changed.emit(self.selected_id())
