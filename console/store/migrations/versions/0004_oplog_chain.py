"""Operation-log hash chain, entry kinds and search index.

Adds to ``oplog_entries`` the per-site hash chain (``site_seq``,
``prev_hash``, ``entry_hash``), the fields of the new entry kinds
(``event_at``, ``details``, ``significant``), the ``log_reviews`` table of
the duty leader's reviews, and ``oplog_fts``, an external-content FTS5 index
with the trigram tokenizer over the entry text and details.

Existing entries are hashed in (site_id, hlc) order. The table is rebuilt
rather than altered so the new chain columns can be NOT NULL: it is renamed
away first (SQLite then repoints the self-reference of ``corrects_id`` at
the old copy, which is dropped), the new one is filled in the original
insertion order so every correction follows what it corrects. The
append-only triggers are dropped for the rebuild and created again at the
end.

``oplog_fts`` keys on the implicit rowid of ``oplog_entries``. A later
migration that rebuilds that table, or a VACUUM, can renumber rowids: run
``INSERT INTO oplog_fts(oplog_fts) VALUES('rebuild')`` after either.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from console.oplog.chain import GENESIS, entry_hash, entry_record
from console.oplog.fts import require_fts5
from console.store.types import UTCDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

OLD = "oplog_entries_before_0004"
APPEND_ONLY = "operation log is append-only"
TOMBSTONED = "replicated rows are tombstoned, never deleted"
BASE_COLUMNS = (
    "id",
    "created_at",
    "hlc",
    "site_id",
    "officer",
    "kind",
    "action",
    "target_table",
    "target_id",
    "incident_id",
    "corrects_id",
    "text",
)
INDEXED = ("created_at", "hlc", "incident_id")


def _base_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False, index=True),
        sa.Column("hlc", sa.BigInteger(), nullable=False, index=True),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("officer", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("target_table", sa.String(32), nullable=True),
        sa.Column("target_id", sa.String(36), nullable=True),
        sa.Column(
            "incident_id",
            sa.String(36),
            sa.ForeignKey("incidents.id"),
            nullable=True,
            index=True,
        ),
        sa.Column(
            "corrects_id",
            sa.String(36),
            sa.ForeignKey("oplog_entries.id"),
            nullable=True,
        ),
        sa.Column("text", sa.Text(), nullable=False),
    ]


def _chain_columns() -> list[Any]:
    return [
        sa.Column("event_at", UTCDateTime(), nullable=True),
        sa.Column("details", sa.Text(), nullable=True),
        sa.Column(
            "significant", sa.Boolean(), nullable=False, server_default=sa.false()
        ),
        sa.Column("site_seq", sa.Integer(), nullable=False),
        sa.Column("prev_hash", sa.Text(), nullable=False),
        sa.Column("entry_hash", sa.Text(), nullable=False),
        sa.UniqueConstraint("site_id", "site_seq", name="uq_oplog_entries_site_seq"),
    ]


def _refuse(table: str, action: str, message: str) -> None:
    op.execute(
        f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def _set_aside() -> None:
    """Rename the table away with its triggers and indexes out of the way."""
    op.execute("DROP TRIGGER IF EXISTS oplog_entries_no_update")
    op.execute("DROP TRIGGER IF EXISTS oplog_entries_no_delete")
    for column in INDEXED:
        op.execute(f"DROP INDEX IF EXISTS ix_oplog_entries_{column}")
    op.execute(f"ALTER TABLE oplog_entries RENAME TO {OLD}")


def _old_rows() -> list[dict[str, Any]]:
    old = sa.table(
        OLD,
        *(sa.column(name) for name in BASE_COLUMNS if name != "created_at"),
        sa.column("created_at", UTCDateTime()),
        sa.column("rowid", sa.Integer()),
    )
    query = sa.select(old).order_by(old.c.site_id, old.c.hlc, old.c.rowid)
    return [dict(row) for row in op.get_bind().execute(query).mappings()]


def _chained(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give each row its chain fields, site by site in (hlc, rowid) order."""
    site, seq, prev = None, 0, GENESIS
    for row in rows:
        if row["site_id"] != site:
            site, seq, prev = row["site_id"], 0, GENESIS
        seq += 1
        row.update(event_at=None, details=None, significant=False)
        row.update(site_seq=seq, prev_hash=prev)
        prev = row["entry_hash"] = entry_hash(entry_record(row))
    return sorted(rows, key=lambda row: int(row["rowid"]))


def _create_search_index() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE oplog_fts USING fts5(text, details, "
        "content='oplog_entries', content_rowid='rowid', tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER oplog_entries_fts_insert AFTER INSERT ON oplog_entries "
        "BEGIN INSERT INTO oplog_fts(rowid, text, details) "
        "VALUES (new.rowid, new.text, new.details); END"
    )
    op.execute("INSERT INTO oplog_fts(oplog_fts) VALUES ('rebuild')")


def _create_reviews() -> None:
    op.create_table(
        "log_reviews",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column(
            "entry_id",
            sa.String(36),
            sa.ForeignKey("oplog_entries.id"),
            nullable=False,
            index=True,
        ),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.String(64), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    _refuse("log_reviews", "DELETE", TOMBSTONED)


def upgrade() -> None:
    compiled = op.get_bind().exec_driver_sql(
        "SELECT sqlite_compileoption_used('ENABLE_FTS5')"
    )
    require_fts5(bool(compiled.scalar()))
    _set_aside()
    rows = _chained(_old_rows())
    entries = op.create_table("oplog_entries", *_base_columns(), *_chain_columns())
    if rows:
        op.bulk_insert(entries, [_without_rowid(row) for row in rows])
    op.execute(f"DROP TABLE {OLD}")
    _refuse("oplog_entries", "UPDATE", APPEND_ONLY)
    _refuse("oplog_entries", "DELETE", APPEND_ONLY)
    _create_search_index()
    _create_reviews()


def _without_rowid(row: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key != "rowid"}


def downgrade() -> None:
    op.drop_table("log_reviews")
    op.execute("DROP TRIGGER IF EXISTS oplog_entries_fts_insert")
    op.execute("DROP TABLE IF EXISTS oplog_fts")
    _set_aside()
    op.create_table("oplog_entries", *_base_columns())
    columns = ", ".join(BASE_COLUMNS)
    op.execute(
        f"INSERT INTO oplog_entries ({columns}) "
        f"SELECT {columns} FROM {OLD} ORDER BY rowid"
    )
    op.execute(f"DROP TABLE {OLD}")
    _refuse("oplog_entries", "UPDATE", APPEND_ONLY)
    _refuse("oplog_entries", "DELETE", APPEND_ONLY)
