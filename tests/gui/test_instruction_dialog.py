"""Leaders' instructions: recording them and marking them done."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from console import queries
from console.domain.incidents import IncidentDraft
from console.ops.incidents import create_incident
from widgets.instruction_dialog import InstructionDialog, open_instruction_dialog


@pytest.fixture
def incident_id(console_context) -> str:
    draft = IncidentDraft(
        title="姜山镇河道决口",
        category="natural",
        type="flood_drought",
        occurred_at=datetime.now(UTC) - timedelta(hours=1),
        lat=29.70,
        lon=121.55,
    )
    return create_incident(console_context.operations, draft).id


@pytest.fixture
def dialog(qtbot, console_context, english, incident_id) -> InstructionDialog:
    dlg = InstructionDialog(console_context, incident_id)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_instructions_are_recorded_and_marked_done(dialog, console_context):
    dialog.leader_edit.setText("区长 王明")
    dialog.text_edit.setPlainText("全力转移下游群众，确保人员安全")

    recorded = dialog.record()

    assert recorded is not None
    [stored] = queries.instructions(console_context.database, dialog.incident_id)
    assert (stored.leader, stored.done_at) == ("区长 王明", None)
    assert dialog.table.item(0, 3).text() == "Open"
    assert dialog.text_edit.toPlainText() == ""
    assert dialog.selected_instruction().id == stored.id
    assert dialog.done_button.isEnabled()

    dialog.note_edit.setText("已转移群众320人")
    dialog.mark_done()

    [done] = queries.instructions(console_context.database, dialog.incident_id)
    assert done.done_at is not None
    assert done.done_note == "已转移群众320人"
    assert dialog.table.item(0, 3).text().endswith(": 已转移群众320人")
    assert not dialog.done_button.isEnabled()
    assert (
        queries.instructions(
            console_context.database, dialog.incident_id, open_only=True
        )
        == []
    )


def test_missing_leader_or_text_is_shown_under_the_field(dialog, console_context):
    dialog.record()

    assert dialog.problems.text("leader") == "Enter the leader who gave it."
    assert dialog.problems.text("text") == "Enter the instruction."
    assert queries.instructions(console_context.database, dialog.incident_id) == []
    dialog.leader_edit.setText("书记")
    assert dialog.problems.text("leader") == ""
    assert dialog.problems.text("text") == "Enter the instruction."


def test_ctrl_enter_records_from_the_text_box(dialog, console_context, qtbot, activate):
    dialog.leader_edit.setText("副区长")
    activate(dialog)
    dialog.text_edit.setFocus()
    qtbot.waitUntil(dialog.text_edit.hasFocus)
    dialog.text_edit.insertPlainText("加强巡堤")

    qtbot.keyClick(
        dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )

    [stored] = queries.instructions(console_context.database, dialog.incident_id)
    assert stored.text == "加强巡堤"


def test_open_instruction_dialog_raises_the_one_already_open(
    qtbot, console_context, english, incident_id, make_window
):
    window = make_window()
    first = open_instruction_dialog(console_context, incident_id, window)
    qtbot.addWidget(first)

    assert open_instruction_dialog(console_context, incident_id, window) is first
