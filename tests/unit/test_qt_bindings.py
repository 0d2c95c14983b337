"""The Qt bindings in use keep Python's own objects intact.

PySide6 6.12.0 dropped a reference to ``True``/``False`` on every emission of
a signal with a bool argument. On Python 3.11, where the two are not
immortal, the console then aborted after a few hundred clicks. This guards
the version range in pyproject.toml against that coming back.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    toggled = Signal(bool)


def test_bool_signals_do_not_eat_references_to_true(qapp) -> None:
    emitter = _Emitter()
    received: list[bool] = []
    emitter.toggled.connect(received.append)
    emitter.toggled.connect(lambda: None)
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)

    for _ in range(200):
        emitter.toggled.emit(True)
        emitter.toggled.emit(False)
    received.clear()
    gc.collect()

    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after == before
