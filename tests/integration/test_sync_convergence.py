"""Convergence of a hub and three workstations over an unreliable network.

A Hypothesis state machine edits, deletes, reopens and notes on three
replicas (each its own SQLite file) while the simulated network drops,
duplicates, holds back and garbles requests, workstations go offline, crash
mid-apply and run wrong clocks, and the hub compacts its history. After
every step cursors never go back and nothing acknowledged is unknown to the
hub; at the end, once the network heals, every replica equals the hub and
every operation was applied exactly once.
"""

from __future__ import annotations

import asyncio
import random
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
)
from sqlalchemy import select, text

from console.domain import lifecycle
from console.domain.incidents import IncidentDraft
from console.hub.dump import hub_dump
from console.hub.service import HubService
from console.hub.store import HubStore, compact
from console.oplog.ledger import verify_database
from console.ops import incidents as incident_ops
from console.ops.oplog import add_note
from console.store.models import Incident
from console.store.sync_models import SyncConflict
from console.sync import dump, protocol, sim
from console.sync.resolve import resolve_conflict

REPLICAS = 3
FAULTS = sim.Faults(
    drop_request=0.03,
    drop_reply=0.03,
    duplicate=0.05,
    delay=0.02,
    garble=0.02,
    truncate=0.02,
    deliver_late=0.2,
)
_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    if "path" not in _TEMPLATE:
        folder = Path(tempfile.mkdtemp(prefix="eoc-sync-template-"))
        _TEMPLATE["path"] = sim.template(folder / "template.sqlite")
    return _TEMPLATE["path"]


class Crash(RuntimeError):
    """A workstation dies inside the apply transaction."""


class SyncMachine(RuleBasedStateMachine):
    incidents = Bundle("incidents")

    def hub_url(self) -> str:
        """The hub database; the PostgreSQL suite overrides it."""
        return str(self.folder / "hub.sqlite")

    @initialize(rng=st.randoms(use_true_random=False))
    def start(self, rng: random.Random) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="eoc-sync-sim-"))
        self.loop = asyncio.new_event_loop()
        self.store = HubStore(self.hub_url())
        self.hub = HubService(self.store)
        self.replicas = [
            sim.make_replica(
                f"ws{i}", self.folder / f"ws{i}", _template(), self.hub, rng
            )
            for i in range(REPLICAS)
        ]
        for replica in self.replicas:
            replica.transport.faults = FAULTS
        self.cursors = [0] * REPLICAS

    def teardown(self) -> None:
        if not hasattr(self, "replicas"):
            return
        try:
            self.loop.run_until_complete(sim.quiesce(self.replicas))
            self._assert_converged()
        finally:
            for replica in self.replicas:
                self.loop.run_until_complete(replica.client.close())
                replica.database.dispose()
            self.store.dispose()
            self.loop.close()

    def _assert_converged(self) -> None:
        expected = hub_dump(self.store)
        for replica in self.replicas:
            with replica.database.engine.connect() as connection:
                assert dump.replica(connection) == expected, replica.name
                waiting = connection.execute(
                    text("SELECT count(*) FROM change_journal WHERE acked_at IS NULL")
                ).scalar()
                rejected = connection.execute(
                    text("SELECT count(*) FROM rejected_ops")
                ).scalar()
                parked = connection.execute(
                    text("SELECT count(*) FROM sync_parked")
                ).scalar()
                seqs = dict(
                    connection.execute(
                        text(
                            "SELECT m.op_id, m.hub_seq FROM sync_op_meta m "
                            "JOIN change_journal j ON j.op_id = m.op_id"
                        )
                    ).all()
                )
            assert (waiting, rejected, parked) == (0, 0, 0), replica.name
            # Every log chain, merged by union, still holds end to end.
            assert verify_database(replica.database).ok, replica.name
            # Each operation was taken once: the hub_seq the replica was told
            # is the one the hub logged for it (or kept after compaction).
            logged = self._hub_seqs()
            assert all(seqs[op] == logged[op] for op in seqs), replica.name

    def _hub_seqs(self) -> dict[str, int]:
        with self.store.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT op_id, hub_seq FROM hub_changes_real "
                    "UNION ALL SELECT op_id, hub_seq FROM hub_seen_real"
                )
            ).all()
        return dict(rows)

    @rule(target=incidents, who=st.integers(0, REPLICAS - 1), deaths=st.integers(0, 3))
    def create_incident(self, who: int, deaths: int) -> str:
        draft = IncidentDraft(
            title=f"事件 {who}",
            category="accident",
            type="production_safety",
            occurred_at=datetime(2026, 8, 1, tzinfo=UTC),
        )
        incident = incident_ops.create_incident(self.replicas[who].operations, draft)
        return incident.id

    def _local(self, who: int, incident_id: str) -> Incident | None:
        with self.replicas[who].database.read() as session:
            return session.get(Incident, incident_id)

    @rule(
        who=st.integers(0, REPLICAS - 1),
        incident=incidents,
        field=st.sampled_from(["address", "measures_taken", "requests"]),
        value=st.sampled_from(["甲", "乙", "丙"]),
    )
    def edit_text(self, who: int, incident: str, field: str, value: str) -> None:
        row = self._local(who, incident)
        # update_incident refuses a no-op (it would log nothing).
        if row is not None and getattr(row, field) != value:
            incident_ops.update_incident(
                self.replicas[who].operations, incident, {field: value}
            )

    @rule(
        who=st.integers(0, REPLICAS - 1),
        incident=incidents,
        field=st.sampled_from(["deaths", "injured", "missing"]),
        value=st.integers(0, 5),
    )
    def edit_figure(self, who: int, incident: str, field: str, value: int) -> None:
        if self._local(who, incident) is not None:
            incident_ops.record_figures(
                self.replicas[who].operations, incident, {field: value}, source="sim"
            )

    @rule(
        pair=st.permutations(range(REPLICAS)),
        incident=incidents,
        field=st.sampled_from(["deaths", "missing"]),
        values=st.tuples(st.integers(0, 9), st.integers(0, 9)),
    )
    def concurrent_figures(
        self, pair: list[int], incident: str, field: str, values: tuple[int, int]
    ) -> None:
        """Two officers change one figure before either has synced."""
        if any(self._local(who, incident) is None for who in pair[:2]):
            for who in (*pair, *pair):
                self.sync_on_a_good_line(who)
        for who, value in zip(pair[:2], values, strict=True):
            self.edit_figure(who, incident, field, value)

    @rule(who=st.integers(0, REPLICAS - 1), incident=incidents)
    def move(self, who: int, incident: str) -> None:
        if self._local(who, incident) is not None:
            incident_ops.move_incident(
                self.replicas[who].operations, incident, 29.8 + who / 100, 121.5
            )

    @rule(who=st.integers(0, REPLICAS - 1), incident=incidents)
    def advance_or_reopen(self, who: int, incident: str) -> None:
        row = self._local(who, incident)
        if row is None:
            return
        operations = self.replicas[who].operations
        if row.status == lifecycle.CLOSED:
            incident_ops.reopen_incident(operations, incident, "复燃")
        else:
            incident_ops.advance_status(
                operations, incident, lifecycle.next_statuses(row.status)[-1]
            )

    @rule(who=st.integers(0, REPLICAS - 1), incident=incidents)
    def archive(self, who: int, incident: str) -> None:
        row = self._local(who, incident)
        if row is not None and row.deleted_at is None:
            incident_ops.archive_incident(
                self.replicas[who].operations, incident, "误报"
            )

    @rule(who=st.integers(0, REPLICAS - 1), incident=incidents)
    def note(self, who: int, incident: str) -> None:
        if self._local(who, incident) is not None:
            add_note(self.replicas[who].operations, "续报", incident_id=incident)

    @rule(who=st.integers(0, REPLICAS - 1), keep=st.sampled_from(["winner", "loser"]))
    def resolve_a_conflict(self, who: int, keep: str) -> None:
        replica = self.replicas[who]
        with replica.database.read() as session:
            conflict = session.scalars(
                select(SyncConflict).where(SyncConflict.resolution == "")
            ).first()
        if conflict is not None:
            resolve_conflict(replica.operations, conflict.id, keep)

    @rule(who=st.integers(0, REPLICAS - 1))
    def sync(self, who: int) -> None:
        self.loop.run_until_complete(self.replicas[who].client.run_once())

    @rule(who=st.integers(0, REPLICAS - 1))
    def sync_on_a_good_line(self, who: int) -> None:
        """A round without faults, so replicas also get to share records."""
        transport = self.replicas[who].transport
        transport.faults = sim.Faults()
        try:
            self.loop.run_until_complete(self.replicas[who].client.run_once())
        finally:
            transport.faults = FAULTS

    @rule(who=st.integers(0, REPLICAS - 1), online=st.booleans())
    def network(self, who: int, online: bool) -> None:
        self.replicas[who].transport.online = online

    @rule(who=st.integers(0, REPLICAS - 1))
    def crash_mid_apply(self, who: int) -> None:
        client = self.replicas[who].client

        def crash() -> None:
            raise Crash("power cut")

        client.before_commit = crash
        try:
            self.loop.run_until_complete(client.run_once())
        except Crash:
            pass
        finally:
            client.before_commit = None

    @rule(who=st.integers(0, REPLICAS - 1), hours=st.sampled_from([-24, -2, 0, 3, 24]))
    def set_clock(self, who: int, hours: int) -> None:
        self.replicas[who].wall.offset_ms = hours * 3_600_000

    @rule(who=st.integers(0, REPLICAS - 1))
    def late_delivery(self, who: int) -> None:
        self.replicas[who].transport.deliver_held()

    @rule(keep=st.integers(0, 20))
    def hub_compacts(self, keep: int) -> None:
        compact(self.store, "real", keep)

    @invariant()
    def cursors_never_go_back(self) -> None:
        if not hasattr(self, "replicas"):
            return
        for index, replica in enumerate(self.replicas):
            with replica.database.engine.connect() as connection:
                cursor = connection.execute(
                    text("SELECT value FROM sync_state WHERE key = 'cursor'")
                ).scalar()
            parsed = protocol.parse_cursor(cursor)
            seq = parsed[2] if parsed else 0
            assert seq >= self.cursors[index]
            self.cursors[index] = seq

    @invariant()
    def acknowledged_means_the_hub_has_it(self) -> None:
        if not hasattr(self, "replicas"):
            return
        logged = self._hub_seqs()
        for replica in self.replicas:
            with replica.database.engine.connect() as connection:
                acked = connection.execute(
                    text("SELECT op_id FROM change_journal WHERE acked_at IS NOT NULL")
                ).scalars()
                assert all(op in logged for op in acked), replica.name


SyncMachine.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=40,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_replicas_converge = SyncMachine.TestCase
