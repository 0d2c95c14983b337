"""The hub's merged records of one space as a canonical dump."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from console.hub import schema
from console.hub.rows import decode
from console.hub.store import HubStore
from console.sync import dump


def hub_dump(store: HubStore, space: str = "real") -> dump.Dump:
    """Every merged record of ``space``, as ``console.sync.dump`` shapes it."""
    table = schema.rows[space]

    def work(connection: Connection) -> dump.Dump:
        records: dict[tuple[str, str], tuple[dict[str, Any], Any]] = {}
        for row in connection.execute(select(table)):
            state = decode(row.registers, row.stamp)
            records[(row.table_name, row.row_id)] = (state.values(), state.stamp)
        return dump.from_registers(records)

    return store.read(work)
