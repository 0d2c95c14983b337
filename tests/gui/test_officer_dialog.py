"""Choosing the officer on duty at start-up."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from widgets.officer_dialog import OfficerDialog


def test_known_names_offered_and_last_officer_preselected(qtbot):
    dialog = OfficerDialog(["李娜", "王强", "张伟"], last="王强")
    qtbot.addWidget(dialog)

    names = [dialog.name_combo.itemText(i) for i in range(dialog.name_combo.count())]
    assert names == ["李娜", "王强", "张伟"]
    assert dialog.officer_name() == "王强"


def test_a_new_name_can_be_typed(qtbot):
    dialog = OfficerDialog(["李娜"], last="")
    qtbot.addWidget(dialog)

    dialog.name_combo.setEditText("  陈  明 ")

    assert dialog.officer_name() == "陈 明"


def test_ok_needs_a_name(qtbot):
    dialog = OfficerDialog([], last="")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    assert not ok.isEnabled()
    dialog.name_combo.setEditText("   ")
    assert not ok.isEnabled()
    dialog.name_combo.setEditText("周敏")
    assert ok.isEnabled()
