"""Incident intake details, level decisions, casualty history, reports,
leaders' instructions, command posts and alarm acknowledgements.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from console.store.types import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TEXT_COLUMNS = (
    "source_unit",
    "source_person",
    "source_phone",
    "address",
    "unit_name",
    "unit_address",
    "unit_nature",
    "unit_scale",
    "cause_and_course",
    "affected_area_and_trend",
    "measures_taken",
    "leaders_on_scene",
    "requests",
    "commander_contact",
    "reporter",
)
FIGURE_COLUMNS = (
    "deaths",
    "serious_injuries",
    "injured",
    "missing",
    "trapped",
    "endangered",
    "evacuated",
)
NEW_TABLES = (
    "level_decisions",
    "casualty_revisions",
    "reports",
    "instructions",
    "command_posts",
    "alarm_acks",
)


def _replicated() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sa.String(36), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
    ]


def _incident_fk() -> sa.Column[object]:
    return sa.Column(
        "incident_id",
        sa.String(36),
        sa.ForeignKey("incidents.id"),
        nullable=False,
        index=True,
    )


def _add_incident_columns() -> None:
    with op.batch_alter_table("incidents") as batch:
        for name in TEXT_COLUMNS:
            batch.add_column(
                sa.Column(name, sa.Text(), nullable=False, server_default="")
            )
        for name in FIGURE_COLUMNS:
            batch.add_column(sa.Column(name, sa.Integer(), nullable=True))
        batch.add_column(sa.Column("loss_yuan", sa.Double(), nullable=True))
        batch.add_column(sa.Column("warning_level", sa.String(8), nullable=True))
        batch.add_column(sa.Column("response_level", sa.String(3), nullable=True))
        batch.add_column(sa.Column("grade_suggested", sa.String(3), nullable=True))
        batch.add_column(
            sa.Column("near_miss", sa.Boolean(), nullable=False, server_default="0")
        )
        batch.add_column(sa.Column("closed_at", UTCDateTime(), nullable=True))


def upgrade() -> None:
    _add_incident_columns()
    op.create_table(
        "level_decisions",
        *_replicated(),
        _incident_fk(),
        sa.Column("level_kind", sa.String(16), nullable=False),
        sa.Column("value", sa.String(8), nullable=True),
        sa.Column("previous", sa.String(8), nullable=True),
        sa.Column("decided_by", sa.Text(), nullable=False),
        sa.Column("decided_at", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
    )
    op.create_table(
        "casualty_revisions",
        *_replicated(),
        _incident_fk(),
        sa.Column("field", sa.String(24), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("reported_at", UTCDateTime(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
    )
    op.create_table(
        "reports",
        *_replicated(),
        _incident_fk(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("sections", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("signed_by", sa.Text(), nullable=True),
        sa.Column("signed_at", UTCDateTime(), nullable=True),
        sa.Column("sent_at", UTCDateTime(), nullable=True),
        sa.Column("channel", sa.String(16), nullable=True),
    )
    op.create_table(
        "instructions",
        *_replicated(),
        _incident_fk(),
        sa.Column("leader", sa.Text(), nullable=False),
        sa.Column("given_at", UTCDateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("done_at", UTCDateTime(), nullable=True),
        sa.Column("done_note", sa.Text(), nullable=False),
    )
    op.create_table(
        "command_posts",
        *_replicated(),
        _incident_fk(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("lead", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.UniqueConstraint("incident_id", "kind"),
    )
    op.create_table(
        "alarm_acks",
        *_replicated(),
        _incident_fk(),
        sa.Column("report_kind", sa.String(64), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("acked_by", sa.Text(), nullable=False),
        sa.Column("acked_at", UTCDateTime(), nullable=False),
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
    with op.batch_alter_table("incidents") as batch:
        for name in (
            *TEXT_COLUMNS,
            *FIGURE_COLUMNS,
            "loss_yuan",
            "warning_level",
            "response_level",
            "grade_suggested",
            "near_miss",
            "closed_at",
        ):
            batch.drop_column(name)
