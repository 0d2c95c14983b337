"""Report-clock alarms: when to show and sound them, and acknowledging them.

The controller feeds the open deadlines of every active incident, and the
due times of the open items of running plans (``open_item_deadlines``), to
one ``console.domain.alarms.AlarmMonitor`` every few seconds and after each
operation, and turns what the monitor says into banner rows and sounds.
Sound is a help, never a condition (pitfall A7): ``AlarmPlayer.play`` only
starts a non-blocking playback, and without a device the alarm stays
visual and the officer is told once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from console import queries
from console.clocks import (
    CHECKLIST_KIND,
    ItemDeadline,
    open_deadlines,
    open_item_deadlines,
)
from console.domain.alarms import Alarm, AlarmMonitor, AlarmState
from console.ops.core import OpChanges, Operations
from console.ops.reports import acknowledge_alarm
from console.rulebook import shipped
from console.sound import NO_DEVICE, NO_LIBRARY, AlarmPlayer, SoundStatus, tone
from console.store.engine import Database
from widgets.changes import OpChangesRelay

_log = logging.getLogger("eoc.ui")

POLL_MS = 5_000
# How often an unacknowledged alarm sounds again.
REPEAT = timedelta(seconds=15)

# Two mid beeps: a report is due soon. A fast high triple: it is overdue.
DUE_SOON_TONE = (660.0, 660.0)
OVERDUE_TONE = (1320.0, 1320.0, 1320.0)


class Player(Protocol):
    """What the controller needs of ``console.sound.AlarmPlayer``."""

    status: SoundStatus

    def play(self, samples: Any) -> bool: ...


@dataclass(frozen=True)
class AlarmItem:
    """One alarm as the banner shows it.

    Attributes:
        title: the incident's title.
        task, unit: for a plan checklist item, its task and owner unit.
    """

    alarm: Alarm
    title: str
    task: str = ""
    unit: str = ""

    @property
    def is_checklist(self) -> bool:
        return self.kind.startswith(f"{CHECKLIST_KIND}:")

    @property
    def incident_id(self) -> str:
        return self.alarm.key[0]

    @property
    def kind(self) -> str:
        return self.alarm.key[1]

    @property
    def sequence(self) -> int:
        return self.alarm.key[2]

    @property
    def state(self) -> AlarmState:
        return self.alarm.state


def _utc_now() -> datetime:
    return datetime.now(UTC)


class AlarmController(QObject):
    """Watches every report clock and plan item; raises, sounds, clears alarms.

    Attributes:
        monitor: the pure alarm logic (lead time from the deadline rules).
        items: the unacknowledged alarms now, earliest due first.
        poll_timer: looks again every ``POLL_MS`` while started.

    Signals:
        alarms_changed(list): the unacknowledged ``AlarmItem`` list changed.
        sound_unavailable(str): sound could not be played; sent once, with
            the reason, the first time an alarm should have sounded.
    """

    alarms_changed = Signal(list)
    sound_unavailable = Signal(str)

    def __init__(
        self,
        database: Database,
        operations: Operations,
        relay: OpChangesRelay,
        *,
        clock: Callable[[], datetime] = _utc_now,
        player: Player | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._operations = operations
        self._clock = clock
        self._player: Player = player if player is not None else AlarmPlayer()
        self._rules = shipped().deadlines
        self.monitor = AlarmMonitor(lead=self._rules.alarm_lead, clock=clock)
        self.items: list[AlarmItem] = []
        self._last_sound: datetime | None = None
        self._told_silent = False
        self._tones = {
            AlarmState.DUE_SOON: tone(DUE_SOON_TONE),
            AlarmState.OVERDUE: tone(OVERDUE_TONE, beep_s=0.09, gap_s=0.04),
        }
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        relay.changed.connect(self._on_changed)

    def start(self) -> None:
        self.poll()
        self.poll_timer.start()

    def stop(self) -> None:
        self.poll_timer.stop()

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        self.poll()

    @Slot()
    def poll(self) -> None:
        """Look at every open deadline now; update the banner and sound."""
        incidents = queries.active_incidents(self._database)
        titles = {i.id: i.title for i in incidents}
        deadlines = open_deadlines(self._database, self._rules, titles)
        tasks: dict[tuple[str, str, int], ItemDeadline] = {
            item.key: item
            for incident_id, found in open_item_deadlines(self._database).items()
            if incident_id in titles
            for item in found
        }
        self._restore_acks()
        update = self.monitor.update(
            [*(d for found in deadlines.values() for d in found), *tasks.values()]
        )
        items = [self._item(a, titles, tasks) for a in update.unacknowledged]
        if items != self.items:
            self.items = items
            self.alarms_changed.emit(items)
        self._sound(update.started)

    @staticmethod
    def _item(
        alarm: Alarm,
        titles: dict[str, str],
        tasks: dict[tuple[str, str, int], ItemDeadline],
    ) -> AlarmItem:
        task = tasks.get(alarm.key)
        title = titles.get(alarm.key[0], "")
        if task is None:
            return AlarmItem(alarm, title)
        return AlarmItem(alarm, title, task=task.task, unit=task.unit)

    def _restore_acks(self) -> None:
        # Read every time: acknowledgements made before a restart, or on
        # another workstation, silence the alarm here too.
        for ack in queries.alarm_acks(self._database):
            key = (ack.incident_id, ack.report_kind, ack.sequence)
            self.monitor.acknowledge(key, AlarmState(ack.state))

    def _sound(self, started: tuple[Alarm, ...]) -> None:
        now = self._clock()
        if started:
            self._play(_most_pressing(started), now)
            return
        if not self.items or self._last_sound is None:
            return
        if now - self._last_sound >= REPEAT:
            self._play(_most_pressing(tuple(i.alarm for i in self.items)), now)

    def _play(self, state: AlarmState, now: datetime) -> None:
        self._last_sound = now
        status = self._player.status
        if not status.available:
            self._tell_silent(self._silent_reason(status), status.reason)
            return
        if not self._player.play(self._tones[state]):
            self._tell_silent(self.tr("playback failed"), "playback failed")

    def _silent_reason(self, status: SoundStatus) -> str:
        if status.problem == NO_DEVICE:
            return self.tr("no sound output device")
        if status.problem == NO_LIBRARY:
            return self.tr("the sound library (PortAudio) is not installed")
        return self.tr("sound cannot be played")

    def _tell_silent(self, reason: str, detail: str) -> None:
        if self._told_silent:
            return
        self._told_silent = True
        _log.warning("alarm shown without sound: %s", detail)
        self.sound_unavailable.emit(reason)

    def acknowledge(self, item: AlarmItem) -> bool:
        """Record the officer's acknowledgement (logged) and silence the alarm."""
        state = item.state
        try:
            acknowledge_alarm(
                self._operations,
                item.incident_id,
                report_kind=item.kind,
                sequence=item.sequence,
                state=str(state),
            )
        except Exception:
            _log.exception("acknowledging alarm %s failed", item.alarm.key)
            return False
        self.monitor.acknowledge(item.alarm.key, state)
        self.poll()
        return True

    @Slot()
    def acknowledge_first(self) -> bool:
        """Acknowledge the earliest unacknowledged alarm, if there is one."""
        return bool(self.items) and self.acknowledge(self.items[0])


def _most_pressing(alarms: tuple[Alarm, ...]) -> AlarmState:
    overdue = any(a.state == AlarmState.OVERDUE for a in alarms)
    return AlarmState.OVERDUE if overdue else AlarmState.DUE_SOON
