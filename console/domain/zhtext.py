"""Chinese text for reports upward: times, numerals, people and money.

Reports go to Chinese government bodies, so their text is Chinese whatever
the console's UI language. Times are stored in UTC and shown in Beijing
time (Asia/Shanghai), the time every report upward states.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

BEIJING = ZoneInfo("Asia/Shanghai")
UNKNOWN = "不详"

_DIGITS = "零一二三四五六七八九"
_UNITS = ("", "十", "百", "千")
_WAN = 10_000
_YI = 100_000_000


def zh_datetime(value: datetime) -> str:
    """``2026年8月1日10时05分`` in Beijing time."""
    if value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}")
    local = value.astimezone(BEIJING)
    return (
        f"{local.year}年{local.month}月{local.day}日{local.hour}时{local.minute:02d}分"
    )


def zh_numeral(number: int) -> str:
    """Chinese numerals for 1–9999 (二, 十一, 一百零五); digits otherwise."""
    if not 0 < number < 10_000:
        return str(number)
    if 10 <= number < 20:
        return "十" + (_DIGITS[number - 10] if number > 10 else "")
    text = ""
    pending_zero = False
    for power in (3, 2, 1, 0):
        digit = number // 10**power % 10
        if digit == 0:
            pending_zero = pending_zero or bool(text)
            continue
        if pending_zero:
            text += "零"
            pending_zero = False
        text += _DIGITS[digit] + _UNITS[power]
    return text


def zh_people(count: int | None) -> str:
    """``3人``, or 不详 when unknown."""
    return UNKNOWN if count is None else f"{count}人"


def zh_yuan(amount: float | None) -> str:
    """An amount in 元, 万元 or 亿元 (to two decimals), or 不详 when unknown."""
    if amount is None:
        return UNKNOWN
    if amount >= _YI:
        return f"{_plain(amount / _YI)}亿元"
    if amount >= _WAN:
        return f"{_plain(amount / _WAN)}万元"
    return f"{_plain(amount)}元"


def _plain(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def zh_text(value: str, empty: str = UNKNOWN) -> str:
    """Free text as reported; ``empty`` (不详) when nothing was entered."""
    return value.strip() or empty
