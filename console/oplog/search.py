"""Finding log entries: one page newest first, incident timelines, exports.

A common term matches a large part of a long log, and ranking all its
matches by hlc costs time in proportion to their number. ``search``
therefore looks at the newest entries first: a window is every entry with
an hlc at least that of the N-th newest, together with the least rowid
among them, so the trigram index is read only from that rowid on. A window
that yields a full page gives exactly the page the whole log would, since
every entry outside it is older than every entry inside. Only when the
windows hold too few matches (a rare term, a deep page) is the whole log
searched, which for a rare term is cheap anyway.
"""

from __future__ import annotations

import functools
import math

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from console.oplog.fts import require_fts5, route
from console.oplog.query import (
    LogFilter,
    filtered,
    newest_first,
    oldest_first,
)
from console.store.engine import Database
from console.store.models import OpLogEntry

__all__ = ["LogFilter", "LogPage", "all_matching", "search", "timeline"]

DEFAULT_PAGE = 50
MAX_PAGE = 1_000
# Newest-first windows (entries by hlc): the first, the widest, and the
# size past which a window with no match sends the search to the whole log.
FIRST_WINDOW = 2_000
MAX_WINDOW = 300_000
SKIP_AFTER_EMPTY = 20_000


class LogPage:
    """One page of results, newest first, and whether more follow."""

    def __init__(self, entries: list[OpLogEntry], offset: int, has_more: bool):
        self.entries = entries
        self.offset = offset
        self.has_more = has_more


@functools.cache
def _check_support(fts5_compiled: bool) -> None:
    require_fts5(fts5_compiled)


def _ensure_support(session: Session) -> None:
    compiled = session.scalar(text("SELECT sqlite_compileoption_used('ENABLE_FTS5')"))
    _check_support(bool(compiled))


def _page(
    session: Session,
    wanted: LogFilter,
    limit: int,
    offset: int,
    window: tuple[int, int] | None,
) -> list[OpLogEntry]:
    query = newest_first(filtered(wanted, window)).limit(limit + 1).offset(offset)
    return list(session.scalars(query))


def _window(session: Session, size: int) -> tuple[int, int] | None:
    """The hlc of the ``size``-th newest entry and the least rowid from it on.

    Both are read from the hlc index alone (it holds the rowid); "+" keeps
    SQLite from walking the table by rowid for the minimum.
    """
    floor = session.scalar(
        select(OpLogEntry.hlc).order_by(OpLogEntry.hlc.desc()).limit(1).offset(size - 1)
    )
    if floor is None:
        return None
    first = session.scalar(
        select(func.min(text("+oplog_entries.rowid")))
        .select_from(OpLogEntry)
        .where(OpLogEntry.hlc >= floor)
    )
    return int(floor), int(first or 0)


def _next_size(size: int, found: int, wanted: int) -> int:
    """How far to widen a window that held ``found`` of ``wanted`` matches."""
    if found == 0:
        # Nothing among the newest: the term is rare, and a rare term is
        # cheap to search in the whole log.
        return size * 10 if size < SKIP_AFTER_EMPTY else MAX_WINDOW + 1
    return size * min(10, max(2, math.ceil(1.5 * wanted / found)))


def _windowed(
    session: Session, wanted: LogFilter, limit: int, offset: int
) -> list[OpLogEntry] | None:
    """A full page found among the newest entries only, or None."""
    size = FIRST_WINDOW
    while size <= MAX_WINDOW:
        window = _window(session, size + offset)
        if window is None:
            return None
        entries = _page(session, wanted, limit, offset, window)
        if len(entries) > limit:
            return entries
        size = _next_size(size, len(entries), limit + 1)
    return None


def search(
    database: Database,
    wanted: LogFilter,
    *,
    limit: int = 50,
    offset: int = 0,
) -> LogPage:
    """One page of entries matching ``wanted``, newest first.

    Raises:
        console.oplog.fts.SearchUnavailableError: SQLite is older than 3.34
            or lacks FTS5.
        ValueError: ``limit`` or ``offset`` out of range.
    """
    if not 1 <= limit <= MAX_PAGE or offset < 0:
        raise ValueError(f"page of {limit} from {offset} is out of range")
    with database.read() as session:
        _ensure_support(session)
        entries = None
        # Terms of one or two characters alone scan the hlc index newest
        # first and stop at a full page, so they need no window.
        terms = route(wanted.text)
        if terms.match is not None or any(phrase for phrase, _, _ in terms.named):
            entries = _windowed(session, wanted, limit, offset)
        if entries is None:
            entries = _page(session, wanted, limit, offset, None)
    return LogPage(entries[:limit], offset, len(entries) > limit)


def timeline(database: Database, incident_id: str) -> list[OpLogEntry]:
    """Every entry of one incident in display order (hlc, site_id), oldest first."""
    query = oldest_first(filtered(LogFilter(incident_id=incident_id)))
    with database.read() as session:
        return list(session.scalars(query))


def all_matching(database: Database, wanted: LogFilter) -> list[OpLogEntry]:
    """Every entry matching ``wanted``, oldest first (for exports)."""
    with database.read() as session:
        _ensure_support(session)
        return list(session.scalars(oldest_first(filtered(wanted))))
