"""Running JavaScript in the map page and getting plain Python values back.

Results never cross from JavaScript to Python as JS values: the page turns
them into JSON text and Python parses it. PySide6 6.12 hands arrays, objects
and null to callbacks as ``""``, and its handling of JS booleans corrupts the
reference count of Python's ``True``, which aborts the interpreter at exit
("bool_dealloc: deallocating True or False"). A string is the one type that
crosses safely.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWebEngineCore import QWebEnginePage

log = logging.getLogger("eoc.map")

JsCallback = Callable[[Any], None]


def js_literal(value: Any) -> str:
    """Encode a Python value as a JavaScript expression.

    JSON is valid JavaScript, so quotes, backslashes, newlines and Chinese text
    need no hand escaping. ``</`` is escaped as well so the text can never
    close a ``<script>`` element if it ever ends up inside one.
    """
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def _as_json(script: str) -> str:
    # Indirect eval runs the script in the page's global scope, as
    # runJavaScript itself would; undefined becomes null.
    return (
        "(() => { const r = (0, eval)("
        + js_literal(script)
        + "); return JSON.stringify(r === undefined ? null : r); })()"
    )


def run_script(
    page: QWebEnginePage, script: str, callback: JsCallback | None = None
) -> None:
    """Run ``script``; give ``callback`` its value as a Python object.

    A script that throws gives ``None``.
    """
    if callback is None:
        page.runJavaScript(_as_json(script), 0)
        return

    def decode(result: Any) -> None:
        if not isinstance(result, str) or not result:
            callback(None)
            return
        try:
            value = json.loads(result)
        except ValueError:
            log.warning("Map script returned malformed JSON: %.80r", result)
            value = None
        callback(value)

    page.runJavaScript(_as_json(script), 0, decode)
