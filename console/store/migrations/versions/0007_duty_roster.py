"""Duty roster: shifts with their officers and duty leader; handovers.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from console.store.types import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NEW_TABLES = ("duty_shifts", "duty_handovers")


def _replicated() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "duty_shifts",
        *_replicated(),
        sa.Column("starts_at", UTCDateTime(), nullable=False, index=True),
        sa.Column("ends_at", UTCDateTime(), nullable=False, index=True),
        sa.Column("leader", sa.Text(), nullable=False),
        sa.Column("officers", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
    )
    op.create_table(
        "duty_handovers",
        *_replicated(),
        sa.Column(
            "shift_id", sa.String(36), sa.ForeignKey("duty_shifts.id"), nullable=True
        ),
        sa.Column("outgoing", sa.Text(), nullable=False),
        sa.Column("incoming", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("accepted_at", UTCDateTime(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
    )
    for table in NEW_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            "BEGIN SELECT RAISE(ABORT, "
            "'replicated rows are tombstoned, never deleted'); END"
        )


def downgrade() -> None:
    for table in reversed(NEW_TABLES):
        op.drop_table(table)
