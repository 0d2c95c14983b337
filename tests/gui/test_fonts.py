"""The application font can show Chinese."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontInfo, QFontMetrics

from widgets import fonts


def test_chosen_app_font_has_the_glyph(qapp):
    family = fonts.ensure_cjk_font(qapp)

    assert family is not None
    assert QFontInfo(qapp.font()).family() == family
    assert QFontMetrics(qapp.font()).inFontUcs4(ord("警"))


def test_no_cjk_font_warns_and_keeps_going(qapp, monkeypatch, caplog):
    before = qapp.font()
    monkeypatch.setattr(fonts, "_candidates", lambda: ["Latin Only Sans"])
    monkeypatch.setattr(fonts, "has_glyph", lambda family, glyph="警": False)

    with caplog.at_level(logging.WARNING, logger="eoc.ui"):
        assert fonts.ensure_cjk_font(qapp) is None

    assert "no installed font has the glyph" in caplog.text
    assert qapp.font() == before
