"""Registering an incident: messages under fields, confirmation, keyboard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from console import queries
from widgets.incident_dialog import IncidentDialog
from widgets.problems import LOCATION_NOT_NUMBERS, problem_message
from widgets.timefmt import to_qdatetime

INSIDE = (29.80, 121.55)  # near 钟公庙, inside the district
SHANGHAI = (31.23, 121.47)  # People's Square, well outside


@pytest.fixture
def dialog(qtbot, console_context, english) -> IncidentDialog:
    dlg = IncidentDialog(console_context)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def fill(dialog: IncidentDialog, *, title="河道水位超警", point=INSIDE) -> None:
    dialog.title_edit.setText(title)
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("natural"))
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("flood_drought"))
    if point is not None:
        dialog.lat_edit.setText(str(point[0]))
        dialog.lon_edit.setText(str(point[1]))


def yes_button(box: QMessageBox):
    role = QMessageBox.ButtonRole.YesRole
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


def no_button(box: QMessageBox):
    role = QMessageBox.ButtonRole.NoRole
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


def test_empty_form_shows_each_problem_under_its_field(dialog, console_context):
    dialog.save()

    assert dialog.problem_text("title") == problem_message("title.empty")
    assert dialog.problem_text("category") == problem_message("category.unknown")
    assert dialog.problem_text("location") == problem_message("location.missing")
    assert dialog.problem_text("occurred_at") == ""
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert queries.active_incidents(console_context.database) == []


def test_blank_title_is_refused_and_focused(dialog, console_context):
    fill(dialog, title="   ")

    dialog.save()

    assert dialog.problem_text("title") == "Enter a title for the incident."
    assert dialog.title_edit.hasFocus()
    assert queries.active_incidents(console_context.database) == []


def test_future_time_is_refused(dialog, console_context):
    fill(dialog)
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    dialog.occurred_edit.setDateTime(to_qdatetime(tomorrow))

    dialog.save()

    assert dialog.problem_text("occurred_at") == problem_message("occurred_at.future")
    assert dialog.problem_text("title") == ""
    assert queries.active_incidents(console_context.database) == []


def test_missing_location_is_refused(dialog, console_context):
    fill(dialog, point=None)

    dialog.save()

    assert dialog.problem_text("location") == problem_message("location.missing")
    assert queries.active_incidents(console_context.database) == []


def test_coordinates_that_are_not_numbers_are_refused(dialog, console_context):
    fill(dialog, point=("29.8x", "121.55"))

    dialog.save()

    assert dialog.problem_text("location") == problem_message(LOCATION_NOT_NUMBERS)
    assert queries.active_incidents(console_context.database) == []


def test_point_outside_district_asks_and_go_back_saves_nothing(
    dialog, console_context, qtbot
):
    fill(dialog, point=SHANGHAI)

    dialog.save()

    box = dialog.confirmation
    assert box is not None
    assert box.isVisible()
    assert problem_message("location.outside_district") in box.text()
    assert dialog.problem_text("location") == problem_message(
        "location.outside_district"
    )
    no_button(box).click()
    qtbot.waitUntil(lambda: dialog.confirmation is None)
    assert queries.active_incidents(console_context.database) == []
    assert dialog.isVisible()


def test_point_outside_district_is_saved_when_confirmed(dialog, console_context, qtbot):
    fill(dialog, point=SHANGHAI)
    dialog.save()

    with qtbot.waitSignal(dialog.incident_created) as created:
        yes_button(dialog.confirmation).click()

    [incident] = queries.active_incidents(console_context.database)
    assert created.args == [incident.id]
    assert (incident.lat, incident.lon) == pytest.approx(SHANGHAI)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_valid_incident_with_division_only_is_saved(dialog, console_context, qtbot):
    fill(dialog, point=None)
    dialog.division_combo.setCurrentIndex(dialog.division_combo.findText("中河街道"))
    dialog.grade_combo.setCurrentIndex(dialog.grade_combo.findData("III"))
    dialog.description_edit.setPlainText("水位 3.2 米\n已通知街道")

    with qtbot.waitSignal(dialog.incident_created):
        dialog.save()

    [incident] = queries.active_incidents(console_context.database)
    assert incident.title == "河道水位超警"
    assert (incident.category, incident.type) == ("natural", "flood_drought")
    assert incident.lat is None
    assert incident.division_id == dialog.division_combo.currentData()
    assert incident.grade == "III"
    assert incident.description == "水位 3.2 米\n已通知街道"
    assert not dialog.isVisible()


def test_point_from_right_click_is_prefilled(qtbot, console_context, english):
    dlg = IncidentDialog(console_context, lat=29.812345678, lon=121.5)
    qtbot.addWidget(dlg)

    assert dlg.lat_edit.text() == "29.812346"
    assert dlg.lon_edit.text() == "121.500000"


def test_type_choices_follow_the_category(dialog, console_context):
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("health"))
    types = {dialog.type_combo.itemData(i) for i in range(1, dialog.type_combo.count())}

    expected = console_context.taxonomy.category("health").types
    assert types == {t.code for t in expected}
    assert dialog.type_combo.findData("flood_drought") == -1


def test_time_is_shown_in_beijing_time(qtbot, console_context, english):
    noon_utc = datetime(2026, 7, 1, 4, 30, tzinfo=UTC)
    dlg = IncidentDialog(console_context, now=lambda: noon_utc)
    qtbot.addWidget(dlg)

    assert dlg.occurred_edit.text() == "2026-07-01 12:30"


def test_enter_walks_every_field_without_the_mouse(dialog, qtbot):
    order = [
        dialog.title_edit,
        dialog.category_combo,
        dialog.type_combo,
        dialog.occurred_edit,
        dialog.lat_edit,
        dialog.lon_edit,
        dialog.division_combo,
        dialog.grade_combo,
        dialog.description_edit,
    ]
    dialog.activateWindow()
    dialog.title_edit.setFocus()

    reached = []
    for widget in order[:-1]:
        qtbot.waitUntil(widget.hasFocus)
        reached.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Return)

    qtbot.waitUntil(order[-1].hasFocus)
    assert reached == order[:-1]
    assert dialog.isVisible()


def test_ctrl_enter_saves(dialog, console_context, qtbot):
    fill(dialog)
    dialog.title_edit.setFocus()

    with qtbot.waitSignal(dialog.incident_created):
        qtbot.keyClick(
            dialog.title_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )

    assert len(queries.active_incidents(console_context.database)) == 1


def test_messages_are_in_chinese_with_the_chinese_ui(qtbot, console_context, chinese):
    dlg = IncidentDialog(console_context)
    qtbot.addWidget(dlg)

    dlg.save()

    assert dlg.windowTitle() == "登记事件"
    assert dlg.problem_text("title") == "请填写事件标题。"
    assert dlg.problem_text("location") == "请填写地图位置或选择镇（街道）。"
    assert dlg.category_combo.itemText(1) == "自然灾害"


def test_a_message_disappears_when_its_field_is_edited(dialog):
    dialog.save()
    assert dialog.problem_text("title") == problem_message("title.empty")
    assert dialog.problem_text("location") == problem_message("location.missing")

    dialog.title_edit.insert("积")

    assert dialog.problem_text("title") == ""
    assert dialog.problem_text("category") == problem_message("category.unknown")
    dialog.lat_edit.insert("29")
    assert dialog.problem_text("location") == ""
