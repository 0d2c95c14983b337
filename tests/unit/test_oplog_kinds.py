"""Entry kinds and the one-line content that exports show."""

from __future__ import annotations

import json
from typing import Any

import pytest

from console.oplog import kinds
from console.oplog.export_rows import guard_formula


def _record(**values: Any) -> dict[str, Any]:
    base = {
        "kind": "note",
        "action": "log.note",
        "text": "巡查",
        "details": None,
        "significant": False,
    }
    return base | values


def test_phone_record_shows_its_parts_in_form_order() -> None:
    details = json.dumps(
        {"handling": "已通知", "caller": "李明", "unit": "姜山镇", "content": "积水"},
        sort_keys=True,
    )
    text = kinds.content(_record(kind="phone", details=details))

    assert text == "来电单位：姜山镇；来电人：李明；来电内容：积水；处理情况：已通知"


def test_system_entries_show_their_action_in_chinese() -> None:
    record = _record(kind="system", action="incident.create", text="化工厂泄漏")
    assert kinds.content(record) == "[登记事件] 化工厂泄漏"


def test_system_entry_details_read_as_a_list() -> None:
    record = _record(
        kind="system", action="plan.activate", text="防汛预案|III|区防指|7"
    )
    assert kinds.content(record) == "[启动预案] 防汛预案，III，区防指，7"


def test_an_action_of_a_newer_console_shows_by_code() -> None:
    record = _record(kind="system", action="drill.inject", text="注入1")
    assert kinds.content(record) == "[drill.inject] 注入1"


def test_significant_entries_are_marked() -> None:
    assert kinds.content(_record(significant=True)) == "【重要】巡查"


def test_manual_kinds_are_checked() -> None:
    assert kinds.check_manual_kind("phone") == "phone"
    with pytest.raises(kinds.UnknownKindError):
        kinds.check_manual_kind("system")


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+86", "'+86"),
        ("-3", "'-3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=x", "'\t=x"),
        ("台风", "台风"),
        ("a=b", "a=b"),
    ],
)
def test_formula_guard(value: str, safe: str) -> None:
    assert guard_formula(value) == safe
