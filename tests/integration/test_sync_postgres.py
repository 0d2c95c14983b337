"""The hub on PostgreSQL: the same protocol, merge and convergence.

Runs when ``EOC_TEST_POSTGRES_URL`` points at a PostgreSQL database the
tests may wipe (``export EOC_TEST_POSTGRES_URL="$(.ci/postgres.sh)"``).
"""

from __future__ import annotations

import asyncio
import os
import random
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from test_sync_convergence import SyncMachine

from console.domain.incidents import Figures, IncidentDraft, IntakeDetails
from console.hub import schema
from console.hub.dump import hub_dump
from console.hub.service import HubService
from console.hub.store import HubStore, compact, make_engine
from console.ops import incidents as incident_ops
from console.ops.oplog import add_note
from console.sync import dump, sim

URL = os.environ.get("EOC_TEST_POSTGRES_URL", "")

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not URL, reason="EOC_TEST_POSTGRES_URL is not set"),
]


def fresh_store() -> HubStore:
    engine = make_engine(URL)
    schema.metadata.drop_all(engine)
    engine.dispose()
    return HubStore(URL)


def run(coro):
    return asyncio.run(coro)


@pytest.fixture
def hub() -> HubService:
    store = fresh_store()
    yield HubService(store)
    store.dispose()


def test_the_hub_runs_on_postgresql(hub):
    assert hub.store.is_postgres


def test_roundtrip_conflict_and_rebuild_on_postgresql(tmp_path: Path, hub):
    template = sim.template(tmp_path / "template.sqlite")
    a, b = (
        sim.make_replica(n, tmp_path / n, template, hub, random.Random(n))
        for n in ("a", "b")
    )
    draft = IncidentDraft(
        title="台风",
        category="natural",
        type="typhoon",
        occurred_at=datetime(2026, 8, 1, tzinfo=UTC),
        details=IntakeDetails(figures=Figures(missing=1)),
    )
    incident = incident_ops.create_incident(a.operations, draft)
    run(sim.quiesce([a, b]))
    incident_ops.record_figures(a.operations, incident.id, {"missing": 2}, source="a")
    incident_ops.record_figures(b.operations, incident.id, {"missing": 3}, source="b")
    for n in range(30):
        add_note(a.operations, f"续报 {n}", incident_id=incident.id)
    run(a.client.run_once())
    compact(hub.store, "real", keep=5)
    run(sim.quiesce([a, b]))

    expected = hub_dump(hub.store)
    assert len(expected["sync_conflicts"]) == 1
    for replica in (a, b):
        with replica.database.engine.connect() as connection:
            assert dump.replica(connection) == expected


class PostgresMachine(SyncMachine):
    def hub_url(self) -> str:
        fresh_store().dispose()
        return URL


PostgresMachine.TestCase.settings = settings(
    max_examples=5,
    stateful_step_count=25,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_replicas_converge_on_postgresql = PostgresMachine.TestCase
