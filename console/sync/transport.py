"""How requests reach the hub: aiohttp over HTTP(S), or a test double.

The client only needs ``post(path, body, headers)`` returning status,
headers and body; anything that goes wrong on the way is a
``TransportError``, which makes the round fail and be retried later.
"""

from __future__ import annotations

import ssl
from typing import Protocol

import aiohttp

Response = tuple[int, dict[str, str], bytes]


class TransportError(Exception):
    """The request did not get a complete answer."""


class Transport(Protocol):
    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> Response:
        """Send one request and return its reply."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...


class HttpTransport:
    """aiohttp client for one hub URL (``http://`` or ``https://``).

    The session is made lazily, on the loop that first uses it, as aiohttp
    requires.
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout_s: float = 60.0,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._ssl: ssl.SSLContext | bool = ssl_context if ssl_context else True
        self._session: aiohttp.ClientSession | None = None

    async def post(self, path: str, body: bytes, headers: dict[str, str]) -> Response:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        try:
            async with self._session.post(
                self.base_url + path, data=body, headers=headers, ssl=self._ssl
            ) as reply:
                data = await reply.read()
                return reply.status, dict(reply.headers), data
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            raise TransportError(self._describe(exc)) from exc

    def _describe(self, exc: BaseException) -> str:
        """Say what went wrong the way an officer or an administrator can act on."""
        if isinstance(exc, aiohttp.ClientConnectorCertificateError):
            return (
                f"the hub's TLS certificate is not trusted ({exc.certificate_error}); "
                "give the hub's CA certificate with --ca-file"
            )
        if isinstance(exc, aiohttp.ClientSSLError):
            if "WRONG_VERSION_NUMBER" in str(exc):
                return "the hub does not speak TLS here; is its address http://?"
            return f"TLS with the hub failed: {exc}"
        if isinstance(exc, aiohttp.ClientConnectorError):
            reason = exc.os_error.strerror or str(exc.os_error)
            return f"cannot reach the hub at {exc.host}:{exc.port} ({reason})"
        if isinstance(exc, TimeoutError):
            seconds = self._timeout.total
            return f"the hub did not answer within {seconds:.0f} s"
        broken = (aiohttp.ServerDisconnectedError, aiohttp.ClientPayloadError)
        if isinstance(exc, broken):
            return "the connection to the hub broke off before the reply was complete"
        if isinstance(exc, aiohttp.InvalidURL):
            return f"not a hub address: {self.base_url!r}"
        return f"{type(exc).__name__}: {exc}"

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
