"""A plan's life: its versions and their differences, and its records.

Records (评审 review sign-off, 备案 filing, 修订 revision, 废止 repeal) are
operations (``record_plan_step``); a revision names what prompted it, a
drill or a real event.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.ops.core import OpChanges, Operations
from console.ops.plan_records import record_plan_step
from console.plans import queries
from console.plans.diff import diff_plans
from console.plans.library import Library
from console.plans.model import Plan
from console.store.engine import Database
from widgets.board_parts import ERROR_COLOUR
from widgets.changes import OpChangesRelay
from widgets.labels import officer_label
from widgets.plan_labels import origin_text, plan_status_text, record_kind_names
from widgets.timefmt import format_local

_log = logging.getLogger("eoc.ui")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


def _when(plan: Plan) -> str:
    day = plan.effective or plan.signed or plan.published
    return day.isoformat() if day else ""


class VersionsPanel(QWidget):
    """The versions of one plan, oldest first, and the difference of two.

    Attributes:
        table: version, date, status, origin of each version.
        old_combo, new_combo: the two versions compared.
        diff_list: one readable line per difference (``diff_plans``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.versions: tuple[Plan, ...] = ()
        self.table = _table(
            [self.tr("Version"), self.tr("Date"), self.tr("Status"), self.tr("Origin")]
        )
        self.old_combo = QComboBox()
        self.new_combo = QComboBox()
        self.old_combo.currentIndexChanged.connect(self.compare)
        self.new_combo.currentIndexChanged.connect(self.compare)
        self.diff_list = QListWidget()
        self.diff_list.setWordWrap(True)
        self.diff_list.setAlternatingRowColors(True)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Compare")))
        pick.addWidget(self.old_combo, 1)
        pick.addWidget(QLabel("→"))
        pick.addWidget(self.new_combo, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(pick)
        layout.addWidget(self.diff_list, 2)

    def show_versions(self, library: Library, plan_id: str | None) -> None:
        self.versions = library.versions(plan_id) if plan_id else ()
        origins = {
            (e.plan.id, e.plan.version): origin_text(e.origin) for e in library.entries
        }
        _fill(
            self.table,
            [
                [
                    plan.version,
                    _when(plan),
                    plan_status_text(plan.status),
                    origins.get((plan.id, plan.version), ""),
                ]
                for plan in self.versions
            ],
        )
        for combo in (self.old_combo, self.new_combo):
            combo.blockSignals(True)
            combo.clear()
            for plan in self.versions:
                combo.addItem(plan.version, plan.version)
            combo.blockSignals(False)
        # The newest change first: the last two versions.
        self.old_combo.setCurrentIndex(max(len(self.versions) - 2, 0))
        self.new_combo.setCurrentIndex(len(self.versions) - 1)
        self.compare()

    @Slot()
    def compare(self) -> list[str]:
        self.diff_list.clear()
        old, new = self.old_combo.currentIndex(), self.new_combo.currentIndex()
        if old < 0 or new < 0:
            return []
        if old == new:
            self.diff_list.addItem(self.tr("Choose two different versions."))
            return []
        lines = diff_plans(self.versions[old], self.versions[new])
        self.diff_list.addItems(lines or [self.tr("No differences.")])
        return lines


class RecordsPanel(QWidget):
    """Records of a plan's life, with a form to add one.

    Attributes:
        table: when, step, version, by whom, prompted by, note.
        kind_combo, by_edit, prompted_edit, note_edit: the new record.
        message_label: why the last record was refused.
    """

    def __init__(
        self,
        operations: Operations,
        database: Database,
        relay: OpChangesRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._database = database
        self.plan: Plan | None = None
        self.table = _table(
            [
                self.tr("When"),
                self.tr("Step"),
                self.tr("Version"),
                self.tr("By"),
                self.tr("Prompted by"),
                self.tr("Note"),
            ]
        )
        self.kind_combo = QComboBox()
        for kind, name in record_kind_names().items():
            self.kind_combo.addItem(name, kind)
        self.kind_combo.currentIndexChanged.connect(self._update_prompt)
        self.by_edit = QLineEdit()
        self.by_edit.setPlaceholderText(self.tr("e.g. 区应急管理局 评审组 李明"))
        self.prompted_edit = QLineEdit()
        self.prompted_edit.setPlaceholderText(
            self.tr("The drill or real event that showed the need")
        )
        self.note_edit = QLineEdit()
        self.record_button = QPushButton(self.tr("Record step"))
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self.record)
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message_label.hide()

        box = QGroupBox(self.tr("Record a step for the version shown"))
        form = QFormLayout(box)
        form.addRow(self.tr("Step"), self.kind_combo)
        form.addRow(self.tr("Signed / filed by"), self.by_edit)
        form.addRow(self.tr("Prompted by"), self.prompted_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        form.addRow(self.message_label)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.record_button)
        form.addRow(button_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        relay.changed.connect(self._on_changed)
        self._update_prompt()

    def show_plan(self, plan: Plan | None) -> None:
        self.plan = plan
        self.record_button.setEnabled(plan is not None)
        self.reload()

    def reload(self) -> None:
        if self.plan is None:
            _fill(self.table, [])
            return
        names = record_kind_names()
        records = queries.plan_records(self._database, self.plan.id)
        _fill(
            self.table,
            [
                [
                    format_local(r.at),
                    names.get(r.kind, r.kind),
                    r.plan_version,
                    officer_label(r.by),
                    r.prompted_by,
                    r.note,
                ]
                for r in records
            ],
        )

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if "plan_records" in changes.tables:
            self.reload()

    @Slot()
    def _update_prompt(self) -> None:
        self.prompted_edit.setEnabled(self.kind_combo.currentData() == "revision")

    @Slot()
    def record(self) -> bool:
        """Record the step for the plan version shown."""
        if self.plan is None:
            return False
        kind = self.kind_combo.currentData()
        by = self.by_edit.text().strip()
        prompted = self.prompted_edit.text().strip() if kind == "revision" else ""
        if not by:
            return self._refuse(self.tr("Say who signed, filed or decided it."))
        if kind == "revision" and not prompted:
            return self._refuse(
                self.tr("Say what prompted the revision: a drill or a real event.")
            )
        try:
            record_plan_step(
                self._operations,
                self.plan,
                kind,
                by=by,
                note=self.note_edit.text(),
                prompted_by=prompted,
            )
        except Exception:
            _log.exception("recording a plan step failed")
            return self._refuse(self.tr("Not recorded: the step could not be saved."))
        self.message_label.hide()
        for edit in (self.prompted_edit, self.note_edit):
            edit.clear()
        return True

    def _refuse(self, text: str) -> bool:
        self.message_label.setText(text)
        self.message_label.show()
        return False
