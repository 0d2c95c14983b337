"""Drawing the printed duty log (值班日志 / 处置记录) into a PDF with Qt.

QTextDocument lays out the entry table and breaks it into pages (repeating
the column heads); each page gets the header block of an ICS 214 activity
log drawn above it, with "第 n 页 / 共 N 页". QPdfWriter needs no screen,
so the command line uses this under ``QT_QPA_PLATFORM=offscreen``. The font
is one that really has Chinese glyphs (``widgets.fonts``), and Qt embeds it,
so the file reads the same on a machine without that font.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from console.oplog.export_pdf import COLUMNS, PrintedLog
from widgets.fonts import cjk_family

RESOLUTION = 300
MARGIN_MM = 12.0
HEADER_MM = 24.0
FOOTER_MM = 8.0
WIDTHS = (13, 8, 9, 54, 16)  # per cent of the table width, COLUMNS order

_app: QGuiApplication | None = None


def _application() -> None:
    """Make sure a Qt GUI application exists (fonts live in it).

    Raises:
        RuntimeError: this process already runs a non-GUI QCoreApplication,
            whose font database does not exist (Qt would abort).
    """
    global _app
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return
    if existing is not None:
        raise RuntimeError(
            "printing the log needs a Qt GUI application, and this process "
            "already runs a non-GUI one"
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication([])


def _mm(value: float) -> float:
    return value * RESOLUTION / 25.4


def _table_html(printed: PrintedLog) -> str:
    head = "".join(
        f'<th width="{w}%" bgcolor="#e8e8e8">{html.escape(c)}</th>'
        for c, w in zip(COLUMNS, WIDTHS, strict=True)
    )
    body = []
    for row in printed.rows:
        cells = "".join(
            f"<td>{html.escape(cell).replace(chr(10), '<br/>')}</td>" for cell in row
        )
        body.append(f"<tr>{cells}</tr>")
    if not body:
        body.append(f'<tr><td colspan="{len(COLUMNS)}">（无条目）</td></tr>')
    heads = "".join(f"<p>{html.escape(line)}</p>" for line in printed.heads)
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="4">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
        f"<p><b>校验信息（各工作站日志链头）</b></p>{heads}"
        "<p><br/>值班员（签名）：＿＿＿＿＿＿　　带班领导（签名）：＿＿＿＿＿＿</p>"
    )


def _document(printed: PrintedLog, writer: QPdfWriter, font: QFont) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setHtml(_table_html(printed))
    return document


def _writer(path: Path, printed: PrintedLog) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(f"{printed.title} {printed.period}")
    writer.setCreator(printed.unit)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def _header(
    painter: QPainter, printed: PrintedLog, width: float, page: int, pages: int
) -> None:
    font = painter.font()
    title = QFont(font)
    title.setPointSizeF(15)
    title.setBold(True)
    painter.setFont(title)
    line = _mm(8)
    painter.drawText(
        QRectF(0, 0, width, line), Qt.AlignmentFlag.AlignCenter, printed.title
    )
    painter.setFont(font)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    row = _mm(6)
    first = QRectF(0, line, width, row)
    painter.drawText(first, left, f"单位：{printed.unit}　　时段：{printed.period}")
    painter.drawText(first, right, f"第 {page} 页 / 共 {pages} 页")
    second = QRectF(0, line + row, width, row)
    painter.drawText(
        second, left, f"工作站：{printed.workstation}　　筛选：{printed.filters}"
    )
    painter.drawText(second, right, f"打印时间：{printed.printed_at}")
    bottom = line + 2 * row + _mm(1)
    painter.drawLine(QPointF(0, bottom), QPointF(width, bottom))


def render_pdf(printed: PrintedLog, path: Path) -> None:
    """Write ``printed`` as a paged PDF to ``path``.

    Raises:
        OSError: the file could not be written.
    """
    _application()
    family = cjk_family()
    font = QFont(family) if family else QFont()
    font.setPointSizeF(9)
    writer = _writer(path, printed)
    page = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(page.width()), float(page.height())
    top = _mm(HEADER_MM)
    body = height - top - _mm(FOOTER_MM)
    document = _document(printed, writer, font)
    document.setPageSize(QSizeF(width, body))
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    try:
        painter.setFont(font)
        for number in range(pages):
            if number:
                writer.newPage()
            _header(painter, printed, width, number + 1, pages)
            painter.save()
            painter.translate(0, top - number * body)
            document.drawContents(painter, QRectF(0, number * body, width, body))
            painter.restore()
    finally:
        painter.end()
