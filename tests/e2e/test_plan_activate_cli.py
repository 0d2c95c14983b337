"""``eoc-console plan activate`` prints the created checklist as JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONUTF8="1")
    env.pop("EOC_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "console", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _incident(data_dir: Path) -> str:
    result = _run(
        data_dir,
        "incident",
        "create",
        "--title",
        "台风",
        "--category",
        "natural",
        "--type",
        "typhoon",
        "--lat",
        "29.8",
        "--lon",
        "121.6",
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["id"]


def test_activate_prints_items_with_unit_and_due(tmp_path: Path) -> None:
    incident = _incident(tmp_path)

    result = _run(
        tmp_path,
        "plan",
        "activate",
        "--incident",
        incident,
        "--plan",
        "yinzhou-flood-typhoon-2023",
        "--level",
        "III",
    )

    assert result.returncode == 0, result.stderr
    checklist = json.loads(result.stdout)
    assert checklist["level"] == "III"
    assert checklist["items"]
    assert {item["level"] for item in checklist["items"]} == {"IV", "III"}
    for item in checklist["items"]:
        assert item["text"]
        assert item["unit"]
        if item["due"] is not None:
            datetime.fromisoformat(item["due"])
    assert any(item["due"] for item in checklist["items"])


def test_activate_refuses_unknown_plan_level_and_incident(tmp_path: Path) -> None:
    incident = _incident(tmp_path)

    no_plan = _run(
        tmp_path,
        "plan",
        "activate",
        "--incident",
        incident,
        "--plan",
        "nope",
        "--level",
        "III",
    )
    no_incident = _run(
        tmp_path,
        "plan",
        "activate",
        "--incident",
        "nope",
        "--plan",
        "yinzhou-flood-typhoon-2023",
        "--level",
        "III",
    )
    no_level = _run(
        tmp_path,
        "plan",
        "activate",
        "--incident",
        incident,
        "--plan",
        "enterprise-template-gbt29639",
        "--level",
        "IV",
    )

    assert (no_plan.returncode, no_incident.returncode) == (2, 2)
    assert "no plan 'nope'" in no_plan.stderr
    assert "no incident" in no_incident.stderr
    assert no_level.returncode == 2
    assert "has no level IV" in no_level.stderr
