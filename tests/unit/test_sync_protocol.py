"""Protocol messages, cursors, tokens and signatures."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.sync import auth, protocol
from console.sync.merge import Change, Register, Stamp


def test_a_change_survives_the_wire() -> None:
    change = Change(
        op_id="op",
        table="incidents",
        row_id="r",
        kind="update",
        payload={"deaths": 3, "title": "火灾"},
        version=(123, "site", 4),
        at="2026-08-01T00:00:00+00:00",
        epoch=7,
        reopen=True,
        base={"deaths": (100, "other", 1), "lat": None},
    )
    wire = protocol.change_to_wire(change, schema_version=1, space="drill")
    back = protocol.change_from_wire(protocol.loads(protocol.dumps(wire)))
    assert back == change
    assert wire["space"] == "drill"


@pytest.mark.parametrize(
    "broken",
    [
        [],
        {"change": "truncate"},
        {"op_id": "x", "table": "t", "row_id": "r", "change": "update", "payload": []},
        {
            "op_id": "x",
            "table": "t",
            "row_id": "r",
            "change": "update",
            "payload": {},
            "hlc": "1",
            "site_id": "s",
            "seq": 1,
            "at": "t",
        },
    ],
)
def test_malformed_operations_are_refused(broken: object) -> None:
    with pytest.raises(protocol.ProtocolError):
        protocol.change_from_wire(broken)


@given(st.text(), st.sampled_from(protocol.SPACES), st.integers(0, 2**62))
def test_cursor_round_trip(hub_id: str, space: str, seq: int) -> None:
    cursor = protocol.make_cursor(hub_id, space, seq)
    assert protocol.parse_cursor(cursor) == (hub_id, space, seq)


def test_registers_and_stamps_round_trip() -> None:
    reg = Register({"a": 1}, (5, "s", 2), 3, 4, "op")
    assert protocol.register_from_wire(protocol.register_to_wire(reg)) == reg
    stamp = Stamp("t", (5, "s", 2))
    assert protocol.stamp_from_wire(protocol.stamp_to_wire(stamp)) == stamp


def test_non_json_bodies_are_protocol_errors() -> None:
    with pytest.raises(protocol.ProtocolError):
        protocol.loads(b'{"cut": ')
    with pytest.raises(protocol.ProtocolError):
        protocol.loads(b"[1, 2]")


def test_tokens_parse_and_derive_a_stable_key() -> None:
    token = auth.new_token()
    parsed = auth.parse_token(token.text)
    assert parsed.device_id == token.device_id
    assert parsed.key == auth.derive_key(token.text)
    for bad in ("", "eoc1..x", "eoc2.a.b", "eoc1.a"):
        with pytest.raises(auth.TokenError):
            auth.parse_token(bad)


def test_signatures_cover_the_body_and_the_request() -> None:
    token = auth.new_token()
    headers = auth.sign_request(token, "POST", "/sync/v1/push", b"{}", 1)
    args = ("POST", "/sync/v1/push", headers[auth.H_TIMESTAMP], headers[auth.H_NONCE])
    assert auth.request_signature(token.key, *args, b"{}") == headers[auth.H_SIGNATURE]
    assert auth.request_signature(token.key, *args, b"{ }") != headers[auth.H_SIGNATURE]
    reply = {auth.H_SIGNATURE: auth.response_signature(token.key, "n", 200, b"ok")}
    assert auth.check_response(token.key, "n", 200, reply, b"ok")
    assert not auth.check_response(token.key, "n", 200, reply, b"ok!")
    assert not auth.check_response(token.key, "other", 200, reply, b"ok")


def test_freshness_window() -> None:
    assert auth.fresh("1000", 1000 + 299_000)
    assert not auth.fresh("1000", 1000 + 301_000)
    assert not auth.fresh("soon", 0)
