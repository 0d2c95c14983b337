"""The kinds of operation-log entry, their Chinese names, and export text.

The duty log mixes what officers write (notes, phone records, leaders'
instructions) with what the console records by itself (system actions,
alarm acknowledgements). Exports and the printed log need one line of
content per entry without Qt, so the plain-text form lives here; the
views build their own translated sentences in ``widgets.logtext``.
"""

from __future__ import annotations

import json
from typing import Any

from console.oplog import actions

NOTE = "note"
PHONE = "phone"
SYSTEM = "system"
ALARM_ACK = "alarm_ack"
INSTRUCTION = "instruction"
CORRECTION = "correction"

# The officer name the operations layer gives the console's own actions.
SYSTEM_ACTOR = "system"
SYSTEM_NAME = "系统"

LABELS: dict[str, str] = {
    NOTE: "记事",
    PHONE: "值班电话记录",
    SYSTEM: "系统操作",
    ALARM_ACK: "报警确认",
    INSTRUCTION: "领导批示",
    CORRECTION: "更正",
}

# Kinds an officer may choose when writing an entry by hand. System actions
# and corrections are written by their own operations.
MANUAL_KINDS = (NOTE, PHONE, INSTRUCTION, ALARM_ACK)

# The structured parts of a phone record (值班电话记录), in form order.
PHONE_FIELDS: dict[str, str] = {
    "unit": "来电单位",
    "caller": "来电人",
    "number": "来电号码",
    "content": "来电内容",
    "handling": "处理情况",
}

# Every detail key shown in exports, in the order shown.
DETAIL_LABELS: dict[str, str] = {
    **PHONE_FIELDS,
    "decision": "研判结论",
    "entry_id": "条目",
}
DECISION_LABELS = {
    "confirmed": "确认为重要事件",
    "dismissed": "不作为重要事件",
}

SIGNIFICANT_MARK = "【重要】"


class UnknownKindError(ValueError):
    """An entry kind that the log does not know."""


def check_manual_kind(kind: str) -> str:
    """Return ``kind`` if an officer may write it by hand, else raise."""
    if kind not in MANUAL_KINDS:
        raise UnknownKindError(
            f"unknown entry kind {kind!r}; use one of {', '.join(MANUAL_KINDS)}"
        )
    return kind


def label(kind: str) -> str:
    """The Chinese name of ``kind``; an unknown kind is shown as it is."""
    return LABELS.get(kind, kind)


def officer_name(officer: str) -> str:
    """Who wrote an entry, for print: the console itself is 系统."""
    return SYSTEM_NAME if officer == SYSTEM_ACTOR else officer


def stored_officer(name: str) -> str:
    """The stored author for a name as printed (系统 is the console itself)."""
    return SYSTEM_ACTOR if name == SYSTEM_NAME else name


def details_text(details: str | None) -> str:
    """The structured details (stored as JSON) as ``名称：值`` parts."""
    if not details:
        return ""
    try:
        data: Any = json.loads(details)
    except ValueError:
        return details
    if not isinstance(data, dict):
        return str(data)
    known = [key for key in DETAIL_LABELS if key in data]
    ordered = known + sorted(key for key in data if key not in DETAIL_LABELS)
    parts = []
    for key in ordered:
        value = data[key]
        if value in (None, ""):
            continue
        if key == "decision":
            value = DECISION_LABELS.get(str(value), value)
        parts.append(f"{DETAIL_LABELS.get(key, key)}：{value}")
    return "；".join(parts)


def content(record: dict[str, Any]) -> str:
    """One line of content for an entry record (see ``chain.entry_record``).

    Hand-written entries show their text; system entries show the action's
    Chinese name before the text, since their text alone is terse (a title,
    a count). Phone records show their structured parts.
    """
    kind = record["kind"]
    text = record["text"]
    if kind == PHONE:
        body = details_text(record["details"]) or text
    elif kind in (NOTE, INSTRUCTION, CORRECTION) or not record["action"]:
        body = text
    else:
        parts = "，".join(part for part in text.split("|") if part.strip())
        body = f"[{actions.name(record['action'])}] {parts}".rstrip()
        extra = details_text(record["details"])
        if extra:
            body = f"{body}（{extra}）"
    if record.get("significant"):
        body = SIGNIFICANT_MARK + body
    return body
