"""Open leaders' instructions (批示) and the two command posts on a board."""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console import queries
from console.ops.core import Operations
from console.ops.instructions import (
    COMMAND_POST_KINDS,
    complete_instruction,
    set_command_post,
)
from console.store.engine import Database
from console.store.models import CommandPost
from widgets.board_parts import (
    ERROR_COLOUR,
    DecisionDialog,
    Refused,
    plain_label,
    small_button,
)
from widgets.labels import command_post_label
from widgets.timefmt import format_local

_log = logging.getLogger("eoc.ui")


def _clear(layout: QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class InstructionsSection(QWidget):
    """Instructions not yet carried out, oldest first, each with "Done".

    Attributes:
        rows: per open instruction, (id, heading label, text label, button).
        empty_label: shown when none is open.
        message_label: why the last "Done" failed, if it did.
    """

    def __init__(
        self, operations: Operations, database: Database, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._operations = operations
        self._database = database
        self.rows: list[tuple[str, QLabel, QLabel, QWidget]] = []
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        self._list.setSpacing(2)
        self.empty_label = QLabel(self.tr("No open instructions."))
        self.empty_label.setEnabled(False)
        self.message_label = plain_label()
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._list)
        layout.addWidget(self.message_label)

    def render(self, incident_id: str) -> None:
        _clear(self._list)
        self.rows = []
        found = queries.instructions(self._database, incident_id, open_only=True)
        self.empty_label.setVisible(not found)
        for instruction in found:
            item = QWidget()
            heading = plain_label(
                f"{instruction.leader} · {format_local(instruction.given_at)}"
            )
            heading.setStyleSheet("font-weight: bold;")
            text = plain_label(instruction.text)
            done = small_button(self.tr("Done"), self.tr("Mark as carried out"))
            done.clicked.connect(
                lambda _checked=False, i=instruction.id: self.complete(i)
            )
            top = QHBoxLayout()
            top.setContentsMargins(0, 0, 0, 0)
            top.addWidget(heading, 1)
            top.addWidget(done)
            column = QVBoxLayout(item)
            column.setContentsMargins(0, 0, 0, 2)
            column.setSpacing(0)
            column.addLayout(top)
            column.addWidget(text)
            self._list.addWidget(item)
            self.rows.append((instruction.id, heading, text, done))

    @Slot(str)
    def complete(self, instruction_id: str) -> bool:
        """Record the instruction as carried out."""
        try:
            complete_instruction(self._operations, instruction_id)
        except Exception:
            _log.exception("completing instruction %s failed", instruction_id)
            self.message_label.setText(
                self.tr("Not recorded: the instruction could not be marked done.")
            )
            self.message_label.show()
            return False
        self.message_label.hide()
        return True


class CommandPostDialog(DecisionDialog):
    """Names the lead and contact of one command post.

    Attributes:
        lead_edit, contact_edit: the fields.
    """

    def __init__(
        self,
        operations: Operations,
        incident_id: str,
        kind: str,
        post: CommandPost | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(command_post_label(kind), parent)
        self._operations = operations
        self._incident_id = incident_id
        self.kind = kind
        self.lead_edit = QLineEdit(post.lead if post else "")
        self.lead_edit.setPlaceholderText(self.tr("e.g. 副区长 王强"))
        self.contact_edit = QLineEdit(post.contact if post else "")
        self.contact_edit.setPlaceholderText(self.tr("Phone or radio channel"))
        self.form.addRow(self.tr("Lead"), self.lead_edit)
        self.form.addRow(self.tr("Contact"), self.contact_edit)

    def _apply(self) -> None:
        lead = self.lead_edit.text().strip()
        if not lead:
            self.lead_edit.setFocus()
            raise Refused(self.tr("Name who leads the command post."))
        set_command_post(
            self._operations,
            self._incident_id,
            self.kind,
            lead=lead,
            contact=self.contact_edit.text().strip(),
        )


class CommandPostsSection(QWidget):
    """行政指挥部 and 专业指挥部: lead and contact, each editable.

    Attributes:
        texts: the "lead · contact" label of each post kind.
        edit_buttons: the "Edit…" button of each post kind.
        dialog: the command-post dialog open now, if any.
    """

    def __init__(self, operations: Operations, database: Database) -> None:
        super().__init__()
        self._operations = operations
        self._database = database
        self._incident_id: str | None = None
        self._posts: dict[str, CommandPost] = {}
        self.dialog: CommandPostDialog | None = None
        self.texts: dict[str, QLabel] = {}
        self.edit_buttons: dict[str, QWidget] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(1)
        grid.setColumnStretch(0, 1)
        for index, kind in enumerate(COMMAND_POST_KINDS):
            name = QLabel(command_post_label(kind))
            name.setEnabled(False)
            text = plain_label()
            button = small_button(self.tr("Edit…"))
            button.clicked.connect(lambda _checked=False, k=kind: self.edit(k))
            grid.addWidget(name, index * 2, 0)
            grid.addWidget(button, index * 2, 1)
            grid.addWidget(text, index * 2 + 1, 0, 1, 2)
            self.texts[kind] = text
            self.edit_buttons[kind] = button

    def render(self, incident_id: str) -> None:
        self._incident_id = incident_id
        posts = queries.command_posts(self._database, incident_id)
        self._posts = {p.kind: p for p in posts}
        for kind, label in self.texts.items():
            post = self._posts.get(kind)
            if post is None or not post.lead:
                label.setText(self.tr("Not set up"))
                label.setEnabled(False)
                continue
            parts = [post.lead, post.contact] if post.contact else [post.lead]
            label.setText(" · ".join(parts))
            label.setEnabled(True)

    @Slot(str)
    def edit(self, kind: str) -> CommandPostDialog | None:
        """Open the dialog for the ``kind`` command post (non-modal)."""
        if self._incident_id is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = CommandPostDialog(
            self._operations, self._incident_id, kind, self._posts.get(kind), self
        )
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: CommandPostDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
