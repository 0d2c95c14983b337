"""Where the workstation keeps its hub address and device token.

The hub URL and space live in ``sync.json`` in the data folder. The token
goes to the system keyring (Windows Credential Manager, macOS Keychain,
Secret Service) when one is available; otherwise to ``sync-token`` in the
data folder with owner-only permissions (0600), and the caller is told so
it can warn the operator.
"""

from __future__ import annotations

import json
import logging
import os
import ssl
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

_log = logging.getLogger("eoc.sync")

CONFIG_FILE = "sync.json"
TOKEN_FILE = "sync-token"
KEYRING_SERVICE = "eoc-console-sync"

KEYRING = "keyring"
FILE = "file"


@dataclass
class SyncConfig:
    """Remembered sync settings.

    Attributes:
        hub_url: the hub, e.g. ``https://hub.example:8443``.
        space: ``real`` or ``drill``.
        token_store: where the token is: ``keyring`` or ``file``.
        ca_file: the CA certificate that signed the hub's TLS certificate,
            for a hub with a private one (empty: the system's trust store).
    """

    hub_url: str = ""
    space: str = "real"
    token_store: str = ""
    ca_file: str = ""


class SyncSettingError(ValueError):
    """A hub address or certificate file that cannot be used."""


def check_hub_url(url: str) -> str:
    """The hub address without a trailing slash, or SyncSettingError.

    Caught before it is remembered: a typo kept in the settings would make
    every later round fail with a network error that hides the cause.
    """
    parts = urlsplit(url.strip())
    if (
        parts.scheme not in ("http", "https")
        or not parts.hostname
        or any(c.isspace() for c in url.strip())
    ):
        raise SyncSettingError(
            f"hub address {url!r} is not a URL like https://hub.example:8443"
        )
    try:
        parts.port  # noqa: B018 - parsing the port is the check
    except ValueError:
        raise SyncSettingError(f"hub address {url!r} has a bad port") from None
    if parts.query or parts.fragment:
        raise SyncSettingError(f"hub address {url!r} may not carry ? or #")
    return url.strip().rstrip("/")


def tls_context(ca_file: str) -> ssl.SSLContext | None:
    """A TLS context trusting ``ca_file`` (None: the system's trust store)."""
    if not ca_file:
        return None
    try:
        return ssl.create_default_context(cafile=ca_file)
    except FileNotFoundError:
        raise SyncSettingError(f"CA certificate {ca_file} does not exist") from None
    except (OSError, ssl.SSLError) as exc:
        raise SyncSettingError(
            f"CA certificate {ca_file} cannot be used: {exc}"
        ) from None


def load(data_dir: Path) -> SyncConfig:
    path = data_dir / CONFIG_FILE
    if not path.exists():
        return SyncConfig()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return SyncConfig(
            hub_url=str(raw.get("hub_url", "")),
            space=str(raw.get("space", "real")),
            token_store=str(raw.get("token_store", "")),
            ca_file=str(raw.get("ca_file", "")),
        )
    except (ValueError, AttributeError) as exc:
        _log.warning("sync settings %s unreadable (%s); using defaults", path, exc)
        return SyncConfig()


def save(data_dir: Path, config: SyncConfig) -> None:
    path = data_dir / CONFIG_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(config), indent=2), encoding="utf-8")
    tmp.replace(path)


def store_token(data_dir: Path, account: str, token: str) -> str:
    """Keep the token; return ``keyring`` or ``file`` for where it went."""
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(KEYRING_SERVICE, account, token)
            return KEYRING
        except (KeyringError, RuntimeError) as exc:
            _log.info("no usable keyring (%s); keeping the token in a file", exc)
    except ImportError:
        _log.info("keyring not installed; keeping the token in a file")
    path = data_dir / TOKEN_FILE
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token)
    os.chmod(path, 0o600)
    return FILE


def load_token(data_dir: Path, account: str, where: str) -> str | None:
    """The remembered token, or None."""
    if where == KEYRING:
        try:
            import keyring
            from keyring.errors import KeyringError

            token: str | None = keyring.get_password(KEYRING_SERVICE, account)
            return token
        except (ImportError, KeyringError, RuntimeError) as exc:
            _log.warning("cannot read the token from the keyring: %s", exc)
            return None
    path = data_dir / TOKEN_FILE
    if path.exists():
        return path.read_text(encoding="utf-8").strip() or None
    return None
