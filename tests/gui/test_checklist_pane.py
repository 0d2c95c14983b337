"""The plan checklist dock: keyboard, filters, levels, ending, alarms."""

from __future__ import annotations

from datetime import timedelta

import pytest
from plan_support import FLOOD_III_UNITS, activate_flood, typhoon
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from console import queries
from console.plans.queries import active_activations, checklist_rows
from widgets.checklist_dialogs import LevelChangeDialog, NotApplicableDialog
from widgets.checklist_model import ChecklistModel
from widgets.plan_labels import WITHDRAWN_COLOUR
from widgets.timefmt import format_local

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def running(console_context):
    incident = typhoon(console_context)
    activation = activate_flood(console_context, incident.id)
    return incident, activation


@pytest.fixture
def window(make_window, running, activate):
    made = make_window()
    activate(made)
    return made


@pytest.fixture
def pane(qtbot, window):
    qtbot.keyClick(window.board_a.picker, Qt.Key.Key_K, CTRL)
    pane = window.plans.checklist
    qtbot.waitUntil(pane.view.hasFocus)
    return pane


def statuses(context, incident_id: str) -> list[tuple[str, str]]:
    return [
        (row.item.status, row.item.status_reason)
        for row in checklist_rows(context.database, [incident_id])
    ]


def type_text(widget, text: str) -> None:
    """Type CJK text (QTest.keyClicks only knows Latin-1 keys)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def shown(pane, column: int) -> list[str]:
    return [
        pane.proxy.index(row, column).data() for row in range(pane.proxy.rowCount())
    ]


def test_ctrl_k_shows_the_checklist_with_every_item(window, pane):
    assert window.checklist_dock.isVisible()
    assert shown(pane, ChecklistModel.UNIT) == FLOOD_III_UNITS
    assert pane.view.isColumnHidden(ChecklistModel.PLAN)
    assert pane.view.currentIndex().row() == 0


def test_keys_move_and_set_statuses(qtbot, console_context, running, pane):
    incident, _activation = running
    view = pane.view

    qtbot.keyClick(view, Qt.Key.Key_2)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_3)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_3)
    qtbot.keyClick(view, Qt.Key.Key_1)

    assert [s for s, _ in statuses(console_context, incident.id)] == [
        "in_progress",
        "done",
        "todo",
        "todo",
        "todo",
        "todo",
        "todo",
    ]
    # The place is kept while the list refreshes.
    qtbot.waitUntil(lambda: shown(pane, ChecklistModel.STATUS)[1] == "Done")
    assert view.currentIndex().row() == 3
    assert shown(pane, ChecklistModel.CHANGED)[0].startswith("张伟 ")


def test_key_4_asks_for_a_reason_and_refuses_an_empty_one(
    qtbot, chinese, console_context, running, pane
):
    incident, _activation = running
    qtbot.keyClick(pane.view, Qt.Key.Key_Down)
    qtbot.keyClick(pane.view, Qt.Key.Key_4)

    dialog = pane.dialog
    assert isinstance(dialog, NotApplicableDialog)
    assert dialog.isVisible()
    assert not dialog.save()
    assert dialog.error_label.text() == "请填写该任务不适用的理由。"
    assert dialog.isVisible()
    assert statuses(console_context, incident.id)[1] == ("todo", "")

    dialog.reason_edit.setText("气象局已在前一响应中落实")
    assert dialog.save()

    assert statuses(console_context, incident.id)[1] == (
        "not_applicable",
        "气象局已在前一响应中落实",
    )
    qtbot.waitUntil(
        lambda: (
            shown(pane, ChecklistModel.STATUS)[1] == "不适用：气象局已在前一响应中落实"
        )
    )
    # Back in the list for the next key.
    assert pane.window().focusWidget() is pane.view


def test_filters_by_unit_and_status(qtbot, console_context, running, pane):
    qtbot.keyClick(pane.view, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: shown(pane, ChecklistModel.STATUS)[0] == "Done")

    qtbot.keyClick(pane.view, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(pane.unit_filter.lineEdit().hasFocus)
    type_text(pane.unit_filter.lineEdit(), "街道")
    assert shown(pane, ChecklistModel.UNIT) == ["各镇（街道）"] * 3

    qtbot.keyClick(pane.unit_filter.lineEdit(), Qt.Key.Key_Return)
    assert pane.view.hasFocus()
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("todo"))
    assert shown(pane, ChecklistModel.UNIT) == ["各镇（街道）"] * 2

    pane.status_filter.setCurrentIndex(pane.status_filter.findData("done"))
    assert shown(pane, ChecklistModel.TASK) == [
        "各镇（街道）和区级有关部门实行24小时值班和领导带班"
    ]

    pane.unit_filter.setEditText("")
    pane.status_filter.setCurrentIndex(pane.status_filter.findData("open"))
    assert len(shown(pane, ChecklistModel.TASK)) == 6


def test_lowering_the_level_greys_withdrawn_items_and_keeps_them(
    qtbot, chinese, console_context, running, pane
):
    incident, _activation = running
    assert pane.lower_button.isEnabled()
    pane.lower_button.click()
    dialog = pane.dialog
    assert isinstance(dialog, LevelChangeDialog)
    assert dialog.level_combo.currentData() == "IV"
    assert not dialog.save()
    dialog.decided_by_edit.setText("区防指 总指挥")
    assert dialog.save()

    qtbot.waitUntil(lambda: shown(pane, ChecklistModel.STATUS)[4].startswith("已撤回"))
    status = shown(pane, ChecklistModel.STATUS)
    assert status == ["待办"] * 4 + ["已撤回（待办）"] * 3
    model = pane.model
    withdrawn = model.index(4, ChecklistModel.TASK)
    colour = model.data(withdrawn, Qt.ItemDataRole.ForegroundRole).color()
    assert colour.name() == WITHDRAWN_COLOUR
    in_force = model.index(1, ChecklistModel.TASK)
    assert model.data(in_force, Qt.ItemDataRole.ForegroundRole) is None

    pane.status_filter.setCurrentIndex(pane.status_filter.findData("withdrawn"))
    assert len(shown(pane, ChecklistModel.TASK)) == 3

    # A withdrawn item's status cannot be set.
    pane.view.setCurrentIndex(pane.proxy.index(0, ChecklistModel.TASK))
    qtbot.keyClick(pane.view, Qt.Key.Key_3)
    assert pane.message_label.text() == "该任务已随级别降低撤回。"
    assert statuses(console_context, incident.id)[4] == ("todo", "")


def test_raising_the_level_adds_the_items(qtbot, console_context, running, pane):
    pane.raise_button.click()
    dialog = pane.dialog
    assert dialog.level_combo.currentData() == "II"
    dialog.decided_by_edit.setText("区防指 总指挥")
    assert dialog.save()

    qtbot.waitUntil(lambda: len(pane.model.rows) > 7)
    assert [row.item.level for row in pane.model.rows][7:] == ["II"] * 3


def test_ending_the_response_takes_its_items_off_the_list(
    qtbot, console_context, running, window, pane
):
    incident, _activation = running
    pane.end_button.click()
    dialog = pane.dialog
    assert not dialog.save()
    dialog.reason_edit.setText("台风已过境，区防指决定结束响应")
    assert dialog.save()

    assert active_activations(console_context.database, [incident.id]) == []
    qtbot.waitUntil(lambda: pane.model.rows == [])
    qtbot.waitUntil(lambda: window.board_a.plans.line_texts() == [])


def test_overdue_item_alarms_in_the_banner_and_ack_is_logged(
    qtbot, chinese, make_window, console_context, running, fake_clock
):
    incident, activation = running
    fake_clock.now = activation.activated_at + timedelta(minutes=30)
    window = make_window(clock=fake_clock)
    window.alarms.poll()

    item = checklist_rows(console_context.database, [incident.id])[0].item
    item_id = item.id
    rows = window.alarm_banner.rows
    assert [row.text_label.text() for row in rows] == [
        "已超时：台风“康妮” 防台 — 预案任务：各镇（街道）和区级有关部门实行24小时"
        f"值班和领导带班（各镇（街道）），时限 {format_local(item.due_at)}"
    ]
    assert rows[0].item.kind == f"checklist:{item_id}"
    # The checklist shows the same item overdue, in red.
    pane = window.plans.checklist
    due = pane.model.index(0, ChecklistModel.DUE)
    assert (
        pane.model.data(due, Qt.ItemDataRole.ForegroundRole).color().name() == "#c62828"
    )

    rows[0].ack_button.click()

    ack = queries.alarm_acks(console_context.database)[-1]
    assert (ack.incident_id, ack.report_kind, ack.sequence, ack.state) == (
        incident.id,
        f"checklist:{item_id}",
        1,
        "overdue",
    )
    entry = queries.log_entries(console_context.database)[0]
    assert (entry.action, entry.text) == ("alarm.ack", f"checklist:{item_id}|1|overdue")
    assert window.alarm_banner.rows == []

    # Another item passes its due time: it alarms on its own.
    fake_clock.advance(minutes=31)
    window.alarms.poll()
    assert [r.item.task for r in window.alarm_banner.rows] == [
        "区防指副指挥长主持会商，区防指成员单位进入应急状态"
    ]
