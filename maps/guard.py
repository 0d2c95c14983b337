"""Keeps the map offline by refusing every non-local request."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

log = logging.getLogger("eoc.map")

ALLOWED_SCHEMES = frozenset({"file", "qrc", "data", "about"})


def is_local(scheme: str) -> bool:
    """Tell whether a URL scheme stays on this machine."""
    return scheme.lower() in ALLOWED_SCHEMES


class OfflineRequestGuard(QWebEngineUrlRequestInterceptor):
    """Blocks and records every request that would leave the machine.

    The view also keeps ``LocalContentCanAccessRemoteUrls`` off, and with that
    setting Chromium already stops most remote sub-resources of a ``file:``
    page before they reach this interceptor. The guard is the second layer: it
    still sees WebSockets and any request the setting would let through if it
    were switched on, and it is where refused navigations are recorded. A
    forgotten CDN link therefore fails loudly in the log instead of working on
    a developer's connected machine.

    Attributes:
        blocked: Copy of the blocked URLs, oldest first.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._blocked: list[str] = []

    @property
    def blocked(self) -> list[str]:
        return list(self._blocked)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if is_local(url.scheme()):
            return
        info.block(True)
        self.record(url.toString(), info.resourceType().name)

    def record(self, url: str, kind: str) -> None:
        """Remember a refused request and warn about it."""
        self._blocked.append(url)
        log.warning("Blocked %s request to %s: the map must stay offline", kind, url)
