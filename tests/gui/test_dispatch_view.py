"""Can we dispatch? Teams by distance, warn-then-confirm, stock and returns."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from console.domain.resources_records import DepotRecord, TeamRecord
from console.ops.resources_dispatch import assign_team
from console.ops.resources_places import (
    create_depot,
    set_shelter_occupancy,
    set_shelter_open,
)
from console.ops.resources_stock import receive_stock
from console.ops.resources_supplies import earmark_supplies
from console.ops.resources_teams import create_team
from console.store.resource_models import (
    Shelter,
    StockMovement,
    SupplyItem,
    TeamDispatch,
)
from widgets.dispatch_view import DEFAULT_KM, DispatchView

# The incidents of ``add_incident`` are at (29.81, 121.56); a degree of
# latitude is about 111.2 km.
LAT, LON = 29.81, 121.56
KM = 1 / 111.2


def team_at(context, name: str, km_north: float, **changes) -> str:
    record = TeamRecord(name, "社会", None, LAT + km_north * KM, LON, 12, **changes)
    return create_team(context.operations, record).id


def dispatched(context, team_id: str, incident_id: str) -> bool:
    with context.database.read() as session:
        return bool(
            session.scalar(
                select(func.count()).where(
                    TeamDispatch.team_id == team_id,
                    TeamDispatch.incident_id == incident_id,
                )
            )
        )


def balance(context, depot_id: str, item_id: str) -> int:
    with context.database.read() as session:
        return int(
            session.scalar(
                select(func.coalesce(func.sum(StockMovement.delta), 0)).where(
                    StockMovement.depot_id == depot_id,
                    StockMovement.item_id == item_id,
                )
            )
        )


@pytest.fixture
def open_view(qtbot, console_context, fake_map):
    def open_(incident_id: str) -> DispatchView:
        view = DispatchView(console_context, incident_id, map_view=fake_map)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        return view

    return open_


@pytest.fixture
def blankets(console_context):
    """A depot 2 km from the incidents holding 100 棉被."""
    depot = create_depot(
        console_context.operations,
        DepotRecord("东区仓库", "区级仓库", None, LAT + 2 * KM, LON),
    )
    with console_context.database.read() as session:
        item = session.scalar(select(SupplyItem).where(SupplyItem.name == "棉被"))
    receive_stock(console_context.operations, depot.id, item.id, 100)
    return depot.id, item.id


def test_teams_within_the_radius_nearest_first(
    qtbot, console_context, add_incident, open_view, fake_map
):
    incident = add_incident()
    far = team_at(console_context, "远队", 15)
    mid = team_at(console_context, "中队", 6, capabilities=("水域救援",))
    near = team_at(console_context, "近队", 1)
    nearer = team_at(console_context, "最近队", 0.5, capabilities=("水域救援",))

    view = open_view(incident.id)

    for button in (view.assign_button, view.dispatch_button, view.return_button):
        assert button.isVisible()
    assert view.radius.value() == DEFAULT_KM
    assert view.results.teams.shown_ids() == [nearer, near, mid]
    assert view.results.teams.cell(nearer, 1) == "0.5"
    assert fake_map.radius == (LAT, LON, DEFAULT_KM, [])

    view.set_capabilities(["水域救援"])
    qtbot.waitUntil(lambda: view.results.teams.shown_ids() == [nearer, mid])
    view.set_capabilities([])
    view.radius.setValue(20)
    qtbot.waitUntil(lambda: len(view.results.teams.shown_ids()) == 4)
    assert view.results.teams.shown_ids()[-1] == far

    view.results.teams.select_id(mid)
    assert fake_map.radius == (LAT, LON, 20, [mid])
    view.close()
    assert fake_map.radius is None


def test_double_commitment_is_warned_and_assigned_only_after_confirmation(
    qtbot, console_context, add_incident, open_view, english
):
    first = add_incident("东湖 溺水")
    second = add_incident("横溪 山洪")
    team = team_at(console_context, "蓝天救援队", 2)
    assign_team(console_context.operations, team, first.id)

    view = open_view(second.id)
    assert view.results.teams.select_id(team)
    assert view.results.teams.row(team)["busy"]

    assert view.assign_selected_team() is False
    assert view.confirm_bar.isVisible()
    text = view.confirm_bar.text.text()
    assert "蓝天救援队 is already assigned to the open incident 东湖 溺水" in text
    assert not dispatched(console_context, team, second.id)

    view.confirm_bar.cancel_button.click()
    assert not view.confirm_bar.isVisible()
    assert not dispatched(console_context, team, second.id)

    view.assign_selected_team()
    view.confirm_bar.confirm_button.click()
    assert dispatched(console_context, team, second.id)
    assert "assigned" in view.message.text()


def test_a_free_team_is_assigned_at_once(
    qtbot, console_context, add_incident, open_view
):
    incident = add_incident()
    team = team_at(console_context, "近队", 1)
    view = open_view(incident.id)
    view.results.teams.select_id(team)

    assert view.assign_selected_team() is True
    assert not view.confirm_bar.isVisible()
    assert dispatched(console_context, team, incident.id)
    # The list follows: the team is now busy at this incident.
    qtbot.waitUntil(lambda: view.results.teams.row(team)["busy"])


def test_stock_earmarked_elsewhere_needs_confirmation(
    qtbot, console_context, add_incident, open_view, blankets, english
):
    depot, item = blankets
    first = add_incident("东湖 溺水")
    second = add_incident("横溪 山洪")
    earmark_supplies(console_context.operations, depot, item, first.id, 80)
    view = open_view(second.id)
    view.set_needed({"棉被": 50})

    row_id = f"{item}|{depot}"
    assert view.results.stock.shown_ids() == [row_id]
    assert view.results.stock.cell(row_id, 5) == "20"  # free
    assert "SHORT" in view.results.stock_summary.text()
    view.results.stock.select_id(row_id)
    view.quantity.setValue(50)

    assert view.dispatch_selected_stock() is False
    assert "only 20" in view.confirm_bar.text.text()
    assert balance(console_context, depot, item) == 100

    view.confirm_bar.confirm_button.click()
    assert balance(console_context, depot, item) == 50
    qtbot.waitUntil(lambda: view.results.stock.cell(row_id, 6) == "50")  # sent


def test_more_than_the_balance_is_refused_clearly(
    qtbot, console_context, add_incident, open_view, blankets, english
):
    depot, item = blankets
    incident = add_incident()
    view = open_view(incident.id)
    view.set_needed({"棉被": 10})
    view.results.stock.select_id(f"{item}|{depot}")
    view.quantity.setValue(500)

    assert view.dispatch_selected_stock() is False

    assert not view.confirm_bar.isVisible()
    text = view.message.text()
    assert "东区仓库 holds only 100床 of 棉被" in text
    assert "500床 cannot go out" in text
    assert balance(console_context, depot, item) == 100


def test_returns_go_back_to_the_depot(
    qtbot, console_context, add_incident, open_view, blankets, english
):
    depot, item = blankets
    incident = add_incident()
    view = open_view(incident.id)
    view.set_needed({"棉被": 30})
    row_id = f"{item}|{depot}"
    view.results.stock.select_id(row_id)
    view.quantity.setValue(30)
    assert view.dispatch_selected_stock() is True
    qtbot.waitUntil(lambda: view.results.stock.cell(row_id, 6) == "30")

    view.quantity.setValue(40)
    assert view.return_selected_stock() is False
    assert "Only 30床 went out" in view.message.text()
    view.quantity.setValue(10)
    assert view.return_selected_stock() is True
    assert balance(console_context, depot, item) == 80
    qtbot.waitUntil(lambda: view.results.stock.cell(row_id, 6) == "20")


def test_shelter_places_within_reach(
    qtbot, console_context, add_incident, open_view, resource_sample
):
    incident = add_incident()
    with console_context.database.read() as session:
        shelters = session.scalars(select(Shelter).order_by(Shelter.name)).all()
    opened, closed = shelters[0], shelters[1]
    set_shelter_open(console_context.operations, opened.id, True)
    set_shelter_occupancy(console_context.operations, opened.id, 7)
    view = open_view(incident.id)
    view.radius.setValue(100)
    view.search()

    assert opened.id in view.results.shelters.shown_ids()
    assert closed.id not in view.results.shelters.shown_ids()
    assert view.results.shelters.cell(opened.id, 2) == str(opened.capacity - 7)
    summary = view.results.shelters_summary.text()
    assert str(opened.capacity - 7) in summary


def test_the_board_button_opens_the_view_for_its_incident(
    qtbot, make_window, add_incident
):
    incident = add_incident()
    window = make_window()
    board = window.boards.board_for(incident.id)
    board.show_incident(incident.id)

    view = board.actions_row.open_dispatch()

    assert isinstance(view, DispatchView)
    assert view.incident_id == incident.id
    assert window.resources.open_dispatch() is view  # same incident: raised
    view.close()
