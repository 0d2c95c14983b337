"""Incident input and its validation.

Validation returns problems as codes, not sentences: the domain has no UI
language, and the views translate each code next to the field it concerns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from console.domain.taxonomy import Taxonomy

GRADES = ("I", "II", "III", "IV")
WARNING_COLOURS = ("blue", "yellow", "orange", "red")

CASUALTY_FIELDS = ("deaths", "serious_injuries", "injured", "missing", "trapped")
FIGURE_FIELDS = (*CASUALTY_FIELDS, "endangered", "evacuated")

# Free-text facts of a report (首报要素), in the order a report states them.
TEXT_FIELDS = (
    "source_unit",
    "source_person",
    "source_phone",
    "address",
    "unit_name",
    "unit_address",
    "unit_nature",
    "unit_scale",
    "cause_and_course",
    "affected_area_and_trend",
    "measures_taken",
    "leaders_on_scene",
    "requests",
    "commander_contact",
    "reporter",
)

# A report may carry a time a little ahead of this machine's clock (another
# officer's phone, a clock a minute off); beyond that it is a typing error.
FUTURE_TOLERANCE = timedelta(minutes=2)


@dataclass(frozen=True)
class Figures:
    """Counts a report gives; None means "unknown" (不详), not zero.

    ``serious_injuries`` (重伤, including acute poisoning) is what grading
    uses; ``injured`` is everyone hurt. ``endangered`` and ``evacuated`` feed
    the 较大涉险 near-miss criteria.
    """

    deaths: int | None = None
    serious_injuries: int | None = None
    injured: int | None = None
    missing: int | None = None
    trapped: int | None = None
    endangered: int | None = None
    evacuated: int | None = None


@dataclass(frozen=True)
class IntakeDetails:
    """The rest of a phone intake (接报); every part may be filled in later.

    "先报已掌握的情况": an incident is saved with what is known, so nothing
    here is required.
    """

    received_at: datetime | None = None
    figures: Figures = Figures()
    loss_yuan: float | None = None
    warning_level: str | None = None
    source_unit: str = ""
    source_person: str = ""
    source_phone: str = ""
    address: str = ""
    unit_name: str = ""
    unit_address: str = ""
    unit_nature: str = ""
    unit_scale: str = ""
    cause_and_course: str = ""
    affected_area_and_trend: str = ""
    measures_taken: str = ""
    leaders_on_scene: str = ""
    requests: str = ""
    commander_contact: str = ""
    reporter: str = ""


@dataclass(frozen=True)
class IncidentDraft:
    """What an officer enters to register an incident."""

    title: str
    category: str
    type: str
    occurred_at: datetime
    lat: float | None = None
    lon: float | None = None
    division_id: str | None = None
    description: str = ""
    grade: str | None = None
    grade_reason: str = ""
    details: IntakeDetails = IntakeDetails()


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a draft.

    Attributes:
        field: the draft field it concerns.
        code: a stable code the view translates.
        confirmable: true when the officer may confirm and save anyway.
    """

    field: str
    code: str
    confirmable: bool = False


def validate_draft(
    draft: IncidentDraft,
    *,
    now: datetime,
    taxonomy: Taxonomy,
    inside_district: Callable[[float, float], bool] | None = None,
) -> list[Problem]:
    """Every problem with ``draft``, in field order."""
    problems: list[Problem] = []
    if not draft.title.strip():
        problems.append(Problem("title", "title.empty"))

    category = taxonomy.category(draft.category)
    if category is None:
        problems.append(Problem("category", "category.unknown"))
    elif category.type(draft.type) is None:
        problems.append(Problem("type", "type.unknown"))

    if draft.occurred_at.tzinfo is None:
        problems.append(Problem("occurred_at", "occurred_at.naive"))
    elif draft.occurred_at > now + FUTURE_TOLERANCE:
        problems.append(Problem("occurred_at", "occurred_at.future"))

    problems.extend(_location_problems(draft, inside_district))

    if draft.grade is not None and draft.grade not in GRADES:
        problems.append(Problem("grade", "grade.unknown"))
    problems.extend(details_problems(draft.details, draft.occurred_at, now))
    return problems


def details_problems(
    details: IntakeDetails, occurred_at: datetime, now: datetime
) -> list[Problem]:
    """Problems with the intake details alone (also used when completing)."""
    problems: list[Problem] = []
    received = details.received_at
    if received is not None:
        if received.tzinfo is None:
            problems.append(Problem("received_at", "received_at.naive"))
        elif received > now + FUTURE_TOLERANCE:
            problems.append(Problem("received_at", "received_at.future"))
        elif occurred_at.tzinfo is not None and received < occurred_at:
            problems.append(Problem("received_at", "received_at.before_occurred"))
    for name in FIGURE_FIELDS:
        value = getattr(details.figures, name)
        if value is not None and value < 0:
            problems.append(Problem(name, "figure.negative"))
    if details.loss_yuan is not None and details.loss_yuan < 0:
        problems.append(Problem("loss_yuan", "figure.negative"))
    if details.warning_level is not None and (
        details.warning_level not in WARNING_COLOURS
    ):
        problems.append(Problem("warning_level", "warning_level.unknown"))
    return problems


def _location_problems(
    draft: IncidentDraft, inside_district: Callable[[float, float], bool] | None
) -> list[Problem]:
    has_point = draft.lat is not None and draft.lon is not None
    if not has_point and draft.division_id is None:
        # The place may not be known at the first call; saving without it is
        # allowed once the officer confirms (先报已掌握的情况).
        return [Problem("location", "location.missing", confirmable=True)]
    if draft.lat is None or draft.lon is None:
        return []
    if not (-90 <= draft.lat <= 90 and -180 <= draft.lon <= 180):
        return [Problem("location", "location.invalid")]
    if inside_district is not None and not inside_district(draft.lat, draft.lon):
        return [Problem("location", "location.outside_district", confirmable=True)]
    return []
