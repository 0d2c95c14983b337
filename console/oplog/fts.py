"""Turning what an officer types into a safe FTS5 trigram search.

The trigram tokenizer (SQLite 3.34+) finds any run of three or more
characters, which suits Chinese without a word segmenter. Shorter terms
(台, 台风) produce no trigram: alone they match nothing, and next to a
longer term FTS5 silently drops them and returns rows that lack them. So
terms are routed by length: three or more characters go to MATCH, each
quoted as an FTS5 string with ``"`` doubled so input such as ``-``, ``*``,
``:`` or ``AND`` is only text; one or two characters go to LIKE on the
content table (LIKE on the FTS table itself finds nothing), with ``%``,
``_`` and the escape character escaped. All terms must match.

System entries keep terse data in their text and are read as sentences
that start with their action's name (启动预案, 登记事件); a term that is part
of such a name also finds the entries of those actions.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from console.oplog import actions

MIN_SQLITE = (3, 34, 0)
SEARCH_INDEX = "oplog_fts"
TRIGRAM = 3
LIKE_ESCAPE = "\\"


class SearchUnavailableError(RuntimeError):
    """This SQLite cannot run the log's full-text search."""


def require_fts5(fts5_compiled: bool, version: tuple[int, ...] | None = None) -> None:
    """Raise a clear error when SQLite is too old or lacks FTS5.

    Args:
        fts5_compiled: ``sqlite_compileoption_used('ENABLE_FTS5')`` of the
            connection.
        version: The SQLite version; defaults to the one Python links.
    """
    found = version or sqlite3.sqlite_version_info
    if tuple(found) < MIN_SQLITE:
        shown = ".".join(str(part) for part in found)
        raise SearchUnavailableError(
            f"SQLite {shown} is too old for the log search (trigram tokenizer "
            "needs 3.34 or newer); use a Python built with a newer SQLite"
        )
    if not fts5_compiled:
        raise SearchUnavailableError(
            "this SQLite was built without FTS5, which the log search needs"
        )


def split_terms(query: str) -> list[str]:
    """The words of ``query``, split on any whitespace (full-width too)."""
    return query.split()


@dataclass(frozen=True)
class SearchTerms:
    """A query routed by term length.

    Attributes:
        match: The FTS5 MATCH expression for terms of three or more
            characters (phrases ANDed), or None when there are none.
        like: LIKE patterns, escaped, for one- and two-character terms.
        named: Terms that are part of an action's name, each as (MATCH
            phrase or None, LIKE pattern or None, the actions so named);
            the entry must hold the term or be one of those actions.
    """

    match: str | None
    like: tuple[str, ...]
    named: tuple[tuple[str | None, str | None, tuple[str, ...]], ...] = ()

    @property
    def empty(self) -> bool:
        return self.match is None and not self.like and not self.named


def quote_phrase(term: str) -> str:
    """``term`` as an FTS5 string: in double quotes, inner quotes doubled."""
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    """``%term%`` with LIKE's wildcards and the escape character escaped."""
    escaped = (
        term.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2)
        .replace("%", LIKE_ESCAPE + "%")
        .replace("_", LIKE_ESCAPE + "_")
    )
    return f"%{escaped}%"


def route(query: str) -> SearchTerms:
    """Split ``query`` into a MATCH expression and LIKE patterns."""
    long_terms: list[str] = []
    short_terms: list[str] = []
    named = []
    for term in dict.fromkeys(split_terms(query)):
        long = len(term) >= TRIGRAM
        codes = actions.named(term)
        if codes:
            phrase = quote_phrase(term) if long else None
            named.append((phrase, None if long else like_pattern(term), codes))
            continue
        (long_terms if long else short_terms).append(term)
    match = " ".join(quote_phrase(t) for t in long_terms) or None
    return SearchTerms(match, tuple(like_pattern(t) for t in short_terms), tuple(named))
