"""Two events at once: boards A and B, swapping, stepping, keeping, timeline."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from console.ops.incidents import advance_status, archive_incident
from console.ops.instructions import add_instruction

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def three(add_incident, fake_clock):
    """Three incidents received a minute apart, oldest first."""
    now = fake_clock()
    return [
        add_incident(title, received_at=now - timedelta(minutes=3 - n))
        for n, title in enumerate(("oldest", "middle", "newest"))
    ]


def shown(window) -> tuple[str | None, str | None]:
    return window.board_a.incident_id, window.board_b.incident_id


def test_two_incidents_on_the_boards_at_once(make_window, add_incident, fake_clock):
    _oldest, middle, newest = three(add_incident, fake_clock)
    window = make_window(clock=fake_clock)

    assert shown(window) == (newest.id, middle.id)
    assert window.board_a.title_label.text() == "newest"
    assert window.board_b.title_label.text() == "middle"
    assert window.board_a.clocks.rows
    assert window.board_b.clocks.rows
    assert window.board_a.clocks.deadlines[0].incident_id == newest.id
    assert window.board_b.clocks.deadlines[0].incident_id == middle.id


def test_ctrl_shift_x_swaps_the_boards(
    qtbot, make_window, add_incident, fake_clock, activate
):
    _oldest, middle, newest = three(add_incident, fake_clock)
    window = make_window(clock=fake_clock)
    activate(window)

    qtbot.keyClick(window, Qt.Key.Key_X, CTRL_SHIFT)

    assert shown(window) == (middle.id, newest.id)
    assert window.board_a.pinned
    assert window.board_b.pinned
    assert window.board_a.title_label.text() == "middle"

    qtbot.keyClick(window, Qt.Key.Key_X, CTRL_SHIFT)
    assert shown(window) == (newest.id, middle.id)


def test_alt_a_and_alt_b_step_through_the_other_incidents(
    qtbot, make_window, add_incident, fake_clock, fake_map, activate
):
    oldest, middle, newest = three(add_incident, fake_clock)
    window = make_window(clock=fake_clock)
    activate(window)

    # A skips the incident B shows, and wraps round.
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert shown(window) == (oldest.id, middle.id)
    assert window.board_a.pinned
    assert fake_map.called("select_incident")[-1] == (oldest.id,)
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert shown(window) == (newest.id, middle.id)

    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert shown(window) == (newest.id, oldest.id)
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert shown(window) == (newest.id, middle.id)


def test_board_choices_survive_a_restart(
    qtbot, make_window, new_fake_map, add_incident, fake_clock
):
    oldest, _middle, newest = three(add_incident, fake_clock)
    window = make_window(clock=fake_clock)
    window.boards.step("b")  # B: middle → oldest (A shows newest)
    assert shown(window) == (newest.id, oldest.id)
    window.close()

    again = make_window(new_fake_map(), clock=fake_clock)

    assert shown(again) == (newest.id, oldest.id)
    assert again.board_b.pinned
    assert not again.board_a.pinned


def test_a_kept_choice_that_is_gone_falls_back_to_the_newest(
    qtbot, console_context, make_window, new_fake_map, add_incident, fake_clock
):
    oldest, middle, newest = three(add_incident, fake_clock)
    window = make_window(clock=fake_clock)
    window.boards.swap()
    assert shown(window) == (middle.id, newest.id)
    window.close()
    archive_incident(console_context.operations, middle.id, "重复登记")

    again = make_window(new_fake_map(), clock=fake_clock)

    assert again.board_b.incident_id == newest.id
    assert again.board_a.incident_id == oldest.id
    assert not again.board_a.pinned


def test_timeline_is_hidden_and_ctrl_t_shows_it(qtbot, make_window, activate, english):
    window = make_window()
    assert window.timeline_dock.isHidden()
    assert window.timeline_dock.windowTitle() == "Timeline"
    activate(window)

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline_dock.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline_dock.isHidden()


def test_timeline_merges_both_boards_in_time_order(
    qtbot, console_context, make_window, add_incident, fake_clock, english
):
    oldest, middle, newest = three(add_incident, fake_clock)
    window = make_window(clock=fake_clock)
    ops = console_context.operations
    advance_status(ops, middle.id, "verified")
    advance_status(ops, newest.id, "verified")
    advance_status(ops, oldest.id, "verified")  # not on a board
    add_instruction(ops, middle.id, leader="李明", text="注意安全")

    def marks():
        table = window.timeline.table
        return [
            (
                table.item(r, 0).text(),
                table.item(r, 2).text(),
                table.item(r, 3).text(),
            )
            for r in range(table.rowCount())
        ]

    expected = [
        ("B", "middle", "张伟 · Registered incident: middle"),
        ("A", "newest", "张伟 · Registered incident: newest"),
        ("B", "middle", "张伟 · Status changed to Verified"),
        ("A", "newest", "张伟 · Status changed to Verified"),
        ("B", "middle", "张伟 · Instruction from 李明: 注意安全"),
    ]
    qtbot.waitUntil(lambda: marks() == expected)

    window.boards.swap()
    assert [m[0] for m in marks()] == ["A", "B", "A", "B", "A"]

    window.board_b.show_incident(middle.id, pinned=True)
    assert [m[0] for m in marks()] == ["A/B", "A/B", "A/B"]
