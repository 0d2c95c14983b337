"""The log as an Excel workbook (XLSX), written row by row.

openpyxl's write-only mode streams rows to the file, so a long log does not
sit in memory as cell objects. openpyxl stores any string that starts with
``=`` as a formula, and Excel runs ``+``, ``-`` and ``@`` cells too, so text
cells are guarded with a leading apostrophe; control characters that XLSX
cannot hold are removed.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]

from console.oplog.export_rows import HEADERS, Selection, safe_rows

SHEET_TITLE = "值班日志"
MAX_ROWS = 1_048_575  # Excel's limit less the header row
WIDTHS = (20, 20, 10, 12, 6, 60, 24, 38, 38, 8, 38, 66)


class TooManyRowsError(ValueError):
    """More entries than one Excel sheet can hold."""


def _clean(value: str) -> str:
    return str(ILLEGAL_CHARACTERS_RE.sub("", value))


def write_xlsx(path: Path, selection: Selection) -> int:
    """Write ``selection`` to ``path``; return the number of entries written.

    Raises:
        TooManyRowsError: the selection has more rows than a sheet allows;
            narrow it with filters (a time range, an incident).
    """
    if len(selection.records) > MAX_ROWS:
        raise TooManyRowsError(
            f"{len(selection.records)} entries do not fit one sheet ({MAX_ROWS})"
        )
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    for index, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in HEADERS:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for row in safe_rows(selection, clean=_clean):
        sheet.append(row)
        count += 1
    workbook.save(path)
    return count
