"""Exports: CSV and XLSX content, the printed PDF, and evidence packages."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from console.context import ConsoleContext
from console.oplog import package_check
from console.oplog.export_csv import write_csv
from console.oplog.export_pdf import printed_log
from console.oplog.export_rows import HEADERS, select_entries
from console.oplog.export_xlsx import write_xlsx
from console.oplog.ledger import current_heads
from console.oplog.package import chain_segments, write_package
from console.oplog.package_check import PackageError, check_package
from console.oplog.search import LogFilter
from console.ops.oplog import add_note, add_phone_record
from console.store.types import utcnow

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 8, 1, 10, 0, tzinfo=UTC)
TRICKY = ('=HYPERLINK("http://x")', "+86 574", "-1", "@SUM(A1)", "台风烟花来袭")


@pytest.fixture
def logged(context: ConsoleContext) -> ConsoleContext:
    context.operations.officer = "张伟"
    for text in TRICKY:
        add_note(context.operations, text)
    add_phone_record(
        context.operations,
        called_at=NOW,
        unit="姜山镇政府",
        caller="李明",
        content="道路积水",
        handling="已通知排涝队",
        significant=True,
    )
    return context


def _selection(context: ConsoleContext, wanted: LogFilter | None = None) -> Any:
    return select_entries(context.database, wanted or LogFilter(officer="张伟"))


def test_csv_has_a_bom_and_guards_formulas(
    logged: ConsoleContext, tmp_path: Path
) -> None:
    path = tmp_path / "log.csv"

    count = write_csv(path, _selection(logged))

    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == list(HEADERS)
    assert count == len(rows) - 1 == 6
    content = [row[HEADERS.index("内容")] for row in rows[1:]]
    assert content[:5] == [
        '\'=HYPERLINK("http://x")',
        "'+86 574",
        "'-1",
        "'@SUM(A1)",
        "台风烟花来袭",
    ]
    assert "来电单位：姜山镇政府" in content[5]
    assert content[5].startswith("【重要】")
    assert rows[6][HEADERS.index("事件时间")] == "2026-08-01 18:00:00"
    assert rows[6][HEADERS.index("类别")] == "值班电话记录"


def test_xlsx_round_trips_text_and_guards_formulas(
    logged: ConsoleContext, tmp_path: Path
) -> None:
    path = tmp_path / "log.xlsx"

    write_xlsx(path, _selection(logged))

    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == HEADERS
    column = HEADERS.index("内容")
    assert [row[column] for row in rows[1:6]] == [
        '\'=HYPERLINK("http://x")',
        "'+86 574",
        "'-1",
        "'@SUM(A1)",
        "台风烟花来袭",
    ]
    cells = next(iter(sheet.iter_rows(min_row=2, max_row=2)))
    assert all(cell.data_type != "f" for cell in cells)


def test_xlsx_drops_characters_xlsx_cannot_hold(
    context: ConsoleContext, tmp_path: Path
) -> None:
    context.operations.officer = "张伟"
    add_note(context.operations, "\x01=1+1")
    path = tmp_path / "log.xlsx"

    write_xlsx(path, _selection(context))

    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[1][HEADERS.index("内容")] == "'=1+1"


# Rendered in a child process: an earlier test may have started a non-GUI
# QCoreApplication here, and Qt's fonts need a QGuiApplication.
PDF_CHILD = """
import json, sys
from pathlib import Path
from console.oplog.export_pdf import PrintedLog, render_pdf
from PySide6.QtPdf import QPdfDocument

data = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
data["rows"] = [tuple(row) for row in data["rows"]]
render_pdf(PrintedLog(**data), Path(sys.argv[2]))
document = QPdfDocument()
document.load(sys.argv[2])
pages = range(document.pageCount())
sys.stdout.write("".join(document.getAllText(page).text() for page in pages))
"""


def test_pdf_has_the_duty_log_layout_in_chinese(
    logged: ConsoleContext, tmp_path: Path
) -> None:
    printed = printed_log(
        _selection(logged),
        workstation="值班台-1",
        heads=current_heads(logged.database),
        now=NOW,
    )
    source = tmp_path / "printed.json"
    source.write_text(json.dumps(asdict(printed), ensure_ascii=False), "utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUTF8="1")

    result = subprocess.run(
        [sys.executable, "-c", PDF_CHILD, str(source), str(tmp_path / "log.pdf")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    text = result.stdout
    for expected in (
        "值班日志 / 处置记录",
        "鄞州区应急管理局指挥中心",
        "值班台-1",
        "第 1 页 / 共 1 页",
        "时间",
        "值班员",
        "关联事件",
        "张伟",
        "台风烟花来袭",
        "值班电话记录",
        "来电单位：姜山镇政府",
        "值班员：张伟",
    ):
        assert expected in text, expected


def _package(
    context: ConsoleContext, path: Path, wanted: LogFilter | None = None
) -> None:
    selection = select_entries(context.database, wanted or LogFilter())
    write_package(
        path,
        chain_segments(context.database, selection.records),
        selected_ids=[r["id"] for r in selection.records],
        pdf=b"%PDF-1.4 test",
        about={"unit": "鄞州区应急管理局指挥中心"},
        now=NOW,
    )


def _rewrite(
    path: Path, name: str, change: Callable[[Any], Any], *, fix_manifest: bool
) -> None:
    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    data = change(json.loads(members[name]))
    members[name] = json.dumps(data, ensure_ascii=False).encode("utf-8")
    if fix_manifest:
        manifest = json.loads(members["manifest.json"])
        manifest["members"][name] = {
            "sha256": hashlib.sha256(members[name]).hexdigest(),
            "size": len(members[name]),
        }
        members["manifest.json"] = json.dumps(manifest).encode("utf-8")
    with zipfile.ZipFile(path, "w") as archive:
        for member, content in members.items():
            archive.writestr(member, content)


def test_package_verifies(logged: ConsoleContext, tmp_path: Path) -> None:
    path = tmp_path / "evidence.zip"
    _package(logged, path)

    report = check_package(path)

    assert report.entries == report.selected > 6
    assert report.heads == current_heads(logged.database)


def test_filtered_package_carries_the_chain_from_its_first_entry(
    logged: ConsoleContext, tmp_path: Path
) -> None:
    path = tmp_path / "evidence.zip"
    _package(logged, path, LogFilter(kind="phone"))

    report = check_package(path)

    assert report.selected == 1
    assert report.entries >= 1


def _set_text(entries: Any) -> Any:
    entries["entries"][2]["text"] = "改过的内容"
    return entries


def _drop(entries: Any) -> Any:
    del entries["entries"][2]
    return entries


def _swap(entries: Any) -> Any:
    items = entries["entries"]
    items[2], items[3] = items[3], items[2]
    return entries


def _drop_first(entries: Any) -> Any:
    removed = entries["entries"].pop(0)
    entries["selected"].remove(removed["id"])
    return entries


@pytest.mark.parametrize(
    ("change", "fix_manifest", "problem"),
    [
        (_set_text, False, "entries.json does not match its SHA-256"),
        (_set_text, True, "seq 3 entry .*: content does not match"),
        (_drop, True, "seq 4 entry .*: expected seq 3, found seq 4"),
        (_swap, True, "seq 4 entry .*: expected seq 3, found seq 4"),
        (_drop_first, True, r"entries start at seq 2, chains.json says 1"),
    ],
)
def test_tampered_entries_fail(
    logged: ConsoleContext,
    tmp_path: Path,
    change: Callable[[Any], Any],
    fix_manifest: bool,
    problem: str,
) -> None:
    path = tmp_path / "evidence.zip"
    _package(logged, path)
    _rewrite(path, "entries.json", change, fix_manifest=fix_manifest)

    with pytest.raises(PackageError, match=problem):
        check_package(path)


def test_changed_chain_head_fails(logged: ConsoleContext, tmp_path: Path) -> None:
    path = tmp_path / "evidence.zip"
    _package(logged, path)

    def change(chains: Any) -> Any:
        for site in chains["sites"].values():
            site["seq"] += 1
        return chains

    _rewrite(path, "chains.json", change, fix_manifest=True)

    with pytest.raises(PackageError, match="chain ends at seq"):
        check_package(path)


def test_unexpected_member_names_are_refused(
    logged: ConsoleContext, tmp_path: Path
) -> None:
    path = tmp_path / "evidence.zip"
    _package(logged, path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr("../../etc/evil", b"x")

    with pytest.raises(PackageError, match=r"unexpected member '\.\./\.\./etc/evil'"):
        check_package(path)


def test_oversized_members_are_refused(
    logged: ConsoleContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "evidence.zip"
    _package(logged, path)
    monkeypatch.setitem(package_check.LIMITS, "entries.json", 100)

    with pytest.raises(PackageError, match=r"entries\.json is larger than 100 bytes"):
        check_package(path)


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "evidence.zip"
    path.write_bytes(b"not a zip")

    with pytest.raises(PackageError, match="not a zip archive"):
        check_package(path)


def test_the_consoles_own_entries_are_signed_as_system_in_chinese(
    context: ConsoleContext, tmp_path: Path
) -> None:
    path = tmp_path / "log.csv"
    add_note(context.operations, "巡查正常")  # no officer on duty: the console

    write_csv(path, select_entries(context.database, LogFilter()))

    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert {row[HEADERS.index("值班员")] for row in rows[1:]} == {"系统"}


def test_printed_rows_keep_written_order_and_say_the_event_time(
    logged: ConsoleContext,
) -> None:
    printed = printed_log(_selection(logged), workstation="值班台-1", heads={}, now=NOW)

    phone = printed.rows[-1]
    # Called at 18:00 Beijing time on 1 August, written down today.
    assert phone[3].startswith("〔事发 2026-08-01 18:00〕")
    assert not phone[0].startswith("2026-08-01")
    assert [row[0] for row in printed.rows] == sorted(row[0] for row in printed.rows)


def test_a_phone_record_written_during_the_call_states_no_separate_time(
    context: ConsoleContext,
) -> None:
    context.operations.officer = "张伟"
    add_phone_record(context.operations, called_at=utcnow(), unit="东吴镇",
                     caller="王五", content="山体滑坡", handling="已派员")  # fmt: skip

    printed = printed_log(
        _selection(context), workstation="值班台-1", heads={}, now=NOW
    )

    assert not printed.rows[-1][3].startswith("〔事发")
