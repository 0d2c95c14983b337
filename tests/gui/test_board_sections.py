"""The board's sections: status, the three levels, figures, orders and log."""

from __future__ import annotations

import pytest
from shiboken6 import isValid

from console import queries
from console.domain.incidents import Figures
from console.ops.incidents import advance_status, record_figures
from console.ops.instructions import add_instruction, set_command_post
from widgets.level_dialogs import UNCHOSEN


def actions(context, incident_id: str) -> list[str]:
    """The incident's log actions, newest first."""
    return [e.action for e in queries.incident_log(context.database, incident_id)]


def test_advance_moves_to_the_next_status_and_the_menu_skips(
    qtbot, console_context, make_board, add_incident, english
):
    incident = add_incident()
    board = make_board()
    board.show_incident(incident.id)
    assert board.status.status_label.text() == "Received"
    assert board.status.advance_button.text() == "→ Verified"
    assert not board.status.reopen_button.isVisibleTo(board)

    board.status.advance_button.click()

    qtbot.waitUntil(lambda: board.status.status_label.text() == "Verified")
    assert queries.incident(console_context.database, incident.id).status == (
        "verified"
    )
    menu = board.status.advance_button.menu()
    assert [a.text() for a in menu.actions()] == [
        "Being handled",
        "Under control",
        "Closed",
    ]
    menu.actions()[1].trigger()
    qtbot.waitUntil(lambda: board.status.status_label.text() == "Under control")
    assert actions(console_context, incident.id)[:2] == [
        "incident.status",
        "incident.status",
    ]


def test_reopen_asks_for_a_reason_and_refuses_none(
    qtbot, console_context, make_board, add_incident, english
):
    incident = add_incident()
    advance_status(console_context.operations, incident.id, "closed")
    board = make_board()
    board.show_incident(incident.id)
    assert board.status.reopen_button.isVisibleTo(board)
    assert not board.status.advance_button.isVisibleTo(board)

    dialog = board.status.ask_reopen()
    dialog.setTextValue("   ")
    dialog.accept()

    assert board.status.message_label.text() == "Not reopened: a reason is required."
    assert queries.incident(console_context.database, incident.id).status == "closed"

    dialog = board.status.ask_reopen()
    dialog.setTextValue("复燃，重新组织扑救")
    dialog.accept()

    qtbot.waitUntil(lambda: board.status.status_label.text() == "Being handled")
    assert board.status.message_label.isHidden()
    entry = queries.incident_log(console_context.database, incident.id)[0]
    assert (entry.action, entry.text) == ("incident.reopen", "复燃，重新组织扑救")


def test_grade_override_needs_a_reason(
    qtbot, console_context, make_board, add_incident, english
):
    # Two deaths make the rules suggest Ⅳ (一般); the officer says Ⅲ.
    incident = add_incident(grade=None, figures=Figures(deaths=2))
    board = make_board()
    board.show_incident(incident.id)
    assert board.grade_badge.text() == "Grade Ⅳ General"
    assert board.levels.grade_note.isHidden()

    dialog = board.levels.open_grade_dialog()
    dialog.grade_combo.setCurrentIndex(dialog.grade_combo.findData("III"))
    assert not dialog.save()

    assert dialog.isVisible()
    assert dialog.error_label.text() == (
        "Give the reason for a grade other than the suggested one."
    )
    assert queries.incident(console_context.database, incident.id).grade == "IV"

    dialog.reason_edit.setText("涉及危化品仓库，社会影响大")
    assert dialog.save()

    qtbot.waitUntil(lambda: board.grade_badge.text() == "Grade Ⅲ Relatively serious")
    assert board.levels.dialog is None
    assert board.levels.grade_note.text() == (
        "Suggested from the figures: Grade Ⅳ General"
    )
    decision = queries.level_decisions(console_context.database, incident.id)[-1]
    assert (decision.level_kind, decision.value, decision.reason) == (
        "grade",
        "III",
        "涉及危化品仓库，社会影响大",
    )


def test_response_decision_records_who_decided_and_suggests_from_warning(
    qtbot, console_context, make_board, add_incident, english
):
    incident = add_incident(category="natural", type="flood")
    board = make_board()
    board.show_incident(incident.id)
    assert board.levels.response_chip.text() == "No emergency response"

    warning = board.levels.open_warning_dialog()
    warning.level_combo.setCurrentIndex(warning.level_combo.findData("orange"))
    assert not warning.save()
    assert warning.error_label.text() == "Say who issued the warning."
    warning.source_edit.setText("鄞州区气象台")
    assert warning.save()
    qtbot.waitUntil(lambda: board.levels.warning_chip.text() == "Orange warning")
    assert board.levels.warning_note.text().startswith("Issued by 鄞州区气象台, ")

    response = board.levels.open_response_dialog()
    assert response.suggested == "II"
    assert response.level_combo.currentData() == "II"
    response.level_combo.setCurrentIndex(response.level_combo.findData("III"))
    response.reason_edit.setText("会商研判")
    assert not response.save()
    assert response.error_label.text() == "Say who decided (e.g. 区防指 总指挥)."
    response.decided_by_edit.setText("区防指 总指挥")
    assert response.save()

    qtbot.waitUntil(lambda: board.levels.response_chip.text() == "Level Ⅲ response")
    decision = queries.level_decisions(console_context.database, incident.id)[-1]
    assert (decision.level_kind, decision.value, decision.decided_by) == (
        "response",
        "III",
        "区防指 总指挥",
    )
    note = board.levels.response_note.text()
    assert "Decided by 区防指 总指挥" in note
    assert "会商研判" in note
    assert "Suggested for the Orange warning: Level Ⅱ response" in note


def test_figures_show_unknown_and_the_history_lists_every_revision(
    qtbot, console_context, make_board, add_incident, chinese
):
    incident = add_incident(figures=Figures(deaths=0, injured=3))
    board = make_board()
    board.show_incident(incident.id)
    values = {f: label.text() for f, label in board.figures.values.items()}
    assert values == {
        "deaths": "0",
        "serious_injuries": "不详",
        "injured": "3",
        "missing": "不详",
        "trapped": "不详",
    }

    record_figures(
        console_context.operations, incident.id, {"injured": 5}, source="区人民医院"
    )
    qtbot.waitUntil(lambda: board.figures.values["injured"].text() == "5")
    dialog = board.figures.show_history()

    rows = [
        tuple(dialog.table.item(r, c).text() for c in range(1, 4))
        for r in range(dialog.table.rowCount())
    ]
    assert ("受伤", "3", "张伟") in rows
    assert ("受伤", "5", "区人民医院") in rows
    assert ("死亡", "0", "张伟") in rows
    assert dialog.table.item(0, 0).text().startswith("20")


def test_open_instructions_are_listed_and_done_removes_them(
    qtbot, console_context, make_board, add_incident, english
):
    incident = add_incident()
    other = add_incident("another")
    first = add_instruction(
        console_context.operations, incident.id, leader="区长 李明", text="全力搜救"
    )
    add_instruction(
        console_context.operations, incident.id, leader="副区长 王强", text="及时续报"
    )
    add_instruction(console_context.operations, other.id, leader="x", text="其他事件")
    board = make_board()
    board.show_incident(incident.id)

    shown = [(h.text(), t.text()) for _i, h, t, _b in board.instructions.rows]
    assert [text for _h, text in shown] == ["全力搜救", "及时续报"]
    assert shown[0][0].startswith("区长 李明 · ")
    assert board.instructions.empty_label.isHidden()

    board.instructions.rows[0][3].click()

    qtbot.waitUntil(lambda: len(board.instructions.rows) == 1)
    assert board.instructions.rows[0][2].text() == "及时续报"
    done = queries.instructions(console_context.database, incident.id)[0]
    assert done.id == first.id
    assert done.done_at is not None
    assert actions(console_context, incident.id)[0] == "instruction.done"


def test_command_posts_are_edited_through_the_dialog(
    qtbot, console_context, make_board, add_incident, english
):
    incident = add_incident()
    set_command_post(
        console_context.operations,
        incident.id,
        "professional",
        lead="消防救援大队 陈刚",
        contact="",
    )
    board = make_board()
    board.show_incident(incident.id)
    assert board.posts.texts["administrative"].text() == "Not set up"
    assert board.posts.texts["professional"].text() == "消防救援大队 陈刚"

    dialog = board.posts.edit("administrative")
    assert not dialog.save()
    assert dialog.error_label.text() == "Name who leads the command post."
    dialog.lead_edit.setText("副区长 王强")
    dialog.contact_edit.setText("13800000001")
    assert dialog.save()

    qtbot.waitUntil(
        lambda: (
            board.posts.texts["administrative"].text() == "副区长 王强 · 13800000001"
        )
    )
    posts = {
        p.kind: p for p in queries.command_posts(console_context.database, incident.id)
    }
    assert (posts["administrative"].lead, posts["administrative"].contact) == (
        "副区长 王强",
        "13800000001",
    )

    again = board.posts.edit("professional")
    assert again.lead_edit.text() == "消防救援大队 陈刚"


def test_recent_log_shows_the_latest_five_of_this_incident(
    qtbot, console_context, make_board, add_incident, english, fake_clock
):
    incident = add_incident()
    other = add_incident("other")
    for status in ("verified", "handling", "controlled"):
        advance_status(console_context.operations, incident.id, status)
    advance_status(console_context.operations, other.id, "verified")
    add_instruction(console_context.operations, incident.id, leader="李明", text="续报")
    set_command_post(
        console_context.operations,
        incident.id,
        "administrative",
        lead="王强",
        contact="",
    )
    board = make_board()
    board.show_incident(incident.id)

    texts = board.recent_log.texts()

    assert len(texts) == 5
    assert texts[0].endswith(
        "张伟 · Administrative command post: led by 王强, contact —"
    )
    assert texts[1].endswith("Instruction from 李明: 续报")
    assert texts[2].endswith("Status changed to Under control")
    assert texts[4].endswith("Status changed to Verified")
    assert all("other" not in t for t in texts)


@pytest.mark.parametrize("section", ["levels", "posts"])
def test_a_second_dialog_replaces_the_first(make_board, add_incident, section):
    incident = add_incident()
    board = make_board()
    board.show_incident(incident.id)
    owner = getattr(board, section)
    open_one = (
        owner.open_grade_dialog
        if section == "levels"
        else lambda: owner.edit("administrative")
    )

    first = open_one()
    second = open_one()

    assert owner.dialog is second
    assert not isValid(first) or not first.isVisible()
    assert second.isVisible()


def test_level_dialogs_never_preselect_a_level_nobody_set(
    make_board, add_incident, console_context, english
):
    # An ungraded typhoon with no warning and no response: confirming any of
    # the dialogs without a choice must not grade it Ⅰ, lift a warning that
    # was never issued or end a response never started.
    incident = add_incident(grade=None, category="natural", type="typhoon")
    board = make_board()
    board.show_incident(incident.id)

    grade = board.levels.open_grade_dialog()
    assert grade.grade_combo.currentData() == UNCHOSEN
    assert not grade.save()
    assert grade.error_label.text() == "Choose the grade."
    grade.reject()

    warning = board.levels.open_warning_dialog()
    warning.source_edit.setText("鄞州区气象台")
    assert warning.level_combo.currentData() == UNCHOSEN
    assert not warning.save()
    assert warning.error_label.text() == "Choose the warning."
    warning.reject()

    response = board.levels.open_response_dialog()
    response.decided_by_edit.setText("区防指")
    response.reason_edit.setText("会商")
    assert response.level_combo.currentData() == UNCHOSEN
    assert not response.save()
    response.reject()

    stored = queries.incident(console_context.database, incident.id)
    assert (stored.grade, stored.warning_level, stored.response_level) == (
        None,
        None,
        None,
    )
