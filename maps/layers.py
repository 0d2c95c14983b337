"""What the map's resource layers are sent: trimmed items, in chunks.

The page keeps only the fields it draws or shows in a tooltip, and items
travel packed by column (``{"id": [...], "lat": [...], ...}``), which is
half the JSON of a list of objects and parses faster. A full layer is sent
as several calls of at most ``CHUNK`` items: one giant ``runJavaScript``
would hold up the page (and every call queued behind it) for its whole
parse.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

TEAMS = "teams"
DEPOTS = "depots"
SHELTERS = "shelters"
BUSINESSES = "businesses"
LAYER_NAMES = (TEAMS, DEPOTS, SHELTERS, BUSINESSES)

CHUNK = 2_500

# Fields a point may carry into the page; anything else stays in Python.
_FIELDS = ("name", "kind", "status", "detail")


def layer_item(item: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a layer dict the page uses.

    ``id``, ``lat`` and ``lon`` are required; ``synthetic`` is sent only
    when true, and text fields only when present.
    """
    point: dict[str, Any] = {
        "id": str(item["id"]),
        "lat": float(item["lat"]),
        "lon": float(item["lon"]),
    }
    for name in _FIELDS:
        value = item.get(name)
        if value is not None and value != "":
            point[name] = str(value)
    if item.get("synthetic"):
        point["synthetic"] = True
    return point


def pack(items: Sequence[Mapping[str, Any]]) -> dict[str, list[Any]]:
    """``items`` by column, as ``upsertLayerItems`` in the page takes them.

    ``id``, ``lat`` and ``lon`` are always there; a text column only when
    some item has a value (others get ""), ``synthetic`` (0/1) only when
    some item is synthetic.
    """
    columns: dict[str, list[Any]] = {
        "id": [str(item["id"]) for item in items],
        "lat": [float(item["lat"]) for item in items],
        "lon": [float(item["lon"]) for item in items],
    }
    for name in _FIELDS:
        values = [item.get(name) for item in items]
        if any(value is not None and value != "" for value in values):
            columns[name] = ["" if value is None else str(value) for value in values]
    flags = [1 if item.get("synthetic") else 0 for item in items]
    if any(flags):
        columns["synthetic"] = flags
    return columns


def chunked(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """``items`` in slices of at most ``size``; nothing for an empty list."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def check_layer(name: str) -> str:
    if name not in LAYER_NAMES:
        raise ValueError(f"unknown map layer {name!r}; use one of {LAYER_NAMES}")
    return name


def layer_filter(
    kinds: Iterable[str] | None = None, statuses: Iterable[str] | None = None
) -> dict[str, list[str]]:
    """A filter for ``set_layer_filter``; None or empty means "any"."""
    result: dict[str, list[str]] = {}
    if kinds:
        result["kind"] = [str(k) for k in kinds]
    if statuses:
        result["status"] = [str(s) for s in statuses]
    return result
