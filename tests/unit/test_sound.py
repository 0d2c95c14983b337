"""Alarm sound degrades to "unavailable" instead of failing."""

from __future__ import annotations

import types

import numpy as np
import pytest

from console import sound


class PortAudioError(Exception):
    """Stands in for sounddevice.PortAudioError, which is not an OSError."""


def _fake_sounddevice(*, query_fails: bool, play_fails: bool = False):
    played: list[int] = []

    def query_devices(kind: str) -> dict[str, str]:
        if query_fails:
            raise PortAudioError("Error querying device -1")
        return {"name": "default"}

    def play(samples: np.ndarray, rate: int) -> None:
        if play_fails:
            raise PortAudioError("Device unavailable")
        played.append(len(samples))

    module = types.SimpleNamespace(query_devices=query_devices, play=play)
    return module, played


def test_missing_portaudio_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def missing() -> None:
        raise OSError("PortAudio library not found")

    monkeypatch.setattr(sound, "_import_sounddevice", missing)

    player = sound.AlarmPlayer()

    assert not player.status.available
    assert "PortAudio library not found" in player.status.reason
    assert player.play(sound.tone((880.0,))) is False


def test_no_output_device_is_reported_not_raised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module, _ = _fake_sounddevice(query_fails=True)
    monkeypatch.setattr(sound, "_import_sounddevice", lambda: module)

    player = sound.AlarmPlayer()

    assert not player.status.available
    assert "device -1" in player.status.reason


def test_a_device_failing_at_play_time_returns_false(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    module, _ = _fake_sounddevice(query_fails=False, play_fails=True)
    monkeypatch.setattr(sound, "_import_sounddevice", lambda: module)

    assert sound.AlarmPlayer().play(sound.tone((880.0,))) is False


def test_a_working_device_plays_the_samples(monkeypatch: pytest.MonkeyPatch) -> None:
    module, played = _fake_sounddevice(query_fails=False)
    monkeypatch.setattr(sound, "_import_sounddevice", lambda: module)
    samples = sound.tone((660.0, 880.0))

    assert sound.AlarmPlayer().play(samples) is True
    assert played == [len(samples)]


def test_tones_differ_by_their_frequencies() -> None:
    soon = sound.tone((660.0,))
    overdue = sound.tone((990.0, 990.0))

    assert soon.dtype == np.float32
    assert len(overdue) > len(soon)
    assert float(np.max(np.abs(soon))) <= 0.31
