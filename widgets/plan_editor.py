"""The plan editor: a plan's YAML text with live validation, plus a table.

The district office edits its own plans here. The text is checked as it is
typed (``check_text``); every error is listed as "line N: message" and a
click on it moves the cursor there. The actions of each level can also be
edited in a table, which writes the text again through the plan model.
Saving always writes a *new* file in the district folder
(``<data dir>/plans``): a shipped plan file is never changed, and neither
is an earlier version.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.plans.export import dump_plan
from console.plans.library import Entry, user_dir
from console.plans.loader import check_text
from console.plans.model import Action, Plan
from console.plans.schema import PlanError
from widgets.board_parts import ERROR_COLOUR, plain_label
from widgets.plan_actions_table import PlanActionsTable, with_level_actions
from widgets.plan_labels import VERIFIED_COLOUR
from widgets.plan_shelf import PlanShelf

_log = logging.getLogger("eoc.ui")

translate = QCoreApplication.translate

CHECK_DELAY_MS = 300
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
_VERSION_LINE = re.compile(r"^version:.*$", re.MULTILINE)
_UNSAFE = re.compile(r"[^\w.-]+")


def error_text(error: PlanError) -> str:
    """第N行：message."""
    return translate("plans", "Line {line}: {message}").format(
        line=error.line, message=error.message
    )


def new_plan_path(folder: Path, plan: Plan) -> Path:
    """A file name for a new version that no file has yet."""
    stem = _UNSAFE.sub("_", f"{plan.id}--{plan.version}").strip("_")
    path = folder / f"{stem}.yaml"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}.yaml"
        number += 1
    return path


class PlanEditorDialog(QDialog):
    """Edits a plan's text and saves it as a new version in the district folder.

    Open it with ``open()`` (pitfall A6).

    Attributes:
        version_edit: the new version's name (kept in step with ``version:``).
        text_edit: the YAML text.
        errors_list: every error of the text, "line N: message".
        actions_table: the actions of one level, as a table.
        status_label: valid, or how many errors.
        plan: the plan the text holds now, or None while it has errors.
        saved_path: the file written by the last save.

    Signals:
        saved(object): the path of the new file.
    """

    saved = Signal(object)

    def __init__(
        self, shelf: PlanShelf, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan editor"))
        self._shelf = shelf
        self._from_table = False
        self.plan: Plan | None = None
        self._base: Plan | None = None
        self.saved_path: Path | None = None
        self._build()
        self.text_edit.setPlainText(text)
        self._timer.stop()
        self.validate()
        self.resize(1100, 780)

    def _build(self) -> None:
        self.version_edit = QLineEdit()
        self.version_edit.textEdited.connect(self.set_version)
        folder = user_dir(self._shelf.data_dir)
        where = plain_label(
            self.tr(
                "Saving writes a new file in {folder}; shipped plan files and "
                "earlier versions are never changed."
            ).format(folder=folder)
        )
        where.setEnabled(False)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setFont(
            QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        )
        self.text_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text_edit.textChanged.connect(self._on_text_changed)
        self.text_edit.cursorPositionChanged.connect(self._show_position)
        self.errors_list = QListWidget()
        self.errors_list.setWordWrap(True)
        self.errors_list.itemActivated.connect(self._go_to_error)
        self.errors_list.itemClicked.connect(self._go_to_error)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.text_edit)
        split.addWidget(self.errors_list)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        self.actions_table = PlanActionsTable()
        self.actions_table.actions_edited.connect(self._on_actions_edited)
        self.tabs = QTabWidget()
        self.tabs.addTab(split, self.tr("YAML text"))
        self.tabs.addTab(self.actions_table, self.tr("Actions by level"))

        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.position_label = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save as new version"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.validate)

        version_row = QHBoxLayout()
        version_row.addWidget(QLabel(self.tr("New version")))
        version_row.addWidget(self.version_edit, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.position_label)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(version_row)
        layout.addWidget(where)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

    @Slot()
    def _on_text_changed(self) -> None:
        self._timer.start()

    @Slot()
    def validate(self) -> list[PlanError]:
        """Check the text now; list its errors and update the table."""
        self._timer.stop()
        plan, errors = check_text(self.text_edit.toPlainText(), "<editor>")
        self.plan = plan
        self.errors_list.clear()
        for error in errors:
            item = QListWidgetItem(error_text(error))
            item.setData(LINE_ROLE, error.line)
            self.errors_list.addItem(item)
        if plan is not None:
            self._base = plan
            if not self._from_table:
                self.actions_table.show_plan(plan)
            if self.version_edit.text() != plan.version:
                self.version_edit.setText(plan.version)
        # The table rewrites the whole text; while the text has errors of
        # its own making, that would throw the typing away.
        self.actions_table.setEnabled(plan is not None or self._from_table)
        self._show_status(errors)
        return errors

    def _show_status(self, errors: list[PlanError]) -> None:
        if errors:
            text = self.tr("{n} error(s): the plan cannot be saved yet.").format(
                n=len(errors)
            )
            colour = ERROR_COLOUR
        else:
            text = self.tr("Valid plan.")
            colour = VERIFIED_COLOUR
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {colour};")
        self.save_button.setEnabled(not errors)

    @Slot()
    def _show_position(self) -> None:
        cursor = self.text_edit.textCursor()
        self.position_label.setText(
            self.tr("Line {line}, column {column}").format(
                line=cursor.blockNumber() + 1, column=cursor.positionInBlock() + 1
            )
        )

    @Slot(QListWidgetItem)
    def _go_to_error(self, item: QListWidgetItem) -> None:
        line = item.data(LINE_ROLE)
        if isinstance(line, int):
            self.go_to_line(line)

    def go_to_line(self, line: int) -> None:
        """Put the cursor at the start of ``line`` (1-based) and focus the text."""
        self.tabs.setCurrentIndex(0)
        block = self.text_edit.document().findBlockByNumber(max(line - 1, 0))
        self.text_edit.setTextCursor(QTextCursor(block))
        self.text_edit.centerCursor()
        self.text_edit.setFocus()

    def _replace_text(self, text: str) -> None:
        # Through a cursor rather than setPlainText, so Ctrl+Z still works.
        cursor = QTextCursor(self.text_edit.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)

    @Slot(str, object)
    def _on_actions_edited(self, level: str, actions: tuple[Action, ...]) -> None:
        if self._base is None:
            return
        plan = with_level_actions(self._base, level, actions)
        self._from_table = True
        try:
            self._replace_text(dump_plan(plan))
            self.validate()
        finally:
            self._from_table = False
        self._base = plan

    @Slot(str)
    def set_version(self, version: str) -> None:
        text = self.text_edit.toPlainText()
        found = _VERSION_LINE.search(text)
        if found is None:
            return
        line = text.count("\n", 0, found.start())
        cursor = QTextCursor(self.text_edit.document().findBlockByNumber(line))
        cursor.movePosition(
            QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
        )
        # A JSON string is a valid double-quoted YAML scalar.
        cursor.insertText(f"version: {json.dumps(version, ensure_ascii=False)}")

    @Slot()
    def save(self) -> bool:
        """Write the text as a new version file; say why when refused."""
        self.validate()
        plan = self.plan
        if plan is None:
            return self._refuse(self.tr("Correct the errors listed before saving."))
        taken = {(p.id, p.version) for p in self._shelf.library.plans}
        if (plan.id, plan.version) in taken:
            return self._refuse(
                self.tr(
                    "Version “{version}” of this plan is already in the library; "
                    "give the new version its own name."
                ).format(version=plan.version)
            )
        folder = user_dir(self._shelf.data_dir)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = new_plan_path(folder, plan)
            text = self.text_edit.toPlainText()
            path.write_text(text, encoding="utf-8", newline="\n")
        except OSError as error:
            _log.warning("saving plan %s failed: %s", plan.id, error)
            return self._refuse(
                self.tr("Not saved: {reason}").format(reason=error.strerror or error)
            )
        _log.info("saved plan %s version %s to %s", plan.id, plan.version, path)
        self.saved_path = path
        self._shelf.reload()
        self.saved.emit(path)
        self.accept()
        return True

    def _refuse(self, text: str) -> bool:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        return False


def suggested_version(shelf: PlanShelf, plan: Plan) -> str:
    """The plan's version with a revision number no version has yet."""
    taken = {p.version for p in shelf.library.versions(plan.id)}
    number = 1
    while True:
        candidate = translate("plans", "{version} rev. {n}").format(
            version=plan.version, n=number
        )
        if candidate not in taken:
            return candidate
        number += 1


def open_plan_editor(
    shelf: PlanShelf, entry: Entry, parent: QWidget | None = None
) -> PlanEditorDialog:
    """Open the editor on a copy of ``entry``'s file, named as a new version."""
    try:
        text = entry.path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        _log.warning("cannot read %s; editing the exported text", entry.path)
        text = dump_plan(entry.plan)
    dialog = PlanEditorDialog(shelf, text, parent)
    version = suggested_version(shelf, entry.plan)
    dialog.version_edit.setText(version)
    dialog.set_version(version)
    dialog.validate()
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
