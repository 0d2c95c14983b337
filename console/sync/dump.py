"""Canonical dumps of replicated data, to prove replicas equal the hub.

Both sides are reduced to ``{table: {row_id: {column: JSON value}}}`` with
times normalised to UTC, so a replica's rows and the hub's merged registers
compare with ``==``. Used by the convergence tests and the benchmark.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Table, select

from console.store.types import UTCDateTime
from console.sync import tables

Dump = dict[str, dict[str, dict[str, Any]]]


def _normal(table: Table, name: str, value: Any) -> Any:
    column = table.c[name]
    if value is None:
        return None
    if isinstance(column.type, UTCDateTime):
        moment = datetime.fromisoformat(value) if isinstance(value, str) else value
        return moment.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def replica(connection: Connection) -> Dump:
    """Every synced table of a workstation's replica."""
    result: Dump = {}
    for name in tables.registry():
        table = tables.table(name)
        rows = connection.execute(select(table)).mappings()
        result[name] = {
            row["id"]: {k: _normal(table, k, v) for k, v in row.items()} for row in rows
        }
    return {k: v for k, v in result.items() if v}


def from_registers(records: dict[tuple[str, str], tuple[dict[str, Any], Any]]) -> Dump:
    """Merged registers (``{(table, row): (values, stamp)}``) as a dump."""
    result: Dump = {}
    for (name, row_id), (values, stamp) in records.items():
        if name not in tables.registry():
            continue
        table = tables.table(name)
        row = {k: v for k, v in values.items() if k in table.c}
        row["id"] = row_id
        if stamp is not None:
            row["hlc"] = stamp.version[0]
            if "updated_at" in table.c:
                row["updated_at"] = stamp.at
        for column in table.c:
            row.setdefault(column.name, None)
        result.setdefault(name, {})[row_id] = {
            k: _normal(table, k, v) for k, v in row.items()
        }
    return result
