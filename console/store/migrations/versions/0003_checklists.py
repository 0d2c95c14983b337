"""Plan activations, their checklist items, and plan lifecycle records.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from console.store.types import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NEW_TABLES = ("plan_activations", "checklist_items", "plan_records")


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
        "plan_activations",
        *_replicated(),
        sa.Column(
            "incident_id",
            sa.String(36),
            sa.ForeignKey("incidents.id"),
            nullable=False,
            index=True,
        ),
        sa.Column("plan_id", sa.String(64), nullable=False),
        sa.Column("plan_version", sa.Text(), nullable=False),
        sa.Column("plan_title", sa.Text(), nullable=False),
        sa.Column("level", sa.String(3), nullable=False),
        sa.Column("activated_by", sa.Text(), nullable=False),
        sa.Column("activated_at", UTCDateTime(), nullable=False),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
    )
    op.create_table(
        "checklist_items",
        *_replicated(),
        sa.Column(
            "activation_id",
            sa.String(36),
            sa.ForeignKey("plan_activations.id"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "incident_id",
            sa.String(36),
            sa.ForeignKey("incidents.id"),
            nullable=False,
            index=True,
        ),
        sa.Column("action_id", sa.String(64), nullable=False),
        sa.Column("level", sa.String(3), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("unit", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("mandatory", sa.Boolean(), nullable=False),
        sa.Column("verification", sa.String(16), nullable=False),
        sa.Column("due_at", UTCDateTime(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.Text(), nullable=False),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("withdrawn_at", UTCDateTime(), nullable=True),
        sa.UniqueConstraint("activation_id", "action_id"),
    )
    op.create_table(
        "plan_records",
        *_replicated(),
        sa.Column("plan_id", sa.String(64), nullable=False, index=True),
        sa.Column("plan_version", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("by", sa.Text(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("prompted_by", sa.Text(), nullable=False),
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
