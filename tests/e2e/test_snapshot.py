"""``eoc-console snapshot`` run as a real process, as a report writer would."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

SNAPSHOT_TIMEOUT_S = 150


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    env.pop("EOC_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "console", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=SNAPSHOT_TIMEOUT_S,
        check=False,
    )


def _distinct_colours(path: Path) -> int:
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not an image"
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    return len(colours)


@pytest.mark.webengine
def test_snapshot_writes_a_painted_picture(tmp_path: Path) -> None:
    out = tmp_path / "态势图.png"

    result = _run(
        tmp_path / "data", "snapshot", "--out", str(out), "--size", "1280x800"
    )

    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert _distinct_colours(out) > 50


def test_snapshot_refuses_a_corrupt_database_and_keeps_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    database = data / "console.sqlite"
    database.write_bytes(b"\x00garbage" * 512)
    before = hashlib.sha256(database.read_bytes()).hexdigest()

    result = _run(data, "snapshot", "--out", str(tmp_path / "x.png"))

    assert result.returncode == 2
    assert "not a SQLite database" in result.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert not (tmp_path / "x.png").exists()


def test_bad_size_is_a_clear_usage_error(tmp_path: Path) -> None:
    result = _run(tmp_path, "snapshot", "--out", "x.png", "--size", "big")

    assert result.returncode == 2
    assert "size must look like 1600x900" in result.stderr
