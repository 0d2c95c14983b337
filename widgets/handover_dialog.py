"""The handover dialog (交接班): the report, acceptance and PDF export."""

from __future__ import annotations

import html
import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, Slot
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.context import ConsoleContext
from console.duty.handover import (
    HandoverError,
    HandoverReport,
    OpenIncident,
    accept_handover,
    handover_report,
)
from console.rulebook import shipped
from console.store.types import utcnow
from console.sync import config as sync_config
from widgets.fonts import cjk_family
from widgets.labels import (
    grade_badge_text,
    numbered_report_label,
    response_label,
    status_label,
    warning_label,
)
from widgets.timefmt import format_local

_log = logging.getLogger("eoc.ui")


def _section(title: str, rows: list[str]) -> str:
    items = "".join(f"<li>{html.escape(r)}</li>" for r in rows) or "<li>—</li>"
    return f"<h3>{html.escape(title)}（{len(rows)}）</h3><ul>{items}</ul>"


class HandoverDialog(QDialog):
    """Shows what the shift hands over; the incoming officer accepts it.

    Attributes:
        report: the report shown (rebuilt by ``refresh``).
        document: the report as a rich-text document (shown and exported).
    """

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setWindowTitle(self.tr("Shift handover"))
        self.resize(720, 640)
        self.browser = QTextBrowser()
        self.incoming_box = QComboBox()
        self.incoming_box.setEditable(True)
        self.summary_edit = QLineEdit()
        self.message_label = QLabel()
        self.accept_button = QPushButton(self.tr("Accept shift"))
        self.accept_button.clicked.connect(self.accept_shift)
        self.export_button = QPushButton(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self._ask_export)
        form = QFormLayout()
        form.addRow(self.tr("Incoming officer"), self.incoming_box)
        form.addRow(self.tr("Handover notes"), self.summary_edit)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the report from the database and show it."""
        self.report = handover_report(
            self._context.database,
            shipped().deadlines,
            utcnow(),
            syncing=sync_config.load(self._context.data_dir).hub_url != "",
        )
        self.document = QTextDocument(self)
        family = cjk_family()
        if family is not None:
            self.document.setDefaultFont(QFont(family))
        self.document.setHtml(self.report_html(self.report))
        self.browser.setDocument(self.document)
        names = queries.officer_names(self._context.database)
        on_duty = self.report.on_duty
        wanted = [*(on_duty.officers if on_duty else ()), *names]
        self.incoming_box.clear()
        self.incoming_box.addItems(list(dict.fromkeys(wanted)))
        self.incoming_box.setCurrentText("")

    def report_html(self, report: HandoverReport) -> str:
        """The report as HTML, one section per kind of open business."""
        on_duty = report.on_duty
        duty = (
            self.tr("Duty leader: {leader}; officers: {officers}").format(
                leader=on_duty.leader, officers="、".join(on_duty.officers) or "—"
            )
            if on_duty
            else self.tr("No shift on the roster now")
        )
        parts = [
            f"<h2>{html.escape(self.tr('Shift handover report'))}</h2>",
            f"<p>{html.escape(format_local(report.generated_at))}　"
            f"{html.escape(duty)}</p>",
            _section(
                self.tr("Open incidents"),
                [self._incident_line(i) for i in report.incidents],
            ),
            _section(
                self.tr("Running report clocks"),
                [
                    f"{c.incident_title}　{numbered_report_label(c.kind, c.sequence)}　"
                    + self._due(c.due, c.due <= report.generated_at)
                    for c in report.clocks
                ],
            ),
            _section(
                self.tr("Open checklist items"),
                [
                    f"{i.incident_title}　{i.task}（{i.unit}）　"
                    + self._due(i.due, i.overdue)
                    for i in report.items
                ],
            ),
            _section(
                self.tr("Pending leaders' instructions"),
                [
                    self.tr("{incident}　{leader}: {text}").format(
                        incident=i.incident_title, leader=i.leader, text=i.text
                    )
                    for i in report.instructions
                ],
            ),
            _section(
                self.tr("Dispatched teams"),
                [f"{t.team} → {t.incident_title}" for t in report.teams],
            ),
            _section(
                self.tr("Stock below zero (count it)"),
                [
                    f"{s.depot}　{s.item}　{s.balance}{s.unit}"
                    for s in report.shortfalls
                ],
            ),
            self._sync_section(report),
        ]
        return "".join(parts)

    def _due(self, due: datetime | None, overdue: bool) -> str:
        if due is None:
            return self.tr("ongoing, no due time")
        text = self.tr("due {time}").format(time=format_local(due))
        return text + self.tr(" (overdue)") if overdue else text

    def _sync_section(self, report: HandoverReport) -> str:
        if report.syncing:
            lines = [
                self.tr("Unsynced changes: {count}").format(count=report.unsynced),
                self.tr("Sync conflicts: {count}").format(count=report.conflicts),
            ]
        else:
            lines = [
                self.tr(
                    "Sync not configured: {count} changes are kept on this "
                    "workstation only"
                ).format(count=report.unsynced)
            ]
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
        title = self.tr("Sync")
        return f"<h3>{html.escape(title)}</h3>{paragraphs}"

    def _incident_line(self, incident: OpenIncident) -> str:
        parts = [
            status_label(incident.status),
            grade_badge_text(incident.grade),
            warning_label(incident.warning_level),
            response_label(incident.response_level),
        ]
        separator = self.tr(", ", "between the levels")
        return self.tr("{incident}: {levels}").format(
            incident=incident.title, levels=separator.join(parts)
        )

    @Slot()
    def accept_shift(self) -> None:
        """Record the incoming officer's acceptance (接班确认)."""
        try:
            accept_handover(
                self._context.operations,
                self._context.operations.officer,
                self.incoming_box.currentText(),
                self.summary_edit.text(),
                report=self.report,
            )
        except HandoverError:
            self.message_label.setText(
                self.tr("Choose the incoming officer (not the outgoing one).")
            )
            return
        except Exception:
            _log.exception("recording the handover failed")
            self.message_label.setText(self.tr("The handover could not be recorded."))
            return
        self.message_label.setText(self.tr("Handover accepted and logged."))
        self.accept_button.setEnabled(False)

    @Slot()
    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export handover"), "交接班.pdf", "PDF (*.pdf)"
        )
        if path:
            self.export_pdf(Path(path))

    def export_pdf(self, path: Path) -> None:
        """Write the report shown to ``path`` as an A4 PDF."""
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
        writer.setTitle(self.tr("Shift handover report"))
        self.document.print_(writer)
