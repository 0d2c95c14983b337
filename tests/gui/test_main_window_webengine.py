"""The main window with the real map: right-click, register, marker appears."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from widgets.mainwindow import MainWindow

pytestmark = [pytest.mark.webengine, pytest.mark.timeout(90)]


def js(qtbot, view, script: str):
    box: list = []
    view.evaluate(script, box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5_000)
    return box[0]


def test_right_click_register_puts_a_marker_on_the_real_map(
    qtbot, console_context, english
):
    window = MainWindow(console_context)
    qtbot.addWidget(window)
    failures: list[str] = []
    window.map_view.failed.connect(failures.append)
    window.resize(780, 580)
    window.show()
    qtbot.waitUntil(lambda: window.map_view.is_ready or bool(failures), timeout=20_000)
    assert failures == []
    assert (console_context.data_dir / "map" / "index.html").exists()
    assert js(qtbot, window.map_view, "consoleMap.count()") == 0

    with qtbot.waitSignal(window.map_view.context_requested, timeout=5_000) as asked:
        target = window.map_view.focusProxy() or window.map_view
        centre = QPoint(target.width() // 2, target.height() // 2)
        QTest.mouseClick(target, Qt.MouseButton.RightButton, pos=centre)
    lat, lon = asked.args
    assert console_context.outline.contains(lat, lon)

    dialog = window.incident_dialog
    assert dialog is not None
    assert float(dialog.lat_edit.text()) == pytest.approx(lat, abs=1e-6)
    dialog.title_edit.setText("首南街道 道路塌陷")
    dialog.category_combo.setCurrentIndex(dialog.category_combo.findData("accident"))
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("public_facility"))
    dialog.save()
    assert dialog.created_incident_id is not None

    qtbot.waitUntil(
        lambda: js(qtbot, window.map_view, "consoleMap.count()") == 1, timeout=5_000
    )
    marker = f"consoleMap.marker({dialog.created_incident_id!r}) !== null"
    assert js(qtbot, window.map_view, marker) is True
    assert window.board_a.title_label.text() == "首南街道 道路塌陷"
    assert failures == []
