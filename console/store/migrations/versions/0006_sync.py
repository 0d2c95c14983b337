"""Sync state: hub cursor, field versions, conflicts and rejected operations.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from console.store.types import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

REPLICATED = ("sync_conflicts", "sync_shares")
LOCAL = ("sync_state", "field_versions", "sync_op_meta", "rejected_ops", "sync_parked")


def _replicated() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
    ]


def _local_tables() -> None:
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "field_versions",
        sa.Column("table_name", sa.String(32), primary_key=True),
        sa.Column("row_id", sa.String(36), primary_key=True),
        sa.Column("versions", sa.Text(), nullable=False),
    )
    op.create_table(
        "sync_op_meta",
        sa.Column("op_id", sa.String(36), primary_key=True),
        sa.Column("meta", sa.Text(), nullable=False),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("hub_seq", sa.BigInteger(), nullable=True),
    )
    op.create_table(
        "rejected_ops",
        sa.Column("op_id", sa.String(36), primary_key=True),
        sa.Column("table_name", sa.String(32), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("change", sa.String(8), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("rejected_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "sync_parked",
        sa.Column("op_key", sa.String(80), primary_key=True),
        sa.Column("hub_seq", sa.BigInteger(), nullable=False, index=True),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("parked_at", UTCDateTime(), nullable=False),
    )


def upgrade() -> None:
    _local_tables()
    op.create_table(
        "sync_conflicts",
        *_replicated(),
        sa.Column("table_name", sa.String(32), nullable=False),
        sa.Column("row_id", sa.String(36), nullable=False),
        sa.Column("incident_id", sa.String(36), nullable=True, index=True),
        sa.Column("field", sa.String(32), nullable=False),
        sa.Column("winner_value", sa.Text(), nullable=False),
        sa.Column("winner_hlc", sa.BigInteger(), nullable=False),
        sa.Column("winner_site", sa.String(64), nullable=False),
        sa.Column("winner_op_id", sa.String(36), nullable=False),
        sa.Column("loser_value", sa.Text(), nullable=False),
        sa.Column("loser_hlc", sa.BigInteger(), nullable=False),
        sa.Column("loser_site", sa.String(64), nullable=False),
        sa.Column("loser_op_id", sa.String(36), nullable=False),
        sa.Column("resolution", sa.String(8), nullable=False),
        sa.Column("resolved_by", sa.Text(), nullable=False),
        sa.Column("resolved_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "sync_shares",
        *_replicated(),
        sa.Column("incident_id", sa.String(36), nullable=False, index=True),
        sa.Column("division_id", sa.String(36), nullable=False),
    )
    for table in REPLICATED:
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} BEGIN "
            "SELECT RAISE(ABORT, 'replicated rows are tombstoned, never deleted'); "
            "END"
        )


def downgrade() -> None:
    for table in REPLICATED:
        op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete")
    for table in (*REPLICATED, *reversed(LOCAL)):
        op.drop_table(table)
