"""Where data lives, and the workstation's identity."""

from __future__ import annotations

from pathlib import Path

import pytest

from console import paths, settings
from console.workstation import WorkstationIdentityError, load_or_create


def test_explicit_data_dir_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))

    assert paths.data_dir(tmp_path / "cli") == tmp_path / "cli"
    assert paths.data_dir() == tmp_path / "env"
    assert (tmp_path / "env").is_dir()


def test_default_data_dir_is_the_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.setattr(
        paths.platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "user")
    )

    assert paths.data_dir() == tmp_path / "user"


def test_workstation_id_is_stable(tmp_path: Path) -> None:
    first = load_or_create(tmp_path)
    second = load_or_create(tmp_path)

    assert first == second
    assert len(first.id) == 36


def test_damaged_identity_is_reported_not_replaced(tmp_path: Path) -> None:
    (tmp_path / "workstation.json").write_text("{broken", encoding="utf-8")

    with pytest.raises(WorkstationIdentityError):
        load_or_create(tmp_path)

    assert (tmp_path / "workstation.json").read_text(encoding="utf-8") == "{broken"


def test_unreadable_settings_are_kept_aside(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text("not json", encoding="utf-8")

    loaded = settings.load(tmp_path)

    assert loaded == settings.Settings()
    assert (tmp_path / "settings.json.bad").read_text(encoding="utf-8") == "not json"


def test_settings_round_trip(tmp_path: Path) -> None:
    settings.save(tmp_path, settings.Settings(language="en", tile_url="x/{z}"))

    assert settings.load(tmp_path).tile_url == "x/{z}"
