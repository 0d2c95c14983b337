"""Keeps the map offline by refusing every non-local request."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineUrlRequestInfo,
    QWebEngineUrlRequestInterceptor,
)

log = logging.getLogger("eoc.map")

ALLOWED_SCHEMES = frozenset({"file", "qrc", "data", "about"})


def _origin(url: QUrl) -> tuple[str, str, int]:
    scheme = url.scheme().lower()
    default_port = {"http": 80, "https": 443}.get(scheme, -1)
    return scheme, url.host().lower(), url.port(default_port)


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
        self._allowed_origins: set[tuple[str, str, int]] = set()

    def allow_origin(self, url: QUrl) -> None:
        """Let requests to ``url``'s scheme, host and port through.

        Used for the one tile server an administrator configured (an intranet
        or 天地图 server); everything else stays blocked.
        """
        self._allowed_origins.add(_origin(url))

    @property
    def blocked(self) -> list[str]:
        return list(self._blocked)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if is_local(url.scheme()) or _origin(url) in self._allowed_origins:
            return
        info.block(True)
        self.record(url.toString(), info.resourceType().name)

    def record(self, url: str, kind: str) -> None:
        """Remember a refused request and warn about it."""
        self._blocked.append(url)
        log.warning("Blocked %s request to %s: the map must stay offline", kind, url)
