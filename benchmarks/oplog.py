"""Operation-log benchmark: append throughput and search latency.

Run on demand, not as a test::

    .venv/bin/python benchmarks/oplog.py [--entries 1000000] [--appends 400]

Append: ``add_note`` through the operations layer (HLC, chain link and hash,
journal, FTS trigger, one ``BEGIN IMMEDIATE`` transaction each) against raw
``sqlite3`` inserts of the same rows into the same schema (triggers and FTS
included), one transaction each, both with WAL and ``synchronous=FULL`` on
the same disk, measured in the same run. Goal: ratio >= 0.5.

Search: ``console.oplog.search`` over ``--entries`` generated entries
against the same SQL issued directly through ``sqlite3`` (so the ratio is
what the layer adds) and, for reference, a bare FTS5 ``MATCH ... ORDER BY
rowid DESC`` that ignores short terms and merge order. Goal: p95 <= 50 ms
and <= 2x direct. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from oplog_corpus import KINDS, OFFICERS, sentence  # noqa: E402

from console.oplog.chain import (  # noqa: E402
    GENESIS,
    RECORD_FIELDS,
    entry_hash,
    iso,
)
from console.oplog.fts import route  # noqa: E402
from console.oplog.search import LogFilter, search  # noqa: E402
from console.ops.core import Operations  # noqa: E402
from console.ops.oplog import add_note  # noqa: E402
from console.store.migrate import open_database  # noqa: E402
from console.workstation import Workstation  # noqa: E402

SITES = ("00000000-0000-4000-8000-00000000000a", "00000000-0000-4000-8000-00000000000b")
# The raw baseline writes exactly the columns the chain covers.
COLUMNS = RECORD_FIELDS
ROUNDS = 8
INSERT = (
    f"INSERT INTO oplog_entries ({', '.join(COLUMNS)}) "
    f"VALUES ({', '.join('?' * len(COLUMNS))})"
)
QUERIES: list[tuple[str, dict[str, object]]] = [
    ("台风", {}),
    ("烟花", {}),
    ("台风 姜山镇", {}),
    ("积水 下应街道", {}),
    ("消防救援大队", {}),
    ("危化品泄漏", {}),
    ("交通事故 东吴镇", {}),
    ("山体滑坡 塘溪镇", {}),
    ("火", {}),
    ("Ningbo 台风", {}),
    ("处置完毕", {"kind": "phone"}),
    ("转移群众", {"officer": "张伟"}),
    ("台风 灿都", {"days": 7}),
]


def _raw(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = FULL")
    return connection


def _rows(
    count: int, site: str, start: datetime, seed: int
) -> list[tuple[object, ...]]:
    """``count`` chained entries of one site, one minute apart."""
    rng, prev, rows = random.Random(seed), GENESIS, []
    for n in range(1, count + 1):
        at = start + timedelta(seconds=30 * n)
        record = {
            "id": str(uuid.UUID(int=rng.getrandbits(128))),
            "site_id": site,
            "site_seq": n,
            "prev_hash": prev,
            "created_at": iso(at),
            "hlc": int(at.timestamp() * 1000) << 16,
            "officer": rng.choice(OFFICERS),
            "kind": rng.choice(KINDS),
            "action": "log.note",
            "target_table": None,
            "target_id": None,
            "incident_id": None,
            "corrects_id": None,
            "text": sentence(rng),
            "event_at": None,
            "details": None,
            "significant": rng.random() < 0.01,
        }
        record["entry_hash"] = prev = entry_hash(record)
        record["created_at"] = at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
        rows.append(tuple(record[c] for c in COLUMNS))
    return rows


def bench_appends(folder: Path, count: int) -> None:
    database = open_database(folder / "ops.sqlite")
    operations = Operations(database, Workstation(SITES[0], "bench"))
    rng = random.Random(1)
    texts = [sentence(rng) for _ in range(count)]
    raw_path = folder / "raw.sqlite"
    open_database(raw_path).dispose()
    raw = _raw(raw_path)
    rows = _rows(count, SITES[1], datetime(2026, 8, 1, tzinfo=UTC), 2)

    def ops_run(texts: list[str]) -> float:
        started = time.perf_counter()
        for text in texts:
            add_note(operations, text)
        return len(texts) / (time.perf_counter() - started)

    def raw_run(rows: list[tuple[object, ...]]) -> float:
        started = time.perf_counter()
        for row in rows:
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(INSERT, row)
            raw.execute("COMMIT")
        return len(rows) / (time.perf_counter() - started)

    # Alternate short rounds so a change in disk or machine load hits both.
    step = max(1, count // ROUNDS)
    ops_rates, raw_rates = [], []
    for start in range(0, count, step):
        raw_rates.append(raw_run(rows[start : start + step]))
        ops_rates.append(ops_run(texts[start : start + step]))
    ops_rate, raw_rate = statistics.median(ops_rates), statistics.median(raw_rates)
    print(
        f"append: operations {ops_rate:6.0f}/s   raw sqlite3 {raw_rate:6.0f}/s   "
        f"ratio {ops_rate / raw_rate:.2f} (goal >= 0.5; medians of {len(ops_rates)} "
        "alternating rounds)"
    )
    raw.close()
    database.dispose()


def populate(path: Path, entries: int) -> None:
    database = open_database(path)
    database.dispose()
    connection = _raw(path)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    shares = {SITES[0]: entries - entries // 20, SITES[1]: entries // 20}
    begun = time.perf_counter()
    for index, (site, count) in enumerate(shares.items()):
        rows = _rows(count, site, start + timedelta(seconds=index), 10 + index)
        for at in range(0, len(rows), 20_000):
            connection.execute("BEGIN")
            connection.executemany(INSERT, rows[at : at + 20_000])
            connection.execute("COMMIT")
    connection.execute("ANALYZE")
    connection.close()
    print(f"populated {entries} entries in {time.perf_counter() - begun:.0f} s")


def _direct_sql(query: str, extra: dict[str, object]) -> tuple[str, list[object]]:
    terms, where, args = route(query), [], []
    if terms.match:
        where.append("e.rowid IN (SELECT rowid FROM oplog_fts WHERE oplog_fts MATCH ?)")
        args.append(terms.match)
    for pattern in terms.like:
        where.append("(e.text LIKE ? ESCAPE '\\' OR e.details LIKE ? ESCAPE '\\')")
        args += [pattern, pattern]
    for key in ("kind", "officer"):
        if key in extra:
            where.append(f"e.{key} = ?")
            args.append(extra[key])
    if "since" in extra:
        where.append("e.created_at >= ?")
        args.append(extra["since"])
    sql = (
        "SELECT * FROM oplog_entries e WHERE "
        + " AND ".join(where or ["1"])
        + " ORDER BY e.hlc DESC, e.site_id DESC, e.site_seq DESC LIMIT 51"
    )
    return sql, args


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def _time(work: Callable[[], object], repeat: int) -> list[float]:
    work()  # warm
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        out.append((time.perf_counter() - started) * 1000)
    return out


def bench_search(path: Path, repeat: int) -> None:
    database = open_database(path)
    raw = _raw(path)
    last = raw.execute("SELECT max(created_at) FROM oplog_entries").fetchone()[0]
    newest = datetime.fromisoformat(last).replace(tzinfo=UTC)
    layer_all, direct_all = [], []
    print(
        f"{'query':<24}{'layer p50/p95 ms':>20}{'direct p50/p95':>18}"
        f"{'fts-only p50':>14}"
    )
    for query, extra in QUERIES:
        since = newest - timedelta(days=int(extra["days"])) if "days" in extra else None
        wanted = LogFilter(
            text=query,
            kind=extra.get("kind"),
            officer=extra.get("officer"),
            since=since,
        )  # type: ignore[arg-type]
        direct_extra = dict(extra)
        if since is not None:
            direct_extra["since"] = since.strftime("%Y-%m-%d %H:%M:%S.%f")
        sql, args = _direct_sql(query, direct_extra)
        page = search(database, wanted).entries
        direct_ids = [row[0] for row in raw.execute(sql, args).fetchall()][: len(page)]
        assert [e.id for e in page] == direct_ids, query
        layer = _time(lambda w=wanted: search(database, w), repeat)
        direct = _time(lambda q=sql, a=args: raw.execute(q, a).fetchall(), repeat)
        match = route(query).match
        fts_only = (
            _time(
                lambda m=match: raw.execute(
                    "SELECT rowid, text FROM oplog_fts WHERE oplog_fts MATCH ? "
                    "ORDER BY rowid DESC LIMIT 50",
                    (m,),
                ).fetchall(),
                repeat,
            )
            if match
            else [float("nan")]
        )
        layer_all += layer
        direct_all += direct
        lp, dp = _percentiles(layer), _percentiles(direct)
        label = query + (f" {extra}" if extra else "")
        print(
            f"{label:<24}{lp[0]:9.1f} /{lp[1]:7.1f}{dp[0]:9.1f} /{dp[1]:7.1f}"
            f"{statistics.median(fts_only):12.1f}"
        )
    lp, dp = _percentiles(layer_all), _percentiles(direct_all)
    print(
        f"search overall: layer p50 {lp[0]:.1f} ms p95 {lp[1]:.1f} ms; direct p50 "
        f"{dp[0]:.1f} ms p95 {dp[1]:.1f} ms; p95 ratio {lp[1] / dp[1]:.2f} "
        "(goal p95 <= 50 ms and ratio <= 2)"
    )
    raw.close()
    database.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--appends", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=20, help="runs per query")
    parser.add_argument("--dir", type=Path, help="work folder (default: a temp one)")
    parser.add_argument("--keep", action="store_true", help="reuse a populated DB")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as name:
        folder = Path(name)
        bench_appends(folder, args.appends)
        corpus = (args.dir or folder) / f"oplog-{args.entries}.sqlite"
        if not (args.keep and corpus.exists()):
            corpus.unlink(missing_ok=True)
            populate(corpus, args.entries)
        bench_search(corpus, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
