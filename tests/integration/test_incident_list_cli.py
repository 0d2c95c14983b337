"""``eoc-console incident list``: the ids a script or an officer needs."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from console import cli
from console.context import ConsoleContext
from console.domain.incidents import IncidentDraft
from console.ops.incidents import advance_status, create_incident


def _incident(context: ConsoleContext, title: str) -> str:
    draft = IncidentDraft(
        title=title, category="accident", type="fire",
        occurred_at=datetime.now(UTC), lat=29.8, lon=121.55,
    )  # fmt: skip
    return create_incident(context.operations, draft).id


def test_list_shows_open_incidents_newest_first_and_all_with_all(
    context: ConsoleContext, capsys: pytest.CaptureFixture[str]
) -> None:
    older = _incident(context, "仓库火灾")
    newer = _incident(context, "民房火灾")
    ended = _incident(context, "已扑灭的火灾")
    advance_status(context.operations, ended, "closed")
    data_dir = str(context.data_dir)
    context.close()

    assert cli.main(["incident", "list", "--data-dir", data_dir]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert cli.main(["incident", "list", "--all", "--data-dir", data_dir]) == 0
    everything = json.loads(capsys.readouterr().out)

    assert [i["id"] for i in listed] == [newer, older]
    assert listed[0]["title"] == "民房火灾"
    assert {i["id"] for i in everything} == {older, newer, ended}
