"""The sync client: one round of handshake, push and pull, off the UI's back.

``SyncClient`` runs on the asyncio loop the window shares with Qt (qasync).
Network waits are awaited; every database step runs in the client's own
single worker thread as one short transaction (at most a page, ≤ 1,000
rows), so the interface never waits for sync and sync is the only writer
path it adds. The status it keeps is what the status bar shows.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, TypeVar

from sqlalchemy import Connection

from console.clock import HybridClock
from console.ops.core import SCHEMA_VERSION
from console.store.engine import Database
from console.sync import apply, auth, census, outbox, protocol, state
from console.sync.fold import fold
from console.sync.status import read_counts
from console.sync.transport import Transport, TransportError
from console.workstation import Workstation

_log = logging.getLogger("eoc.sync")

T = TypeVar("T")

# Replies larger than this are parsed in the worker thread, not on the loop.
LARGE_BODY = 64 * 1024


class SyncError(Exception):
    """A round could not complete; it will be tried again."""


class AuthRefused(SyncError):
    """The hub refused this workstation's credentials or versions."""


class GarbledReply(SyncError):
    """A reply that was cut short, altered or not meant for this request."""


class MustRefetch(SyncError):
    """The hub can no longer serve this workstation's cursor."""


class OwnChangesMissing(Exception):
    """A page names own changes this database does not have: fetch it whole."""


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows.

    Attributes:
        online: the last round reached the hub.
        last_sync: when a round last completed.
        waiting: local operations not yet acknowledged by the hub.
        conflicts: conflicts waiting for an officer.
        rejected: operations the hub refused (with reasons).
        parked: received changes waiting for a record they refer to.
        warnings: clock and hub warnings from the last round.
        clock_off_s: how far this workstation's clock is off the hub's
            (positive: ahead), when more than the allowed skew; else None.
            Report deadlines are counted on this clock, so it must be seen.
        last_error: why the last round failed, or "".
        running: a round is in progress.
    """

    online: bool = False
    last_sync: datetime | None = None
    waiting: int = 0
    conflicts: int = 0
    rejected: int = 0
    parked: int = 0
    warnings: tuple[str, ...] = ()
    clock_off_s: int | None = None
    last_error: str = ""
    running: bool = False


@dataclass
class RoundResult:
    """What one round did.

    ``refused`` says the hub refused this workstation's credentials (a wrong
    or revoked token, another district's), as opposed to a network fault.
    ``pulled`` counts the changes of other workstations received.
    """

    ok: bool = False
    pushed: int = 0
    rejected: int = 0
    pulled: int = 0
    rebuilt: bool = False
    error: str = ""
    refused: bool = False
    warnings: list[str] = field(default_factory=list)


class SyncClient:
    """Syncs one workstation's replica with one hub.

    Attributes:
        status: the latest ``SyncStatus``.
        on_status: callbacks called (on the loop) whenever status changes.
        on_applied: callbacks called (on the loop) with the names of the
            tables a page of received changes wrote, so views can refresh.
        before_commit: test hook called inside each apply transaction.
    """

    def __init__(
        self,
        database: Database,
        workstation: Workstation,
        transport: Transport,
        token: auth.Token,
        *,
        space: str = protocol.DEFAULT_SPACE,
        clock: HybridClock | None = None,
        push_size: int = 1000,
        page_size: int = 1000,
        max_skew_s: int = 300,
    ) -> None:
        if space not in protocol.SPACES:
            raise ValueError(f"unknown space {space!r}")
        self.database = database
        self.workstation = workstation
        self.transport = transport
        self.token = token
        self.space = space
        self.clock = clock or HybridClock()
        self.push_size = push_size
        self.page_size = page_size
        self.max_skew_ms = max_skew_s * 1000
        self.census_interval_s: float = census.INTERVAL_S
        self.status = SyncStatus()
        self.on_status: list[Callable[[SyncStatus], None]] = []
        self.on_applied: list[Callable[[frozenset[str]], None]] = []
        self.before_commit: Callable[[], None] | None = None
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-db")
        self._lock = asyncio.Lock()
        self._skew_warnings: list[str] = []

    async def _in_thread(self, work: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, work)

    async def _write(self, work: Callable[[Connection], T]) -> T:
        return await self._in_thread(
            lambda: self.database.write(lambda session: work(session.connection()))
        )

    async def _read(self, work: Callable[[Connection], T]) -> T:
        def run() -> T:
            with self.database.read() as session:
                return work(session.connection())

        return await self._in_thread(run)

    def _set_status(self, **changes: Any) -> None:
        self.status = replace(self.status, **changes)
        for callback in list(self.on_status):
            try:
                callback(self.status)
            except Exception:
                _log.exception("sync status callback failed")

    async def refresh_status(self) -> SyncStatus:
        """Re-read the counts the status bar shows."""
        counts = await self._read(read_counts)
        self._set_status(**counts)
        return self.status

    async def record_status(self, table: str, row_id: str) -> str:
        """``local``, ``sent``, ``acknowledged`` or ``rejected`` for one record."""
        return await self._read(lambda c: outbox.record_status(c, table, row_id))

    async def run_once(self) -> RoundResult:
        """One round: handshake, push the outbox, pull (or rebuild), report."""
        async with self._lock:
            self._set_status(running=True)
            result = RoundResult()
            self._skew_warnings = []
            try:
                await self._round(result)
                result.ok = True
            except (SyncError, TransportError, protocol.ProtocolError) as exc:
                result.error = f"{type(exc).__name__}: {exc}"
                result.refused = isinstance(exc, AuthRefused)
                _log.warning("sync round failed: %s", result.error)
            except Exception as exc:
                # A bug or a database fault must fail the round, not end
                # background sync: the next round starts from committed state.
                result.error = f"{type(exc).__name__}: {exc}"
                _log.exception("sync round failed unexpectedly")
            result.warnings.extend(self._skew_warnings)
            now = datetime.now(UTC)
            self._set_status(
                running=False,
                online=result.ok or not _offline(result.error),
                last_error=result.error,
                warnings=tuple(result.warnings),
                **({"last_sync": now} if result.ok else {}),
            )
            try:
                await self.refresh_status()
            except Exception:
                _log.exception("cannot read sync counts")
            return result

    async def run_forever(
        self,
        stop: asyncio.Event,
        *,
        interval_s: float = 30.0,
        max_backoff_s: float = 600.0,
    ) -> None:
        """Rounds every ``interval_s``, backing off with jitter after failures."""
        delay = interval_s
        while not stop.is_set():
            result = await self.run_once()
            delay = interval_s if result.ok else min(delay * 2, max_backoff_s)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), delay * random.uniform(0.8, 1.2))

    async def close(self) -> None:
        await self.transport.close()
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def _round(self, result: RoundResult) -> None:
        refusal = await self._read(lambda c: state.space_refusal(c, self.space))
        if refusal is not None:
            raise SyncError(refusal)
        await self._handshake(result)
        await self._push(result)
        await self._pull(result)

    async def _call(self, path: str, message: dict[str, Any] | bytes) -> dict[str, Any]:
        body = message if isinstance(message, bytes) else protocol.dumps(message)
        headers = auth.sign_request(
            self.token, "POST", path, body, protocol.PROTOCOL_MAX
        )
        status, reply_headers, data = await self.transport.post(path, body, headers)
        lowered = {k.lower(): v for k, v in reply_headers.items()}
        signed = auth.check_response(
            self.token.key,
            headers[auth.H_NONCE],
            status,
            {auth.H_SIGNATURE: lowered.get(auth.H_SIGNATURE.lower(), "")},
            data,
        )
        if not signed:
            if status in (401, 403, 426):
                raise AuthRefused(f"hub refused ({status}): {_reason(data)}")
            if status in (404, 405):
                # Something answers there, but not the hub's protocol.
                raise GarbledReply(f"no sync hub at this address (HTTP {status})")
            raise GarbledReply(f"reply to {path} failed its signature check")
        if len(data) > LARGE_BODY:
            reply = await self._in_thread(lambda: protocol.loads(data))
        else:
            reply = protocol.loads(data)
        if status == 409 and reply.get("error") == protocol.MUST_REFETCH:
            raise MustRefetch(str(reply.get("reason", "")))
        if status in (403, 426):
            raise AuthRefused(f"hub refused ({status}): {reply.get('reason', '')}")
        if status != 200:
            raise SyncError(f"hub answered {status}: {reply.get('reason', '')}")
        return reply

    async def _handshake(self, result: RoundResult) -> None:
        reply = await self._call(
            protocol.HANDSHAKE,
            {
                "protocol": [protocol.PROTOCOL_MIN, protocol.PROTOCOL_MAX],
                "schema": [SCHEMA_VERSION, SCHEMA_VERSION],
                "workstation_id": self.workstation.id,
                "workstation_name": self.workstation.name,
                "space": self.space,
                "now_ms": self.clock.wall_ms(),
            },
        )
        self._check_clock(reply.get("hub_now_ms"))
        hub_id = reply.get("hub_id")
        if not isinstance(hub_id, str) or not hub_id:
            raise protocol.ProtocolError("handshake without hub_id")
        result.warnings.extend(str(w) for w in reply.get("warnings", []))

        def remember(connection: Connection) -> None:
            known = state.get(connection, state.HUB_ID)
            if known is not None and known != hub_id:
                _log.warning("hub changed from %s to %s: resending all", known, hub_id)
                outbox.resend_everything(connection)
                for key in (state.CURSOR, state.SNAPSHOT_AT, state.SNAPSHOT_AFTER):
                    state.put(connection, key, None)
            state.put(connection, state.HUB_ID, hub_id)
            state.bind_space(connection, self.space)

        await self._write(remember)

    def _check_clock(self, hub_now_ms: Any) -> None:
        """Note this workstation's clock offset from the hub's, if too large.

        The handshake's round trip is short next to the allowed skew
        (minutes), so the hub's time is taken as now.
        """
        if not isinstance(hub_now_ms, int) or isinstance(hub_now_ms, bool):
            return
        off_ms = self.clock.wall_ms() - hub_now_ms
        too_far = abs(off_ms) > self.max_skew_ms
        self._set_status(clock_off_s=off_ms // 1000 if too_far else None)

    async def _push(self, result: RoundResult) -> None:
        """Send the outbox in batches, keeping the hub and this side busy at once.

        While the hub takes one batch, the next is folded, read and encoded;
        it goes out as soon as the answer comes, and the answer is recorded
        while the hub takes the next. So a batch is marked sent a moment
        after it left, never before.
        """
        batch = await self._write(self._next_batch)
        sending = self._send(batch)
        await self._write(functools.partial(_mark_sent, batch=batch))
        while sending is not None:
            try:
                following = await self._write(
                    functools.partial(self._next_batch, after_seq=batch.last_seq)
                )
            except BaseException:
                _abandon(sending)
                raise
            reply = await sending
            sending = self._send(following)
            summary = await self._write(
                functools.partial(_record, batch=batch, reply=reply, then=following)
            )
            result.pushed += summary.accepted
            result.rejected += summary.rejected
            result.warnings.extend(str(w) for w in reply.get("warnings", []))
            if summary.unanswered:
                if sending is not None:
                    _abandon(sending)
                raise SyncError(
                    f"hub did not answer for {summary.unanswered} operations"
                )
            batch = following

    def _send(self, batch: outbox.Batch) -> asyncio.Future[dict[str, Any]] | None:
        """Push ``batch`` in the background; None when it is empty."""
        if not batch.ops:
            return None
        return asyncio.ensure_future(self._call(protocol.PUSH, batch.body))

    def _next_batch(self, connection: Connection, after_seq: int = 0) -> outbox.Batch:
        """Fold what the console wrote since, then read the next batch."""
        fold(connection, self.push_size)
        return outbox.next_batch(connection, self.space, self.push_size, after_seq)

    async def _apply(
        self,
        parse: Callable[[Connection], list[apply.Incoming]],
        saves: dict[str, str | None],
        *,
        last: bool = False,
        counts: dict[str, int] | None = None,
    ) -> apply.ApplyResult:
        """Apply a page; on the ``last`` one, check the hub's ``counts``."""

        def work(connection: Connection) -> apply.ApplyResult:
            items = parse(connection)
            outcome = apply.apply_items(
                connection,
                items,
                clock=self.clock,
                max_skew_ms=self.max_skew_ms,
                before_commit=self.before_commit,
            )
            for key, value in saves.items():
                state.put(connection, key, value)
            if outcome.applied or outcome.parked:
                census.mark_due(connection)
            if last and counts is not None and not outcome.parked:
                outcome.missing = census.check(connection, counts)
            return outcome

        outcome = await self._write(work)
        if outcome.tables:
            for callback in list(self.on_applied):
                try:
                    callback(frozenset(outcome.tables))
                except Exception:
                    _log.exception("sync applied callback failed")
        for site, skew in outcome.skewed.items():
            warning = f"workstation {site[:8]} clock is {skew // 60000} min ahead"
            if warning not in self._skew_warnings:
                self._skew_warnings.append(warning)
        return outcome

    async def _pull(self, result: RoundResult) -> None:
        """Apply pages after the saved cursor, fetching each during the last.

        The cursor is saved with the page it follows, so a page fetched but
        not applied when the round fails is simply fetched again. This
        workstation's own changes come as ids; should any be missing here
        (a database restored from a backup), the page is fetched whole.
        After a round that moved changes, the last page brings the hub's
        record counts; a replica short of records rebuilds once.
        """
        rebuilds = 0
        repaired = False
        cursor = await self._read(lambda c: state.get(c, state.CURSOR))
        if result.pushed:
            await self._write(census.mark_due)
        may_count, owed = await self._read(
            lambda c: (census.may_count(c, self.census_interval_s), census.due(c))
        )
        counts = may_count and owed
        own = protocol.OWN_AS_IDS
        fetching = self._fetch(cursor, own, counts)
        while True:
            try:
                reply = await fetching
            except MustRefetch as exc:
                rebuilds += 1
                if rebuilds > 2:
                    raise
                _log.warning("hub asked for a rebuild: %s", exc)
                cursor = await self._rebuild()
                result.rebuilt = True
                fetching = self._fetch(cursor, own, counts)
                continue
            changes, next_cursor, more = _page_of(reply)
            if more:
                fetching = self._fetch(next_cursor, protocol.OWN_AS_IDS, counts)
            try:
                outcome = await self._apply(
                    functools.partial(_parse_changes, changes, stubs=own),
                    {state.CURSOR: next_cursor},
                    last=not more,
                    counts=census.from_wire(reply.get("counts")),
                )
            except OwnChangesMissing:
                _log.warning("own changes missing from this database: pulling whole")
                own = protocol.OWN_IN_FULL
                if more:
                    _abandon(fetching)
                fetching = self._fetch(cursor, own, counts)
                continue
            except BaseException:
                if more:
                    _abandon(fetching)
                raise
            # Changes this page brought; parked ones retried with it are not new.
            result.pulled += sum(not protocol.is_own_stub(c) for c in changes)
            counts = counts or (may_count and outcome.applied > 0)
            cursor, own = next_cursor, protocol.OWN_AS_IDS
            if more:
                continue
            if not _rebuild_for(outcome.missing, result, repaired=repaired):
                return
            repaired = True
            cursor = await self._rebuild()
            result.rebuilt = True
            fetching = self._fetch(cursor, own, counts)

    def _fetch(
        self, cursor: str | None, own: str, counts: bool
    ) -> asyncio.Future[dict[str, Any]]:
        """Ask for the page after ``cursor``, in the background."""
        return asyncio.ensure_future(
            self._call(
                protocol.PULL,
                {
                    "space": self.space,
                    "cursor": cursor,
                    "limit": self.page_size,
                    "own": own,
                    "counts": counts,
                },
            )
        )

    async def _rebuild(self) -> str:
        """Merge the hub's snapshot, then continue from its cursor.

        Nothing local is dropped: the snapshot is merged like any change, so
        unsent local work (still in the outbox, newer in its registers)
        stays and is pushed on top.
        """

        def progress(connection: Connection) -> tuple[int | None, list[str] | None]:
            at = state.get(connection, state.SNAPSHOT_AT)
            after = state.get(connection, state.SNAPSHOT_AFTER)
            return (int(at) if at else None, json.loads(after) if after else None)

        at_seq, after = await self._read(progress)
        while True:
            reply = await self._call(
                protocol.SNAPSHOT,
                {
                    "space": self.space,
                    "after": after,
                    "at_seq": at_seq,
                    "limit": self.page_size,
                },
            )
            rows, at_seq = reply.get("rows"), reply.get("at_seq")
            if not isinstance(rows, list) or not isinstance(at_seq, int):
                raise protocol.ProtocolError("bad snapshot reply")
            items = functools.partial(_parse_snapshot, rows, at_seq)
            if reply.get("done"):
                cursor = reply.get("cursor")
                if not isinstance(cursor, str):
                    raise protocol.ProtocolError("snapshot without cursor")
                saves: dict[str, str | None] = {
                    state.CURSOR: cursor,
                    state.SNAPSHOT_AT: None,
                    state.SNAPSHOT_AFTER: None,
                }
                await self._apply(items, saves)
                return cursor
            after = reply.get("after")
            await self._apply(
                items,
                {
                    state.SNAPSHOT_AT: str(at_seq),
                    state.SNAPSHOT_AFTER: json.dumps(after),
                },
            )


def _abandon(future: asyncio.Future[Any]) -> None:
    """Cancel a request the round no longer needs, and ignore how it ends."""
    future.cancel()
    future.add_done_callback(lambda f: f.cancelled() or f.exception())


def _mark_sent(connection: Connection, batch: outbox.Batch) -> None:
    if batch.ops:
        outbox.mark_sent(connection, [op["op_id"] for op in batch.ops])


def _record(
    connection: Connection,
    batch: outbox.Batch,
    reply: dict[str, Any],
    then: outbox.Batch,
) -> outbox.AckSummary:
    """Take the hub's answer to ``batch``; mark ``then``, gone out since, sent."""
    summary = outbox.record_results(connection, batch.ops, reply.get("results"))
    _mark_sent(connection, then)
    return summary


def _rebuild_for(
    missing: dict[str, int], result: RoundResult, *, repaired: bool
) -> bool:
    """Report records missing here; True when a rebuild should bring them."""
    if not missing:
        return False
    text = census.describe(missing)
    if repaired:
        result.warnings.append(f"still missing after a rebuild: {text}")
        _log.error("replica still short of the hub's records: %s", text)
        return False
    _log.warning("replica short of the hub's records (%s): rebuilding", text)
    result.warnings.append(f"records missing here, rebuilt: {text}")
    return True


def _page_of(reply: dict[str, Any]) -> tuple[list[Any], str, bool]:
    """The changes of a pull reply, the cursor after them, and whether more."""
    changes = reply.get("changes")
    cursor = reply.get("cursor")
    if not isinstance(changes, list) or not isinstance(cursor, str):
        raise protocol.ProtocolError("pull reply without changes or cursor")
    return changes, cursor, bool(reply.get("more"))


def _parse_changes(
    changes: list[Any], connection: Connection, stubs: str
) -> list[apply.Incoming]:
    """The changes of a page; raise ``OwnChangesMissing`` if a stub is not here."""
    own = [c["op_id"] for c in changes if protocol.is_own_stub(c)]
    if own:
        if stubs != protocol.OWN_AS_IDS:
            raise protocol.ProtocolError("own changes as ids, asked for in full")
        if not outbox.has_all(connection, own):
            raise OwnChangesMissing(f"{len(own)} own changes not all here")
    return [apply.from_change(c) for c in changes if not protocol.is_own_stub(c)]


def _parse_snapshot(
    rows: list[Any], at_seq: int, _connection: Connection
) -> list[apply.Incoming]:
    return [apply.from_snapshot(r, at_seq) for r in rows]


def _reason(data: bytes) -> str:
    try:
        return str(json.loads(data).get("reason", ""))
    except (ValueError, AttributeError):
        return data[:200].decode(errors="replace")


def _offline(error: str) -> bool:
    return error.startswith(("TransportError", "GarbledReply"))
