"""``eoc-console plan validate|list`` run as real processes, as CI and editors do."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from console.plans import shipped_dir

ERROR_LINE = re.compile(r"^(?P<file>.+):(?P<line>[0-9]+): (?P<message>.+)$")


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONUTF8="1")
    env.pop("EOC_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "console", "--data-dir", str(data_dir), "plan", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
        check=False,
    )


def _shipped() -> list[str]:
    return [str(path) for path in sorted(shipped_dir().glob("*.yaml"))]


def _broken(tmp_path: Path) -> tuple[Path, int]:
    """A copy of a shipped plan with a bad ``kind``, and that line's number."""
    good = (shipped_dir() / "yinzhou-hazchem-sample.yaml").read_text(encoding="utf-8")
    lines = good.splitlines()
    kind_line = lines.index("kind: special") + 1
    lines[kind_line - 1] = "kind: 专项"
    path = tmp_path / "broken.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, kind_line


def test_validate_shipped_plans_exits_0_silently(tmp_path: Path) -> None:
    result = _run(tmp_path, "validate", *_shipped())

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == ""


def test_validate_a_folder(tmp_path: Path) -> None:
    result = _run(tmp_path, "validate", str(shipped_dir()))

    assert result.returncode == 0, result.stdout + result.stderr


def test_validate_prints_file_line_message_and_exits_1(tmp_path: Path) -> None:
    broken, line = _broken(tmp_path)

    result = _run(tmp_path, "validate", _shipped()[0], str(broken))

    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{broken}:{line}: 'kind' must be one of overall, special, department,"
        " township, enterprise; got '专项'"
    ]


def test_validate_reports_each_problem_on_its_own_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\nkind: 专项\n", encoding="utf-8")
    missing = tmp_path / "missing.yaml"

    result = _run(tmp_path, "validate", str(path), str(missing))

    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert all(ERROR_LINE.match(line) for line in lines), lines
    assert [line.split(":")[1] for line in lines] == ["1", "2", "1"]
    assert lines[-1] == f"{missing}:1: cannot read file: No such file or directory"


def test_validate_without_files_is_a_usage_error(tmp_path: Path) -> None:
    result = _run(tmp_path, "validate")

    assert result.returncode == 2
    assert "FILE" in result.stderr


def test_list_json(tmp_path: Path) -> None:
    result = _run(tmp_path, "list", "--json")

    assert result.returncode == 0, result.stderr
    plans = {item["id"]: item for item in json.loads(result.stdout)}
    assert set(plans) == {
        "yinzhou-flood-typhoon-2023",
        "yinzhou-production-safety-sample",
        "yinzhou-hazchem-sample",
        "enterprise-template-gbt29639",
    }
    flood = plans["yinzhou-flood-typhoon-2023"]
    assert flood["title"] == "宁波市鄞州区防汛防台抗旱应急预案（2023年修订版）"
    assert flood["levels"] == ["IV", "III", "II", "I"]
    assert flood["doc_no"] == "鄞政办发〔2023〕55号"
    assert (flood["kind"], flood["status"]) == ("special", "filed")
    assert flood["verified_actions"] == 0
    assert flood["sample_actions"] > 0
    assert plans["enterprise-template-gbt29639"]["levels"] == ["III", "II", "I"]


def test_list_includes_user_plans_and_reports_broken_ones(tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "plans").mkdir(parents=True)
    broken, line = _broken(data / "plans")

    result = _run(data, "list", "--json")

    assert result.returncode == 1
    assert len(json.loads(result.stdout)) == 4
    assert result.stderr.splitlines()[-1].startswith(f"{broken}:{line}: 'kind'")


def test_list_needs_a_known_option(tmp_path: Path) -> None:
    result = _run(tmp_path, "list", "--yaml")

    assert result.returncode == 2


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONUTF8="1")
    env.pop("EOC_DATA_DIR", None)
    command = [sys.executable, "-m", "console", "--data-dir", str(tmp_path)]
    process = subprocess.Popen(
        [*command, "plan", "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # as `| head` does once it has its lines

    errors = process.stderr.read().decode("utf-8")
    status = process.wait(timeout=60)

    assert "Traceback" not in errors
    assert status == 141
