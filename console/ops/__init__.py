"""The operations layer: the only way anything writes to the database.

Every operation runs in one transaction that changes the domain rows, appends
at least one operation-log entry and records each change in the change
journal for sync. If any part fails, none of it is kept.
"""

from console.ops.core import SYSTEM_ACTOR, OpChanges, Operations, OpTransaction

__all__ = ["SYSTEM_ACTOR", "OpChanges", "OpTransaction", "Operations"]
