"""Device tokens and request signing.

A device token is ``eoc1.<device id>.<secret>``, printed once at enrolment.
The hub keeps only ``key = SHA-256("eoc-sync-key:" + token)``, and both sides
sign with that key, so the token itself never crosses the network, not even
inside TLS. Every request body is signed together with the method, path, a
timestamp and a nonce; the hub refuses bad signatures, stale timestamps and
nonces it has seen. Replies are signed too (bound to the request's nonce),
so a truncated, garbled or replayed reply is recognised and ignored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass

TOKEN_PREFIX = "eoc1"

H_DEVICE = "X-EOC-Device"
H_TIMESTAMP = "X-EOC-Timestamp"
H_NONCE = "X-EOC-Nonce"
H_SIGNATURE = "X-EOC-Signature"
H_PROTOCOL = "X-EOC-Protocol"

MAX_AGE_S = 300


class TokenError(ValueError):
    """A string that is not a device token."""


@dataclass(frozen=True)
class Token:
    """A parsed device token."""

    device_id: str
    text: str

    @property
    def key(self) -> bytes:
        return derive_key(self.text)


def new_token() -> Token:
    """A fresh token for a device being enrolled."""
    device_id = secrets.token_hex(8)
    text = f"{TOKEN_PREFIX}.{device_id}.{secrets.token_urlsafe(32)}"
    return Token(device_id, text)


def parse_token(text: str) -> Token:
    parts = text.strip().split(".")
    if len(parts) != 3 or parts[0] != TOKEN_PREFIX or not parts[1] or not parts[2]:
        raise TokenError("not an eoc1 device token")
    return Token(parts[1], text.strip())


def derive_key(token: str) -> bytes:
    """The signing key, which is also all the hub stores of the token."""
    return hashlib.sha256(b"eoc-sync-key:" + token.encode()).digest()


def _message(*parts: str) -> bytes:
    return "\n".join(parts).encode()


def body_digest(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


def request_signature(
    key: bytes, method: str, path: str, timestamp: str, nonce: str, body: bytes
) -> str:
    message = _message(method.upper(), path, timestamp, nonce, body_digest(body))
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def response_signature(key: bytes, nonce: str, status: int, body: bytes) -> str:
    message = _message("response", nonce, str(status), body_digest(body))
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def sign_request(
    token: Token, method: str, path: str, body: bytes, protocol: int
) -> dict[str, str]:
    """Headers that authenticate one request."""
    timestamp = str(int(time.time() * 1000))
    nonce = secrets.token_hex(16)
    return {
        H_DEVICE: token.device_id,
        H_TIMESTAMP: timestamp,
        H_NONCE: nonce,
        H_PROTOCOL: str(protocol),
        H_SIGNATURE: request_signature(token.key, method, path, timestamp, nonce, body),
        "Content-Type": "application/json",
    }


def check_response(
    key: bytes, nonce: str, status: int, headers: Mapping[str, str], body: bytes
) -> bool:
    """True when the reply was signed by the hub for this request."""
    got = headers.get(H_SIGNATURE, "")
    return hmac.compare_digest(got, response_signature(key, nonce, status, body))


def fresh(timestamp: str, now_ms: int, max_age_s: int = MAX_AGE_S) -> bool:
    """True when ``timestamp`` (ms) is within ``max_age_s`` of ``now_ms``."""
    try:
        value = int(timestamp)
    except ValueError:
        return False
    return abs(now_ms - value) <= max_age_s * 1000
