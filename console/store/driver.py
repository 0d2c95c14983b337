"""Statements run on the driver's cursor, for the operation hot path.

Every operation appends a log entry and journal rows and moves the clock,
in its own durable transaction. SQLAlchemy's per-statement work (building,
cache lookup, result set-up) costs several times what SQLite needs for
rows this simple, so these few statements go straight to the DBAPI cursor
of the transaction's connection. Values still pass through each column's
own bind processing, so stored text is what the ORM would have written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Dialect, Table

_Processor = Callable[[Any], Any]


def execute(connection: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """Run ``sql`` in the connection's transaction; every row it returns."""
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall())
    finally:
        cursor.close()


class Appender:
    """Inserts rows with fixed columns into one table."""

    def __init__(self, table: Table, columns: Sequence[str]) -> None:
        self._columns = [table.c[name] for name in columns]
        self._names = [column.name for column in self._columns]
        names = ", ".join(column.name for column in self._columns)
        marks = ", ".join("?" for _ in self._columns)
        self._sql = f"INSERT INTO {table.name} ({names}) VALUES ({marks})"
        self._processors: dict[str, list[tuple[int, _Processor]]] = {}

    def insert(self, connection: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert ``rows`` (mappings by column name) in one statement."""
        processed = self._processors_for(connection.dialect)
        params = []
        for row in rows:
            values = [row[name] for name in self._names]
            for index, process in processed:
                values[index] = process(values[index])
            params.append(values)
        cursor = connection.connection.cursor()
        try:
            cursor.executemany(self._sql, params)
        finally:
            cursor.close()

    def _processors_for(self, dialect: Dialect) -> list[tuple[int, _Processor]]:
        """The columns whose values need converting, with their converters."""
        processed = self._processors.get(dialect.name)
        if processed is None:
            processed = []
            for index, column in enumerate(self._columns):
                process = column.type.bind_processor(dialect)
                if process is not None:
                    processed.append((index, process))
            self._processors[dialect.name] = processed
        return processed
