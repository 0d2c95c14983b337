"""Vocabulary of the resources core: teams, depots, shelters and experts.

Kinds are fixed by the district's planning vocabulary and live here; the
lists that the district edits (team capabilities, the supply catalogue) are
data in ``resources/rules`` and are read by ``load_capabilities`` and
``load_supply_items``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from console.domain import rulefile

TEAM_KINDS = ("综合性消防救援", "专业", "社会", "基层", "企业", "民兵")
DEPOT_KINDS = ("区级仓库", "储备点", "镇街仓库", "社区仓库")
SHELTER_KINDS = ("区级", "镇街级", "村社级")
SHELTER_OPEN = "开放"
SHELTER_CLOSED = "关闭"

# Every synthetic record's name starts with this, so a printed list or a map
# label can never pass demonstration data off as the district's own.
SYNTHETIC_PREFIX = "【演示】"

# Qualifications that run out within this many days are flagged.
DEFAULT_WARN_DAYS = 30


@dataclass(frozen=True)
class Capability:
    """One capability tag a team may have (水域救援, 城市搜救...)."""

    id: str
    zh: str
    en: str


@dataclass(frozen=True)
class SupplyItemSpec:
    """One catalogue entry: what is stocked and how it is counted."""

    id: str
    name: str
    category: str
    unit: str


def load_capabilities(path: Path) -> tuple[Capability, ...]:
    """The capability tags of ``team_capabilities.json``."""
    table = rulefile.read_table(path)
    return tuple(
        Capability(
            id=row["id"],
            zh=rulefile.get_str(path, row, "zh"),
            en=rulefile.get_str(path, row, "en"),
        )
        for row in rulefile.section(path, table, "capabilities")
    )


def load_supply_items(path: Path) -> tuple[SupplyItemSpec, ...]:
    """The starting supply catalogue of ``supply_items.json``."""
    table = rulefile.read_table(path)
    return tuple(
        SupplyItemSpec(
            id=row["id"],
            name=rulefile.get_str(path, row, "name"),
            category=rulefile.get_str(path, row, "category"),
            unit=rulefile.get_str(path, row, "unit"),
        )
        for row in rulefile.section(path, table, "items")
    )


def capability_names(capabilities: tuple[Capability, ...]) -> dict[str, str]:
    """Every accepted spelling (Chinese name or id) mapped to the Chinese name."""
    names: dict[str, str] = {}
    for capability in capabilities:
        names[capability.zh] = capability.zh
        names[capability.id] = capability.zh
    return names


def is_synthetic_name(name: str) -> bool:
    return name.startswith(SYNTHETIC_PREFIX)
