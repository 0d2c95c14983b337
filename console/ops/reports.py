"""Reports upward: saving drafts, sign-off (签发), sending; alarm acks."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime

from console.ops.core import Operations, OpTransaction
from console.store.models import AlarmAck, Incident, Report

CHANNELS = ("phone", "written", "fax", "platform")


class ReportStateError(ValueError):
    """A report step out of order (send before sign-off, edit after sending)."""


def save_draft(
    operations: Operations,
    incident_id: str,
    *,
    kind: str,
    sequence: int,
    title: str,
    sections: Sequence[tuple[str, str]],
    snapshot: Mapping[str, str],
) -> Report:
    """Keep a drafted report so it can be reviewed, signed and sent."""

    def work(tx: OpTransaction) -> Report:
        incident = tx.session.get_one(Incident, incident_id)
        report = Report(
            incident_id=incident.id,
            kind=kind,
            sequence=sequence,
            title=title,
            sections=json.dumps([list(s) for s in sections], ensure_ascii=False),
            snapshot=json.dumps(dict(snapshot), ensure_ascii=False, sort_keys=True),
            signed_by=None,
            signed_at=None,
            sent_at=None,
            channel=None,
        )
        tx.insert(report)
        tx.log(title, target=report, incident_id=incident.id)
        return report

    return operations.run("report.draft", work)


def sign_report(operations: Operations, report_id: str, leader: str) -> Report:
    """Record the leader who signed the report off (签发)."""
    if not leader.strip():
        raise ValueError("sign-off needs the leader's name")

    def work(tx: OpTransaction) -> Report:
        report = tx.session.get_one(Report, report_id)
        if report.sent_at is not None:
            raise ReportStateError("report already sent")
        tx.update(report, signed_by=leader.strip(), signed_at=tx.now)
        tx.log(
            f"{report.title}|{leader.strip()}",
            target=report,
            incident_id=report.incident_id,
        )
        return report

    return operations.run("report.sign", work)


def send_report(
    operations: Operations,
    report_id: str,
    *,
    channel: str,
    sent_at: datetime | None = None,
) -> Report:
    """Mark a report as sent; this stops its clock and starts the next one.

    A phone report needs no sign-off; a written one does.
    """
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")

    def work(tx: OpTransaction) -> Report:
        report = tx.session.get_one(Report, report_id)
        if report.sent_at is not None:
            raise ReportStateError("report already sent")
        if channel != "phone" and report.signed_by is None:
            raise ReportStateError("a written report must be signed off first")
        tx.update(report, sent_at=sent_at or tx.now, channel=channel)
        tx.log(
            f"{report.title}|{channel}", target=report, incident_id=report.incident_id
        )
        return report

    return operations.run("report.send", work)


def acknowledge_alarm(
    operations: Operations,
    incident_id: str,
    *,
    report_kind: str,
    sequence: int,
    state: str,
) -> AlarmAck:
    """Record that the officer on duty acknowledged a report-clock alarm."""

    def work(tx: OpTransaction) -> AlarmAck:
        ack = AlarmAck(
            incident_id=incident_id,
            report_kind=report_kind,
            sequence=sequence,
            state=state,
            acked_by=tx.actor,
            acked_at=tx.now,
        )
        tx.insert(ack)
        tx.log(
            f"{report_kind}|{sequence}|{state}",
            kind="alarm_ack",
            target=ack,
            incident_id=incident_id,
        )
        return ack

    return operations.run("alarm.ack", work)
