"""Report-clock alarms: controller, banner, sound and acknowledgement.

A fake clock and a fake player stand in for time and the sound card: no
test sleeps and none makes a sound.
"""

from __future__ import annotations

from datetime import timedelta

import numpy as np
import pytest
from PySide6.QtCore import Qt

from console import queries
from console.ops.reports import save_draft, send_report, sign_report
from console.sound import NO_DEVICE, SoundStatus, tone
from widgets.alarm_controller import (
    DUE_SOON_TONE,
    OVERDUE_TONE,
    AlarmController,
)
from widgets.changes import OpChangesRelay

# Received at the fake "now" (01:00 UTC), grade Ⅲ: the phone report is due
# at 01:30 and the written one at 02:00; the alarm lead is 10 minutes.
PHONE = "first_phone"


@pytest.fixture
def controller(console_context, fake_clock, fake_player):
    relay = OpChangesRelay(console_context.operations)
    made = AlarmController(
        console_context.database,
        console_context.operations,
        relay,
        clock=fake_clock,
        player=fake_player,
    )
    made.keep = relay
    return made


def states(controller) -> list[tuple[str, str]]:
    return [(item.kind, str(item.state)) for item in controller.items]


def is_tone(samples, frequencies, **kwargs) -> bool:
    return np.array_equal(samples, tone(frequencies, **kwargs))


def is_due_soon_tone(samples) -> bool:
    return is_tone(samples, DUE_SOON_TONE)


def is_overdue_tone(samples) -> bool:
    return is_tone(samples, OVERDUE_TONE, beep_s=0.09, gap_s=0.04)


def send_phone_report(context, incident_id: str, sent_at) -> None:
    report = save_draft(
        context.operations,
        incident_id,
        kind=PHONE,
        sequence=1,
        title="电话首报",
        sections=[("概况", "民房火灾")],
        snapshot={},
    )
    sign_report(context.operations, report.id, "值班领导 赵军")
    send_report(context.operations, report.id, channel="phone", sent_at=sent_at)


def test_nothing_before_the_lead_time(
    controller, add_incident, fake_clock, fake_player
):
    add_incident()
    controller.poll()
    fake_clock.advance(minutes=19, seconds=59)
    controller.poll()

    assert controller.items == []
    assert fake_player.played == []


def test_due_soon_at_due_minus_lead_then_overdue_at_due(
    controller, add_incident, fake_clock, fake_player
):
    add_incident()
    changes = []
    controller.alarms_changed.connect(changes.append)

    fake_clock.advance(minutes=20)
    controller.poll()

    assert states(controller) == [(PHONE, "due_soon")]
    assert len(fake_player.played) == 1
    assert is_due_soon_tone(fake_player.played[0])
    assert len(changes) == 1

    fake_clock.advance(minutes=10)
    controller.poll()

    assert states(controller) == [(PHONE, "overdue")]
    assert len(fake_player.played) == 2
    assert is_overdue_tone(fake_player.played[1])
    assert not is_due_soon_tone(fake_player.played[1])


def test_unacknowledged_alarm_repeats_every_15_s(
    controller, add_incident, fake_clock, fake_player
):
    add_incident()
    fake_clock.advance(minutes=20)
    controller.poll()

    fake_clock.advance(seconds=10)
    controller.poll()
    assert len(fake_player.played) == 1

    fake_clock.advance(seconds=5)
    controller.poll()
    assert len(fake_player.played) == 2
    assert is_due_soon_tone(fake_player.played[1])


def test_acknowledge_silences_and_is_logged(
    console_context, controller, add_incident, fake_clock, fake_player
):
    incident = add_incident()
    fake_clock.advance(minutes=20)
    controller.poll()

    assert controller.acknowledge_first()

    assert controller.items == []
    ack = queries.alarm_acks(console_context.database)[-1]
    assert (ack.incident_id, ack.report_kind, ack.sequence, ack.state) == (
        incident.id,
        PHONE,
        1,
        "due_soon",
    )
    assert ack.acked_by == "张伟"
    entry = queries.incident_log(console_context.database, incident.id)[0]
    assert (entry.action, entry.text) == ("alarm.ack", "first_phone|1|due_soon")

    fake_clock.advance(minutes=1)
    controller.poll()
    assert len(fake_player.played) == 1
    assert controller.items == []


def test_an_acknowledged_alarm_sounds_again_when_overdue(
    controller, add_incident, fake_clock, fake_player
):
    add_incident()
    fake_clock.advance(minutes=20)
    controller.poll()
    controller.acknowledge_first()

    fake_clock.advance(minutes=10)
    controller.poll()

    assert states(controller) == [(PHONE, "overdue")]
    assert len(fake_player.played) == 2
    assert is_overdue_tone(fake_player.played[-1])


def test_acknowledgements_are_restored_at_start(
    console_context, controller, add_incident, fake_clock, fake_player
):
    add_incident()
    fake_clock.advance(minutes=20)
    controller.poll()
    controller.acknowledge_first()

    relay = OpChangesRelay(console_context.operations)
    restarted = AlarmController(
        console_context.database,
        console_context.operations,
        relay,
        clock=fake_clock,
        player=fake_player,
    )
    restarted.poll()

    assert restarted.items == []
    assert len(fake_player.played) == 1


def test_sending_the_report_clears_the_alarm(
    qtbot, console_context, controller, add_incident, fake_clock
):
    incident = add_incident()
    fake_clock.advance(minutes=31)
    controller.poll()
    assert states(controller) == [(PHONE, "overdue")]

    send_phone_report(console_context, incident.id, fake_clock())

    # The relay brings the operation to the controller, which looks again.
    qtbot.waitUntil(lambda: controller.items == [])


def test_without_sound_the_alarm_is_visual_and_said_once(
    qtbot, make_window, add_incident, fake_clock, fake_player, english
):
    fake_player.status = SoundStatus(False, "Error querying device -1", NO_DEVICE)
    add_incident("first")
    window = make_window(clock=fake_clock)
    messages = []
    window.status.messageChanged.connect(messages.append)
    said = (
        "Alarm sound unavailable: no sound output device; "
        "alarms are shown visually only"
    )

    fake_clock.advance(minutes=20)
    window.alarms.poll()
    assert window.alarm_banner.rows
    assert window.status.currentMessage() == said

    add_incident("second", received_at=fake_clock())
    fake_clock.advance(minutes=10)
    window.alarms.poll()
    fake_clock.advance(minutes=20)
    window.alarms.poll()

    # first: phone overdue, written due soon; second: phone due soon.
    assert len(window.alarm_banner.rows) == 3
    assert messages.count(said) == 1
    assert fake_player.played == []


def test_banner_lists_alarms_and_flashes_red_when_overdue(
    qtbot, make_window, add_incident, fake_clock, english
):
    add_incident("中河街道 仓库火灾")
    fake_clock.advance(minutes=31)
    window = make_window(clock=fake_clock)

    assert window.alarm_bar.isVisible()
    rows = window.alarm_banner.rows
    assert len(rows) == 1
    assert rows[0].text_label.text() == (
        "Overdue: 中河街道 仓库火灾 — First report (phone), due 2026-05-01 09:30"
    )
    assert rows[0].property("colour") == "#c62828"
    assert window.alarm_banner.flash_timer.isActive()

    window.alarm_banner.flash_timer.timeout.emit()
    assert rows[0].property("colour") == "#7f0000"
    window.alarm_banner.flash_timer.timeout.emit()
    assert rows[0].property("colour") == "#c62828"


def test_due_soon_row_is_orange_and_does_not_flash(
    make_window, add_incident, fake_clock
):
    add_incident()
    fake_clock.advance(minutes=21)
    window = make_window(clock=fake_clock)

    row = window.alarm_banner.rows[0]
    assert row.property("colour") == "#ef6c00"
    assert not window.alarm_banner.flash_timer.isActive()


def test_acknowledge_button_and_shortcut(
    qtbot, console_context, make_window, add_incident, fake_clock, activate
):
    first = add_incident("first", received_at=fake_clock() - timedelta(minutes=1))
    second = add_incident("second")
    fake_clock.advance(minutes=31)
    window = make_window(clock=fake_clock)
    rows = window.alarm_banner.rows
    assert [r.item.incident_id for r in rows] == [first.id, second.id]

    rows[1].ack_button.click()

    assert [r.item.incident_id for r in window.alarm_banner.rows] == [first.id]
    activate(window)
    qtbot.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.alarm_banner.rows == []
    assert not window.alarm_bar.isVisible()
    acked = [a.incident_id for a in queries.alarm_acks(console_context.database)]
    assert acked == [second.id, first.id]


def test_more_alarms_than_rows_are_counted(
    make_window, add_incident, fake_clock, english
):
    for n in range(5):
        add_incident(f"incident {n}")
    fake_clock.advance(minutes=31)
    window = make_window(clock=fake_clock)

    assert len(window.alarm_banner.rows) == 3
    assert window.alarm_banner.more_label.text() == "… and 2 more"
    assert window.alarm_banner.more_label.isVisibleTo(window)
