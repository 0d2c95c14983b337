"""The operation log pane: read the log, add notes, correct entries."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPoint, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from console.oplog import kinds, quick
from console.ops.core import OpChanges
from console.ops.oplog import (
    EmptyEntryError,
    add_correction,
    add_note,
    add_phone_record,
)
from console.store.types import utcnow
from console.sync.marks import SyncMarks
from widgets.changes import OpChangesRelay
from widgets.log_model import ENTRY_ID_ROLE, OpLogModel
from widgets.log_search import LogSearchPanel
from widgets.sync_status import SYNC_ROUND
from widgets.timefmt import DISPLAY_ZONE, format_local

BoardLookup = Callable[[str], str | None]

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
        self._board_lookup: BoardLookup = lambda _board: None
        marks = SyncMarks.for_data_dir(context.database, context.data_dir)
        self.model = OpLogModel(context.database, marks=marks, parent=self)
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
        header.setSectionResizeMode(OpLogModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            OpLogModel.SYNC, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setStretchLastSection(False)
        self.view.setColumnHidden(OpLogModel.SYNC, not self.model.shows_sync)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)

        self.entry_edit = QLineEdit()
        self.entry_edit.setPlaceholderText(
            self.tr("Write a log entry and press Enter (Ctrl+L or F2 to come here)")
        )
        self.entry_edit.setMaxLength(2000)
        self.entry_edit.setToolTip(
            self.tr(
                "/电话 unit caller：content records a phone call; /重要 text "
                "flags it for review; #A or #B tags the incident on that board"
            )
        )
        self.kind_box = QComboBox()
        for label, kind in (
            (self.tr("Log note"), kinds.NOTE),
            (self.tr("Phone record"), kinds.PHONE),
            (self.tr("Leader's instruction"), kinds.INSTRUCTION),
            (self.tr("Significant"), quick.SIGNIFICANT),
        ):
            self.kind_box.addItem(label, kind)
        self.time_edit = QLineEdit()
        self.time_edit.setPlaceholderText(self.tr("Time (HH:MM)"))
        self.time_edit.setToolTip(
            self.tr("When it happened, if not now: HH:MM or YYYY-MM-DD HH:MM (Alt+T)")
        )
        self.time_edit.setMaximumWidth(130)
        self.time_edit.returnPressed.connect(self.submit_entry)
        self.time_action = QAction(self.tr("Event time"), self)
        self.time_action.setShortcut(QKeySequence("Alt+T"))
        self.time_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.time_action.triggered.connect(
            lambda: self.time_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        self.addAction(self.time_action)
        self.search = LogSearchPanel(self._context.database)
        self.search.hide()
        self.search_action = QAction(self.tr("Search the log"), self)
        self.search_action.setShortcut(QKeySequence.StandardKey.Find)
        self.search_action.setShortcutContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.search_action.triggered.connect(self.open_search)
        self.addAction(self.search_action)
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
        entry_row.addWidget(self.kind_box)
        entry_row.addWidget(self.time_edit)
        entry_row.addWidget(self.entry_edit, 1)
        entry_row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
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

    def set_board_lookup(self, lookup: BoardLookup) -> None:
        """How ``#A``/``#B`` find the incident shown on a board ("a"/"b")."""
        self._board_lookup = lookup

    @Slot()
    def open_search(self) -> None:
        """Show the search panel and put the cursor in its query box."""
        self.search.show()
        self.search.query_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def submit_entry(self) -> None:
        """Record the entry box's line, reading its commands and tags."""
        entry = quick.parse(self.entry_edit.text(), self.kind_box.currentData())
        try:
            event_at = quick.parse_event_time(
                self.time_edit.text(), utcnow(), DISPLAY_ZONE
            )
        except ValueError:
            self._show_message(self.tr("Nothing recorded: the time is not HH:MM."))
            return
        incident_id = None
        if entry.board is not None:
            incident_id = self._board_lookup(entry.board)
            if incident_id is None:
                self._show_message(
                    self.tr(
                        "Nothing recorded: board {board} shows no incident."
                    ).format(board=entry.board.upper())
                )
                return
        if self._record(entry, event_at, incident_id):
            self.entry_edit.clear()
            self.time_edit.clear()
            self._clear_message()

    def _record(
        self,
        entry: quick.QuickEntry,
        event_at: datetime | None,
        incident_id: str | None,
    ) -> bool:
        operations = self._context.operations
        try:
            if entry.kind == kinds.PHONE:
                add_phone_record(
                    operations,
                    called_at=event_at or utcnow(),
                    unit=entry.unit,
                    caller=entry.caller,
                    content=entry.text,
                    incident_id=incident_id,
                    significant=entry.significant,
                )
            else:
                add_note(
                    operations,
                    entry.text,
                    incident_id=incident_id,
                    kind=entry.kind,
                    event_at=event_at,
                    significant=entry.significant,
                )
        except EmptyEntryError:
            self._show_message(self.tr("Nothing recorded: the entry is empty."))
            return False
        except Exception:
            _log.exception("recording a log note failed")
            self._show_message(self.tr("The entry could not be recorded."))
            return False
        return True

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
        elif changes.action == SYNC_ROUND:
            self.model.refresh_sync()

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
