"""The phone intake form: saving what is known, unknowns, keys, completion."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit

from console import queries
from console.domain.incidents import Figures, IncidentDraft, IntakeDetails
from console.ops.incidents import create_incident
from widgets.intake_dialog import IntakeDialog, open_intake
from widgets.labels import grade_badge_text
from widgets.problems import GRADE_REASON_REQUIRED, problem_message


@pytest.fixture
def dialog(qtbot, console_context, english) -> IntakeDialog:
    dlg = IntakeDialog(console_context)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def choose(combo, data) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def choose_division(dialog: IntakeDialog, name: str = "中河街道") -> None:
    dialog.division_combo.setCurrentIndex(dialog.division_combo.findText(name))


def button(box: QMessageBox, role: QMessageBox.ButtonRole):
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


def registered(context) -> list:
    return queries.active_incidents(context.database)


def test_only_title_and_category_are_needed_after_confirming_the_place(
    dialog, console_context, qtbot
):
    dialog.title_edit.setText("钟公庙街道某小区燃气泄漏")
    choose(dialog.category_combo, "accident")

    dialog.save()

    box = dialog.confirmation
    assert box is not None
    assert problem_message("location.missing") in box.text()
    assert registered(console_context) == []
    with qtbot.waitSignal(dialog.incident_saved) as saved:
        button(box, QMessageBox.ButtonRole.YesRole).click()

    [incident] = registered(console_context)
    assert saved.args == [incident.id]
    assert (incident.category, incident.type) == ("accident", "production_safety")
    assert (incident.lat, incident.division_id) == (None, None)
    assert incident.deaths is None
    assert incident.cause_and_course == ""
    assert not dialog.isVisible()


def test_title_alone_is_not_enough(dialog, console_context):
    dialog.title_edit.setText("不明情况")
    choose_division(dialog)

    dialog.save()

    assert dialog.problems.text("category") == problem_message("category.unknown")
    assert dialog.confirmation is None
    assert registered(console_context) == []


def test_unknown_and_zero_casualties_are_stored_apart(dialog, console_context, qtbot):
    dialog.title_edit.setText("鄞县大道车辆追尾")
    choose(dialog.category_combo, "accident")
    choose(dialog.type_combo, "traffic")
    choose_division(dialog)
    dialog.figure_edits["deaths"].setText("0")
    dialog.figure_edits["missing"].setText("2")
    dialog.loss_edit.setText("0")

    with qtbot.waitSignal(dialog.incident_saved):
        dialog.save()

    [incident] = registered(console_context)
    assert incident.deaths == 0
    assert incident.missing == 2
    assert incident.injured is None
    assert incident.serious_injuries is None
    assert incident.loss_yuan == 0
    history = queries.figure_history(console_context.database, incident.id)
    assert sorted((r.field, r.value) for r in history) == [
        ("deaths", 0),
        ("missing", 2),
    ]


def test_accidents_show_the_unit_section_and_other_categories_hide_it(
    dialog, console_context, qtbot
):
    unit_fields = [dialog.text_edits[n] for n in ("unit_name", "unit_scale")]

    choose(dialog.category_combo, "natural")
    assert not any(f.isVisibleTo(dialog) for f in unit_fields)
    choose(dialog.category_combo, "accident")
    assert all(f.isVisibleTo(dialog) for f in unit_fields)

    dialog.title_edit.setText("某机械厂冲压伤人")
    choose_division(dialog)
    dialog.text_edits["unit_name"].setText("宁波某机械有限公司")
    dialog.text_edits["unit_nature"].setText("民营企业，机械制造")
    with qtbot.waitSignal(dialog.incident_saved):
        dialog.save()

    [incident] = registered(console_context)
    assert incident.unit_name == "宁波某机械有限公司"
    assert incident.unit_nature == "民营企业，机械制造"


def test_enter_walks_the_fields_in_report_order(dialog, qtbot, activate):
    choose(dialog.category_combo, "accident")
    text = dialog.text_edits
    expected = [
        dialog.title_edit,
        dialog.received_edit,
        text["source_unit"],
        text["source_person"],
        text["source_phone"],
        dialog.occurred_edit,
        dialog.division_combo,
        dialog.lat_edit,
        dialog.lon_edit,
        text["address"],
        dialog.category_combo,
        dialog.type_combo,
        dialog.warning_combo,
        *(dialog.figure_edits[n] for n in ("deaths", "serious_injuries", "injured")),
        *(dialog.figure_edits[n] for n in ("missing", "trapped", "endangered")),
        dialog.figure_edits["evacuated"],
        dialog.loss_edit,
        dialog.grade.combo,  # the reason is skipped while no grade is chosen
        *(text[n] for n in ("unit_name", "unit_address", "unit_nature", "unit_scale")),
        text["cause_and_course"],
        text["affected_area_and_trend"],
        text["measures_taken"],
        text["leaders_on_scene"],
        text["requests"],
        text["commander_contact"],
        text["reporter"],
    ]
    activate(dialog)
    dialog.title_edit.setFocus()

    reached = []
    for widget in expected:
        qtbot.waitUntil(widget.hasFocus)
        reached.append(widget)
        if isinstance(widget, QPlainTextEdit):
            qtbot.keyClick(widget, Qt.Key.Key_Return)  # a new line, not a move
            assert widget.hasFocus()
            assert widget.toPlainText() == "\n"
            qtbot.keyClick(widget, Qt.Key.Key_Tab)
        else:
            qtbot.keyClick(widget, Qt.Key.Key_Return)

    assert reached == expected
    qtbot.waitUntil(dialog.save_button.hasFocus)
    assert dialog.isVisible()


def test_a_town_is_found_by_typing_part_of_its_name(dialog, qtbot, activate):
    combo = dialog.division_combo
    activate(dialog)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    combo.lineEdit().insert("中河")  # an input method commits the characters

    qtbot.keyClick(combo, Qt.Key.Key_Return)

    qtbot.waitUntil(dialog.lat_edit.hasFocus)
    assert combo.currentText() == "中河街道"
    assert dialog.division_id() == combo.itemData(combo.findText("中河街道"))


def test_a_name_matching_several_towns_is_refused(dialog, console_context):
    dialog.title_edit.setText("某处积水")
    choose(dialog.category_combo, "natural")
    dialog.division_combo.lineEdit().setText("街道")

    dialog.save()

    assert dialog.problems.text("division") == problem_message("division.unknown")
    assert registered(console_context) == []


def test_ctrl_enter_saves_from_a_text_box(dialog, console_context, qtbot, activate):
    dialog.title_edit.setText("河道漂浮物")
    choose(dialog.category_combo, "natural")
    choose_division(dialog)
    activate(dialog)
    box = dialog.text_edits["measures_taken"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)

    with qtbot.waitSignal(dialog.incident_saved):
        qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert len(registered(console_context)) == 1


def test_messages_disappear_as_soon_as_their_field_is_edited(dialog):
    dialog.save()
    assert dialog.problems.text("title") == problem_message("title.empty")
    assert dialog.problems.text("category") == problem_message("category.unknown")

    dialog.title_edit.insert("某")

    assert dialog.problems.text("title") == ""
    assert dialog.problems.text("category") == problem_message("category.unknown")
    choose(dialog.category_combo, "health")
    assert dialog.problems.text("category") == ""


def test_suggested_grade_follows_the_figures_as_typed(dialog):
    choose(dialog.category_combo, "accident")
    label = dialog.grade.suggestion_label

    dialog.figure_edits["deaths"].setText("3")
    assert grade_badge_text("III") in label.text()
    dialog.figure_edits["deaths"].setText("12")
    assert grade_badge_text("II") in label.text()
    dialog.figure_edits["deaths"].setText("")
    dialog.loss_edit.setText("120000000")
    assert grade_badge_text("I") in label.text()
    assert dialog.loss_readable.text() == "1.2亿元"


def test_a_grade_other_than_the_suggestion_needs_a_reason(
    dialog, console_context, qtbot
):
    dialog.title_edit.setText("某厂房坍塌")
    choose(dialog.category_combo, "accident")
    choose_division(dialog)
    dialog.figure_edits["deaths"].setText("3")
    assert not dialog.grade.reason_edit.isEnabled()
    choose(dialog.grade.combo, "II")

    dialog.save()

    assert dialog.problems.text("grade") == problem_message(GRADE_REASON_REQUIRED)
    assert registered(console_context) == []
    dialog.grade.reason_edit.setText("社会影响大，按重大事件处置")
    assert dialog.problems.text("grade") == ""
    with qtbot.waitSignal(dialog.incident_saved):
        dialog.save()

    [incident] = registered(console_context)
    assert (incident.grade, incident.grade_suggested) == ("II", "III")
    [decision] = queries.level_decisions(console_context.database, incident.id)
    assert decision.reason == "社会影响大，按重大事件处置"


@pytest.fixture
def existing(console_context) -> str:
    draft = IncidentDraft(
        title="东吴镇某化工厂爆炸",
        category="accident",
        type="hazardous_chemicals",
        occurred_at=datetime.now(UTC) - timedelta(minutes=30),
        details=IntakeDetails(
            figures=Figures(deaths=1),
            source_unit="东吴镇应急办",
            cause_and_course="反应釜超压爆炸",
        ),
    )
    return create_incident(console_context.operations, draft).id


def test_completing_changes_only_edited_fields_and_records_figures(
    qtbot, console_context, english, existing
):
    dlg = IntakeDialog(console_context, incident_id=existing)
    qtbot.addWidget(dlg)
    assert dlg.title_edit.text() == "东吴镇某化工厂爆炸"
    assert dlg.figure_edits["deaths"].text() == "1"
    assert dlg.figure_edits["injured"].text() == ""
    assert not dlg.category_combo.isEnabled()
    before = queries.incident(console_context.database, existing)

    dlg.text_edits["measures_taken"].setPlainText("消防救援大队已到场")
    dlg.figure_edits["deaths"].setText("2")
    dlg.figure_edits["injured"].setText("5")
    with qtbot.waitSignal(dlg.incident_saved):
        dlg.save()

    [incident] = registered(console_context)
    assert incident.id == existing
    assert incident.measures_taken == "消防救援大队已到场"
    assert (incident.deaths, incident.injured) == (2, 5)
    assert incident.cause_and_course == before.cause_and_course
    assert incident.received_at == before.received_at
    updates = [
        e.text
        for e in queries.incident_log(console_context.database, existing)
        if e.action == "incident.update"
    ]
    assert updates == ["measures_taken"]
    history = queries.figure_history(console_context.database, existing)
    assert [(r.field, r.value) for r in history if r.field == "deaths"] == [
        ("deaths", 1),
        ("deaths", 2),
    ]
    assert {r.source for r in history} == {"东吴镇应急办"}


def test_completing_without_changes_writes_nothing(
    qtbot, console_context, english, existing
):
    dlg = IntakeDialog(console_context, incident_id=existing)
    qtbot.addWidget(dlg)
    count = len(queries.log_entries(console_context.database))

    with qtbot.waitSignal(dlg.incident_saved):
        dlg.save()

    assert len(queries.log_entries(console_context.database)) == count


def test_open_intake_raises_the_form_already_open_on_an_incident(
    qtbot, console_context, english, existing, make_window
):
    window = make_window()
    first = open_intake(console_context, window, incident_id=existing)
    qtbot.addWidget(first)

    again = open_intake(console_context, window, incident_id=existing)

    assert again is first
    assert first.isVisible()
    assert not first.isModal()


def test_closing_with_typed_text_asks_first(dialog, qtbot):
    dialog.title_edit.setText("半截记录")

    dialog.reject()

    box = dialog.discard_question
    assert box is not None
    assert dialog.isVisible()
    button(box, QMessageBox.ButtonRole.DestructiveRole).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_form_is_in_chinese_with_the_chinese_ui(qtbot, console_context, chinese):
    dlg = IntakeDialog(console_context)
    qtbot.addWidget(dlg)

    dlg.save()

    assert dlg.windowTitle() == "接报登记"
    assert dlg.figure_edits["deaths"].placeholderText() == "不详"
    assert dlg.problems.text("title") == "请填写事件标题。"
