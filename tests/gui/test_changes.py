"""Operation notifications reach views on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThread

from console.ops.oplog import add_note
from widgets.changes import OpChangesRelay


def test_operation_on_worker_thread_is_delivered_on_gui_thread(qtbot, console_context):
    relay = OpChangesRelay(console_context.operations)
    received = []
    relay.changed.connect(
        lambda changes: received.append((changes, QThread.currentThread()))
    )

    worker_thread = []

    def work() -> None:
        worker_thread.append(QThread.currentThread())
        add_note(console_context.operations, "from a worker")

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()

    qtbot.waitUntil(lambda: bool(received))
    [(changes, thread)] = received
    assert changes.action == "log.note"
    assert "oplog_entries" in changes.tables
    assert thread == QCoreApplication.instance().thread()
    assert thread != worker_thread[0]


def test_delivery_is_queued_not_inside_the_operation(qtbot, console_context):
    relay = OpChangesRelay(console_context.operations)
    received = []
    relay.changed.connect(received.append)

    add_note(console_context.operations, "queued")

    assert received == []
    qtbot.waitUntil(lambda: len(received) == 1)


def test_deleted_relay_does_not_break_operations(qtbot, console_context, caplog):
    relay = OpChangesRelay(console_context.operations)
    relay.deleteLater()
    qtbot.waitUntil(lambda: not _alive(relay))

    add_note(console_context.operations, "after the window closed")

    assert "subscriber failed" not in caplog.text


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
