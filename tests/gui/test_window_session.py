"""Leaving the console: Quit (Ctrl+Q) and the end of duty in the log."""

from __future__ import annotations

from PySide6.QtCore import Qt

from console import queries


def duty_ends(context) -> list[str]:
    entries = queries.log_entries(context.database)
    return [e.text for e in entries if e.action == "duty.end"]


def test_quit_is_in_the_incident_menu_with_ctrl_q(make_window, english):
    window = make_window()
    menu = window.menuBar().actions()[0].menu()

    assert window.quit_action in menu.actions()
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.quit_action.text() == "&Quit"


def test_ctrl_q_closes_and_records_the_end_of_duty_once(
    qtbot, make_window, console_context, activate
):
    window = make_window()
    window.begin_session("李娜")
    activate(window)

    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    assert not window.isVisible()
    assert duty_ends(console_context) == ["李娜"]
    window.close()
    window.end_session()
    assert duty_ends(console_context) == ["李娜"]


def test_closing_the_window_also_ends_duty(make_window, console_context):
    window = make_window()

    window.close()

    # The fixture put 张伟 on duty.
    assert duty_ends(console_context) == ["张伟"]


def test_nobody_on_duty_nothing_to_end(make_window, console_context):
    console_context.operations.officer = "system"
    window = make_window()

    window.close()

    assert duty_ends(console_context) == []


def test_a_failing_end_of_duty_does_not_keep_the_window_open(
    make_window, console_context, monkeypatch
):
    import widgets.mainwindow as mainwindow

    def broken(operations):
        raise OSError("disk full")

    monkeypatch.setattr(mainwindow, "end_duty", broken)
    window = make_window()

    window.close()

    assert not window.isVisible()
