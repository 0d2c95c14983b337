"""Test-wide setup: a headless Qt, a sandbox-free QtWebEngine and UTC.

The environment has to be set before anything imports Qt, which is why it
lives at the top of the root conftest rather than in a fixture.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault(
    "QTWEBENGINE_CHROMIUM_FLAGS",
    "--no-sandbox --disable-gpu --disable-dev-shm-usage --log-level=3",
)
os.environ.setdefault("TZ", "UTC")
os.environ.setdefault("PYTHONUTF8", "1")
os.environ.pop("EOC_DATA_DIR", None)

import pytest


@pytest.fixture(scope="session", autouse=True)
def _flush_deferred_deletes(request: pytest.FixtureRequest):
    """Delete Qt objects that were scheduled for deletion before Qt goes away.

    Without this, QtWebEngine complains at exit that a page outlived its
    profile.
    """
    yield
    if "qapp" not in request.fixturenames and not _qt_loaded():
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    app = QCoreApplication.instance()
    if app is None:
        return
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


def _qt_loaded() -> bool:
    import sys

    return "PySide6.QtCore" in sys.modules


@pytest.fixture
def merged_withdrawal():
    """Writes what two workstations' offline withdrawals leave once merged.

    One workstation cannot take a depot below zero; a ledger merged from
    two can. This writes such a movement directly, for views and reports.
    """

    def write(context, depot_id: str, item_id: str, quantity: int) -> None:
        from console.domain import resources_ledger as ledger
        from console.ops.resources_common import live
        from console.ops.resources_ledger import Line, write_lines
        from console.store.resource_models import Depot, SupplyItem

        def work(tx) -> None:
            depot = live(tx.session, Depot, depot_id)
            item = live(tx.session, SupplyItem, item_id)
            line = Line(ledger.WRITE_OFF, quantity, -quantity, "", None)
            write_lines(tx, depot, item, [line], note="另一工作站离线报损")
            tx.log(f"{depot.name}: {item.name}: 报损 {quantity}", target=depot)

        context.operations.run("supplies.write_off", work)

    return write
