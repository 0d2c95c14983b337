"""A plan's life outside incidents: review sign-off, filing, revisions."""

from __future__ import annotations

from console.ops.core import Operations, OpTransaction
from console.plans.model import Plan
from console.store.models import PlanRecord

# review: 评审通过签字; filing: 备案; revision: 修订 (cite what prompted it,
# a drill or a real event); repeal: 废止.
RECORD_KINDS = ("review", "filing", "revision", "repeal")


def record_plan_step(
    operations: Operations,
    plan: Plan,
    kind: str,
    *,
    by: str,
    note: str = "",
    prompted_by: str = "",
) -> PlanRecord:
    """Record a step in a plan version's life, with who took it and why."""
    if kind not in RECORD_KINDS:
        raise ValueError(f"unknown plan record {kind!r}")
    if not by.strip():
        raise ValueError("a plan record needs who signed or filed it")

    def work(tx: OpTransaction) -> PlanRecord:
        record = PlanRecord(
            plan_id=plan.id,
            plan_version=plan.version,
            kind=kind,
            by=by.strip(),
            at=tx.now,
            note=note.strip(),
            prompted_by=prompted_by.strip(),
        )
        tx.insert(record)
        tx.log(f"{plan.title}|{plan.version}|{kind}|{by.strip()}", target=record)
        return record

    return operations.run("plan.record", work)
