"""Operations on depots, shelters and experts.

Shelter occupancy is a figure that changes through the night of an
evacuation; every change is logged with the old and new figure, so the
totals reported upward can be traced back.
"""

from __future__ import annotations

from console.domain import resources as vocabulary
from console.domain.resources_records import (
    DepotRecord,
    ExpertRecord,
    ShelterRecord,
    columns,
)
from console.ops.core import Operations, OpTransaction
from console.ops.resources_common import live
from console.store.resource_models import Depot, Expert, Shelter


def create_depot(operations: Operations, record: DepotRecord) -> Depot:
    """Register a depot or storage point."""

    def work(tx: OpTransaction) -> Depot:
        depot = Depot(**columns(record))
        tx.insert(depot)
        tx.log(f"{depot.name} ({depot.kind})", target=depot)
        return depot

    return operations.run("depot.create", work)


def create_shelter(operations: Operations, record: ShelterRecord) -> Shelter:
    """Register a shelter (避灾安置场所)."""

    def work(tx: OpTransaction) -> Shelter:
        shelter = Shelter(**columns(record))
        tx.insert(shelter)
        tx.log(f"{shelter.name} ({shelter.capacity}人)", target=shelter)
        return shelter

    return operations.run("shelter.create", work)


def set_shelter_occupancy(
    operations: Operations, shelter_id: str, occupancy: int, *, source: str = ""
) -> Shelter:
    """Record how many people a shelter holds now.

    More people than the capacity is recorded (people are not turned away
    by software) but said in the log, so the overflow is on record.
    """
    if isinstance(occupancy, bool) or occupancy < 0:
        raise ValueError(f"occupancy must be a whole number >= 0: {occupancy!r}")

    def work(tx: OpTransaction) -> Shelter:
        shelter = live(tx.session, Shelter, shelter_id)
        previous = shelter.occupancy
        tx.update(shelter, occupancy=occupancy)
        over = occupancy - shelter.capacity
        text = f"{shelter.name}: {previous} → {occupancy}/{shelter.capacity}"
        if over > 0:
            text += f" (over capacity by {over})"
        if source.strip():
            text += f" [{source.strip()}]"
        tx.log(text, target=shelter)
        return shelter

    return operations.run("shelter.occupancy", work)


def set_shelter_open(operations: Operations, shelter_id: str, is_open: bool) -> Shelter:
    """Open (开放) or close (关闭) a shelter."""

    def work(tx: OpTransaction) -> Shelter:
        shelter = live(tx.session, Shelter, shelter_id)
        tx.update(shelter, is_open=is_open)
        state = vocabulary.SHELTER_OPEN if is_open else vocabulary.SHELTER_CLOSED
        tx.log(f"{shelter.name}: {state}", target=shelter)
        return shelter

    return operations.run("shelter.open" if is_open else "shelter.close", work)


def create_expert(operations: Operations, record: ExpertRecord) -> Expert:
    """Add an expert to the pool (专家库)."""

    def work(tx: OpTransaction) -> Expert:
        expert = Expert(**columns(record))
        tx.insert(expert)
        tx.log(f"{expert.name} ({expert.field})", target=expert)
        return expert

    return operations.run("expert.create", work)
