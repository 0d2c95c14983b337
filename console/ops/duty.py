"""Who is on duty."""

from __future__ import annotations

from sqlalchemy import select

from console.ops.core import Operations, OpTransaction
from console.seed import seed_id
from console.store.models import Officer


class OfficerNameError(ValueError):
    """An officer's name was empty or too long."""


def take_duty(operations: Operations, name: str) -> Officer:
    """Make ``name`` the officer on duty; later entries carry that name.

    A new name is added to the list of officers, so it is offered next time.
    """
    name = " ".join(name.split())
    if not name or len(name) > 64:
        raise OfficerNameError(name)

    operations.officer = name

    def work(tx: OpTransaction) -> Officer:
        officer = tx.session.scalar(select(Officer).where(Officer.name == name))
        if officer is None:
            # One id per name on every workstation, so two consoles adding the
            # same officer merge instead of clashing on the unique name.
            officer = Officer(id=seed_id("officer", name), name=name)
            tx.insert(officer)
        tx.log(name, kind="system", target=officer)
        return officer

    return operations.run("duty.take", work)


def end_duty(operations: Operations) -> None:
    """Record that the officer on duty left the console (closing it)."""
    name = operations.officer

    def work(tx: OpTransaction) -> None:
        officer = tx.session.scalar(select(Officer).where(Officer.name == name))
        tx.log(name, kind="system", target=officer)

    operations.run("duty.end", work)
