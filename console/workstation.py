"""The workstation's stable identity.

Every replicated row records the workstation that made it, so the id must
survive a new database file (for example after a corrupt one was set aside).
It therefore lives in its own small file in the data folder, not in the
database.
"""

from __future__ import annotations

import json
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path

IDENTITY_FILE = "workstation.json"


@dataclass(frozen=True)
class Workstation:
    """Who this machine is to the rest of the network."""

    id: str
    name: str


def load_or_create(data_dir: Path) -> Workstation:
    """Read the workstation identity, creating it on first run."""
    path = data_dir / IDENTITY_FILE
    if path.exists():
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return Workstation(id=str(uuid.UUID(raw["id"])), name=str(raw["name"]))
        except (ValueError, KeyError, TypeError) as exc:
            raise WorkstationIdentityError(path, str(exc)) from exc

    identity = Workstation(id=str(uuid.uuid4()), name=socket.gethostname())
    tmp = path.with_suffix(".tmp")
    tmp.write_text(
        json.dumps({"id": identity.id, "name": identity.name}, ensure_ascii=False),
        encoding="utf-8",
    )
    tmp.replace(path)
    return identity


class WorkstationIdentityError(Exception):
    """The identity file exists but cannot be read.

    It is never replaced silently: a new id would make this machine look like
    a stranger to the hub and to its own earlier records.
    """

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"cannot read workstation identity {path}: {reason}")
        self.path = path
