"""Hybrid logical clock rules."""

from __future__ import annotations

from console.clock import HybridClock, pack, unpack


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_tick_follows_the_wall_clock_when_it_moves_forward() -> None:
    wall = FakeWall(1_000)
    clock = HybridClock(wall)

    assert unpack(clock.tick(0)) == (1_000, 0)


def test_tick_keeps_increasing_when_the_wall_clock_goes_back() -> None:
    wall = FakeWall(5_000)
    clock = HybridClock(wall)
    first = clock.tick(0)
    wall.ms = 4_000

    second = clock.tick(first)
    third = clock.tick(second)

    assert first < second < third
    assert unpack(third) == (5_000, 2)


def test_receive_moves_past_a_remote_clock_ahead_of_ours() -> None:
    clock = HybridClock(FakeWall(1_000))
    remote = pack(9_000, 7)

    after = clock.receive(pack(1_000, 3), remote)

    assert after > remote
    assert unpack(after) == (9_000, 8)


def test_receive_with_equal_walls_takes_the_larger_counter() -> None:
    clock = HybridClock(FakeWall(1_000))

    after = clock.receive(pack(2_000, 4), pack(2_000, 9))

    assert unpack(after) == (2_000, 10)


def test_skew_reports_how_far_ahead_a_remote_clock_is() -> None:
    clock = HybridClock(FakeWall(10_000))

    assert clock.skew_ms(pack(310_000, 0)) == 300_000
