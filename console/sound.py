"""Alarm sounds, synthesised and played with sounddevice when it can.

Sound is a help, never a condition: PortAudio may be missing (Linux without
libportaudio2), there may be no output device (a muted workstation, CI), or
the device may be busy. Each of these is reported once and the caller falls
back to a visual alarm; none of them may stop the console.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import numpy as np

_log = logging.getLogger("eoc.sound")

SAMPLE_RATE = 44_100


@dataclass(frozen=True)
class SoundStatus:
    """Whether alarm sounds can be played, and if not, why.

    Attributes:
        available: sound can be played.
        problem: ``NO_LIBRARY`` or ``NO_DEVICE`` when not, for the view to
            put in words; ``reason`` is the technical detail, for the log.
    """

    available: bool
    reason: str = ""
    problem: str = ""


NO_LIBRARY = "no_library"
NO_DEVICE = "no_device"


def _import_sounddevice() -> ModuleType:
    import sounddevice

    module: ModuleType = sounddevice
    return module


def tone(
    frequencies: tuple[float, ...], *, beep_s: float = 0.18, gap_s: float = 0.07
) -> np.ndarray[Any, np.dtype[np.float32]]:
    """A sequence of short beeps, one per frequency, with soft edges.

    Distinct sequences let an officer tell "due soon" from "overdue" without
    looking at the screen.
    """
    beep_n = int(SAMPLE_RATE * beep_s)
    gap = np.zeros(int(SAMPLE_RATE * gap_s), dtype=np.float32)
    ramp = np.minimum(1.0, np.minimum(np.arange(beep_n), np.arange(beep_n)[::-1]) / 400)
    parts = []
    for frequency in frequencies:
        t = np.arange(beep_n) / SAMPLE_RATE
        parts.append(
            (0.3 * np.sin(2 * np.pi * frequency * t) * ramp).astype(np.float32)
        )
        parts.append(gap)
    return np.concatenate(parts)


class AlarmPlayer:
    """Plays alarm sounds on the default output device, if there is one."""

    def __init__(self) -> None:
        self._sd: ModuleType | None = None
        self.status = self._probe()

    def _probe(self) -> SoundStatus:
        try:
            sd = _import_sounddevice()
        except (OSError, ImportError) as exc:
            _log.warning("alarm sound unavailable: %s", exc)
            return SoundStatus(False, f"PortAudio: {exc}", NO_LIBRARY)
        try:
            sd.query_devices(kind="output")
        except Exception as exc:  # PortAudioError is not an OSError
            _log.warning("alarm sound unavailable: no output device (%s)", exc)
            return SoundStatus(False, f"no output device: {exc}", NO_DEVICE)
        self._sd = sd
        return SoundStatus(True)

    def play(self, samples: np.ndarray[Any, np.dtype[np.float32]]) -> bool:
        """Start playing without blocking; False when no sound was made."""
        if self._sd is None:
            return False
        try:
            self._sd.play(samples, SAMPLE_RATE)
        except Exception as exc:
            _log.warning("alarm sound failed: %s", exc)
            return False
        return True
