"""Operation-log entries as sentences, in English and Chinese."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from console.store.models import OpLogEntry
from widgets.labels import officer_label
from widgets.logtext import entry_text


def entry(action: str, text: str, officer: str = "张伟", **extra) -> OpLogEntry:
    return OpLogEntry(
        id=extra.pop("id", "e1"),
        created_at=extra.pop("created_at", datetime(2026, 3, 1, 2, 3, 4, tzinfo=UTC)),
        hlc=1,
        site_id="s",
        officer=officer,
        kind="system",
        action=action,
        text=text,
        **extra,
    )


SEED = json.dumps({"divisions": 23, "outlines": 1, "indicators": 19})


@pytest.mark.parametrize(
    ("action", "text", "in_english", "in_chinese"),
    [
        (
            "reference.seed",
            SEED,
            "Reference data loaded: 23 divisions, 1 outlines, 19 indicators",
            "基础数据已载入：行政区划 23 个，边界 1 个，指标 19 项",
        ),
        (
            "incident.create",
            "民房火灾",
            "Registered incident: 民房火灾",
            "登记事件：民房火灾",
        ),
        (
            "incident.move",
            "29.800000,121.550000",
            "Incident moved to 29.800000, 121.550000",
            "事件位置更正为 29.800000, 121.550000",
        ),
        (
            "incident.archive",
            "重复报告",
            "Incident archived: 重复报告",
            "事件已撤销：重复报告",
        ),
        ("duty.take", "李娜", "李娜 took over duty", "李娜 接班值守"),
        ("log.note", "泵站已启动", "泵站已启动", "泵站已启动"),
        (
            "plan.activate",
            "防台预案",
            "plan.activate: 防台预案",
            "plan.activate: 防台预案",
        ),
    ],
)
def test_each_action_reads_as_a_sentence(
    qapp, action, text, in_english, in_chinese, request
):
    request.getfixturevalue("english")
    assert entry_text(entry(action, text)) == in_english
    request.getfixturevalue("chinese")
    assert entry_text(entry(action, text)) == in_chinese


def test_unreadable_seed_counts_fall_back_to_the_raw_text(english):
    assert entry_text(entry("reference.seed", "{oops")) == (
        "Reference data loaded: {oops"
    )


def test_correction_names_the_corrected_entry_in_beijing_time(english):
    original = entry("log.note", "3 台", officer="system", id="orig")
    correction = entry("log.correction", "2 台", id="fix", corrects_id="orig")

    assert entry_text(correction, original) == (
        "Correction to the entry of 2026-03-01 10:03:04 by System: 2 台"
    )
    assert entry_text(correction) == "Correction to an earlier entry: 2 台"


def test_system_officer_is_named_in_the_ui_language(english, request):
    assert officer_label("system") == "System"
    assert officer_label("张伟") == "张伟"
    request.getfixturevalue("chinese")
    assert officer_label("system") == "系统"
