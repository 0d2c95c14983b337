"""The printed layout of a report upward: title, headed sections, sign-off.

Reports go to Chinese government bodies, so the document is Chinese
whatever the UI language: the title centred, then one ``标题：内容`` block
per section, and 签发人 / 报送时间 at the end (left blank for a pen when
the report is not yet signed or sent). Every piece of text comes from
officers' input and is escaped before it reaches the HTML.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from console.domain.zhtext import zh_datetime
from console.store.models import Report
from widgets.fonts import cjk_family, has_glyph

BODY_POINTS = 12
TITLE_POINTS = 18
# QTextDocument.print_ adds 2 cm inside the page margins, so 5 mm more
# gives the 25 mm margins of an official document.
MARGINS_MM = QMarginsF(5, 5, 5, 5)
PDF_DPI = 300
# A line to write on when the report has not been signed or sent yet.
BLANK = "<u>" + "&nbsp;" * 24 + "</u>"


def report_sections(report: Report) -> list[tuple[str, str]]:
    """The report's ``(heading, text)`` sections as stored."""
    return [(str(h), str(t)) for h, t in json.loads(report.sections)]


def _text(value: str) -> str:
    return html.escape(value, quote=True).replace("\n", "<br/>")


def report_html(report: Report) -> str:
    """The report as HTML for ``QTextDocument`` (user text escaped)."""
    blocks = [
        f'<p align="center" style="font-size:{TITLE_POINTS}pt; font-weight:bold;'
        f' margin-bottom:16px;">{_text(report.title)}</p>'
    ]
    for heading, text in report_sections(report):
        blocks.append(
            f'<p style="margin-bottom:8px; line-height:140%;">'
            f"<b>{_text(heading)}：</b>{_text(text)}</p>"
        )
    signed = _text(report.signed_by) if report.signed_by else BLANK
    sent = _text(zh_datetime(report.sent_at)) if report.sent_at else BLANK
    blocks.append(
        f'<p style="margin-top:32px;"><b>签发人：</b>{signed}</p>'
        f"<p><b>报送时间：</b>{sent}</p>"
    )
    return (
        '<html><head><meta charset="utf-8"/></head>'
        f'<body style="font-size:{BODY_POINTS}pt;">'
        + "\n".join(blocks)
        + "</body></html>"
    )


def report_font() -> QFont:
    """The application font if it is a Chinese font, else an installed one.

    A generic family ("Sans Serif") may show Chinese only through fallback
    fonts, which mixes typefaces on paper, so it is not taken as Chinese.
    """
    family = QGuiApplication.font().family()
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if family not in chinese or not has_glyph(family):
        family = cjk_family() or family
    return QFont(family, BODY_POINTS)


def report_document(report: Report) -> QTextDocument:
    """The report laid out as a text document in the CJK font."""
    document = QTextDocument()
    document.setDefaultFont(report_font())
    document.setDocumentMargin(0)
    document.setHtml(report_html(report))
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, report.title
    )
    return document


def print_report(report: Report, device: QPagedPaintDevice) -> None:
    """Lay the report out on ``device`` (a printer or PDF writer), page by page."""
    document = report_document(report)
    layout = device.pageLayout()
    layout.setUnits(QPageLayout.Unit.Millimeter)
    layout.setMargins(MARGINS_MM)
    device.setPageLayout(layout)
    document.print_(device)


def export_pdf(report: Report, path: Path) -> Path:
    """Write the report as an A4 PDF at ``path``; returns ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(report.title)
    writer.setCreator("鄞州区应急指挥中心值班台")
    print_report(report, writer)
    return path
