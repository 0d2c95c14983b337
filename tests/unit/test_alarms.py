"""Deadline alarms with a fake clock: due soon, overdue, acknowledged."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from console.domain.alarms import Alarm, AlarmMonitor, AlarmState
from console.domain.deadlines import Deadline, ReportKind

DUE = datetime(2026, 8, 1, 3, 0, tzinfo=UTC)
LEAD = timedelta(minutes=10)
SECOND = timedelta(seconds=1)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _deadline(
    incident_id: str = "inc-1",
    kind: ReportKind = ReportKind.FIRST_WRITTEN,
    sequence: int = 1,
    due: datetime = DUE,
) -> Deadline:
    return Deadline(incident_id, kind, sequence, due, "rule", "source", False)


def _monitor(now: datetime) -> tuple[AlarmMonitor, FakeClock]:
    clock = FakeClock(now)
    return AlarmMonitor(lead=LEAD, clock=clock), clock


def test_nothing_before_the_lead_time() -> None:
    monitor, _ = _monitor(DUE - LEAD - SECOND)

    update = monitor.update([_deadline()])

    assert update.active == ()
    assert update.started == ()


def test_due_soon_exactly_at_due_minus_lead() -> None:
    monitor, _ = _monitor(DUE - LEAD)

    update = monitor.update([_deadline()])

    alarm = Alarm(("inc-1", "first_written", 1), AlarmState.DUE_SOON, DUE)
    assert update.active == (alarm,)
    assert update.started == (alarm,)


def test_overdue_exactly_at_due() -> None:
    monitor, clock = _monitor(DUE - SECOND)
    assert monitor.update([_deadline()]).active[0].state is AlarmState.DUE_SOON

    clock.now = DUE
    update = monitor.update([_deadline()])

    assert [a.state for a in update.active] == [AlarmState.OVERDUE]
    assert [a.state for a in update.started] == [AlarmState.OVERDUE]


def test_an_alarm_starts_only_once_per_state() -> None:
    monitor, clock = _monitor(DUE - LEAD)
    monitor.update([_deadline()])

    clock.now = DUE - SECOND
    update = monitor.update([_deadline()])

    assert len(update.active) == 1
    assert update.started == ()


def test_acknowledging_silences_the_alarm() -> None:
    monitor, clock = _monitor(DUE - LEAD)
    first = monitor.update([_deadline()])

    monitor.acknowledge(first.active[0].key, AlarmState.DUE_SOON)
    clock.now = DUE - SECOND
    update = monitor.update([_deadline()])

    assert update.started == ()
    assert update.unacknowledged == ()
    assert [a.acknowledged for a in update.active] == [True]


def test_an_acknowledged_alarm_sounds_again_when_overdue() -> None:
    monitor, clock = _monitor(DUE - LEAD)
    key = monitor.update([_deadline()]).active[0].key
    monitor.acknowledge(key, AlarmState.DUE_SOON)

    clock.now = DUE
    update = monitor.update([_deadline()])

    overdue = Alarm(key, AlarmState.OVERDUE, DUE)
    assert update.started == (overdue,)
    assert update.unacknowledged == (overdue,)

    monitor.acknowledge(key, AlarmState.OVERDUE)
    clock.now = DUE + timedelta(hours=1)
    assert monitor.update([_deadline()]).unacknowledged == ()


def test_an_acknowledgement_restored_before_the_first_update_holds() -> None:
    monitor, _ = _monitor(DUE)
    monitor.acknowledge(("inc-1", "first_written", 1), AlarmState.OVERDUE)

    update = monitor.update([_deadline()])

    assert update.started == ()
    assert [a.acknowledged for a in update.active] == [True]


def test_a_satisfied_deadline_clears_its_alarm() -> None:
    monitor, clock = _monitor(DUE)
    monitor.update([_deadline()])

    clock.now = DUE + SECOND
    update = monitor.update([])

    assert update.active == ()
    assert update.started == ()


def test_the_next_report_in_a_chain_is_a_new_alarm() -> None:
    monitor, clock = _monitor(DUE)
    key = monitor.update([_deadline(kind=ReportKind.FOLLOWUP)]).active[0].key
    monitor.acknowledge(key, AlarmState.OVERDUE)

    later = DUE + timedelta(hours=12)
    clock.now = later
    update = monitor.update(
        [_deadline(kind=ReportKind.FOLLOWUP, sequence=2, due=later)]
    )

    assert [a.key for a in update.started] == [("inc-1", "followup", 2)]


def test_two_incidents_are_independent() -> None:
    monitor, clock = _monitor(DUE - LEAD)
    a = _deadline("inc-a")
    b = _deadline("inc-b", due=DUE + timedelta(hours=1))
    first = monitor.update([a, b])
    assert [x.key[0] for x in first.active] == ["inc-a"]

    monitor.acknowledge(a.key, AlarmState.DUE_SOON)
    clock.now = DUE + timedelta(hours=1)
    update = monitor.update([a, b])

    assert [(x.key[0], x.state) for x in update.started] == [
        ("inc-a", AlarmState.OVERDUE),
        ("inc-b", AlarmState.OVERDUE),
    ]
    monitor.acknowledge(b.key, AlarmState.OVERDUE)
    assert [x.key[0] for x in monitor.update([a, b]).unacknowledged] == ["inc-a"]


def test_active_alarms_come_earliest_first() -> None:
    monitor, _ = _monitor(DUE + timedelta(hours=2))
    late = _deadline("inc-b", due=DUE + timedelta(hours=1))
    early = _deadline("inc-a")

    update = monitor.update([late, early])

    assert [a.key[0] for a in update.active] == ["inc-a", "inc-b"]


def test_the_state_values_are_stable_codes() -> None:
    assert [s.value for s in AlarmState] == ["due_soon", "overdue"]


def test_a_task_due_at_once_is_due_now_for_one_lead_period() -> None:
    from console.clocks import ItemDeadline

    task = ItemDeadline(
        "inc-1", "item-1", "24小时值班", "各镇（街道）", DUE, set_at=DUE
    )
    monitor, clock = _monitor(DUE)

    at_activation = monitor.update([task])
    clock.now = DUE + LEAD - SECOND
    just_before = monitor.update([task])
    clock.now = DUE + LEAD
    after = monitor.update([task])

    assert [a.state for a in at_activation.started] == [AlarmState.DUE_SOON]
    assert [a.state for a in just_before.active] == [AlarmState.DUE_SOON]
    assert just_before.started == ()
    assert [a.state for a in after.started] == [AlarmState.OVERDUE]


def test_a_task_set_before_its_due_time_keeps_that_due_time() -> None:
    from console.clocks import ItemDeadline

    task = ItemDeadline("inc-1", "item-2", "转移群众", "各镇", DUE, set_at=DUE - LEAD)
    monitor, _ = _monitor(DUE)

    assert [a.state for a in monitor.update([task]).active] == [AlarmState.OVERDUE]
