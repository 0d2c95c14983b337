"""An incident board: facts, grade badge, plain text and selection."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from console import queries
from console.domain.incidents import IncidentDraft
from console.ops.incidents import create_incident
from widgets.changes import OpChangesRelay
from widgets.incident_board import IncidentBoard
from widgets.incident_source import IncidentSource


@pytest.fixture
def board_factory(qtbot, console_context):
    relay = OpChangesRelay(console_context.operations)
    source = IncidentSource(console_context.database, relay)

    def make() -> IncidentBoard:
        board = IncidentBoard(console_context, source, relay)
        board.keep = (relay, source)
        qtbot.addWidget(board)
        return board

    return make


def register(context, qtbot, board, **changes):
    values = {
        "title": "中河街道 燃气泄漏",
        "category": "accident",
        "type": "hazardous_chemicals",
        "occurred_at": datetime(2026, 5, 1, 1, 15, tzinfo=UTC),
        "lat": 29.81,
        "lon": 121.56,
        "grade": "II",
    }
    values.update(changes)
    incident = create_incident(context.operations, IncidentDraft(**values))
    qtbot.waitUntil(lambda: board.picker.findData(incident.id) >= 0)
    return incident


@pytest.mark.parametrize(
    ("grade", "in_english", "in_chinese", "colour"),
    [
        ("I", "Grade Ⅰ Particularly serious", "Ⅰ级 特别重大", "#c62828"),
        ("II", "Grade Ⅱ Serious", "Ⅱ级 重大", "#ef6c00"),
        ("III", "Grade Ⅲ Relatively serious", "Ⅲ级 较大", "#f9d71c"),
        ("IV", "Grade Ⅳ General", "Ⅳ级 一般", "#1565c0"),
        (None, "Not graded", "未定级", "#9e9e9e"),
    ],
)
def test_grade_badge_text_and_colour(
    qtbot,
    console_context,
    board_factory,
    request,
    grade,
    in_english,
    in_chinese,
    colour,
):
    request.getfixturevalue("english")
    board = board_factory()
    incident = register(console_context, qtbot, board, grade=grade)

    board.show_incident(incident.id)
    assert board.grade_badge.text() == in_english
    assert board.grade_badge.property("grade_colour") == colour
    assert colour in board.grade_badge.styleSheet()

    request.getfixturevalue("chinese")
    board.show_incident(incident.id)
    assert board.grade_badge.text() == in_chinese


def test_board_shows_the_facts_in_beijing_time(
    qtbot, console_context, board_factory, chinese
):
    board = board_factory()
    incident = register(console_context, qtbot, board, description="两人送医")

    board.show_incident(incident.id)

    assert board.title_label.text() == "中河街道 燃气泄漏"
    assert board.category_label.text() == "事故灾难 / 危险化学品事故"
    assert board.status_label.text() == "接报"
    assert board.occurred_label.text() == "2026-05-01 09:15"
    assert board.location_label.text() == "29.810000°N, 121.560000°E"
    assert board.description_label.text() == "两人送医"
    assert not board.empty_label.isVisibleTo(board)


def test_division_is_named_when_there_is_no_point(
    qtbot, console_context, board_factory
):
    board = board_factory()
    division = next(
        d for d in queries.divisions(console_context.database) if d.name == "下应街道"
    )
    incident = register(
        console_context, qtbot, board, lat=None, lon=None, division_id=division.id
    )

    board.show_incident(incident.id)

    assert board.location_label.text() == "下应街道"


def test_user_text_is_never_rendered_as_html(qtbot, console_context, board_factory):
    board = board_factory()
    title = "<b>粗体</b><img src=x>"
    incident = register(console_context, qtbot, board, title=title)

    board.show_incident(incident.id)

    assert board.title_label.text() == title
    for label in (board.title_label, board.description_label, board.location_label):
        assert label.textFormat() == board.title_label.textFormat().PlainText


def test_only_the_officers_pick_emits_incident_selected(
    qtbot, console_context, board_factory
):
    board = board_factory()
    first = register(console_context, qtbot, board, title="first")
    second = register(console_context, qtbot, board, title="second")
    picked = []
    board.incident_selected.connect(picked.append)

    board.show_incident(first.id)
    assert picked == []
    assert not board.pinned

    board.picker.activated.emit(board.picker.findData(second.id))
    assert picked == [second.id]
    assert board.pinned
    assert board.title_label.text() == "second"


def test_empty_board_says_so(board_factory, english):
    board = board_factory()

    board.show_incident(None)

    assert board.empty_label.isVisibleTo(board)
    assert board.empty_label.text() == "No incident selected"
    assert not board.details.isVisibleTo(board)
