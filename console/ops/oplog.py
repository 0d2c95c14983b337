"""Operations that officers perform on the operation log itself."""

from __future__ import annotations

from console.ops.core import Operations, OpTransaction
from console.store.models import OpLogEntry


class EmptyEntryError(ValueError):
    """A log entry with no text was refused."""


def add_note(
    operations: Operations, text: str, *, incident_id: str | None = None
) -> OpLogEntry:
    """Append a manual note by the officer on duty."""
    text = text.strip()
    if not text:
        raise EmptyEntryError("empty log entry")

    def work(tx: OpTransaction) -> OpLogEntry:
        return tx.log(text, kind="note", incident_id=incident_id)

    return operations.run("log.note", work)


def add_correction(operations: Operations, corrects_id: str, text: str) -> OpLogEntry:
    """Correct an earlier entry by appending a new one that points at it.

    Entries are never edited: the record must show what was written when.
    """
    text = text.strip()
    if not text:
        raise EmptyEntryError("empty correction")

    def work(tx: OpTransaction) -> OpLogEntry:
        original = tx.session.get_one(OpLogEntry, corrects_id)
        return tx.log(
            text,
            kind="correction",
            incident_id=original.incident_id,
            corrects_id=original.id,
        )

    return operations.run("log.correction", work)
