"""The duty roster (值班表): adding and changing shifts, who is on duty now.

A shift runs from its start (included) to its end (excluded), so at the
moment one shift hands over to the next only the next one is on duty.
Where shifts overlap, the one that started last is on duty.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from console.ops.core import NothingChanged, Operations, OpTransaction
from console.store.duty_models import DutyShift
from console.store.engine import Database

MAX_NAME = 64


class ShiftError(ValueError):
    """A shift that cannot be recorded (no leader, ends before it starts...)."""


@dataclass(frozen=True)
class ShiftDraft:
    """What an officer enters for a shift.

    Attributes:
        starts_at, ends_at: the shift's times (aware datetimes).
        leader: the duty leader (值班领导).
        officers: the duty officers (值班员), in roster order.
        note: anything else worth knowing.
    """

    starts_at: datetime
    ends_at: datetime
    leader: str
    officers: tuple[str, ...]
    note: str = ""


@dataclass(frozen=True)
class OnDuty:
    """Who is on duty at one moment."""

    shift_id: str
    starts_at: datetime
    ends_at: datetime
    leader: str
    officers: tuple[str, ...]


def _clean(name: str) -> str:
    return " ".join(name.split())


def _values(draft: ShiftDraft) -> dict[str, object]:
    leader = _clean(draft.leader)
    officers = [name for name in (_clean(o) for o in draft.officers) if name]
    if not leader:
        raise ShiftError("a shift needs its duty leader")
    if any(len(name) > MAX_NAME for name in [leader, *officers]):
        raise ShiftError(f"names are at most {MAX_NAME} characters")
    if draft.ends_at <= draft.starts_at:
        raise ShiftError("a shift must end after it starts")
    return {
        "starts_at": draft.starts_at,
        "ends_at": draft.ends_at,
        "leader": leader,
        "officers": json.dumps(officers, ensure_ascii=False),
        "note": draft.note.strip(),
    }


def _describe(shift: DutyShift) -> str:
    officers = "、".join(shift.officer_names)
    return f"{shift.leader}；{officers}" if officers else shift.leader


def add_shift(operations: Operations, draft: ShiftDraft) -> DutyShift:
    """Add a shift to the roster (a logged operation).

    Raises:
        ShiftError: no leader, a name too long, or the end not after the start.
    """
    values = _values(draft)

    def work(tx: OpTransaction) -> DutyShift:
        shift = DutyShift(**values)
        tx.insert(shift)
        tx.log(_describe(shift), target=shift)
        return shift

    return operations.run("duty.shift_add", work)


def update_shift(operations: Operations, shift_id: str, draft: ShiftDraft) -> bool:
    """Change a shift; returns whether anything changed (logged if so).

    Raises:
        ShiftError: as for ``add_shift``.
        sqlalchemy.exc.NoResultFound: no shift ``shift_id``.
    """
    values = _values(draft)

    def work(tx: OpTransaction) -> bool:
        shift = tx.session.get_one(DutyShift, shift_id)
        if not tx.update(shift, **values):
            raise NothingChanged
        tx.log(_describe(shift), target=shift)
        return True

    try:
        return operations.run("duty.shift_update", work)
    except NothingChanged:
        return False


def remove_shift(operations: Operations, shift_id: str) -> None:
    """Take a shift off the roster (a tombstone, logged with what it was).

    Raises:
        sqlalchemy.exc.NoResultFound: no shift ``shift_id``.
    """

    def work(tx: OpTransaction) -> None:
        shift = tx.session.get_one(DutyShift, shift_id)
        if shift.deleted_at is not None:
            raise NothingChanged
        tx.tombstone(shift)
        when = f"{shift.starts_at.isoformat()}/{shift.ends_at.isoformat()}"
        tx.log(f"{_describe(shift)}（{when}）", target=shift)

    try:
        operations.run("duty.shift_remove", work)
    except NothingChanged:
        return


def overlapping(
    database: Database, draft: ShiftDraft, *, other_than: str | None = None
) -> list[DutyShift]:
    """Shifts on the roster that share time with ``draft``, earliest first.

    Overlaps are allowed (a handover period, a reinforced night), so the
    roster warns rather than refuses; ``on_duty_now`` picks the shift that
    started last.
    """
    found = shifts(database, since=draft.starts_at, until=draft.ends_at)
    return [shift for shift in found if shift.id != other_than]


def shifts(
    database: Database, since: datetime | None = None, until: datetime | None = None
) -> list[DutyShift]:
    """Shifts overlapping [since, until), earliest first."""
    query = select(DutyShift).where(DutyShift.deleted_at.is_(None))
    if since is not None:
        query = query.where(DutyShift.ends_at > since)
    if until is not None:
        query = query.where(DutyShift.starts_at < until)
    with database.read() as session:
        return list(session.scalars(query.order_by(DutyShift.starts_at)))


def on_duty_now(database: Database, now: datetime) -> OnDuty | None:
    """The shift on duty at ``now`` with its leader and officers, or None."""
    query = (
        select(DutyShift)
        .where(
            DutyShift.deleted_at.is_(None),
            DutyShift.starts_at <= now,
            DutyShift.ends_at > now,
        )
        .order_by(DutyShift.starts_at.desc())
        .limit(1)
    )
    with database.read() as session:
        shift = session.scalar(query)
        if shift is None:
            return None
        return OnDuty(
            shift_id=shift.id,
            starts_at=shift.starts_at,
            ends_at=shift.ends_at,
            leader=shift.leader,
            officers=tuple(shift.officer_names),
        )
