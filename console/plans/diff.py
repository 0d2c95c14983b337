"""A readable difference between two versions of a plan.

Records are matched by id (levels by code, sections by number), so a moved
or renamed item reads as one change rather than a removal plus an addition,
which is what a reviewer comparing two revisions of a plan wants to see.
Lines look like ``Ⅲ级 动作 3：责任单位 区水利局 → 区农业农村局``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from console.plans import model
from console.plans.model import Action, MeasureSet, Plan, Threshold, Trigger

Format = Callable[[Any], str]

NONE = "无"
UNKNOWN = "未知"


def _nullable(value: object) -> str:
    """For keys where null means "not known" rather than "none"."""
    return UNKNOWN if value is None else _text(value)


def _text(value: object) -> str:
    if value is None or value == ():
        return NONE
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "、".join(str(item) for item in value)
    return str(value)


def _label(labels: dict[str, str]) -> Format:
    return lambda value: labels.get(value, _text(value))


def _minutes(value: int | None) -> str:
    if value is None:
        return "无时限"
    return "立即" if value == 0 else f"{value}分钟"


def _warning(value: model.WarningSignal | None) -> str:
    if value is None:
        return "无"
    signal = model.SIGNAL_LABELS.get(value.signal, value.signal)
    return f"{signal}{model.COLOUR_LABELS.get(value.colour, value.colour)}预警"


def _grade(value: str | None) -> str:
    if value is None:
        return "无"
    return f"{model.GRADE_LABELS.get(value, value)}（{model.LEVEL_LABELS[value]}）"


def _threshold(item: Threshold) -> str:
    parts = []
    if item.at_least is not None:
        parts.append(f"≥ {item.at_least:g}")
    if item.below is not None:
        parts.append(f"< {item.below:g}")
    return f"{item.metric} {' 且 '.join(parts)} {item.unit}"


def _thresholds(value: tuple[Threshold, ...]) -> str:
    return "；".join(_threshold(item) for item in value) or "无"


_PROVENANCE: dict[str, tuple[str, Format]] = {
    "verification": ("核实状态", _label(model.VERIFICATION_LABELS)),
    "evidence": ("依据", _text),
    "source": ("来源", _text),
}

_PLAN_FIELDS: dict[str, tuple[str, Format]] = {
    "id": ("预案标识", _text),
    "title": ("标题", _text),
    "kind": ("类别", _label(model.KIND_LABELS)),
    "incident_types": ("适用事件类型", _text),
    "issuer": ("发布机关", _nullable),
    "doc_no": ("文号", _nullable),
    "version": ("版本", _text),
    "status": ("状态", _label(model.STATUS_LABELS)),
    "effective": ("施行日期", _nullable),
    "signed": ("签发日期", _text),
    "published": ("公布日期", _text),
    "approved_by": ("审议会议", _text),
    **_PROVENANCE,
    "notice": ("核实说明", _text),
}

_TRIGGER_FIELDS: dict[str, tuple[str, Format]] = {
    "text": ("条件", _text),
    "warning": ("预警", _warning),
    "grade": ("事件等级", _grade),
    "thresholds": ("数值条件", _thresholds),
    **_PROVENANCE,
    "note": ("备注", _text),
}

_ACTION_FIELDS: dict[str, tuple[str, Format]] = {
    "task": ("内容", _text),
    "unit": ("责任单位", _text),
    "support": ("配合单位", _text),
    "role": ("角色", _text),
    "due_minutes": ("时限", _minutes),
    "mandatory": ("必须执行", lambda value: "是" if value else "否"),
    **_PROVENANCE,
    "note": ("备注", _text),
}

_MEASURE_FIELDS: dict[str, tuple[str, Format]] = {
    "title": ("标题", _text),
    "section": ("章节", _text),
    "text": ("说明", _text),
    **_PROVENANCE,
    "note": ("备注", _text),
}

_SOURCE_FIELDS: dict[str, tuple[str, Format]] = {
    "title": ("标题", _text),
    "url": ("网址", _text),
    "note": ("备注", _text),
}

_SECTION_FIELDS: dict[str, tuple[str, Format]] = {
    "title": ("标题", _text),
    **_PROVENANCE,
}


def _fields(
    prefix: str, old: object, new: object, fields: dict[str, tuple[str, Format]]
) -> list[str]:
    lines = []
    for name, (label, show) in fields.items():
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            lines.append(f"{prefix}{label} {show(before)} → {show(after)}")
    return lines


def _order(prefix: str, old: Sequence[str], new: Sequence[str]) -> list[str]:
    """Report a reordering of the ids both versions share."""
    kept_old = [item for item in old if item in new]
    kept_new = [item for item in new if item in old]
    if kept_old == kept_new:
        return []
    return [f"{prefix}顺序 {', '.join(kept_old)} → {', '.join(kept_new)}"]


def _records(
    where: str,
    noun: str,
    old: Sequence[Any],
    new: Sequence[Any],
    key: Callable[[Any], str],
    describe: Callable[[Any], str],
    compare: Callable[[str, Any, Any], list[str]],
) -> list[str]:
    """Diff two lists of records matched by ``key``: added, removed, changed."""
    before = {key(item): item for item in old}
    after = {key(item): item for item in new}
    lines = [
        f"{where}删除{noun} {name}：{describe(item)}"
        for name, item in before.items()
        if name not in after
    ]
    for name, item in after.items():
        if name not in before:
            lines.append(f"{where}新增{noun} {name}：{describe(item)}")
        else:
            lines.extend(compare(f"{where}{noun} {name}：", before[name], item))
    return lines + _order(f"{where}{noun}", list(before), list(after))


def _actions(where: str, old: Sequence[Action], new: Sequence[Action]) -> list[str]:
    return _records(
        where,
        "动作",
        old,
        new,
        key=lambda action: action.id,
        describe=lambda action: f"{action.task}（{action.unit}）",
        compare=lambda prefix, a, b: _fields(prefix, a, b, _ACTION_FIELDS),
    )


def _triggers(where: str, old: Sequence[Trigger], new: Sequence[Trigger]) -> list[str]:
    return _records(
        where,
        "条件",
        old,
        new,
        key=lambda trigger: trigger.id,
        describe=lambda trigger: trigger.text,
        compare=lambda prefix, a, b: _fields(prefix, a, b, _TRIGGER_FIELDS),
    )


def _levels(old: Plan, new: Plan) -> list[str]:
    before = {level.level: level for level in old.levels}
    after = {level.level: level for level in new.levels}
    lines = []
    for code in model.LEVELS:
        label = model.LEVEL_LABELS[code]
        if code not in after and code in before:
            lines.append(f"删除 {label}")
        elif code in after and code not in before:
            lines.append(f"新增 {label}")
        if code not in after:
            continue
        a, b = before.get(code), after[code]
        if a is not None and a.title != b.title:
            lines.append(f"{label} 标题 {_text(a.title)} → {_text(b.title)}")
        lines += _triggers(f"{label} ", a.triggers if a else (), b.triggers)
        lines += _actions(f"{label} ", a.actions if a else (), b.actions)
    return lines


def _measure(prefix: str, old: MeasureSet, new: MeasureSet) -> list[str]:
    lines = _fields(prefix, old, new, _MEASURE_FIELDS)
    return lines + _actions(f"{new.title} ", old.actions, new.actions)


def diff_plans(old: Plan, new: Plan) -> list[str]:
    """Every difference from ``old`` to ``new``, one readable line each.

    Returns:
        Lines in plan order: header, sources, sections, levels (Ⅳ to Ⅰ), then
        measure sets. An empty list means the two are equal.
    """
    lines = _fields("", old, new, _PLAN_FIELDS)
    lines += _records(
        "",
        "来源",
        old.sources,
        new.sources,
        key=lambda source: source.id,
        describe=lambda source: source.title,
        compare=lambda prefix, a, b: _fields(prefix, a, b, _SOURCE_FIELDS),
    )
    lines += _records(
        "",
        "章节",
        old.sections,
        new.sections,
        key=lambda section: section.number or section.title,
        describe=lambda section: section.title,
        compare=lambda prefix, a, b: _fields(prefix, a, b, _SECTION_FIELDS),
    )
    lines += _levels(old, new)
    lines += _records(
        "",
        "措施组",
        old.measures,
        new.measures,
        key=lambda measures: measures.id,
        describe=lambda measures: measures.title,
        compare=_measure,
    )
    return lines
