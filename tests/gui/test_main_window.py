"""The main window with a fake map: registering, boards, map and log together."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from console import queries
from console.domain.incidents import IncidentDraft
from console.ops.incidents import archive_incident, create_incident
from widgets.log_model import OpLogModel


def add_incident(context, title: str, lat: float = 29.8, lon: float = 121.55):
    draft = IncidentDraft(
        title=title,
        category="accident",
        type="fire",
        occurred_at=datetime.now(UTC),
        lat=lat,
        lon=lon,
        grade="III",
    )
    return create_incident(context.operations, draft)


def log_texts(window) -> list[tuple[str, str]]:
    model = window.log_pane.model
    return [
        (
            model.index(row, OpLogModel.OFFICER).data(),
            model.index(row, OpLogModel.TEXT).data(),
        )
        for row in range(model.rowCount())
    ]


def test_right_click_register_shows_marker_board_and_log(
    qtbot, make_window, fake_map, console_context, english
):
    window = make_window()

    fake_map.context_requested.emit(29.81, 121.56)
    dialog = window.incident_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.lat_edit.text() == "29.810000"
    dialog.title_edit.setText("钟公庙街道 民房火灾")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("accident"))
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("fire"))
    dialog.save()

    incident_id = dialog.created_incident_id
    assert incident_id is not None
    qtbot.waitUntil(lambda: incident_id in fake_map.markers)
    marker = fake_map.markers[incident_id]
    assert (marker["lat"], marker["lon"]) == (29.81, 121.56)
    assert marker["title"] == "钟公庙街道 民房火灾"
    assert window.board_a.incident_id == incident_id
    assert window.board_a.title_label.text() == "钟公庙街道 民房火灾"
    assert log_texts(window)[0] == ("张伟", "Registered incident: 钟公庙街道 民房火灾")
    assert fake_map.called("load_page") == []
    assert window.incident_dialog is None


def test_boards_default_to_the_newest_two(qtbot, make_window, console_context):
    first = add_incident(console_context, "first")
    second = add_incident(console_context, "second")
    window = make_window()

    assert window.board_a.incident_id == second.id
    assert window.board_b.incident_id == first.id

    third = add_incident(console_context, "third")
    qtbot.waitUntil(lambda: window.board_a.incident_id == third.id)
    assert window.board_b.incident_id == second.id


def test_marker_click_selects_on_the_board_that_shows_it_else_a(
    qtbot, make_window, fake_map, console_context
):
    oldest = add_incident(console_context, "oldest")
    middle = add_incident(console_context, "middle")
    newest = add_incident(console_context, "newest")
    window = make_window()
    assert (window.board_a.incident_id, window.board_b.incident_id) == (
        newest.id,
        middle.id,
    )

    fake_map.incident_clicked.emit(middle.id)
    assert window.board_b.incident_id == middle.id
    assert window.board_a.incident_id == newest.id

    fake_map.incident_clicked.emit(oldest.id)
    assert window.board_a.incident_id == oldest.id
    assert window.board_a.title_label.text() == "oldest"
    assert window.board_a.pinned
    assert fake_map.called("select_incident")[-1] == (oldest.id,)


def test_choosing_on_a_board_centres_the_map(
    qtbot, make_window, fake_map, console_context
):
    far = add_incident(console_context, "far", lat=29.70, lon=121.70)
    add_incident(console_context, "near")
    add_incident(console_context, "newest")
    window = make_window()

    with qtbot.waitSignal(window.board_b.incident_selected) as selected:
        pick_with_keyboard(qtbot, window.board_b, far.id)

    assert selected.args == [far.id]
    assert fake_map.called("center_on")[-1] == (29.70, 121.70, None)
    assert fake_map.called("select_incident")[-1] == (far.id,)
    assert window.board_b.title_label.text() == "far"


def pick_with_keyboard(qtbot, board, incident_id: str) -> None:
    board.picker.setFocus()
    target = board.picker.findData(incident_id)
    assert target >= 0
    while board.picker.currentIndex() < target:
        qtbot.keyClick(board.picker, Qt.Key.Key_Down)
    while board.picker.currentIndex() > target:
        qtbot.keyClick(board.picker, Qt.Key.Key_Up)


def test_with_three_or_more_incidents_both_boards_show_any(
    qtbot, make_window, console_context
):
    incidents = [add_incident(console_context, f"incident {n}") for n in range(4)]
    window = make_window()

    for board in (window.board_a, window.board_b):
        assert board.picker.count() == 1 + len(incidents)
        for incident in incidents:
            pick_with_keyboard(qtbot, board, incident.id)
            assert board.incident_id == incident.id
            assert board.title_label.text() == incident.title


def test_new_incident_is_shown_even_when_both_boards_were_chosen(
    qtbot, make_window, console_context
):
    first = add_incident(console_context, "first")
    second = add_incident(console_context, "second")
    window = make_window()
    window.board_a.show_incident(first.id, pinned=True)
    window.board_b.show_incident(second.id, pinned=True)

    third = add_incident(console_context, "third")

    qtbot.waitUntil(lambda: window.board_a.incident_id == third.id)
    assert window.board_b.incident_id == second.id


def test_archived_incident_leaves_map_and_board(
    qtbot, make_window, fake_map, console_context
):
    gone = add_incident(console_context, "registered in error")
    window = make_window()
    assert gone.id in fake_map.markers

    archive_incident(console_context.operations, gone.id, "duplicate report")

    qtbot.waitUntil(lambda: gone.id not in fake_map.markers)
    assert window.board_a.incident_id is None
    assert window.board_a.picker.findData(gone.id) == -1


def test_layout_is_saved_on_close_and_restored(
    qtbot, make_window, new_fake_map, console_context
):
    window = make_window()
    window.board_b_dock.hide()
    window.log_dock.setFloating(True)
    # Smaller than the offscreen screen (800x600): restoring clamps to it.
    window.resize(760, 540)
    window.close()
    assert (console_context.data_dir / "layout.ini").exists()

    again = make_window(new_fake_map())

    assert again.board_b_dock.isHidden()
    assert again.log_dock.isFloating()
    assert not again.board_a_dock.isHidden()
    assert (again.width(), again.height()) == (760, 540)


def test_reset_layout_brings_every_dock_back(qtbot, make_window):
    window = make_window()
    window.board_a_dock.hide()
    window.log_dock.setFloating(True)

    window.reset_layout_action.trigger()

    assert window.board_a_dock.isVisible()
    assert not window.log_dock.isFloating()
    area = window.dockWidgetArea
    assert area(window.board_a_dock) == area(window.board_b_dock)
    assert window.board_a_dock.x() < window.board_b_dock.x()
    assert window.board_a_dock.y() == window.board_b_dock.y()


def test_ctrl_n_opens_the_register_dialog(qtbot, make_window, activate):
    window = make_window()
    activate(window)

    qtbot.keyClick(
        window.board_a.picker, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )

    assert window.incident_dialog is not None
    assert window.incident_dialog.isVisible()
    assert window.incident_dialog.lat_edit.text() == ""


def test_begin_session_puts_officer_on_duty(make_window, console_context, english):
    window = make_window()

    window.begin_session("李  娜")

    assert window.status.officer_label.text() == "On duty: 李 娜"
    assert console_context.operations.officer == "李 娜"
    assert "李 娜" in queries.officer_names(console_context.database)
    saved = json.loads((console_context.data_dir / "settings.json").read_text("utf-8"))
    assert saved["last_officer"] == "李 娜"


def test_status_bar_names_workstation_database_and_sync(
    make_window, console_context, english
):
    window = make_window()

    assert console_context.workstation.name in window.status.workstation_label.text()
    assert window.status.database_label.text() == "Database: console.sqlite"
    assert window.status.database_label.toolTip() == str(console_context.database_path)
    assert window.status.sync_label.text() == "Sync: not configured"


@pytest.mark.parametrize(
    ("url", "saved"),
    [
        ("file:///srv/tiles/{z}/{x}/{y}.png", "file:///srv/tiles/{z}/{x}/{y}.png"),
        ("", ""),
    ],
)
def test_tile_address_is_saved_for_next_start(make_window, console_context, url, saved):
    window = make_window()

    assert window.settings_menu.set_tile_url(url)

    on_disk = json.loads((console_context.data_dir / "settings.json").read_text())
    assert on_disk["tile_url"] == saved


def test_tile_address_without_placeholders_is_refused(make_window, console_context):
    window = make_window()

    assert not window.settings_menu.set_tile_url("http://tiles.example/abc.png")

    assert not (console_context.data_dir / "settings.json").exists()


def test_language_choice_is_saved_for_next_start(make_window, console_context):
    window = make_window()

    window.settings_menu.set_language("en")

    on_disk = json.loads((console_context.data_dir / "settings.json").read_text())
    assert on_disk["language"] == "en"


def test_phone_intake_opens_from_the_menu(make_window, qtbot) -> None:
    window = make_window()

    window.intake_action.trigger()

    from widgets.intake_dialog import IntakeDialog

    qtbot.waitUntil(
        lambda: any(
            isinstance(w, IntakeDialog) and w.isVisible()
            for w in window.findChildren(IntakeDialog)
        ),
        timeout=3_000,
    )


def test_closing_the_window_says_so_after_saving(qtbot, make_window):
    window = make_window()
    window.show()

    with qtbot.waitSignal(window.closed, timeout=2000):
        window.quit_action.trigger()

    assert not window.isVisible()
