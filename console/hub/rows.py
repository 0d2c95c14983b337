"""The hub's merged records: loading, scoping and writing them back.

Each record's registers are one JSON document, so a batch of pushed
operations costs one read and one write per record it touches.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from console.hub import schema
from console.sync import protocol, tables
from console.sync.merge import Register, RowState

DISTRICT = "district"
UNION_KEY = "_u"
EVERYONE = "*"


@dataclass
class RowRecord:
    """A merged record and where it belongs.

    Attributes:
        state: the merged registers.
        anchor: the incident the record belongs to, if any.
        scope: the division id it belongs to, ``district`` or ``*``.
        stored: it exists in the database (update rather than insert).
        dirty: it changed in this batch.
    """

    state: RowState = field(default_factory=RowState)
    anchor: str | None = None
    scope: str = DISTRICT
    stored: bool = False
    dirty: bool = False
    union: dict[str, Any] | None = None
    union_op: str = ""

    def value(self, name: str) -> Any:
        """A field's merged value (append-only rows keep their payload)."""
        if self.union is not None:
            return self.union.get(name)
        reg = self.state.fields.get(name)
        return None if reg is None else reg.value


def encode(record: RowRecord) -> tuple[str, str]:
    """Registers and stamp as JSON; an append-only row keeps its payload.

    Append-only rows are written once, so every field has the version of
    that one insert: storing ``{"_u": [payload, op]}`` instead of a register
    per field saves most of the work of a large push.
    """
    state = record.state
    registers: dict[str, Any]
    if record.union is not None:
        registers = {UNION_KEY: [record.union, record.union_op]}
    else:
        registers = {k: protocol.register_to_wire(v) for k, v in state.fields.items()}
    stamp = protocol.stamp_to_wire(state.stamp) if state.stamp else []
    return protocol.text(registers), protocol.text(stamp)


def decode(registers: str, stamp: str) -> RowState:
    raw = protocol.parse(registers)
    raw_stamp = protocol.parse(stamp)
    parsed = protocol.stamp_from_wire(raw_stamp) if raw_stamp else None
    if UNION_KEY in raw and parsed is not None:
        payload, op = raw[UNION_KEY]
        return RowState(
            fields={
                k: Register(v, parsed.version, 0, 0, op)
                for k, v in payload.items()
                if k not in tables.ROW_STAMP_FIELDS
            },
            stamp=parsed,
        )
    return RowState(
        fields={k: protocol.register_from_wire(v) for k, v in raw.items()},
        stamp=parsed,
    )


def load(
    connection: Connection, space: str, keys: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], RowRecord]:
    """The stored records among ``keys`` (queried per table, on the key)."""
    table = schema.rows[space]
    by_table: dict[str, list[str]] = {}
    for table_name, row_id in set(keys):
        by_table.setdefault(table_name, []).append(row_id)
    found: dict[tuple[str, str], RowRecord] = {}
    for table_name, ids in by_table.items():
        for start in range(0, len(ids), 500):
            result = connection.execute(
                select(table).where(
                    table.c.table_name == table_name,
                    table.c.row_id.in_(ids[start : start + 500]),
                )
            )
            for row in result:
                found[(row.table_name, row.row_id)] = RowRecord(
                    state=decode(row.registers, row.stamp),
                    anchor=row.anchor,
                    scope=row.scope,
                    stored=True,
                )
    return found


def save(
    connection: Connection, space: str, records: dict[tuple[str, str], RowRecord]
) -> None:
    """Write back the records that changed."""
    table = schema.rows[space]
    new: list[dict[str, object]] = []
    old: list[dict[str, object]] = []
    for (table_name, row_id), record in records.items():
        if not record.dirty:
            continue
        registers, stamp = encode(record)
        values: dict[str, object] = {
            "anchor": record.anchor,
            "scope": record.scope,
            "registers": registers,
            "stamp": stamp,
        }
        if record.stored:
            old.append({"t": table_name, "r": row_id, **values})
        else:
            new.append({"table_name": table_name, "row_id": row_id, **values})
        record.stored = True
        record.dirty = False
    if new:
        # Plain column keys: SQLAlchemy's executemany fast path.
        connection.execute(insert(table), new)
    if old:
        connection.execute(
            update(table)
            .where(
                table.c.table_name == bindparam("t"), table.c.row_id == bindparam("r")
            )
            .values(
                anchor=bindparam("anchor"),
                scope=bindparam("scope"),
                registers=bindparam("registers"),
                stamp=bindparam("stamp"),
            ),
            old,
        )
