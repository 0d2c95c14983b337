"""Rescue teams, supplies ledger, shelters and experts.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from console.store.types import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

NEW_TABLES = (
    "rescue_teams",
    "team_members",
    "member_qualifications",
    "team_status_changes",
    "team_dispatches",
    "depots",
    "supply_items",
    "stock_movements",
    "stock_earmarks",
    "shelters",
    "experts",
    "businesses",
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


def _text(name: str, *, index: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.Text(), nullable=False, index=index)


def _ref(
    name: str, table: str, *, nullable: bool = False, index: bool = True
) -> sa.Column[object]:
    return sa.Column(
        name,
        sa.String(36),
        sa.ForeignKey(f"{table}.id"),
        nullable=nullable,
        index=index,
    )


def _place() -> list[sa.Column[object]]:
    """Name, division and position, shared by every kind of place."""
    return [
        _text("name", index=True),
        _ref("division_id", "divisions", nullable=True),
        sa.Column("lat", sa.Double(), nullable=False),
        sa.Column("lon", sa.Double(), nullable=False),
    ]


def _synthetic() -> sa.Column[object]:
    return sa.Column("synthetic", sa.Boolean(), nullable=False)


def _teams() -> None:
    op.create_table(
        "rescue_teams",
        *_replicated(),
        *_place(),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("headcount", sa.Integer(), nullable=False),
        _text("leader"),
        _text("phone"),
        _text("capabilities"),
        _text("equipment"),
        _text("note"),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("status_changed_at", UTCDateTime(), nullable=False),
        _text("status_changed_by"),
        _synthetic(),
    )
    op.create_table(
        "team_members",
        *_replicated(),
        _ref("team_id", "rescue_teams"),
        _text("name"),
        _text("role"),
        _text("phone"),
        _synthetic(),
    )
    op.create_table(
        "member_qualifications",
        *_replicated(),
        _ref("member_id", "team_members"),
        _ref("team_id", "rescue_teams"),
        _text("name"),
        sa.Column("expires_on", sa.Date(), nullable=True),
    )
    op.create_table(
        "team_status_changes",
        *_replicated(),
        _ref("team_id", "rescue_teams"),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("previous", sa.String(8), nullable=True),
        _text("changed_by"),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        _ref("incident_id", "incidents", nullable=True, index=False),
        _text("note"),
    )
    op.create_table(
        "team_dispatches",
        *_replicated(),
        _ref("team_id", "rescue_teams"),
        _ref("incident_id", "incidents"),
        _text("dispatched_by"),
        sa.Column("dispatched_at", UTCDateTime(), nullable=False),
        sa.Column("released_at", UTCDateTime(), nullable=True),
        _text("note"),
    )


def _supplies() -> None:
    op.create_table(
        "depots",
        *_replicated(),
        *_place(),
        sa.Column("kind", sa.String(16), nullable=False),
        _text("keeper"),
        _text("phone"),
        _text("note"),
        _synthetic(),
    )
    op.create_table(
        "supply_items",
        *_replicated(),
        _text("name", index=True),
        _text("category"),
        sa.Column("unit", sa.String(8), nullable=False),
    )
    op.create_table(
        "stock_movements",
        *_replicated(),
        _ref("depot_id", "depots", index=False),
        _ref("item_id", "supply_items"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("delta", sa.Integer(), nullable=False),
        sa.Column("batch", sa.String(64), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        _ref("incident_id", "incidents", nullable=True),
        _ref("counterpart_depot_id", "depots", nullable=True, index=False),
        sa.Column("movement_group", sa.String(36), nullable=False, index=True),
        sa.Column("reference", sa.String(64), nullable=True, index=True),
        _text("recorded_by"),
        sa.Column("recorded_at", UTCDateTime(), nullable=False),
        _text("note"),
        _synthetic(),
    )
    op.create_index(
        "ix_stock_movements_depot_item", "stock_movements", ["depot_id", "item_id"]
    )
    op.create_table(
        "stock_earmarks",
        *_replicated(),
        _ref("depot_id", "depots"),
        _ref("item_id", "supply_items", index=False),
        _ref("incident_id", "incidents"),
        sa.Column("quantity", sa.Integer(), nullable=False),
        _text("earmarked_by"),
        sa.Column("earmarked_at", UTCDateTime(), nullable=False),
        sa.Column("released_at", UTCDateTime(), nullable=True),
    )


def _places() -> None:
    op.create_table(
        "shelters",
        *_replicated(),
        *_place(),
        sa.Column("kind", sa.String(16), nullable=False),
        _text("address"),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("occupancy", sa.Integer(), nullable=False),
        _text("facilities"),
        sa.Column("is_open", sa.Boolean(), nullable=False),
        _text("contact"),
        _text("phone"),
        _text("note"),
        _synthetic(),
    )
    op.create_table(
        "experts",
        *_replicated(),
        _text("name", index=True),
        _text("field"),
        _text("organisation"),
        _text("title"),
        _text("phone"),
        _text("note"),
        _synthetic(),
    )
    op.create_table(
        "businesses",
        *_replicated(),
        _text("name"),
        _ref("division_id", "divisions", nullable=True),
        sa.Column("lat", sa.Double(), nullable=False),
        sa.Column("lon", sa.Double(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        _synthetic(),
    )


def upgrade() -> None:
    _teams()
    _supplies()
    _places()
    for table in NEW_TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} "
            "BEGIN SELECT RAISE(ABORT, "
            "'replicated rows are tombstoned, never deleted'); END"
        )


def downgrade() -> None:
    for table in reversed(NEW_TABLES):
        op.drop_table(table)
