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


def _incident(data_dir: Path, kind: str = "typhoon") -> str:
    category = "natural" if kind == "typhoon" else "accident"
    result = _run(
        data_dir,
        "incident",
        "create",
        "--title",
        "台风" if kind == "typhoon" else "危化品泄漏",
        "--category",
        category,
        "--type",
        kind,
        "--lat",
        "29.8",
        "--lon",
        "121.6",
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["id"]


def _activate(
    data_dir: Path, incident: str, *extra: str, level: str = "IV"
) -> subprocess.CompletedProcess[str]:
    """``plan activate`` of the flood plan on ``incident``."""
    return _run(
        data_dir,
        "plan",
        "activate",
        "--incident",
        incident,
        "--plan",
        "yinzhou-flood-typhoon-2023",
        "--level",
        level,
        *extra,
    )


def test_activate_prints_items_with_unit_and_due(tmp_path: Path) -> None:
    incident = _incident(tmp_path)

    who = ("--decided-by", "区防指 总指挥")
    result = _activate(tmp_path, incident, *who, level="III")

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
        "--decided-by",
        "区防指 总指挥",
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
        "--decided-by",
        "区防指 总指挥",
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
        "--decided-by",
        "区防指 总指挥",
    )

    assert (no_plan.returncode, no_incident.returncode) == (2, 2)
    assert "no plan 'nope'" in no_plan.stderr
    assert "no incident" in no_incident.stderr
    assert no_level.returncode == 2
    assert "has no level IV" in no_level.stderr


def test_activate_needs_who_decided_and_records_it(tmp_path: Path) -> None:
    incident = _incident(tmp_path)

    unnamed = _activate(tmp_path, incident)
    blank = _activate(tmp_path, incident, "--decided-by", " ")
    named = _activate(tmp_path, incident, "--decided-by", "区防指 副总指挥")

    assert unnamed.returncode == 2
    assert "--decided-by" in unnamed.stderr
    assert blank.returncode == 2
    assert named.returncode == 0, named.stderr
    shown = json.loads(_run(tmp_path, "incident", "show", incident).stdout)
    assert shown["response_level"] == "IV"


def test_activate_refuses_a_second_copy_and_another_type(tmp_path: Path) -> None:
    typhoon = _incident(tmp_path)
    leak = _incident(tmp_path, "hazardous_chemicals")
    who = ("--decided-by", "区防指 总指挥")

    first = _activate(tmp_path, typhoon, *who)
    again = _activate(tmp_path, typhoon, *who)
    wrong_type = _activate(tmp_path, leak, *who)
    forced = _activate(tmp_path, leak, *who, "--other-type")

    assert first.returncode == 0, first.stderr
    assert again.returncode == 2
    assert "already runs" in again.stderr
    assert wrong_type.returncode == 2
    assert "does not cover incident type 'hazardous_chemicals'" in wrong_type.stderr
    assert forced.returncode == 0, forced.stderr


def _level(
    data_dir: Path, incident: str, level: str
) -> subprocess.CompletedProcess[str]:
    return _run(
        data_dir,
        "plan",
        "level",
        "--incident",
        incident[:8],
        "--plan",
        "yinzhou-flood-typhoon-2023",
        "--level",
        level,
        "--decided-by",
        "区防指 总指挥",
    )


def test_level_raises_and_lowers_a_running_plan(tmp_path: Path) -> None:
    incident = _incident(tmp_path)
    not_running = _level(tmp_path, incident, "III")
    assert _activate(tmp_path, incident, "--decided-by", "区防指").returncode == 0

    raised = _level(tmp_path, incident, "III")
    same = _level(tmp_path, incident, "III")
    lowered = _level(tmp_path, incident, "IV")
    shown = _run(tmp_path, "incident", "show", incident)

    assert not_running.returncode == 2
    assert "is not running" in not_running.stderr
    assert raised.returncode == 0, raised.stderr
    up = json.loads(raised.stdout)
    assert (up["from"], up["level"]) == ("IV", "III")
    assert up["added"]
    assert {item["level"] for item in up["added"]} == {"III"}
    assert same.returncode == 2
    assert "already runs at level III" in same.stderr
    assert lowered.returncode == 0, lowered.stderr
    down = json.loads(lowered.stdout)
    assert (down["from"], down["level"], down["added"]) == ("III", "IV", [])
    assert json.loads(shown.stdout)["response_level"] == "III"
