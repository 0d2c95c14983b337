"""Duty features in the window: status bar, fast entry, search, review, dialogs."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from sqlalchemy import select

from console.oplog import kinds
from console.oplog.reviews import latest_decisions
from console.ops.oplog import add_note
from console.ops.roster import ShiftDraft, add_shift
from console.store.duty_models import DutyHandover
from console.store.models import OpLogEntry
from console.store.types import utcnow
from widgets.handover_dialog import HandoverDialog
from widgets.labels import report_kind_label, status_label


def _entries(context) -> list[OpLogEntry]:
    with context.database.read() as session:
        return list(
            session.scalars(
                select(OpLogEntry)
                .where(OpLogEntry.action.in_(("log.note", "log.phone")))
                .order_by(OpLogEntry.hlc)
            )
        )


def test_status_bar_shows_who_is_on_duty(qtbot, make_window, console_context):
    window = make_window()
    assert "王局" not in window.status.roster_label.text()
    now = utcnow()
    draft = ShiftDraft(now - timedelta(hours=1), now + timedelta(hours=7), "王局",
                       ("张伟", "李娜"))  # fmt: skip
    add_shift(console_context.operations, draft)

    qtbot.waitUntil(lambda: "王局" in window.status.roster_label.text())
    assert "张伟、李娜" in window.status.roster_label.text()


def _type(qtbot, pane, line: str) -> None:
    # QTest types ASCII only; the Chinese text is put in, Enter is typed.
    pane.entry_edit.setFocus()
    pane.entry_edit.setText(line)
    qtbot.keyClick(pane.entry_edit, Qt.Key.Key_Return)


def test_fast_entry_commands_create_the_right_kinds(
    qtbot, make_window, console_context, add_incident
):
    incident = add_incident()
    window = make_window()
    window.board_a.show_incident(incident.id, pinned=True)
    pane = window.log_pane

    _type(qtbot, pane, "/电话 区气象局 王工：台风烟花明晨登陆 #A")
    _type(qtbot, pane, "/重要 鄞江镇水位超警")
    pane.kind_box.setCurrentIndex(pane.kind_box.findData(kinds.INSTRUCTION))
    pane.time_edit.setText("00:00")
    _type(qtbot, pane, "区长：全力转移")

    phone, significant, instruction = _entries(console_context)
    assert (phone.kind, phone.incident_id) == (kinds.PHONE, incident.id)
    details = json.loads(phone.details)
    assert (details["unit"], details["caller"]) == ("区气象局", "王工")
    assert phone.text == "台风烟花明晨登陆"
    assert (significant.kind, significant.significant) == (kinds.NOTE, True)
    assert significant.text == "鄞江镇水位超警"
    assert significant.incident_id is None
    assert instruction.kind == kinds.INSTRUCTION
    assert instruction.event_at is not None
    assert pane.entry_edit.text() == ""
    assert pane.time_edit.text() == ""


def test_board_tag_without_incident_records_nothing(
    qtbot, make_window, console_context
):
    window = make_window()
    window.board_b.show_incident(None)
    _type(qtbot, window.log_pane, "#B 无事件")
    assert _entries(console_context) == []
    assert window.log_pane.message_label.isVisible()


def test_alt_t_and_ctrl_f_reach_their_fields(qtbot, make_window, activate):
    window = make_window()
    activate(window)
    pane = window.log_pane
    pane.entry_edit.setFocus()
    qtbot.keyClick(pane.entry_edit, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: pane.time_edit.hasFocus())
    qtbot.keyClick(pane.entry_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.search.query_edit.hasFocus())


def test_search_finds_short_chinese_terms_with_filters(
    qtbot, make_window, console_context, add_incident
):
    incident = add_incident("台风烟花")
    ops = console_context.operations
    hit = add_note(ops, "台风烟花过境", incident_id=incident.id)
    add_note(ops, "台州来电", kind=kinds.INSTRUCTION)
    add_note(ops, "天气晴")
    window = make_window()
    search = window.log_pane.search
    window.log_pane.open_search()

    def found(term: str) -> set[str]:
        search.query_edit.setText(term)
        search.run_search()
        return set(search.found_ids())

    assert hit.id in found("台")
    assert len(found("台")) >= 2
    assert hit.id in found("台风")
    assert hit.id in found("台风烟")
    assert found("晴台") == set()
    search.kind_box.setCurrentIndex(search.kind_box.findData(kinds.NOTE))
    assert hit.id in found("台")
    assert all(
        e.kind == kinds.NOTE for e in _entries(console_context) if e.id in found("台")
    )
    search.incident_box.setCurrentIndex(search.incident_box.findData(incident.id))
    assert found("台") == {hit.id}
    search.officer_box.setCurrentIndex(search.officer_box.findData("nobody"))
    search.since_check.setChecked(True)
    search.since_edit.setDateTime(search.since_edit.dateTime().addDays(2))
    assert found("台") == set()


def test_search_pages_on_with_more_results(
    qtbot, make_window, console_context, monkeypatch
):
    monkeypatch.setattr("widgets.log_search.PAGE", 2)
    notes = [add_note(console_context.operations, f"水位{n}") for n in range(5)]
    window = make_window()
    search = window.log_pane.search
    window.log_pane.open_search()
    search.query_edit.setText("水位")
    search.run_search()
    assert len(search.found_ids()) == 2
    assert search.more_button.isEnabled()

    # The filter searched is kept: editing the box does not change the pages.
    search.query_edit.setText("别的")
    search.more_button.click()
    search.more_button.click()

    assert search.found_ids() == [note.id for note in reversed(notes)]
    assert not search.more_button.isEnabled()


def test_review_queue_confirm_removes_and_logs(qtbot, make_window, console_context):
    flagged = add_note(console_context.operations, "水位超警", significant=True)
    add_note(console_context.operations, "普通记录")
    window = make_window()
    queue = window.duty.review_queue
    assert queue.entry_ids() == [flagged.id]

    queue.list.setCurrentRow(0)
    queue.confirm_button.click()

    qtbot.waitUntil(lambda: queue.entry_ids() == [])
    assert (
        latest_decisions(console_context.database)[flagged.id].decision == "confirmed"
    )
    with console_context.database.read() as session:
        logged = session.scalar(
            select(OpLogEntry).where(OpLogEntry.action == "log.review")
        )
    assert logged is not None
    assert json.loads(logged.details)["entry_id"] == flagged.id


def test_handover_dialog_accepts_and_exports(
    qtbot, console_context, add_incident, tmp_path: Path
):
    incident = add_incident("钟公庙街道 民房火灾")
    dialog = HandoverDialog(console_context)
    qtbot.addWidget(dialog)
    shown = dialog.browser.toPlainText()
    assert "钟公庙街道 民房火灾" in shown
    # Codes are shown by their names, as everywhere else in the console.
    assert status_label(incident.status) in shown
    assert report_kind_label("first_phone") in shown
    assert "first_phone" not in shown

    dialog.accept_shift()
    with console_context.database.read() as session:
        assert session.scalar(select(DutyHandover)) is None
    dialog.incoming_box.setCurrentText("李娜")
    dialog.accept_shift()
    with console_context.database.read() as session:
        row = session.scalar(select(DutyHandover))
    assert row is not None
    assert (row.outgoing, row.incoming) == ("张伟", "李娜")

    pdf = tmp_path / "handover.pdf"
    dialog.export_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 1000


def test_roster_dialog_adds_a_shift(qtbot, make_window, console_context):
    window = make_window()
    dialog = window.duty.open_roster()
    dialog.leader_box.setCurrentText("王局")
    dialog.officers_edit.setText("张伟、李娜")
    dialog.add_button.click()
    assert dialog.list.count() == 1
    qtbot.waitUntil(lambda: "王局" in window.status.roster_label.text())
    dialog.list.setCurrentRow(0)
    dialog.officers_edit.setText("孙丽")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: "孙丽" in window.status.roster_label.text())


def test_roster_dialog_warns_of_overlaps_and_removes_after_asking(
    qtbot, make_window, console_context, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    now = utcnow()
    add_shift(console_context.operations, ShiftDraft(now - timedelta(hours=2),
              now + timedelta(hours=6), "陈主任", ("赵敏",)))  # fmt: skip
    window = make_window()
    dialog = window.duty.open_roster()
    dialog.leader_box.setCurrentText("王局")
    dialog.add_button.click()
    assert dialog.list.count() == 2
    assert "陈主任" in dialog.message_label.text()

    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: next(answers))
    dialog.list.setCurrentRow(0)
    dialog.remove_button.click()
    assert dialog.list.count() == 2
    dialog.remove_button.click()
    assert dialog.list.count() == 1
    assert "王局" in dialog.list.item(0).text()


def test_time_editors_show_beijing_time_whatever_the_machine_zone(
    qtbot, console_context
):
    from widgets.log_search import LogSearchPanel
    from widgets.roster_dialog import RosterDialog
    from widgets.timefmt import format_local, time_edit

    moment = utcnow()
    shown = time_edit(moment)
    roster = RosterDialog(console_context)
    search = LogSearchPanel(console_context.database)
    for widget in (shown, roster, search):
        qtbot.addWidget(widget)

    assert shown.text() == format_local(moment)
    for edit in (shown, roster.start_edit, roster.end_edit, search.since_edit):
        assert edit.timeZone().id().data() == b"Asia/Shanghai"


def test_handover_says_when_changes_stay_local(qtbot, console_context, english):
    from console.sync import config

    alone = HandoverDialog(console_context)
    qtbot.addWidget(alone)
    config.save(console_context.data_dir, config.SyncConfig(hub_url="https://hub"))
    syncing = HandoverDialog(console_context)
    qtbot.addWidget(syncing)

    assert "kept on this workstation only" in alone.browser.toPlainText()
    assert "Sync conflicts: 0" not in alone.browser.toPlainText()
    assert "Sync conflicts: 0" in syncing.browser.toPlainText()


def test_duty_dialogs_open_again_after_being_closed(qtbot, make_window):
    from PySide6.QtCore import QCoreApplication, QEvent

    window = make_window()
    for open_dialog in (window.duty.open_roster, window.duty.open_handover) * 2:
        dialog = open_dialog()
        assert dialog.isVisible()
        dialog.reject()
        # deleteLater runs when control returns to the event loop.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_search_results_read_as_the_log_does(
    qtbot, make_window, console_context, english
):
    from console.ops.oplog import add_phone_record

    add_phone_record(console_context.operations, called_at=utcnow(), unit="东吴镇",
                     caller="王五", content="村口积水 求援")  # fmt: skip
    window = make_window()
    search = window.log_pane.search
    window.log_pane.open_search()
    search.query_edit.setText("积水")
    search.run_search()

    line = search.results.item(0).text()
    assert "Phone call from 东吴镇 王五: 村口积水 求援" in line


def test_handover_marks_what_is_overdue(qtbot, console_context, add_incident, english):
    add_incident("钟公庙街道 民房火灾")
    dialog = HandoverDialog(console_context)
    qtbot.addWidget(dialog)
    first_due = min(clock.due for clock in dialog.report.clocks)

    def shown_at(moment):
        return dialog.report_html(replace(dialog.report, generated_at=moment))

    assert "(overdue)" not in shown_at(first_due - timedelta(minutes=1))
    assert "(overdue)" in shown_at(first_due)
