"""The Chinese catalogue is complete, compiled, current and actually used."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from widgets.i18n import current_language, install_translator
from widgets.resourcetext import RESOURCE_SENTENCES

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "eoc_zh_CN.ts"
QM = REPO / "resources" / "translations" / "eoc_zh_CN.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def pyside_tool(name: str) -> str:
    candidate = Path(sys.executable).with_name(name)
    found = str(candidate) if candidate.exists() else shutil.which(name)
    if found is None:
        pytest.skip(f"{name} not installed")
    return found


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name"), message.findtext("source"), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_message_is_translated():
    found = messages(TS)

    assert len(found) > 50
    for context, source, message in found:
        translation = message.find("translation")
        assert translation.get("type") is None, (context, source)
        assert (translation.text or "").strip(), (context, source)


def test_every_message_has_the_context_the_code_looks_it_up_in():
    # lupdate files a tr() call it cannot place under an empty context, where
    # QCoreApplication.translate(context, text) never finds it.
    assert [(c, s) for c, s, _ in messages(TS) if not c] == []


def test_translations_keep_every_placeholder():
    for context, source, message in messages(TS):
        translated = message.findtext("translation")
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translated)
        ), (context, source)


def test_catalogue_covers_every_string_in_the_code(tmp_path):
    copy = tmp_path / TS.name
    shutil.copy2(TS, copy)
    sources = sorted(str(p) for p in (REPO / "widgets").rglob("*.py"))
    sources += sorted(str(p) for p in (REPO / "maps").rglob("*.py"))

    subprocess.run(
        [pyside_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )

    untranslated = [
        (context, source)
        for context, source, message in messages(copy)
        if message.find("translation").get("type") is not None
    ]
    assert untranslated == []


def test_compiled_catalogue_matches_the_source(tmp_path):
    assert QM.exists()
    fresh = tmp_path / "fresh.qm"

    subprocess.run(
        [pyside_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )

    assert fresh.read_bytes() == QM.read_bytes()


def test_chinese_ui_shows_chinese(qapp):
    try:
        assert install_translator(qapp, "zh_CN")
        assert current_language() == "zh_CN"
        assert QCoreApplication.translate("labels", "System") == "系统"
        assert QCoreApplication.translate("MainWindow", "&Incident") == "事件(&I)"
        assert RESOURCE_SENTENCES["duty.shift_add"]("王局") == "新增值班班次：王局"
    finally:
        install_translator(qapp, "en")


def test_english_ui_shows_english(qapp):
    install_translator(qapp, "zh_CN")

    assert install_translator(qapp, "en")

    assert current_language() == "en"
    assert QCoreApplication.translate("labels", "System") == "System"


def test_unknown_language_falls_back_to_english(qapp):
    assert not install_translator(qapp, "fr")

    assert current_language() == "en"
    assert QCoreApplication.translate("labels", "System") == "System"


def test_main_window_in_chinese(make_window, chinese):
    window = make_window()

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == [
        "事件(&I)",
        "视图(&V)",
        "预案(&P)",
        "资源(&R)",
        "值班(&D)",
        "设置(&S)",
    ]
    assert window.board_a_dock.windowTitle() == "事件看板 A"
    assert window.log_dock.windowTitle() == "处置日志"
    assert window.status.sync_label.text() == "同步：未配置"
    assert window.windowTitle() == "鄞州区应急指挥中心值班台"


def test_main_window_in_english(make_window, english):
    window = make_window()

    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Incident", "&View", "&Plans", "&Resources", "&Duty", "&Settings"]
    assert window.status.sync_label.text() == "Sync: not configured"
