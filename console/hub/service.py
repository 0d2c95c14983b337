"""The hub's request handling, independent of the web framework.

``HubService.handle`` takes a method, path, headers and body and returns a
status, headers and body, so the aiohttp server and the tests' simulated
network drive exactly the same code. It runs blocking database work and is
called from a thread, never on the event loop.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from console.clock import HybridClock
from console.hub import pull, push
from console.hub.store import Device, HubStore, now_ms
from console.sync import auth, protocol

_log = logging.getLogger("eoc.hub")

DEFAULT_MAX_SKEW_S = 300

Reply = tuple[int, dict[str, str], bytes]


@dataclass(frozen=True)
class HubSettings:
    """Tunables of one hub."""

    max_skew_s: int = DEFAULT_MAX_SKEW_S
    max_request_age_s: int = auth.MAX_AGE_S


class HubService:
    """Authenticates requests and dispatches them."""

    def __init__(
        self,
        store: HubStore,
        *,
        settings: HubSettings | None = None,
        clock: HybridClock | None = None,
    ) -> None:
        self.store = store
        self.settings = settings or HubSettings()
        self.clock = clock or HybridClock()
        self._routes: dict[str, Callable[[Device, dict[str, Any]], dict[str, Any]]] = {
            protocol.HANDSHAKE: self._handshake,
            protocol.PUSH: self._push,
            protocol.PULL: self._pull,
            protocol.SNAPSHOT: self._snapshot,
        }

    def handle(
        self, method: str, path: str, headers: Mapping[str, str], body: bytes
    ) -> Reply:
        """Answer one request."""
        route = self._routes.get(path)
        if route is None or method.upper() != "POST":
            return _plain(404, "not-found", f"no such endpoint {method} {path}")
        refusal = self._protocol_refusal(headers)
        if refusal is not None:
            return refusal
        device, refusal = self._authenticate(method, path, headers, body)
        if refusal is not None or device is None:
            return refusal or _plain(401, "unauthorized", "not authenticated")
        nonce = headers.get(auth.H_NONCE, "")
        try:
            status, reply = 200, route(device, protocol.loads(body))
        except protocol.ProtocolError as exc:
            status, reply = 400, {"error": "bad-request", "reason": str(exc)}
        except pull.MustRefetch as exc:
            status, reply = 409, {"error": protocol.MUST_REFETCH, "reason": str(exc)}
        except _Refused as exc:
            status, reply = exc.status, {"error": exc.code, "reason": str(exc)}
        data = protocol.dumps(reply)
        signature = auth.response_signature(device.key, nonce, status, data)
        return status, {auth.H_SIGNATURE: signature}, data

    def _protocol_refusal(self, headers: Mapping[str, str]) -> Reply | None:
        try:
            version = int(headers.get(auth.H_PROTOCOL, "0"))
        except ValueError:
            version = 0
        if protocol.PROTOCOL_MIN <= version <= protocol.PROTOCOL_MAX:
            return None
        return _plain(
            426,
            "protocol",
            f"protocol {version} not supported; this hub speaks "
            f"{protocol.PROTOCOL_MIN}..{protocol.PROTOCOL_MAX}",
        )

    def _authenticate(
        self, method: str, path: str, headers: Mapping[str, str], body: bytes
    ) -> tuple[Device | None, Reply | None]:
        device = self.store.device(headers.get(auth.H_DEVICE, ""))
        if device is None or device.revoked:
            return None, _plain(401, "unauthorized", "unknown or revoked device")
        timestamp = headers.get(auth.H_TIMESTAMP, "")
        nonce = headers.get(auth.H_NONCE, "")
        if not auth.fresh(timestamp, now_ms(), self.settings.max_request_age_s):
            return None, _plain(401, "unauthorized", "stale or missing timestamp")
        expected = auth.request_signature(
            device.key, method, path, timestamp, nonce, body
        )
        if not nonce or not hmac.compare_digest(
            headers.get(auth.H_SIGNATURE, ""), expected
        ):
            return None, _plain(401, "unauthorized", "bad signature")
        if not self.store.use_nonce(
            device.device_id, nonce, self.settings.max_request_age_s
        ):
            return None, _plain(401, "unauthorized", "replayed request")
        return device, None

    def _handshake(self, device: Device, body: dict[str, Any]) -> dict[str, Any]:
        low, high = _range(body.get("protocol"))
        if high < protocol.PROTOCOL_MIN or low > protocol.PROTOCOL_MAX:
            raise _Refused(426, "protocol", "no common protocol version")
        schema_low, schema_high = _range(body.get("schema"))
        if schema_high < protocol.SCHEMA_MIN or schema_low > protocol.SCHEMA_MAX:
            raise _Refused(
                426,
                "schema",
                f"workstation schema {schema_low}..{schema_high} cannot sync with "
                f"this hub's {protocol.SCHEMA_MIN}..{protocol.SCHEMA_MAX}; "
                "update the older of the two",
            )
        site = body.get("workstation_id")
        if not isinstance(site, str) or not site:
            raise protocol.ProtocolError("workstation_id missing")
        if device.site_id is None:
            self.store.bind_site(device.device_id, site)
        elif device.site_id != site:
            raise _Refused(
                403, "forbidden", "this token belongs to another workstation"
            )
        protocol.space_of(body)
        warnings = []
        client_ms = body.get("now_ms")
        if isinstance(client_ms, int):
            skew = client_ms - now_ms()
            if abs(skew) > self.settings.max_skew_s * 1000:
                warnings.append(
                    f"this workstation's clock is {skew // 60000:+d} min off the hub's"
                )
        return {
            "protocol": min(high, protocol.PROTOCOL_MAX),
            "schema": [protocol.SCHEMA_MIN, protocol.SCHEMA_MAX],
            "hub_id": self.store.hub_id,
            "device": device.name,
            "scope": device.scope,
            "scope_label": device.scope_label,
            "hub_now_ms": now_ms(),
            "warnings": warnings,
        }

    def _bound(self, device: Device, body: dict[str, Any]) -> str:
        if device.site_id is None:
            raise _Refused(403, "forbidden", "handshake first")
        return protocol.space_of(body)

    def _push(self, device: Device, body: dict[str, Any]) -> dict[str, Any]:
        space = self._bound(device, body)
        ops = body.get("ops")
        if not isinstance(ops, list) or len(ops) > protocol.MAX_PUSH_OPS:
            raise protocol.ProtocolError("ops missing, or too many in one push")
        return self.store.write(
            lambda connection: push.push(
                connection,
                hub_id=self.store.hub_id,
                device=device,
                space=space,
                raw_ops=ops,
                clock=self.clock,
                max_skew_ms=self.settings.max_skew_s * 1000,
            )
        )

    def _pull(self, device: Device, body: dict[str, Any]) -> dict[str, Any]:
        space = self._bound(device, body)
        cursor = body.get("cursor")
        return self.store.read(
            lambda connection: pull.pull(
                connection,
                hub_id=self.store.hub_id,
                device=device,
                space=space,
                cursor=cursor if isinstance(cursor, str) else None,
                limit=_limit(body),
                own_as_ids=body.get("own") == protocol.OWN_AS_IDS,
                counts=body.get("counts") is True,
            )
        )

    def _snapshot(self, device: Device, body: dict[str, Any]) -> dict[str, Any]:
        space = self._bound(device, body)
        after = body.get("after")
        at_seq = body.get("at_seq")
        if after is not None and (
            not isinstance(after, list)
            or len(after) != 2
            or not all(isinstance(v, str) for v in after)
        ):
            raise protocol.ProtocolError("bad snapshot position")
        if at_seq is not None and not isinstance(at_seq, int):
            raise protocol.ProtocolError("bad at_seq")
        return self.store.read(
            lambda connection: pull.snapshot(
                connection,
                hub_id=self.store.hub_id,
                device=device,
                space=space,
                after=after,
                at_seq=at_seq,
                limit=_limit(body),
            )
        )


class _Refused(Exception):
    def __init__(self, status: int, code: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.code = code


def _range(value: Any) -> tuple[int, int]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not all(isinstance(v, int) for v in value)
    ):
        raise protocol.ProtocolError("version range must be [min, max]")
    return value[0], value[1]


def _limit(body: dict[str, Any]) -> int:
    limit = body.get("limit", 500)
    if not isinstance(limit, int) or not 1 <= limit <= protocol.MAX_PAGE:
        raise protocol.ProtocolError(f"limit must be 1..{protocol.MAX_PAGE}")
    return limit


def _plain(status: int, code: str, reason: str) -> Reply:
    """An unsigned refusal: the hub cannot sign for an unknown device."""
    return status, {}, protocol.dumps({"error": code, "reason": reason})
