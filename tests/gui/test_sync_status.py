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


def test_a_wrong_clock_is_shown(make_window, english):
    window = make_window()
    view = SyncStatusView(window.status, window.relay, window)

    view.show(SyncStatus(online=True, clock_off_s=-(20 * 60 + 10)))

    assert "clock is -20 min off the hub's" in window.status.sync_label.text()


def test_applied_pages_reach_the_views_as_changes(make_window, qtbot):
    window = make_window()
    view = SyncStatusView(window.status, window.relay, window)

    with qtbot.waitSignal(window.relay.changed, timeout=2_000) as seen:
        view.applied(frozenset({"incidents"}))

    assert seen.args[0].tables == {"incidents"}
    assert seen.args[0].action == "sync.applied"


def _syncing_client(context, tmp_path):
    """A client of an in-process hub, with the console's data folder set up."""
    import random

    from console.hub.service import HubService
    from console.hub.store import HubStore
    from console.sync import auth, config, sim
    from console.sync.client import SyncClient
    from console.sync.transport import TransportError

    class PushRepliesLost(sim.FaultyTransport):
        """Delivers every request; loses the hub's answers to pushes if told."""

        lose_push_replies = False

        def _post(self, path, body, headers):
            reply = super()._post(path, body, headers)
            if self.lose_push_replies and "push" in path:
                raise TransportError("reply lost")
            return reply

    config.save(context.data_dir, config.SyncConfig(hub_url="http://hub.invalid"))
    service = HubService(HubStore(str(tmp_path / "hub.sqlite")))
    token = service.store.enroll("console", None, "")
    transport = PushRepliesLost(service, random.Random(7))
    client = SyncClient(
        context.database, context.workstation, transport, auth.parse_token(token.text)
    )
    return client, transport, service


def test_log_and_board_mark_what_reached_the_hub(
    make_window, console_context, add_incident, qtbot, tmp_path
):
    import asyncio

    from console.ops.oplog import add_note
    from console.sync import marks
    from widgets.log_model import OpLogModel
    from widgets.sync_marks import mark_symbol, mark_text

    client, transport, service = _syncing_client(console_context, tmp_path)
    incident = add_incident("姜山镇 内涝")
    window = make_window()
    window.board_a.show_incident(incident.id, pinned=True)
    view = SyncStatusView(window.status, window.relay, window)
    note = add_note(console_context.operations, "水位上涨")
    model = window.log_pane.model

    def mark_of(entry_id: str) -> str | None:
        rows = [r for r in range(model.rowCount()) if model.entry(r).id == entry_id]
        return model.index(rows[0], OpLogModel.SYNC).data() if rows else None

    assert not window.log_pane.view.isColumnHidden(OpLogModel.SYNC)
    qtbot.waitUntil(lambda: mark_of(note.id) == mark_symbol(marks.LOCAL))
    assert window.board_a.sync_label.text().endswith(mark_text(marks.LOCAL))

    # The hub takes the push but its answer is lost: sent, not confirmed.
    transport.lose_push_replies = True
    asyncio.run(client.run_once())
    view.show(client.status)
    qtbot.waitUntil(lambda: mark_of(note.id) == mark_symbol(marks.SENT))
    assert window.board_a.sync_label.text().endswith(mark_text(marks.SENT))

    transport.lose_push_replies = False
    asyncio.run(client.run_once())
    view.show(client.status)
    qtbot.waitUntil(lambda: mark_of(note.id) == mark_symbol(marks.ACKNOWLEDGED))
    assert window.board_a.sync_label.text().endswith(mark_text(marks.ACKNOWLEDGED))
    asyncio.run(client.close())
    service.store.dispose()


def test_no_marks_without_a_hub(make_window, add_incident):
    from widgets.log_model import OpLogModel

    incident = add_incident("姜山镇 内涝")
    window = make_window()
    window.board_a.show_incident(incident.id, pinned=True)

    assert window.log_pane.view.isColumnHidden(OpLogModel.SYNC)
    assert window.board_a.sync_label.isHidden()
