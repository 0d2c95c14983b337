"""Tables of the duty roster: shifts and the handovers between them.

A shift names its duty leader (值班领导) and officers (值班员); the officers
are kept as a JSON list of names so a shift is one row and merges as one.
A handover (交接班) is recorded when the incoming officer accepts it, with
the report they were shown, so the record says what was handed over.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from console.store.models import Base, Replicated


class DutyShift(Replicated, Base):
    """One shift of the roster (值班表), from ``starts_at`` to ``ends_at``."""

    __tablename__ = "duty_shifts"

    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime] = mapped_column(index=True)
    leader: Mapped[str] = mapped_column(Text)
    officers: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")

    @property
    def officer_names(self) -> list[str]:
        """The officers of the shift, in roster order."""
        names = json.loads(self.officers or "[]")
        return [str(name) for name in names]


class DutyHandover(Replicated, Base):
    """A handover accepted by the incoming officer."""

    __tablename__ = "duty_handovers"

    shift_id: Mapped[str | None] = mapped_column(ForeignKey("duty_shifts.id"))
    outgoing: Mapped[str] = mapped_column(Text)
    incoming: Mapped[str] = mapped_column(Text)
    summary: Mapped[str] = mapped_column(Text)
    accepted_at: Mapped[datetime]
    report: Mapped[str] = mapped_column(Text)


DUTY_TABLES = (DutyShift.__tablename__, DutyHandover.__tablename__)
