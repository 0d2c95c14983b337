"""Readable differences between two versions of a plan."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from console.plans import diff_plans, load_plan, shipped_dir
from console.plans.model import (
    Action,
    MeasureSet,
    Plan,
    PlanLevel,
    Section,
    Source,
    Threshold,
    Trigger,
    WarningSignal,
)


def _action(action_id: str, unit: str = "区水利局", **changes: object) -> Action:
    action = Action(
        id=action_id,
        task="预泄预排",
        unit=unit,
        mandatory=True,
        verification="sample",
        evidence="U",
        source="sample",
    )
    return replace(action, **changes)


def _trigger(trigger_id: str = "t1", **changes: object) -> Trigger:
    trigger = Trigger(
        id=trigger_id,
        text="台风黄色预警",
        verification="sample",
        evidence="U",
        source="sample",
        warning=WarningSignal("typhoon", "yellow"),
    )
    return replace(trigger, **changes)


def _plan(*levels: PlanLevel, **changes: object) -> Plan:
    plan = Plan(
        id="p",
        title="测试预案",
        kind="special",
        incident_types=("typhoon",),
        issuer=None,
        doc_no=None,
        version="1",
        status="drafting",
        effective=None,
        verification="sample",
        evidence="U",
        source="sample",
        notice="全部为示例。",
        sources=(Source("sample", "示例"),),
        levels=levels,
    )
    return replace(plan, **changes)


OLD = _plan(
    PlanLevel("IV", triggers=(_trigger("t0"),), actions=(_action("1"),)),
    PlanLevel("III", triggers=(_trigger(),), actions=(_action("2"), _action("3"))),
)


def test_equal_plans_have_no_difference() -> None:
    assert diff_plans(OLD, OLD) == []


def test_shipped_plan_compared_with_itself_is_empty() -> None:
    plan = load_plan(shipped_dir() / "yinzhou-flood-typhoon-2023.yaml")

    assert diff_plans(plan, plan) == []


def test_changed_unit_reads_as_one_line() -> None:
    level = OLD.levels[1]
    new_level = replace(
        level, actions=(level.actions[0], _action("3", unit="区农业农村局"))
    )
    new = replace(OLD, levels=(OLD.levels[0], new_level))

    assert diff_plans(OLD, new) == ["Ⅲ级 动作 3：责任单位 区水利局 → 区农业农村局"]


@pytest.mark.parametrize(
    ("changes", "line"),
    [
        ({"due_minutes": 30}, "Ⅳ级 动作 1：时限 无时限 → 30分钟"),
        ({"due_minutes": 0}, "Ⅳ级 动作 1：时限 无时限 → 立即"),
        ({"mandatory": False}, "Ⅳ级 动作 1：必须执行 是 → 否"),
        (
            {"support": ("各镇（街道）", "海事")},
            "Ⅳ级 动作 1：配合单位 无 → 各镇（街道）、海事",
        ),
        ({"role": "副指挥长"}, "Ⅳ级 动作 1：角色 无 → 副指挥长"),
        (
            {"verification": "verified", "evidence": "V", "source": "S1"},
            "Ⅳ级 动作 1：核实状态 示例 → 已核实",
        ),
    ],
)
def test_action_field_changes(changes: dict[str, object], line: str) -> None:
    level = replace(OLD.levels[0], actions=(_action("1", **changes),))
    new = replace(OLD, levels=(level, OLD.levels[1]))

    assert diff_plans(OLD, new)[0] == line


def test_added_removed_and_reordered_actions() -> None:
    level = OLD.levels[1]
    new_level = replace(
        level,
        actions=(level.actions[1], _action("4", task="转移人员", unit="各镇（街道）")),
    )
    new = replace(OLD, levels=(OLD.levels[0], new_level))

    assert diff_plans(OLD, new) == [
        "Ⅲ级 删除动作 2：预泄预排（区水利局）",
        "Ⅲ级 新增动作 4：转移人员（各镇（街道））",
    ]
    swapped = replace(level, actions=(level.actions[1], level.actions[0]))
    assert diff_plans(OLD, replace(OLD, levels=(OLD.levels[0], swapped))) == [
        "Ⅲ级 动作顺序 2, 3 → 3, 2"
    ]


def test_trigger_changes_show_structure_in_words() -> None:
    trigger = _trigger(
        warning=WarningSignal("rainstorm", "orange"),
        grade="III",
        thresholds=(Threshold("deaths", "人", at_least=3, below=10),),
    )
    new = replace(
        OLD, levels=(OLD.levels[0], replace(OLD.levels[1], triggers=(trigger,)))
    )

    assert diff_plans(OLD, new) == [
        "Ⅲ级 条件 t1：预警 台风黄色预警 → 暴雨橙色预警",
        "Ⅲ级 条件 t1：事件等级 无 → 较大（Ⅲ级）",
        "Ⅲ级 条件 t1：数值条件 无 → deaths ≥ 3 且 < 10 人",
    ]


def test_levels_added_and_removed() -> None:
    new = replace(OLD, levels=(OLD.levels[0], PlanLevel("II")))

    assert diff_plans(OLD, new) == ["删除 Ⅲ级", "新增 Ⅱ级"]


def test_header_sources_sections_and_measures() -> None:
    five_stops = MeasureSet(
        "five-stops", "“五停”应急响应措施", "verified", "V", "S1", (_action("s1"),)
    )
    new = replace(
        OLD,
        doc_no="鄞政办发〔2023〕55号",
        status="filed",
        effective=date(2023, 10, 13),
        sources=(*OLD.sources, Source("S1", "区政府公报")),
        sections=(Section("5.4", "“五停”应急响应措施", "verified", "V", "S1"),),
        measures=(five_stops,),
    )

    assert diff_plans(OLD, new) == [
        "文号 未知 → 鄞政办发〔2023〕55号",
        "状态 编制中 → 已备案",
        "施行日期 未知 → 2023-10-13",
        "新增来源 S1：区政府公报",
        "新增章节 5.4：“五停”应急响应措施",
        "新增措施组 five-stops：“五停”应急响应措施",
    ]
    changed = replace(five_stops, actions=(_action("s1", unit="区教育局"),))
    assert diff_plans(new, replace(new, measures=(changed,))) == [
        "“五停”应急响应措施 动作 s1：责任单位 区水利局 → 区教育局"
    ]
