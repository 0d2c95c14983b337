"""Leaders' instructions (批示) and the incident's command posts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from console.ops.core import Operations, OpTransaction
from console.seed import seed_id
from console.store.models import CommandPost, Incident, Instruction

COMMAND_POST_KINDS = ("administrative", "professional")


def add_instruction(
    operations: Operations,
    incident_id: str,
    *,
    leader: str,
    text: str,
    given_at: datetime | None = None,
) -> Instruction:
    """Record a leader's instruction; it stays open until marked done."""
    if not leader.strip() or not text.strip():
        raise ValueError("an instruction needs the leader and its text")

    def work(tx: OpTransaction) -> Instruction:
        incident = tx.session.get_one(Incident, incident_id)
        instruction = Instruction(
            incident_id=incident.id,
            leader=leader.strip(),
            given_at=given_at or tx.now,
            text=text.strip(),
            done_at=None,
            done_note="",
        )
        tx.insert(instruction)
        tx.log(
            f"{instruction.leader}：{instruction.text}",
            kind="instruction",
            target=instruction,
            incident_id=incident.id,
        )
        return instruction

    return operations.run("instruction.add", work)


def complete_instruction(
    operations: Operations, instruction_id: str, note: str = ""
) -> Instruction:
    """Mark an instruction as carried out."""

    def work(tx: OpTransaction) -> Instruction:
        instruction = tx.session.get_one(Instruction, instruction_id)
        if instruction.done_at is not None:
            raise ValueError("instruction already done")
        tx.update(instruction, done_at=tx.now, done_note=note.strip())
        tx.log(
            note.strip() or instruction.text,
            target=instruction,
            incident_id=instruction.incident_id,
        )
        return instruction

    return operations.run("instruction.done", work)


def set_command_post(
    operations: Operations, incident_id: str, kind: str, *, lead: str, contact: str
) -> CommandPost:
    """Name the lead of the 行政指挥部 or 专业指挥部 of an incident."""
    if kind not in COMMAND_POST_KINDS:
        raise ValueError(f"unknown command post {kind!r}")

    def work(tx: OpTransaction) -> CommandPost:
        post = tx.session.scalar(
            select(CommandPost).where(
                CommandPost.incident_id == incident_id, CommandPost.kind == kind
            )
        )
        if post is None:
            post = CommandPost(
                id=seed_id("command_post", f"{incident_id}:{kind}"),
                incident_id=incident_id,
                kind=kind,
                lead=lead,
                contact=contact,
            )
            tx.insert(post)
        else:
            tx.update(post, lead=lead, contact=contact, deleted_at=None)
        tx.log(f"{kind}|{lead}|{contact}", target=post, incident_id=incident_id)
        return post

    return operations.run("incident.command_post", work)
