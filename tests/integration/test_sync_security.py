"""The hub refuses what it must: wrong tokens, scope, tampering, replays."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime

import pytest

from console.domain.incidents import IncidentDraft
from console.hub.dump import hub_dump
from console.ops import incidents as incident_ops
from console.seed import seed_id
from console.store.models import Incident
from console.sync import auth, protocol, sim
from console.sync.client import AuthRefused, SyncClient

TOWN_A = seed_id("division", "330212001000")
TOWN_B = seed_id("division", "330212002000")


def run(coro):
    return asyncio.run(coro)


def replica(name, tmp_path, template, hub, **kw) -> sim.SimReplica:
    return sim.make_replica(
        name, tmp_path / name, template, hub, random.Random(name), seed=True, **kw
    )


def incident(replica: sim.SimReplica, division: str | None) -> Incident:
    draft = IncidentDraft(
        title="内涝",
        category="natural",
        type="flood",
        occurred_at=datetime(2026, 8, 1, tzinfo=UTC),
        division_id=division,
    )
    return incident_ops.create_incident(replica.operations, draft)


def signed(token: auth.Token, path: str, body: bytes) -> dict[str, str]:
    return auth.sign_request(token, "POST", path, body, protocol.PROTOCOL_MAX)


def handshake_body(site: str) -> bytes:
    return protocol.dumps(
        {"protocol": [1, 1], "schema": [1, 1], "workstation_id": site, "space": "real"}
    )


def test_a_wrong_token_is_refused(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    a.client.token = auth.parse_token(auth.new_token().text)

    result = run(a.client.run_once())

    assert not result.ok
    assert "AuthRefused" in result.error
    assert "unknown or revoked device" in result.error


def test_a_revoked_token_is_refused(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    hub.store.enroll("a", None, "")  # re-enrolment revokes the old token

    assert "unknown or revoked" in run(a.client.run_once()).error


def test_a_token_is_bound_to_its_workstation(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    run(a.client.run_once())
    b = replica("b", tmp_path, template, hub)
    b.client.token = a.client.token

    result = run(b.client.run_once())

    assert "another workstation" in result.error


def test_a_body_altered_in_transit_is_refused(hub):
    token = hub.store.enroll("a", None, "")
    body = handshake_body("site-a")
    headers = signed(token, protocol.HANDSHAKE, body)

    status, _, reply = hub.handle(
        "POST", protocol.HANDSHAKE, headers, body.replace(b"site-a", b"site-b")
    )

    assert status == 401
    assert b"bad signature" in reply


def test_a_stale_timestamp_is_refused(hub):
    token = hub.store.enroll("a", None, "")
    body = handshake_body("site-a")
    headers = signed(token, protocol.HANDSHAKE, body)
    old = str(int(headers[auth.H_TIMESTAMP]) - 3_600_000)
    headers[auth.H_TIMESTAMP] = old
    headers[auth.H_SIGNATURE] = auth.request_signature(
        token.key, "POST", protocol.HANDSHAKE, old, headers[auth.H_NONCE], body
    )

    status, _, reply = hub.handle("POST", protocol.HANDSHAKE, headers, body)

    assert status == 401
    assert b"stale" in reply


def test_a_replayed_request_is_refused(hub):
    token = hub.store.enroll("a", None, "")
    body = handshake_body("site-a")
    headers = signed(token, protocol.HANDSHAKE, body)

    first = hub.handle("POST", protocol.HANDSHAKE, headers, body)
    second = hub.handle("POST", protocol.HANDSHAKE, headers, body)

    assert first[0] == 200
    assert second[0] == 401
    assert b"replayed" in second[2]


def test_an_unknown_protocol_version_is_refused(hub):
    token = hub.store.enroll("a", None, "")
    body = handshake_body("site-a")
    headers = signed(token, protocol.HANDSHAKE, body)
    headers[auth.H_PROTOCOL] = "99"

    status, _, _ = hub.handle("POST", protocol.HANDSHAKE, headers, body)

    assert status == 426


def test_a_newer_schema_is_refused_at_handshake(hub):
    token = hub.store.enroll("a", None, "")
    body = protocol.dumps(
        {"protocol": [1, 1], "schema": [7, 7], "workstation_id": "s", "space": "real"}
    )
    status, _, reply = hub.handle(
        "POST", protocol.HANDSHAKE, signed(token, protocol.HANDSHAKE, body), body
    )
    assert status == 426
    assert b"update the older" in reply


def test_a_reply_not_signed_for_this_request_is_not_trusted(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    a.transport.faults = sim.Faults(garble=1.0)

    result = run(a.client.run_once())

    assert not result.ok
    assert "GarbledReply" in result.error


def test_a_town_token_cannot_write_another_towns_incident(tmp_path, template, hub):
    district = replica("district", tmp_path, template, hub)
    town_b = replica("town-b", tmp_path, template, hub, scope=TOWN_B)
    theirs = incident(district, TOWN_A)
    run(district.client.run_once())
    run(town_b.client.run_once())
    with town_b.database.read() as session:
        assert session.get(Incident, theirs.id) is None

    own_wrong = incident(town_b, TOWN_A)
    result = run(town_b.client.run_once())

    assert result.ok
    assert result.rejected > 0
    assert own_wrong.id not in hub_dump(hub.store).get("incidents", {})
    assert town_b.client.status.rejected > 0
    assert run(town_b.client.record_status("incidents", own_wrong.id)) == "rejected"
    # Refused operations are never retried.
    assert run(town_b.client.run_once()).rejected == 0


def test_a_town_sees_its_own_division_and_what_is_shared_to_it(tmp_path, template, hub):
    district = replica("district", tmp_path, template, hub)
    town_a = replica("town-a", tmp_path, template, hub, scope=TOWN_A)
    mine = incident(district, TOWN_A)
    other = incident(district, TOWN_B)
    run(district.client.run_once())
    run(town_a.client.run_once())
    with town_a.database.read() as session:
        assert session.get(Incident, mine.id) is not None
        assert session.get(Incident, other.id) is None

    from console.sync.share import share_incident

    share_incident(district.operations, other.id, TOWN_A)
    run(district.client.run_once())
    result = run(town_a.client.run_once())

    assert result.ok
    assert result.rebuilt
    with town_a.database.read() as session:
        assert session.get(Incident, other.id) is not None


def test_the_client_reports_refusal_as_an_auth_error(tmp_path, template, hub):
    a = replica("a", tmp_path, template, hub)
    a.client.token = auth.parse_token(auth.new_token().text)
    with pytest.raises(AuthRefused):
        run(a.client._call(protocol.HANDSHAKE, {}))
    assert isinstance(a.client, SyncClient)
