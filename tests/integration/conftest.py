"""Fixtures for tests against a real temporary SQLite database."""

from __future__ import annotations

from pathlib import Path

import pytest

from console.context import ConsoleContext, open_console


@pytest.fixture
def context(tmp_path: Path) -> ConsoleContext:
    ctx = open_console(tmp_path)
    yield ctx
    ctx.close()
