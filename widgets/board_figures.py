"""Casualty figures on the board, and every revision of them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.domain.incidents import CASUALTY_FIELDS
from console.store.engine import Database
from console.store.models import CasualtyRevision, Incident
from widgets.board_parts import small_button
from widgets.labels import figure_name, figure_value, officer_label
from widgets.timefmt import format_local

COLUMNS = 3


class FigureHistoryDialog(QDialog):
    """Every reported value of every figure, oldest first, with its source.

    Attributes:
        table: time, figure, value, source; one row per revision.
    """

    def __init__(
        self,
        title: str,
        revisions: Sequence[CasualtyRevision],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Figure history — {title}").format(title=title))
        self.table = QTableWidget(len(revisions), 4)
        headers = (
            self.tr("Reported at"),
            self.tr("Figure"),
            self.tr("Value"),
            self.tr("Source"),
        )
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, revision in enumerate(revisions):
            cells = (
                format_local(revision.reported_at),
                figure_name(revision.field),
                figure_value(revision.value),
                officer_label(revision.source),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("No figures reported yet."))
        self.empty_label.setVisible(not revisions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(480, 320)


class FiguresSection(QWidget):
    """Deaths, serious injuries, injured, missing, trapped; 不详 when unknown.

    Attributes:
        values: the value label of each casualty figure, by field name.
        history_button: opens ``FigureHistoryDialog``.
        history_dialog: the history shown now, if any.
    """

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._incident: Incident | None = None
        self.history_dialog: FigureHistoryDialog | None = None
        self.values: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for index, field in enumerate(CASUALTY_FIELDS):
            row, column = divmod(index, COLUMNS)
            name = QLabel(figure_name(field))
            name.setEnabled(False)
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setObjectName(f"figure_{field}")
            self.values[field] = value
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(name)
            cell.addWidget(value)
            grid.addLayout(cell, row, column)
        self.history_button = small_button(
            self.tr("History…"), self.tr("Every reported value, with time and source")
        )
        self.history_button.clicked.connect(self.show_history)
        last = len(CASUALTY_FIELDS)
        grid.addWidget(
            self.history_button,
            last // COLUMNS,
            last % COLUMNS,
            Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft,
        )

    def render(self, incident: Incident) -> None:
        self._incident = incident
        for field, label in self.values.items():
            value = getattr(incident, field)
            label.setText(figure_value(value))
            bold = "font-weight: bold;" if value else ""
            label.setStyleSheet(bold)

    @Slot()
    def show_history(self) -> FigureHistoryDialog | None:
        """Open the revision list of the incident shown (non-modal)."""
        if self._incident is None:
            return None
        if self.history_dialog is not None:
            self.history_dialog.close()
        revisions = queries.figure_history(self._database, self._incident.id)
        dialog = FigureHistoryDialog(self._incident.title, revisions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.history_dialog = dialog
        dialog.show()
        return dialog

    def _closed(self, dialog: FigureHistoryDialog) -> None:
        if self.history_dialog is dialog:
            self.history_dialog = None
