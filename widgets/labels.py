"""Display names for domain codes: officers, categories, grades, statuses.

The domain stores codes; what an officer reads depends on the UI language.
Category and type names come from the taxonomy file, which carries both
languages; the fixed vocabularies are translated here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.domain.taxonomy import Category, IncidentType, Taxonomy
from console.ops.core import SYSTEM_ACTOR
from widgets.i18n import CHINESE, current_language

translate = QCoreApplication.translate

ROMAN = {"I": "Ⅰ", "II": "Ⅱ", "III": "Ⅲ", "IV": "Ⅳ"}

# Background and text colours of the grade badge, following the national
# red / orange / yellow / blue scheme; grey for an incident not yet graded.
GRADE_COLOURS = {
    "I": ("#c62828", "#ffffff"),
    "II": ("#ef6c00", "#ffffff"),
    "III": ("#f9d71c", "#222222"),
    "IV": ("#1565c0", "#ffffff"),
    None: ("#9e9e9e", "#ffffff"),
}


def officer_label(name: str) -> str:
    """The officer's name, or "System" for entries the console made itself."""
    return translate("labels", "System") if name == SYSTEM_ACTOR else name


def localized(item: Category | IncidentType) -> str:
    """The ``zh`` or ``en`` name of a taxonomy item, by UI language."""
    return item.zh if current_language() == CHINESE else item.en


def category_label(taxonomy: Taxonomy, category: str, type_code: str) -> str:
    """``Category / type`` in the UI language; unknown codes as they are."""
    found = taxonomy.category(category)
    if found is None:
        return f"{category} / {type_code}"
    sub = found.type(type_code)
    return f"{localized(found)} / {localized(sub) if sub else type_code}"


def grade_name(grade: str | None) -> str:
    """The grade's name: 特别重大, 重大, 较大, 一般, or "not graded"."""
    names = {
        "I": translate("labels", "Particularly serious"),
        "II": translate("labels", "Serious"),
        "III": translate("labels", "Relatively serious"),
        "IV": translate("labels", "General"),
    }
    return names.get(grade or "", translate("labels", "Not graded"))


def grade_badge_text(grade: str | None) -> str:
    """Badge text such as ``Ⅱ级 重大``; just the name when not graded."""
    if grade not in ROMAN:
        return grade_name(None)
    return translate("labels", "Grade {numeral} {name}").format(
        numeral=ROMAN[grade], name=grade_name(grade)
    )


def status_label(status: str) -> str:
    """The incident status in the UI language; unknown codes as they are."""
    names = {"received": translate("labels", "Received")}
    return names.get(status, status)
