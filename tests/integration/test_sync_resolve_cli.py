"""``sync --resolve`` takes a conflict's id or the first characters of it."""

from __future__ import annotations

import json

import pytest

from console import cli
from console.context import ConsoleContext
from console.ops.core import OpTransaction
from console.store.sync_models import SyncConflict


def _conflict(context: ConsoleContext, conflict_id: str) -> None:
    def work(tx: OpTransaction) -> None:
        tx.insert(
            SyncConflict(
                id=conflict_id,
                table_name="incidents",
                row_id="0f0e0d0c-0000-4000-8000-000000000000",
                incident_id=None,
                field="deaths",
                winner_value="3",
                winner_hlc=2,
                winner_site="b",
                winner_op_id="op-b",
                loser_value="2",
                loser_hlc=1,
                loser_site="a",
                loser_op_id="op-a",
                resolution="",
                resolved_by="",
                resolved_at=None,
            )
        )
        tx.log("两站同时改报死亡人数")

    context.operations.run("test.conflict", work)


def test_a_conflict_is_resolved_by_the_start_of_its_id(
    context: ConsoleContext, capsys: pytest.CaptureFixture[str]
) -> None:
    _conflict(context, "c0ffee11-0000-4000-8000-000000000001")
    _conflict(context, "c0ffee22-0000-4000-8000-000000000002")
    data_dir = str(context.data_dir)
    context.close()
    resolve = ["sync", "--resolve", "--officer", "张伟", "--data-dir", data_dir]

    ambiguous = cli.main([*resolve[:2], "c0ffee", *resolve[2:]])
    ambiguous_err = capsys.readouterr().err
    done = cli.main([*resolve[:2], "c0ffee11", *resolve[2:]])
    printed = json.loads(capsys.readouterr().out)

    assert ambiguous == 2
    assert "starts more than one id" in ambiguous_err
    assert done == 0
    assert printed == {
        "resolved": "c0ffee11-0000-4000-8000-000000000001",
        "kept": "winner",
    }
