"""Telling the officer that the database cannot be opened, and what now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from console.store.migrate import (
    CorruptDatabaseError,
    DatabaseOpenError,
    NewerDatabaseError,
    UnreadableDatabaseError,
)

translate = QCoreApplication.translate


def _problem(error: DatabaseOpenError) -> str:
    if isinstance(error, CorruptDatabaseError):
        return translate(
            "db_error", "The database file is damaged or is not a console database."
        )
    if isinstance(error, UnreadableDatabaseError):
        return translate(
            "db_error",
            "The database file cannot be read or written. Check its permissions "
            "and that no other program holds it.",
        )
    if isinstance(error, NewerDatabaseError):
        return translate(
            "db_error",
            "The database was written by a newer version of the console. "
            "Use that version or a later one to open it.",
        )
    return translate("db_error", "The database file cannot be used.")


def database_error_box(
    error: DatabaseOpenError, parent: QWidget | None = None
) -> tuple[QMessageBox, QAbstractButton | None]:
    """The message box for ``error`` and its "new database" button, if any.

    A newer database gets no such button: starting an empty one would look
    like lost records, and the right fix is the newer console.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("db_error", "Database cannot be opened"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(_problem(error))
    box.setInformativeText(
        translate(
            "db_error",
            "File: {path}\nThe file has been left untouched; nothing in it was "
            "changed or deleted.",
        ).format(path=error.path)
    )
    box.setDetailedText(error.reason)
    new_button = None
    if not isinstance(error, NewerDatabaseError):
        new_button = box.addButton(
            translate("db_error", "Start a new database beside it"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    quit_button = box.addButton(
        translate("db_error", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(quit_button)
    box.setEscapeButton(quit_button)
    _widen(box)
    return box, new_button


def _widen(box: QMessageBox) -> None:
    # QMessageBox ignores resize(); a spacer row is the way to keep a long
    # path from being broken over several lines.
    layout = box.layout()
    if isinstance(layout, QGridLayout):
        spacer = QSpacerItem(
            520, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding
        )
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())


def ask_new_database(error: DatabaseOpenError, parent: QWidget | None = None) -> bool:
    """Show the error; True when the officer chose to start a new database.

    Blocks in its own event loop: call it at start-up, never from a coroutine
    (pitfall A6).
    """
    box, new_button = database_error_box(error, parent)
    box.exec()
    return new_button is not None and box.clickedButton() is new_button
