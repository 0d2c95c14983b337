"""Which tables sync, and how each one merges.

Discovery is by shape, so tables added by other features sync without an
edit here: a table with an ``id`` key plus ``hlc`` and ``site_id`` columns
is synced. If it also has ``updated_at`` and ``deleted_at`` (the
``Replicated`` mixin) it merges field by field; otherwise it is append-only
(the operation log) and merges by union, as do the ledgers named in
``UNION_TABLES`` (stock-ledger movements).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sqlalchemy import MetaData, Table

from console.store import models, sync_models

# Local bookkeeping that must never travel.
NEVER_SYNCED = frozenset(
    {
        models.LocalMeta.__tablename__,
        models.JournalEntry.__tablename__,
        *sync_models.SYNC_LOCAL_TABLES,
    }
)

# Ledgers that are append-only although their rows carry the Replicated
# columns: a movement is never edited, a correction is a new movement.
UNION_TABLES = frozenset({"oplog_entries", "stock_movements"})

# Reference data every replica seeds and every division may see.
REFERENCE_TABLES = frozenset(
    {"divisions", "geo_features", "kpi_indicators", "officers", "plan_records"}
)

# Fields where two concurrent values are put in front of an officer.
CRITICAL_FIELDS: dict[str, frozenset[str]] = {
    "incidents": frozenset(
        {
            "deaths",
            "serious_injuries",
            "injured",
            "missing",
            "trapped",
            "response_level",
            "grade",
            "lat",
            "lon",
        }
    ),
}

# Fields that follow a state machine: they merge by (epoch, rank, version)
# where rank is the position of the status the change wrote. ``closed_at``
# goes with ``status`` so a reopened incident never keeps a closing time.
STATUS_GROUPS: dict[str, tuple[str, frozenset[str]]] = {
    "incidents": ("status", frozenset({"status", "closed_at"})),
}

# The action of the operation-log entry that marks an explicit reopen.
REOPEN_ACTIONS: dict[str, str] = {"incidents": "incident.reopen"}

# Columns sync maintains itself from the record's version register.
ROW_STAMP_FIELDS = frozenset({"id", "hlc", "updated_at"})


@dataclass(frozen=True)
class TableInfo:
    """How one synced table merges and which division it belongs to.

    Attributes:
        name: table name.
        union: append-only, merged by insert-or-ignore.
        anchor: column naming the incident a row belongs to, if any.
        division: column naming the row's own division, if any.
        rank: position in foreign-key order (parents first).
    """

    name: str
    union: bool
    anchor: str | None
    division: str | None
    rank: int

    @property
    def reference(self) -> bool:
        return self.name in REFERENCE_TABLES


@cache
def full_metadata() -> MetaData:
    """Every table the console knows, including other features' models.

    ``console.store.schema`` gathers every model module; it is imported on
    first use rather than at the top because those modules import this one.
    """
    from console.store import schema

    metadata: MetaData = schema.Base.metadata
    return metadata


def _is_synced(table: Table) -> bool:
    names = set(table.c.keys())
    return table.name not in NEVER_SYNCED and {"id", "hlc", "site_id"} <= names


def _info(table: Table, rank: int) -> TableInfo:
    names = set(table.c.keys())
    anchor = None
    if table.name == "incidents":
        anchor = "id"
    elif "incident_id" in names:
        anchor = "incident_id"
    return TableInfo(
        name=table.name,
        union=table.name in UNION_TABLES or not {"updated_at", "deleted_at"} <= names,
        anchor=anchor,
        division="division_id" if "division_id" in names else None,
        rank=rank,
    )


@cache
def registry() -> dict[str, TableInfo]:
    """Synced tables by name, in foreign-key order."""
    tables = [t for t in full_metadata().sorted_tables if _is_synced(t)]
    return {t.name: _info(t, rank) for rank, t in enumerate(tables)}


def table(name: str) -> Table:
    """The SQLAlchemy table object of a synced table."""
    return full_metadata().tables[name]


def status_field(table_name: str, field: str) -> str | None:
    """The status column ``field`` merges with, or None for plain fields."""
    group = STATUS_GROUPS.get(table_name)
    if group is not None and field in group[1]:
        return group[0]
    return None
