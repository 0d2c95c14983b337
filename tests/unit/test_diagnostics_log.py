"""Diagnostics logging when the data folder cannot take a log file."""

from __future__ import annotations

import logging

import pytest

from console import log


@pytest.fixture
def fresh_eoc_logger():
    root = logging.getLogger("eoc")
    kept = root.handlers[:]
    root.handlers.clear()
    yield root
    for handler in root.handlers:
        handler.close()
    root.handlers[:] = kept


def test_an_unwritable_log_folder_leaves_stderr_logging(
    fresh_eoc_logger, tmp_path, caplog
):
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be")

    log.configure(blocker / "logs")

    kinds = [type(h) for h in fresh_eoc_logger.handlers]
    assert kinds == [logging.StreamHandler]
    assert "diagnostics not written to" in caplog.text


def test_a_writable_log_folder_gets_the_file(fresh_eoc_logger, tmp_path):
    log.configure(tmp_path / "logs")

    log.init.info("started")

    assert "started" in (tmp_path / "logs" / "console.log").read_text("utf-8")
