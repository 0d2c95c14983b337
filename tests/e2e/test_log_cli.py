"""``eoc-console log add|search|export|verify`` run as real processes."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONUTF8="1", PYTHONPATH=str(ROOT))
    env.pop("EOC_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "console", "log", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def _add(data_dir: Path, *args: str) -> dict:
    if "--officer" not in args:
        args = (*args, "--officer", "李娜")
    result = _run(data_dir, "add", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("log-cli")
    _add(
        folder,
        "--text",
        "台风烟花登陆，宁波市启动防台风应急响应",
        "--officer",
        "张伟",
    )
    _add(
        folder,
        "--kind",
        "phone",
        "--text",
        "姜山镇道路积水",
        "--unit",
        "姜山镇政府",
        "--caller",
        "李明",
        "--handling",
        "已通知排涝队",
        "--event-at",
        "2026-08-01T14:05",
        "--significant",
    )
    _add(folder, "--text", "=cmd|' /C calc'!A0", "--kind", "instruction")
    return folder


def test_add_prints_the_chained_entry(data_dir: Path) -> None:
    entry = _add(data_dir, "--text", "交接班", "--officer", "李娜")

    assert entry["officer"] == "李娜"
    assert entry["site_seq"] > 1
    assert len(entry["entry_hash"]) == 64


def test_search_finds_short_and_long_terms(data_dir: Path) -> None:
    terms = (("台", 1), ("台风", 1), ("台风烟", 1), ("积水 李明", 1))
    for query, expected in terms:
        result = _run(data_dir, "search", query, "--json")
        assert result.returncode == 0, result.stderr
        entries = json.loads(result.stdout)["entries"]
        assert len(entries) == expected, query


def test_search_filters_and_plain_output(data_dir: Path) -> None:
    result = _run(data_dir, "search", "积水", "--kind", "phone")

    assert result.returncode == 0, result.stderr
    assert "[值班电话记录]" in result.stdout
    assert "来电单位：姜山镇政府" in result.stdout
    none = _run(data_dir, "search", "积水", "--officer", "张伟", "--json")
    assert json.loads(none.stdout)["entries"] == []


def test_search_with_special_characters(data_dir: Path) -> None:
    for query in ('"', "AND", "-", "*", 'a"b"c'):
        assert _run(data_dir, "search", query).returncode == 0, query


def test_bad_usage_exits_2(data_dir: Path) -> None:
    assert _run(data_dir, "search", "x", "--since", "yesterday").returncode == 2
    assert _run(data_dir, "add", "--text", "x", "--incident", "nope").returncode == 2
    assert _run(data_dir, "add", "--text", "x", "--kind", "system").returncode == 2
    assert _run(data_dir, "add", "--text", "   ", "--officer", "李娜").returncode == 2
    assert _run(data_dir, "verify", "--package", "/no/such.zip").returncode == 2
    late = _run(data_dir, "search", "--since", "2026-08-02", "--until", "2026-08-01")
    assert late.returncode == 2


def test_an_unknown_incident_is_refused_not_searched(
    data_dir: Path, tmp_path: Path
) -> None:
    # Finding nothing for a mistyped id would read as "nothing was logged".
    found = _run(data_dir, "search", "台", "--incident", "nope")
    out = tmp_path / "x.csv"
    exported = _run(data_dir, "export", "--format", "csv", "--out", str(out),
                    "--incident", "nope")  # fmt: skip

    assert (found.returncode, exported.returncode) == (2, 2)
    assert "no incident 'nope'" in found.stderr
    assert "no incident 'nope'" in exported.stderr
    assert not out.exists()


def test_export_csv_and_xlsx(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.csv"
    result = _run(data_dir, "export", "--format", "csv", "--out", str(out))

    assert result.returncode == 0, result.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert any("'=cmd|' /C calc'!A0" in row for row in rows)
    xlsx = tmp_path / "log.xlsx"
    result = _run(data_dir, "export", "--format", "xlsx", "--out", str(xlsx))
    assert result.returncode == 0, result.stderr
    assert xlsx.read_bytes()[:2] == b"PK"


def test_export_pdf_without_a_screen(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "log.pdf"
    result = _run(
        data_dir, "export", "--format", "pdf", "--out", str(out), "--query", "台风"
    )

    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert json.loads(result.stdout)["entries"] == 1


def test_package_verifies_and_tampering_is_named(
    data_dir: Path, tmp_path: Path
) -> None:
    package = tmp_path / "evidence.zip"
    result = _run(data_dir, "export", "--format", "package", "--out", str(package))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(package) as archive:
        assert sorted(archive.namelist()) == [
            "chains.json",
            "entries.json",
            "log.pdf",
            "manifest.json",
        ]
        members = {name: archive.read(name) for name in archive.namelist()}

    ok = _run(tmp_path / "elsewhere", "verify", "--package", str(package))
    assert ok.returncode == 0, ok.stderr
    # Checking a package makes no database where there was none.
    assert not (tmp_path / "elsewhere" / "console.sqlite").exists()
    at_home = _run(data_dir, "verify", "--package", str(package))
    assert at_home.returncode == 0, at_home.stderr
    assert "unchanged in the database" in at_home.stdout

    members["entries.json"] = members["entries.json"].replace(
        "积水".encode(), "干燥".encode()
    )
    with zipfile.ZipFile(package, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    broken = _run(tmp_path / "elsewhere", "verify", "--package", str(package))
    assert broken.returncode == 1
    assert "entries.json does not match its SHA-256" in broken.stderr


def test_verify_names_the_first_broken_link(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    _add(folder, "--text", "第一条")
    target = _add(folder, "--text", "第二条")
    _add(folder, "--text", "第三条")
    assert _run(folder, "verify").returncode == 0

    with closing(sqlite3.connect(folder / "console.sqlite")) as connection:
        connection.execute("DROP TRIGGER oplog_entries_no_update")
        connection.execute(
            "UPDATE oplog_entries SET text = '第二条（改）' WHERE id = ?",
            (target["id"],),
        )
        connection.commit()
    result = _run(folder, "verify")

    assert result.returncode == 1
    assert f"seq {target['site_seq']} entry {target['id']}" in result.stderr
    assert "content does not match" in result.stderr


def test_an_entry_about_an_incident_names_it(tmp_path: Path) -> None:
    env = dict(os.environ, PYTHONUTF8="1", PYTHONPATH=str(ROOT))
    env.pop("EOC_DATA_DIR", None)
    created = subprocess.run(
        [sys.executable, "-m", "console", "--data-dir", str(tmp_path), "incident",
         "create", "--title", "姜山镇内涝", "--category", "natural",
         "--type", "flood_drought"],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=120,
        check=True,
    )  # fmt: skip
    incident_id = json.loads(created.stdout)["id"]

    entry = _add(tmp_path, "--text", "排涝泵站启动", "--incident", incident_id)

    assert entry["incident_title"] == "姜山镇内涝"


def test_an_entry_is_written_by_someone(tmp_path: Path) -> None:
    unsigned = _run(tmp_path, "add", "--text", "巡查完毕")

    assert unsigned.returncode == 2
    assert "--officer" in unsigned.stderr
    assert "no shift on the roster now" in unsigned.stderr
    signed = _add(tmp_path, "--text", "巡查完毕", "--officer", "张伟")
    assert signed["officer"] == "张伟"
    for impostor in ("系统", "system"):
        posing = _run(tmp_path, "add", "--text", "冒充", "--officer", impostor)
        assert posing.returncode == 2
        assert "names the console itself" in posing.stderr


def test_search_names_the_console_as_shown_and_says_when_nothing_matches(
    data_dir: Path,
) -> None:
    by_console = _run(data_dir, "search", "", "--officer", "系统", "--json")
    nothing = _run(data_dir, "search", "不存在的词语")

    entries = json.loads(by_console.stdout)["entries"]
    assert entries
    assert {e["officer"] for e in entries} == {"system"}
    assert nothing.returncode == 0
    assert nothing.stdout == ""
    assert "no entries match" in nothing.stderr
