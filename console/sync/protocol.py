"""The sync protocol's messages, versions and cursor (``docs/sync-protocol.md``).

Everything on the wire is JSON. This module turns messages into the merge's
types and back, and refuses malformed ones with ``ProtocolError`` so neither
side acts on half-understood input.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import orjson

from console.sync.merge import Change, Register, Stamp, Version

PROTOCOL_MIN = 1
PROTOCOL_MAX = 1
SCHEMA_MIN = 1
SCHEMA_MAX = 1

PREFIX = "/sync/v1"
HANDSHAKE = f"{PREFIX}/handshake"
PUSH = f"{PREFIX}/push"
PULL = f"{PREFIX}/pull"
SNAPSHOT = f"{PREFIX}/snapshot"

SPACES = ("real", "drill")
DEFAULT_SPACE = "real"
CHANGE_KINDS = ("insert", "update", "delete")

MAX_PUSH_OPS = 1000
MAX_PAGE = 1000

# Statuses of one pushed operation.
OK = "ok"
DUPLICATE = "duplicate"
REJECTED = "rejected"
QUARANTINED = "quarantined"

MUST_REFETCH = "must-refetch"

# How a pull wants the device's own changes: as ids only, or whole.
OWN_AS_IDS = "ids"
OWN_IN_FULL = "full"


def is_own_stub(change: Any) -> bool:
    """True for a pulled entry that names one of the device's own changes."""
    return isinstance(change, dict) and change.get("own") is True


class ProtocolError(ValueError):
    """A message that does not follow the protocol."""


def dumps(value: Any) -> bytes:
    """Compact UTF-8 JSON, the one encoding both sides use.

    orjson, because encoding and parsing pages of a thousand changes is a
    large share of a sync round's work. An ``orjson.Fragment`` is written
    as it is: JSON the hub stored need not be parsed to be sent on.
    """
    return orjson.dumps(value)


def text(value: Any) -> str:
    """``dumps`` as text, for JSON kept in a database column."""
    return orjson.dumps(value).decode()


def parse(data: str | bytes) -> Any:
    """JSON this side stored itself (trusted; wire input uses ``loads``)."""
    return orjson.loads(data)


def stored(text: str) -> Any:
    """JSON kept as text, to be sent on by ``dumps`` without parsing it."""
    return orjson.Fragment(text)


def loads(body: bytes) -> dict[str, Any]:
    """Parse a message body that must be a JSON object."""
    try:
        value = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        raise ProtocolError(f"not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise ProtocolError("message is not a JSON object")
    return value


def _str(data: Mapping[str, Any], name: str) -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value:
        raise ProtocolError(f"{name} missing or not a string")
    return value


def _int(data: Mapping[str, Any], name: str, default: int | None = None) -> int:
    value = data.get(name, default)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ProtocolError(f"{name} missing or not an integer")
    return value


def _version(value: Any) -> Version:
    if (
        not isinstance(value, list)
        or len(value) != 3
        or not isinstance(value[0], int)
        or not isinstance(value[1], str)
        or not isinstance(value[2], int)
    ):
        raise ProtocolError(f"bad version {value!r}")
    return (value[0], value[1], value[2])


def space_of(data: Mapping[str, Any]) -> str:
    space = data.get("space", DEFAULT_SPACE)
    if space not in SPACES:
        raise ProtocolError(f"unknown space {space!r}")
    return str(space)


def change_to_wire(
    change: Change, *, schema_version: int, space: str
) -> dict[str, Any]:
    """A pushed operation: the change plus what the hub needs to judge it."""
    hlc, site, seq = change.version
    return {
        "op_id": change.op_id,
        "table": change.table,
        "row_id": change.row_id,
        "change": change.kind,
        "payload": dict(change.payload),
        "hlc": hlc,
        "site_id": site,
        "seq": seq,
        "at": change.at,
        "schema_version": schema_version,
        "space": space,
        "epoch": change.epoch,
        "reopen": change.reopen,
        "base": {k: list(v) if v else None for k, v in change.base.items()},
    }


def change_from_wire(data: Any) -> Change:
    """Parse a pushed or pulled operation."""
    if not isinstance(data, dict):
        raise ProtocolError("operation is not an object")
    kind = _str(data, "change")
    if kind not in CHANGE_KINDS:
        raise ProtocolError(f"unknown change {kind!r}")
    payload = data.get("payload")
    base = data.get("base") or {}
    if not isinstance(payload, dict) or not isinstance(base, dict):
        raise ProtocolError("payload or base is not an object")
    return Change(
        op_id=_str(data, "op_id"),
        table=_str(data, "table"),
        row_id=_str(data, "row_id"),
        kind=kind,
        payload=payload,
        version=(_int(data, "hlc"), _str(data, "site_id"), _int(data, "seq")),
        at=_str(data, "at"),
        epoch=_int(data, "epoch", 0),
        reopen=bool(data.get("reopen", False)),
        base={k: _version(v) if v is not None else None for k, v in base.items()},
    )


def register_to_wire(reg: Register) -> list[Any]:
    hlc, site, seq = reg.version
    return [reg.value, hlc, site, seq, reg.epoch, reg.rank, reg.op]


def register_from_wire(value: Any) -> Register:
    if not isinstance(value, list) or len(value) != 7:
        raise ProtocolError(f"bad register {value!r}")
    version = _version(value[1:4])
    if not all(isinstance(v, int) for v in value[4:6]):
        raise ProtocolError(f"bad register {value!r}")
    return Register(value[0], version, value[4], value[5], str(value[6]))


def stamp_to_wire(stamp: Stamp) -> list[Any]:
    return [stamp.at, *stamp.version]


def stamp_from_wire(value: Any) -> Stamp:
    if not isinstance(value, list) or len(value) != 4 or not isinstance(value[0], str):
        raise ProtocolError(f"bad stamp {value!r}")
    return Stamp(value[0], _version(value[1:4]))


def make_cursor(hub_id: str, space: str, seq: int) -> str:
    """The opaque cursor the hub hands out: which hub, which space, where."""
    return f"{hub_id}:{space}:{seq}"


def parse_cursor(cursor: str | None) -> tuple[str, str, int] | None:
    """Split a cursor; None for no cursor, ProtocolError for a bad one."""
    if not cursor:
        return None
    try:
        hub_id, space, seq = cursor.rsplit(":", 2)
        return hub_id, space, int(seq)
    except ValueError:
        raise ProtocolError(f"bad cursor {cursor!r}") from None
