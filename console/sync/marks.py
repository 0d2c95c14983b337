"""Each record's sync state, for the views that show records.

A duty officer must see at a glance whether what they just entered has
reached the city platform: only on this workstation, sent and awaiting the
hub's answer, acknowledged, or refused. Views ask for the records they
show, one table at a time; on a workstation that does not sync, they ask
nothing and show no marks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from console.store.engine import Database
from console.sync import config, outbox

LOCAL = outbox.LOCAL
SENT = outbox.SENT
ACKNOWLEDGED = outbox.ACKNOWLEDGED
REJECTED = outbox.REJECTED


@dataclass(frozen=True)
class SyncMarks:
    """Reads records' sync states from one replica.

    Attributes:
        enabled: whether this workstation syncs (a hub is set up).
    """

    database: Database
    enabled: bool

    @classmethod
    def for_data_dir(cls, database: Database, data_dir: Path) -> SyncMarks:
        """Marks for the console in ``data_dir``, on if a hub is set up."""
        return cls(database, bool(config.load(data_dir).hub_url))

    def of(self, table: str, row_ids: Iterable[str]) -> dict[str, str]:
        """Each record's state (``LOCAL``, ``SENT``...); empty when not syncing."""
        if not self.enabled:
            return {}
        with self.database.read() as session:
            return outbox.record_statuses(session.connection(), table, row_ids)
