"""Activating plans from the board and the 预案 menu; the board's plan line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from plan_support import FLOOD, HAZCHEM, activate_flood, hazchem, typhoon

from console.ops.checklists import DONE, set_item_status
from console.ops.incidents import set_response_level
from console.plans.queries import active_activations, checklist_rows


def test_activation_suggests_the_flood_plan_for_a_typhoon_and_activates(
    qtbot, chinese, make_window, console_context
):
    incident = typhoon(console_context)
    window = make_window()
    assert window.board_a.incident_id == incident.id

    window.board_a.plans.activate_button.click()
    dialog = window.plans.activation_dialog
    assert dialog is not None
    assert dialog.isVisible()

    assert dialog.plan.id == FLOOD
    assert dialog.level == "III"
    assert dialog.plan_combo.currentText().endswith("— 建议Ⅲ级")
    assert dialog.reason_label.text().splitlines() == [
        "建议Ⅲ级，依据：",
        "• 区气象台发布台风黄色预警信号（示例对应关系，待核对预案第5.2节）"
        " [示例（未核实）]",
    ]
    assert (
        dialog.items_label.text() == "Ⅲ级共生成 7 项任务，其中 7 项为示例（未核实）。"
    )
    assert dialog.notice_label.text() == dialog.plan.notice

    assert not dialog.save()
    assert dialog.error_label.text() == "请填写决定人（如：区防指 总指挥）。"
    assert active_activations(console_context.database, [incident.id]) == []

    dialog.decided_by_edit.setText("区防指 总指挥")
    assert dialog.save()

    [activation] = active_activations(console_context.database, [incident.id])
    assert (activation.plan_id, activation.level, activation.activated_by) == (
        FLOOD,
        "III",
        "区防指 总指挥",
    )
    assert len(checklist_rows(console_context.database, [incident.id])) == 7
    qtbot.waitUntil(lambda: window.checklist_dock.isVisible())
    qtbot.waitUntil(lambda: len(window.plans.checklist.model.rows) == 7)


def test_the_officer_may_pick_another_level_and_plan(
    chinese, make_window, console_context
):
    incident = typhoon(console_context)
    window = make_window()
    dialog = window.plans.open_activation(incident.id)

    # Plans for other incident types come after the suggestions.
    texts = [dialog.plan_combo.itemText(i) for i in range(dialog.plan_combo.count())]
    assert texts[0].startswith("宁波市鄞州区防汛防台抗旱应急预案")
    assert any(t.endswith("— 不适用于此类事件") for t in texts[1:])
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData("IV"))
    assert dialog.items_label.text().startswith("Ⅳ级共生成 4 项任务")
    dialog.decided_by_edit.setText("区防指 副总指挥")

    assert dialog.save()
    [activation] = active_activations(console_context.database, [incident.id])
    assert activation.level == "IV"


def test_without_a_start_condition_the_command_chooses_the_level(
    chinese, make_window, console_context
):
    incident = typhoon(console_context, warning=None)
    window = make_window()
    dialog = window.plans.open_activation(incident.id)

    assert dialog.plan.id == FLOOD
    assert dialog.plan_combo.currentText().endswith("— 未满足启动条件")
    assert dialog.level is None
    assert dialog.level_combo.currentText() == "— 请选择 —"
    dialog.decided_by_edit.setText("区防指 总指挥")
    assert not dialog.save()
    assert dialog.error_label.text() == "请选择预案和级别。"
    assert active_activations(console_context.database, [incident.id]) == []


def test_the_running_response_level_is_offered(chinese, make_window, console_context):
    incident = typhoon(console_context, warning=None)
    set_response_level(
        console_context.operations, incident.id, "IV", decided_by="区防指 总指挥"
    )
    window = make_window()
    dialog = window.plans.open_activation(incident.id)

    assert dialog.plan_combo.currentText().endswith("— 按当前响应Ⅳ级")
    assert dialog.level == "IV"


def test_the_same_plan_is_not_activated_twice(chinese, make_window, console_context):
    incident = typhoon(console_context)
    activate_flood(console_context, incident.id)
    window = make_window()
    dialog = window.plans.open_activation(incident.id)
    dialog.decided_by_edit.setText("区防指 总指挥")

    assert not dialog.save()

    assert "已对本事件启动" in dialog.error_label.text()
    assert len(active_activations(console_context.database, [incident.id])) == 1


def test_menu_activates_for_the_selected_board(qtbot, make_window, console_context):
    first = hazchem(console_context)
    second = typhoon(console_context)
    window = make_window()
    assert (window.board_a.incident_id, window.board_b.incident_id) == (
        second.id,
        first.id,
    )

    window.board_b.picker.setFocus()
    qtbot.waitUntil(lambda: window.plans.current_board == "b")
    window.plans.activate_action.trigger()

    dialog = window.plans.activation_dialog
    assert dialog is not None
    assert dialog.plan.id == HAZCHEM


def test_two_incidents_run_two_plans_at_once(
    qtbot, chinese, make_window, console_context
):
    fire = hazchem(console_context)
    storm = typhoon(console_context)
    window = make_window()
    for incident in (storm, fire):
        dialog = window.plans.open_activation(incident.id)
        dialog.decided_by_edit.setText("区防指 总指挥")
        assert dialog.save()

    running = active_activations(console_context.database, [storm.id, fire.id])
    assert {(a.incident_id, a.plan_id) for a in running} == {
        (storm.id, FLOOD),
        (fire.id, HAZCHEM),
    }
    pane = window.plans.checklist
    pane.scope_combo.setCurrentIndex(pane.scope_combo.findData("both"))
    incidents = {row.item.incident_id for row in pane.model.rows}
    assert incidents == {storm.id, fire.id}
    assert not pane.view.isColumnHidden(pane.model.INCIDENT)
    qtbot.waitUntil(lambda: window.board_b.plans.line_texts() != [])
    assert window.board_b.plans.line_texts()[0].startswith("预案：危险化学品")


def test_board_shows_progress_and_overdue_items(
    qtbot, chinese, make_window, console_context, fake_clock
):
    incident = typhoon(console_context)
    fake_clock.now = datetime.now(UTC)
    activation = activate_flood(console_context, incident.id)
    window = make_window(clock=fake_clock)
    section = window.board_a.plans

    assert section.line_texts() == ["预案：防汛防台抗旱 Ⅲ级 — 完成 0/7"]
    assert section.activate_button.isVisible()

    rows = checklist_rows(console_context.database, [incident.id])
    set_item_status(console_context.operations, rows[1].item.id, DONE)
    qtbot.waitUntil(
        lambda: section.line_texts() == ["预案：防汛防台抗旱 Ⅲ级 — 完成 1/7"]
    )

    # 立即 (due at activation), 60 and 120 minutes: three are overdue after 2 h.
    fake_clock.now = activation.activated_at + timedelta(hours=2, minutes=1)
    section.recompute()
    assert section.line_texts() == ["预案：防汛防台抗旱 Ⅲ级 — 完成 1/7，超时 3"]
    assert "color: #c62828" in section.lines[0].styleSheet()
