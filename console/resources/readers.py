"""Reading an import file into header and rows, refusing what is unsafe.

A file is refused whole (``FileRefusedError``) when it cannot be read as a
table: unknown type, not decodable, too large, damaged workbook. Cells
that hold formulas are not evaluated: their rows are reported bad, since a
formula's cached value may be stale or absent and a hostile one could point
outside the file. CSV text is UTF-8 (with or without BOM), UTF-16 with BOM,
or GB18030 (which includes GBK), the encoding Excel writes on a Chinese
Windows machine; which one was used is reported.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MAX_ROWS = 50_000
MAX_BYTES = 64 * 1024 * 1024


class FileRefusedError(ValueError):
    """The file as a whole cannot be imported; nothing was changed."""


@dataclass
class Table:
    """The rows of a file, numbered as a spreadsheet shows them (header = 1).

    Attributes:
        bad_cells: (row, header, reason) for cells refused while reading.
    """

    headers: list[str]
    rows: list[tuple[int, dict[str, object]]]
    encoding: str
    bad_cells: list[tuple[int, str, str]] = field(default_factory=list)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        first = error
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        raise FileRefusedError(
            f"not UTF-8 or GB18030/GBK text (byte 0x{data[first.start]:02x} at "
            f"offset {first.start}); save it as 'CSV UTF-8' in Excel"
        ) from None


def _header(cells: list[object]) -> list[str]:
    names = [
        str(c or "").replace("\u3000", " ").strip().lstrip("\ufeff") for c in cells
    ]
    while names and not names[-1]:
        names.pop()
    seen = [n for n in names if n]
    duplicates = sorted({n for n in seen if seen.count(n) > 1})
    if duplicates:
        raise FileRefusedError(f"column(s) given twice: {', '.join(duplicates)}")
    return names


def _collect(records: Iterator[tuple[int, list[object]]], encoding: str) -> Table:
    try:
        first = next(records)
    except StopIteration:
        raise FileRefusedError("the file is empty (no header row)") from None
    names = _header(first[1])
    table = Table(headers=[n for n in names if n], rows=[], encoding=encoding)
    for number, cells in records:
        if all(str(c or "").strip() == "" for c in cells):
            continue
        if len(table.rows) >= MAX_ROWS:
            raise FileRefusedError(
                f"more than {MAX_ROWS:,} rows; split the file (nothing was imported)"
            )
        row = {
            n: cells[i] if i < len(cells) else None for i, n in enumerate(names) if n
        }
        table.rows.append((number, row))
    return table


def read_csv(path: Path) -> Table:
    data = path.read_bytes()
    if len(data) > MAX_BYTES:
        raise FileRefusedError(f"larger than {MAX_BYTES // 2**20} MiB; split the file")
    text, encoding = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return _collect(((n, list(r)) for n, r in enumerate(reader, start=1)), encoding)
    except csv.Error as error:
        raise FileRefusedError(f"not a readable CSV file: {error}") from None


def _xlsx_rows(
    sheet: Any, bad: list[tuple[int, str, str]], header: list[str]
) -> Iterator[tuple[int, list[object]]]:
    for number, row in enumerate(sheet.iter_rows(), start=1):
        values: list[object] = []
        for index, cell in enumerate(row):
            value = getattr(cell, "value", None)
            if getattr(cell, "data_type", None) == "f":
                column = header[index] if index < len(header) else f"列{index + 1}"
                shown = str(value)[:60]
                bad.append((number, column, f"formula not accepted: {shown!r}"))
                value = None
            values.append(value)
        if number == 1:
            header[:] = _header(values)
        yield number, values


def read_xlsx(path: Path) -> Table:
    from openpyxl import load_workbook  # type: ignore[import-untyped]
    from openpyxl.utils.exceptions import (  # type: ignore[import-untyped]
        InvalidFileException,
    )

    if path.stat().st_size > MAX_BYTES:
        raise FileRefusedError(f"larger than {MAX_BYTES // 2**20} MiB; split the file")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError) as error:
        raise FileRefusedError(f"not a readable XLSX workbook: {error}") from None
    try:
        sheet = book.worksheets[0]
        bad: list[tuple[int, str, str]] = []
        header: list[str] = []
        table = _collect(_xlsx_rows(sheet, bad, header), "xlsx")
        table.bad_cells = bad
        return table
    finally:
        book.close()


def read_table(path: Path) -> Table:
    """Read a .csv or .xlsx file; anything else is refused."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise FileRefusedError("no such file")
    if suffix == ".csv":
        return read_csv(path)
    if suffix == ".xlsx":
        return read_xlsx(path)
    if suffix in (".xls", ".xlsm", ".et"):
        raise FileRefusedError(f"{suffix} files are not read; save as .xlsx or .csv")
    raise FileRefusedError(f"unknown file type {suffix or '(none)'}; use .csv or .xlsx")
