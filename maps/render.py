"""Waiting for a fully drawn map, for snapshots and tests.

``loadFinished`` and even ``consoleMap.ready`` come before Chromium has put
pixels on screen: a grab taken then can be a single flat colour. Painting is
therefore judged from the grab itself.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtGui import QImage

from maps.script import run_script

if TYPE_CHECKING:
    from maps.view import MapView

log = logging.getLogger("eoc.map")

PAINT_PROBE = (
    "!!(window.consoleMap && window.consoleMap.ready === true"
    " && window.consoleMap.outlineLoaded())"
)
MIN_COLOURS = 20
POLL_INTERVAL_MS = 100


def distinct_colours(image: QImage) -> int:
    """Count the distinct RGB colours of an image (alpha ignored)."""
    if image.isNull():
        return 0
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    width, height = rgb.width(), rgb.height()
    words_per_line = rgb.bytesPerLine() // 4
    pixels = np.frombuffer(
        rgb.constBits(), dtype=np.uint32, count=height * words_per_line
    )
    pixels = pixels.reshape(height, words_per_line)[:, :width] & 0x00FFFFFF
    return int(np.unique(pixels).size)


def wait_until_painted(
    view: MapView, timeout_ms: int = 15_000, *, min_colours: int = MIN_COLOURS
) -> QImage:
    """Block until the map is ready, the outline is on it and it is drawn.

    Runs a local event loop, so call it from scripts, commands and tests,
    never from inside an asyncio task. The view must be shown (offscreen is
    fine) and have a size.

    Args:
        view: A view on which :meth:`MapView.load_page` was called.
        timeout_ms: Give up after this long.
        min_colours: A grab with more distinct colours counts as painted; a
            blank or half-drawn view has a handful.

    Returns:
        The grab that passed the check.

    Raises:
        TimeoutError: The map was not drawn in time.
        RuntimeError: The view reported a failure while waiting.
    """
    state: dict[str, Any] = {"js": False, "image": None, "failure": None}
    loop = QEventLoop()

    def on_failed(message: str) -> None:
        state["failure"] = message
        loop.quit()

    def on_probe(result: Any) -> None:
        state["js"] = result is True

    def tick() -> None:
        # Until the view is ready its calls (layers, labels, markers) wait in
        # its queue; the page can report itself ready before they run. Once
        # the view is ready they were sent, and the page runs scripts in the
        # order sent, so the probe's answer comes after them. The grab waits
        # for the next tick, so the page has drawn what they added.
        if not view.is_ready:
            return
        if not state["js"]:
            run_script(view.page(), PAINT_PROBE, on_probe)
            return
        image = view.grab().toImage()
        if distinct_colours(image) > min_colours:
            state["image"] = image
            loop.quit()

    timer = QTimer()
    timer.setInterval(POLL_INTERVAL_MS)
    timer.timeout.connect(tick)
    clock = QElapsedTimer()
    clock.start()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    view.failed.connect(on_failed)
    deadline.start(timeout_ms)
    timer.start()
    tick()
    try:
        if state["image"] is None:
            loop.exec()
    finally:
        timer.stop()
        deadline.stop()
        view.failed.disconnect(on_failed)

    if state["failure"] is not None:
        raise RuntimeError(f"Map view failed while painting: {state['failure']}")
    if state["image"] is None:
        stage = "drawn" if state["js"] else "ready with its outline"
        raise TimeoutError(f"Map was not {stage} within {timeout_ms} ms")
    log.debug("Map painted after %d ms", clock.elapsed())
    return state["image"]
