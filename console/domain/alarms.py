"""Alarms for report deadlines: due soon, then overdue.

The monitor is pure: it reads the time from an injected clock when asked
to update and never sleeps, so the caller decides how often to look (a
timer in the app, explicit steps in tests). An officer's acknowledgement
silences an alarm in its current state only: a due-soon alarm that was
acknowledged sounds again when it becomes overdue.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Protocol

# (incident id, report kind, sequence): one report of one incident.
AlarmKey = tuple[str, str, int]


class Timed(Protocol):
    """Anything with a deadline: a report clock or a checklist item."""

    @property
    def key(self) -> AlarmKey: ...

    @property
    def due(self) -> datetime: ...

    @property
    def set_at(self) -> datetime | None:
        """When the deadline was made, if it can be due at that moment."""
        ...


class AlarmState(StrEnum):
    """How pressing a deadline is."""

    DUE_SOON = "due_soon"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class Alarm:
    """A deadline that is due soon or overdue."""

    key: AlarmKey
    state: AlarmState
    due: datetime
    acknowledged: bool = False


@dataclass(frozen=True)
class AlarmUpdate:
    """The result of one look at the deadlines.

    Attributes:
        active: every alarm now, acknowledged or not, earliest due first.
        started: alarms that entered their state since the last update and
            are not acknowledged in it: the ones to sound.
    """

    active: tuple[Alarm, ...]
    started: tuple[Alarm, ...]

    @property
    def unacknowledged(self) -> tuple[Alarm, ...]:
        return tuple(a for a in self.active if not a.acknowledged)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def alarm_state(
    due: datetime, now: datetime, lead: timedelta, set_at: datetime | None = None
) -> AlarmState | None:
    """The state of a deadline at ``now``; None while it is not yet close.

    A deadline due the moment it was set (``set_at``), such as a plan's
    "at once" action, is due now for one lead period before it is overdue:
    it cannot have been missed in the second it was made.
    """
    if set_at is not None and due <= set_at:
        due = set_at + lead
    if now >= due:
        return AlarmState.OVERDUE
    if now >= due - lead:
        return AlarmState.DUE_SOON
    return None


class AlarmMonitor:
    """Turns open deadlines into alarms and remembers acknowledgements.

    Each update must be given every open deadline: a deadline left out is
    taken as satisfied, and its alarm and acknowledgements are dropped.
    """

    def __init__(
        self,
        *,
        lead: timedelta = timedelta(minutes=10),
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._lead = lead
        self._clock = clock
        self._previous: dict[AlarmKey, AlarmState] = {}
        self._acks: set[tuple[AlarmKey, AlarmState]] = set()

    def update(self, deadlines: Iterable[Timed]) -> AlarmUpdate:
        """The alarms now, and which of them newly started."""
        now = self._clock()
        deadlines = list(deadlines)
        active: list[Alarm] = []
        started: list[Alarm] = []
        current: dict[AlarmKey, AlarmState] = {}
        for deadline in deadlines:
            state = alarm_state(deadline.due, now, self._lead, deadline.set_at)
            if state is None:
                continue
            acknowledged = (deadline.key, state) in self._acks
            alarm = Alarm(deadline.key, state, deadline.due, acknowledged)
            active.append(alarm)
            current[deadline.key] = state
            if not acknowledged and self._previous.get(deadline.key) != state:
                started.append(alarm)

        open_keys = {d.key for d in deadlines}
        self._acks = {ack for ack in self._acks if ack[0] in open_keys}
        self._previous = current
        active.sort(key=lambda a: a.due)
        return AlarmUpdate(active=tuple(active), started=tuple(started))

    def acknowledge(self, key: AlarmKey, state: AlarmState) -> None:
        """Silence the alarm of ``key`` while it stays in ``state``.

        Also used to restore acknowledgements kept in the database.
        """
        self._acks.add((key, AlarmState(state)))
