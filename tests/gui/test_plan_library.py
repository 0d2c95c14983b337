"""The plan library: plans, markers, notice, import, records."""

from __future__ import annotations

import pytest
from plan_support import FLOOD, SHIPPED_IDS, plan

from console import queries as console_queries
from console.plans.library import shipped_dir, user_dir
from console.plans.queries import plan_records
from widgets.plan_detail import ITEM, VERIFICATION
from widgets.plan_library import MARKERS, ORIGIN, TITLE


@pytest.fixture
def library(make_window):
    window = make_window()
    window.plans.library_action.trigger()
    dialog = window.plans.library_dialog
    assert dialog is not None
    return dialog


def column(dialog, index: int) -> list[str]:
    return [
        dialog.table.item(row, index).text() for row in range(dialog.table.rowCount())
    ]


def test_library_lists_the_four_shipped_plans_with_sample_markers(chinese, library):
    assert {entry.plan.id for entry in library.entries} == SHIPPED_IDS
    assert len(column(library, TITLE)) == 4
    assert set(column(library, ORIGIN)) == {"内置"}
    flood_row = [e.plan.id for e in library.entries].index(FLOOD)
    assert column(library, MARKERS)[flood_row] == "已核实 0 / 示例 30"

    assert library.select_plan(FLOOD)
    markers = dict(library.detail.marker_rows())
    # Every trigger and action of the flood plan is a sample; of the two
    # measure sets only the heading of 五停 (section 5.4) was read.
    assert len(markers) == 30 + 2
    assert markers.pop("five-stops") == "已核实"
    assert markers.pop("sea-typhoon") == "示例（未核实）"
    assert set(markers.values()) == {"示例（未核实）"}
    assert library.detail.notice_label.isVisible()
    assert library.detail.notice_label.text() == plan().notice
    assert library.detail.header_labels["header"].text() == "已核实"


def test_plan_detail_shows_levels_triggers_actions_and_measures(chinese, library):
    library.select_plan(FLOOD)
    tree = library.detail.tree
    tops = [tree.topLevelItem(i).text(ITEM) for i in range(tree.topLevelItemCount())]

    assert tops[0] == "来源（8）"
    assert tops[1:5] == ["Ⅳ级", "Ⅲ级", "Ⅱ级", "Ⅰ级"]
    assert any(title.startswith("措施组：") and "五停" in title for title in tops)
    level_iv = tree.topLevelItem(1)
    trigger = level_iv.child(0)
    assert trigger.text(ITEM).startswith("启动条件：区气象台发布台风蓝色预警信号")
    assert trigger.child(0).text(ITEM) == "结构化条件：台风蓝色预警"
    duty = level_iv.child(2)
    assert duty.text(ITEM) == "各镇（街道）和区级有关部门实行24小时值班和领导带班"
    assert duty.text(VERIFICATION) == "示例（未核实）"
    assert [duty.text(c) for c in (2, 3, 4)] == ["带班领导", "立即", "是"]


BROKEN = """id: district-test
title: 鄞州区测试预案
kind: special
incident_types: [typhoon]
issuer: null
doc_no: null
version: "1"
status: drafting
effective: null
verification: sample
evidence: U
source: sample
notice: 示例
sources:
  - {id: sample, title: 示例}
levels:
  - level: IV
    actions:
      - id: a1
        task: 值班
        unit: 区防指办
        mandatory: maybe
        verification: sample
        evidence: U
        source: sample
"""


def test_import_of_a_broken_file_is_refused_with_its_errors(
    chinese, library, console_context, tmp_path
):
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")

    assert not library.import_file(broken)

    assert library.message_label.text() == "未导入：broken.yaml 有 1 处错误。"
    errors = [
        library.import_errors.item(i).text()
        for i in range(library.import_errors.count())
    ]
    assert len(errors) == 1
    assert errors[0].startswith("第22行：")
    assert "mandatory" in errors[0]
    assert library.import_errors.isVisible()
    assert not user_dir(console_context.data_dir).exists() or not list(
        user_dir(console_context.data_dir).iterdir()
    )
    assert len(library.entries) == 4


def test_import_of_a_valid_file_adds_a_district_plan(
    chinese, library, console_context, tmp_path
):
    good = tmp_path / "district.yaml"
    good.write_text(BROKEN.replace("maybe", "true"), encoding="utf-8")

    assert library.import_file(good)

    assert (user_dir(console_context.data_dir) / "district.yaml").exists()
    assert len(library.entries) == 5
    assert library.current_entry().plan.id == "district-test"
    row = library.table.currentRow()
    assert library.table.item(row, ORIGIN).text() == "区级"
    assert not library.import_errors.isVisible()


def test_shipped_files_are_not_touched_by_export(library, tmp_path):
    before = {p.name: p.read_bytes() for p in shipped_dir().glob("*.yaml")}
    library.select_plan(FLOOD)
    target = tmp_path / "out.yaml"

    assert library.export_to(library.current_entry(), target)

    assert target.read_text(encoding="utf-8").startswith("# 应急预案文件")
    assert {p.name: p.read_bytes() for p in shipped_dir().glob("*.yaml")} == before


def test_a_revision_must_say_what_prompted_it(qtbot, chinese, library, console_context):
    library.select_plan(FLOOD)
    records = library.records
    records.kind_combo.setCurrentIndex(records.kind_combo.findData("revision"))
    records.by_edit.setText("区应急管理局 李明")

    assert not records.record()
    assert records.message_label.text() == "请说明修订的起因：演练或实际事件。"
    assert plan_records(console_context.database, FLOOD) == []

    records.prompted_edit.setText("2024年台风“康妮”复盘")
    records.note_edit.setText("增加在建工地停工")
    assert records.record()

    [record] = plan_records(console_context.database, FLOOD)
    assert (record.kind, record.prompted_by, record.by) == (
        "revision",
        "2024年台风“康妮”复盘",
        "区应急管理局 李明",
    )
    assert record.plan_version == plan().version
    table = records.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert [table.item(0, c).text() for c in (1, 3, 4)] == [
        "修订",
        "区应急管理局 李明",
        "2024年台风“康妮”复盘",
    ]
    entry = console_queries.log_entries(console_context.database)[0]
    assert entry.action == "plan.record"


def test_review_and_filing_need_who_signed(library, console_context):
    library.select_plan(FLOOD)
    records = library.records
    records.kind_combo.setCurrentIndex(records.kind_combo.findData("filing"))

    assert not records.prompted_edit.isEnabled()
    assert not records.record()
    assert plan_records(console_context.database, FLOOD) == []


def test_broken_user_file_is_reported_not_hidden(make_window, console_context):
    folder = user_dir(console_context.data_dir)
    folder.mkdir(parents=True)
    (folder / "bad.yaml").write_text("id: [", encoding="utf-8")
    window = make_window()

    dialog = window.plans.open_library()

    assert dialog.files_label.isVisible()
    assert "bad.yaml" in dialog.files_label.text()
    assert len(dialog.entries) == 4
