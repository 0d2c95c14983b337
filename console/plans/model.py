"""The emergency-plan model (应急预案): plain frozen records, no I/O.

A plan file is a claim about an official document. Every trigger, action and
section therefore says how we know it: ``verification`` is ``"verified"`` only
when it was read in the plan text itself, and ``"sample"`` otherwise, and
``evidence`` keeps the finer label of the reference notes (V, P, O, N, N?, U)
so that a reviewer can see *why* an item is still a sample.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

# Response levels, lowest first: plans list them in this order.
LEVELS = ("IV", "III", "II", "I")
LEVEL_LABELS = {"IV": "Ⅳ级", "III": "Ⅲ级", "II": "Ⅱ级", "I": "Ⅰ级"}

# Event grades (事件分级): I 特别重大 … IV 一般.
GRADES = ("I", "II", "III", "IV")
GRADE_LABELS = {"I": "特别重大", "II": "重大", "III": "较大", "IV": "一般"}

COLOURS = ("blue", "yellow", "orange", "red")
COLOUR_LABELS = {"blue": "蓝色", "yellow": "黄色", "orange": "橙色", "red": "红色"}

# The 16 signal types of the CMA warning codes (01 台风 … 16 雷雨大风).
SIGNAL_LABELS = {
    "typhoon": "台风",
    "rainstorm": "暴雨",
    "blizzard": "暴雪",
    "cold_wave": "寒潮",
    "gale": "大风",
    "sandstorm": "沙尘暴",
    "heat": "高温",
    "drought": "干旱",
    "lightning": "雷电",
    "hail": "冰雹",
    "frost": "霜冻",
    "fog": "大雾",
    "haze": "霾",
    "road_icing": "道路结冰",
    "forest_fire": "森林火险",
    "thunderstorm_gale": "雷雨大风",
}
SIGNALS = tuple(SIGNAL_LABELS)

KINDS = ("overall", "special", "department", "township", "enterprise")
KIND_LABELS = {
    "overall": "总体应急预案",
    "special": "专项应急预案",
    "department": "部门应急预案",
    "township": "镇街应急预案",
    "enterprise": "企业应急预案",
}

# The life cycle in the order a plan goes through it.
STATUSES = ("drafting", "in_review", "filed", "repealed")
STATUS_LABELS = {
    "drafting": "编制中",
    "in_review": "评审中",
    "filed": "已备案",
    "repealed": "已废止",
}

VERIFIED = "verified"
SAMPLE = "sample"
VERIFICATIONS = (VERIFIED, SAMPLE)
VERIFICATION_LABELS = {VERIFIED: "已核实", SAMPLE: "示例"}

# Evidence labels of the reference notes; only V (read in the plan text
# itself) may be called verified.
EVIDENCE = ("V", "P", "O", "N", "N?", "U")
VERIFIED_EVIDENCE = "V"


@dataclass(frozen=True)
class Source:
    """A document the plan file was compiled from, cited by its ``id``."""

    id: str
    title: str
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Section:
    """One heading of the official text, so the file mirrors its structure."""

    number: str | None
    title: str
    verification: str
    evidence: str
    source: str


@dataclass(frozen=True)
class WarningSignal:
    """A meteorological warning signal, e.g. typhoon orange."""

    signal: str
    colour: str


@dataclass(frozen=True)
class Threshold:
    """A numeric condition: ``at_least`` is inclusive (以上), ``below`` is not."""

    metric: str
    unit: str
    at_least: int | float | None = None
    below: int | float | None = None


@dataclass(frozen=True)
class Trigger:
    """One start condition of a level, in the plan's words plus structure.

    The structured parts (warning, grade, thresholds) all have to hold; a level
    starts when any one of its triggers holds, as in "符合下列条件之一".
    """

    id: str
    text: str
    verification: str
    evidence: str
    source: str
    warning: WarningSignal | None = None
    grade: str | None = None
    thresholds: tuple[Threshold, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Action:
    """Something a unit must do once the response starts.

    ``due_minutes`` counts from activation; ``None`` means no deadline (or
    none known).
    """

    id: str
    task: str
    unit: str
    mandatory: bool
    verification: str
    evidence: str
    source: str
    support: tuple[str, ...] = ()
    role: str | None = None
    due_minutes: int | None = None
    note: str | None = None

    @property
    def verified(self) -> bool:
        return self.verification == VERIFIED


@dataclass(frozen=True)
class PlanLevel:
    """One response level (Ⅳ … Ⅰ) with its triggers and actions."""

    level: str
    triggers: tuple[Trigger, ...] = ()
    actions: tuple[Action, ...] = ()
    title: str | None = None

    @property
    def label(self) -> str:
        return LEVEL_LABELS[self.level]


@dataclass(frozen=True)
class MeasureSet:
    """Measures outside the level ladder, such as 五停 or a sea-only response.

    ``verification`` covers the set's existence and heading; each action
    carries its own.
    """

    id: str
    title: str
    verification: str
    evidence: str
    source: str
    actions: tuple[Action, ...]
    section: str | None = None
    text: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Plan:
    """A whole plan. The header's verification covers title, issuer and dates."""

    id: str
    title: str
    kind: str
    incident_types: tuple[str, ...]
    issuer: str | None
    doc_no: str | None
    version: str
    status: str
    effective: date | None
    verification: str
    evidence: str
    source: str
    notice: str
    sources: tuple[Source, ...]
    levels: tuple[PlanLevel, ...]
    signed: date | None = None
    published: date | None = None
    approved_by: str | None = None
    sections: tuple[Section, ...] = ()
    measures: tuple[MeasureSet, ...] = ()

    @property
    def level_codes(self) -> tuple[str, ...]:
        return tuple(level.level for level in self.levels)

    def actions(self) -> Iterator[Action]:
        """Every action: the levels' first, then the measure sets'."""
        for level in self.levels:
            yield from level.actions
        for measures in self.measures:
            yield from measures.actions

    def action_counts(self) -> tuple[int, int]:
        """Return (verified, sample) action counts."""
        verified = sum(1 for action in self.actions() if action.verified)
        return verified, sum(1 for _ in self.actions()) - verified
