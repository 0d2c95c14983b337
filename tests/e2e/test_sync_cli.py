"""Two consoles and the real hub over loopback, driven by the command line."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONUTF8="1")
    env.pop("EOC_DATA_DIR", None)
    # No desktop keyring in tests: the token must go to the 0600 file.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return env


def console(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "console", *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=timeout,
        check=False,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    db = tmp_path / "hub.sqlite"
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "console",
            "--data-dir",
            str(tmp_path / "hub-data"),
            "hub",
            "serve",
            "--listen",
            f"127.0.0.1:{port}",
            "--db",
            str(db),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert "listening on" in line, process.stderr.read() if process.stderr else ""
        _wait_for(port)
        yield f"http://127.0.0.1:{port}", db
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_for(port: int) -> None:
    import time

    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.1)
    raise AssertionError("hub did not start")


def enroll(db: Path, name: str, data_dir: Path) -> str:
    result = console(
        "--data-dir",
        str(data_dir),
        "hub",
        "enroll",
        "--db",
        str(db),
        "--workstation",
        name,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)["token"]


def sync(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return console("sync", "--once", "--data-dir", str(data_dir), *args)


def test_an_incident_and_its_log_entry_travel_between_consoles(tmp_path, hub):
    url, db = hub
    a, b = tmp_path / "a", tmp_path / "b"
    token_a, token_b = enroll(db, "ws-a", a), enroll(db, "ws-b", b)
    created = console(
        "incident",
        "create",
        "--data-dir",
        str(a),
        "--title",
        "某化工厂爆炸",
        "--category",
        "accident",
        "--deaths",
        "2",
    )
    assert created.returncode == 0, created.stderr
    incident_id = json.loads(created.stdout)["id"]

    first = sync(a, "--hub", url, "--token", token_a)
    assert first.returncode == 0, first.stderr + first.stdout
    assert "0600" in first.stderr or "owner-only" in first.stderr
    mode = stat.S_IMODE((a / "sync-token").stat().st_mode)
    assert mode == 0o600
    assert sync(b, "--hub", url, "--token", token_b).returncode == 0
    # Remembered: no --hub or --token the second time.
    again = sync(a)
    assert again.returncode == 0, again.stderr
    summary = json.loads(again.stdout)
    assert summary["ok"] is True
    assert (summary["parked"], summary["waiting"], summary["conflicts"]) == (0, 0, 0)

    shown = console("incident", "show", incident_id, "--data-dir", str(b))
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["figures"]["deaths"] == 2
    with sqlite3.connect(b / "console.sqlite") as connection:
        texts = {row[0] for row in connection.execute("SELECT text FROM oplog_entries")}
    assert "某化工厂爆炸" in texts


def test_a_failed_round_exits_non_zero(tmp_path):
    data = tmp_path / "a"
    result = sync(
        data, "--hub", f"http://127.0.0.1:{free_port()}", "--token", "eoc1.x.y"
    )
    assert result.returncode == 1
    assert json.loads(result.stdout)["ok"] is False


def test_a_wrong_token_exits_non_zero(tmp_path, hub):
    url, _ = hub
    result = sync(tmp_path / "a", "--hub", url, "--token", "eoc1.abcdef.wrong")
    assert result.returncode == 1
    assert "unknown or revoked device" in json.loads(result.stdout)["error"]
    # A refused token is not remembered: the next run asks for one again.
    assert "it was not saved" in result.stderr
    again = sync(tmp_path / "a")
    assert again.returncode == 2
    assert "give --hub and --token" in again.stderr


def test_a_folder_that_synced_real_data_refuses_the_drill_space(tmp_path, hub):
    url, db = hub
    data = tmp_path / "a"
    token = enroll(db, "a", data)
    assert sync(data, "--hub", url, "--token", token).returncode == 0

    result = sync(data, "--space", "drill")

    assert result.returncode == 2
    assert "holds real data" in result.stderr
    assert json.loads((data / "sync.json").read_text())["space"] == "real"


def test_an_unreachable_hub_is_remembered_for_later(tmp_path):
    data = tmp_path / "a"
    url = f"http://127.0.0.1:{free_port()}"
    first = sync(data, "--hub", url, "--token", "eoc1.abcdef.offline")
    again = sync(data)

    assert first.returncode == again.returncode == 1
    assert json.loads(again.stdout)["ok"] is False
    assert "cannot reach the hub at 127.0.0.1" in json.loads(again.stdout)["error"]
    assert "give --hub" not in again.stderr


@pytest.mark.parametrize(
    "url", ["hub:8443", "htp://hub:8443", "http://", "127.0.0.1", "http://exa mple:80"]
)
def test_a_malformed_hub_address_is_refused_and_not_kept(tmp_path, url):
    data = tmp_path / "a"
    result = sync(data, "--hub", url, "--token", "eoc1.abcdef.offline")

    assert result.returncode == 2
    assert "is not a URL like https://" in result.stderr
    assert not (data / "sync.json").exists()


def test_a_missing_ca_file_is_named(tmp_path):
    data = tmp_path / "a"
    result = sync(data, "--hub", "https://127.0.0.1:9", "--token", "eoc1.ab.cd",
                  "--ca-file", str(tmp_path / "gone.pem"))  # fmt: skip

    assert result.returncode == 2
    assert "gone.pem does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_show_lists_conflicts_and_refusals(tmp_path):
    result = console("sync", "--show", "--data-dir", str(tmp_path / "a"))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"conflicts": [], "rejected": [], "parked": []}
    missing = console("sync", "--resolve", "nope", "--data-dir", str(tmp_path / "a"))
    assert missing.returncode == 2
    assert "no conflict 'nope'" in missing.stderr


def test_enrol_scopes_name_a_town_or_the_whole_district(tmp_path):
    db = tmp_path / "hub.sqlite"

    def enrol(*scope: str) -> subprocess.CompletedProcess[str]:
        return console("--data-dir", str(tmp_path / "hubdata"), "hub", "enroll",
                       "--db", str(db), "--workstation", "x", *scope)  # fmt: skip

    town = enrol("--scope", "姜山镇")
    district = enrol("--scope", "鄞州区")
    unknown = enrol("--scope", "火星镇")

    assert json.loads(town.stdout)["scope"].startswith("姜山镇")
    assert json.loads(district.stdout)["scope"] == "district"
    assert unknown.returncode == 2
    assert "leave --scope out for the whole district" in unknown.stderr


def test_enrolling_a_name_again_says_the_old_token_stops(tmp_path):
    db = tmp_path / "hub.sqlite"

    def enrol(name: str) -> subprocess.CompletedProcess[str]:
        return console("--data-dir", str(tmp_path / "hubdata"), "hub", "enroll",
                       "--db", str(db), "--workstation", name)  # fmt: skip

    first, again, blank = enrol("值班台1"), enrol("值班台1"), enrol("  ")

    assert json.loads(first.stdout)["replaced_tokens"] == 0
    assert "no longer works" not in first.stderr
    assert json.loads(again.stdout)["replaced_tokens"] == 1
    assert "值班台1 was enrolled before" in again.stderr
    assert blank.returncode == 2
    assert "--workstation must name" in blank.stderr


def test_hub_commands_explain_what_they_cannot_do(tmp_path):
    nowhere = str(tmp_path / "no-such-folder" / "hub.sqlite")
    enrol = console("hub", "enroll", "--db", nowhere, "--workstation", "a")
    compact = console("hub", "compact", "--db", nowhere, "--keep", "-5")
    no_cert = console(
        "hub", "serve", "--listen", "127.0.0.1:0", "--db", str(tmp_path / "h.sqlite"),
        "--cert", str(tmp_path / "none.pem"), "--key", str(tmp_path / "none.key"),
    )  # fmt: skip
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = console(
            "hub", "serve", "--listen", f"127.0.0.1:{port}",
            "--db", str(tmp_path / "h.sqlite"),
        )  # fmt: skip

    assert enrol.returncode == 1
    assert "cannot open the hub database" in enrol.stderr
    assert compact.returncode == 2
    assert "--keep must be 0 or more" in compact.stderr
    assert no_cert.returncode == 2
    assert "cannot use the TLS certificate and key" in no_cert.stderr
    assert busy.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in busy.stderr
    assert "listening on" not in busy.stdout
    for result in (enrol, compact, no_cert, busy):
        assert "Traceback" not in result.stderr
