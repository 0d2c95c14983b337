"""How a record's sync state is shown: a small symbol and a sentence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from console.sync import marks

translate = QCoreApplication.translate


def mark_symbol(state: str) -> str:
    """A one-character mark that reads at a glance in a table column."""
    return {
        marks.LOCAL: "○",
        marks.SENT: "◐",
        marks.ACKNOWLEDGED: "●",
        marks.REJECTED: "✕",
    }.get(state, "")


def mark_text(state: str) -> str:
    """What the mark means, for tooltips and labels."""
    texts = {
        marks.LOCAL: translate(
            "sync_marks", "Only on this workstation: not sent to the hub yet"
        ),
        marks.SENT: translate("sync_marks", "Sent: waiting for the hub to confirm"),
        marks.ACKNOWLEDGED: translate("sync_marks", "Confirmed by the hub"),
        marks.REJECTED: translate(
            "sync_marks", "Refused by the hub: see the sync refusals"
        ),
    }
    return texts.get(state, "")
