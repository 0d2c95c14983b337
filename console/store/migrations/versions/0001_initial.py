"""Initial schema: reference data, officers, incidents, operation log, journal.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from console.store.types import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _replicated() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
    ]


def _refuse(table: str, action: str, message: str) -> None:
    op.execute(
        f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
        f"BEGIN SELECT RAISE(ABORT, '{message}'); END"
    )


def upgrade() -> None:
    op.create_table(
        "local_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "divisions",
        *_replicated(),
        sa.Column("code", sa.String(12), nullable=True, unique=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("seat_lat", sa.Double(), nullable=True),
        sa.Column("seat_lon", sa.Double(), nullable=True),
    )
    op.create_table(
        "geo_features",
        *_replicated(),
        sa.Column("kind", sa.String(32), nullable=False, index=True),
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("geometry", sa.Text(), nullable=False),
        sa.Column("crs", sa.String(16), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
    )
    op.create_table(
        "kpi_indicators",
        *_replicated(),
        sa.Column("number", sa.Integer(), nullable=False, unique=True),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("indicator", sa.Text(), nullable=False),
        sa.Column("baseline_2020", sa.String(32), nullable=False),
        sa.Column("target_2025", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("responsible_units", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_table(
        "officers",
        *_replicated(),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
    )
    op.create_table(
        "incidents",
        *_replicated(),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("category", sa.String(32), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("occurred_at", UTCDateTime(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("lat", sa.Double(), nullable=True),
        sa.Column("lon", sa.Double(), nullable=True),
        sa.Column(
            "division_id", sa.String(36), sa.ForeignKey("divisions.id"), nullable=True
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("grade", sa.String(3), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_table(
        "oplog_entries",
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
    )
    op.create_table(
        "change_journal",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("op_id", sa.String(36), nullable=False, unique=True),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("table_name", sa.String(32), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("change", sa.String(8), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("acked_at", UTCDateTime(), nullable=True),
    )

    _refuse("oplog_entries", "UPDATE", "operation log is append-only")
    _refuse("oplog_entries", "DELETE", "operation log is append-only")
    for table in ("divisions", "geo_features", "kpi_indicators", "officers"):
        _refuse(table, "DELETE", "replicated rows are tombstoned, never deleted")
    _refuse("incidents", "DELETE", "replicated rows are tombstoned, never deleted")


def downgrade() -> None:
    for table in (
        "change_journal",
        "oplog_entries",
        "incidents",
        "officers",
        "kpi_indicators",
        "geo_features",
        "divisions",
        "local_meta",
    ):
        op.drop_table(table)
