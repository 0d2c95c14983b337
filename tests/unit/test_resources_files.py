"""Reading import files: encodings, formulas, limits and cell types."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from console.resources import cells, readers
from console.resources.readers import FileRefusedError, read_table

HEADER = "队伍名称,类型,人数\n"


def test_utf8_with_and_without_bom_is_read(tmp_path: Path) -> None:
    for name, data in {
        "plain.csv": (HEADER + "甲队,社会,5\n").encode(),
        "bom.csv": b"\xef\xbb\xbf" + (HEADER + "甲队,社会,5\n").encode(),
    }.items():
        (tmp_path / name).write_bytes(data)
        table = read_table(tmp_path / name)
        assert table.headers == ["队伍名称", "类型", "人数"]
        assert table.rows == [(2, {"队伍名称": "甲队", "类型": "社会", "人数": "5"})]


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-16"])
def test_csv_from_a_chinese_windows_machine_is_decoded(
    tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "teams.csv"
    path.write_bytes((HEADER + "鄞州区蓝天救援队,社会,45\n").encode(encoding))

    table = read_table(path)

    assert table.rows[0][1]["队伍名称"] == "鄞州区蓝天救援队"
    assert table.encoding in ("gb18030", "utf-16")


def test_undecodable_bytes_are_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "teams.csv"
    path.write_bytes(HEADER.encode() + b"\x80\xff\xfe\x81\x30\n")

    with pytest.raises(FileRefusedError, match="not UTF-8 or GB18030"):
        read_table(path)


def test_row_numbers_are_the_spreadsheet_rows_blank_rows_skipped(
    tmp_path: Path,
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(HEADER + "甲,社会,1\n,,\n乙,基层,2\n", encoding="utf-8")

    assert [n for n, _ in read_table(path).rows] == [2, 4]


def test_more_rows_than_the_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.csv"
    path.write_text(HEADER + "甲,社会,1\n" * 100_000, encoding="utf-8")

    with pytest.raises(FileRefusedError, match="more than 50,000 rows"):
        read_table(path)
    monkeypatch.setattr(readers, "MAX_ROWS", 100_000)
    assert len(read_table(path).rows) == 100_000


def test_duplicate_headers_and_unknown_types_are_refused(tmp_path: Path) -> None:
    dup = tmp_path / "dup.csv"
    dup.write_text("人数,人数\n1,2\n", encoding="utf-8")
    with pytest.raises(FileRefusedError, match="given twice: 人数"):
        read_table(dup)
    for name in ("old.xls", "notes.txt"):
        (tmp_path / name).write_bytes(b"x")
        with pytest.raises(FileRefusedError, match=r"\.xlsx"):
            read_table(tmp_path / name)


def test_a_damaged_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "teams.xlsx"
    path.write_bytes(b"PK\x03\x04 this is no workbook")

    with pytest.raises(FileRefusedError, match="not a readable XLSX"):
        read_table(path)


def test_formulas_are_reported_not_evaluated(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["队伍名称", "类型", "人数"])
    sheet.append(["甲队", "社会", 12])
    sheet.append(["乙队", "社会", "=SUM(C2:C2)*2"])
    sheet.append(['=HYPERLINK("http://x")', "社会", 3])
    path = tmp_path / "teams.xlsx"
    book.save(path)

    table = read_table(path)

    assert table.rows[0] == (2, {"队伍名称": "甲队", "类型": "社会", "人数": 12})
    assert [(row, column) for row, column, _ in table.bad_cells] == [
        (3, "人数"),
        (4, "队伍名称"),
    ]
    assert "formula not accepted" in table.bad_cells[0][2]
    assert table.rows[1][1]["人数"] is None


@pytest.mark.parametrize(
    ("raw", "value"), [("12", 12), (12, 12), (12.0, 12), (" 7 ", 7), ("0", 0)]
)
def test_whole_numbers(raw: object, value: int) -> None:
    assert cells.whole_number(raw) == value


@pytest.mark.parametrize("raw", ["十二", "12.5", 12.5, "", True])
def test_not_whole_numbers(raw: object) -> None:
    with pytest.raises(cells.CellError, match="not a whole number"):
        cells.whole_number(raw)


def test_cells_of_other_types() -> None:
    assert cells.whole_number("-0") == 0
    with pytest.raises(cells.CellError, match="negative"):
        cells.whole_number("-3")
    assert cells.number("29.81") == 29.81
    with pytest.raises(cells.CellError, match="not a number: 'abc'"):
        cells.number("abc")
    assert cells.day("2026/8/1") == date(2026, 8, 1)
    assert cells.day("2026年8月1日") == date(2026, 8, 1)
    assert cells.day("") is None
    with pytest.raises(cells.CellError, match="not a date"):
        cells.day("2026-13-01")
    assert cells.items("冲锋舟、无人机；担架,  ") == ("冲锋舟", "无人机", "担架")
    assert cells.open_state("开放") is True
    assert cells.open_state("") is False
    assert cells.text(13800000001.0) == "13800000001"


@pytest.mark.parametrize(
    "raw",
    ["0574-88001234", "13800000000、0574-87001234", "+86 574 8800 1234转801", "", None],
)
def test_telephone_numbers(raw: object) -> None:
    assert cells.phone(raw) == cells.text(raw)


@pytest.mark.parametrize("raw", ["abc", "找王科长", "1-2", "110 或 119 都行"])
def test_not_telephone_numbers(raw: object) -> None:
    with pytest.raises(cells.CellError, match="not a telephone number"):
        cells.phone(raw)
