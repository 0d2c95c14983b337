"""The start-up message for a database that cannot be opened."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from console.context import open_console
from console.store.migrate import (
    CorruptDatabaseError,
    NewerDatabaseError,
    UnreadableDatabaseError,
)
from widgets.db_error_dialog import ask_new_database, database_error_box

DB = Path("/data/eoc/console.sqlite")


def texts(box: QMessageBox) -> str:
    return f"{box.text()}\n{box.informativeText()}"


def test_real_corrupt_file_is_named_with_its_path(qtbot, tmp_path, english):
    (tmp_path / "console.sqlite").write_bytes(b"this is not sqlite at all" * 10)
    with pytest.raises(CorruptDatabaseError) as raised:
        open_console(tmp_path)

    box, new_button = database_error_box(raised.value)
    qtbot.addWidget(box)

    assert str(tmp_path / "console.sqlite") in texts(box)
    assert "damaged" in box.text()
    assert "left untouched" in box.informativeText()
    assert new_button.text() == "Start a new database beside it"


def test_unreadable_file_offers_new_database(qtbot, english):
    box, new_button = database_error_box(UnreadableDatabaseError(DB, "denied"))
    qtbot.addWidget(box)

    assert "permissions" in box.text()
    assert str(DB) in box.informativeText()
    assert new_button is not None
    assert box.detailedText() == "denied"


def test_newer_file_only_offers_quit(qtbot, english):
    box, new_button = database_error_box(NewerDatabaseError(DB, "revision 0099"))
    qtbot.addWidget(box)

    assert new_button is None
    details = QMessageBox.ButtonRole.ActionRole
    choices = [b.text() for b in box.buttons() if box.buttonRole(b) != details]
    assert choices == ["Quit"]
    assert "newer version" in box.text()
    assert str(DB) in box.informativeText()


def test_dialog_speaks_chinese(qtbot, chinese):
    box, new_button = database_error_box(CorruptDatabaseError(DB, "bad header"))
    qtbot.addWidget(box)

    assert new_button.text() == "在旁边新建数据库"
    assert "数据库文件已损坏" in box.text()
    assert f"文件：{DB}" in box.informativeText()


@pytest.mark.parametrize(("choice", "expected"), [("new", True), ("quit", False)])
def test_ask_new_database_returns_the_choice(qtbot, english, choice, expected):
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        wanted = "Start a new database beside it" if choice == "new" else "Quit"
        next(b for b in box.buttons() if b.text() == wanted).click()

    QTimer.singleShot(0, answer)

    assert ask_new_database(CorruptDatabaseError(DB, "bad")) is expected
