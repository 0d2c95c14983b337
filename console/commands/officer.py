"""Who a command acts as: the officer named, or the one on duty.

The operation log records who did each thing; a command run by a person
should say so rather than be signed by the console itself.
"""

from __future__ import annotations

import argparse

from console.commands.output import fail
from console.context import ConsoleContext
from console.oplog import kinds
from console.ops.roster import on_duty_now
from console.store.types import utcnow

OFFICER_HELP = "who does this (default: the officer on duty, when there is one)"


def add_officer_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--officer", help=OFFICER_HELP)


def act_as_officer(
    args: argparse.Namespace, context: ConsoleContext, *, required: bool
) -> bool:
    """Set the operations' officer from ``--officer`` or the roster.

    Without ``--officer`` the one officer on duty acts. When that is
    unclear, a ``required`` command refuses (False, after saying why) and
    any other stays signed by the console, as a script's action is.
    """
    if args.officer is not None:
        officer = " ".join(args.officer.split())
        if not officer or len(officer) > 64:
            fail("--officer must be 1 to 64 characters")
            return False
        if kinds.stored_officer(officer) == kinds.SYSTEM_ACTOR:
            fail(f"{officer!r} names the console itself; give a person's name")
            return False
        context.operations.officer = officer
        return True
    shift = on_duty_now(context.database, utcnow())
    if shift is not None and len(shift.officers) == 1:
        context.operations.officer = shift.officers[0]
        return True
    if not required:
        return True
    on_duty = "、".join(shift.officers) if shift else "no shift on the roster now"
    fail(f"say who writes the entry with --officer (on duty: {on_duty})")
    return False
