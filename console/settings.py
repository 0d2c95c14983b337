"""User settings kept as a small JSON file in the data folder."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path

_log = logging.getLogger("eoc.init")

SETTINGS_FILE = "settings.json"


@dataclass
class Settings:
    """Settings an administrator or officer may change.

    Attributes:
        language: UI language, ``zh_CN`` (default) or ``en``.
        tile_url: optional XYZ tile URL template (an intranet or 天地图 server);
            empty means the outline map on a plain background.
        database: database file name inside the data folder.
        last_officer: the officer chosen at the last start, offered first.
    """

    language: str = "zh_CN"
    tile_url: str = ""
    database: str = "console.sqlite"
    last_officer: str = ""


def load(data_dir: Path) -> Settings:
    """Read settings; a missing or unreadable file gives the defaults.

    An unreadable file is kept aside as ``settings.json.bad`` so nothing the
    user wrote is lost.
    """
    path = data_dir / SETTINGS_FILE
    if not path.exists():
        return Settings()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        known = {f.name for f in fields(Settings)}
        return Settings(**{k: str(v) for k, v in raw.items() if k in known})
    except (ValueError, TypeError, AttributeError) as exc:
        _log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        path.replace(path.with_name(SETTINGS_FILE + ".bad"))
        return Settings()


def save(data_dir: Path, settings: Settings) -> None:
    """Write settings atomically."""
    path = data_dir / SETTINGS_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(
        json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    tmp.replace(path)
