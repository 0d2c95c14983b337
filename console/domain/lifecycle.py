"""The incident lifecycle: 接报 → 核实 → 处置中 → 已控制 → 结束, with reopen.

Steps only go forward, one or more at a time (an incident verified and
already under control on the first call skips a step); going back is only
possible from 结束, by an explicit reopen with a reason. This is also the
rule sync relies on: a closed incident never silently becomes open again.
"""

from __future__ import annotations

RECEIVED = "received"
VERIFIED = "verified"
HANDLING = "handling"
CONTROLLED = "controlled"
CLOSED = "closed"

STATUSES = (RECEIVED, VERIFIED, HANDLING, CONTROLLED, CLOSED)

# Where a reopened incident goes back to: it needs handling again.
REOPENED = HANDLING


class StatusChangeError(ValueError):
    """A status change the lifecycle does not allow."""

    def __init__(self, current: str, wanted: str) -> None:
        super().__init__(f"cannot go from {current!r} to {wanted!r}")
        self.current = current
        self.wanted = wanted


def can_advance(current: str, wanted: str) -> bool:
    """True when ``wanted`` lies ahead of ``current``."""
    if current not in STATUSES or wanted not in STATUSES:
        return False
    return STATUSES.index(wanted) > STATUSES.index(current)


def check_advance(current: str, wanted: str) -> None:
    """Raise ``StatusChangeError`` unless ``wanted`` lies ahead."""
    if not can_advance(current, wanted):
        raise StatusChangeError(current, wanted)


def check_reopen(current: str) -> None:
    """Raise ``StatusChangeError`` unless the incident is closed."""
    if current != CLOSED:
        raise StatusChangeError(current, REOPENED)


def next_statuses(current: str) -> tuple[str, ...]:
    """The statuses an officer may move to from ``current``."""
    if current == CLOSED:
        return ()
    return STATUSES[STATUSES.index(current) + 1 :]
