"""Imports: all or nothing, idempotent, bad rows named, exports read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from console.context import ConsoleContext
from console.domain.resources import SHELTER_KINDS
from console.domain.resources_records import TeamRecord
from console.ops.resources_bulk import plan
from console.ops.resources_stock import seed_supply_catalogue
from console.resources import exporter, readers
from console.resources.catalogue import supply_items_file
from console.resources.importer import import_file
from console.resources.sample import planned_counts, populate
from console.store.models import JournalEntry
from console.store.resource_models import RescueTeam, Shelter

TEAMS = (
    "队伍名称,类型,所属镇街,纬度,经度,人数,负责人,联系电话,能力,装备\n"
    "鄞州区蓝天救援队,社会,钟公庙街道,29.81,121.55,45,张三,13800000001,"
    "水域救援、城市搜救,冲锋舟2艘、无人机\n"
    "姜山镇防汛抢险队,基层,姜山镇,29.70,121.53,12,李四,,防汛抢险,\n"
)
DEPOTS = "仓库名称,类型,纬度,经度,管理员\n区救灾物资仓库,区级仓库,29.82,121.56,王五\n"


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _journal(context: ConsoleContext) -> int:
    with context.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(JournalEntry)) or 0)


def test_a_second_run_of_the_same_file_changes_nothing(
    context: ConsoleContext, tmp_path: Path
) -> None:
    path = _write(tmp_path, "teams.csv", TEAMS)

    first = import_file(context.operations, "teams", path)
    before = _journal(context)
    second = import_file(context.operations, "teams", path)

    assert first.ok
    assert first.applied
    assert first.counts() == {"new": 2, "updated": 0, "unchanged": 0}
    assert second.counts() == {"new": 0, "updated": 0, "unchanged": 2}
    assert _journal(context) - before == 1  # only the import's log entry
    with context.database.read() as session:
        team = session.scalars(
            select(RescueTeam).where(RescueTeam.headcount == 45)
        ).one()
    assert team.status == "待命"
    assert team.capabilities == '["水域救援", "城市搜救"]'


def test_a_dry_run_shows_changes_and_writes_nothing(
    context: ConsoleContext, tmp_path: Path
) -> None:
    import_file(context.operations, "teams", _write(tmp_path, "a.csv", TEAMS))
    changed = TEAMS.replace(",45,", ",50,") + "新队,企业,,29.9,121.6,8,,,,\n"
    before = _journal(context)

    report = import_file(
        context.operations, "teams", _write(tmp_path, "b.csv", changed), dry_run=True
    )

    assert report.ok
    assert not report.applied
    assert [(a.row, a.action, a.detail) for a in report.actions] == [
        (2, "updated", "headcount"),
        (3, "unchanged", ""),
        (4, "new", ""),
    ]
    assert _journal(context) == before


def test_every_bad_row_is_named_and_nothing_is_written(
    context: ConsoleContext, tmp_path: Path
) -> None:
    bad = TEAMS + (
        "坏队一,社会,无此镇,29.8,121.5,十二,,,,\n"
        "坏队二,飞行队,,121.5,29.8,5,,,飞行,\n"
        "鄞州区蓝天救援队,社会,钟公庙街道,29.8,121.5,3,,,,\n"
        ",社会,,29.8,121.5,3,,,,\n"
        "【演示】冒充队,社会,,29.8,121.5,3,,,,\n"
    )
    before = _journal(context)

    report = import_file(context.operations, "teams", _write(tmp_path, "t.csv", bad))

    assert not report.ok
    assert not report.applied
    assert _journal(context) == before
    lines = report.error_lines()
    assert "能力: unknown capability: 飞行; use " in lines[1]
    assert "水域救援" in lines[1]
    lines[1] = re.sub(r"能力: unknown capability: 飞行; use [^;]*; ", "", lines[1])
    assert lines == [
        "t.csv:4: 所属镇街: unknown division: '无此镇'; "
        "人数: not a whole number: '十二'",
        "t.csv:5: 类型: must be one of 综合性消防救援、专业、社会、基层、企业、民兵: "
        "'飞行队'; "
        "纬度: latitude and longitude look swapped",
        "t.csv:6: 队伍名称: duplicate of row 2",
        "t.csv:7: 队伍名称: required",
        "t.csv:8: 队伍名称: names starting with 【演示】 are kept for sample data",
    ]


def test_missing_columns_refuse_the_file(
    context: ConsoleContext, tmp_path: Path
) -> None:
    path = _write(tmp_path, "t.csv", "队伍名称,类型\n甲,社会\n")

    report = import_file(context.operations, "teams", path)

    assert report.refused is not None
    assert "missing column(s): 纬度, 经度, 人数" in report.refused


def test_hostile_files_change_nothing(
    context: ConsoleContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _journal(context)
    book = Workbook()
    book.active.append(["队伍名称", "类型", "纬度", "经度", "人数"])
    book.active.append(["甲队", "社会", 29.8, 121.5, 5])
    book.active.append(["乙队", "社会", 29.8, 121.5, "=1+1"])
    book.save(tmp_path / "f.xlsx")
    formula = import_file(context.operations, "teams", tmp_path / "f.xlsx")
    monkeypatch.setattr(readers, "MAX_ROWS", 1)
    oversize = import_file(
        context.operations, "teams", _write(tmp_path, "o.csv", TEAMS)
    )

    assert formula.error_lines() == ["f.xlsx:3: 人数: formula not accepted: '=1+1'"]
    assert oversize.refused is not None
    assert "more than 1 rows" in oversize.refused
    assert _journal(context) == before


def test_gbk_csv_is_imported(context: ConsoleContext, tmp_path: Path) -> None:
    report = import_file(
        context.operations, "teams", _write(tmp_path, "g.csv", TEAMS, "gbk")
    )

    assert report.encoding == "gb18030"
    assert report.counts()["new"] == 2


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_an_export_imports_back_unchanged(
    context: ConsoleContext, tmp_path: Path, suffix: str
) -> None:
    import_file(context.operations, "teams", _write(tmp_path, "t.csv", TEAMS))
    import_file(context.operations, "depots", _write(tmp_path, "d.csv", DEPOTS))
    shelters = (
        "场所名称,类型,纬度,经度,容纳人数,状态,设施,备注\n"
        "一小,区级,29.8,121.5,300,开放,床位、饮用水,=1+1\n"
    )
    import_file(context.operations, "shelters", _write(tmp_path, "s.csv", shelters))
    experts = "姓名,专业领域,联系电话\n赵六,地质灾害,0574-88888888\n"
    import_file(context.operations, "experts", _write(tmp_path, "e.csv", experts))

    for kind in ("teams", "depots", "shelters", "experts"):
        path = tmp_path / f"out-{kind}{suffix}"
        assert exporter.export_file(context.database, kind, path) >= 1
        report = import_file(context.operations, kind, path)
        assert report.ok, report.error_lines()
        assert report.counts() == {
            "new": 0,
            "updated": 0,
            "unchanged": report.counts()["unchanged"],
        }
    with context.database.read() as session:
        shelter = session.scalars(select(Shelter)).one()
    assert shelter.note == "=1+1"
    assert shelter.is_open is True


def test_an_empty_export_is_the_template(
    context: ConsoleContext, tmp_path: Path
) -> None:
    path = tmp_path / "teams.csv"

    assert exporter.export_file(context.database, "teams", path) == 0
    assert path.read_text("utf-8-sig").strip() == (
        "队伍名称,类型,所属镇街,纬度,经度,人数,负责人,联系电话,能力,装备,备注"
    )


def test_an_xlsx_template_names_its_sheet_and_lists_the_choices(
    context: ConsoleContext, tmp_path: Path
) -> None:
    path = tmp_path / "shelters.xlsx"
    written = exporter.export_file(context.database, "shelters", path, template=True)

    book = load_workbook(path)
    sheet = book.active
    lists = {
        str(v.sqref).split(":")[0]: v.formula1
        for v in sheet.data_validations.dataValidation
    }
    assert written == 0
    assert book.sheetnames == ["避灾安置场所"]
    assert [c.value for c in sheet[1]] == exporter.columns.headers("shelters")
    assert sheet.max_row == 1
    kind_column = exporter.columns.headers("shelters").index("类型")
    letter = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[kind_column]
    assert lists[f"{letter}2"].strip('"').split(",")[0] in SHELTER_KINDS
    assert any(formula == '"开放,关闭"' for formula in lists.values())


def test_stock_rows_are_idempotent_by_reference(
    context: ConsoleContext, tmp_path: Path
) -> None:
    seed_supply_catalogue(context.operations, supply_items_file())
    import_file(context.operations, "depots", _write(tmp_path, "d.csv", DEPOTS))
    stock = (
        "参考号,仓库名称,物资名称,单位,业务类型,数量,批次,有效期至\n"
        "R1,区救灾物资仓库,沙袋,,入库,500,B1,2027-06-30\n"
        "R2,区救灾物资仓库,沙袋,,盘点,480,,\n"
        "R3,区救灾物资仓库,防汛沙石,吨,入库,20,,\n"
    )
    path = _write(tmp_path, "stock.csv", stock)

    dry = import_file(context.operations, "stock", path, dry_run=True)
    first = import_file(context.operations, "stock", path)
    second = import_file(context.operations, "stock", path)

    assert [a.detail for a in dry.actions] == [
        "入库 +500只",
        "盘点 480只 (-20)",
        "入库 +20吨",
    ]
    assert first.counts()["new"] == 3
    assert second.counts() == {"new": 0, "updated": 0, "unchanged": 3}
    exported = tmp_path / "back.xlsx"
    exporter.export_file(context.database, "stock", exported)
    assert import_file(context.operations, "stock", exported).counts()["unchanged"] == 3

    reused = _write(
        tmp_path,
        "r.csv",
        stock.replace(
            "R1,区救灾物资仓库,沙袋,,入库,500", "R1,区救灾物资仓库,沙袋,,入库,501"
        ),
    )
    errors = import_file(context.operations, "stock", reused).error_lines()
    assert errors == [
        "r.csv:2: 参考号: 'R1' already recorded with 数量 500; "
        "a correction needs a new reference"
    ]


def test_a_stock_row_gives_all_its_problems_at_once(
    context: ConsoleContext, tmp_path: Path
) -> None:
    seed_supply_catalogue(context.operations, supply_items_file())
    import_file(context.operations, "depots", _write(tmp_path, "d.csv", DEPOTS))
    stock = (
        "参考号,仓库名称,物资名称,单位,业务类型,数量,批次,有效期至\n"
        "R1,不存在的仓库,沙袋,,入库,500,B1,明年六月\n"
        "R2,区救灾物资仓库,沙袋,,入库,5,B1,后年\n"
    )

    report = import_file(
        context.operations, "stock", _write(tmp_path, "s.csv", stock), dry_run=True
    )

    by_row = {}
    for error in report.errors:
        by_row.setdefault(error.row, set()).add(error.column)
    assert by_row == {2: {"有效期至", "仓库名称"}, 3: {"有效期至"}}


def test_real_rows_may_not_collide_with_sample_records(
    context: ConsoleContext, tmp_path: Path
) -> None:
    populate(context.operations, context.outline, planned_counts(0.01))
    with context.database.read() as session:
        team = session.scalars(select(RescueTeam)).first()
        assert team is not None
        real_twin = TeamRecord(team.name, team.kind, team.division_id, 29.8, 121.5, 3)
        assert [p.action for p in plan(session, "teams", [real_twin])] == ["conflict"]
    path = tmp_path / "t.csv"
    path.write_text(
        f"队伍名称,类型,纬度,经度,人数\n{team.name},社会,29.8,121.5,3\n",
        encoding="utf-8",
    )

    report = import_file(context.operations, "teams", path)

    assert report.error_lines() == [
        "t.csv:2: 队伍名称: names starting with 【演示】 are kept for sample data"
    ]
    assert import_file(
        context.operations, "depots", _write(tmp_path, "d.csv", DEPOTS)
    ).ok


def test_reimporting_keeps_occupancy_and_missing_columns(
    context: ConsoleContext, tmp_path: Path
) -> None:
    from console.ops.resources_places import set_shelter_occupancy

    full = "场所名称,类型,纬度,经度,容纳人数,联系电话\n一小,区级,29.8,121.5,300,110\n"
    import_file(context.operations, "shelters", _write(tmp_path, "a.csv", full))
    with context.database.read() as session:
        shelter_id = session.scalars(select(Shelter.id)).one()
    set_shelter_occupancy(context.operations, shelter_id, 120)
    short = (
        "场所名称,类型,纬度,经度,容纳人数,当前安置人数\n一小,区级,29.8,121.5,350,0\n"
    )

    report = import_file(
        context.operations, "shelters", _write(tmp_path, "b.csv", short)
    )

    assert [(a.action, a.detail) for a in report.actions] == [("updated", "capacity")]
    with context.database.read() as session:
        shelter = session.get_one(Shelter, shelter_id)
    assert (shelter.capacity, shelter.occupancy, shelter.phone) == (350, 120, "110")
