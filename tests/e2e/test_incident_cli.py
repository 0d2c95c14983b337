"""``eoc-console incident create|show`` as scripts and drills use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONUTF8="1")
    env.pop("EOC_DATA_DIR", None)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "console",
            "incident",
            *args,
            "--data-dir",
            str(data_dir),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _create(data_dir: Path, *args: str) -> dict:
    result = _run(data_dir, "create", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_accident_without_type_is_a_production_safety_accident(tmp_path: Path) -> None:
    created = _create(
        tmp_path,
        "--title",
        "某厂房坍塌",
        "--category",
        "事故灾难",
        "--deaths",
        "3",
        "--occurred",
        "2026-08-01T10:00",
    )

    assert created["type"] == "production_safety"
    assert created["grade_suggested"] == "III"
    due = {d["kind"]: datetime.fromisoformat(d["due"]) for d in created["deadlines"]}
    occurred = datetime.fromisoformat(created["occurred_at"])
    assert occurred.utcoffset() == timedelta(hours=8)
    assert due["first_written"] == occurred + timedelta(hours=1)


@pytest.mark.parametrize(
    ("args", "grade"),
    [
        (["--injured", "50"], "II"),
        (["--loss-yuan", "10000000"], "III"),
        (["--deaths", "2"], "IV"),
    ],
)
def test_grade_is_suggested_from_the_figures(
    tmp_path: Path, args: list[str], grade: str
) -> None:
    created = _create(tmp_path, "--title", "事故", "--category", "accident", *args)

    assert created["grade_suggested"] == grade


def test_natural_disaster_has_no_grade_rule(tmp_path: Path) -> None:
    created = _create(
        tmp_path, "--title", "台风", "--category", "natural", "--type", "typhoon"
    )

    assert created["grade_suggested"] is None
    assert isinstance(created["deadlines"], list)


def test_show_returns_what_create_made(tmp_path: Path) -> None:
    created = _create(tmp_path, "--title", "燃气泄漏", "--category", "accident")

    result = _run(tmp_path, "show", created["id"])

    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["id"] == created["id"]
    assert shown["title"] == "燃气泄漏"
    assert shown["reports"] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--category", "天灾"], "unknown category"),
        (["--category", "accident", "--type", "volcano"], "unknown type"),
        (["--category", "accident", "--deaths", "-1"], "cannot be negative"),
        (["--category", "accident", "--deaths", "many"], "not a whole number"),
        (["--category", "accident", "--occurred", "yesterday"], "ISO-8601"),
        (["--category", "accident", "--lat", "29.8"], "both --lat and --lon"),
        (["--category", "accident", "--occurred", "2099-01-01T00:00"], "future"),
        (["--category", "accident", "--lat", "95", "--lon", "121"], "-90..90"),
    ],
)
def test_invalid_arguments_exit_2_with_a_clear_message(
    tmp_path: Path, args: list[str], message: str
) -> None:
    result = _run(tmp_path, "create", "--title", "x", *args)

    assert result.returncode == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_a_point_outside_the_district_is_a_readable_warning(tmp_path: Path) -> None:
    result = _run(tmp_path, "create", "--title", "x", "--category", "accident",
                  "--lat", "39.9", "--lon", "116.4")  # fmt: skip

    assert result.returncode == 0
    assert "warning: the point is outside Yinzhou District" in result.stderr


def test_show_takes_the_first_characters_of_an_id(tmp_path: Path) -> None:
    created = _create(tmp_path, "--title", "燃气泄漏", "--category", "accident")

    shown = _run(tmp_path, "show", created["short_id"])
    too_short = _run(tmp_path, "show", created["id"][:3])

    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["id"] == created["id"]
    assert too_short.returncode == 2
    assert "at least its first 4 characters" in too_short.stderr


def test_show_of_an_unknown_id_fails(tmp_path: Path) -> None:
    result = _run(tmp_path, "show", "no-such-id")

    assert result.returncode == 2
    assert "no incident" in result.stderr
