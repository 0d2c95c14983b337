"""Sending teams and supplies to incidents, with double-commitment warnings.

``check_*`` functions say what the officer should know before committing
(a team already working another open incident, stock already earmarked for
one); the matching operation re-checks inside its transaction and refuses
with ``ConfirmationRequiredError`` unless called with ``confirm=True``.
Hard limits (a balance going below zero, a closed incident) are refused
whatever the confirmation.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain import resources_status as status_machine
from console.ops.core import Operations, OpTransaction
from console.ops.resources_common import (
    DispatchWarning,
    live,
    open_incident,
    open_incident_titles,
    require_confirmation,
)
from console.ops.resources_teams import record_status
from console.store.engine import Database
from console.store.resource_models import MemberQualification, RescueTeam, TeamDispatch

LOCAL_ZONE = ZoneInfo("Asia/Shanghai")


def local_date(moment: datetime) -> date:
    """The calendar day in Ningbo: certificates expire by local dates."""
    return moment.astimezone(LOCAL_ZONE).date()


def open_assignments(session: Session, team_id: str) -> list[TeamDispatch]:
    """The team's unreleased assignments to incidents that are still open."""
    open_ids = open_incident_titles(session)
    rows = session.scalars(
        select(TeamDispatch).where(
            TeamDispatch.team_id == team_id,
            TeamDispatch.released_at.is_(None),
            TeamDispatch.deleted_at.is_(None),
        )
    )
    return [row for row in rows if row.incident_id in open_ids]


def expired_qualifications(session: Session, team_id: str, today: date) -> list[str]:
    """Names of the team's certificates that ran out before ``today``."""
    return list(
        session.scalars(
            select(MemberQualification.name)
            .where(
                MemberQualification.team_id == team_id,
                MemberQualification.deleted_at.is_(None),
                MemberQualification.expires_on < today,
            )
            .order_by(MemberQualification.expires_on)
        )
    )


def team_warnings(
    session: Session, team_id: str, incident_id: str, today: date
) -> list[DispatchWarning]:
    """Warnings about sending ``team_id`` to ``incident_id``.

    Raises:
        ValueError: the incident is closed, or the team already assigned to it.
    """
    team = live(session, RescueTeam, team_id)
    open_incident(session, incident_id)
    titles = open_incident_titles(session)
    warnings = []
    for row in open_assignments(session, team_id):
        if row.incident_id == incident_id:
            raise ValueError(f"{team.name} is already assigned to this incident")
        warnings.append(
            DispatchWarning(
                "team_committed",
                f"{team.name}已调派至在办事件「{titles[row.incident_id]}」",
            )
        )
    if not status_machine.is_available(team.status):
        warnings.append(
            DispatchWarning(
                "team_not_standby", f"{team.name}当前为{team.status}，非待命"
            )
        )
    expired = expired_qualifications(session, team_id, today)
    if expired:
        warnings.append(
            DispatchWarning(
                "qualification_expired",
                f"{team.name}有 {len(expired)} 项证书过期：" + "、".join(expired),
            )
        )
    return warnings


def check_team_assignment(
    database: Database, team_id: str, incident_id: str, *, today: date | None = None
) -> list[DispatchWarning]:
    """What to confirm before ``assign_team`` (empty: nothing to confirm)."""
    with database.read() as session:
        return team_warnings(
            session, team_id, incident_id, today or local_date(datetime.now(LOCAL_ZONE))
        )


def assign_team(
    operations: Operations,
    team_id: str,
    incident_id: str,
    *,
    confirm: bool = False,
    note: str = "",
) -> TeamDispatch:
    """Assign a team to an incident: a dispatch row and status 出动.

    A team on standby goes 待命 → 出动 by the machine. A team that is busy
    or resting can only be sent with ``confirm=True``; its change to 出动 is
    then recorded as a confirmed re-dispatch.

    Raises:
        ConfirmationRequiredError: there were warnings and no confirmation.
    """

    def work(tx: OpTransaction) -> TeamDispatch:
        warnings = team_warnings(tx.session, team_id, incident_id, local_date(tx.now))
        require_confirmation(warnings, confirm)
        team = live(tx.session, RescueTeam, team_id)
        incident = open_incident(tx.session, incident_id)
        dispatch = TeamDispatch(
            team_id=team.id,
            incident_id=incident.id,
            dispatched_by=tx.actor,
            dispatched_at=tx.now,
            released_at=None,
            note=note,
        )
        tx.insert(dispatch)
        confirmed = "；".join(w.message for w in warnings)
        record_status(
            tx,
            team,
            status_machine.DISPATCHED,
            changed_by=tx.actor,
            incident_id=incident.id,
            note=f"经确认调派：{confirmed}" if confirmed else note,
        )
        text = f"{team.name} → {incident.title}"
        tx.log(
            text + (f"|已确认：{confirmed}" if confirmed else ""),
            target=dispatch,
            incident_id=incident.id,
        )
        return dispatch

    return operations.run("team.assign", work)


def release_team(
    operations: Operations, team_id: str, incident_id: str
) -> TeamDispatch:
    """End a team's assignment to an incident (its status is set apart)."""

    def work(tx: OpTransaction) -> TeamDispatch:
        team = live(tx.session, RescueTeam, team_id)
        row = tx.session.scalar(
            select(TeamDispatch).where(
                TeamDispatch.team_id == team_id,
                TeamDispatch.incident_id == incident_id,
                TeamDispatch.released_at.is_(None),
                TeamDispatch.deleted_at.is_(None),
            )
        )
        if row is None:
            raise ValueError(f"{team.name} has no open assignment to that incident")
        tx.update(row, released_at=tx.now)
        tx.log(team.name, target=row, incident_id=incident_id)
        return row

    return operations.run("team.release", work)
