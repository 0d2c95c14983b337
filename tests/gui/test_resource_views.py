"""The 资源 dock, its menu, the map link and roster files, on a real database."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from console.domain import resources_status as machine
from console.domain.resources_records import TeamRecord
from console.ops.resources_teams import (
    add_member,
    create_team,
    remove_team,
    set_team_status,
)
from console.resources import columns, rosters
from console.store.models import OpLogEntry
from console.store.resource_models import (
    Business,
    RescueTeam,
    Shelter,
    StockMovement,
    SupplyItem,
)
from widgets.resource_files import ImportDialog, reason_text
from widgets.resource_link import ResourceLink
from widgets.resource_rosters import ResourceRosters
from widgets.roster_table import EXPIRED_COLOUR, EXPIRING_COLOUR


@pytest.fixture
def relay(console_context, qtbot):
    from widgets.changes import OpChangesRelay

    return OpChangesRelay(console_context.operations)


@pytest.fixture
def shown_rosters(qtbot, console_context, relay):
    def make() -> ResourceRosters:
        view = ResourceRosters(console_context, relay)
        qtbot.addWidget(view)
        view.resize(1200, 700)
        view.show()
        qtbot.waitExposed(view)
        view.refresh_now()
        return view

    return make


def ledger_balances(context, depot_id: str) -> dict[str, int]:
    with context.database.read() as session:
        rows = session.execute(
            select(SupplyItem.name, func.sum(StockMovement.delta))
            .join(SupplyItem, SupplyItem.id == StockMovement.item_id)
            .where(
                StockMovement.depot_id == depot_id, StockMovement.deleted_at.is_(None)
            )
            .group_by(SupplyItem.name)
        )
        return {name: int(total) for name, total in rows if total}


# --- map link -----------------------------------------------------------------


def test_link_pushes_every_layer_then_only_what_changed(
    qtbot, console_context, resource_sample, relay, fake_map, add_incident, english
):
    link = ResourceLink(console_context.database, relay, fake_map)
    with console_context.database.read() as session:
        teams = session.scalars(select(RescueTeam)).all()
        businesses = session.scalar(select(func.count()).select_from(Business))

    assert len(fake_map.layers["teams"]) == len(teams) > 0
    assert len(fake_map.layers["businesses"]) == businesses == 30
    assert len(fake_map.layers["shelters"]) > 0
    assert fake_map.labels["teams"] == "Rescue teams"
    team = teams[0]
    assert fake_map.layers["teams"][team.id]["status"] == machine.STANDBY
    assert fake_map.layers["teams"][team.id]["synthetic"] is True
    assert len(fake_map.called("set_layer")) == 4
    fake_map.calls.clear()

    add_incident()  # not a resource table: nothing is sent
    add_member(console_context.operations, team.id, "李四")  # not drawn
    qtbot.wait(200)
    assert fake_map.calls == []

    set_team_status(console_context.operations, team.id, machine.DISPATCHED)
    qtbot.waitUntil(lambda: bool(fake_map.called("upsert_layer_items")))
    [(layer, points)] = fake_map.called("upsert_layer_items")
    assert layer == "teams"
    assert [p["id"] for p in points] == [team.id]
    assert points[0]["status"] == machine.DISPATCHED
    assert fake_map.called("set_layer") == []
    assert link.pushed["teams"][team.id]["status"] == machine.DISPATCHED

    remove_team(console_context.operations, teams[1].id, "撤编")
    qtbot.waitUntil(lambda: bool(fake_map.called("remove_layer_items")))
    assert fake_map.called("remove_layer_items") == [("teams", [teams[1].id])]
    assert teams[1].id not in fake_map.layers["teams"]


def test_a_reloaded_page_gets_every_layer_again(
    qtbot, console_context, resource_sample, relay, fake_map
):
    link = ResourceLink(console_context.database, relay, fake_map)
    fake_map.ready.emit()  # the first load: queued calls ran, nothing to redo
    assert len(fake_map.called("set_layer")) == 4

    fake_map.ready.emit()  # loaded again: the page starts empty
    assert len(fake_map.called("set_layer")) == 8
    assert set(link.pushed["teams"]) == set(fake_map.layers["teams"])


# --- main window --------------------------------------------------------------


def test_window_has_the_resources_dock_menu_and_layer_switches(
    qtbot, make_window, fake_map, activate, english
):
    window = make_window()
    activate(window)
    assert not window.resources_dock.isVisible()
    menus = [a.text() for a in window.menuBar().actions()]
    assert "&Resources" in menus

    QTest.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.resources_dock.isVisible)
    assert window.resources_dock.widget() is window.resources.rosters

    actions = window.resources.layer_actions
    assert not actions["businesses"].isChecked()
    actions["businesses"].setChecked(True)
    assert fake_map.called("set_layer_visible")[-1] == ("businesses", True)
    # A click in the page's own layers control comes back the other way.
    fake_map.layer_toggled.emit("teams", False)
    assert not actions["teams"].isChecked()


def test_the_map_can_follow_the_roster_filters(
    qtbot, make_window, fake_map, resource_sample
):
    window = make_window()
    table = window.resources.rosters.teams.table
    window.resources_dock.show()
    qtbot.waitUntil(lambda: bool(table.shown_ids()))
    combo = table.filters["kind"]

    combo.setCurrentIndex(combo.findData("社会"))
    combo.activated.emit(combo.currentIndex())
    assert "teams" not in fake_map.filters  # the map is left alone by default

    window.resources.follow_filters_action.setChecked(True)
    assert fake_map.filters["teams"] == {"kind": ["社会"]}
    assert fake_map.filters["shelters"] == {}
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert fake_map.filters["teams"] == {}
    window.resources.follow_filters_action.setChecked(False)
    assert fake_map.filters["teams"] is None


def test_clicking_a_point_on_the_map_shows_it_in_the_roster(
    qtbot, make_window, fake_map, resource_sample, console_context
):
    window = make_window()
    with console_context.database.read() as session:
        shelter = session.scalars(select(Shelter).order_by(Shelter.name)).all()[-1]

    fake_map.resource_clicked.emit("shelters", shelter.id)

    assert window.resources_dock.isVisible()
    rosters_view = window.resources.rosters
    assert rosters_view.currentWidget() is rosters_view.shelters
    assert rosters_view.shelters.table.selected_id() == shelter.id


# --- rosters ------------------------------------------------------------------


def test_stock_balances_are_the_sums_of_the_ledger(
    qtbot, console_context, resource_sample, shown_rosters
):
    view = shown_rosters()
    view.setCurrentWidget(view.stock)
    table = view.stock.table
    depots = table.shown_ids()
    assert len(depots) == len(rosters.depot_rows(console_context.database))

    checked = 0
    for depot_id in depots[:6]:
        assert table.select_id(depot_id)
        expected = ledger_balances(console_context, depot_id)
        assert view.stock.shown_balances() == expected
        assert int(table.cell(depot_id, 3)) == len(expected)
        checked += bool(expected)
    assert checked >= 3


def test_team_status_change_records_who_and_when(
    qtbot, console_context, shown_rosters, english
):
    team = create_team(
        console_context.operations,
        TeamRecord("东湖救援队", "社会", None, 29.8, 121.55, 20),
    )
    today = date.today()
    add_member(
        console_context.operations,
        team.id,
        "王强",
        qualifications={
            "潜水证": today - timedelta(days=3),
            "急救证": today + timedelta(days=10),
            "救生员证": today + timedelta(days=400),
        },
    )
    view = shown_rosters()
    tab = view.teams
    assert tab.table.select_id(team.id)
    assert tab.table.cell(team.id, 8) == "1 expired, 1 expiring"
    assert tab.table.cell_colour(team.id, 8) == EXPIRED_COLOUR
    states = {tab.members.item(r, 2).text(): tab.members.item(r, 4) for r in range(3)}
    assert states["潜水证"].foreground().color().name() == EXPIRED_COLOUR
    assert states["急救证"].foreground().color().name() == EXPIRING_COLOUR
    assert states["救生员证"].text() == "valid"

    assert tab.next_status.currentData() == machine.DISPATCHED
    tab.status_note.setText("演练")
    assert tab.change_status()

    qtbot.waitUntil(lambda: tab.table.cell(team.id, 4) == machine.DISPATCHED)
    assert tab.table.cell(team.id, 6) == "张伟"
    assert tab.history.item(0, 1).text() == machine.STANDBY
    assert tab.history.item(0, 2).text() == machine.DISPATCHED
    assert tab.history.item(0, 3).text() == "张伟"
    assert tab.history.item(0, 5).text() == "演练"
    assert tab.history.item(0, 0).text()  # when


def test_roster_filters_narrow_the_list(
    qtbot, console_context, resource_sample, shown_rosters
):
    view = shown_rosters()
    table = view.teams.table
    everyone = rosters.team_rows(console_context.database)
    assert len(table.shown_ids()) == len(everyone)

    combo = table.filters["kind"]
    combo.setCurrentIndex(combo.findData("社会"))
    social = {r["id"] for r in everyone if r["kind"] == "社会"}
    assert set(table.shown_ids()) == social
    assert table.current_filter() == {"kind": ["社会"]}

    division = everyone[0]["division"]
    table.filters["division"].setCurrentIndex(
        table.filters["division"].findData(division)
    )
    assert set(table.shown_ids()) == {
        r["id"] for r in everyone if r["kind"] == "社会" and r["division"] == division
    }
    combo.setCurrentIndex(0)
    table.filters["division"].setCurrentIndex(0)
    table.search.setText(everyone[-1]["name"])
    assert table.shown_ids() == [everyone[-1]["id"]]


def test_shelter_occupancy_and_opening_are_logged(
    qtbot, console_context, resource_sample, shown_rosters, english
):
    view = shown_rosters()
    view.setCurrentWidget(view.shelters)
    tab = view.shelters
    shelter_id = tab.table.shown_ids()[0]
    row = tab.table.row(shelter_id)
    assert tab.table.select_id(shelter_id)

    tab.occupancy.setValue(120)
    tab.source.setText("村委会电话")
    assert tab.record_occupancy()
    assert tab.toggle_open()

    with console_context.database.read() as session:
        entries = session.scalars(
            select(OpLogEntry)
            .where(OpLogEntry.action.in_(("shelter.occupancy", "shelter.open")))
            .order_by(OpLogEntry.hlc)
        ).all()
    assert [e.action for e in entries] == ["shelter.occupancy", "shelter.open"]
    assert f"0 → 120/{row['capacity']}" in entries[0].text
    assert "村委会电话" in entries[0].text
    assert entries[0].officer == "张伟"
    qtbot.waitUntil(lambda: tab.table.cell(shelter_id, 5) == "120")
    assert tab.table.cell(shelter_id, 3) == "Open"
    assert tab.open_button.text() == "Close shelter"
    assert "in shelters 120" in tab.totals.text()


# --- files --------------------------------------------------------------------


def write_csv(path: Path, rows: list[list[object]], kind: str = "teams") -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns.headers(kind))
        writer.writerows(rows)
    return path


def team_row(name: str, kind: str = "社会", lat: object = 29.8) -> list[object]:
    return [name, kind, "", lat, 121.55, 12, "张三", "13800000000", "", "", ""]


def team_count(context) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(RescueTeam))


def test_import_dry_run_lists_every_bad_row_and_changes_nothing(
    qtbot, console_context, tmp_path, english
):
    bad = write_csv(
        tmp_path / "teams.csv",
        [
            team_row("甲队"),
            team_row("", "社会"),
            team_row("丙队", "外星"),
            team_row("丁队", lat="北纬"),
        ],
    )
    dialog = ImportDialog(console_context, ask_path=lambda _parent: str(bad))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.browse()
    log_before = _log_count(console_context)

    report = dialog.check()

    assert report is not None
    assert report.dry_run
    assert not report.ok
    shown = [
        tuple(dialog.errors.item(r, c).text() for c in range(3))
        for r in range(dialog.errors.rowCount())
    ]
    assert [(row, column) for row, column, _ in shown] == [
        ("3", "队伍名称"),
        ("4", "类型"),
        ("5", "纬度"),
    ]
    assert shown[0][2] == "required"
    assert shown[1][2].startswith("must be one of 综合性消防救援")
    assert "3 bad rows" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert team_count(console_context) == 0
    assert _log_count(console_context) == log_before


def test_import_reasons_are_shown_in_chinese(chinese):
    assert reason_text("required") == "必填"
    assert reason_text("duplicate of row 7") == "与第 7 行重复"
    assert reason_text("unknown division: '东风镇'") == "未知镇街：'东风镇'"
    assert reason_text("something new") == "something new"


def test_a_clean_dry_run_enables_the_import(qtbot, console_context, tmp_path, english):
    good = write_csv(tmp_path / "teams.csv", [team_row("甲队"), team_row("乙队")])
    dialog = ImportDialog(console_context)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(good))
    assert not dialog.import_button.isEnabled()

    dialog.check()
    assert "2 new, 0 updated, 0 unchanged" in dialog.summary.text()
    assert team_count(console_context) == 0
    assert dialog.import_button.isEnabled()

    report = dialog.run_import()
    assert report is not None
    assert report.applied
    assert team_count(console_context) == 2
    assert not dialog.import_button.isEnabled()


def test_a_file_changed_after_the_dry_run_must_be_checked_again(
    qtbot, console_context, tmp_path
):
    path = write_csv(tmp_path / "teams.csv", [team_row("甲队")])
    dialog = ImportDialog(console_context)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(path))
    dialog.check()
    write_csv(path, [team_row("甲队"), team_row("", "社会")])

    assert dialog.run_import() is None
    assert team_count(console_context) == 0


def test_export_and_empty_template(qtbot, make_window, console_context, tmp_path):
    window = make_window()
    create_team(
        console_context.operations,
        TeamRecord("东湖救援队", "社会", None, 29.8, 121.55, 20),
    )
    target = tmp_path / "out.csv"
    window.resources.ask_save_path = lambda _suggested: str(target)

    assert window.resources.export("teams") == target
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert rows[0] == columns.headers("teams")
    assert rows[1][0] == "东湖救援队"

    assert window.resources.export("shelters", template=True) == target
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert rows == [columns.headers("shelters")]


def _log_count(context) -> int:
    with context.database.read() as session:
        return session.scalar(select(func.count()).select_from(OpLogEntry))


def test_stock_below_zero_is_flagged_until_a_stocktake(
    qtbot, console_context, resource_sample, shown_rosters, merged_withdrawal
):
    from console.ops.resources_stock import stocktake
    from console.resources import queries

    held = next(b for b in queries.stock_balances(console_context.database))
    merged_withdrawal(
        console_context, held["depot_id"], held["item_id"], held["balance"] + 3
    )
    view = shown_rosters()
    view.setCurrentWidget(view.stock)

    assert view.stock.overdrawn.isVisible()
    assert held["depot"] in view.stock.overdrawn.text()
    assert f"{held['item']} -3" in view.stock.overdrawn.text()
    assert view.stock.table.select_id(held["depot_id"])
    assert view.stock.shown_balances()[held["item"]] == -3

    stocktake(console_context.operations, held["depot_id"], held["item_id"], 0)

    qtbot.waitUntil(lambda: not view.stock.overdrawn.isVisible(), timeout=5000)
    assert view.stock.shown_balances().get(held["item"], 0) == 0
