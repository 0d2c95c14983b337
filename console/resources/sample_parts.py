"""The parts of the synthetic roster: teams, depots, shelters, experts.

Split from ``console.resources.sample`` to keep modules short; see there
for what the roster is and why it is shaped so.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from console.domain import resources as vocabulary
from console.domain.resources_records import (
    DepotRecord,
    ExpertRecord,
    ShelterRecord,
    TeamRecord,
)
from console.ops.resources_sample import SampleMember, SampleReceipt
from console.resources.catalogue import capabilities

P = vocabulary.SYNTHETIC_PREFIX
# Kinds of the non-social teams, with weights (social teams are counted apart).
TEAM_MIX = (
    ("基层", 60),
    ("专业", 18),
    ("企业", 10),
    ("民兵", 8),
    ("综合性消防救援", 4),
)
POINT_KINDS = ("储备点", "镇街仓库", "社区仓库")
EXPERT_FIELDS = (
    "防汛防台",
    "地质灾害",
    "危险化学品",
    "消防",
    "医疗救护",
    "气象",
    "电力",
)
CERTIFICATES = ("急救员证", "潜水证", "救生员证", "舟艇驾驶证")
EQUIPMENT = (
    "冲锋舟",
    "橡皮艇",
    "抽水泵",
    "发电机",
    "救生衣",
    "担架",
    "无人机",
    "照明车",
)
FACILITIES = ("床位", "饮用水", "食品", "医疗点", "发电机", "卫生间", "广播")

Divisions = Sequence[tuple[str, str]]
Points = Sequence[tuple[float, float]]


@dataclass(frozen=True)
class SampleCounts:
    teams: int
    people: int
    social: int
    warehouses: int
    points: int
    shelters: int
    experts: int
    businesses: int


def split(total: int, parts: int, rng: random.Random) -> list[int]:
    """``parts`` whole numbers of at least 1 that add up to ``total``."""
    if parts <= 0 or total < parts:
        raise ValueError(f"cannot split {total} into {parts} parts of at least 1")
    weights = [rng.uniform(0.4, 1.6) for _ in range(parts)]
    scale = (total - parts) / sum(weights)
    sizes = [1 + int(w * scale) for w in weights]
    for index in range(total - sum(sizes)):
        sizes[index % parts] += 1
    return sizes


def teams(
    counts: SampleCounts, divisions: Divisions, points: Points, rng: random.Random
) -> tuple[list[TeamRecord], list[SampleMember]]:
    """Teams (the social ones first) and named members of the social teams."""
    tags = [c.zh for c in capabilities()]
    mix = [kind for kind, _ in TEAM_MIX]
    weights = [weight for _, weight in TEAM_MIX]
    kinds = ["社会"] * counts.social
    kinds += rng.choices(mix, weights, k=counts.teams - counts.social)
    sizes = split(counts.people, counts.teams, rng)
    records, members = [], []
    for number, (kind, size, point) in enumerate(
        zip(kinds, sizes, points, strict=True), start=1
    ):
        division_id, division = rng.choice(divisions)
        chosen = tuple(rng.sample(tags, k=rng.randint(1, 3)))
        name = f"{P}{division}{chosen[0]}{kind}队伍{number:03d}"
        records.append(
            TeamRecord(
                name=name,
                kind=kind,
                division_id=division_id,
                lat=point[0],
                lon=point[1],
                headcount=size,
                leader=f"演示队长{number}",
                phone=f"1380000{number:04d}",
                capabilities=chosen,
                equipment=tuple(rng.sample(EQUIPMENT, k=2)),
                synthetic=True,
            )
        )
        if kind == "社会":
            members += _members(name, min(size, 8), rng)
    return records, members


def _members(team: str, size: int, rng: random.Random) -> list[SampleMember]:
    """Members whose certificates run from two months expired to a year on."""
    today = date.today()
    return [
        SampleMember(
            team=team,
            name=f"{P}队员{index}",
            role="队员",
            qualifications=(
                (
                    rng.choice(CERTIFICATES),
                    today + timedelta(days=rng.randint(-60, 400)),
                ),
            ),
        )
        for index in range(1, size + 1)
    ]


def depots(
    counts: SampleCounts,
    divisions: Divisions,
    points: Points,
    items: Sequence[str],
    rng: random.Random,
) -> tuple[list[DepotRecord], list[SampleReceipt]]:
    """District warehouses first, then supply points, each with some stock."""
    records, receipts = [], []
    for number, point in enumerate(points, start=1):
        warehouse = number <= counts.warehouses
        kind = "区级仓库" if warehouse else rng.choice(POINT_KINDS)
        # A district warehouse is named by its kind alone: 【演示】区级仓库001.
        division_id, division = (None, "") if warehouse else rng.choice(divisions)
        name = f"{P}{division}{kind}{number:03d}"
        records.append(
            DepotRecord(
                name=name,
                kind=kind,
                division_id=division_id,
                lat=point[0],
                lon=point[1],
                keeper=f"演示管理员{number}",
                phone=f"0574-8800{number:04d}",
                synthetic=True,
            )
        )
        stocked = rng.sample(list(items), k=min(len(items), 12 if warehouse else 3))
        for item in stocked:
            receipts.append(
                SampleReceipt(
                    reference=f"sample:{number}:{item}",
                    depot=name,
                    item=item,
                    quantity=rng.randint(200, 2000)
                    if warehouse
                    else rng.randint(10, 200),
                    batch=f"S{number:03d}",
                    expires_on=date.today() + timedelta(days=rng.randint(90, 1500)),
                )
            )
    return records, receipts


def shelters(
    divisions: Divisions, points: Points, rng: random.Random
) -> list[ShelterRecord]:
    """Closed shelters (an officer opens them), empty, of mixed sizes."""
    records = []
    for number, point in enumerate(points, start=1):
        division_id, division = rng.choice(divisions)
        records.append(
            ShelterRecord(
                name=f"{P}{division}避灾安置点{number:03d}",
                kind=rng.choice(vocabulary.SHELTER_KINDS),
                division_id=division_id,
                lat=point[0],
                lon=point[1],
                capacity=rng.randint(50, 1500),
                address=f"{division}演示地址{number}号",
                facilities=tuple(rng.sample(FACILITIES, k=3)),
                contact=f"演示联系人{number}",
                phone=f"0574-8700{number:04d}",
                synthetic=True,
            )
        )
    return records


def experts(count: int, rng: random.Random) -> list[ExpertRecord]:
    return [
        ExpertRecord(
            name=f"{P}专家{number:03d}",
            field=rng.choice(EXPERT_FIELDS),
            organisation="演示单位",
            title=rng.choice(("高级工程师", "教授", "主任医师")),
            phone=f"1390000{number:04d}",
            synthetic=True,
        )
        for number in range(1, count + 1)
    ]
