"""The status bar follows the background sync; received pages refresh views."""

from __future__ import annotations

from datetime import UTC, datetime

from console.sync.client import SyncStatus
from widgets.sync_status import SyncStatusView


def test_status_text_names_state_waiting_and_conflicts(make_window, english):
    window = make_window()
    view = SyncStatusView(window.status, window.relay, window)

    view.show(
        SyncStatus(
            online=True,
            last_sync=datetime(2026, 8, 1, 2, 0, tzinfo=UTC),
            waiting=3,
            conflicts=1,
        )
    )

    text = window.status.sync_label.text()
    assert "online" in text
    assert "waiting 3" in text
    assert "conflicts 1" in text
    assert "10:00" in text


def test_an_error_is_shown(make_window, english):
    window = make_window()
    view = SyncStatusView(window.status, window.relay, window)

    view.show(SyncStatus(online=False, last_error="hub unreachable"))

    assert "offline" in window.status.sync_label.text()
    assert "hub unreachable" in window.status.sync_label.text()


def test_applied_pages_reach_the_views_as_changes(make_window, qtbot):
    window = make_window()
    view = SyncStatusView(window.status, window.relay, window)

    with qtbot.waitSignal(window.relay.changed, timeout=2_000) as seen:
        view.applied(frozenset({"incidents"}))

    assert seen.args[0].tables == {"incidents"}
    assert seen.args[0].action == "sync.applied"
