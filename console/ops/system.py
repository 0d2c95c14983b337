"""Operations the console records about itself."""

from __future__ import annotations

import json
from pathlib import Path

from console.ops.core import LoggedEntry, Operations, OpTransaction


def record_database_replaced(
    operations: Operations, old_path: Path, reason: str
) -> LoggedEntry:
    """Say in the new database's log why it was started and where the old one is.

    Whoever later looks for records from before this moment must learn that
    they are in the set-aside file, not lost.
    """

    def work(tx: OpTransaction) -> LoggedEntry:
        return tx.log(
            json.dumps({"old": str(old_path), "reason": reason}, ensure_ascii=False)
        )

    return operations.run("database.replaced", work)
