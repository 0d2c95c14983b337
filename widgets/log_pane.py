"""The operation log pane: read the log, add notes, correct entries."""

from __future__ import annotations

import logging

from PySide6.QtCore import QModelIndex, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.context import ConsoleContext
from console.ops.core import OpChanges
from console.ops.oplog import EmptyEntryError, add_correction, add_note
from widgets.changes import OpChangesRelay
from widgets.log_model import ENTRY_ID_ROLE, OpLogModel
from widgets.timefmt import format_local

_log = logging.getLogger("eoc.ui")


class OperationLogPane(QWidget):
    """The operation log (处置日志), newest first, with an entry box.

    Entries are never edited or deleted. "Correct…" in the context menu adds
    a new entry that names the one it corrects.

    Attributes:
        focus_action: Ctrl+L / F2, moves the cursor to the entry box; add it
            to the main window so it works from anywhere in it.
    """

    def __init__(
        self,
        context: ConsoleContext,
        relay: OpChangesRelay,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._correction_dialog: QInputDialog | None = None
        self.model = OpLogModel(context.database, parent=self)
        self._build()
        relay.changed.connect(self._on_changed)
        self.model.reload()

    def _build(self) -> None:
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(
            OpLogModel.TIME, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(
            OpLogModel.OFFICER, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setStretchLastSection(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)

        self.entry_edit = QLineEdit()
        self.entry_edit.setPlaceholderText(
            self.tr("Write a log entry and press Enter (Ctrl+L or F2 to come here)")
        )
        self.entry_edit.setMaxLength(2000)
        self.entry_edit.returnPressed.connect(self.submit_entry)
        # A refusal is about what was typed; once typing resumes it is stale.
        self.entry_edit.textEdited.connect(self._clear_message)
        save = QPushButton(self.tr("Record"))
        save.setAutoDefault(False)
        save.clicked.connect(self.submit_entry)
        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setStyleSheet("color: #c62828;")
        self.message_label.hide()

        self.focus_action = QAction(self.tr("Write log entry"), self)
        self.focus_action.setShortcuts(
            [QKeySequence("Ctrl+L"), QKeySequence(Qt.Key.Key_F2)]
        )
        self.focus_action.triggered.connect(self.focus_entry)
        self.addAction(self.focus_action)

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry_edit, 1)
        entry_row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(entry_row)
        layout.addWidget(self.message_label)

    @Slot()
    def focus_entry(self) -> None:
        """Put the cursor in the entry box (showing the pane's dock if hidden)."""
        dock = self.parentWidget()
        if dock is not None and not dock.isVisible():
            dock.show()
        self.entry_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def submit_entry(self) -> None:
        """Record the entry box's text as a note by the officer on duty."""
        try:
            add_note(self._context.operations, self.entry_edit.text())
        except EmptyEntryError:
            self._show_message(self.tr("Nothing recorded: the entry is empty."))
            return
        except Exception:
            _log.exception("recording a log note failed")
            self._show_message(self.tr("The entry could not be recorded."))
            return
        self.entry_edit.clear()
        self._clear_message()

    def _show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    @Slot()
    def _clear_message(self) -> None:
        self.message_label.clear()
        self.message_label.hide()

    @Slot(object)
    def _on_changed(self, changes: OpChanges) -> None:
        if changes.log_entry_ids:
            self.model.reload()

    def context_menu(self, index: QModelIndex) -> QMenu:
        """The context menu for the entry at ``index``."""
        menu = QMenu(self)
        correct = menu.addAction(self.tr("Correct…"))
        entry_id = index.data(ENTRY_ID_ROLE)
        correct.setEnabled(entry_id is not None)
        correct.triggered.connect(lambda: self.ask_correction(entry_id))
        return menu

    @Slot(QPoint)
    def _on_context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        menu = self.context_menu(index)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.view.viewport().mapToGlobal(position))

    @property
    def correction_dialog(self) -> QInputDialog | None:
        """The open "correct entry" dialog, if any."""
        return self._correction_dialog

    def ask_correction(self, entry_id: str) -> None:
        """Ask for the corrected text of ``entry_id`` (non-blocking)."""
        original = next(
            (
                self.model.entry(row)
                for row in range(self.model.rowCount())
                if self.model.entry(row).id == entry_id
            ),
            None,
        )
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Correct log entry"))
        when = format_local(original.created_at, seconds=True) if original else ""
        dialog.setLabelText(
            self.tr(
                "The entry of {time} stays as it was. Write the correction:"
            ).format(time=when)
        )
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.textValueSelected.connect(
            lambda text: self._save_correction(entry_id, text)
        )
        dialog.finished.connect(lambda _result: self._correction_closed(dialog))
        self._correction_dialog = dialog
        dialog.open()

    def _correction_closed(self, dialog: QInputDialog) -> None:
        if self._correction_dialog is dialog:
            self._correction_dialog = None
        dialog.deleteLater()

    def _save_correction(self, entry_id: str, text: str) -> None:
        try:
            add_correction(self._context.operations, entry_id, text)
        except EmptyEntryError:
            self._show_message(self.tr("Nothing recorded: the correction is empty."))
            return
        except Exception:
            _log.exception("recording a correction to %s failed", entry_id)
            self._show_message(self.tr("The correction could not be recorded."))
            return
        self._clear_message()
