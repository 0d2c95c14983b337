"""Named diagnostic loggers, one per area of the console.

These are for developers and support staff. The operation log that duty
officers read is domain data in the database (see ``console.ops``), never a
logger.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

init = logging.getLogger("eoc.init")
store = logging.getLogger("eoc.store")
ops = logging.getLogger("eoc.ops")
seed = logging.getLogger("eoc.seed")
ui = logging.getLogger("eoc.ui")
sound = logging.getLogger("eoc.sound")

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def configure(log_dir: Path | None, *, verbose: bool = False) -> None:
    """Send diagnostics to stderr and, when a folder is given, a rotating file."""
    root = logging.getLogger("eoc")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if root.handlers:
        return

    console_handler = logging.StreamHandler()
    console_handler.setFormatter(logging.Formatter(_FORMAT))
    console_handler.setLevel(logging.DEBUG if verbose else logging.WARNING)
    root.addHandler(console_handler)

    if log_dir is not None:
        try:
            log_dir.mkdir(parents=True, exist_ok=True)
            file_handler = logging.handlers.RotatingFileHandler(
                log_dir / "console.log",
                maxBytes=2_000_000,
                backupCount=5,
                encoding="utf-8",
            )
        except OSError as exc:
            # A read-only or full data folder must not stop the console from
            # saying what is wrong with it; diagnostics then go to stderr only.
            init.warning("diagnostics not written to %s: %s", log_dir, exc)
            return
        file_handler.setFormatter(logging.Formatter(_FORMAT))
        root.addHandler(file_handler)
