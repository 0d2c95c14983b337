"""Indexes for showing each record's sync state (local, sent, acknowledged).

Views ask, for the records they show, which still have changes waiting in
the journal or refused by the hub. Only waiting changes are indexed, so the
index stays as small as the outbox however long the journal grows.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_change_journal_waiting",
        "change_journal",
        ["row_id"],
        sqlite_where=sa.text("acked_at IS NULL"),
    )
    op.create_index("ix_rejected_ops_row_id", "rejected_ops", ["row_id"])


def downgrade() -> None:
    op.drop_index("ix_rejected_ops_row_id", "rejected_ops")
    op.drop_index("ix_change_journal_waiting", "change_journal")
