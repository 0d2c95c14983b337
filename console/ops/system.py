"""Operations the console records about itself."""

from __future__ import annotations

import json
from pathlib import Path

from console.ops.core import Operations, OpTransaction
from console.store.models import OpLogEntry


def record_database_replaced(
    operations: Operations, old_path: Path, reason: str
) -> OpLogEntry:
    """Say in the new database's log why it was started and where the old one is.

    Whoever later looks for records from before this moment must learn that
    they are in the set-aside file, not lost.
    """

    def work(tx: OpTransaction) -> OpLogEntry:
        return tx.log(
            json.dumps({"old": str(old_path), "reason": reason}, ensure_ascii=False)
        )

    return operations.run("database.replaced", work)
