"""Reading one spreadsheet cell as a typed value, or saying why not.

Cells come as text from CSV and as text, numbers, dates or booleans from
XLSX; each parser accepts both and raises ``CellError`` with a reason an
officer can act on (``not a whole number: '十二'``).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime

LIST_SEPARATORS = re.compile(r"[、,，;；\n]+")
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$")
OPEN_WORDS = {"开放": True, "启用": True, "是": True, "open": True}
CLOSED_WORDS = {"关闭": False, "未开放": False, "否": False, "closed": False}


# Digits with the separators numbers are written with, several numbers
# allowed (办公电话、手机), and 转 for an extension.
_PHONE = re.compile(r"^[0-9+\-\s()（）转#,，;；/、]+$")


class CellError(ValueError):
    """A cell that does not hold what its column needs."""


def text(raw: object) -> str:
    """Any cell as trimmed text; whole numbers lose Excel's '.0'."""
    if raw is None:
        return ""
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime):
        return raw.date().isoformat() if raw.time() == datetime.min.time() else str(raw)
    if isinstance(raw, date):
        return raw.isoformat()
    return str(raw).replace("\u3000", " ").strip()


def whole_number(raw: object) -> int:
    """A count of zero or more (people, places, units)."""
    if isinstance(raw, bool):
        raise CellError(f"not a whole number: {raw!r}")
    if isinstance(raw, int):
        value = raw
    elif isinstance(raw, float) and raw.is_integer():
        value = int(raw)
    else:
        shown = text(raw)
        if not re.fullmatch(r"[+-]?\d+", shown):
            raise CellError(f"not a whole number: {shown!r}")
        value = int(shown)
    if value < 0:
        raise CellError(f"cannot be negative: {value}")
    return value


def number(raw: object) -> float:
    """A decimal number (a coordinate)."""
    if isinstance(raw, bool):
        raise CellError(f"not a number: {raw!r}")
    if isinstance(raw, int | float):
        value = float(raw)
    else:
        shown = text(raw)
        try:
            value = float(shown)
        except ValueError:
            raise CellError(f"not a number: {shown!r}") from None
    if not math.isfinite(value):
        raise CellError(f"not a number: {raw!r}")
    return value


def day(raw: object) -> date | None:
    """A date (2026-08-01, 2026/8/1, 2026年8月1日); empty is None."""
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    shown = text(raw)
    if not shown:
        return None
    match = _DATE.match(shown)
    try:
        if match is None:
            raise ValueError(shown)
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise CellError(f"not a date (YYYY-MM-DD): {shown!r}") from None


def items(raw: object) -> tuple[str, ...]:
    """A list written in one cell, split on 、 , ， ; ； or new lines."""
    return tuple(p.strip() for p in LIST_SEPARATORS.split(text(raw)) if p.strip())


def open_state(raw: object) -> bool:
    """开放 (open) or 关闭 (closed); empty means closed."""
    shown = text(raw)
    if not shown:
        return False
    lowered = shown.lower()
    if lowered in OPEN_WORDS:
        return OPEN_WORDS[lowered]
    if lowered in CLOSED_WORDS:
        return CLOSED_WORDS[lowered]
    raise CellError(f"must be 开放 or 关闭: {shown!r}")


def choice(raw: object, allowed: tuple[str, ...]) -> str:
    shown = text(raw)
    if shown not in allowed:
        raise CellError(f"must be one of {'、'.join(allowed)}: {shown!r}")
    return shown


def phone(raw: object) -> str:
    """One or more telephone numbers, or empty."""
    value = text(raw)
    if value and (not _PHONE.match(value) or sum(c.isdigit() for c in value) < 3):
        raise CellError(f"not a telephone number: {value!r}")
    return value
