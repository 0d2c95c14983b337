"""Operations on rescue teams: registration, members, status changes.

Every status change leaves a ``TeamStatusChange`` row (who, when, from,
to, for which incident) besides the operation-log entry, so the board can
show a team's day without reading the log.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from console.domain import resources_status as status_machine
from console.domain.resources_records import TeamRecord, columns
from console.ops.core import Operations, OpTransaction
from console.ops.resources_common import live
from console.store.resource_models import (
    MemberQualification,
    RescueTeam,
    TeamDispatch,
    TeamMember,
    TeamStatusChange,
)


def new_team(
    tx: OpTransaction, record: TeamRecord, team_id: str | None = None
) -> RescueTeam:
    """Insert a team on standby inside a running operation."""
    team = RescueTeam(
        **columns(record),
        status=status_machine.STANDBY,
        status_changed_at=tx.now,
        status_changed_by=tx.actor,
    )
    if team_id is not None:
        team.id = team_id
    tx.insert(team)
    tx.insert(
        TeamStatusChange(
            team_id=team.id,
            status=team.status,
            previous=None,
            changed_by=tx.actor,
            changed_at=tx.now,
            incident_id=None,
            note="登记",
        )
    )
    return team


def record_status(
    tx: OpTransaction,
    team: RescueTeam,
    status: str,
    *,
    changed_by: str,
    incident_id: str | None = None,
    note: str = "",
) -> TeamStatusChange:
    """Set the team's status and keep the change (no machine check here)."""
    change = TeamStatusChange(
        team_id=team.id,
        status=status,
        previous=team.status,
        changed_by=changed_by,
        changed_at=tx.now,
        incident_id=incident_id,
        note=note,
    )
    tx.insert(change)
    tx.update(
        team, status=status, status_changed_at=tx.now, status_changed_by=changed_by
    )
    return change


def release_open_dispatches(tx: OpTransaction, team: RescueTeam) -> list[str]:
    """Close the team's open assignments; returns their incident ids."""
    open_rows = tx.session.scalars(
        select(TeamDispatch).where(
            TeamDispatch.team_id == team.id,
            TeamDispatch.released_at.is_(None),
            TeamDispatch.deleted_at.is_(None),
        )
    )
    released = []
    for row in open_rows:
        tx.update(row, released_at=tx.now)
        released.append(row.incident_id)
    return released


def create_team(operations: Operations, record: TeamRecord) -> RescueTeam:
    """Register a team; it starts on standby (待命)."""

    def work(tx: OpTransaction) -> RescueTeam:
        team = new_team(tx, record)
        tx.log(f"{team.name} ({team.kind}, {team.headcount}人)", target=team)
        return team

    return operations.run("team.create", work)


def set_team_status(
    operations: Operations,
    team_id: str,
    status: str,
    *,
    changed_by: str | None = None,
    incident_id: str | None = None,
    note: str = "",
) -> RescueTeam:
    """Move a team along its status machine, recording who and when.

    Going to 休整 (resting) or 待命 (standby) ends the team's open
    assignments: it has left every scene.

    Raises:
        TeamStatusError: the machine does not allow the change.
    """

    def work(tx: OpTransaction) -> RescueTeam:
        team = live(tx.session, RescueTeam, team_id)
        status_machine.check_change(team.status, status)
        previous = team.status
        who = (changed_by or tx.actor).strip() or tx.actor
        record_status(
            tx, team, status, changed_by=who, incident_id=incident_id, note=note
        )
        if status in (status_machine.RESTING, status_machine.STANDBY):
            release_open_dispatches(tx, team)
        tx.log(
            f"{team.name}: {previous} → {status} ({who})",
            target=team,
            incident_id=incident_id,
        )
        return team

    return operations.run("team.status", work)


def add_member(
    operations: Operations,
    team_id: str,
    name: str,
    *,
    role: str = "",
    phone: str = "",
    qualifications: dict[str, date | None] | None = None,
    synthetic: bool = False,
) -> TeamMember:
    """Add a named member with their certificates and expiry dates."""
    if not name.strip():
        raise ValueError("a member needs a name")

    def work(tx: OpTransaction) -> TeamMember:
        team = live(tx.session, RescueTeam, team_id)
        member = TeamMember(
            team_id=team.id,
            name=name.strip(),
            role=role,
            phone=phone,
            synthetic=synthetic,
        )
        tx.insert(member)
        for title, expires in (qualifications or {}).items():
            tx.insert(
                MemberQualification(
                    member_id=member.id, team_id=team.id, name=title, expires_on=expires
                )
            )
        tx.log(f"{team.name}: {member.name}", target=member)
        return member

    return operations.run("team.add_member", work)


def remove_team(operations: Operations, team_id: str, reason: str) -> None:
    """Remove a team entered in error or disbanded (a tombstone)."""
    if not reason.strip():
        raise ValueError("removing a team needs a reason")

    def work(tx: OpTransaction) -> None:
        team = live(tx.session, RescueTeam, team_id)
        tx.tombstone(team)
        tx.log(f"{team.name}: {reason.strip()}", target=team)

    operations.run("team.remove", work)
