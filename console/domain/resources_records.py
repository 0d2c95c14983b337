"""Validated resource records: what imports, forms and the sample generator
hand to the operations layer.

A record holds checked, typed values with the division already resolved to
its id. ``columns`` turns one into the column values of its table, so there
is a single place where list fields become stored text.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from datetime import date
from typing import Any


def encode_list(values: tuple[str, ...]) -> str:
    """A list field as stored: a JSON array, Chinese kept readable."""
    return json.dumps(list(values), ensure_ascii=False)


def decode_list(text: str) -> tuple[str, ...]:
    """The stored JSON array back as a tuple; damaged text gives ()."""
    try:
        value = json.loads(text or "[]")
    except ValueError:
        return ()
    if not isinstance(value, list):
        return ()
    return tuple(str(v) for v in value)


@dataclass(frozen=True)
class TeamRecord:
    """A rescue team as entered (status is the operations layer's business)."""

    name: str
    kind: str
    division_id: str | None
    lat: float
    lon: float
    headcount: int
    leader: str = ""
    phone: str = ""
    capabilities: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    note: str = ""
    synthetic: bool = False

    def key(self) -> tuple[str, ...]:
        return (self.name, self.division_id or "")


@dataclass(frozen=True)
class DepotRecord:
    name: str
    kind: str
    division_id: str | None
    lat: float
    lon: float
    keeper: str = ""
    phone: str = ""
    note: str = ""
    synthetic: bool = False

    def key(self) -> tuple[str, ...]:
        return (self.name,)


@dataclass(frozen=True)
class ShelterRecord:
    name: str
    kind: str
    division_id: str | None
    lat: float
    lon: float
    capacity: int
    occupancy: int = 0
    address: str = ""
    facilities: tuple[str, ...] = ()
    is_open: bool = False
    contact: str = ""
    phone: str = ""
    note: str = ""
    synthetic: bool = False

    def key(self) -> tuple[str, ...]:
        return (self.name,)


@dataclass(frozen=True)
class ExpertRecord:
    name: str
    field: str
    organisation: str = ""
    title: str = ""
    phone: str = ""
    note: str = ""
    synthetic: bool = False

    def key(self) -> tuple[str, ...]:
        return (self.name, self.field)


@dataclass(frozen=True)
class BusinessRecord:
    name: str
    kind: str
    division_id: str | None
    lat: float
    lon: float
    synthetic: bool = False

    def key(self) -> tuple[str, ...]:
        return (self.name, self.division_id or "")


@dataclass(frozen=True)
class StockRecord:
    """One imported ledger line: a receipt or a stocktake count.

    ``reference`` makes the import idempotent: a reference already in the
    ledger is not recorded again.
    """

    reference: str
    depot: str
    item: str
    kind: str
    quantity: int
    batch: str = ""
    expires_on: date | None = None
    category: str = ""
    unit: str = ""
    note: str = ""

    def key(self) -> tuple[str, ...]:
        return (self.reference, self.depot, self.kind)


Record = TeamRecord | DepotRecord | ShelterRecord | ExpertRecord | BusinessRecord


def columns(record: Record) -> dict[str, Any]:
    """Column values of ``record``'s table, list fields encoded."""
    values: dict[str, Any] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        values[f.name] = encode_list(value) if isinstance(value, tuple) else value
    return values
