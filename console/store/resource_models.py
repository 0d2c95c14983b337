"""Tables of the resources core: teams, supplies, shelters, experts.

Every table is replicated (see ``console.store.models.Replicated``) and,
like the others, refuses physical DELETE. Stock has no balance column: the
balance is the sum of the ledger (``StockMovement.delta``), so two
workstations that each record a movement merge by adding rows, never by
overwriting a number. ``synthetic`` marks demonstration records, which are
kept apart from the district's own everywhere they are listed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from console.store.models import Base, Replicated


class RescueTeam(Replicated, Base):
    """A rescue team (救援队伍) with its base, size and current status."""

    __tablename__ = "rescue_teams"

    name: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    division_id: Mapped[str | None] = mapped_column(
        ForeignKey("divisions.id"), index=True
    )
    lat: Mapped[float]
    lon: Mapped[float]
    headcount: Mapped[int] = mapped_column(Integer)
    leader: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(Text)
    capabilities: Mapped[str] = mapped_column(Text)
    equipment: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(8))
    status_changed_at: Mapped[datetime]
    status_changed_by: Mapped[str] = mapped_column(Text)
    synthetic: Mapped[bool] = mapped_column(Boolean)


class TeamMember(Replicated, Base):
    """A named member of a team; optional, a team may give only its size."""

    __tablename__ = "team_members"

    team_id: Mapped[str] = mapped_column(ForeignKey("rescue_teams.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(Text)
    synthetic: Mapped[bool] = mapped_column(Boolean)


class MemberQualification(Replicated, Base):
    """A certificate a member holds (潜水证, 急救证...) and when it expires."""

    __tablename__ = "member_qualifications"

    member_id: Mapped[str] = mapped_column(ForeignKey("team_members.id"), index=True)
    team_id: Mapped[str] = mapped_column(ForeignKey("rescue_teams.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    expires_on: Mapped[date | None] = mapped_column(Date)


class TeamStatusChange(Replicated, Base):
    """One change of a team's status: who, when, and for which incident."""

    __tablename__ = "team_status_changes"

    team_id: Mapped[str] = mapped_column(ForeignKey("rescue_teams.id"), index=True)
    status: Mapped[str] = mapped_column(String(8))
    previous: Mapped[str | None] = mapped_column(String(8))
    changed_by: Mapped[str] = mapped_column(Text)
    changed_at: Mapped[datetime]
    incident_id: Mapped[str | None] = mapped_column(ForeignKey("incidents.id"))
    note: Mapped[str] = mapped_column(Text)


class TeamDispatch(Replicated, Base):
    """A team assigned to an incident, open until released."""

    __tablename__ = "team_dispatches"

    team_id: Mapped[str] = mapped_column(ForeignKey("rescue_teams.id"), index=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    dispatched_by: Mapped[str] = mapped_column(Text)
    dispatched_at: Mapped[datetime]
    released_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text)


class Depot(Replicated, Base):
    """A place where supplies are kept (仓库, 储备点)."""

    __tablename__ = "depots"

    name: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    division_id: Mapped[str | None] = mapped_column(
        ForeignKey("divisions.id"), index=True
    )
    lat: Mapped[float]
    lon: Mapped[float]
    keeper: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)
    synthetic: Mapped[bool] = mapped_column(Boolean)


class SupplyItem(Replicated, Base):
    """A catalogue entry: one kind of supply and the unit it is counted in."""

    __tablename__ = "supply_items"

    name: Mapped[str] = mapped_column(Text, index=True)
    category: Mapped[str] = mapped_column(Text)
    unit: Mapped[str] = mapped_column(String(8))


class StockMovement(Replicated, Base):
    """One line of the stock ledger.

    ``delta`` is the signed change of the balance; ``quantity`` is what the
    officer entered (the moved amount, or for a stocktake the count).
    Movements made together (a transfer's two rows, a withdrawal split over
    batches) share ``movement_group``; ``reference`` is the movement
    reference an import is keyed by.
    """

    __tablename__ = "stock_movements"
    __table_args__ = (Index("ix_stock_movements_depot_item", "depot_id", "item_id"),)

    depot_id: Mapped[str] = mapped_column(ForeignKey("depots.id"))
    item_id: Mapped[str] = mapped_column(ForeignKey("supply_items.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    quantity: Mapped[int] = mapped_column(Integer)
    delta: Mapped[int] = mapped_column(Integer)
    batch: Mapped[str] = mapped_column(String(64))
    expires_on: Mapped[date | None] = mapped_column(Date)
    incident_id: Mapped[str | None] = mapped_column(
        ForeignKey("incidents.id"), index=True
    )
    counterpart_depot_id: Mapped[str | None] = mapped_column(ForeignKey("depots.id"))
    movement_group: Mapped[str] = mapped_column(String(36), index=True)
    reference: Mapped[str | None] = mapped_column(String(64), index=True)
    recorded_by: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime]
    note: Mapped[str] = mapped_column(Text)
    synthetic: Mapped[bool] = mapped_column(Boolean)


class StockEarmark(Replicated, Base):
    """Stock promised to an incident but not yet taken out of the depot.

    Earmarks of open incidents are what "committed" means: a dispatch for
    another incident that would eat into them is warned about.
    """

    __tablename__ = "stock_earmarks"

    depot_id: Mapped[str] = mapped_column(ForeignKey("depots.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("supply_items.id"))
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    earmarked_by: Mapped[str] = mapped_column(Text)
    earmarked_at: Mapped[datetime]
    released_at: Mapped[datetime | None]


class Shelter(Replicated, Base):
    """An emergency shelter (避灾安置场所): capacity, occupancy, state."""

    __tablename__ = "shelters"

    name: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    division_id: Mapped[str | None] = mapped_column(
        ForeignKey("divisions.id"), index=True
    )
    lat: Mapped[float]
    lon: Mapped[float]
    address: Mapped[str] = mapped_column(Text)
    capacity: Mapped[int] = mapped_column(Integer)
    occupancy: Mapped[int] = mapped_column(Integer)
    facilities: Mapped[str] = mapped_column(Text)
    is_open: Mapped[bool] = mapped_column(Boolean)
    contact: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)
    synthetic: Mapped[bool] = mapped_column(Boolean)


class Expert(Replicated, Base):
    """A member of the expert pool (专家库)."""

    __tablename__ = "experts"

    name: Mapped[str] = mapped_column(Text, index=True)
    field: Mapped[str] = mapped_column(Text)
    organisation: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    phone: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text)
    synthetic: Mapped[bool] = mapped_column(Boolean)


class Business(Replicated, Base):
    """A supervised small business, a point of a map layer."""

    __tablename__ = "businesses"

    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(32))
    division_id: Mapped[str | None] = mapped_column(
        ForeignKey("divisions.id"), index=True
    )
    lat: Mapped[float]
    lon: Mapped[float]
    synthetic: Mapped[bool] = mapped_column(Boolean)


RESOURCE_TABLES = (
    RescueTeam.__tablename__,
    TeamMember.__tablename__,
    MemberQualification.__tablename__,
    TeamStatusChange.__tablename__,
    TeamDispatch.__tablename__,
    Depot.__tablename__,
    SupplyItem.__tablename__,
    StockMovement.__tablename__,
    StockEarmark.__tablename__,
    Shelter.__tablename__,
    Expert.__tablename__,
    Business.__tablename__,
)
