"""The report chain of one incident: what is due, drafts, sign-off, sending.

Every step is an operation (``console.drafting``, ``console.ops.reports``):
the dialog drafts the next report from what the database knows, shows it in
the layout it will be printed in, records the leader's sign-off (签发) and
when and how it went upward, and exports or prints it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.clocks import open_deadlines
from console.context import ConsoleContext
from console.domain.deadlines import Deadline, ReportKind
from console.domain.incidents import FUTURE_TOLERANCE
from console.drafting import draft_report
from console.ops.core import OpChanges
from console.ops.reports import CHANNELS, ReportStateError, send_report, sign_report
from console.rulebook import shipped
from console.store.models import Report
from console.store.types import utcnow
from widgets.changes import OpChangesRelay
from widgets.field_problems import ERROR_STYLE
from widgets.labels import channel_label, report_kind_label
from widgets.report_document import export_pdf, print_report, report_font, report_html
from widgets.timefmt import (
    format_local,
    from_qdatetime,
    time_edit,
    to_qdatetime,
)

_log = logging.getLogger("eoc.ui")

_WATCHED_TABLES = {"reports", "incidents", "casualty_revisions"}
_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\s]+')


def report_label(kind: str, sequence: int) -> str:
    """The kind of a report, numbered where a chain has several (续报 2)."""
    label = report_kind_label(kind)
    return f"{label} {sequence}" if kind in ("followup", "daily") else label


class ReportDialog(QDialog):
    """Drafts, signs off, sends, exports and prints one incident's reports.

    Attributes:
        incident_id: the incident whose reports are shown.
        report_table: one row per report, oldest first.
        preview: the selected report, read-only, as it will be printed.
    """

    COLUMNS = 5

    def __init__(
        self,
        context: ConsoleContext,
        incident_id: str,
        parent: QWidget | None = None,
        *,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        incident = queries.incident(context.database, incident_id)
        if incident is None or incident.deleted_at is not None:
            raise LookupError(f"no incident {incident_id}")
        self._context = context
        self._now = now
        self.incident_id = incident_id
        self._reports: list[Report] = []
        self.deadlines: list[Deadline] = []
        self._shown_id: str | None = None
        self._file_dialog: QFileDialog | None = None
        self._print_dialog: QPrintDialog | None = None
        self.setWindowTitle(self.tr("Reports — {title}").format(title=incident.title))
        self._build()
        self.relay = OpChangesRelay(context.operations, self)
        self.relay.changed.connect(self._on_changed)
        self.refresh()
        self._choose_default_kind()

    # --- building -----------------------------------------------------------

    def _build(self) -> None:
        self.deadline_list = QListWidget()
        self.deadline_list.setWordWrap(True)
        self.deadline_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.deadline_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._build_table()
        self.kind_combo = QComboBox()
        for kind in ReportKind:
            self.kind_combo.addItem(report_kind_label(kind), str(kind))
        self.draft_button = QPushButton(self.tr("&Draft"))
        self.draft_button.clicked.connect(self.draft)
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.document().setDefaultFont(report_font())
        self._build_actions()
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self._lay_out(close)

    def _build_table(self) -> None:
        table = QTableWidget(0, self.COLUMNS)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Report"),
                self.tr("Title"),
                self.tr("Signed off by"),
                self.tr("Sent"),
                self.tr("Channel"),
            ]
        )
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.itemSelectionChanged.connect(self._on_selected)
        self.report_table = table

    def _build_actions(self) -> None:
        self.leader_edit = QLineEdit()
        self.leader_edit.setMaxLength(100)
        self.leader_edit.setPlaceholderText(self.tr("Leader who signs it off"))
        self.leader_edit.returnPressed.connect(self.sign)
        self.sign_button = QPushButton(self.tr("&Sign off"))
        self.sign_button.clicked.connect(self.sign)
        self.channel_combo = QComboBox()
        for channel in CHANNELS:
            self.channel_combo.addItem(channel_label(channel), channel)
        self.sent_edit = time_edit(self._now())
        self.send_button = QPushButton(self.tr("&Mark as sent"))
        self.send_button.clicked.connect(self.send)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"))
        self.pdf_button.clicked.connect(self.ask_pdf_path)
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.print_button.clicked.connect(self.ask_print)
        for button in (
            self.draft_button,
            self.sign_button,
            self.send_button,
            self.pdf_button,
            self.print_button,
        ):
            button.setAutoDefault(False)

    def _lay_out(self, close: QDialogButtonBox) -> None:
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(QLabel(self.tr("Due next")))
        left.addWidget(self.deadline_list)
        left.addWidget(QLabel(self.tr("Reports of this incident")))
        left.addWidget(self.report_table, 1)
        kind_label = QLabel(self.tr("Next report"))
        kind_label.setBuddy(self.kind_combo)
        left.addLayout(
            _hbox(kind_label, self.kind_combo, self.draft_button, grow=self.kind_combo)
        )

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.preview, 1)
        sign_label = QLabel(self.tr("Signed off by"))
        sign_label.setBuddy(self.leader_edit)
        right.addLayout(
            _hbox(sign_label, self.leader_edit, self.sign_button, grow=self.leader_edit)
        )
        send_label = QLabel(self.tr("Sent by"))
        send_label.setBuddy(self.channel_combo)
        at_label = QLabel(self.tr("at"))
        right.addLayout(
            _hbox(
                send_label,
                self.channel_combo,
                at_label,
                self.sent_edit,
                self.send_button,
                pad=True,
            )
        )
        right.addLayout(_hbox(self.pdf_button, self.print_button, pad=True))

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(_panel(left))
        splitter.addWidget(_panel(right))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([500, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(close)
        self.resize(1200, 740)

    # --- state ----------------------------------------------------------------

    def selected_report(self) -> Report | None:
        row = self.report_table.currentRow()
        return self._reports[row] if 0 <= row < len(self._reports) else None

    def select_report(self, report_id: str) -> None:
        for row, report in enumerate(self._reports):
            if report.id == report_id:
                self.report_table.selectRow(row)
                return

    @Slot()
    def refresh(self) -> None:
        """Reload reports and deadlines, keeping the selected report."""
        chosen = self.selected_report()
        self._reports = queries.reports(self._context.database, self.incident_id)
        self._fill_table()
        deadlines = open_deadlines(
            self._context.database, shipped().deadlines, [self.incident_id]
        )
        self.deadlines = deadlines.get(self.incident_id, [])
        self._fill_deadlines()
        if chosen is not None:
            self.select_report(chosen.id)
        elif self._reports:
            self.report_table.selectRow(len(self._reports) - 1)
        self._on_selected()

    def _fill_table(self) -> None:
        table = self.report_table
        table.blockSignals(True)
        table.setRowCount(len(self._reports))
        for row, report in enumerate(self._reports):
            sent = format_local(report.sent_at) if report.sent_at else self.tr("draft")
            values = (
                report_label(report.kind, report.sequence),
                report.title,
                report.signed_by or "",
                sent,
                channel_label(report.channel),
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.blockSignals(False)

    def _fill_deadlines(self) -> None:
        self.deadline_list.clear()
        now = self._now()
        for deadline in self.deadlines:
            item = QListWidgetItem(self._deadline_text(deadline, now))
            item.setToolTip(deadline.source)
            if deadline.due <= now:
                item.setForeground(QBrush(QColor("#c62828")))
            self.deadline_list.addItem(item)
        if not self.deadlines:
            self.deadline_list.addItem(self.tr("No report is due."))

    def _deadline_text(self, deadline: Deadline, now: datetime) -> str:
        name = report_label(str(deadline.kind), deadline.sequence)
        when = format_local(deadline.due)
        span = self._duration(abs(deadline.due - now).total_seconds())
        if deadline.due <= now:
            return self.tr("{report}: due {time}, overdue by {span}").format(
                report=name, time=when, span=span
            )
        return self.tr("{report}: due {time}, {span} left").format(
            report=name, time=when, span=span
        )

    def _duration(self, seconds: float) -> str:
        hours, minutes = divmod(int(seconds // 60), 60)
        if hours:
            return self.tr("{hours} h {minutes} min").format(
                hours=hours, minutes=minutes
            )
        return self.tr("{minutes} min").format(minutes=minutes)

    def _choose_default_kind(self) -> None:
        """The earliest due report; else a first or follow-up report."""
        if self.deadlines:
            kind = str(self.deadlines[0].kind)
        elif any(r.sent_at for r in self._reports):
            kind = str(ReportKind.FOLLOWUP)
        else:
            kind = str(ReportKind.FIRST_WRITTEN)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    @Slot()
    def _on_selected(self) -> None:
        report = self.selected_report()
        unsent = report is not None and report.sent_at is None
        for widget in (self.leader_edit, self.sign_button, self.send_button):
            widget.setEnabled(unsent)
        self.pdf_button.setEnabled(report is not None)
        self.print_button.setEnabled(report is not None)
        if report is None:
            self.preview.setPlainText(self.tr("Draft a report to see it here."))
            return
        self.preview.setHtml(report_html(report))
        if unsent and report.id != self._shown_id:
            # A newly chosen report; a reload keeps what is being typed.
            self.leader_edit.setText(report.signed_by or self.leader_edit.text())
            self.sent_edit.setDateTime(to_qdatetime(self._now()))
        self._shown_id = report.id

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if changes.tables & _WATCHED_TABLES:
            self.refresh()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
        self.message_label.setText(text)
        self.message_label.show()

    def message(self) -> str:
        """The message shown under the report (empty when none)."""
        return self.message_label.text() if not self.message_label.isHidden() else ""

    # --- actions --------------------------------------------------------------

    @Slot()
    def draft(self) -> Report | None:
        """Draft the next report of the chosen kind from the current facts."""
        kind = ReportKind(self.kind_combo.currentData())
        try:
            report, _draft = draft_report(
                self._context.operations, self.incident_id, kind, self._context.taxonomy
            )
        except Exception:
            _log.exception("drafting a %s report for %s failed", kind, self.incident_id)
            self.show_message(self.tr("The report could not be drafted."), error=True)
            return None
        self.refresh()
        self.select_report(report.id)
        self.show_message(
            self.tr("Drafted: {title}. Check it, then sign it off.").format(
                title=report.title
            )
        )
        return report

    @Slot()
    def sign(self) -> None:
        """Record the leader's sign-off (签发) of the selected report."""
        report = self.selected_report()
        if report is None:
            return
        leader = self.leader_edit.text().strip()
        if not leader:
            self.show_message(
                self.tr("Enter the name of the leader who signs the report off."),
                error=True,
            )
            self.leader_edit.setFocus()
            return
        try:
            sign_report(self._context.operations, report.id, leader)
        except ReportStateError:
            self.show_message(self.tr("This report has already been sent."), error=True)
            return
        self.refresh()
        self.show_message(self.tr("Signed off by {name}.").format(name=leader))

    @Slot()
    def send(self) -> None:
        """Record that the selected report went upward, how and when."""
        report = self.selected_report()
        if report is None:
            return
        channel = self.channel_combo.currentData()
        sent_at = from_qdatetime(self.sent_edit.dateTime())
        if sent_at > self._now() + FUTURE_TOLERANCE:
            self.show_message(
                self.tr("The time sent is in the future. Check date and time."),
                error=True,
            )
            return
        try:
            send_report(
                self._context.operations, report.id, channel=channel, sent_at=sent_at
            )
        except ReportStateError:
            self.show_message(self._refusal(report), error=True)
            return
        self.refresh()
        self.show_message(
            self.tr("Recorded as sent ({channel}) at {time}.").format(
                channel=channel_label(channel), time=format_local(sent_at)
            )
        )

    def _refusal(self, report: Report) -> str:
        if report.sent_at is not None:
            return self.tr("This report has already been sent.")
        return self.tr(
            "Not sent: only a phone report may go before sign-off. Enter the "
            "leader's name and sign the report off (签发) first."
        )

    def default_pdf_path(self, report: Report) -> Path:
        name = _UNSAFE_IN_NAMES.sub("_", report.title).strip("_") or "report"
        return self._context.data_dir / "reports" / f"{name}.pdf"

    @Slot()
    def ask_pdf_path(self) -> None:
        """Ask where to save the PDF (non-blocking), then export it."""
        report = self.selected_report()
        if report is None:
            return
        dialog = QFileDialog(
            self,
            self.tr("Export report as PDF"),
            str(self.default_pdf_path(report)),
            self.tr("PDF files (*.pdf)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(lambda path: self.export_pdf_to(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def export_pdf_to(self, path: Path) -> Path | None:
        """Write the selected report as an A4 PDF at ``path``."""
        report = self.selected_report()
        if report is None:
            return None
        try:
            export_pdf(report, path)
        except OSError:
            _log.exception("exporting %s to %s failed", report.id, path)
            self.show_message(
                self.tr("The PDF could not be written to {path}.").format(path=path),
                error=True,
            )
            return None
        self.show_message(self.tr("Saved as {path}.").format(path=path))
        return path

    @Slot()
    def ask_print(self) -> None:
        """Choose a printer (non-blocking), then print the selected report."""
        if self.selected_report() is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.finished.connect(lambda result: self._on_print_chosen(dialog, result))
        self._print_dialog = dialog
        self._printer = printer
        # QPrintDialog.open() in PySide only takes a receiver and a slot.
        QDialog.open(dialog)

    @property
    def print_dialog(self) -> QPrintDialog | None:
        """The open printer choice, if any."""
        return self._print_dialog

    def _on_print_chosen(self, dialog: QPrintDialog, result: int) -> None:
        self._print_dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted.value:
            self.print_to(self._printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the selected report on ``printer``."""
        report = self.selected_report()
        if report is not None:
            print_report(report, printer)
            self.show_message(self.tr("Sent to the printer."))


def _hbox(
    *widgets: QWidget, grow: QWidget | None = None, pad: bool = False
) -> QHBoxLayout:
    """A row of widgets; ``grow`` takes the spare width, else ``pad`` does."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if widget is grow else 0)
    if pad:
        row.addStretch(1)
    return row


def _panel(layout: QVBoxLayout) -> QWidget:
    panel = QWidget()
    panel.setLayout(layout)
    return panel


def open_report_dialog(
    context: ConsoleContext, incident_id: str, parent: QWidget | None = None
) -> ReportDialog:
    """Show the report chain of an incident (non-modal) and return the dialog.

    A report dialog already open on the same incident under ``parent`` is
    raised instead of opening a second one.
    """
    if parent is not None:
        for dialog in parent.findChildren(ReportDialog):
            if dialog.incident_id == incident_id and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
    dialog = ReportDialog(context, incident_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
