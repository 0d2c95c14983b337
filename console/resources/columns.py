"""The columns of each import and export kind, with Chinese headers.

One table of ``Column`` per kind drives reading (header → field, parser),
writing (field → header, formatting) and the empty templates, so an
exported file always has exactly the columns the import takes back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from console.domain import resources as vocabulary
from console.domain import resources_ledger as ledger
from console.domain.resources_geo import check_position
from console.domain.resources_records import decode_list
from console.resources import cells

TEXT, INT, FLOAT, DATE, LIST, OPEN, CHOICE, DIVISION, CAPS, PHONE = (
    "text", "int", "float", "date", "list", "open", "choice", "division", "caps",
    "phone",
)  # fmt: skip


@dataclass(frozen=True)
class Column:
    """One column: its header, the record field and how cells are read."""

    header: str
    field: str
    parse: str = TEXT
    required: bool = False
    choices: tuple[str, ...] = ()


def _place(name: str, kinds: tuple[str, ...]) -> tuple[Column, ...]:
    return (
        Column(name, "name", required=True),
        Column("类型", "kind", CHOICE, required=True, choices=kinds),
        Column("所属镇街", "division_id", DIVISION),
        Column("纬度", "lat", FLOAT, required=True),
        Column("经度", "lon", FLOAT, required=True),
    )


SPECS: dict[str, tuple[Column, ...]] = {
    "teams": (
        *_place("队伍名称", vocabulary.TEAM_KINDS),
        Column("人数", "headcount", INT, required=True),
        Column("负责人", "leader"),
        Column("联系电话", "phone", PHONE),
        Column("能力", "capabilities", CAPS),
        Column("装备", "equipment", LIST),
        Column("备注", "note"),
    ),
    "depots": (
        *_place("仓库名称", vocabulary.DEPOT_KINDS),
        Column("管理员", "keeper"),
        Column("联系电话", "phone", PHONE),
        Column("备注", "note"),
    ),
    "shelters": (
        *_place("场所名称", vocabulary.SHELTER_KINDS),
        Column("地址", "address"),
        Column("容纳人数", "capacity", INT, required=True),
        Column("当前安置人数", "occupancy", INT),
        Column("设施", "facilities", LIST),
        Column("状态", "is_open", OPEN),
        Column("联系人", "contact"),
        Column("联系电话", "phone", PHONE),
        Column("备注", "note"),
    ),
    "experts": (
        Column("姓名", "name", required=True),
        Column("专业领域", "field", required=True),
        Column("工作单位", "organisation"),
        Column("职称", "title"),
        Column("联系电话", "phone", PHONE),
        Column("备注", "note"),
    ),
    "stock": (
        Column("参考号", "reference", required=True),
        Column("仓库名称", "depot", required=True),
        Column("物资名称", "item", required=True),
        Column("类别", "category"),
        Column("单位", "unit"),
        Column("业务类型", "kind", CHOICE, True, tuple(ledger.KIND_BY_LABEL)),
        Column("数量", "quantity", INT, required=True),
        Column("批次", "batch"),
        Column("有效期至", "expires_on", DATE),
        Column("备注", "note"),
    ),
}

KINDS = tuple(SPECS)
# What a kind of record is called in the duty log.
KIND_NAMES = {
    "teams": "救援队伍",
    "depots": "物资仓库",
    "shelters": "避灾安置场所",
    "experts": "专家",
    "businesses": "监管小微企业",
    "stock": "库存记录",
    "members": "队员",
}
NAME_HEADER = {kind: spec[0].header for kind, spec in SPECS.items()}


@dataclass(frozen=True)
class Lookups:
    """What reading cells needs from the database and the rule files."""

    divisions: Mapping[str, str]
    capabilities: Mapping[str, str]


def headers(kind: str) -> list[str]:
    return [column.header for column in SPECS[kind]]


def _parse(column: Column, raw: object, lookups: Lookups) -> Any:
    if column.parse == INT:
        return cells.whole_number(raw)
    if column.parse == PHONE:
        return cells.phone(raw)
    if column.parse == FLOAT:
        return cells.number(raw)
    if column.parse == DATE:
        return cells.day(raw)
    if column.parse == LIST:
        return cells.items(raw)
    if column.parse == OPEN:
        return cells.open_state(raw)
    if column.parse == CHOICE:
        return cells.choice(raw, column.choices)
    if column.parse == DIVISION:
        name = cells.text(raw)
        if name and name not in lookups.divisions:
            raise cells.CellError(f"unknown division: {name!r}")
        return lookups.divisions.get(name)
    if column.parse == CAPS:
        tags = cells.items(raw)
        unknown = [t for t in tags if t not in lookups.capabilities]
        if unknown:
            known = "、".join(sorted(set(lookups.capabilities.values())))
            raise cells.CellError(
                f"unknown capability: {'、'.join(unknown)}; use {known} "
                "(resources/rules/team_capabilities.json)"
            )
        return tuple(dict.fromkeys(lookups.capabilities[t] for t in tags))
    return cells.text(raw)


def _blank(raw: object) -> bool:
    return cells.text(raw) == ""


def read_row(
    kind: str, row: Mapping[str, object], lookups: Lookups
) -> tuple[dict[str, Any], list[tuple[str, str]]]:
    """Typed field values of one row, and (header, reason) for bad cells."""
    values: dict[str, Any] = {}
    problems: list[tuple[str, str]] = []
    for column in SPECS[kind]:
        raw = row.get(column.header)
        if column.required and _blank(raw):
            problems.append((column.header, "required"))
            continue
        if column.parse in (INT, FLOAT) and _blank(raw):
            continue
        try:
            values[column.field] = _parse(column, raw, lookups)
        except cells.CellError as error:
            problems.append((column.header, str(error)))
    if "lat" in values and "lon" in values:
        reason = check_position(values["lat"], values["lon"])
        if reason is None and not (
            3 <= values["lat"] <= 54 and 73 <= values["lon"] <= 136
        ):
            reason = "outside China; give WGS-84 degrees"
        if reason is not None:
            problems.append(("纬度", reason))
    return values, problems


def export_value(column: Column, value: Any, division_names: Mapping[str, str]) -> Any:
    """A stored value as the import reads it back."""
    if column.parse == DIVISION:
        return division_names.get(value or "", "")
    if column.parse in (LIST, CAPS):
        return "、".join(decode_list(value) if isinstance(value, str) else value)
    if column.parse == OPEN:
        return vocabulary.SHELTER_OPEN if value else vocabulary.SHELTER_CLOSED
    if column.parse == DATE:
        return value.isoformat() if value is not None else ""
    return "" if value is None else value
