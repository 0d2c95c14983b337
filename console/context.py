"""Opening the console's data: the Qt-free half of start-up.

``open_console`` is what both the GUI and the command line call, so the
rules for where data lives, how the database is checked and migrated, and
when reference data is seeded are the same everywhere.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from console import paths, settings
from console.domain.taxonomy import Taxonomy, load_taxonomy
from console.geo import DistrictOutline
from console.ops.core import Operations
from console.ops.resources_stock import seed_supply_catalogue
from console.queries import district_outline
from console.resources.catalogue import supply_items_file
from console.seed import SeedResult, seed_reference_data
from console.store.engine import Database
from console.store.migrate import open_database
from console.workstation import Workstation, load_or_create

_log = logging.getLogger("eoc.init")


@dataclass
class ConsoleContext:
    """Everything a view or command needs to work on one data folder."""

    data_dir: Path
    settings: settings.Settings
    workstation: Workstation
    database: Database
    operations: Operations
    taxonomy: Taxonomy
    outline: DistrictOutline
    outline_source: str
    seeded: SeedResult

    @property
    def database_path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.dispose()


def database_path(data_dir: Path, config: settings.Settings) -> Path:
    return data_dir / config.database


def open_console(
    data_dir: Path, *, database_file: Path | None = None
) -> ConsoleContext:
    """Open (creating, migrating and seeding as needed) the console's data.

    Raises:
        console.store.migrate.DatabaseOpenError: the database is corrupt,
            unreadable or from a newer version; nothing was changed.
        console.workstation.WorkstationIdentityError: the identity file is
            damaged.
    """
    data_dir.mkdir(parents=True, exist_ok=True)
    config = settings.load(data_dir)
    workstation = load_or_create(data_dir)
    path = database_file or database_path(data_dir, config)
    database = open_database(path)
    try:
        operations = Operations(database, workstation)
        seeded = seed_reference_data(operations, paths.resource("seed"))
        seed_supply_catalogue(operations, supply_items_file())
        record = district_outline(database)
        if record is None:
            raise RuntimeError("district outline missing after seeding")
        taxonomy = load_taxonomy(paths.resource("rules", "incident_types.json"))
    except Exception:
        database.dispose()
        raise
    _log.info("opened %s as workstation %s", path, workstation.id)
    return ConsoleContext(
        data_dir=data_dir,
        settings=config,
        workstation=workstation,
        database=database,
        operations=operations,
        taxonomy=taxonomy,
        outline=DistrictOutline(record.collection),
        outline_source=record.source,
        seeded=seeded,
    )
