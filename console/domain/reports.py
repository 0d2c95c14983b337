"""Drafting reports upward: 首报, 续报 (and 日报, 补报), 终报.

Drafts are structured (title and headed sections), not formatted, so the
views and the exporters lay them out. Every draft carries a snapshot, the
flat text of every fact as reported; the next follow-up compares against it
and states only what changed, as the sources ask (续报 does not repeat the
first report's narrative). Unknown facts are stated as 不详: reports go out
with what is known (先报已掌握的情况) and are completed later.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from console.domain.deadlines import ReportKind
from console.domain.zhtext import (
    UNKNOWN,
    zh_datetime,
    zh_numeral,
    zh_people,
    zh_text,
    zh_yuan,
)


@dataclass(frozen=True)
class UnitProfile:
    """The unit where an accident happened (事发单位基本情况)."""

    name: str = ""
    address: str = ""
    nature: str = ""
    scale: str = ""


@dataclass(frozen=True)
class ReportFacts:
    """Everything a report states; labels come in already in Chinese.

    Counts and the loss are None when unknown. ``unit`` is given for
    accidents only; its section is left out otherwise.
    """

    title: str
    category_label: str
    type_label: str
    occurred_at: datetime
    received_at: datetime
    place: str = ""
    source: str = ""
    deaths: int | None = None
    serious_injuries: int | None = None
    injured: int | None = None
    missing: int | None = None
    trapped: int | None = None
    loss_yuan: float | None = None
    unit: UnitProfile | None = None
    cause_and_course: str = ""
    affected_area_and_trend: str = ""
    measures_taken: str = ""
    leaders_on_scene: str = ""
    requests: str = ""
    commander_contact: str = ""
    reporter: str = ""
    grade_label: str = ""
    response_level_label: str = ""
    status_label: str = ""
    aftermath: str = ""


@dataclass(frozen=True)
class ReportDraft:
    """A drafted report: headed sections plus the snapshot of its facts."""

    kind: ReportKind
    sequence: int
    title: str
    sections: tuple[tuple[str, str], ...]
    snapshot: dict[str, str]


# Snapshot keys and the names a follow-up uses for them, in report order.
LABELS = {
    "title": "事件名称",
    "received_at": "接报时间",
    "source": "信息来源",
    "occurred_at": "事发时间",
    "place": "事发地点",
    "category": "事件类别",
    "grade": "事件等级",
    "response_level": "响应级别",
    "status": "事件状态",
    "deaths": "死亡人数",
    "serious_injuries": "重伤人数",
    "injured": "受伤人数",
    "missing": "下落不明人数",
    "trapped": "被困人数",
    "loss_yuan": "直接经济损失",
    "unit_name": "事发单位名称",
    "unit_address": "事发单位地址",
    "unit_nature": "事发单位性质",
    "unit_scale": "事发单位规模",
    "cause_and_course": "起因和经过",
    "affected_area_and_trend": "影响范围和发展趋势",
    "measures_taken": "已采取措施",
    "leaders_on_scene": "领导到位情况",
    "requests": "请求事项",
    "commander_contact": "现场指挥",
    "aftermath": "后续工作",
    "reporter": "报告人",
}

_CASUALTIES = (
    ("deaths", "死亡"),
    ("serious_injuries", "重伤"),
    ("injured", "受伤"),
    ("missing", "下落不明"),
    ("trapped", "被困"),
)
_TEXTS = (
    "cause_and_course",
    "affected_area_and_trend",
    "measures_taken",
    "leaders_on_scene",
    "commander_contact",
    "aftermath",
    "reporter",
)
# Free text that grows as handling goes on; a follow-up states the addition.
_NARRATIVES = frozenset(
    {
        "cause_and_course",
        "affected_area_and_trend",
        "measures_taken",
        "leaders_on_scene",
    }
)
_FOLLOWUP_TITLES = {
    ReportKind.FOLLOWUP: "续报",
    ReportKind.DAILY: "日报",
    ReportKind.SUPPLEMENTARY: "补报",
}


def snapshot_of(facts: ReportFacts) -> dict[str, str]:
    """The flat text of every fact, keyed as in ``LABELS``."""
    values = {
        "title": facts.title,
        "received_at": zh_datetime(facts.received_at),
        "source": zh_text(facts.source),
        "occurred_at": zh_datetime(facts.occurred_at),
        "place": zh_text(facts.place),
        "category": f"{facts.category_label}—{facts.type_label}",
        "grade": zh_text(facts.grade_label),
        "response_level": zh_text(facts.response_level_label),
        "status": zh_text(facts.status_label),
        **{key: zh_people(getattr(facts, key)) for key, _ in _CASUALTIES},
        "loss_yuan": zh_yuan(facts.loss_yuan),
    }
    if facts.unit is not None:
        for part in ("name", "address", "nature", "scale"):
            values[f"unit_{part}"] = zh_text(getattr(facts.unit, part))
    values.update({key: zh_text(getattr(facts, key)) for key in _TEXTS})
    values["requests"] = zh_text(facts.requests, empty="无")
    return {key: values[key] for key in LABELS if key in values}


def draft_first(facts: ReportFacts, now: datetime) -> ReportDraft:
    """首报: the required elements in the standard order."""
    snap = snapshot_of(facts)
    sections = [
        ("事件名称", snap["title"]),
        ("接报时间", snap["received_at"]),
        ("信息来源", snap["source"]),
        ("事发时间", snap["occurred_at"]),
        ("事发地点", snap["place"]),
        ("事件类别", _category(snap, facts)),
        ("伤亡情况", _casualties(snap, now)),
        ("直接经济损失", _loss(snap)),
        *_unit_section(snap, facts),
        ("起因和经过", snap["cause_and_course"]),
        ("影响范围和发展趋势", snap["affected_area_and_trend"]),
        ("已采取措施", snap["measures_taken"]),
        ("领导到位情况", snap["leaders_on_scene"]),
        ("请求事项", snap["requests"]),
        ("现场指挥", snap["commander_contact"]),
        *_signature(snap, now),
    ]
    title = f"关于{facts.title}的首报"
    return ReportDraft(ReportKind.FIRST_WRITTEN, 1, title, tuple(sections), snap)


def draft_followup(
    facts: ReportFacts,
    previous_snapshot: Mapping[str, str],
    sequence: int,
    now: datetime,
    *,
    kind: ReportKind = ReportKind.FOLLOWUP,
) -> ReportDraft:
    """续报 (or 日报, 补报): only what changed since the previous report."""
    if kind not in _FOLLOWUP_TITLES:
        raise ValueError(f"not a follow-up kind: {kind!r}")
    snap = snapshot_of(facts)
    changes = [
        (LABELS.get(key, key), _change(key, previous_snapshot.get(key), snap.get(key)))
        for key in [*snap, *(k for k in previous_snapshot if k not in snap)]
        if key != "reporter" and previous_snapshot.get(key) != snap.get(key)
    ]
    if not changes:
        changes = [("情况变化", "与上次报告相比，无新的变化。")]
    name = _FOLLOWUP_TITLES[kind]
    title = f"关于{facts.title}的{name}（{zh_numeral(sequence)}）"
    sections = (*changes, *_signature(snap, now))
    return ReportDraft(kind, sequence, title, sections, snap)


def draft_final(
    facts: ReportFacts, history_lines: Sequence[str], now: datetime
) -> ReportDraft:
    """终报: the whole event, its handling, where it stands, what follows."""
    snap = snapshot_of(facts)
    current = [t for t in (facts.status_label, facts.affected_area_and_trend) if t]
    sections = [
        ("事件名称", snap["title"]),
        ("事发时间", snap["occurred_at"]),
        ("事发地点", snap["place"]),
        ("事件类别", _category(snap, facts)),
        ("起因和经过", snap["cause_and_course"]),
        ("处置过程", "\n".join(history_lines) or UNKNOWN),
        ("伤亡情况", _casualties(snap, now)),
        ("直接经济损失", _loss(snap)),
        *_unit_section(snap, facts),
        ("处置情况", snap["measures_taken"]),
        ("当前状况", "；".join(t.strip() for t in current) or UNKNOWN),
        ("后续工作", snap["aftermath"]),
        *_signature(snap, now),
    ]
    title = f"关于{facts.title}的终报"
    return ReportDraft(ReportKind.FINAL, 1, title, tuple(sections), snap)


def _category(snap: dict[str, str], facts: ReportFacts) -> str:
    parts = [snap["category"], f"初判等级：{snap['grade']}"]
    if facts.response_level_label:
        parts.append(f"应急响应：{snap['response_level']}")
    if facts.status_label:
        parts.append(f"目前状态：{snap['status']}")
    return "；".join(parts)


def _casualties(snap: dict[str, str], now: datetime) -> str:
    counts = "，".join(f"{name}{snap[key]}" for key, name in _CASUALTIES)
    return f"截至{zh_datetime(now)}，{counts}。"


def _loss(snap: dict[str, str]) -> str:
    value = snap["loss_yuan"]
    return value if value == UNKNOWN else f"初步估算{value}"


def _unit_section(snap: dict[str, str], facts: ReportFacts) -> list[tuple[str, str]]:
    if facts.unit is None:
        return []
    text = (
        f"单位名称：{snap['unit_name']}；地址：{snap['unit_address']}；"
        f"性质：{snap['unit_nature']}；规模：{snap['unit_scale']}"
    )
    return [("事发单位基本情况", text)]


def _signature(snap: dict[str, str], now: datetime) -> list[tuple[str, str]]:
    return [("报告人", snap["reporter"]), ("报告时间", zh_datetime(now))]


def _change(key: str, old: str | None, new: str | None) -> str:
    """``原：…；现：…``, or ``新增：…`` when a narrative was only added to."""
    if old is None:
        return f"原：未报；现：{new}"
    if new is None:
        return f"原：{old}；现：未报"
    if key in _NARRATIVES and old != UNKNOWN and new.startswith(old):
        return "新增：" + new[len(old) :].lstrip("，。；,;. \n")
    return f"原：{old}；现：{new}"
