"""Sentences for the log entries that incident, report and duty operations write.

Each operation in ``console.ops`` logs a short machine-friendly text (codes
joined by ``|``, a JSON object, a comma list); the sentence around it is
built here in the UI language. ``logtext.entry_text`` looks them up by
action code.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from widgets.labels import (
    alarm_state_label,
    channel_label,
    command_post_label,
    figure_name,
    figure_value,
    grade_badge_text,
    numbered_report_label,
    officer_label,
    response_label,
    status_label,
    warning_label,
)

_log = logging.getLogger("eoc.ui")

translate = QCoreApplication.translate


def _field_name(field: str) -> str:
    names = {
        "title": translate("logtext", "title"),
        "description": translate("logtext", "description"),
        "occurred_at": translate("logtext", "time occurred"),
        "received_at": translate("logtext", "time received"),
        "lat": translate("logtext", "latitude"),
        "lon": translate("logtext", "longitude"),
        "division_id": translate("logtext", "town or street"),
        "loss_yuan": translate("logtext", "direct loss"),
        "source_unit": translate("logtext", "reporting unit"),
        "source_person": translate("logtext", "caller"),
        "source_phone": translate("logtext", "caller's phone"),
        "address": translate("logtext", "address"),
        "unit_name": translate("logtext", "unit involved"),
        "unit_address": translate("logtext", "unit address"),
        "unit_nature": translate("logtext", "unit type"),
        "unit_scale": translate("logtext", "unit size"),
        "cause_and_course": translate("logtext", "cause and course"),
        "affected_area_and_trend": translate("logtext", "affected area and trend"),
        "measures_taken": translate("logtext", "measures taken"),
        "leaders_on_scene": translate("logtext", "leaders on scene"),
        "requests": translate("logtext", "requests"),
        "commander_contact": translate("logtext", "commander's contact"),
        "reporter": translate("logtext", "reported by"),
    }
    return names.get(field, field)


def _list(items: list[str]) -> str:
    return translate("logtext", ", ").join(items)


def _update(text: str) -> str:
    fields = _list([_field_name(f) for f in text.split(",") if f])
    return translate("logtext", "Incident details completed: {fields}").format(
        fields=fields
    )


def _figure(pair: str) -> str:
    name, _, value = pair.partition("=")
    shown = figure_value(None) if value in ("?", "") else value
    return f"{figure_name(name)} {shown}"


def _figures(text: str) -> str:
    if text in ("", "-"):
        return translate("logtext", "Casualty figures confirmed, no change")
    figures = _list([_figure(pair) for pair in text.split(",") if pair])
    return translate("logtext", "Casualty figures updated: {figures}").format(
        figures=figures
    )


def _grade(text: str) -> str:
    grade, _, reason = text.partition("|")
    if reason:
        sentence = translate("logtext", "Event grade set to {grade}; reason: {reason}")
    else:
        sentence = translate("logtext", "Event grade set to {grade}")
    return sentence.format(grade=grade_badge_text(grade), reason=reason)


def _level_parts(text: str) -> tuple[str | None, str, str]:
    value, _, rest = text.partition("|")
    who, _, reason = rest.partition("|")
    return (None if value in ("", "-") else value), who, reason


def _response(text: str) -> str:
    level, who, reason = _level_parts(text)
    if level is None and reason:
        sentence = translate(
            "logtext", "Emergency response ended, decided by {who}; reason: {reason}"
        )
    elif level is None:
        sentence = translate("logtext", "Emergency response ended, decided by {who}")
    elif reason:
        sentence = translate("logtext", "{response} decided by {who}; reason: {reason}")
    else:
        sentence = translate("logtext", "{response} decided by {who}")
    return sentence.format(
        response=response_label(level), who=officer_label(who), reason=reason
    )


def _warning(text: str) -> str:
    level, source, _reason = _level_parts(text)
    if level is None:
        sentence = translate("logtext", "Warning lifted (by {source})")
    else:
        sentence = translate("logtext", "{warning} in force, issued by {source}")
    return sentence.format(warning=warning_label(level), source=source)


def _status(text: str) -> str:
    return translate("logtext", "Status changed to {status}").format(
        status=status_label(text)
    )


def _reopen(text: str) -> str:
    return translate("logtext", "Incident reopened: {reason}").format(reason=text)


def _command_post(text: str) -> str:
    kind, _, rest = text.partition("|")
    lead, _, contact = rest.partition("|")
    sentence = translate("logtext", "{post}: led by {lead}, contact {contact}")
    return sentence.format(
        post=command_post_label(kind), lead=lead, contact=contact or "—"
    )


def _instruction(text: str) -> str:
    leader, colon, said = text.partition("：")
    if not colon:
        return translate("logtext", "Instruction recorded: {text}").format(text=text)
    sentence = translate("logtext", "Instruction from {leader}: {text}")
    return sentence.format(leader=leader, text=said)


def _instruction_done(text: str) -> str:
    return translate("logtext", "Instruction carried out: {text}").format(text=text)


def _report_draft(text: str) -> str:
    return translate("logtext", "Report drafted: {title}").format(title=text)


def _report_sign(text: str) -> str:
    title, _, leader = text.rpartition("|")
    return translate("logtext", "Report signed off by {leader}: {title}").format(
        leader=leader, title=title
    )


def _report_send(text: str) -> str:
    title, _, channel = text.rpartition("|")
    return translate("logtext", "Report sent ({channel}): {title}").format(
        channel=channel_label(channel), title=title
    )


def _alarm_ack(text: str) -> str:
    try:
        kind, sequence, state = text.split("|")
        report = numbered_report_label(kind, int(sequence))
    except ValueError:
        _log.warning("unreadable alarm.ack log text %r", text)
        return translate("logtext", "Report alarm acknowledged: {text}").format(
            text=text
        )
    sentence = translate("logtext", "Report alarm acknowledged: {report} {state}")
    return sentence.format(report=report, state=alarm_state_label(state))


def _duty_end(text: str) -> str:
    return translate("logtext", "{name} went off duty").format(name=text)


def _database_replaced(text: str) -> str:
    try:
        facts = json.loads(text)
        old, reason = str(facts["old"]), str(facts.get("reason", ""))
    except (ValueError, TypeError, KeyError):
        _log.warning("unreadable database.replaced log text %r", text)
        old, reason = text, ""
    sentence = translate(
        "logtext",
        "New database started; earlier records are in the file set aside at "
        "{path} ({reason})",
    )
    return sentence.format(path=old, reason=reason or "—")


OPERATION_SENTENCES: dict[str, Callable[[str], str]] = {
    "incident.update": _update,
    "incident.figures": _figures,
    "incident.grade": _grade,
    "incident.response_level": _response,
    "incident.warning_level": _warning,
    "incident.status": _status,
    "incident.reopen": _reopen,
    "incident.command_post": _command_post,
    "instruction.add": _instruction,
    "instruction.done": _instruction_done,
    "report.draft": _report_draft,
    "report.sign": _report_sign,
    "report.send": _report_send,
    "alarm.ack": _alarm_ack,
    "duty.end": _duty_end,
    "database.replaced": _database_replaced,
}
