"""Importing and exporting roster files (XLSX or CSV with Chinese headers).

An import always starts with a dry run: the file is checked whole and the
dialog lists what would be new, updated or unchanged and every bad row
with its row number, column and reason. Only a clean dry run of the file
as it is now enables the import itself, which writes all rows or none.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.context import ConsoleContext
from console.resources import columns, exporter
from console.resources.importer import ImportReport, import_file
from widgets.roster_table import fill_table, read_only_table

_log = logging.getLogger("eoc.ui")

translate = QCoreApplication.translate

FILE_FILTER = "XLSX / CSV (*.xlsx *.csv)"


def kind_label(kind: str) -> str:
    labels = {
        "teams": translate("resources", "Rescue teams"),
        "depots": translate("resources", "Supply depots"),
        "shelters": translate("resources", "Shelters"),
        "experts": translate("resources", "Experts"),
        "stock": translate("resources", "Stock movements"),
    }
    return labels.get(kind, kind)


def _reasons() -> list[tuple[re.Pattern[str], str]]:
    """Known reasons of the import checks, with their sentence in the UI language.

    The checks word their reasons in English (they serve the command line
    too); a reason not listed here is shown as it is.
    """
    patterns = [
        (r"required", translate("resources", "required")),
        (
            r"not a whole number: (?P<v>.*)",
            translate("resources", "not a whole number: {v}"),
        ),
        (
            r"cannot be negative: (?P<v>.*)",
            translate("resources", "cannot be negative: {v}"),
        ),
        (r"not a number: (?P<v>.*)", translate("resources", "not a number: {v}")),
        (r"not a number", translate("resources", "not a number")),
        (
            r"not a date \(YYYY-MM-DD\): (?P<v>.*)",
            translate("resources", "not a date (YYYY-MM-DD): {v}"),
        ),
        (
            r"must be 开放 or 关闭: (?P<v>.*)",
            translate("resources", "must be 开放 or 关闭: {v}"),
        ),
        (
            r"must be one of (?P<a>.*): (?P<v>.*)",
            translate("resources", "must be one of {a}: {v}"),
        ),
        (
            r"unknown division: (?P<v>.*)",
            translate("resources", "unknown town or street: {v}"),
        ),
        (
            r"unknown capability: (?P<v>.*) \(see .*\)",
            translate("resources", "unknown capability: {v}"),
        ),
        (r"duplicate of row (?P<v>\d+)", translate("resources", "same as row {v}")),
        (
            r"latitude and longitude look swapped",
            translate("resources", "latitude and longitude look swapped"),
        ),
        (
            r"outside China; give WGS-84 degrees",
            translate("resources", "outside China; give WGS-84 degrees"),
        ),
        (
            r"names starting with .* are kept for sample data",
            translate(
                "resources", "names starting with 【演示】 are kept for sample data"
            ),
        ),
        (
            r"unknown depot: (?P<v>.*); import depots first",
            translate("resources", "unknown depot: {v}; import the depots first"),
        ),
    ]
    return [(re.compile(f"^{pattern}$"), text) for pattern, text in patterns]


def reason_text(reason: str) -> str:
    """An import check's reason in the UI language (unknown ones as they are)."""
    for pattern, text in _reasons():
        match = pattern.match(reason)
        if match:
            return text.format(**match.groupdict())
    return reason


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


class ImportDialog(QDialog):
    """Choose a kind and a file, check it (dry run), then import it.

    Attributes:
        kind: which roster the file holds.
        path_edit: the chosen file.
        check_button: runs the dry run; ``import_button`` the import, and
            only after a clean dry run of the same kind and unchanged file.
        summary: the counts (or why the file was refused).
        errors: one row per problem: row number, column, reason.
        report: the last report, dry run or import.
    """

    def __init__(
        self,
        context: ConsoleContext,
        parent: QWidget | None = None,
        *,
        ask_path: Callable[[QWidget], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._ask_path = ask_path or self._file_dialog
        self._checked: tuple[str, Path, tuple[int, int] | None] | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import roster file"))
        self.kind = QComboBox()
        for kind in columns.KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(self._invalidate)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.path_edit.textChanged.connect(self._invalidate)
        self.browse_button = QPushButton(self.tr("&Choose file…"))
        self.browse_button.clicked.connect(self.browse)
        self.check_button = QPushButton(self.tr("Chec&k file (dry run)"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.run_import)
        for button in (self.browse_button, self.check_button, self.import_button):
            button.setAutoDefault(False)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.errors = read_only_table(
            [self.tr("Row"), self.tr("Column"), self.tr("Reason")]
        )
        self._lay_out()
        self._invalidate()

    def _lay_out(self) -> None:
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path_edit)
        form.addRow(file_label, file_row)
        hint = QLabel(
            self.tr(
                "The file is checked first; nothing is written until the check is"
                " clean and you press Import. A file with any bad row is never"
                " imported in part."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.errors, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def _file_dialog(self, parent: QWidget) -> str:
        path, _filter = QFileDialog.getOpenFileName(
            parent, self.tr("Choose a roster file"), "", FILE_FILTER
        )
        return path

    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def current_path(self) -> Path | None:
        text = self.path_edit.text().strip()
        return Path(text) if text else None

    @Slot()
    def browse(self) -> None:
        chosen = self._ask_path(self)
        if chosen:
            self.path_edit.setText(chosen)

    @Slot()
    def _invalidate(self) -> None:
        self._checked = None
        self.import_button.setEnabled(False)
        self.check_button.setEnabled(self.current_path() is not None)

    @Slot()
    def check(self) -> ImportReport | None:
        """Dry run: what the import would do, and every bad row."""
        path = self.current_path()
        if path is None:
            return None
        kind = self.current_kind()
        with _busy():
            report = import_file(self._context.operations, kind, path, dry_run=True)
        self._show(report)
        if report.ok and report.actions:
            self._checked = (kind, path, _stamp(path))
        self.import_button.setEnabled(self._checked is not None)
        return report

    @Slot()
    def run_import(self) -> ImportReport | None:
        """Import the checked file; refuses if it changed since the check."""
        path = self.current_path()
        kind = self.current_kind()
        if path is None or self._checked != (kind, path, _stamp(path)):
            self.summary.setText(self.tr("Check the file again before importing."))
            self._invalidate()
            return None
        with _busy():
            report = import_file(self._context.operations, kind, path)
        self._checked = None
        self.import_button.setEnabled(False)
        self._show(report)
        _log.info("imported %s from %s: %s", kind, path.name, report.counts())
        return report

    def _show(self, report: ImportReport) -> None:
        self.report = report
        rows = [[str(e.row), e.column, reason_text(e.reason)] for e in report.errors]
        fill_table(self.errors, sorted(rows, key=lambda r: int(r[0])))
        if report.refused is not None:
            self.summary.setText(
                self.tr("The file was refused: {reason}").format(reason=report.refused)
            )
            return
        counts = report.counts()
        if report.applied:
            text = self.tr(
                "Imported: {new} new, {updated} updated, {unchanged} unchanged."
            )
        elif report.errors:
            text = self.tr(
                "Dry run: {bad} bad rows; nothing can be imported until they are"
                " fixed. Good rows: {new} new, {updated} updated, {unchanged}"
                " unchanged."
            )
        else:
            text = self.tr(
                "Dry run: {new} new, {updated} updated, {unchanged} unchanged."
                " Nothing has been written yet."
            )
        bad = len({e.row for e in report.errors})
        summary = text.format(bad=bad, **counts)
        if report.ignored_columns:
            summary += " " + self.tr("Ignored columns: {names}").format(
                names="、".join(report.ignored_columns)
            )
        self.summary.setText(summary)


class _busy:
    """A wait cursor for the duration of a ``with`` block."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


def export_roster(
    context: ConsoleContext, kind: str, path: Path, *, template: bool = False
) -> int:
    """Write ``kind`` (or, as ``template``, its header row alone) to ``path``."""
    return exporter.export_file(context.database, kind, path, template=template)


def open_import_dialog(context: ConsoleContext, parent: QWidget) -> ImportDialog:
    """Show the import dialog (non-modal); one already open is raised."""
    for dialog in parent.findChildren(ImportDialog):
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            return dialog
    dialog = ImportDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
