"""Report drafts: 首报 elements, 续报 changes only, 终报, Chinese text."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from console.domain.deadlines import ReportKind
from console.domain.reports import (
    ReportFacts,
    UnitProfile,
    draft_final,
    draft_first,
    draft_followup,
)
from console.domain.zhtext import zh_datetime, zh_numeral, zh_yuan

OCCURRED = datetime(2026, 8, 1, 1, 50, tzinfo=UTC)  # 09:50 in Beijing
RECEIVED = datetime(2026, 8, 1, 2, 5, tzinfo=UTC)  # 10:05 in Beijing
NOW = datetime(2026, 8, 1, 2, 40, tzinfo=UTC)

FIRST_HEADINGS = [
    "事件名称",
    "接报时间",
    "信息来源",
    "事发时间",
    "事发地点",
    "事件类别",
    "伤亡情况",
    "直接经济损失",
    "事发单位基本情况",
    "起因和经过",
    "影响范围和发展趋势",
    "已采取措施",
    "领导到位情况",
    "请求事项",
    "现场指挥",
    "报告人",
]

FACTS = ReportFacts(
    title="宁波南站附近燃气泄漏",
    category_label="事故灾难",
    type_label="公共设施和设备事故",
    occurred_at=OCCURRED,
    received_at=RECEIVED,
    place="鄞州区南部商务区 宁波南站东广场",
    source="区燃气公司 张工 13800000000",
    deaths=0,
    serious_injuries=None,
    injured=2,
    missing=0,
    trapped=None,
    loss_yuan=None,
    unit=UnitProfile("宁波某燃气有限公司", "鄞州区某路1号", "国有企业", "职工300人"),
    cause_and_course="施工挖断中压燃气管道，燃气泄漏。",
    affected_area_and_trend="周边200米范围，泄漏已减缓。",
    measures_taken="关闭上游阀门，疏散周边群众。",
    leaders_on_scene="区政府副区长到场",
    requests="",
    commander_contact="王某 区应急管理局局长 13900000000",
    reporter="李明",
    grade_label="一般（Ⅳ级）",
    response_level_label="Ⅳ级",
    status_label="处置中",
)


def _sections(draft_sections: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return dict(draft_sections)


def test_the_first_report_has_every_element_in_order() -> None:
    draft = draft_first(FACTS, NOW)

    assert [h for h, _ in draft.sections][:-1] == FIRST_HEADINGS
    assert draft.sections[-1] == ("报告时间", "2026年8月1日10时40分")
    assert draft.title == "关于宁波南站附近燃气泄漏的首报"
    assert (draft.kind, draft.sequence) == (ReportKind.FIRST_WRITTEN, 1)


def test_the_first_report_states_the_facts() -> None:
    text = _sections(draft_first(FACTS, NOW).sections)

    assert text["接报时间"] == "2026年8月1日10时05分"
    assert text["事发时间"] == "2026年8月1日9时50分"
    assert text["事件类别"] == (
        "事故灾难—公共设施和设备事故；初判等级：一般（Ⅳ级）；"
        "应急响应：Ⅳ级；目前状态：处置中"
    )
    assert text["事发单位基本情况"] == (
        "单位名称：宁波某燃气有限公司；地址：鄞州区某路1号；"
        "性质：国有企业；规模：职工300人"
    )
    assert text["请求事项"] == "无"


def test_unknown_figures_are_stated_as_unknown() -> None:
    text = _sections(draft_first(FACTS, NOW).sections)

    assert text["伤亡情况"] == (
        "截至2026年8月1日10时40分，死亡0人，重伤不详，受伤2人，下落不明0人，被困不详。"
    )
    assert text["直接经济损失"] == "不详"


def test_empty_text_is_stated_as_unknown() -> None:
    facts = replace(FACTS, source="", leaders_on_scene="  ", grade_label="")

    text = _sections(draft_first(facts, NOW).sections)

    assert text["信息来源"] == "不详"
    assert text["领导到位情况"] == "不详"
    assert "初判等级：不详" in text["事件类别"]


def test_only_accidents_describe_the_unit() -> None:
    facts = replace(FACTS, unit=None)

    headings = [h for h, _ in draft_first(facts, NOW).sections]

    assert "事发单位基本情况" not in headings
    assert len(headings) == len(FIRST_HEADINGS)


def test_the_snapshot_holds_every_fact_as_reported() -> None:
    snapshot = draft_first(FACTS, NOW).snapshot

    assert snapshot["deaths"] == "0人"
    assert snapshot["serious_injuries"] == "不详"
    assert snapshot["unit_scale"] == "职工300人"
    assert snapshot["received_at"] == "2026年8月1日10时05分"
    assert all(isinstance(v, str) for v in snapshot.values())


def test_a_follow_up_states_only_what_changed() -> None:
    previous = draft_first(FACTS, NOW).snapshot
    later = replace(
        FACTS,
        deaths=1,
        serious_injuries=1,
        loss_yuan=2_500_000,
        measures_taken=FACTS.measures_taken + "抢修队完成管道封堵。",
        status_label="已控制",
    )

    draft = draft_followup(later, previous, 2, NOW + timedelta(hours=3))

    text = _sections(draft.sections)
    assert list(text) == [
        "事件状态",
        "死亡人数",
        "重伤人数",
        "直接经济损失",
        "已采取措施",
        "报告人",
        "报告时间",
    ]
    assert text["死亡人数"] == "原：0人；现：1人"
    assert text["重伤人数"] == "原：不详；现：1人"
    assert text["直接经济损失"] == "原：不详；现：250万元"
    assert text["已采取措施"] == "新增：抢修队完成管道封堵。"
    assert text["事件状态"] == "原：处置中；现：已控制"
    for unchanged in ("事发地点", "受伤人数", "起因和经过", "现场指挥"):
        assert unchanged not in text


def test_a_follow_up_says_so_when_nothing_changed() -> None:
    previous = draft_first(FACTS, NOW).snapshot

    draft = draft_followup(FACTS, previous, 1, NOW)

    assert draft.sections[0] == ("情况变化", "与上次报告相比，无新的变化。")
    assert [h for h, _ in draft.sections] == ["情况变化", "报告人", "报告时间"]


def test_a_follow_up_keeps_the_new_snapshot_for_the_next() -> None:
    first = draft_first(FACTS, NOW)
    second = draft_followup(replace(FACTS, deaths=1), first.snapshot, 1, NOW)

    third = draft_followup(replace(FACTS, deaths=1), second.snapshot, 2, NOW)

    assert "死亡人数" in dict(second.sections)
    assert "死亡人数" not in dict(third.sections)


def test_replaced_text_shows_old_and_new() -> None:
    previous = draft_first(FACTS, NOW).snapshot
    facts = replace(FACTS, deaths=10)

    text = _sections(draft_followup(facts, previous, 1, NOW).sections)

    assert text["死亡人数"] == "原：0人；现：10人"


@pytest.mark.parametrize(
    ("sequence", "title"),
    [
        (1, "关于宁波南站附近燃气泄漏的续报（一）"),
        (2, "关于宁波南站附近燃气泄漏的续报（二）"),
        (10, "关于宁波南站附近燃气泄漏的续报（十）"),
        (12, "关于宁波南站附近燃气泄漏的续报（十二）"),
        (21, "关于宁波南站附近燃气泄漏的续报（二十一）"),
    ],
)
def test_follow_ups_are_numbered_in_chinese(sequence: int, title: str) -> None:
    draft = draft_followup(FACTS, {}, sequence, NOW)

    assert draft.title == title
    assert (draft.kind, draft.sequence) == (ReportKind.FOLLOWUP, sequence)


def test_daily_and_supplementary_reports_share_the_follow_up_form() -> None:
    daily = draft_followup(FACTS, {}, 3, NOW, kind=ReportKind.DAILY)
    extra = draft_followup(FACTS, {}, 1, NOW, kind=ReportKind.SUPPLEMENTARY)

    assert daily.title == "关于宁波南站附近燃气泄漏的日报（三）"
    assert extra.title == "关于宁波南站附近燃气泄漏的补报（一）"
    with pytest.raises(ValueError, match="follow-up"):
        draft_followup(FACTS, {}, 1, NOW, kind=ReportKind.FINAL)


def test_the_final_report_summarises_the_event() -> None:
    facts = replace(
        FACTS,
        status_label="已结束",
        affected_area_and_trend="泄漏已消除，交通恢复。",
        aftermath="开展事故调查，督促企业整改。",
    )
    history = ["10时05分 接报", "10时20分 关闭上游阀门", "13时30分 封堵完成"]

    draft = draft_final(facts, history, NOW + timedelta(hours=6))

    text = _sections(draft.sections)
    assert draft.title == "关于宁波南站附近燃气泄漏的终报"
    assert (draft.kind, draft.sequence) == (ReportKind.FINAL, 1)
    assert text["处置过程"] == "\n".join(history)
    assert text["当前状况"] == "已结束；泄漏已消除，交通恢复。"
    assert text["后续工作"] == "开展事故调查，督促企业整改。"
    assert text["伤亡情况"].startswith("截至2026年8月1日16时40分")
    for heading in ("起因和经过", "处置情况", "事发单位基本情况", "报告人"):
        assert heading in text


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (99, "九十九"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (1001, "一千零一"),
        (0, "0"),
    ],
)
def test_chinese_numerals(number: int, text: str) -> None:
    assert zh_numeral(number) == text


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (None, "不详"),
        (800, "800元"),
        (12_345, "1.23万元"),
        (10_000_000, "1000万元"),
        (150_000_000, "1.5亿元"),
    ],
)
def test_amounts_in_yuan(amount: float | None, text: str) -> None:
    assert zh_yuan(amount) == text


def test_times_are_beijing_time() -> None:
    assert zh_datetime(datetime(2026, 7, 31, 16, 5, tzinfo=UTC)) == (
        "2026年8月1日0时05分"
    )
    with pytest.raises(ValueError, match="naive"):
        zh_datetime(datetime(2026, 8, 1))
