"""The log as CSV that Excel on Chinese Windows opens correctly.

Excel reads a CSV without a byte-order mark in the system code page (GBK
on Chinese Windows) and garbles UTF-8 Chinese; with the UTF-8 BOM it reads
UTF-8. Cells that would run as formulas are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
from pathlib import Path

from console.oplog.export_rows import HEADERS, Selection, safe_rows

ENCODING = "utf-8-sig"


def write_csv(path: Path, selection: Selection) -> int:
    """Write ``selection`` to ``path``; return the number of entries written."""
    count = 0
    with path.open("w", encoding=ENCODING, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for row in safe_rows(selection):
            writer.writerow(row)
            count += 1
    return count
