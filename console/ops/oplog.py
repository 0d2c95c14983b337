"""Operations that officers perform on the operation log itself.

Every entry goes through ``OpTransaction.log``, which links it into this
workstation's hash chain; nothing here changes an entry once written. A
correction is a new entry pointing at the old one, and the duty leader's
review of a significant entry is a new ``log_reviews`` row.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from console.oplog import kinds
from console.ops.core import LoggedEntry, Operations, OpTransaction
from console.store.models import OpLogEntry
from console.store.oplog_models import REVIEW_DECISIONS, LogReview


class EmptyEntryError(ValueError):
    """A log entry with no text was refused."""


class ReviewError(ValueError):
    """A review that cannot be recorded (unknown decision, entry not flagged)."""


def add_note(
    operations: Operations,
    text: str,
    *,
    incident_id: str | None = None,
    kind: str = kinds.NOTE,
    event_at: datetime | None = None,
    details: dict[str, Any] | None = None,
    significant: bool = False,
) -> LoggedEntry:
    """Append an entry written by the officer on duty.

    Args:
        operations: The workstation's operations.
        text: What the officer wrote.
        incident_id: The incident it belongs to, if any.
        kind: One of ``kinds.MANUAL_KINDS`` (note, phone record, leader's
            instruction, alarm acknowledgement).
        event_at: When it happened, if not now.
        details: Structured parts, kept as JSON beside the text.
        significant: Put it in the duty leader's review queue (重要).

    Raises:
        EmptyEntryError: ``text`` is blank.
        kinds.UnknownKindError: ``kind`` is not one an officer may write.
    """
    text = text.strip()
    if not text:
        raise EmptyEntryError("empty log entry")
    kinds.check_manual_kind(kind)

    def work(tx: OpTransaction) -> LoggedEntry:
        return tx.log(
            text,
            kind=kind,
            incident_id=incident_id,
            event_at=event_at,
            details=details,
            significant=significant,
        )

    return operations.run("log.note", work)


def add_phone_record(
    operations: Operations,
    *,
    called_at: datetime,
    unit: str,
    caller: str,
    content: str,
    handling: str = "",
    number: str = "",
    incident_id: str | None = None,
    significant: bool = False,
) -> LoggedEntry:
    """Record a duty phone call (值班电话记录).

    The call's content is the entry text, so it reads and searches like any
    note; the unit, caller, number and handling are kept as structured
    details (and are searchable too), and the time of the call is the
    entry's ``event_at``.
    """
    content = content.strip()
    if not content:
        raise EmptyEntryError("a phone record needs its content")
    details = {
        "unit": unit.strip(),
        "caller": caller.strip(),
        "number": number.strip(),
        "content": content,
        "handling": handling.strip(),
    }

    def work(tx: OpTransaction) -> LoggedEntry:
        return tx.log(
            content,
            kind=kinds.PHONE,
            incident_id=incident_id,
            event_at=called_at,
            details=details,
            significant=significant,
        )

    return operations.run("log.phone", work)


def add_correction(operations: Operations, corrects_id: str, text: str) -> LoggedEntry:
    """Correct an earlier entry by appending a new one that points at it.

    Entries are never edited: the record must show what was written when.
    """
    text = text.strip()
    if not text:
        raise EmptyEntryError("empty correction")

    def work(tx: OpTransaction) -> LoggedEntry:
        original = tx.session.get_one(OpLogEntry, corrects_id)
        return tx.log(
            text,
            kind=kinds.CORRECTION,
            incident_id=original.incident_id,
            corrects_id=original.id,
        )

    return operations.run("log.correction", work)


def review_entry(
    operations: Operations, entry_id: str, decision: str, *, note: str = ""
) -> LogReview:
    """Record the duty leader's review (研判) of a significant entry.

    ``confirmed`` shares it as a significant event; ``dismissed`` takes it
    out of the queue. The officer on duty is the reviewer. The review is
    itself logged, so the log shows who decided what and when.

    Raises:
        ReviewError: unknown decision, or the entry is not flagged 重要.
        sqlalchemy.exc.NoResultFound: no entry ``entry_id``.
    """
    if decision not in REVIEW_DECISIONS:
        raise ReviewError(
            f"unknown decision {decision!r}; use {' or '.join(REVIEW_DECISIONS)}"
        )

    def work(tx: OpTransaction) -> LogReview:
        entry = tx.session.get_one(OpLogEntry, entry_id)
        if not entry.significant:
            raise ReviewError(f"entry {entry_id} is not flagged significant")
        review = LogReview(
            entry_id=entry.id,
            decision=decision,
            reviewer=tx.actor,
            at=tx.now,
            note=note.strip(),
        )
        tx.insert(review)
        tx.log(
            note.strip(),
            kind=kinds.SYSTEM,
            target=review,
            incident_id=entry.incident_id,
            details={"entry_id": entry.id, "decision": decision},
        )
        return review

    return operations.run("log.review", work)
