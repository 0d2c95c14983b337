"""Operation-log entries as sentences, in English and Chinese."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

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
            "Reference data loaded: 23 divisions, 1 outline, 19 indicators",
            "基础数据已载入：" + "行政区划 23 个，边界 1 个，指标 19 项",
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


def test_seed_counts_take_singular_and_plural(english):
    one_each = json.dumps({"divisions": 1, "outlines": 2, "indicators": 1})

    assert entry_text(entry("reference.seed", one_each)) == (
        "Reference data loaded: 1 division, 2 outlines, 1 indicator"
    )


# One sample entry per action code the operations write, as their code logs
# it, with the sentence in English and in Chinese.
OPERATION_SAMPLES = [
    (
        "incident.update",
        "title,source_unit,loss_yuan",
        "Incident details completed: title, reporting unit, direct loss",
        "补充更正事件信息：标题、报告单位、直接经济损失",
    ),
    (
        "incident.figures",
        "deaths=2,missing=?",
        "Casualty figures updated: Deaths 2, Missing unknown",
        "伤亡人数更新：死亡 2、下落不明 不详",
    ),
    (
        "incident.figures",
        "-",
        "Casualty figures confirmed, no change",
        "伤亡人数经核实无变化",
    ),
    (
        "incident.grade",
        "II|死亡人数上升",
        "Event grade set to Grade Ⅱ Serious; reason: 死亡人数上升",
        "事件等级定为 Ⅱ级 重大，理由：死亡人数上升",
    ),
    (
        "incident.grade",
        "III|",
        "Event grade set to Grade Ⅲ Relatively serious",
        "事件等级定为 Ⅲ级 较大",
    ),
    (
        "incident.response_level",
        "III|区防指 总指挥|会商研判",
        "Level Ⅲ response decided by 区防指 总指挥; reason: 会商研判",
        "区防指 总指挥 决定实行Ⅲ级应急响应，理由：会商研判",
    ),
    (
        "incident.response_level",
        "-|区防指 总指挥|",
        "Emergency response ended, decided by 区防指 总指挥",
        "区防指 总指挥 决定终止应急响应",
    ),
    (
        "incident.warning_level",
        "orange|鄞州区气象台|",
        "Orange warning in force, issued by 鄞州区气象台",
        "鄞州区气象台 发布橙色预警",
    ),
    (
        "incident.warning_level",
        "-|鄞州区气象台|",
        "Warning lifted (by 鄞州区气象台)",
        "鄞州区气象台 解除预警",
    ),
    (
        "incident.status",
        "controlled",
        "Status changed to Under control",
        "事件状态变更为：已控制",
    ),
    (
        "incident.reopen",
        "复燃",
        "Incident reopened: 复燃",
        "事件重新启动处置：复燃",
    ),
    (
        "incident.command_post",
        "administrative|副区长 王强|13800000001",
        "Administrative command post: led by 副区长 王强, contact 13800000001",
        "行政指挥部：指挥长 副区长 王强，联系方式 13800000001",
    ),
    (
        "instruction.add",
        "区长 李明：全力搜救",
        "Instruction from 区长 李明: 全力搜救",
        "区长 李明 批示：全力搜救",
    ),
    (
        "instruction.done",
        "已落实",
        "Instruction carried out: 已落实",
        "批示已落实：已落实",
    ),
    (
        "report.draft",
        "关于民房火灾的首报",
        "Report drafted: 关于民房火灾的首报",
        "拟制报告：关于民房火灾的首报",
    ),
    (
        "report.sign",
        "关于民房火灾的首报|局长 赵军",
        "Report signed off by 局长 赵军: 关于民房火灾的首报",
        "局长 赵军 签发报告：关于民房火灾的首报",
    ),
    (
        "report.send",
        "关于民房火灾的首报|phone",
        "Report sent (Phone): 关于民房火灾的首报",
        "报告已报送（电话）：关于民房火灾的首报",
    ),
    (
        "alarm.ack",
        "followup|2|overdue",
        "Report alarm acknowledged: Follow-up (2) Overdue",
        "确认报告时限告警：续报（2） 已超时",
    ),
    ("duty.end", "李娜", "李娜 went off duty", "李娜 退出值班"),
    (
        "database.replaced",
        json.dumps({"old": "/data/console.sqlite", "reason": "file is damaged"}),
        "New database started; earlier records are in the file set aside at "
        "/data/console.sqlite (file is damaged)",
        "已启用新数据库；此前的记录保存在另存的文件 /data/console.sqlite 中"
        "（file is damaged）",
    ),
]


@pytest.mark.parametrize(
    ("action", "text", "in_english", "in_chinese"), OPERATION_SAMPLES
)
def test_operation_entries_read_as_sentences(
    action, text, in_english, in_chinese, request
):
    request.getfixturevalue("english")
    assert entry_text(entry(action, text)) == in_english
    request.getfixturevalue("chinese")
    assert entry_text(entry(action, text)) == in_chinese


OPS = Path(__file__).resolve().parents[2] / "console"
# The modules whose operations the log pane and boards show; every action
# they log must read as a sentence, never as the raw code.
LOGGED_BY = [
    "ops/incidents.py",
    "ops/instructions.py",
    "ops/reports.py",
    "ops/duty.py",
    "ops/system.py",
    "ops/oplog.py",
    "seed.py",
]


def action_codes() -> set[str]:
    codes = set()
    for name in LOGGED_BY:
        source = (OPS / name).read_text(encoding="utf-8")
        codes.update(re.findall(r'operations\.run\(\s*"([a-z_.]+)"', source))
    return codes


def test_every_action_code_is_rendered_without_the_raw_code(english):
    codes = action_codes()
    assert len(codes) >= 20
    sampled = {action for action, *_ in OPERATION_SAMPLES}
    sampled |= {"reference.seed", "incident.create", "incident.move"}
    sampled |= {"incident.archive", "duty.take", "log.note", "log.correction"}
    sampled |= {"log.phone", "log.review"}

    assert codes <= sampled, f"no sample sentence for {sorted(codes - sampled)}"
    for code in codes - {"log.note"}:
        text = entry_text(entry(code, "x|1|y"))
        assert code not in text, code


def test_phone_record_names_caller_and_handling(english):
    details = json.dumps({"unit": "东吴镇", "caller": "王五", "handling": "已派员"})

    text = entry_text(entry("log.phone", "村口积水", details=details))

    assert text == "Phone call from 东吴镇 王五: 村口积水; handling: 已派员"


def test_review_states_the_decision(english):
    confirmed = entry("log.review", "需上报", details='{"decision": "confirmed"}')
    dismissed = entry("log.review", "", details='{"decision": "dismissed"}')

    assert entry_text(confirmed) == "Reviewed: confirmed as significant. 需上报"
    assert entry_text(dismissed) == "Reviewed: not significant."


def test_unreadable_details_do_not_break_the_log(english):
    text = entry_text(entry("log.phone", "来电", details="{broken"))

    assert text == "Phone call from ?: 来电"


def test_resource_and_duty_actions_read_as_sentences(english):
    from console.ops.resources_bulk import MODELS

    sources = [*(OPS / "ops").glob("resources_*.py"), OPS / "ops" / "roster.py"]
    sources.append(OPS / "duty" / "handover.py")
    codes = set()
    for path in sources:
        source = path.read_text(encoding="utf-8")
        codes.update(re.findall(r'operations\.run\(\s*"([a-z_.]+)"', source))
    # Imports and sample data name their action after the kind of record.
    codes |= {f"{kind}.{what}" for kind in MODELS for what in ("import", "sample")}

    assert len(codes) >= 25
    for code in codes:
        text = entry_text(entry(code, "救援一队|出动"))
        assert code not in text, code
        assert text.endswith(": 救援一队, 出动")


def test_resource_details_take_chinese_punctuation_in_chinese(chinese):
    text = entry_text(entry("team.release", "救援一队|返回"))

    assert text == "队伍解除调派：救援一队，返回"


def test_a_decision_by_the_console_itself_names_the_system(chinese):
    text = entry_text(entry("plan.activate", "防汛预案|III|system|7"))

    assert "system" not in text
    assert "系统" in text
