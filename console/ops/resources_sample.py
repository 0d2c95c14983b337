"""Writing and removing synthetic (sample) resource records.

Sample records are written through the same operations as real ones, with
``synthetic`` set; these helpers add what the generic bulk writer does not
cover (stock receipts, members) and remove every synthetic record again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from console.ops.core import Operations, OpTransaction
from console.ops.resources_bulk import MODELS, chunks
from console.ops.resources_stock import receive
from console.resources.columns import KIND_NAMES
from console.store.resource_models import (
    Depot,
    MemberQualification,
    RescueTeam,
    StockMovement,
    SupplyItem,
    TeamMember,
)


@dataclass(frozen=True)
class SampleReceipt:
    reference: str
    depot: str
    item: str
    quantity: int
    batch: str = ""
    expires_on: date | None = None


@dataclass(frozen=True)
class SampleMember:
    team: str
    name: str
    role: str
    qualifications: tuple[tuple[str, date | None], ...]


def real_counts(operations: Operations) -> dict[str, int]:
    """Live real (non-synthetic) records per kind; sample data refuses to mix."""
    with operations.database.read() as session:
        return {
            kind: int(
                session.scalar(
                    select(func.count()).where(
                        model.deleted_at.is_(None), model.synthetic.is_(False)
                    )
                )
                or 0
            )
            for kind, model in MODELS.items()
        }


def write_receipts(operations: Operations, receipts: Sequence[SampleReceipt]) -> int:
    """Record sample receipts not yet in the ledger (keyed by reference)."""
    written = 0
    for part in chunks(receipts):

        def work(tx: OpTransaction, part: Sequence[SampleReceipt] = part) -> int:
            refs = [r.reference for r in part]
            known = set(
                tx.session.scalars(
                    select(StockMovement.reference).where(
                        StockMovement.reference.in_(refs)
                    )
                )
            )
            depots = {
                d.name: d
                for d in tx.session.scalars(
                    select(Depot).where(
                        Depot.synthetic.is_(True), Depot.deleted_at.is_(None)
                    )
                )
            }
            items = {
                i.name: i
                for i in tx.session.scalars(
                    select(SupplyItem).where(SupplyItem.deleted_at.is_(None))
                )
            }
            added = 0
            for r in part:
                if r.reference in known:
                    continue
                receive(
                    tx,
                    depots[r.depot],
                    items[r.item],
                    r.quantity,
                    batch=r.batch,
                    expires_on=r.expires_on,
                    reference=r.reference,
                    synthetic=True,
                )
                added += 1
            tx.log(f"入库 {added} 笔")
            return added

        written += operations.run("stock.sample", work)
    return written


def write_members(operations: Operations, members: Sequence[SampleMember]) -> int:
    """Add sample members (with certificates) to teams that have none yet."""

    def work(tx: OpTransaction) -> int:
        teams = {
            t.name: t
            for t in tx.session.scalars(
                select(RescueTeam).where(
                    RescueTeam.synthetic.is_(True), RescueTeam.deleted_at.is_(None)
                )
            )
        }
        staffed = set(
            tx.session.scalars(
                select(TeamMember.team_id).where(TeamMember.deleted_at.is_(None))
            )
        )
        added = 0
        for m in members:
            team = teams[m.team]
            if team.id in staffed:
                continue
            member = TeamMember(
                team_id=team.id, name=m.name, role=m.role, phone="", synthetic=True
            )
            tx.insert(member)
            for title, expires in m.qualifications:
                tx.insert(
                    MemberQualification(
                        member_id=member.id,
                        team_id=team.id,
                        name=title,
                        expires_on=expires,
                    )
                )
            added += 1
        tx.log(f"{added} 人")
        return added

    return operations.run("team.sample_members", work) if members else 0


def remove_synthetic(operations: Operations) -> dict[str, int]:
    """Tombstone every synthetic record (and the ledger rows of sample depots)."""
    removed: dict[str, int] = {}
    targets: dict[str, Any] = {
        **MODELS,
        "members": TeamMember,
        "stock": StockMovement,
    }
    for kind, model in targets.items():
        with operations.database.read() as session:
            ids = list(
                session.scalars(
                    select(model.id).where(
                        model.synthetic.is_(True), model.deleted_at.is_(None)
                    )
                )
            )
        removed[kind] = len(ids)
        for part in chunks(ids):

            def work(
                tx: OpTransaction,
                part: Sequence[str] = part,
                model: Any = model,
                kind: str = kind,
            ) -> None:
                for row in tx.session.scalars(select(model).where(model.id.in_(part))):
                    tx.tombstone(row)
                tx.log(f"{KIND_NAMES[kind]} {len(part)} 条")

            operations.run("resources.sample_remove", work)
    return removed
