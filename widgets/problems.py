"""Sentences for the problem codes that incident validation returns."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

# Raised by the dialog itself, before the draft exists: the typed text is not
# a pair of numbers, which the domain never sees.
LOCATION_NOT_NUMBERS = "location.not_numbers"
# Raised by the intake form: the loss typed is not a number; a grade other
# than the suggested one was chosen without saying why.
LOSS_NOT_NUMBER = "loss_yuan.not_number"
GRADE_REASON_REQUIRED = "grade.reason_required"
# The town typed in the intake form matches no division, or several.
DIVISION_UNKNOWN = "division.unknown"


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
        GRADE_REASON_REQUIRED: translate(
            "problems",
            "Give the reason for a grade other than the suggested one.",
        ),
        "received_at.naive": translate(
            "problems", "The time has no time zone; enter it again."
        ),
        "received_at.future": translate(
            "problems", "The time received is in the future. Check date and time."
        ),
        "received_at.before_occurred": translate(
            "problems", "The call cannot have been received before the incident."
        ),
        DIVISION_UNKNOWN: translate(
            "problems", "No single town or street matches; choose one from the list."
        ),
        "figure.negative": translate("problems", "A count cannot be negative."),
        LOSS_NOT_NUMBER: translate(
            "problems",
            "Enter the loss in yuan as a number, or leave it empty if unknown.",
        ),
        "warning_level.unknown": translate(
            "problems", "Choose a warning level from the list."
        ),
    }
    return messages.get(code, code)
