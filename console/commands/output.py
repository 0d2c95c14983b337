"""Printing results for scripts: JSON on stdout, messages on stderr."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from typing import Any

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def print_json(value: Any) -> None:
    """Write ``value`` as UTF-8 JSON (Chinese kept readable) to stdout."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2, default=_default))
    sys.stdout.write("\n")


def fail(message: str, code: int = EXIT_FAILED) -> int:
    """Write ``eoc-console: message`` to stderr and return ``code``."""
    sys.stderr.write(f"eoc-console: {message}\n")
    return code
