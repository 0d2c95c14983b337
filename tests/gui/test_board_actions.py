"""The board's buttons open the incident's forms, on that board's incident."""

from __future__ import annotations

from datetime import timedelta

import pytest

from widgets.instruction_dialog import InstructionDialog
from widgets.intake_dialog import IntakeDialog
from widgets.report_dialog import ReportDialog


@pytest.mark.parametrize(
    ("button", "kind"),
    [
        ("details_button", IntakeDialog),
        ("reports_button", ReportDialog),
        ("instructions_button", InstructionDialog),
    ],
)
def test_buttons_open_the_forms_on_the_boards_incident(
    qtbot, make_window, add_incident, fake_clock, button, kind
):
    older = add_incident("older", received_at=fake_clock() - timedelta(minutes=5))
    add_incident("newer")
    window = make_window(clock=fake_clock)
    assert window.board_b.incident_id == older.id

    getattr(window.board_b.actions_row, button).click()

    dialogs = [d for d in window.findChildren(kind) if d.isVisible()]
    assert [d.incident_id for d in dialogs] == [older.id]
    getattr(window.board_b.actions_row, button).click()
    assert len([d for d in window.findChildren(kind) if d.isVisible()]) == 1
    for dialog in dialogs:
        dialog.close()
