"""What the resource operations share: warnings that need confirmation,
open incidents, and loading live rows by id with a clear error.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain import lifecycle
from console.store.models import Incident, Replicated

R = TypeVar("R", bound=Replicated)


@dataclass(frozen=True)
class DispatchWarning:
    """Something the officer must see before committing a team or stock.

    Attributes:
        code: a stable tag for tests and views (``team_committed``...).
        message: the sentence shown to the officer.
    """

    code: str
    message: str


class ConfirmationRequiredError(RuntimeError):
    """An operation had warnings and was not confirmed; nothing was written."""

    def __init__(self, warnings: Sequence[DispatchWarning]) -> None:
        super().__init__("; ".join(w.message for w in warnings))
        self.warnings = tuple(warnings)


class ResourceNotFoundError(LookupError):
    """A resource id that does not exist or was removed."""


def require_confirmation(warnings: Sequence[DispatchWarning], confirm: bool) -> None:
    """Refuse to go on when there is something to confirm and nobody did."""
    if warnings and not confirm:
        raise ConfirmationRequiredError(warnings)


def live(session: Session, model: type[R], row_id: str) -> R:
    """The row with ``row_id``, unless missing or tombstoned."""
    row = session.get(model, row_id)
    if row is None or row.deleted_at is not None:
        name = getattr(model, "__tablename__", model.__name__)
        raise ResourceNotFoundError(f"{name} {row_id} not found")
    return row


def open_incident(session: Session, incident_id: str) -> Incident:
    """The incident, which must exist and not be closed."""
    incident = live(session, Incident, incident_id)
    if incident.status == lifecycle.CLOSED:
        raise ValueError(f"incident {incident.title!r} is closed")
    return incident


def open_incident_titles(session: Session) -> dict[str, str]:
    """Ids and titles of incidents that are neither closed nor removed."""
    rows = session.execute(
        select(Incident.id, Incident.title).where(
            Incident.deleted_at.is_(None), Incident.status != lifecycle.CLOSED
        )
    )
    return {row.id: row.title for row in rows}
