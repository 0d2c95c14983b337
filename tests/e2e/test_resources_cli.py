"""``eoc-console import|export|sample-data|resources near`` as scripts use them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from openpyxl import Workbook


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONUTF8="1")
    env.pop("EOC_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "console", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _teams_xlsx(path: Path, headcount: object) -> Path:
    book = Workbook()
    sheet = book.active
    place = ["基层", "姜山镇", 29.7, 121.53]
    header = ["队伍名称", "类型", "所属镇街", "纬度", "经度", "人数"]
    sheet.append([*header, "能力"])
    for number in range(15):
        sheet.append([f"队伍{number}", *place, 10, "排涝"])
    sheet.append(["第十六队", *place, headcount, "排涝"])
    book.save(path)
    return path


def test_a_bad_row_exits_1_naming_file_row_and_column(tmp_path: Path) -> None:
    path = _teams_xlsx(tmp_path / "teams.xlsx", "十二")

    result = _run(tmp_path / "data", "import", "teams", str(path))

    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "teams.xlsx:17: 人数: not a whole number: '十二'"
    ]
    assert "nothing was imported" in result.stderr


def test_dry_run_then_import_then_nothing_new(tmp_path: Path) -> None:
    path = _teams_xlsx(tmp_path / "teams.xlsx", 12)
    data = tmp_path / "data"

    dry = _run(data, "import", "teams", str(path), "--dry-run")
    real = _run(data, "import", "teams", str(path), "--json")
    again = _run(data, "import", "teams", str(path), "--json")

    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[-1] == "teams.xlsx:17: new: 第十六队"
    assert "16 new, 0 updated, 0 unchanged (dry run" in dry.stderr
    assert json.loads(real.stdout)["counts"] == {
        "new": 16,
        "updated": 0,
        "unchanged": 0,
    }
    assert json.loads(again.stdout)["counts"] == {
        "new": 0,
        "updated": 0,
        "unchanged": 16,
    }


def test_a_refused_file_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "teams.csv"
    path.write_bytes("队伍名称,人数\n甲,1\n".encode())

    result = _run(tmp_path / "data", "import", "teams", str(path))

    assert result.returncode == 1
    # Said once, on stderr, where errors go.
    assert result.stdout == ""
    assert result.stderr.count("missing column(s): 类型, 纬度, 经度") == 1


def test_export_template_and_round_trip(tmp_path: Path) -> None:
    data = tmp_path / "data"
    template = tmp_path / "shelters.xlsx"

    assert _run(data, "export", "shelters", str(template)).returncode == 0
    imported = _run(data, "import", "shelters", str(template))
    assert imported.returncode == 0
    assert "0 new, 0 updated, 0 unchanged" in imported.stderr
    _run(data, "import", "teams", str(_teams_xlsx(tmp_path / "t.xlsx", 3)))
    out = tmp_path / "out.csv"
    assert _run(data, "export", "teams", str(out)).returncode == 0
    assert "16 unchanged" in _run(data, "import", "teams", str(out)).stderr


def test_sample_data_and_near(tmp_path: Path) -> None:
    data = tmp_path / "data"

    made = _run(data, "sample-data", "--scale", "0.02", "--businesses", "10")
    near = _run(
        data,
        "resources",
        "near",
        "--lat",
        "29.8",
        "--lon",
        "121.55",
        "--km",
        "30",
        "--json",
    )
    plain = _run(data, "resources", "near", "--lat", "29.8", "--lon", "121.55",
                 "--km", "30")  # fmt: skip
    exported = _run(data, "export", "teams", str(tmp_path / "teams.csv"))
    refused = _run(
        tmp_path / "other",
        "resources",
        "near",
        "--lat",
        "129.8",
        "--lon",
        "1",
        "--km",
        "3",
    )

    assert made.returncode == 0, made.stderr
    assert json.loads(made.stdout)["written"]["teams"]["new"] == 8
    found = json.loads(near.stdout)
    distances = [t["distance_km"] for t in found["teams"]]
    assert distances == sorted(distances)
    assert all(t["name"].startswith("【演示】") for t in found["teams"])
    assert "救援队伍（" in plain.stdout
    assert "0 teams row(s) exported" in exported.stderr
    assert "8 sample (【演示】) record(s) left out" in exported.stderr
    assert refused.returncode == 2


def test_sample_data_refuses_a_database_with_real_records(tmp_path: Path) -> None:
    data = tmp_path / "data"
    _run(data, "import", "teams", str(_teams_xlsx(tmp_path / "t.xlsx", 3)))

    result = _run(data, "sample-data", "--scale", "0.01")

    assert result.returncode == 1
    assert "real records (teams 16)" in result.stderr
