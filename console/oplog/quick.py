"""Fast entry in the log box: short commands and board tags, without Qt.

``/电话 单位 来电人：内容`` (or ``/phone``) is a phone record, ``/重要 text``
(or ``/important``) a note flagged for the duty leader's review, and a
``#A`` or ``#B`` word tags the entry to the incident on that board. The
kind chosen beside the box applies when no command is typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from console.oplog import kinds

SIGNIFICANT = "significant"
PHONE_COMMANDS = ("/电话", "/phone")
SIGNIFICANT_COMMANDS = ("/重要", "/important")
_BOARD_TAG = re.compile(r"(?:^|\s)#([AaBb])(?=\s|$)")
_CALLER_SPLIT = re.compile(r"[：:]")


@dataclass(frozen=True)
class QuickEntry:
    """What one line of the entry box asks for.

    Attributes:
        kind: a manual kind of ``console.oplog.kinds``.
        text: the entry text (for a phone record, the call's content).
        significant: flag for review (重要).
        board: "a" or "b" when tagged ``#A``/``#B``, else None.
        unit, caller: a phone record's unit and caller.
    """

    kind: str
    text: str
    significant: bool = False
    board: str | None = None
    unit: str = ""
    caller: str = ""


def _command(text: str, names: tuple[str, ...]) -> str | None:
    for name in names:
        if text == name or text.startswith(name + " "):
            return text[len(name) :].strip()
    return None


def _phone(rest: str, board: str | None) -> QuickEntry:
    unit, _, after = rest.partition(" ")
    parts = _CALLER_SPLIT.split(after.strip(), maxsplit=1)
    caller, content = (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0])
    return QuickEntry(
        kinds.PHONE, content.strip(), board=board, unit=unit, caller=caller.strip()
    )


def parse(line: str, selected: str = kinds.NOTE) -> QuickEntry:
    """Read one line of the entry box.

    Args:
        line: what was typed.
        selected: the kind chosen beside the box: a manual kind or
            ``SIGNIFICANT`` (a note flagged 重要).
    """
    board = None
    tag = _BOARD_TAG.search(line)
    if tag is not None:
        board = tag.group(1).lower()
        line = _BOARD_TAG.sub(" ", line)
    text = " ".join(line.split())
    phone = _command(text, PHONE_COMMANDS)
    if phone is not None:
        return _phone(phone, board)
    significant = _command(text, SIGNIFICANT_COMMANDS)
    if significant is not None:
        return QuickEntry(kinds.NOTE, significant, significant=True, board=board)
    if selected == SIGNIFICANT:
        return QuickEntry(kinds.NOTE, text, significant=True, board=board)
    if selected == kinds.PHONE:
        return _phone(text, board)
    return QuickEntry(selected, text, board=board)


def parse_event_time(text: str, now: datetime, zone: tzinfo) -> datetime | None:
    """An explicit event time: ``HH:MM`` (today, or yesterday if later than
    now) or ``YYYY-MM-DD HH:MM``, in ``zone``; None when blank.

    Raises:
        ValueError: the text is not a time.
    """
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d{1,2}[:：]\d{2}", text):
        hour, minute = (int(p) for p in _CALLER_SPLIT.split(text))
        today: date = now.astimezone(zone).date()
        moment = datetime.combine(today, time(hour, minute), zone)
        return moment - timedelta(days=1) if moment > now else moment
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=zone)
