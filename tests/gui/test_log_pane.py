"""The operation log pane: shortcut, notes, refusals and corrections."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from console import queries
from console.ops.oplog import add_note
from widgets.changes import OpChangesRelay
from widgets.log_model import OpLogModel
from widgets.log_pane import OperationLogPane


@pytest.fixture
def pane(qtbot, console_context, english) -> OperationLogPane:
    relay = OpChangesRelay(console_context.operations)
    widget = OperationLogPane(console_context, relay)
    widget.relay = relay  # kept alive as long as the pane
    qtbot.addWidget(widget)
    widget.show()
    return widget


def row(pane: OperationLogPane, number: int) -> tuple[str, str]:
    model = pane.model
    return (
        model.index(number, OpLogModel.OFFICER).data(),
        model.index(number, OpLogModel.TEXT).data(),
    )


@pytest.mark.parametrize("key", ["Ctrl+L", "F2"])
def test_shortcut_focuses_entry_from_anywhere_in_window(
    qtbot, make_window, activate, key
):
    window = make_window()
    activate(window)
    window.board_b.picker.setFocus()
    qtbot.waitUntil(window.board_b.picker.hasFocus)

    if key == "F2":
        qtbot.keyClick(window.board_b.picker, Qt.Key.Key_F2)
    else:
        ctrl = Qt.KeyboardModifier.ControlModifier
        qtbot.keyClick(window.board_b.picker, Qt.Key.Key_L, ctrl)

    qtbot.waitUntil(window.log_pane.entry_edit.hasFocus)


def test_shortcut_reopens_a_closed_log_dock(qtbot, make_window, activate):
    window = make_window()
    window.log_dock.close()
    activate(window)

    qtbot.keyClick(window.board_a.picker, Qt.Key.Key_F2)

    assert window.log_dock.isVisible()
    qtbot.waitUntil(window.log_pane.entry_edit.hasFocus)


def test_enter_saves_a_note_by_the_officer_on_duty(qtbot, pane, console_context):
    before = pane.model.rowCount()
    pane.entry_edit.setFocus()
    # QTest can only type Latin-1; Chinese arrives as an input-method commit.
    qtbot.keyClicks(pane.entry_edit, "15:20 ")
    pane.entry_edit.insert("区水利局回电，泵站已启动")

    qtbot.keyClick(pane.entry_edit, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: pane.model.rowCount() == before + 1)
    assert row(pane, 0) == ("张伟", "15:20 区水利局回电，泵站已启动")
    assert pane.entry_edit.text() == ""
    newest = queries.log_entries(console_context.database, limit=1)[0]
    assert (newest.kind, newest.officer) == ("note", "张伟")


def test_empty_entry_is_refused_with_a_message(qtbot, pane, console_context):
    before = len(queries.log_entries(console_context.database))
    qtbot.keyClicks(pane.entry_edit, "   ")

    qtbot.keyClick(pane.entry_edit, Qt.Key.Key_Return)

    assert pane.message_label.isVisible()
    assert pane.message_label.text() == "Nothing recorded: the entry is empty."
    assert len(queries.log_entries(console_context.database)) == before


def test_correction_is_a_new_entry_naming_the_original(qtbot, pane, console_context):
    add_note(console_context.operations, "泵站 3 台启动")
    qtbot.waitUntil(lambda: row(pane, 0)[1] == "泵站 3 台启动")
    original_id = pane.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 1)
    count = pane.model.rowCount()

    menu = pane.context_menu(pane.model.index(0, OpLogModel.TEXT))
    [correct] = menu.actions()
    assert correct.text() == "Correct…"
    correct.trigger()
    dialog = pane.correction_dialog
    assert dialog is not None
    dialog.setTextValue("应为泵站 2 台启动")
    dialog.accept()

    qtbot.waitUntil(lambda: pane.model.rowCount() == count + 1)
    officer, text = row(pane, 0)
    assert officer == "张伟"
    assert text.startswith("Correction to the entry of ")
    assert "by 张伟: 应为泵站 2 台启动" in text
    assert row(pane, 1)[1] == "泵站 3 台启动 [corrected]"
    entries = queries.log_entries(console_context.database, limit=2)
    assert entries[0].corrects_id == original_id
    assert entries[1].text == "泵站 3 台启动"


def test_empty_correction_is_refused(qtbot, pane, console_context):
    count = pane.model.rowCount()
    pane.context_menu(pane.model.index(0, 0)).actions()[0].trigger()
    pane.correction_dialog.setTextValue("  ")

    pane.correction_dialog.accept()

    assert pane.message_label.text() == "Nothing recorded: the correction is empty."
    assert len(queries.log_entries(console_context.database)) == count


def test_log_table_cannot_be_edited(pane):
    flags = pane.model.flags(pane.model.index(0, OpLogModel.TEXT))

    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not pane.model.setData(pane.model.index(0, 0), "changed")


def test_refusal_clears_when_typing_resumes(qtbot, pane):
    qtbot.keyClick(pane.entry_edit, Qt.Key.Key_Return)
    assert pane.message_label.isVisible()

    qtbot.keyClicks(pane.entry_edit, "1")

    assert not pane.message_label.isVisible()
    assert pane.message_label.text() == ""


def test_refusal_clears_after_the_next_save(qtbot, pane):
    qtbot.keyClick(pane.entry_edit, Qt.Key.Key_Return)
    assert pane.message_label.isVisible()
    pane.entry_edit.setText("泵站已启动")  # not typing: the label is still shown
    assert pane.message_label.isVisible()

    qtbot.keyClick(pane.entry_edit, Qt.Key.Key_Return)

    assert not pane.message_label.isVisible()
