"""Commands name an incident by its id or by the first characters of it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from console.commands.incident_ref import resolve_incident
from console.context import ConsoleContext
from console.ops.core import OpTransaction
from console.store.models import Incident


def _incident(context: ConsoleContext, incident_id: str, title: str) -> None:
    def work(tx: OpTransaction) -> None:
        tx.insert(
            Incident(
                id=incident_id,
                title=title,
                category="accident",
                type="production_safety",
                occurred_at=datetime(2026, 8, 1, tzinfo=UTC),
                received_at=tx.now,
                description="",
                status="received",
            )
        )
        tx.log(f"登记事件：{title}")

    context.operations.run("incident.create", work)


@pytest.fixture
def named(context: ConsoleContext) -> ConsoleContext:
    _incident(context, "ab12cd34-0000-4000-8000-000000000001", "仓库火灾")
    _incident(context, "ab12ef56-0000-4000-8000-000000000002", "燃气泄漏")
    _incident(context, "ff00_d%x-0000-4000-8000-000000000003", "厂房坍塌")
    return context


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("ab12cd34-0000-4000-8000-000000000001", "仓库火灾"),
        ("ab12cd34", "仓库火灾"),
        ("ab12e", "燃气泄漏"),
        ("ff00_d%x", "厂房坍塌"),
    ],
)
def test_an_id_or_a_unique_start_of_one_names_the_incident(
    named: ConsoleContext, text: str, title: str
) -> None:
    found = resolve_incident(named, text)

    assert isinstance(found, Incident)
    assert found.title == title


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("ab12", "more than one incident"),
        ("ab1", "at least its first 4 characters"),
        ("ff0__", "no incident"),
        ("ff%x", "no incident"),
        ("9999", "no incident"),
    ],
)
def test_a_start_that_names_none_or_several_says_which(
    named: ConsoleContext, text: str, reason: str
) -> None:
    found = resolve_incident(named, text)

    assert isinstance(found, str)
    assert reason in found
