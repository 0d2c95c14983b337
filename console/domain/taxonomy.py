"""The incident taxonomy: four national categories and their types.

It is data (``resources/rules/incident_types.json``), not code, so the
district can follow a new national plan without a new release.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class IncidentType:
    """A sub-type within a category."""

    code: str
    zh: str
    en: str


@dataclass(frozen=True)
class Category:
    """One of the four national incident categories."""

    code: str
    zh: str
    en: str
    types: tuple[IncidentType, ...]
    default_type: str

    def type(self, code: str) -> IncidentType | None:
        return next((t for t in self.types if t.code == code), None)


@dataclass(frozen=True)
class Taxonomy:
    """All categories, in the order the national plan lists them."""

    categories: tuple[Category, ...]
    source: str

    def category(self, code: str) -> Category | None:
        return next((c for c in self.categories if c.code == code), None)

    def find(self, name: str) -> Category | None:
        """The category named by its code, Chinese or English name."""
        wanted = name.strip().casefold()
        return next(
            (
                c
                for c in self.categories
                if wanted in (c.code.casefold(), c.zh.casefold(), c.en.casefold())
            ),
            None,
        )


class TaxonomyError(ValueError):
    """The taxonomy file is malformed."""


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and check the taxonomy file."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        categories = tuple(
            Category(
                code=c["code"],
                zh=c["zh"],
                en=c["en"],
                types=tuple(
                    IncidentType(t["code"], t["zh"], t["en"]) for t in c["types"]
                ),
                default_type=c["default_type"],
            )
            for c in raw["categories"]
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TaxonomyError(f"{path}: {exc}") from exc
    if not categories:
        raise TaxonomyError(f"{path}: no categories")
    for category in categories:
        if category.type(category.default_type) is None:
            raise TaxonomyError(
                f"{path}: default_type {category.default_type!r} of "
                f"{category.code!r} is not one of its types"
            )
    return Taxonomy(categories=categories, source=str(raw.get("source", "")))
