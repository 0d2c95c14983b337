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
STATUS_RECEIVED = "received"

# A report may carry a time a little ahead of this machine's clock (another
# officer's phone, a clock a minute off); beyond that it is a typing error.
FUTURE_TOLERANCE = timedelta(minutes=2)


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
    return problems


def _location_problems(
    draft: IncidentDraft, inside_district: Callable[[float, float], bool] | None
) -> list[Problem]:
    has_point = draft.lat is not None and draft.lon is not None
    if not has_point and draft.division_id is None:
        return [Problem("location", "location.missing")]
    if draft.lat is None or draft.lon is None:
        return []
    if not (-90 <= draft.lat <= 90 and -180 <= draft.lon <= 180):
        return [Problem("location", "location.invalid")]
    if inside_district is not None and not inside_district(draft.lat, draft.lon):
        return [Problem("location", "location.outside_district", confirmable=True)]
    return []
