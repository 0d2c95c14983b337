"""The printed duty log: what goes on the page, and handing it to Qt.

The layout follows an ICS 214 activity log in Chinese (值班日志 / 处置记录):
a header block naming the unit, the period, the workstation and the page,
then one row per entry (时间, 值班员, 类别, 内容, 关联事件), then the chain
heads and signature lines. This module decides the content; drawing it
needs Qt (QTextDocument and QPdfWriter render Chinese with the installed
CJK font and need no screen), which the console's core must not import. The
renderer, ``widgets.log_pdf``, is therefore loaded by name only when a PDF
is asked for, the way ``console.cli`` loads the GUI.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from console.oplog import kinds
from console.oplog.chain import ChainHead
from console.oplog.export_rows import LOCAL_ZONE, UNIT, Selection, local_time

RENDERER = "widgets.log_pdf"
TITLE = "值班日志 / 处置记录"
COLUMNS = ("时间", "值班员", "类别", "内容", "关联事件")
EVENT_TIME_APART = timedelta(minutes=1)


@dataclass(frozen=True)
class PrintedLog:
    """Everything the PDF shows, as plain text.

    Attributes:
        title: The heading.
        unit: The unit keeping the log.
        period: First to last entry time.
        workstation: The workstation that printed it.
        printed_at: When it was printed (Beijing time).
        filters: The filters that chose the entries, or "全部".
        rows: One tuple per entry in ``COLUMNS`` order.
        heads: One line per site: its last sequence number and hash.
    """

    title: str
    unit: str
    period: str
    workstation: str
    printed_at: str
    filters: str
    rows: list[tuple[str, str, str, str, str]]
    heads: list[str]


def describe_filters(selection: Selection) -> str:
    """The filters of ``selection`` in words, for the header block."""
    wanted = selection.wanted
    parts = []
    if wanted.text:
        parts.append(f"检索词：{wanted.text}")
    if wanted.incident_id:
        title = selection.titles.get(wanted.incident_id, wanted.incident_id)
        parts.append(f"事件：{title}")
    if wanted.officer:
        parts.append(f"值班员：{wanted.officer}")
    if wanted.kind:
        parts.append(f"类别：{kinds.label(wanted.kind)}")
    if wanted.since:
        parts.append(f"自 {wanted.since.astimezone(LOCAL_ZONE):%Y-%m-%d %H:%M}")
    if wanted.until:
        parts.append(f"至 {wanted.until.astimezone(LOCAL_ZONE):%Y-%m-%d %H:%M}")
    return "；".join(parts) or "全部"


def _event_time_given(record: dict[str, Any]) -> bool:
    """Whether the entry's event time is not simply when it was written.

    A phone record made during the call takes "now" as the call's time; only
    a time the officer set apart from that is worth stating.
    """
    if not record["event_at"]:
        return False
    event = datetime.fromisoformat(record["event_at"])
    written = datetime.fromisoformat(record["created_at"])
    return abs(written - event) >= EVENT_TIME_APART


def printed_log(
    selection: Selection,
    *,
    workstation: str,
    heads: dict[str, ChainHead],
    now: datetime,
    unit: str = UNIT,
) -> PrintedLog:
    """The page content for ``selection``."""
    rows = []
    for record in selection.records:
        incident = record["incident_id"] or ""
        content = kinds.content(record)
        if _event_time_given(record):
            # The log reads in the order things were written down; a time an
            # officer gave for the event itself is said as such.
            content = f"〔事发 {local_time(record['event_at'])[:16]}〕{content}"
        rows.append(
            (
                local_time(record["created_at"]),
                kinds.officer_name(record["officer"]),
                kinds.label(record["kind"]),
                content,
                selection.titles.get(incident, incident),
            )
        )
    return PrintedLog(
        title=TITLE,
        unit=unit,
        period=selection.period() or "（无条目）",
        workstation=workstation,
        printed_at=now.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M:%S"),
        filters=describe_filters(selection),
        rows=rows,
        heads=[
            f"工作站 {head.site_id}：序号 {head.seq}，哈希 {head.hash}"
            for head in heads.values()
        ],
    )


def render_pdf(printed: PrintedLog, path: Path) -> None:
    """Draw ``printed`` into the PDF file ``path`` (needs PySide6)."""
    renderer = importlib.import_module(RENDERER)
    renderer.render_pdf(printed, path)
