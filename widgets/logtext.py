"""Turning operation-log entries into sentences an officer reads.

Entries store an action code and a short machine-friendly text (a title,
coordinates, JSON counts); the sentence around it is built here, in the UI
language, when the entry is shown.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from console.store.models import OpLogEntry
from widgets.labels import officer_label
from widgets.opstext import OPERATION_SENTENCES
from widgets.plantext import PLAN_SENTENCES
from widgets.resourcetext import RESOURCE_SENTENCES
from widgets.timefmt import format_local

_log = logging.getLogger("eoc.ui")

translate = QCoreApplication.translate


def _count(n: int, one: str, many: str) -> str:
    # English needs the plural chosen; Chinese uses one form for both.
    return (one if n == 1 else many).format(n=n)


def _seed(text: str) -> str:
    try:
        counts = json.loads(text)
        divisions = int(counts.get("divisions", 0))
        outlines = int(counts.get("outlines", 0))
        indicators = int(counts.get("indicators", 0))
    except (ValueError, TypeError, AttributeError):
        _log.warning("unreadable reference.seed log text %r", text)
        label = translate("logtext", "Reference data loaded")
        return f"{label}: {text}"
    sentence = translate(
        "logtext", "Reference data loaded: {divisions}, {outlines}, {indicators}"
    )
    return sentence.format(
        divisions=_count(
            divisions,
            translate("logtext", "{n} division"),
            translate("logtext", "{n} divisions"),
        ),
        outlines=_count(
            outlines,
            translate("logtext", "{n} outline"),
            translate("logtext", "{n} outlines"),
        ),
        indicators=_count(
            indicators,
            translate("logtext", "{n} indicator"),
            translate("logtext", "{n} indicators"),
        ),
    )


def _create(text: str) -> str:
    return translate("logtext", "Registered incident: {title}").format(title=text)


def _move(text: str) -> str:
    lat, _, lon = text.partition(",")
    sentence = translate("logtext", "Incident moved to {lat}, {lon}")
    return sentence.format(lat=lat.strip(), lon=lon.strip())


def _archive(text: str) -> str:
    return translate("logtext", "Incident archived: {reason}").format(reason=text)


def _duty(text: str) -> str:
    return translate("logtext", "{name} took over duty").format(name=text)


def _note(text: str) -> str:
    return text


_SENTENCES: dict[str, Callable[[str], str]] = {
    "reference.seed": _seed,
    "incident.create": _create,
    "incident.move": _move,
    "incident.archive": _archive,
    "duty.take": _duty,
    "log.note": _note,
    **OPERATION_SENTENCES,
    **PLAN_SENTENCES,
    **RESOURCE_SENTENCES,
}


def entry_text(entry: OpLogEntry, corrected: OpLogEntry | None = None) -> str:
    """The sentence for ``entry``.

    Args:
        entry: The entry to show.
        corrected: For a correction, the entry it corrects when known; its
            time and officer are named so the reader can find it.
    """
    if entry.action == "log.correction":
        return _correction(entry, corrected)
    if entry.action == "log.phone":
        return _phone(entry)
    if entry.action == "log.review":
        return _review(entry)
    render = _SENTENCES.get(entry.action)
    if render is None:
        return f"{entry.action}: {entry.text}"
    return render(entry.text)


def _correction(entry: OpLogEntry, corrected: OpLogEntry | None) -> str:
    if corrected is None:
        sentence = translate("logtext", "Correction to an earlier entry: {text}")
        return sentence.format(text=entry.text)
    sentence = translate(
        "logtext", "Correction to the entry of {time} by {officer}: {text}"
    )
    return sentence.format(
        time=format_local(corrected.created_at, seconds=True),
        officer=officer_label(corrected.officer),
        text=entry.text,
    )


def _details(entry: OpLogEntry) -> dict[str, str]:
    try:
        raw = json.loads(getattr(entry, "details", None) or "{}")
    except ValueError:
        _log.warning("unreadable details of log entry %s", entry.id)
        return {}
    return {str(k): str(v) for k, v in raw.items()} if isinstance(raw, dict) else {}


def _phone(entry: OpLogEntry) -> str:
    details = _details(entry)
    caller = " ".join(
        part for part in (details.get("unit", ""), details.get("caller", "")) if part
    )
    sentence = translate("logtext", "Phone call from {caller}: {content}")
    text = sentence.format(caller=caller or "?", content=entry.text)
    handling = details.get("handling", "")
    if handling:
        text += translate("logtext", "; handling: {handling}").format(handling=handling)
    return text


def _review(entry: OpLogEntry) -> str:
    decision = _details(entry).get("decision", "")
    if decision == "confirmed":
        sentence = translate("logtext", "Reviewed: confirmed as significant. {note}")
    else:
        sentence = translate("logtext", "Reviewed: not significant. {note}")
    return sentence.format(note=entry.text).strip()
