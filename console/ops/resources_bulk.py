"""Many resource records at once: imports and the sample generator.

Records are matched to live rows by natural key (team name + division,
depot name, shelter name, expert name + field). A record whose key is new
gets a deterministic id from that key, so two workstations importing the
same file create the same rows. Matching happens again inside each write
transaction, so a plan shown in a dry run cannot be applied twice.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from console.domain.resources_records import Record, TeamRecord, columns
from console.ops.core import Operations, OpTransaction
from console.ops.resources_teams import new_team
from console.resources.columns import KIND_NAMES
from console.seed import seed_id
from console.store.resource_models import Business, Depot, Expert, RescueTeam, Shelter

CHUNK_ROWS = 1000
NEW, UPDATED, UNCHANGED, CONFLICT = "new", "updated", "unchanged", "conflict"

T = TypeVar("T")

# Any: the five models share name, synthetic and the Replicated columns,
# which no common base class of theirs declares.
# Figures with their own logged operation: an import sets them on new rows
# only, so re-importing a roster during an evacuation cannot reset a
# shelter's occupancy behind the officer's back.
KEPT_ON_UPDATE = {"shelters": frozenset({"occupancy"})}

MODELS: dict[str, type[Any]] = {
    "teams": RescueTeam,
    "depots": Depot,
    "shelters": Shelter,
    "experts": Expert,
    "businesses": Business,
}


@dataclass(frozen=True)
class RowPlan:
    """What writing one record would do.

    Attributes:
        action: ``new``, ``updated``, ``unchanged`` or ``conflict`` (the key
            belongs to a record of the other kind, synthetic or real).
        row_id: the id the record has or will get.
        changed: the fields an update changes.
    """

    record: Record
    action: str
    row_id: str
    changed: tuple[str, ...] = ()


def _row_key(kind: str, row: Any) -> tuple[str, ...]:
    if kind in ("teams", "businesses"):
        return (row.name, row.division_id or "")
    if kind == "experts":
        return (row.name, row.field)
    return (row.name,)


def new_id(kind: str, record: Record) -> str:
    return seed_id(f"resource:{kind}", "|".join(record.key()))


def _existing(
    session: Session, kind: str, records: Sequence[Record]
) -> dict[tuple[str, ...], Any]:
    model = MODELS[kind]
    names = sorted({r.key()[0] for r in records})
    found: dict[tuple[str, ...], Any] = {}
    for start in range(0, len(names), 500):
        rows = session.scalars(
            select(model).where(
                model.name.in_(names[start : start + 500]), model.deleted_at.is_(None)
            )
        )
        for row in rows:
            found.setdefault(_row_key(kind, row), row)
    return found


def plan(
    session: Session,
    kind: str,
    records: Sequence[Record],
    fields: frozenset[str] | None = None,
) -> list[RowPlan]:
    """What writing ``records`` would do, one plan per record, in order.

    Args:
        fields: the fields an update may change (the columns a file has);
            None means all. Fields in ``KEPT_ON_UPDATE`` never change here.
    """
    kept = KEPT_ON_UPDATE.get(kind, frozenset())
    existing = _existing(session, kind, records)
    plans = []
    for record in records:
        row = existing.get(record.key())
        if row is None:
            plans.append(RowPlan(record, NEW, new_id(kind, record)))
            continue
        if row.synthetic != record.synthetic:
            plans.append(RowPlan(record, CONFLICT, row.id))
            continue
        values = {
            k: v
            for k, v in columns(record).items()
            if k not in kept and (fields is None or k in fields)
        }
        changed = tuple(k for k, v in values.items() if getattr(row, k) != v)
        plans.append(
            RowPlan(record, UPDATED if changed else UNCHANGED, row.id, changed)
        )
    return plans


def _insert(tx: OpTransaction, kind: str, row_id: str, record: Record) -> None:
    model = MODELS[kind]
    removed = tx.session.get(model, row_id)
    if removed is not None:  # the same key was imported once and removed
        tx.update(removed, deleted_at=None, **columns(record))
    elif kind == "teams":
        assert isinstance(record, TeamRecord)
        new_team(tx, record, row_id)
    else:
        tx.insert(model(id=row_id, **columns(record)))


def chunks(items: Sequence[T], size: int = CHUNK_ROWS) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def write_records(
    operations: Operations,
    kind: str,
    records: Sequence[Record],
    *,
    action: str = "import",
    fields: frozenset[str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Insert or update ``records`` in transactions of at most 1,000 rows.

    Callers validate every record first: a chunk that fails rolls back
    whole, and the chunks already written are exactly what a rerun of the
    same file would write (it finds them unchanged).

    Returns:
        counts per action (new, updated, unchanged).
    """
    counts = {NEW: 0, UPDATED: 0, UNCHANGED: 0}
    done = 0
    for part in chunks(records):

        def work(tx: OpTransaction, part: Sequence[Record] = part) -> dict[str, int]:
            local = {NEW: 0, UPDATED: 0, UNCHANGED: 0}
            for step in plan(tx.session, kind, part, fields):
                if step.action == CONFLICT:
                    raise ValueError(f"{step.record.key()[0]}: synthetic/real conflict")
                if step.action == NEW:
                    _insert(tx, kind, step.row_id, step.record)
                elif step.action == UPDATED:
                    row = tx.session.get_one(MODELS[kind], step.row_id)
                    tx.update(row, **{k: columns(step.record)[k] for k in step.changed})
                local[step.action] += 1
            tx.log(
                f"{KIND_NAMES[kind]}|新增 {local[NEW]}|更新 {local[UPDATED]}"
                f"|未变 {local[UNCHANGED]}"
            )
            return local

        for key, value in operations.run(f"{kind}.{action}", work).items():
            counts[key] += value
        done += len(part)
        if progress is not None:
            progress(done)
    return counts
