"""Naming an incident on the command line: its id, or the start of it.

Incident ids are UUIDs, too long to type at a duty desk; ``incident list``
shows each with its first eight characters, and those are enough here.
"""

from __future__ import annotations

from console import queries
from console.context import ConsoleContext
from console.store.models import Incident

INCIDENT_HELP = "incident id, or its first characters (short_id in incident list)"


def resolve_incident(context: ConsoleContext, text: str) -> Incident | str:
    """The incident ``text`` names, or why it names none."""
    matches = queries.by_id_start(context.database, Incident, text)
    if len(matches) == 1:
        return matches[0]
    if matches:
        listed = "; ".join(f"{m.id[: queries.SHORT_ID]} {m.title}" for m in matches[:3])
        return (
            f"{text!r} starts the ids of more than one incident ({listed}); "
            "give more of the id"
        )
    if len(text) < queries.MIN_PREFIX:
        return (
            f"no incident {text!r}: give its id or at least its first "
            f"{queries.MIN_PREFIX} characters (see incident list)"
        )
    return f"no incident {text!r} (see incident list)"
