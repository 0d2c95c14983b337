"""The plan library (预案库): every plan, its contents, versions and records.

Import and export go through file dialogs opened with ``open()`` (pitfall
A6). An import is checked first; a broken file is refused and its errors
are listed with their lines instead.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.context import ConsoleContext
from console.plans.export import export_plan
from console.plans.library import Entry, Library, PlanFileError, import_plan
from console.plans.schema import PlanError
from widgets.board_parts import ERROR_COLOUR
from widgets.changes import OpChangesRelay
from widgets.plan_detail import PlanDetailView
from widgets.plan_editor import PlanEditorDialog, error_text, open_plan_editor
from widgets.plan_labels import (
    kind_text,
    origin_text,
    plan_status_text,
    sample_counts,
    verification_colour,
)
from widgets.plan_lifecycle import RecordsPanel, VersionsPanel
from widgets.plan_shelf import PlanShelf

_log = logging.getLogger("eoc.ui")

TITLE, KIND, VERSION, STATUS, MARKERS, ORIGIN = range(6)


class PlanLibraryDialog(QDialog):
    """Lists the plans; shows the chosen one's contents, versions and records.

    Non-modal: the officer can keep it open beside the boards.

    Attributes:
        table: one row per plan version (title, kind, version, status,
            verified/sample counts, shipped or district).
        detail, versions, records: the tabs for the chosen plan.
        message_label, import_errors: the outcome of the last import or
            export, with a refused file's located errors.
        file_dialog: the open import or export file dialog, if any.
        editor: the open plan editor, if any.
    """

    def __init__(
        self,
        context: ConsoleContext,
        shelf: PlanShelf,
        relay: OpChangesRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan library"))
        self._context = context
        self._shelf = shelf
        self.entries: tuple[Entry, ...] = ()
        self.file_dialog: QFileDialog | None = None
        self.editor: PlanEditorDialog | None = None
        self._build(relay)
        shelf.reloaded.connect(self.reload)
        self.reload()
        self.resize(1180, 820)

    def _build(self, relay: OpChangesRelay) -> None:
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Version"),
                self.tr("Status"),
                self.tr("Verified / sample items"),
                self.tr("Origin"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(self._on_current_changed)
        self.files_label = QLabel()
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)
        self.files_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.files_label.hide()

        self.detail = PlanDetailView()
        self.versions = VersionsPanel()
        self.records = RecordsPanel(
            self._context.operations, self._context.database, relay
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.detail, self.tr("Contents"))
        self.tabs.addTab(self.versions, self.tr("Versions"))
        self.tabs.addTab(self.records, self.tr("Review, filing, revision"))

        self.edit_button = QPushButton(self.tr("Edit as new version…"))
        self.import_button = QPushButton(self.tr("Import plan file…"))
        self.export_button = QPushButton(self.tr("Export…"))
        for button in (self.edit_button, self.import_button, self.export_button):
            button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_current)
        self.import_button.clicked.connect(self.ask_import)
        self.export_button.clicked.connect(self.ask_export)
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.import_errors = QListWidget()
        self.import_errors.setMaximumHeight(110)
        self.import_errors.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.files_label)
        top_layout.addWidget(self.message_label)
        top_layout.addWidget(self.import_errors)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.tabs)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([230, 550])
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    @Slot()
    def reload(self) -> None:
        """Show the shelf's library again, keeping the chosen plan."""
        current = self.current_entry()
        library = self._shelf.library
        self.entries = tuple(
            sorted(library.entries, key=lambda e: (e.plan.id, _order(library, e)))
        )
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            self._set_row(row, entry)
        errors = library.errors
        self.files_label.setVisible(bool(errors))
        self.files_label.setText(
            self.tr("{n} plan file(s) could not be loaded:\n{errors}").format(
                n=len({e.file for e in errors}),
                errors="\n".join(str(e) for e in errors[:5]),
            )
        )
        row = 0
        if current is not None:
            row = next(
                (i for i, e in enumerate(self.entries) if e.path == current.path), 0
            )
        if self.entries:
            self.table.setCurrentCell(row, TITLE)
        self._show(self.current_entry())

    def _set_row(self, row: int, entry: Entry) -> None:
        plan = entry.plan
        verified, sample = sample_counts(plan)
        markers = self.tr("Verified {verified} / sample {sample}").format(
            verified=verified, sample=sample
        )
        values = [
            plan.title,
            kind_text(plan.kind),
            plan.version,
            plan_status_text(plan.status),
            markers,
            origin_text(entry.origin),
        ]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            self.table.setItem(row, column, item)
        colour = verification_colour("verified" if sample == 0 else "sample")
        self.table.item(row, MARKERS).setForeground(QBrush(QColor(colour)))

    def current_entry(self) -> Entry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def select_plan(self, plan_id: str) -> bool:
        """Choose the newest version of ``plan_id``."""
        rows = [i for i, e in enumerate(self.entries) if e.plan.id == plan_id]
        if rows:
            self.table.setCurrentCell(rows[-1], TITLE)
        return bool(rows)

    @Slot(int, int, int, int)
    def _on_current_changed(self, row: int, *_: int) -> None:
        self._show(self.current_entry())

    def _show(self, entry: Entry | None) -> None:
        plan = entry.plan if entry else None
        self.detail.show_plan(plan)
        self.versions.show_versions(self._shelf.library, plan.id if plan else None)
        self.records.show_plan(plan)
        for button in (self.edit_button, self.export_button):
            button.setEnabled(entry is not None)

    @Slot()
    def edit_current(self) -> PlanEditorDialog | None:
        entry = self.current_entry()
        if entry is None:
            return None
        if self.editor is not None:
            self.editor.raise_()
            return self.editor
        editor = open_plan_editor(self._shelf, entry, self)
        editor.saved.connect(self._on_saved)
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        self.editor = editor
        return editor

    def _editor_closed(self, editor: PlanEditorDialog) -> None:
        if self.editor is editor:
            self.editor = None

    @Slot(object)
    def _on_saved(self, path: Path) -> None:
        entry = next((e for e in self.entries if e.path == path), None)
        if entry is not None:
            self.table.setCurrentCell(self.entries.index(entry), TITLE)
            self.tabs.setCurrentWidget(self.versions)
        self._tell(self.tr("Saved as a new version: {path}").format(path=path))

    @Slot()
    def ask_import(self) -> QFileDialog:
        dialog = self._file_dialog(self.tr("Import plan file"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda name: self.import_file(Path(name)))
        dialog.open()
        return dialog

    def import_file(self, path: Path) -> bool:
        """Check ``path`` and copy it into the district folder, or list why not."""
        try:
            entry = import_plan(path, self._shelf.data_dir)
        except PlanFileError as error:
            self._show_import_errors(path, list(error.errors))
            return False
        except OSError as error:
            _log.warning("importing %s failed: %s", path, error)
            self._tell(self.tr("Not imported: {reason}").format(reason=error), True)
            return False
        self.import_errors.hide()
        self._shelf.reload()
        self.select_plan(entry.plan.id)
        self._tell(
            self.tr("Imported {title} ({version}).").format(
                title=entry.plan.title, version=entry.plan.version
            )
        )
        return True

    def _show_import_errors(self, path: Path, errors: list[PlanError]) -> None:
        self._tell(
            self.tr("Not imported: {file} has {n} error(s).").format(
                file=path.name, n=len(errors)
            ),
            True,
        )
        self.import_errors.clear()
        self.import_errors.addItems([error_text(error) for error in errors])
        self.import_errors.show()

    @Slot()
    def ask_export(self) -> QFileDialog | None:
        entry = self.current_entry()
        if entry is None:
            return None
        dialog = self._file_dialog(self.tr("Export plan file"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("yaml")
        dialog.selectFile(entry.path.name)
        dialog.fileSelected.connect(lambda name: self.export_to(entry, Path(name)))
        dialog.open()
        return dialog

    def export_to(self, entry: Entry, path: Path) -> bool:
        try:
            export_plan(entry.plan, path)
        except OSError as error:
            _log.warning("exporting %s failed: %s", entry.plan.id, error)
            self._tell(self.tr("Not exported: {reason}").format(reason=error), True)
            return False
        self._tell(self.tr("Exported to {path}").format(path=path))
        return True

    def _file_dialog(self, title: str) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setNameFilter(self.tr("Plan files (*.yaml *.yml)"))
        dialog.finished.connect(lambda _result: self._file_dialog_closed(dialog))
        self.file_dialog = dialog
        return dialog

    def _file_dialog_closed(self, dialog: QFileDialog) -> None:
        if self.file_dialog is dialog:
            self.file_dialog = None
        dialog.deleteLater()

    def _tell(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")
        self.message_label.show()


def _order(library: Library, entry: Entry) -> int:
    versions = library.versions(entry.plan.id)
    return versions.index(entry.plan) if entry.plan in versions else 0
