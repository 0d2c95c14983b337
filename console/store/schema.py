"""The whole schema: every module of tables, behind one ``Base``.

Tables live in several modules (``models`` for the core, and one module per
feature that owns its tables); importing them all here means alembic's
environment, the schema comparison test and sync see every table, whichever
module a caller happened to import first. A feature that adds a model
module adds one import line here.
"""

from __future__ import annotations

from console.store import (
    duty_models,
    models,
    oplog_models,
    resource_models,
    sync_models,
)
from console.store.models import Base

REPLICATED_TABLES = (
    models.REPLICATED_TABLES + resource_models.RESOURCE_TABLES + duty_models.DUTY_TABLES
)

__all__ = ["REPLICATED_TABLES", "Base", "oplog_models", "sync_models"]
