"""Searching the operation log: words plus incident, officer, kind and time."""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from console import queries
from console.oplog import kinds
from console.oplog.query import LogFilter
from console.oplog.search import search
from console.store.engine import Database
from console.store.types import utcnow
from widgets.labels import officer_label
from widgets.logtext import entry_text
from widgets.timefmt import format_local, from_qdatetime, time_edit

_log = logging.getLogger("eoc.ui")

PAGE = 200
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LogSearchPanel(QWidget):
    """A query box with filters and the matching entries, newest first.

    One- and two-character Chinese terms work as well as longer ones
    (``console.oplog.search`` routes them). Enter in the query box searches.

    Attributes:
        results: the matching entries, one line each.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self.query_edit = QLineEdit()
        self.query_edit.setPlaceholderText(self.tr("Search the log (Ctrl+F)"))
        self.query_edit.returnPressed.connect(self.run_search)
        self.incident_box = QComboBox()
        self.officer_box = QComboBox()
        self.kind_box = QComboBox()
        self.since_check = QCheckBox(self.tr("From"))
        self.since_edit = time_edit(utcnow() - timedelta(days=1))
        self.until_check = QCheckBox(self.tr("Until"))
        self.until_edit = time_edit(utcnow())
        self.status_label = QLabel()
        self.results = QListWidget()
        self.results.setMaximumHeight(180)
        find = QPushButton(self.tr("Search"))
        find.setAutoDefault(False)
        find.clicked.connect(self.run_search)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.hide)
        self.more_button = QPushButton(self.tr("More results"))
        self.more_button.setAutoDefault(False)
        self.more_button.setEnabled(False)
        self.more_button.clicked.connect(self.load_more)
        self._searched = LogFilter()
        self._layout(find, close)

    def _layout(self, find: QPushButton, close: QPushButton) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.query_edit, 0, 0, 1, 3)
        grid.addWidget(find, 0, 3)
        grid.addWidget(close, 0, 4)
        grid.addWidget(self.incident_box, 1, 0)
        grid.addWidget(self.officer_box, 1, 1)
        grid.addWidget(self.kind_box, 1, 2)
        grid.addWidget(self.since_check, 2, 0)
        grid.addWidget(self.since_edit, 2, 1)
        grid.addWidget(self.until_check, 2, 2)
        grid.addWidget(self.until_edit, 2, 3)
        grid.addWidget(self.results, 3, 0, 1, 5)
        grid.addWidget(self.status_label, 4, 0, 1, 4)
        grid.addWidget(self.more_button, 4, 4)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_filters()
        super().showEvent(event)

    def refresh_filters(self) -> None:
        """Fill the incident, officer and kind choices from the database."""
        any_text = self.tr("(any)")
        for box, choices in (
            (
                self.incident_box,
                [(i.title, i.id) for i in queries.active_incidents(self._database)],
            ),
            (
                self.officer_box,
                [(n, n) for n in queries.officer_names(self._database)],
            ),
            (self.kind_box, [(kinds.label(k), k) for k in kinds.LABELS]),
        ):
            current = box.currentData()
            box.clear()
            box.addItem(any_text, None)
            for label, value in choices:
                box.addItem(label, value)
            box.setCurrentIndex(max(0, box.findData(current)))

    def current_filter(self) -> LogFilter:
        """The filter the panel's fields describe."""
        return LogFilter(
            text=self.query_edit.text().strip(),
            incident_id=self.incident_box.currentData(),
            officer=self.officer_box.currentData(),
            kind=self.kind_box.currentData(),
            since=(
                from_qdatetime(self.since_edit.dateTime())
                if self.since_check.isChecked()
                else None
            ),
            until=(
                from_qdatetime(self.until_edit.dateTime())
                if self.until_check.isChecked()
                else None
            ),
        )

    @Slot()
    def run_search(self) -> None:
        """Search with the current filter and list the first page found."""
        self.results.clear()
        self._searched = self.current_filter()
        self._load_page()

    @Slot()
    def load_more(self) -> None:
        """List the next page of the last search below what is shown."""
        self._load_page()

    def _load_page(self) -> None:
        offset = self.results.count()
        try:
            page = search(self._database, self._searched, limit=PAGE, offset=offset)
        except Exception:
            _log.exception("log search failed")
            self.status_label.setText(self.tr("The search failed."))
            self.more_button.setEnabled(False)
            return
        for entry in page.entries:
            # The same sentence the log pane shows, not the stored text.
            line = (
                f"{format_local(entry.created_at)}  {officer_label(entry.officer)}  "
                f"{entry_text(entry)}"
            )
            item = QListWidgetItem(line)
            item.setData(ENTRY_ID_ROLE, entry.id)
            self.results.addItem(item)
        count = self.results.count()
        if page.has_more:
            shown = self.tr("{count} entries shown, more found").format(count=count)
        else:
            shown = self.tr("{count} entries found").format(count=count)
        self.status_label.setText(shown)
        self.more_button.setEnabled(page.has_more)

    def found_ids(self) -> list[str]:
        """The ids of the listed entries, in list order."""
        return [
            self.results.item(row).data(ENTRY_ID_ROLE)
            for row in range(self.results.count())
        ]
