"""Qualification expiry: which certificates have run out or soon will.

A team member with an expired certificate (潜水证, 急救证...) may still be
sent, but the officer must see it before committing the team, so the rule
returns a flag, never a refusal.
"""

from __future__ import annotations

from datetime import date, timedelta

from console.domain.resources import DEFAULT_WARN_DAYS

VALID = "valid"
EXPIRING = "expiring"
EXPIRED = "expired"
NO_EXPIRY = "no_expiry"


def qualification_state(
    expires_on: date | None, today: date, warn_days: int = DEFAULT_WARN_DAYS
) -> str:
    """``expired`` (before today), ``expiring`` (within ``warn_days``), or ok.

    A certificate is valid through its expiry date, so one that expires today
    is expiring, not expired.
    """
    if warn_days < 0:
        raise ValueError(f"warn_days cannot be negative: {warn_days}")
    if expires_on is None:
        return NO_EXPIRY
    if expires_on < today:
        return EXPIRED
    if expires_on <= today + timedelta(days=warn_days):
        return EXPIRING
    return VALID


def is_flagged(state: str) -> bool:
    return state in (EXPIRED, EXPIRING)
