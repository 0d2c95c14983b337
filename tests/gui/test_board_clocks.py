"""Report clocks on the boards: countdowns from an injected clock."""

from __future__ import annotations

from datetime import timedelta

import pytest

from console.ops.reports import save_draft, send_report, sign_report
from widgets import board_clocks
from widgets.board_clocks import format_span


def send(context, incident_id: str, kind: str, sent_at) -> None:
    """Draft, sign off and send report ``kind`` number 1 at ``sent_at``."""
    report = save_draft(
        context.operations,
        incident_id,
        kind=kind,
        sequence=1,
        title="关于火灾的首报",
        sections=[("概况", "民房火灾")],
        snapshot={},
    )
    sign_report(context.operations, report.id, "区应急管理局 局长")
    send_report(context.operations, report.id, channel="written", sent_at=sent_at)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00"),
        (59, "00:59"),
        (20 * 60, "20:00"),
        (3599, "59:59"),
        (3600, "1:00:00"),
        (23 * 3600 + 61, "23:01:01"),
        (26 * 3600 + 61, "1 d 2 h"),
        (3003 * 3600 + 55 * 60, "125 d 3 h"),
        (-5, "00:00"),
    ],
)
def test_span_format(seconds, text, english):
    assert format_span(timedelta(seconds=seconds)) == text


def test_long_spans_read_in_chinese(chinese):
    assert format_span(timedelta(hours=50)) == "2天2小时"


def test_countdown_follows_the_clock_and_turns_red_when_overdue(
    make_board, add_incident, fake_clock, english
):
    # Received 01:00 UTC, grade Ⅲ: phone report due 01:30, written 02:00.
    incident = add_incident()
    board = make_board()
    board.show_incident(incident.id)
    clocks = board.clocks

    kinds = [kind.text() for kind, _due, _left in clocks.rows]
    dues = [due.text() for _kind, due, _left in clocks.rows]
    assert kinds == ["First report (phone)", "First report (written)"]
    assert dues == ["05-01 09:30", "05-01 10:00"]  # Beijing time
    assert clocks.remaining_texts() == ["30:00 left", "1:00:00 left"]
    assert clocks.rows[0][2].property("state") == "running"

    fake_clock.advance(minutes=20, seconds=5)
    clocks.tick()
    assert clocks.remaining_texts() == ["09:55 left", "39:55 left"]
    assert clocks.rows[0][2].property("state") == "due_soon"

    fake_clock.advance(minutes=12)
    clocks.tick()
    assert clocks.remaining_texts() == ["Overdue 02:05", "27:55 left"]
    remaining = clocks.rows[0][2]
    assert remaining.property("state") == "overdue"
    assert "#c62828" in remaining.styleSheet()


def test_overdue_reads_chaoshi_in_chinese(
    make_board, add_incident, fake_clock, chinese
):
    incident = add_incident(received_at=fake_clock() - timedelta(minutes=31))
    board = make_board()
    board.show_incident(incident.id)

    assert board.clocks.remaining_texts()[0] == "超时 01:00"
    assert board.clocks.rows[0][0].text() == "首报（电话）"


def test_two_boards_run_their_own_clocks(make_board, add_incident, fake_clock, english):
    early = add_incident("early", received_at=fake_clock() - timedelta(minutes=40))
    late = add_incident("late", received_at=fake_clock() - timedelta(minutes=5))
    board_a, board_b = make_board(), make_board()
    board_a.show_incident(late.id)
    board_b.show_incident(early.id)

    assert board_a.clocks.remaining_texts() == ["25:00 left", "55:00 left"]
    assert board_b.clocks.remaining_texts() == ["Overdue 10:00", "20:00 left"]

    fake_clock.advance(seconds=30)
    board_a.clocks.tick()
    board_b.clocks.tick()
    assert board_a.clocks.remaining_texts() == ["24:30 left", "54:30 left"]
    assert board_b.clocks.remaining_texts() == ["Overdue 10:30", "19:30 left"]


def test_sending_a_report_stops_its_clock(
    qtbot, console_context, make_board, add_incident, fake_clock, english
):
    incident = add_incident()
    board = make_board()
    board.show_incident(incident.id)
    assert len(board.clocks.rows) == 2

    send(console_context, incident.id, "first_written", fake_clock())

    # The written first report discharges both first-report clocks; the
    # follow-up chain starts from it.
    qtbot.waitUntil(
        lambda: [k.text() for k, _d, _l in board.clocks.rows] == ["Follow-up (1)"]
    )


def test_deadlines_are_read_on_changes_and_every_30_s_not_every_tick(
    qtbot, console_context, make_board, add_incident, monkeypatch
):
    calls = []
    real = board_clocks.open_deadlines

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(board_clocks, "open_deadlines", counting)
    incident = add_incident()
    board = make_board()
    board.show_incident(incident.id)
    read = len(calls)
    assert read >= 1

    for _ in range(5):
        board.clocks.tick()
    assert len(calls) == read
    assert board.clocks.tick_timer.isActive()
    assert board.clocks.tick_timer.interval() == 1_000
    assert board.clocks.recompute_timer.interval() == 30_000

    board.clocks.recompute_timer.timeout.emit()
    assert len(calls) == read + 1

    send(console_context, incident.id, "first_phone", incident.received_at)
    qtbot.waitUntil(lambda: len(calls) > read + 1)


def test_clock_timers_stop_when_the_board_is_hidden(make_board, add_incident):
    incident = add_incident()
    board = make_board()
    board.show_incident(incident.id)
    assert board.clocks.tick_timer.isActive()

    board.hide()

    assert not board.clocks.tick_timer.isActive()
    assert not board.clocks.recompute_timer.isActive()


def test_no_incident_no_clocks(make_board, english):
    board = make_board()
    board.show_incident(None)

    assert board.clocks.rows == []
    assert board.clocks.empty_label.text() == "No report due."
