"""The hub's database: engine, devices, nonces, meta values.

Writes are serialised through one lock (and, on PostgreSQL, a transaction
advisory lock as well): hub sequence numbers are assigned in commit order,
so a reader can never see seq 12 before seq 11 commits and skip it.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    create_engine,
    delete,
    event,
    func,
    insert,
    select,
)
from sqlalchemy import update as sql_update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import StaticPool

from console.hub import schema
from console.sync import auth
from console.sync.protocol import SPACES

_log = logging.getLogger("eoc.hub")

T = TypeVar("T")

_ADVISORY_KEY = 0x0E0C5


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True)
class Device:
    """An enrolled workstation as the hub knows it."""

    device_id: str
    name: str
    key: bytes
    scope: str | None
    scope_label: str
    site_id: str | None
    revoked: bool
    refetch_before: int


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout = 10000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for a hub URL; bare paths are SQLite files."""
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 10},
            poolclass=StaticPool if memory else None,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, pool_pre_ping=True)


class HubStore:
    """One hub database.

    Attributes:
        engine: the SQLAlchemy engine.
        hub_id: this hub's identity; cursors from another hub are refused.
    """

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self._lock = threading.Lock()
        schema.metadata.create_all(self.engine)
        self.hub_id = self.write(self._ensure_hub_id)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def write(self, work: Callable[[Connection], T]) -> T:
        """Run ``work`` in the one write transaction at a time."""
        with self._lock, self.engine.begin() as connection:
            if self.is_postgres:
                connection.exec_driver_sql(
                    f"SELECT pg_advisory_xact_lock({_ADVISORY_KEY})"
                )
            return work(connection)

    def read(self, work: Callable[[Connection], T]) -> T:
        with self.engine.connect() as connection:
            return work(connection)

    def dispose(self) -> None:
        self.engine.dispose()

    def _ensure_hub_id(self, connection: Connection) -> str:
        value = get_meta(connection, "hub_id")
        if value is None:
            value = str(uuid.uuid4())
            set_meta(connection, "hub_id", value)
        return value

    def enroll(self, name: str, scope: str | None, scope_label: str) -> auth.Token:
        """A new device token for ``name``; earlier tokens of it are revoked."""
        token = auth.new_token()

        def work(connection: Connection) -> None:
            connection.execute(
                sql_update(schema.devices)
                .where(
                    schema.devices.c.name == name,
                    schema.devices.c.revoked_ms.is_(None),
                )
                .values(revoked_ms=now_ms())
            )
            connection.execute(
                insert(schema.devices).values(
                    device_id=token.device_id,
                    name=name,
                    key_hash=token.key.hex(),
                    scope=scope,
                    scope_label=scope_label,
                    site_id=None,
                    created_ms=now_ms(),
                    revoked_ms=None,
                    refetch_before=0,
                )
            )

        self.write(work)
        _log.info("enrolled device %s as %s (scope %s)", token.device_id, name, scope)
        return token

    def active_tokens(self, name: str) -> int:
        """How many unrevoked device tokens are enrolled as ``name``."""

        def work(connection: Connection) -> int:
            return int(
                connection.execute(
                    select(func.count())
                    .select_from(schema.devices)
                    .where(
                        schema.devices.c.name == name,
                        schema.devices.c.revoked_ms.is_(None),
                    )
                ).scalar_one()
            )

        return self.read(work)

    def device(self, device_id: str) -> Device | None:
        def work(connection: Connection) -> Device | None:
            row = connection.execute(
                select(schema.devices).where(schema.devices.c.device_id == device_id)
            ).one_or_none()
            if row is None:
                return None
            return Device(
                device_id=row.device_id,
                name=row.name,
                key=bytes.fromhex(row.key_hash),
                scope=row.scope,
                scope_label=row.scope_label,
                site_id=row.site_id,
                revoked=row.revoked_ms is not None,
                refetch_before=row.refetch_before,
            )

        return self.read(work)

    def use_nonce(self, device_id: str, nonce: str, max_age_s: int) -> bool:
        """Record a nonce; False when it was seen before (a replay)."""

        def work(connection: Connection) -> bool:
            now = now_ms()
            connection.execute(
                delete(schema.nonces).where(
                    schema.nonces.c.seen_ms < now - 2 * max_age_s * 1000
                )
            )
            try:
                with connection.begin_nested():
                    connection.execute(
                        insert(schema.nonces).values(
                            device_id=device_id, nonce=nonce, seen_ms=now
                        )
                    )
            except IntegrityError:
                return False
            return True

        return self.write(work)

    def bind_site(self, device_id: str, site_id: str) -> None:
        def work(connection: Connection) -> None:
            connection.execute(
                sql_update(schema.devices)
                .where(
                    schema.devices.c.device_id == device_id,
                    schema.devices.c.site_id.is_(None),
                )
                .values(site_id=site_id)
            )

        self.write(work)


def get_meta(connection: Connection, key: str) -> str | None:
    value = connection.scalar(
        select(schema.hub_meta.c.value).where(schema.hub_meta.c.key == key)
    )
    return None if value is None else str(value)


def set_meta(connection: Connection, key: str, value: str) -> None:
    updated = connection.execute(
        sql_update(schema.hub_meta)
        .where(schema.hub_meta.c.key == key)
        .values(value=value)
    )
    if updated.rowcount == 0:
        connection.execute(insert(schema.hub_meta).values(key=key, value=value))


def horizon(connection: Connection, space: str) -> int:
    """The oldest cursor still served in ``space`` (older ones must refetch)."""
    return int(get_meta(connection, f"horizon_{space}") or 0)


def last_seq(connection: Connection, space: str) -> int:
    table = schema.changes[space]
    value = connection.scalar(select(func.max(table.c.hub_seq)))
    return max(int(value or 0), horizon(connection, space))


def compact(store: HubStore, space: str, keep: int) -> int:
    """Drop all but the last ``keep`` changes of ``space``; return the horizon.

    The merged records keep everything (tombstones included), so a workstation
    whose cursor falls behind the horizon rebuilds from a snapshot.
    """
    if space not in SPACES:
        raise ValueError(space)

    def work(connection: Connection) -> int:
        new_horizon = max(
            last_seq(connection, space) - keep, horizon(connection, space)
        )
        table = schema.changes[space]
        old = select(table.c.op_id, table.c.hub_seq).where(
            table.c.hub_seq <= new_horizon
        )
        connection.execute(
            insert(schema.seen[space]).from_select(["op_id", "hub_seq"], old)
        )
        connection.execute(delete(table).where(table.c.hub_seq <= new_horizon))
        set_meta(connection, f"horizon_{space}", str(new_horizon))
        return new_horizon

    return store.write(work)
