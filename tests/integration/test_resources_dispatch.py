"""Teams and stock for incidents: status with who/when, double commitment."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from console.context import ConsoleContext
from console.domain import resources_status as machine
from console.domain.incidents import IncidentDraft
from console.domain.resources_records import DepotRecord, TeamRecord
from console.ops.incidents import advance_status, create_incident
from console.ops.resources_common import ConfirmationRequiredError
from console.ops.resources_dispatch import (
    assign_team,
    check_team_assignment,
    release_team,
)
from console.ops.resources_places import create_depot
from console.ops.resources_stock import receive_stock, seed_supply_catalogue
from console.ops.resources_supplies import (
    check_supply_dispatch,
    dispatch_supplies,
    earmark_supplies,
)
from console.ops.resources_teams import add_member, create_team, set_team_status
from console.resources import queries
from console.resources.catalogue import supply_items_file
from console.store.models import OpLogEntry
from console.store.resource_models import StockEarmark, SupplyItem, TeamDispatch


def _incident(context: ConsoleContext, title: str) -> str:
    draft = IncidentDraft(
        title, "natural", "flood_drought", datetime.now(UTC), 29.8, 121.5
    )
    return create_incident(context.operations, draft).id


def _team(context: ConsoleContext, name: str = "蓝天救援队") -> str:
    record = TeamRecord(
        name, "社会", None, 29.81, 121.55, 45, capabilities=("水域救援",)
    )
    return create_team(context.operations, record).id


def test_status_changes_keep_who_and_when(context: ConsoleContext) -> None:
    team = _team(context)
    incident = _incident(context, "河道险情")
    context.operations.officer = "值班员甲"

    assign_team(context.operations, team, incident)
    set_team_status(context.operations, team, machine.EN_ROUTE, changed_by="队长")
    set_team_status(context.operations, team, machine.ON_SCENE)
    with pytest.raises(machine.TeamStatusError):
        set_team_status(context.operations, team, machine.STANDBY)

    history = queries.status_history(context.database, team)
    assert [(h["previous"], h["status"], h["changed_by"]) for h in history] == [
        (None, "待命", "system"),
        ("待命", "出动", "值班员甲"),
        ("出动", "在途", "队长"),
        ("在途", "到场", "值班员甲"),
    ]
    assert history[1]["incident_id"] == incident
    assert all(h["changed_at"].tzinfo is not None for h in history)
    with context.database.read() as session:
        actions = session.scalars(
            select(OpLogEntry.action).where(OpLogEntry.target_id.is_not(None))
        ).all()
    assert actions.count("team.status") == 2
    assert "team.assign" in actions


def test_resting_ends_the_assignment(context: ConsoleContext) -> None:
    team = _team(context)
    incident = _incident(context, "险情")
    assign_team(context.operations, team, incident)
    for status in (machine.ON_SCENE, machine.WITHDRAWING, machine.RESTING):
        set_team_status(context.operations, team, status)

    with context.database.read() as session:
        row = session.scalars(select(TeamDispatch)).one()
    assert row.released_at is not None


def test_committing_a_team_twice_is_warned_and_needs_confirmation(
    context: ConsoleContext,
) -> None:
    team = _team(context)
    first, second = _incident(context, "甲险情"), _incident(context, "乙险情")
    assert check_team_assignment(context.database, team, first) == []
    assign_team(context.operations, team, first)

    warnings = check_team_assignment(context.database, team, second)
    assert {w.code for w in warnings} == {"team_committed", "team_not_standby"}
    assert "甲险情" in warnings[0].message
    with pytest.raises(ConfirmationRequiredError, match="甲险情"):
        assign_team(context.operations, team, second)
    with pytest.raises(ValueError, match="already assigned to this incident"):
        check_team_assignment(context.database, team, first)

    assign_team(context.operations, team, second, confirm=True)
    history = queries.status_history(context.database, team)
    assert history[-1]["status"] == "出动"
    assert history[-1]["note"].startswith("经确认调派：")
    assert "已调派至在办事件「甲险情」" in history[-1]["note"]


def test_a_closed_incident_no_longer_commits_its_team(context: ConsoleContext) -> None:
    team = _team(context)
    first, second = _incident(context, "甲"), _incident(context, "乙")
    assign_team(context.operations, team, first)
    release_team(context.operations, team, first)
    set_team_status(context.operations, team, machine.WITHDRAWING)
    set_team_status(context.operations, team, machine.STANDBY)
    advance_status(context.operations, first, "closed")

    assert check_team_assignment(context.database, team, second) == []


def test_expired_certificates_are_shown_before_assignment(
    context: ConsoleContext,
) -> None:
    team = _team(context)
    add_member(
        context.operations,
        team,
        "张三",
        qualifications={"潜水证": date(2020, 1, 1), "急救员证": date(2099, 1, 1)},
    )

    warnings = check_team_assignment(context.database, team, _incident(context, "x"))

    assert [w.code for w in warnings] == ["qualification_expired"]
    assert "潜水证" in warnings[0].message
    flags = queries.qualification_flags(context.database, today=date(2098, 12, 20))
    assert [(f["qualification"], f["state"]) for f in flags] == [
        ("潜水证", "expired"),
        ("急救员证", "expiring"),
    ]


def _stock(context: ConsoleContext, quantity: int) -> tuple[str, str]:
    seed_supply_catalogue(context.operations, supply_items_file())
    depot = create_depot(
        context.operations, DepotRecord("区级仓库一", "区级仓库", None, 29.8, 121.5)
    ).id
    with context.database.read() as session:
        item = session.scalars(
            select(SupplyItem.id).where(SupplyItem.name == "沙袋")
        ).one()
    receive_stock(context.operations, depot, item, quantity)
    return depot, item


def test_committing_the_same_stock_twice_is_warned(context: ConsoleContext) -> None:
    depot, item = _stock(context, 1000)
    first, second = _incident(context, "甲"), _incident(context, "乙")
    earmark_supplies(context.operations, depot, item, first, 700)

    assert check_supply_dispatch(context.database, depot, item, second, 300) == []
    warnings = check_supply_dispatch(context.database, depot, item, second, 301)
    assert [w.code for w in warnings] == ["stock_committed"]
    assert "only 300只 free" in warnings[0].message
    assert "甲 700只" in warnings[0].message
    with pytest.raises(ConfirmationRequiredError):
        dispatch_supplies(context.operations, depot, item, second, 301)
    with pytest.raises(ConfirmationRequiredError):
        earmark_supplies(context.operations, depot, item, second, 400)

    dispatch_supplies(context.operations, depot, item, second, 301, confirm=True)
    assert check_supply_dispatch(context.database, depot, item, first, 699) == []


def test_a_dispatch_uses_up_its_own_earmark(context: ConsoleContext) -> None:
    depot, item = _stock(context, 100)
    first, second = _incident(context, "甲"), _incident(context, "乙")
    earmark_supplies(context.operations, depot, item, first, 60)

    dispatch_supplies(context.operations, depot, item, first, 60)

    with context.database.read() as session:
        mark = session.scalars(select(StockEarmark)).one()
    assert mark.released_at is not None
    assert check_supply_dispatch(context.database, depot, item, second, 40) == []


def test_stock_beyond_the_balance_is_refused_even_when_confirmed(
    context: ConsoleContext,
) -> None:
    from console.domain.resources_ledger import NegativeBalanceError

    depot, item = _stock(context, 10)
    incident = _incident(context, "甲")

    with pytest.raises(NegativeBalanceError, match="balance 10只, requested 11只"):
        check_supply_dispatch(context.database, depot, item, incident, 11)
    with pytest.raises(NegativeBalanceError):
        dispatch_supplies(context.operations, depot, item, incident, 11, confirm=True)
