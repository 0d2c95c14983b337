"""Fixtures for tests against a real temporary SQLite database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from console.context import ConsoleContext, open_console
from console.hub.service import HubService
from console.hub.store import HubStore
from console.sync import sim


@pytest.fixture
def context(tmp_path: Path) -> ConsoleContext:
    ctx = open_console(tmp_path)
    yield ctx
    ctx.close()


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[HubService]:
    """A hub on a SQLite file, served in this process."""
    store = HubStore(str(tmp_path / "hub.sqlite"))
    yield HubService(store)
    store.dispose()


@pytest.fixture
def template(tmp_path: Path) -> Path:
    """A migrated, empty replica database for workstations to copy."""
    return sim.template(tmp_path / "template.sqlite")
