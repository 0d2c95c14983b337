"""The Settings menu: UI language and the base-map tile address."""

from __future__ import annotations

import logging

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QWidget

from console import settings
from console.context import ConsoleContext
from widgets.i18n import CHINESE, ENGLISH

_log = logging.getLogger("eoc.ui")

# Each language is named in itself, so an officer who cannot read the
# current UI language still finds their own.
LANGUAGE_NAMES = ((CHINESE, "中文"), (ENGLISH, "English"))
TILE_PLACEHOLDERS = ("{z}", "{x}", "{y}")


class SettingsMenu(QMenu):
    """Changes saved settings; both apply the next time the console starts.

    The language is installed before any widget exists and the map page is
    built once per start, so neither can change under a running window.
    """

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Settings"), parent)
        self._context = context
        self._tile_dialog: QInputDialog | None = None
        languages = self.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGE_NAMES:
            action = QAction(name, self, checkable=True)
            action.setChecked(code == context.settings.language)
            action.setData(code)
            group.addAction(action)
            languages.addAction(action)
        group.triggered.connect(self._on_language)
        self.tile_action = self.addAction(self.tr("Base map &tile address…"))
        self.tile_action.triggered.connect(self.ask_tile_url)

    @Slot(QAction)
    def _on_language(self, action: QAction) -> None:
        self.set_language(action.data())

    def set_language(self, language: str) -> None:
        """Save ``language`` for the next start and say so."""
        if language == self._context.settings.language:
            return
        self._context.settings.language = language
        if self._save():
            self._inform(
                self.tr("The language will change the next time the console starts.")
            )

    @property
    def tile_dialog(self) -> QInputDialog | None:
        """The open tile-address dialog, if any."""
        return self._tile_dialog

    @Slot()
    def ask_tile_url(self) -> None:
        """Ask for the tile URL template (non-blocking)."""
        dialog = QInputDialog(self.parentWidget())
        dialog.setWindowTitle(self.tr("Base map tile address"))
        dialog.setLabelText(
            self.tr(
                "XYZ tile address with {z}, {x} and {y}, e.g. an intranet or "
                "Tianditu server. Leave empty for the outline map only."
            )
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(self._context.settings.tile_url)
        dialog.resize(560, dialog.sizeHint().height())
        dialog.textValueSelected.connect(self.set_tile_url)
        dialog.finished.connect(lambda _result: self._tile_closed(dialog))
        self._tile_dialog = dialog
        dialog.open()

    def _tile_closed(self, dialog: QInputDialog) -> None:
        if self._tile_dialog is dialog:
            self._tile_dialog = None
        dialog.deleteLater()

    @Slot(str)
    def set_tile_url(self, url: str) -> bool:
        """Save ``url`` for the next start; False when it is not a template."""
        url = url.strip()
        if url and not all(p in url for p in TILE_PLACEHOLDERS):
            self._inform(
                self.tr("Not saved: the address must contain {z}, {x} and {y}.")
            )
            return False
        self._context.settings.tile_url = url
        if not self._save():
            return False
        self._inform(self.tr("The base map changes the next time the console starts."))
        return True

    def _save(self) -> bool:
        try:
            settings.save(self._context.data_dir, self._context.settings)
        except OSError:
            _log.exception("saving settings failed")
            self._inform(self.tr("The settings could not be saved."))
            return False
        return True

    def _inform(self, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Settings"),
            text,
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        box.finished.connect(box.deleteLater)
        box.open()
