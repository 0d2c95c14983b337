"""The transaction every operation runs in, and change notification."""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, TypeVar, cast

from sqlalchemy import Connection, Table, inspect
from sqlalchemy.orm import Session

from console.clock import HybridClock
from console.oplog import kinds, ledger
from console.store import driver
from console.store.engine import Database
from console.store.hlc_state import last_issued
from console.store.models import JournalEntry, OpLogEntry, Replicated
from console.store.types import utcnow
from console.workstation import Workstation

_log = logging.getLogger("eoc.ops")

T = TypeVar("T")

SYSTEM_ACTOR = kinds.SYSTEM_ACTOR
SCHEMA_VERSION = 1

# The log and the journal are append-only and written by every operation,
# so their rows skip the ORM's unit of work (see console.store.driver).
_oplog_table = cast(Table, OpLogEntry.__table__)
_journal_table = cast(Table, JournalEntry.__table__)
_oplog_rows = driver.Appender(_oplog_table, [c.name for c in _oplog_table.columns])
_journal_rows = driver.Appender(
    _journal_table, [c.name for c in _journal_table.columns if c.name != "seq"]
)


@dataclass(frozen=True)
class OpChanges:
    """What one committed operation changed, for views to decide on refresh.

    Attributes:
        action: the operation's name, such as ``incident.create``.
        tables: names of the tables it wrote.
        row_ids: ids of the replicated rows it wrote.
        log_entry_ids: ids of the operation-log entries it appended.
    """

    action: str
    tables: frozenset[str]
    row_ids: frozenset[str]
    log_entry_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class LoggedEntry:
    """An operation-log entry as appended, with its place in the chain.

    A plain record rather than an ORM object: building an instrumented
    object costs an append a noticeable share of its time, and the entry is
    written already, so nothing would track it.
    """

    id: str
    created_at: datetime
    hlc: int
    site_id: str
    officer: str
    kind: str
    action: str
    target_table: str | None
    target_id: str | None
    incident_id: str | None
    corrects_id: str | None
    text: str
    event_at: datetime | None
    details: str | None
    significant: bool
    site_seq: int
    prev_hash: str
    entry_hash: str


def _details_json(details: dict[str, Any] | None) -> str | None:
    if details is None:
        return None
    return json.dumps(details, ensure_ascii=False, sort_keys=True, default=_json_value)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


@dataclass
class OpTransaction:
    """The helpers an operation uses inside its transaction.

    One HLC value stamps every change of the operation: its changes happen
    together or not at all, so they also order together.
    """

    session: Session
    connection: Connection
    action: str
    actor: str
    site_id: str
    hlc: int
    now: datetime
    _tables: set[str] = field(default_factory=set)
    _row_ids: set[str] = field(default_factory=set)
    _log_ids: list[str] = field(default_factory=list)
    _journal_rows: list[dict[str, Any]] = field(default_factory=list)
    _chain: tuple[int, str] | None = None

    def insert(self, row: Replicated) -> None:
        """Add a new replicated row and journal all its columns."""
        if not getattr(row, "id", None):
            row.id = str(uuid.uuid4())
        row.created_at = self.now
        row.updated_at = self.now
        row.hlc = self.hlc
        row.site_id = self.site_id
        row.deleted_at = None
        self.session.add(row)
        # Flushed at once so rows reach the database in the order they were
        # made; the tables have foreign keys but no ORM relationships to
        # order them by.
        self.session.flush()
        self._journal(row, "insert", self._columns(row))

    def update(self, row: Replicated, **values: Any) -> bool:
        """Change the given fields; journal only those that really changed."""
        changed = {k: v for k, v in values.items() if getattr(row, k) != v}
        if not changed:
            return False
        for key, value in changed.items():
            setattr(row, key, value)
        row.updated_at = self.now
        row.hlc = self.hlc
        self._journal(row, "update", changed)
        return True

    def tombstone(self, row: Replicated) -> None:
        """Mark a row deleted; the row stays so the deletion can sync."""
        row.deleted_at = self.now
        row.updated_at = self.now
        row.hlc = self.hlc
        self._journal(row, "delete", {"deleted_at": self.now})

    def log(
        self,
        text: str,
        *,
        kind: str = "system",
        target: Replicated | None = None,
        incident_id: str | None = None,
        corrects_id: str | None = None,
        event_at: datetime | None = None,
        details: dict[str, Any] | None = None,
        significant: bool = False,
    ) -> LoggedEntry:
        """Append an operation-log entry saying who did what to which record.

        The entry is linked into this workstation's hash chain (next
        ``site_seq``, previous hash, own hash) here, so no operation can
        append an entry outside the chain.

        Args:
            text: What happened, as written or as a short machine text.
            kind: One of ``console.oplog.kinds``.
            target: The replicated row the operation changed, if any.
            incident_id: The incident the entry belongs to, if any.
            corrects_id: For a correction, the entry it corrects.
            event_at: When the thing logged happened, if not now (the time
                of a phone call, for example).
            details: Structured parts (a phone record's caller, unit...),
                stored as JSON text.
            significant: Flag for the duty leader's review queue (重要).
        """
        if self._chain is None:
            self._chain = ledger.chain_head(self.connection, self.site_id)
        seq, prev_hash = self._chain
        columns: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "created_at": self.now,
            "hlc": self.hlc,
            "site_id": self.site_id,
            "officer": self.actor,
            "kind": kind,
            "action": self.action,
            "target_table": target.__tablename__ if target is not None else None,  # type: ignore[attr-defined]
            "target_id": target.id if target is not None else None,
            "incident_id": incident_id,
            "corrects_id": corrects_id,
            "text": text,
            "event_at": event_at,
            "details": _details_json(details),
            "significant": significant,
        }
        record = ledger.link(columns, seq + 1, prev_hash)
        self._chain = (seq + 1, columns["entry_hash"])
        _oplog_rows.insert(self.connection, [columns])
        self._log_ids.append(columns["id"])
        # The hashed record is already every column in JSON form.
        self._journal_payload(_oplog_table.name, columns["id"], "insert", record)
        return LoggedEntry(**columns)

    def _columns(self, row: Any) -> dict[str, Any]:
        mapper = inspect(type(row))
        return {c.key: getattr(row, c.key) for c in mapper.column_attrs}

    def _journal(self, row: Any, change: str, values: dict[str, Any]) -> None:
        payload = {k: _json_value(v) for k, v in values.items()}
        self._journal_payload(row.__tablename__, row.id, change, payload)

    def _journal_payload(
        self, table: str, row_id: str, change: str, payload: dict[str, Any]
    ) -> None:
        self._journal_rows.append(
            {
                "op_id": str(uuid.uuid4()),
                "hlc": self.hlc,
                "site_id": self.site_id,
                "table_name": table,
                "row_id": row_id,
                "change": change,
                "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True),
                "schema_version": SCHEMA_VERSION,
                "created_at": self.now,
                "acked_at": None,
            }
        )
        self._tables.add(table)
        self._row_ids.add(row_id)

    def finish(self) -> None:
        """Write what is still pending: ORM changes, then the journal."""
        self.session.flush()
        if self._journal_rows:
            _journal_rows.insert(self.connection, self._journal_rows)
            self._journal_rows = []

    def changes(self) -> OpChanges:
        return OpChanges(
            action=self.action,
            tables=frozenset(self._tables),
            row_ids=frozenset(self._row_ids),
            log_entry_ids=tuple(self._log_ids),
        )


class Operations:
    """Runs operations for one workstation and one officer on duty.

    Views never write; they call operation functions (``console.ops.*``) that
    go through ``run``, and they subscribe to learn what changed.
    """

    def __init__(
        self,
        database: Database,
        workstation: Workstation,
        *,
        clock: HybridClock | None = None,
    ) -> None:
        self.database = database
        self.workstation = workstation
        self.officer = SYSTEM_ACTOR
        self._clock = clock or HybridClock()
        self._subscribers: list[Callable[[OpChanges], None]] = []

    def subscribe(self, callback: Callable[[OpChanges], None]) -> None:
        """Call ``callback`` after every committed operation."""
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[OpChanges], None]) -> None:
        """Stop calling ``callback``; unknown callbacks are ignored."""
        if callback in self._subscribers:
            self._subscribers.remove(callback)

    def run(self, action: str, work: Callable[[OpTransaction], T]) -> T:
        """Run ``work`` as one operation named ``action``.

        Raises:
            OperationWithoutLogError: ``work`` wrote no operation-log entry.
        """
        holder: dict[str, OpTransaction] = {}

        def transaction(session: Session) -> T:
            connection = session.connection()
            tx = OpTransaction(
                session=session,
                connection=connection,
                action=action,
                actor=self.officer,
                site_id=self.workstation.id,
                hlc=self._next_hlc(connection),
                now=utcnow(),
            )
            result = work(tx)
            if not tx._log_ids:
                raise OperationWithoutLogError(action)
            tx.finish()
            holder["tx"] = tx
            return result

        result = self.database.write(transaction)
        changes = holder["tx"].changes()
        _log.debug("operation %s committed: %s", action, sorted(changes.tables))
        self._notify(changes)
        return result

    def _next_hlc(self, connection: Connection) -> int:
        return self._clock.tick(last_issued(connection))

    def _notify(self, changes: OpChanges) -> None:
        for callback in list(self._subscribers):
            try:
                callback(changes)
            except Exception:
                _log.exception("subscriber failed after %s", changes.action)

    def last_hlc(self) -> int:
        """The last HLC value issued on this replica (0 before any)."""
        with self.database.read() as session:
            return last_issued(session.connection())


class NothingChanged(Exception):
    """Raised by an operation's work when every value was already stored.

    ``Operations.run`` lets it through after rolling back, so the caller can
    report "nothing changed" without an empty log entry.
    """


class OperationWithoutLogError(RuntimeError):
    """An operation tried to commit without an operation-log entry."""

    def __init__(self, action: str) -> None:
        super().__init__(f"operation {action!r} wrote no operation-log entry")
