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
    return status_names().get(status, status)


def status_names() -> dict[str, str]:
    """Every lifecycle status with its name (接报 … 结束), in order."""
    return {
        "received": translate("labels", "Received"),
        "verified": translate("labels", "Verified"),
        "handling": translate("labels", "Being handled"),
        "controlled": translate("labels", "Under control"),
        "closed": translate("labels", "Closed"),
    }


# Warning signal colours (蓝/黄/橙/红) and response levels share the national
# colour scheme of the grades: Ⅰ and red are the most severe.
WARNING_COLOURS = {
    "blue": GRADE_COLOURS["IV"],
    "yellow": GRADE_COLOURS["III"],
    "orange": GRADE_COLOURS["II"],
    "red": GRADE_COLOURS["I"],
    None: GRADE_COLOURS[None],
}
RESPONSE_COLOURS = GRADE_COLOURS


def response_label(level: str | None) -> str:
    """``Level Ⅲ response`` (Ⅲ级响应); "no response" for None."""
    if level is None:
        return translate("labels", "No emergency response")
    if level not in ROMAN:
        return level
    return translate("labels", "Level {numeral} response").format(numeral=ROMAN[level])


def figure_name(field: str) -> str:
    """The name of a casualty or exposure figure (死亡, 重伤…)."""
    names = {
        "deaths": translate("labels", "Deaths"),
        "serious_injuries": translate("labels", "Seriously injured"),
        "injured": translate("labels", "Injured"),
        "missing": translate("labels", "Missing"),
        "trapped": translate("labels", "Trapped"),
        "endangered": translate("labels", "Endangered"),
        "evacuated": translate("labels", "Evacuated"),
    }
    return names.get(field, field)


def figure_value(value: int | None) -> str:
    """A count, or 不详 when it is not known (which is not zero)."""
    return translate("labels", "unknown") if value is None else str(value)


def alarm_state_label(state: str) -> str:
    """即将到期 or 已超时."""
    names = {
        "due_soon": translate("labels", "Due soon"),
        "overdue": translate("labels", "Overdue"),
    }
    return names.get(state, state)


def command_post_label(kind: str) -> str:
    """行政指挥部 or 专业指挥部."""
    names = {
        "administrative": translate("labels", "Administrative command post"),
        "professional": translate("labels", "Specialist command post"),
    }
    return names.get(kind, kind)


def warning_label(level: str | None) -> str:
    """The warning signal in force: 蓝色预警 … 红色预警, or "none"."""
    names = {
        "blue": translate("labels", "Blue warning"),
        "yellow": translate("labels", "Yellow warning"),
        "orange": translate("labels", "Orange warning"),
        "red": translate("labels", "Red warning"),
    }
    return names.get(level or "", translate("labels", "No warning in force"))


def report_kind_label(kind: str) -> str:
    """首报（电话）, 首报（书面）, 续报, 日报, 终报, 补报 in the UI language."""
    names = {
        "first_phone": translate("labels", "First report (phone)"),
        "first_written": translate("labels", "First report (written)"),
        "followup": translate("labels", "Follow-up report"),
        "daily": translate("labels", "Daily report"),
        "final": translate("labels", "Final report"),
        "supplementary": translate("labels", "Supplementary report"),
    }
    return names.get(kind, kind)


def numbered_report_label(kind: str, sequence: int) -> str:
    """A report clock's name: 首报(电话) … 终报, with 续报(n) and 日报(n) numbered.

    Overdue plan checklist items alarm like report clocks, with the kind
    ``checklist:<item id>``; they are named 预案任务.
    """
    if kind.startswith("checklist:"):
        return translate("labels", "Plan task")
    if kind == "followup":
        return translate("labels", "Follow-up ({n})").format(n=sequence)
    if kind == "daily":
        return translate("labels", "Daily report ({n})").format(n=sequence)
    return report_kind_label(kind)


def channel_label(channel: str | None) -> str:
    """How a report went upward: phone, written, fax or the platform."""
    names = {
        "phone": translate("labels", "Phone"),
        "written": translate("labels", "Written"),
        "fax": translate("labels", "Fax"),
        "platform": translate("labels", "Reporting platform"),
    }
    return names.get(channel or "", channel or "")
