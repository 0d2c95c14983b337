"""The duty roster, the handover report, its acceptance and the CLI."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from console import cli
from console.context import ConsoleContext, open_console
from console.domain.incidents import IncidentDraft
from console.duty.handover import HandoverError, accept_handover, handover_report
from console.ops.checklists import activate_plan
from console.ops.core import OpTransaction
from console.ops.incidents import create_incident
from console.ops.instructions import add_instruction
from console.ops.resources_dispatch import assign_team
from console.ops.roster import (
    ShiftDraft,
    ShiftError,
    add_shift,
    on_duty_now,
    overlapping,
    remove_shift,
    shifts,
    update_shift,
)
from console.plans import library
from console.plans.queries import checklist_rows
from console.rulebook import shipped
from console.store.duty_models import DutyHandover
from console.store.models import JournalEntry, OpLogEntry
from console.store.resource_models import RescueTeam
from console.store.types import utcnow

T0 = datetime(2026, 5, 1, 0, 0, tzinfo=UTC)  # 08:00 in Ningbo


def _shift(start: datetime, hours: int, leader: str, *officers: str) -> ShiftDraft:
    return ShiftDraft(start, start + timedelta(hours=hours), leader, officers)


def test_on_duty_now_at_the_boundaries(context: ConsoleContext) -> None:
    day = add_shift(context.operations, _shift(T0, 12, "王局", "张伟", "李娜"))
    night = add_shift(
        context.operations, _shift(T0 + timedelta(hours=12), 12, "陈主任", "赵敏")
    )

    assert on_duty_now(context.database, T0 - timedelta(seconds=1)) is None
    start = on_duty_now(context.database, T0)
    assert start is not None
    assert start.shift_id == day.id
    assert (start.leader, start.officers) == ("王局", ("张伟", "李娜"))
    last = on_duty_now(context.database, T0 + timedelta(hours=12, microseconds=-1))
    assert last is not None
    assert last.shift_id == day.id
    handed = on_duty_now(context.database, T0 + timedelta(hours=12))
    assert handed is not None
    assert handed.shift_id == night.id
    assert on_duty_now(context.database, T0 + timedelta(hours=24)) is None


def test_shifts_are_validated_and_changes_logged(context: ConsoleContext) -> None:
    with pytest.raises(ShiftError):
        add_shift(context.operations, _shift(T0, 0, "王局"))
    with pytest.raises(ShiftError):
        add_shift(context.operations, _shift(T0, 8, "  "))
    shift = add_shift(context.operations, _shift(T0, 8, "王局", "张伟"))

    assert update_shift(context.operations, shift.id, _shift(T0, 8, "王局", "孙丽"))
    now = on_duty_now(context.database, T0 + timedelta(hours=1))
    assert now is not None
    assert now.officers == ("孙丽",)
    with context.database.read() as session:
        actions = list(
            session.scalars(
                select(OpLogEntry.action).where(OpLogEntry.target_id == shift.id)
            )
        )
    assert actions == ["duty.shift_add", "duty.shift_update"]


def test_saving_an_unchanged_shift_writes_nothing(context: ConsoleContext) -> None:
    draft = _shift(T0, 8, "王局", "张伟")
    shift = add_shift(context.operations, draft)
    before = _log_count(context)

    assert not update_shift(context.operations, shift.id, draft)

    assert _log_count(context) == before


def test_a_removed_shift_is_off_the_roster_and_logged(context: ConsoleContext) -> None:
    shift = add_shift(context.operations, _shift(T0, 8, "王局", "张伟"))

    remove_shift(context.operations, shift.id)
    remove_shift(context.operations, shift.id)

    assert shifts(context.database) == []
    assert on_duty_now(context.database, T0 + timedelta(hours=1)) is None
    with context.database.read() as session:
        logged = list(
            session.scalars(
                select(OpLogEntry.text).where(OpLogEntry.action == "duty.shift_remove")
            )
        )
        journaled = session.scalar(
            select(func.count())
            .select_from(JournalEntry)
            .where(JournalEntry.row_id == shift.id, JournalEntry.change == "delete")
        )
    assert len(logged) == 1
    assert "王局" in logged[0]
    assert journaled == 1


def test_overlapping_shifts_are_found_but_not_the_one_edited(
    context: ConsoleContext,
) -> None:
    evening = T0 + timedelta(hours=12)
    day = add_shift(context.operations, _shift(T0, 12, "王局", "张伟"))
    night = add_shift(context.operations, _shift(evening, 12, "陈主任"))

    late = _shift(T0 + timedelta(hours=10), 4, "李科")
    assert [s.id for s in overlapping(context.database, late)] == [day.id, night.id]
    after_day = _shift(evening, 12, "陈主任")
    assert overlapping(context.database, after_day, other_than=night.id) == []


def _log_count(context: ConsoleContext) -> int:
    with context.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(OpLogEntry)) or 0)


def _team(context: ConsoleContext) -> str:
    def work(tx: OpTransaction) -> str:
        team = RescueTeam(
            name="鄞州区消防救援大队", kind="fire", division_id=None, lat=29.8,
            lon=121.5, headcount=30, leader="周队", phone="", capabilities="",
            equipment="", note="", status="standby", status_changed_at=tx.now,
            status_changed_by=tx.actor, synthetic=True,
        )  # fmt: skip
        tx.insert(team)
        tx.log("test team", target=team)
        return team.id

    return context.operations.run("test.team", work)


@pytest.fixture
def busy(context: ConsoleContext) -> dict[str, str]:
    """An open typhoon with an activated plan, an instruction and a team out."""
    now = utcnow()
    draft = IncidentDraft(
        title="台风烟花 鄞江镇内涝", category="natural", type="typhoon",
        occurred_at=now - timedelta(minutes=5), lat=29.8, lon=121.6, grade="III",
        grade_reason="现场报告",
    )  # fmt: skip
    incident = create_incident(context.operations, draft)
    plan = next(p for p in library.load_library().plans if p.id.endswith("2023"))
    activate_plan(context.operations, incident.id, plan, "III", decided_by="区防指")
    add_instruction(
        context.operations, incident.id, leader="区长", text="全力转移低洼群众"
    )
    team_id = _team(context)
    assign_team(context.operations, team_id, incident.id, confirm=True)
    return {"incident": incident.id, "title": incident.title}


def test_handover_report_lists_what_is_open(
    context: ConsoleContext, busy: dict[str, str]
) -> None:
    report = handover_report(
        context.database, shipped().deadlines, utcnow(), syncing=True
    )

    assert [i.title for i in report.incidents] == [busy["title"]]
    assert report.incidents[0].grade == "III"
    assert report.clocks
    assert all(c.incident_id == busy["incident"] for c in report.clocks)
    assert report.items
    assert report.items[0].incident_title == busy["title"]
    # Every open task is handed over, standing ones without a due time last.
    open_tasks = [
        r for r in checklist_rows(context.database, [busy["incident"]])
        if r.item.status in ("todo", "in_progress") and r.item.withdrawn_at is None
    ]  # fmt: skip
    assert len(report.items) == len(open_tasks)
    dues = [i.due for i in report.items]
    assert None in dues
    timed = [d for d in dues if d is not None]
    assert dues == [*sorted(timed), *[None] * (len(dues) - len(timed))]
    assert [i.text for i in report.instructions] == ["全力转移低洼群众"]
    assert [t.team for t in report.teams] == ["鄞州区消防救援大队"]
    with context.database.read() as session:
        pending = session.scalar(
            select(func.count())
            .select_from(JournalEntry)
            .where(JournalEntry.acked_at.is_(None))
        )
    assert report.unsynced == pending > 0
    assert report.conflicts == 0


def test_unsynced_counts_only_unacknowledged_changes(
    context: ConsoleContext, busy: dict[str, str]
) -> None:
    before = handover_report(
        context.database, shipped().deadlines, utcnow(), syncing=True
    )
    with context.database.read() as session:
        first = session.scalar(select(func.min(JournalEntry.seq)))
    assert first is not None
    context.database.write(
        lambda session: session.execute(
            update(JournalEntry)
            .where(JournalEntry.seq <= first + 2)
            .values(acked_at=utcnow())
        )
    )
    after = handover_report(
        context.database, shipped().deadlines, utcnow(), syncing=True
    )
    assert after.unsynced == before.unsynced - 3


def test_acceptance_is_recorded_and_logged(
    context: ConsoleContext, busy: dict[str, str]
) -> None:
    report = handover_report(
        context.database, shipped().deadlines, utcnow(), syncing=True
    )
    with pytest.raises(HandoverError):
        accept_handover(context.operations, "张伟", "", "无", report=report)

    handover = accept_handover(
        context.operations, "张伟", "李娜", "台风继续关注", report=report
    )

    with context.database.read() as session:
        row = session.get_one(DutyHandover, handover.id)
        entry = session.scalar(
            select(OpLogEntry).where(OpLogEntry.target_id == handover.id)
        )
    assert (row.outgoing, row.incoming) == ("张伟", "李娜")
    assert json.loads(row.report)["instructions"][0]["leader"] == "区长"
    assert entry is not None
    assert entry.action == "duty.handover"
    assert "李娜" in entry.text
    assert "张伟" in entry.text


def test_cli_duty_now_and_handover_json(
    context: ConsoleContext, busy: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    now = utcnow()
    add_shift(context.operations, _shift(now - timedelta(hours=1), 8, "王局", "张伟"))
    data_dir = str(context.data_dir)
    context.close()

    assert cli.main(["duty", "now", "--json", "--data-dir", data_dir]) == 0
    on_duty = json.loads(capsys.readouterr().out)["on_duty"]
    assert (on_duty["leader"], on_duty["officers"]) == ("王局", ["张伟"])

    assert cli.main(["duty", "handover", "--json", "--data-dir", data_dir]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["on_duty"]["leader"] == "王局"
    assert report["incidents"][0]["title"] == busy["title"]
    assert report["teams"][0]["team"] == "鄞州区消防救援大队"
    assert report["conflicts"] == 0

    at = (now + timedelta(days=2)).isoformat()
    assert cli.main(["duty", "now", "--json", "--at", at, "--data-dir", data_dir]) == 0
    assert json.loads(capsys.readouterr().out) == {"on_duty": None}


def test_handover_text_names_things_and_marks_overdue_clocks(
    context: ConsoleContext, busy: dict[str, str]
) -> None:
    from console.commands.duty import handover_lines

    later = utcnow() + timedelta(days=2)
    report = handover_report(context.database, shipped().deadlines, later,
                             syncing=False)  # fmt: skip

    text = "\n".join(handover_lines(report))

    assert f"{busy['title']}：接报，Ⅲ级（较大）" in text
    assert "首报（书面）" in text
    assert "（已超时）" in text
    assert "持续进行" in text
    for code in ("received", "first_written", "first_phone", "None"):
        assert code not in text
    assert "仅保存在本机" in text


def test_handover_hands_over_stock_below_zero(
    context: ConsoleContext, merged_withdrawal
) -> None:
    from console.commands.duty import handover_lines
    from console.resources import queries
    from console.resources.sample import planned_counts, populate

    populate(context.operations, context.outline, planned_counts(0.02, businesses=0))
    held = queries.stock_balances(context.database)[0]
    merged_withdrawal(context, held["depot_id"], held["item_id"], held["balance"] + 4)

    report = handover_report(context.database, shipped().deadlines, utcnow(),
                             syncing=False)  # fmt: skip
    text = "\n".join(handover_lines(report))

    assert [(s.depot, s.item, s.balance) for s in report.shortfalls] == [
        (held["depot"], held["item"], -4)
    ]
    assert "库存为负，待盘点（1）" in text
    assert f"{held['depot']} {held['item']} -4{held['unit']}" in text


def test_cli_log_entries_default_to_the_officer_on_duty(
    context: ConsoleContext, capsys: pytest.CaptureFixture[str]
) -> None:
    now = utcnow()
    add_shift(context.operations, _shift(now - timedelta(hours=1), 8, "王局", "张伟"))
    data_dir = str(context.data_dir)
    context.close()

    assert cli.main(["log", "add", "--text", "巡查完毕", "--data-dir", data_dir]) == 0

    assert json.loads(capsys.readouterr().out)["officer"] == "张伟"


def test_cli_actions_are_signed_by_the_officer_named_or_on_duty(
    context: ConsoleContext, capsys: pytest.CaptureFixture[str]
) -> None:
    add_shift(
        context.operations, _shift(utcnow() - timedelta(hours=1), 8, "王局", "张伟")
    )
    data_dir = str(context.data_dir)
    context.close()
    create = ["incident", "create", "--title", "民房火灾", "--category", "accident",
              "--data-dir", data_dir]  # fmt: skip

    assert cli.main(create) == 0
    on_duty = json.loads(capsys.readouterr().out)["id"]
    assert cli.main([*create, "--officer", "李娜"]) == 0
    named = json.loads(capsys.readouterr().out)["id"]
    assert cli.main([*create, "--officer", "系统"]) == 2

    reopened = open_console(context.data_dir)
    try:
        with reopened.database.read() as session:
            authors = dict(
                session.execute(
                    select(OpLogEntry.incident_id, OpLogEntry.officer).where(
                        OpLogEntry.action == "incident.create"
                    )
                ).all()
            )
    finally:
        reopened.close()
    assert (authors[on_duty], authors[named]) == ("张伟", "李娜")
