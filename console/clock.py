"""Hybrid logical clock (HLC) for ordering changes across workstations.

A timestamp packs wall-clock milliseconds in the high 48 bits and a counter in
the low 16, so it sorts as a plain integer, stays close to real time (readable
in the log) and still respects causality when a wall clock goes backwards.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

COUNTER_BITS = 16
COUNTER_MASK = (1 << COUNTER_BITS) - 1


def pack(wall_ms: int, counter: int) -> int:
    """Pack wall time and counter into one sortable integer."""
    if counter > COUNTER_MASK:
        raise OverflowError("HLC counter overflow")
    return (wall_ms << COUNTER_BITS) | counter


def unpack(value: int) -> tuple[int, int]:
    """Split a packed HLC into (wall_ms, counter)."""
    return value >> COUNTER_BITS, value & COUNTER_MASK


def to_datetime(value: int) -> datetime:
    """The wall-clock part of an HLC as an aware UTC datetime."""
    wall_ms, _ = unpack(value)
    return datetime.fromtimestamp(wall_ms / 1000, tz=UTC)


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    """Issues strictly increasing HLC values.

    The last value is passed in on every call rather than kept here, because
    the authoritative last value is the one stored in the database: two
    processes writing to one database must not issue the same value.
    """

    def __init__(self, wall_ms: Callable[[], int] = _wall_ms) -> None:
        self._wall_ms = wall_ms

    def tick(self, last: int) -> int:
        """Next value for a local event after ``last``."""
        last_wall, last_counter = unpack(last)
        now = self._wall_ms()
        if now > last_wall:
            return pack(now, 0)
        return pack(last_wall, last_counter + 1)

    def receive(self, last: int, remote: int) -> int:
        """Next value after seeing ``remote`` from another workstation."""
        last_wall, last_counter = unpack(last)
        remote_wall, remote_counter = unpack(remote)
        now = self._wall_ms()
        wall = max(last_wall, remote_wall, now)
        if wall == last_wall == remote_wall:
            counter = max(last_counter, remote_counter) + 1
        elif wall == last_wall:
            counter = last_counter + 1
        elif wall == remote_wall:
            counter = remote_counter + 1
        else:
            counter = 0
        return pack(wall, counter)

    def wall_ms(self) -> int:
        """This machine's wall clock, in milliseconds since the epoch."""
        return self._wall_ms()

    def skew_ms(self, remote: int) -> int:
        """How far ``remote`` is ahead of this machine's wall clock (ms)."""
        remote_wall, _ = unpack(remote)
        return remote_wall - self._wall_ms()
