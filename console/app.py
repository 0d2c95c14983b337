"""Qt start-up: the one module of ``console`` that wires in the GUI.

Order matters here. Chromium flags and the platform plugin are read when Qt
starts, and QtWebEngine must be imported before the QApplication exists, so
``_prepare_qt`` runs before any other Qt import.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from console import settings
from console.context import ConsoleContext, open_console
from console.ops.system import record_database_replaced
from console.sound import AlarmPlayer
from console.store.migrate import DatabaseOpenError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from widgets.mainwindow import MainWindow

_log = logging.getLogger("eoc.init")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_DATABASE = 2


def _prepare_qt(*, headless: bool) -> None:
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if sys.platform.startswith("linux") and os.geteuid() == 0:
        # Chromium refuses to start as root with its sandbox on. Root is only
        # expected in containers and CI, never on a duty workstation.
        flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "")
        if "--no-sandbox" not in flags:
            os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = f"{flags} --no-sandbox".strip()
            _log.warning("running as root: QtWebEngine sandbox disabled")
    import PySide6.QtWebEngineWidgets  # noqa: F401


def _application(language: str) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from widgets.fonts import ensure_cjk_font
    from widgets.i18n import install_translator

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("eoc-console")
    install_translator(app, language)
    ensure_cjk_font(app)
    # Probed now so a missing PortAudio or sound device is found and logged at
    # start-up, where it can only be reported, never fail.
    AlarmPlayer()
    return app


def _new_database_beside(path: Path) -> Path:
    from datetime import UTC, datetime

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return path.with_name(f"{path.stem}.new-{stamp}{path.suffix}")


def _open_or_ask(data_dir: Path) -> ConsoleContext | None:
    """Open the data folder; on a bad database, ask before starting a new one."""
    from widgets.db_error_dialog import ask_new_database

    try:
        return open_console(data_dir)
    except DatabaseOpenError as error:
        _log.error("database refused: %s", error)
        if not ask_new_database(error):
            return None
        fresh = _new_database_beside(error.path)
        config = settings.load(data_dir)
        config.database = fresh.name
        settings.save(data_dir, config)
        _log.warning("starting new database %s beside %s", fresh, error.path)
        context = open_console(data_dir)
        record_database_replaced(context.operations, error.path, error.reason)
        return context


def run_gui(data_dir: Path, *, language: str | None = None) -> int:
    """Start the console window and run until it is closed."""
    _prepare_qt(headless=False)
    import qasync

    from widgets.mainwindow import MainWindow
    from widgets.officer_dialog import choose_officer

    config = settings.load(data_dir)
    app = _application(language or config.language)
    context = _open_or_ask(data_dir)
    if context is None:
        return EXIT_DATABASE

    officer = choose_officer(context)
    if officer is None:
        context.close()
        return EXIT_OK
    window = MainWindow(context)
    window.begin_session(officer)
    window.show()
    # Everything made so far lives for the whole session; freezing it keeps
    # full garbage collections (which stall the event loop) short.
    gc.collect()
    gc.freeze()

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    closed = asyncio.Event()
    # Closing the window ends the session, but the loop must keep turning
    # until a sync round in progress has finished or given up.
    app.setQuitOnLastWindowClosed(False)
    window.closed.connect(closed.set)
    app.aboutToQuit.connect(closed.set)
    with loop:
        try:
            loop.run_until_complete(_run_until_closed(context, window, closed))
        except RuntimeError:
            # Qt quit on its own (the desktop session ended): the round in
            # progress is cut off, and its changes stay in the outbox.
            _log.warning("console stopped before background sync finished")
    context.close()
    return EXIT_OK


async def _run_until_closed(
    context: ConsoleContext, window: MainWindow, closed: asyncio.Event
) -> None:
    """Sync in the background (when a hub is set up) until the window closes."""
    from console.sync.runner import BackgroundSync, client_for
    from widgets.sync_status import SyncStatusView

    client = client_for(context)
    if client is None:
        await closed.wait()
        return
    view = SyncStatusView(window.status, window.relay, window)
    client.on_status.append(view.show)
    client.on_applied.append(view.applied)
    sync = BackgroundSync.start(client)
    try:
        await closed.wait()
    finally:
        await sync.stop()


def snapshot(
    data_dir: Path,
    *,
    out: Path,
    size: tuple[int, int],
    language: str | None,
    timeout_s: float,
) -> int:
    """Render the main window with a fully painted map into ``out`` (PNG)."""
    _prepare_qt(headless=True)
    from widgets.mainwindow import MainWindow

    config = settings.load(data_dir)
    _application(language or config.language)
    try:
        context = open_console(data_dir)
    except DatabaseOpenError as error:
        print(f"eoc-console snapshot: database refused: {error}", file=sys.stderr)
        return EXIT_DATABASE

    try:
        window = MainWindow(context)
        window.resize(*size)
        window.show()
        try:
            window.map_view.wait_until_painted(int(timeout_s * 1000))
        except (TimeoutError, RuntimeError) as exc:
            print(f"eoc-console snapshot: map not painted: {exc}", file=sys.stderr)
            return EXIT_FAILED
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out), "PNG"):
            print(f"eoc-console snapshot: cannot write {out}", file=sys.stderr)
            return EXIT_FAILED
    finally:
        context.close()
    print(f"snapshot written to {out}")
    return EXIT_OK
