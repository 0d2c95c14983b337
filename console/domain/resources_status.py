"""The status machine of a rescue team.

待命 (standby) → 出动 (dispatched) → 在途 (en route) → 到场 (on scene) →
撤离 (withdrawing) → 休整 (resting) → 待命. A team may also be stood down
before it arrives (出动 or 在途 → 撤离), and a resting team may be called out
again only through an assignment the officer confirms (see
``console.ops.resources_dispatch``), never by a plain status change: the
rest exists so that tired people are not sent out by a slip of the mouse.
"""

from __future__ import annotations

STANDBY = "待命"
DISPATCHED = "出动"
EN_ROUTE = "在途"
ON_SCENE = "到场"
WITHDRAWING = "撤离"
RESTING = "休整"

STATUSES = (STANDBY, DISPATCHED, EN_ROUTE, ON_SCENE, WITHDRAWING, RESTING)

# Statuses in which a team is out on a job.
DEPLOYED = frozenset({DISPATCHED, EN_ROUTE, ON_SCENE, WITHDRAWING})

_NEXT: dict[str, frozenset[str]] = {
    STANDBY: frozenset({DISPATCHED}),
    DISPATCHED: frozenset({EN_ROUTE, ON_SCENE, WITHDRAWING}),
    EN_ROUTE: frozenset({ON_SCENE, WITHDRAWING}),
    ON_SCENE: frozenset({WITHDRAWING}),
    WITHDRAWING: frozenset({RESTING, STANDBY}),
    RESTING: frozenset({STANDBY}),
}


class TeamStatusError(ValueError):
    """A status change the machine does not allow."""

    def __init__(self, current: str, wanted: str) -> None:
        allowed = "、".join(sorted(_NEXT.get(current, ()), key=STATUSES.index))
        super().__init__(
            f"team status cannot go from {current} to {wanted}"
            + (f" (allowed: {allowed})" if allowed else "")
        )
        self.current = current
        self.wanted = wanted


def allowed_next(current: str) -> tuple[str, ...]:
    """The statuses a team in ``current`` may move to, in machine order."""
    return tuple(sorted(_NEXT.get(current, ()), key=STATUSES.index))


def can_change(current: str, wanted: str) -> bool:
    return wanted in _NEXT.get(current, frozenset())


def check_change(current: str, wanted: str) -> None:
    """Raise ``TeamStatusError`` unless ``current`` → ``wanted`` is allowed."""
    if wanted not in STATUSES or not can_change(current, wanted):
        raise TeamStatusError(current, wanted)


def is_available(status: str) -> bool:
    """A team that can be sent at once, without calling anyone back."""
    return status == STANDBY
