"""The plan editor: live validation, the actions table, saving new versions."""

from __future__ import annotations

import pytest
from plan_support import FLOOD
from PySide6.QtCore import Qt

from console.plans.library import load_library, shipped_dir, user_dir
from widgets.plan_actions_table import DUE, TASK, UNIT

OLD_TASK = "各镇（街道）和区级有关部门实行24小时值班和领导带班"
NEW_TASK = "各镇（街道）和区级有关部门实行24小时值班、领导在岗带班"


@pytest.fixture
def library(make_window):
    window = make_window()
    dialog = window.plans.open_library()
    assert dialog.select_plan(FLOOD)
    return dialog


@pytest.fixture
def editor(library):
    dialog = library.edit_current()
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def line_of(text: str, start: str) -> int:
    return next(
        i for i, line in enumerate(text.split("\n"), 1) if line.startswith(start)
    )


def error_texts(editor) -> list[str]:
    return [
        editor.errors_list.item(i).text() for i in range(editor.errors_list.count())
    ]


def test_editor_opens_the_plan_as_a_new_version(chinese, editor):
    text = editor.text_edit.toPlainText()

    assert editor.version_edit.text() == "2023年修订版 修订1"
    assert 'version: "2023年修订版 修订1"' in text
    # The file's own comments are kept in the text being edited.
    assert text.startswith("# 宁波市鄞州区防汛防台抗旱应急预案")
    assert error_texts(editor) == []
    assert editor.save_button.isEnabled()


def test_broken_yaml_shows_the_located_error_and_a_click_goes_there(
    qtbot, chinese, editor
):
    text = editor.text_edit.toPlainText().replace("kind: special", "kind: specal")
    line = line_of(text, "kind:")
    editor.text_edit.setPlainText(text)

    # Checked as typed, after a short pause.
    qtbot.waitUntil(lambda: editor.errors_list.count() == 1)
    [error] = error_texts(editor)
    assert error.startswith(f"第{line}行：")
    assert "specal" in error
    assert editor.status_label.text() == "1 处错误：暂不能保存。"
    assert not editor.save_button.isEnabled()
    assert not editor.actions_table.isEnabled()

    editor.text_edit.moveCursor(editor.text_edit.textCursor().MoveOperation.End)
    item = editor.errors_list.item(0)
    rect = editor.errors_list.visualItemRect(item)
    qtbot.mouseClick(
        editor.errors_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert editor.text_edit.textCursor().blockNumber() == line - 1
    assert not editor.save()


def test_yaml_syntax_error_is_located(chinese, editor):
    text = editor.text_edit.toPlainText()
    line = line_of(text, "levels:")
    editor.text_edit.setPlainText(text.replace("levels:", "levels: [", 1))

    errors = editor.validate()

    assert [e.line for e in errors] == [line + 1]
    assert error_texts(editor)[0].startswith(f"第{line + 1}行：YAML syntax error")


def test_saving_an_edit_writes_a_new_version_and_the_diff_shows_it(
    qtbot, chinese, library, editor, console_context
):
    shipped = {p.name: p.read_bytes() for p in shipped_dir().glob("*.yaml")}
    editor.tabs.setCurrentIndex(1)
    table = editor.actions_table
    assert table.level == "IV"
    assert table.table.item(0, TASK).text() == OLD_TASK

    table.table.item(0, TASK).setText(NEW_TASK)
    table.table.item(0, DUE).setText("15")

    assert editor.plan is not None
    duty = editor.plan.levels[0].actions[0]
    assert (duty.task, duty.due_minutes) == (NEW_TASK, 15)
    assert f"task: {NEW_TASK}" in editor.text_edit.toPlainText()
    assert editor.save()

    assert editor.saved_path.parent == user_dir(console_context.data_dir)
    versions = load_library(console_context.data_dir).versions(FLOOD)
    assert [v.version for v in versions] == ["2023年修订版", "2023年修订版 修订1"]
    assert {p.name: p.read_bytes() for p in shipped_dir().glob("*.yaml")} == shipped

    qtbot.waitUntil(lambda: library.versions.table.rowCount() == 2)
    assert library.tabs.currentWidget() is library.versions
    lines = [
        library.versions.diff_list.item(i).text()
        for i in range(library.versions.diff_list.count())
    ]
    assert lines == [
        "版本 2023年修订版 → 2023年修订版 修订1",
        f"Ⅳ级 动作 iv-duty：内容 {OLD_TASK} → {NEW_TASK}",
        "Ⅳ级 动作 iv-duty：时限 立即 → 15分钟",
    ]


def test_a_version_already_in_the_library_is_not_saved(chinese, editor):
    editor.version_edit.setText("2023年修订版")
    editor.set_version("2023年修订版")

    assert not editor.save()

    assert "已有本预案的“2023年修订版”版本" in editor.status_label.text()
    assert editor.isVisible()


def test_a_new_row_is_a_sample_and_needs_task_and_unit(chinese, editor):
    table = editor.actions_table
    table.add_row()
    row = table.table.rowCount() - 1

    assert table.table.item(row, 5).text() == "示例（未核实）"
    assert editor.plan is None
    assert any("task" in text for text in error_texts(editor))
    assert table.isEnabled()

    table.table.item(row, TASK).setText("检查避灾安置场所")
    table.table.item(row, UNIT).setText("区民政局")

    assert error_texts(editor) == []
    added = editor.plan.levels[0].actions[-1]
    assert (added.id, added.task, added.verification) == (
        "iv-new-1",
        "检查避灾安置场所",
        "sample",
    )


def test_due_minutes_must_be_a_number(chinese, editor):
    table = editor.actions_table
    before = editor.text_edit.toPlainText()

    table.table.item(0, DUE).setText("半小时")

    assert table.message_label.text() == "时限须为整数分钟，或留空。"
    assert editor.text_edit.toPlainText() == before
