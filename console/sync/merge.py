"""The merge: pure functions every replica and the hub apply alike.

A record is a set of per-field registers. Each register keeps the version
``(hlc, site_id, seq)`` of the change that wrote it; the merge of two
registers is the one with the larger key. Because the key is a total order
and each change writes one value per field, merging is a maximum: it is
commutative, associative and idempotent, so replicas that have seen the same
changes hold the same record whatever the order or repetition.

Plain fields use the version as key (last writer by HLC wins, field by
field). Status fields use ``(epoch, rank, version)``: a status only moves
forward along its lifecycle, and only an explicit reopen, which starts a new
epoch, can move a closed incident back. A tombstone is the ``deleted_at``
register, so an older edit cannot undo a deletion and a restore must be a
later change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from console.domain import lifecycle
from console.sync import tables

Version = tuple[int, str, int]

ZERO: Version = (0, "", 0)

STATUS_RANKS: dict[str, dict[str, int]] = {
    "incidents": {status: i for i, status in enumerate(lifecycle.STATUSES)},
}


@dataclass(frozen=True, slots=True)
class Register:
    """One field's value and the version of the change that wrote it."""

    value: Any
    version: Version
    epoch: int = 0
    rank: int = 0
    op: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class Stamp:
    """The record-level register: the latest change's time and version."""

    at: str
    version: Version


@dataclass(frozen=True)
class Change:
    """One change to one record, as received from the journal or the hub.

    ``epoch`` is the status epoch the writer was in (its own HLC for a
    reopen); ``base`` is the version of each field the writer saw before it
    wrote, used to detect concurrent edits.
    """

    op_id: str
    table: str
    row_id: str
    kind: str
    payload: Mapping[str, Any]
    version: Version
    at: str
    epoch: int = 0
    reopen: bool = False
    base: Mapping[str, Version | None] = field(default_factory=dict)


@dataclass
class RowState:
    """The merged registers of one record."""

    fields: dict[str, Register] = field(default_factory=dict)
    stamp: Stamp | None = None

    def values(self) -> dict[str, Any]:
        return {name: reg.value for name, reg in self.fields.items()}


def key(table: str, name: str, reg: Register) -> tuple[Any, ...]:
    """The order registers of ``table.name`` merge by."""
    if tables.status_field(table, name) is not None:
        return (reg.epoch, reg.rank, reg.version)
    return (reg.version,)


def registers(change: Change) -> dict[str, Register]:
    """The registers a change writes, one per field of its payload."""
    rank = 0
    group = tables.STATUS_GROUPS.get(change.table)
    if group is not None:
        status = change.payload.get(group[0])
        rank = STATUS_RANKS.get(change.table, {}).get(str(status), 0)
    epoch = change.version[0] if change.reopen else change.epoch
    return {
        name: Register(value, change.version, epoch, rank, change.op_id)
        for name, value in change.payload.items()
        if name not in tables.ROW_STAMP_FIELDS
    }


def merge_register(
    table: str, name: str, current: Register | None, incoming: Register
) -> Register:
    """The larger of two registers of one field."""
    if current is None or key(table, name, incoming) > key(table, name, current):
        return incoming
    return current


def merge_fields(
    state: RowState, table: str, incoming: Mapping[str, Register], stamp: Stamp
) -> dict[str, Any]:
    """Merge registers into ``state`` in place; return the fields they won."""
    won: dict[str, Any] = {}
    for name, reg in incoming.items():
        current = state.fields.get(name)
        merged = merge_register(table, name, current, reg)
        if merged is not current:
            state.fields[name] = merged
            won[name] = merged.value
    if state.stamp is None or stamp.version > state.stamp.version:
        state.stamp = stamp
    return won


def merge_change(state: RowState, change: Change) -> dict[str, Any]:
    """Merge ``change`` into ``state`` in place; return the fields it won."""
    stamp = Stamp(change.at, change.version)
    return merge_fields(state, change.table, registers(change), stamp)


def merge_all(changes: Iterable[Change]) -> dict[tuple[str, str], RowState]:
    """Merge a list of changes from nothing: the reference the tests use."""
    states: dict[tuple[str, str], RowState] = {}
    for change in changes:
        state = states.setdefault((change.table, change.row_id), RowState())
        merge_change(state, change)
    return states


@dataclass(frozen=True)
class Conflict:
    """Two concurrent values of a safety-critical field.

    ``winner`` is what the record now holds; ``loser`` waits for an officer.
    """

    table: str
    row_id: str
    field: str
    winner: Register
    loser: Register


def concurrent_edits(state: RowState, change: Change) -> list[Conflict]:
    """Conflicts ``change`` makes with ``state`` before it is merged.

    A change is concurrent with the register it meets when its writer had
    not seen that register's version (the register is newer than the
    change's base). Equal values are agreement, not conflict.
    """
    critical = tables.CRITICAL_FIELDS.get(change.table, frozenset())
    found: list[Conflict] = []
    for name, reg in registers(change).items():
        current = state.fields.get(name)
        if name not in critical or current is None or current.value == reg.value:
            continue
        base = change.base.get(name) or ZERO
        if current.version <= base or current.version == reg.version:
            continue
        if key(change.table, name, reg) > key(change.table, name, current):
            winner, loser = reg, current
        else:
            winner, loser = current, reg
        found.append(Conflict(change.table, change.row_id, name, winner, loser))
    return found
