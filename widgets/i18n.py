"""Installing the UI language through Qt's translation system.

Source strings are English; Chinese (``zh_CN``) comes from the shipped
``eoc_zh_CN.qm``. Qt's own ``qtbase`` catalogue is loaded too, so standard
buttons and context menus (OK, Cancel, Copy…) match the console's language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console import paths

_log = logging.getLogger("eoc.ui")

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)

_installed: list[QTranslator] = []
_current = ENGLISH


def current_language() -> str:
    """The language last installed (English when none was)."""
    return _current


def install_translator(app: QCoreApplication, language: str) -> bool:
    """Switch ``app`` to ``language`` (``zh_CN`` or ``en``).

    Widgets created afterwards show the new language; existing ones keep the
    text they were built with, which is why a change applies on restart.

    Returns:
        True when the language is in effect; False when it is unknown or its
        catalogue could not be loaded (the UI then stays in English).
    """
    global _current
    _remove_installed(app)
    if language == ENGLISH:
        _current = ENGLISH
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return True
    if language != CHINESE:
        _log.warning("unknown UI language %r; using English", language)
        _current = ENGLISH
        return False

    console_qm = paths.resource("translations", f"eoc_{CHINESE}.qm")
    if not _load(app, str(console_qm.parent), console_qm.stem):
        _log.warning("translation %s missing or unreadable; using English", console_qm)
        _current = ENGLISH
        return False
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not _load(app, qt_dir, f"qtbase_{CHINESE}"):
        _log.info("Qt's own zh_CN translations not found in %s", qt_dir)
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    _current = CHINESE
    return True


def _load(app: QCoreApplication, directory: str, name: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, directory):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def _remove_installed(app: QCoreApplication) -> None:
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
