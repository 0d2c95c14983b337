"""Incident operations beyond registration: figures, levels, lifecycle."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from console import queries
from console.context import ConsoleContext
from console.domain import lifecycle
from console.domain.incidents import Figures, IncidentDraft, IntakeDetails
from console.ops.incidents import (
    GradeReasonRequiredError,
    advance_status,
    create_incident,
    record_figures,
    reopen_incident,
    set_grade,
    set_response_level,
    update_incident,
)
from console.ops.instructions import (
    add_instruction,
    complete_instruction,
    set_command_post,
)
from console.store.models import CasualtyRevision, LevelDecision


def _accident(context: ConsoleContext, **figures: int | None) -> str:
    draft = IncidentDraft(
        title="东吴镇某化工厂爆炸",
        category="accident",
        type="hazardous_chemicals",
        occurred_at=datetime.now(UTC) - timedelta(minutes=20),
        lat=29.78,
        lon=121.72,
        details=IntakeDetails(
            figures=Figures(**figures), source_unit="东吴镇应急办", reporter="李明"
        ),
    )
    return create_incident(context.operations, draft).id


def _actions(context: ConsoleContext, incident_id: str) -> list[str]:
    return [
        e.action
        for e in queries.log_entries(context.database)
        if e.incident_id == incident_id
    ]


def test_grade_is_suggested_from_figures_and_follows_them(
    context: ConsoleContext,
) -> None:
    incident_id = _accident(context, deaths=1)
    assert queries.incident(context.database, incident_id).grade == "IV"

    record_figures(context.operations, incident_id, {"deaths": 3}, source="现场指挥部")

    stored = queries.incident(context.database, incident_id)
    assert stored.grade == "III"
    assert stored.grade_suggested == "III"
    assert "incident.figures" in _actions(context, incident_id)


def test_figures_keep_their_history(context: ConsoleContext) -> None:
    incident_id = _accident(context, deaths=None, trapped=5)

    record_figures(context.operations, incident_id, {"trapped": 2}, source="消防")
    record_figures(context.operations, incident_id, {"trapped": 0}, source="消防")

    with context.database.read() as session:
        history = session.scalars(
            select(CasualtyRevision)
            .where(CasualtyRevision.incident_id == incident_id)
            .where(CasualtyRevision.field == "trapped")
            .order_by(CasualtyRevision.hlc)
        ).all()
    assert [(r.value, r.source) for r in history] == [
        (5, "东吴镇应急办"),
        (2, "消防"),
        (0, "消防"),
    ]


def test_overriding_the_suggested_grade_needs_a_reason(
    context: ConsoleContext,
) -> None:
    incident_id = _accident(context, deaths=1)

    with pytest.raises(GradeReasonRequiredError):
        set_grade(context.operations, incident_id, "III")
    set_grade(context.operations, incident_id, "III", reason="涉及敏感区域，从重认定")
    record_figures(context.operations, incident_id, {"deaths": 1}, source="x")

    stored = queries.incident(context.database, incident_id)
    assert stored.grade == "III"
    assert stored.grade_suggested == "IV"


def test_response_level_decisions_record_who_and_when(
    context: ConsoleContext,
) -> None:
    incident_id = _accident(context)

    set_response_level(
        context.operations, incident_id, "IV", decided_by="区防指 王总指挥"
    )
    set_response_level(
        context.operations,
        incident_id,
        "II",
        decided_by="区防指 王总指挥",
        reason="险情扩大",
    )

    with context.database.read() as session:
        decisions = session.scalars(
            select(LevelDecision)
            .where(LevelDecision.level_kind == "response")
            .order_by(LevelDecision.hlc)
        ).all()
    assert [(d.previous, d.value, d.decided_by) for d in decisions] == [
        (None, "IV", "区防指 王总指挥"),
        ("IV", "II", "区防指 王总指挥"),
    ]
    assert queries.incident(context.database, incident_id).response_level == "II"
    with pytest.raises(ValueError, match="who decided"):
        set_response_level(context.operations, incident_id, "I", decided_by=" ")


def test_lifecycle_goes_forward_and_reopens_only_explicitly(
    context: ConsoleContext,
) -> None:
    incident_id = _accident(context)

    advance_status(context.operations, incident_id, lifecycle.VERIFIED)
    advance_status(context.operations, incident_id, lifecycle.CLOSED)
    with pytest.raises(lifecycle.StatusChangeError):
        advance_status(context.operations, incident_id, lifecycle.HANDLING)
    closed = queries.incident(context.database, incident_id)
    reopen_incident(context.operations, incident_id, "复燃")

    reopened = queries.incident(context.database, incident_id)
    assert closed.closed_at is not None
    assert reopened.status == lifecycle.HANDLING
    assert reopened.closed_at is None
    assert _actions(context, incident_id)[:3] == [
        "incident.reopen",
        "incident.status",
        "incident.status",
    ]


def test_completing_later_changes_only_what_was_given(
    context: ConsoleContext,
) -> None:
    incident_id = _accident(context)

    changed = update_incident(
        context.operations,
        incident_id,
        {"cause_and_course": "反应釜超压", "reporter": "李明"},
    )

    assert changed == ["cause_and_course"]
    with pytest.raises(ValueError, match="not editable"):
        update_incident(context.operations, incident_id, {"grade": "I"})


def test_instructions_stay_open_until_done(context: ConsoleContext) -> None:
    incident_id = _accident(context)

    instruction = add_instruction(
        context.operations, incident_id, leader="区长", text="全力搜救被困人员"
    )
    set_command_post(
        context.operations, incident_id, "administrative", lead="副区长", contact="1"
    )
    set_command_post(
        context.operations, incident_id, "administrative", lead="区长", contact="2"
    )
    done = complete_instruction(context.operations, instruction.id, "已落实")

    assert done.done_at is not None
    with pytest.raises(ValueError, match="already done"):
        complete_instruction(context.operations, instruction.id)
    posts = queries.command_posts(context.database, incident_id)
    assert [(p.kind, p.lead) for p in posts] == [("administrative", "区长")]


def test_updating_with_the_stored_values_writes_nothing(
    context: ConsoleContext,
) -> None:
    incident_id = _accident(context)
    before = len(queries.log_entries(context.database))

    changed = update_incident(context.operations, incident_id, {"reporter": "李明"})

    assert changed == []
    assert len(queries.log_entries(context.database)) == before
