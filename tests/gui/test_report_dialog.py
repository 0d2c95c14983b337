"""The report chain dialog: drafts, sign-off, sending, PDF and printing."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter

from console import queries
from console.domain.deadlines import ReportKind
from console.domain.incidents import Figures, IncidentDraft, IntakeDetails
from console.ops.incidents import create_incident, record_figures
from widgets.report_dialog import ReportDialog, open_report_dialog
from widgets.report_document import report_font, report_html, report_sections

FIRST_REPORT_HEADINGS = [
    "事件名称",
    "接报时间",
    "信息来源",
    "事发时间",
    "事发地点",
    "事件类别",
    "伤亡情况",
    "直接经济损失",
    "事发单位基本情况",
    "起因和经过",
    "影响范围和发展趋势",
    "已采取措施",
    "领导到位情况",
    "请求事项",
    "现场指挥",
    "报告人",
    "报告时间",
]


@pytest.fixture
def incident_id(console_context) -> str:
    draft = IncidentDraft(
        title="东吴镇某化工厂爆炸",
        category="accident",
        type="hazardous_chemicals",
        occurred_at=datetime.now(UTC) - timedelta(minutes=20),
        lat=29.78,
        lon=121.72,
        details=IntakeDetails(
            figures=Figures(deaths=3, injured=5),
            source_unit="东吴镇应急办",
            unit_name="宁波某化工有限公司",
            cause_and_course="反应釜超压爆炸",
            measures_taken="消防救援大队已到场",
            reporter="李明",
        ),
    )
    return create_incident(console_context.operations, draft).id


@pytest.fixture
def dialog(qtbot, console_context, english, incident_id) -> ReportDialog:
    dlg = ReportDialog(console_context, incident_id)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def draft(dialog: ReportDialog, kind: ReportKind):
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(str(kind)))
    report = dialog.draft()
    assert report is not None
    assert dialog.selected_report().id == report.id
    return dialog.selected_report()


def sign_and_send(dialog: ReportDialog, channel: str = "written") -> None:
    dialog.leader_edit.setText("王副区长")
    dialog.sign()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData(channel))
    dialog.send()


def test_the_earliest_due_report_is_proposed(dialog):
    assert dialog.deadlines
    assert dialog.kind_combo.currentData() == str(dialog.deadlines[0].kind)
    assert dialog.deadline_list.count() == len(dialog.deadlines)


def test_deadlines_say_how_long_is_left_or_how_late(
    qtbot, console_context, english, incident_id
):
    later = datetime.now(UTC) + timedelta(hours=3)
    dlg = ReportDialog(console_context, incident_id, now=lambda: later)
    qtbot.addWidget(dlg)

    first = dlg.deadline_list.item(0)

    # Received 30 minutes ago at most: the phone report was due first.
    assert first.text().startswith("First report (phone): due ")
    assert ", overdue by 2 h " in first.text()
    assert first.foreground().color().name() == "#c62828"


def test_first_report_has_every_required_heading(dialog, console_context):
    report = draft(dialog, ReportKind.FIRST_WRITTEN)

    headings = [heading for heading, _text in report_sections(report)]
    assert headings == FIRST_REPORT_HEADINGS
    shown = dialog.preview.toPlainText()
    assert shown.startswith("关于东吴镇某化工厂爆炸的首报")
    for heading in FIRST_REPORT_HEADINGS:
        assert f"{heading}：" in shown
    assert "死亡3人" in shown
    assert "签发人：" in shown
    [stored] = queries.reports(console_context.database, dialog.incident_id)
    assert stored.sent_at is None
    assert dialog.report_table.rowCount() == 1


def test_follow_up_after_a_sent_first_report_states_only_changes(
    dialog, console_context
):
    draft(dialog, ReportKind.FIRST_WRITTEN)
    sign_and_send(dialog)
    assert dialog.selected_report().sent_at is not None
    record_figures(
        console_context.operations, dialog.incident_id, {"deaths": 4}, source="消防"
    )

    report = draft(dialog, ReportKind.FOLLOWUP)

    sections = dict(report_sections(report))
    assert list(sections) == ["死亡人数", "报告人", "报告时间"]
    assert sections["死亡人数"] == "原：3人；现：4人"
    assert "起因和经过" not in dialog.preview.toPlainText()


def test_an_unsigned_written_report_is_not_sent(dialog, console_context):
    report = draft(dialog, ReportKind.FIRST_WRITTEN)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("written"))

    dialog.send()

    assert "sign the report off" in dialog.message()
    assert (
        queries.reports(console_context.database, report.incident_id)[0].sent_at is None
    )
    assert dialog.send_button.isEnabled()


def test_a_phone_report_goes_before_sign_off(dialog, console_context):
    report = draft(dialog, ReportKind.FIRST_PHONE)
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("phone"))

    dialog.send()

    [stored] = queries.reports(console_context.database, report.incident_id)
    assert (stored.channel, stored.signed_by) == ("phone", None)
    assert stored.sent_at is not None
    assert not dialog.send_button.isEnabled()


def test_sign_off_needs_the_leaders_name(dialog, console_context):
    draft(dialog, ReportKind.FIRST_WRITTEN)
    dialog.leader_edit.clear()

    dialog.sign()

    assert "leader" in dialog.message()
    assert (
        queries.reports(console_context.database, dialog.incident_id)[0].signed_by
        is None
    )


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return "".join(
        document.getAllText(page).text() for page in range(document.pageCount())
    )


def test_pdf_export_has_the_chinese_title_and_sign_off(dialog, tmp_path):
    report = draft(dialog, ReportKind.FIRST_WRITTEN)
    dialog.leader_edit.setText("王副区长")
    dialog.sign()

    path = dialog.export_pdf_to(tmp_path / "首报.pdf")

    assert path is not None
    text = pdf_text(path)
    assert report.title in text
    assert "签发人：王副区长" in text
    assert "事件名称：东吴镇某化工厂爆炸" in text
    font = report_font()
    assert QFontMetrics(font).inFontUcs4(ord("签"))
    embedded = re.findall(rb"/BaseFont\s*/(?:[A-Z]{6}\+)?([\w-]+)", path.read_bytes())
    family = font.family().replace(" ", "").lower()
    assert any(name.decode().lower().startswith(family) for name in embedded), embedded


def test_print_to_a_pdf_printer(dialog, tmp_path):
    report = draft(dialog, ReportKind.FIRST_WRITTEN)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))

    dialog.print_to(printer)

    assert report.title in pdf_text(tmp_path / "printed.pdf")


def test_print_asks_for_a_printer_without_blocking(dialog):
    draft(dialog, ReportKind.FIRST_WRITTEN)

    dialog.ask_print()

    chooser = dialog.print_dialog
    assert isinstance(chooser, QPrintDialog)
    assert chooser.isVisible()
    chooser.reject()
    assert dialog.print_dialog is None


def test_user_text_is_escaped_in_the_document(dialog, console_context):
    report = draft(dialog, ReportKind.FIRST_WRITTEN)
    report.title = "<b>危险</b> & 更多"

    html = report_html(report)

    assert "&lt;b&gt;危险&lt;/b&gt; &amp; 更多" in html
    assert "<b>危险</b>" not in html


def test_open_report_dialog_raises_the_one_already_open(
    qtbot, console_context, english, incident_id, make_window
):
    window = make_window()
    first = open_report_dialog(console_context, incident_id, window)
    qtbot.addWidget(first)

    assert open_report_dialog(console_context, incident_id, window) is first
    assert not first.isModal()


def test_first_report_takes_the_intake_description_when_no_cause_is_given(
    qtbot, console_context, english
):
    draft_incident = IncidentDraft(
        title="姜山镇某厂火灾", category="accident", type="production_safety",
        occurred_at=datetime.now(UTC) - timedelta(minutes=5), lat=29.7, lon=121.5,
        description="车间反应釜爆炸，引发火灾",
    )  # fmt: skip
    incident = create_incident(console_context.operations, draft_incident)
    dlg = ReportDialog(console_context, incident.id)
    qtbot.addWidget(dlg)

    draft(dlg, ReportKind.FIRST_WRITTEN)

    assert "起因和经过：车间反应釜爆炸，引发火灾" in dlg.preview.toPlainText()
    assert dlg.sent_edit.dateTime().toSecsSinceEpoch() > 1_700_000_000
