"""Sentences for the problem codes that incident validation returns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

# Raised by the dialog itself, before the draft exists: the typed text is not
# a pair of numbers, which the domain never sees.
LOCATION_NOT_NUMBERS = "location.not_numbers"


def problem_message(code: str) -> str:
    """The message shown under a field for ``code``; the code if unknown."""
    messages = {
        "title.empty": translate("problems", "Enter a title for the incident."),
        "category.unknown": translate("problems", "Choose the incident category."),
        "type.unknown": translate("problems", "Choose the type within the category."),
        "occurred_at.naive": translate(
            "problems", "The time has no time zone; enter it again."
        ),
        "occurred_at.future": translate(
            "problems", "The time occurred is in the future. Check date and time."
        ),
        "location.missing": translate(
            "problems", "Give a map point or choose a town or street."
        ),
        "location.invalid": translate(
            "problems",
            "Latitude must be between -90 and 90, longitude between -180 and 180.",
        ),
        LOCATION_NOT_NUMBERS: translate(
            "problems",
            "Enter latitude and longitude as decimal degrees, e.g. 29.80 and 121.55.",
        ),
        "location.outside_district": translate(
            "problems", "This point is outside Yinzhou District."
        ),
        "grade.unknown": translate("problems", "Choose a grade from the list."),
    }
    return messages.get(code, code)
