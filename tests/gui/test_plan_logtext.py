"""Plan operations read as sentences in the operation log."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from console.store.models import OpLogEntry
from widgets.logtext import entry_text

OPS = Path(__file__).resolve().parents[2] / "console" / "ops"

SAMPLES = [
    (
        "plan.activate",
        "宁波市鄞州区防汛防台抗旱应急预案（2023年修订版）|III|区防指 总指挥|7",
        "Plan activated: 宁波市鄞州区防汛防台抗旱应急预案（2023年修订版） "
        "Level Ⅲ, decided by 区防指 总指挥 (7 tasks)",
        "启动预案：宁波市鄞州区防汛防台抗旱应急预案（2023年修订版） Ⅲ级，"
        "区防指 总指挥决定（7 项任务）",
    ),
    (
        "plan.level",
        "防汛预案|III|IV|区防指 总指挥",
        "Plan level changed: 防汛预案 Level Ⅲ → Level Ⅳ, decided by 区防指 总指挥",
        "预案响应级别调整：防汛预案 Ⅲ级 → Ⅳ级，区防指 总指挥决定",
    ),
    (
        "checklist.status",
        "排查危险区域|not_applicable|已由街道完成|见日志",
        "Plan task Not applicable: 排查危险区域 (reason: 已由街道完成|见日志)",
        "预案任务不适用：排查危险区域（理由：已由街道完成|见日志）",
    ),
    (
        "checklist.status",
        "排查危险区域|done|",
        "Plan task Done: 排查危险区域",
        "预案任务完成：排查危险区域",
    ),
    (
        "plan.end",
        "防汛预案|台风已过境",
        "Plan response ended: 防汛预案 (台风已过境)",
        "结束预案响应：防汛预案（台风已过境）",
    ),
    (
        "plan.record",
        "防汛预案|2024版|revision|区应急管理局 李明",
        "Plan Revision recorded: 防汛预案 (2024版), 区应急管理局 李明",
        "预案修订已记录：防汛预案（2024版），区应急管理局 李明",
    ),
]


def entry(action: str, text: str) -> OpLogEntry:
    return OpLogEntry(
        id="e1",
        created_at=datetime(2026, 3, 1, 2, 3, 4, tzinfo=UTC),
        hlc=1,
        site_id="s",
        officer="张伟",
        kind="system",
        action=action,
        text=text,
    )


@pytest.mark.parametrize(("action", "text", "in_english", "in_chinese"), SAMPLES)
def test_plan_entries_read_as_sentences(action, text, in_english, in_chinese, request):
    request.getfixturevalue("english")
    assert entry_text(entry(action, text)) == in_english
    request.getfixturevalue("chinese")
    assert entry_text(entry(action, text)) == in_chinese


def test_every_plan_operation_has_a_sentence(english):
    codes = set()
    for name in ("checklists.py", "plan_records.py"):
        source = (OPS / name).read_text(encoding="utf-8")
        codes.update(re.findall(r'operations\.run\(\s*"([a-z_.]+)"', source))

    assert codes == {action for action, *_ in SAMPLES}
    for action, text, *_ in SAMPLES:
        assert not entry_text(entry(action, text)).startswith(action)


def test_unreadable_text_is_shown_as_it_is(english):
    assert entry_text(entry("plan.activate", "odd")) == "plan.activate: odd"
