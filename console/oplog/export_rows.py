"""The rows every log export shares: the selection, its columns, and safety.

CSV, XLSX and the printed log show the same columns in the same words, so
they are built once here. Times are shown in Beijing time, as the duty log
is read and signed locally; the hashed records keep UTC.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from console.oplog import kinds
from console.oplog.chain import entry_record
from console.oplog.search import LogFilter, all_matching
from console.store.engine import Database
from console.store.models import Incident

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")
UNIT = "鄞州区应急管理局指挥中心"

HEADERS = (
    "时间",
    "事件时间",
    "值班员",
    "类别",
    "重要",
    "内容",
    "关联事件",
    "事件编号",
    "工作站",
    "序号",
    "条目编号",
    "哈希",
)

# A cell starting with one of these is run as a formula by Excel and
# LibreOffice (CSV injection); a leading apostrophe makes it plain text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_formula(value: str) -> str:
    """``value`` made safe to open in a spreadsheet."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def local_time(iso_utc: str | None) -> str:
    """An ISO time from a record as ``YYYY-MM-DD HH:MM:SS`` Beijing time."""
    if not iso_utc:
        return ""
    value = datetime.fromisoformat(iso_utc).astimezone(LOCAL_ZONE)
    return value.strftime("%Y-%m-%d %H:%M:%S")


@dataclass(frozen=True)
class Selection:
    """The entries an export covers, as records, with what describes them.

    Attributes:
        records: Entry records (``chain.entry_record``), oldest first.
        titles: Incident titles by incident id, for the 关联事件 column.
        wanted: The filter that chose them.
    """

    records: list[dict[str, Any]]
    titles: dict[str, str]
    wanted: LogFilter

    def period(self) -> str:
        """First to last entry time, Beijing time (empty for no entries)."""
        if not self.records:
            return ""
        first = local_time(self.records[0]["created_at"])
        last = local_time(self.records[-1]["created_at"])
        return f"{first} 至 {last}"


def select_entries(database: Database, wanted: LogFilter) -> Selection:
    """The entries matching ``wanted`` with the titles of their incidents."""
    records = [entry_record(entry) for entry in all_matching(database, wanted)]
    ids = {r["incident_id"] for r in records if r["incident_id"]}
    return Selection(records, incident_titles(database, ids), wanted)


def incident_titles(database: Database, ids: Iterable[str]) -> dict[str, str]:
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    with database.read() as session:
        rows = session.execute(
            select(Incident.id, Incident.title).where(Incident.id.in_(wanted))
        ).all()
    return {row[0]: row[1] for row in rows}


def table_row(record: dict[str, Any], titles: dict[str, str]) -> list[str | int]:
    """One export row in ``HEADERS`` order, not yet guarded for spreadsheets."""
    incident = record["incident_id"] or ""
    return [
        local_time(record["created_at"]),
        local_time(record["event_at"]),
        kinds.officer_name(record["officer"]),
        kinds.label(record["kind"]),
        "是" if record["significant"] else "",
        kinds.content(record),
        titles.get(incident, ""),
        incident,
        record["site_id"],
        record["site_seq"],
        record["id"],
        record["entry_hash"],
    ]


def safe_rows(
    selection: Selection, clean: Callable[[str], str] | None = None
) -> Iterable[list[str | int]]:
    """Every row of ``selection`` with text cells guarded against formulas.

    Args:
        selection: The entries.
        clean: Applied to text before the guard (so removing characters
            cannot uncover a formula).
    """
    for record in selection.records:
        row = table_row(record, selection.titles)
        yield [
            guard_formula(clean(cell) if clean else cell)
            if isinstance(cell, str)
            else cell
            for cell in row
        ]
