"""A log filter as SQL: full-text terms ANDed with the other conditions.

Terms are routed by ``console.oplog.fts``: three or more characters through
the trigram index, shorter ones through LIKE on the entries themselves.
The display order is (hlc, site_id, site_seq), so entries merged from other
workstations sort by when they happened, not by when they arrived.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    ColumnClause,
    ColumnElement,
    Integer,
    Select,
    TextualSelect,
    column,
    literal_column,
    or_,
    select,
    text,
)

from console.oplog.fts import LIKE_ESCAPE, SEARCH_INDEX, route
from console.store.models import OpLogEntry


def rowid() -> ColumnClause[int]:
    """The implicit rowid of ``oplog_entries``, which the FTS index keys on."""
    return literal_column("oplog_entries.rowid", Integer)


@dataclass(frozen=True)
class LogFilter:
    """What to look for; every part is optional and all parts must hold.

    Attributes:
        text: Words to find in the entry text or details, space-separated.
        incident_id: Only entries of this incident.
        officer: Only entries written by this officer (author).
        kind: Only entries of this kind (``console.oplog.kinds``).
        since: Only entries recorded at or after this time.
        until: Only entries recorded before this time.
        significant: Only entries flagged 重要 (True) or not flagged (False).
    """

    text: str = ""
    incident_id: str | None = None
    officer: str | None = None
    kind: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    significant: bool | None = None


def _matching(match: str, first_rowid: int | None) -> TextualSelect:
    sql = f"SELECT rowid FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH :terms"
    if first_rowid is None:
        return text(sql).bindparams(terms=match).columns(column("rowid"))
    return (
        text(sql + " AND rowid >= :first")
        .bindparams(terms=match, first=first_rowid)
        .columns(column("rowid"))
    )


def _conditions(wanted: LogFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if wanted.incident_id is not None:
        conditions.append(OpLogEntry.incident_id == wanted.incident_id)
    if wanted.officer is not None:
        conditions.append(OpLogEntry.officer == wanted.officer)
    if wanted.kind is not None:
        conditions.append(OpLogEntry.kind == wanted.kind)
    if wanted.since is not None:
        conditions.append(OpLogEntry.created_at >= wanted.since)
    if wanted.until is not None:
        conditions.append(OpLogEntry.created_at < wanted.until)
    if wanted.significant is not None:
        conditions.append(OpLogEntry.significant.is_(wanted.significant))
    return conditions


def filtered(
    wanted: LogFilter, window: tuple[int, int] | None = None
) -> Select[OpLogEntry]:
    """The SELECT of entries that match ``wanted``, unordered.

    Args:
        wanted: The filter.
        window: Only entries with ``hlc >= window[0]``, all of which are
            stored at rowids from ``window[1]`` on (the newest part of the
            log, for the newest-first windows of ``search``).
    """
    query = select(OpLogEntry).where(*_conditions(wanted))
    first_rowid = None
    if window is not None:
        floor, first_rowid = window
        query = query.where(OpLogEntry.hlc >= floor, rowid() >= first_rowid)
    terms = route(wanted.text)
    if terms.match is not None:
        query = query.where(rowid().in_(_matching(terms.match, first_rowid)))
    for pattern in terms.like:
        query = query.where(_holds(pattern))
    for phrase, short, codes in terms.named:
        holds = (
            rowid().in_(_matching(phrase, first_rowid))
            if phrase is not None
            else _holds(str(short))
        )
        query = query.where(or_(holds, OpLogEntry.action.in_(codes)))
    return query


def _holds(pattern: str) -> ColumnElement[bool]:
    return or_(
        OpLogEntry.text.like(pattern, escape=LIKE_ESCAPE),
        OpLogEntry.details.like(pattern, escape=LIKE_ESCAPE),
    )


def newest_first(query: Select[OpLogEntry]) -> Select[OpLogEntry]:
    return query.order_by(
        OpLogEntry.hlc.desc(), OpLogEntry.site_id.desc(), OpLogEntry.site_seq.desc()
    )


def oldest_first(query: Select[OpLogEntry]) -> Select[OpLogEntry]:
    return query.order_by(OpLogEntry.hlc, OpLogEntry.site_id, OpLogEntry.site_seq)
