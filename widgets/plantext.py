"""Sentences for the log entries of plan operations (``console.ops.checklists``
and ``console.ops.plan_records``); ``logtext.entry_text`` looks them up.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from widgets.labels import officer_label
from widgets.plan_labels import item_status_text, level_text, record_kind_names

_log = logging.getLogger("eoc.ui")

translate = QCoreApplication.translate

_STATUS = re.compile(r"\|(todo|in_progress|done|not_applicable)\|")


def _unreadable(action: str, text: str) -> str:
    _log.warning("unreadable %s log text %r", action, text)
    return f"{action}: {text}"


def _activate(text: str) -> str:
    parts = text.rsplit("|", 3)
    if len(parts) != 4:
        return _unreadable("plan.activate", text)
    title, level, who, count = parts
    sentence = translate(
        "logtext", "Plan activated: {title} {level}, decided by {who} ({n} tasks)"
    )
    return sentence.format(
        title=title, level=level_text(level), who=officer_label(who), n=count
    )


def _level(text: str) -> str:
    parts = text.rsplit("|", 3)
    if len(parts) != 4:
        return _unreadable("plan.level", text)
    title, before, after, who = parts
    sentence = translate(
        "logtext", "Plan level changed: {title} {before} → {after}, decided by {who}"
    )
    return sentence.format(
        title=title,
        before=level_text(before),
        after=level_text(after),
        who=officer_label(who),
    )


def _item_status(text: str) -> str:
    # Task and reason are free text; the status code between them is not.
    found = _STATUS.search(text)
    if found is None:
        return _unreadable("checklist.status", text)
    task, reason = text[: found.start()], text[found.end() :]
    status = item_status_text(found.group(1))
    if reason:
        sentence = translate("logtext", "Plan task {status}: {task} (reason: {reason})")
    else:
        sentence = translate("logtext", "Plan task {status}: {task}")
    return sentence.format(status=status, task=task, reason=reason)


def _end(text: str) -> str:
    title, _, reason = text.partition("|")
    return translate("logtext", "Plan response ended: {title} ({reason})").format(
        title=title, reason=reason or "—"
    )


def _record(text: str) -> str:
    parts = text.rsplit("|", 3)
    if len(parts) != 4:
        return _unreadable("plan.record", text)
    title, version, kind, who = parts
    sentence = translate("logtext", "Plan {step} recorded: {title} ({version}), {who}")
    step = record_kind_names().get(kind, kind)
    return sentence.format(step=step, title=title, version=version, who=who)


PLAN_SENTENCES: dict[str, Callable[[str], str]] = {
    "plan.activate": _activate,
    "plan.level": _level,
    "checklist.status": _item_status,
    "plan.end": _end,
    "plan.record": _record,
}
