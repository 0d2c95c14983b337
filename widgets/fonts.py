"""Choosing an application font that can show Chinese.

Without a CJK font Qt draws boxes ("tofu") for every Chinese character, which
on a duty console hides incident titles and place names. A font is only
chosen when it really contains a common glyph, not merely when its name
sounds right.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication

_log = logging.getLogger("eoc.ui")

PROBE_GLYPH = "警"

PREFERRED_FAMILIES = (
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "SimHei",
    "SimSun",
)


def has_glyph(family: str, glyph: str = PROBE_GLYPH) -> bool:
    """Whether ``family`` itself (not a fallback) contains ``glyph``."""
    return QFontMetrics(QFont(family)).inFontUcs4(ord(glyph))


def _candidates() -> list[str]:
    installed = set(QFontDatabase.families())
    preferred = [f for f in PREFERRED_FAMILIES if f in installed]
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    return preferred + sorted(f for f in chinese if f not in preferred)


def cjk_family() -> str | None:
    """The first installed family that really has Chinese glyphs, or None.

    Needs a running QGuiApplication (the font database lives in it).
    """
    return next((f for f in _candidates() if has_glyph(f)), None)


def ensure_cjk_font(app: QGuiApplication) -> str | None:
    """Make the application font one that has Chinese glyphs.

    Keeps the current point size. Never raises: with no suitable font the UI
    still works, only Chinese text shows as boxes, and a warning says so.

    Returns:
        The chosen family, or None when no installed font has the glyph.
    """
    family = cjk_family()
    if family is not None:
        font = app.font()
        font.setFamilies([family])
        app.setFont(font)
        _log.info("application font: %s", family)
        return family
    _log.warning(
        "no installed font has the glyph %r; Chinese text will show as boxes "
        "(install a CJK font such as Noto Sans CJK SC)",
        PROBE_GLYPH,
    )
    return None
