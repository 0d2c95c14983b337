"""The plan library: the shipped plans plus the district's own.

Shipped plans live in the top-level ``plans`` package (``plans/library``);
the district's own plans, imported later, live in ``<data dir>/plans``. A bad
file never hides the good ones: the library keeps every plan that loads and
reports the rest as errors.
"""

from __future__ import annotations

import logging
import shutil
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from console.plans.loader import PlanFileError, check_file
from console.plans.model import Plan
from console.plans.schema import PlanError

log = logging.getLogger("eoc.plans")

SHIPPED = "shipped"
USER = "user"
USER_FOLDER = "plans"


def shipped_dir() -> Path:
    """The folder of the plans that ship with the console.

    A PyInstaller bundle keeps the package layout under ``sys._MEIPASS``.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "plans" / "library"
    return Path(str(resources.files("plans") / "library"))


def user_dir(data_dir: Path) -> Path:
    """The folder of the district's own plan files (it may not exist yet)."""
    return data_dir / USER_FOLDER


@dataclass(frozen=True)
class Entry:
    """A plan and where it came from."""

    plan: Plan
    path: Path
    origin: str


@dataclass(frozen=True)
class Library:
    """Every plan that loaded, and an error for every file that did not."""

    entries: tuple[Entry, ...]
    errors: tuple[PlanError, ...]

    @property
    def plans(self) -> tuple[Plan, ...]:
        return tuple(entry.plan for entry in self.entries)

    def versions(self, plan_id: str) -> tuple[Plan, ...]:
        """The versions of one plan, oldest first (by date, then version)."""
        found = [plan for plan in self.plans if plan.id == plan_id]
        return tuple(sorted(found, key=_version_key))

    def get(self, plan_id: str) -> Plan | None:
        """The newest version of a plan, or None."""
        versions = self.versions(plan_id)
        return versions[-1] if versions else None


def _version_key(plan: Plan) -> tuple[str, str]:
    when = plan.effective or plan.signed or plan.published
    return (when.isoformat() if when else "", plan.version)


def load_library(data_dir: Path | None = None) -> Library:
    """Load the shipped plans and, given a data folder, the district's own.

    Two files that hold the same plan id and version are an error: the later
    file (shipped before user, then by name) is left out.
    """
    folders = [(shipped_dir(), SHIPPED)]
    if data_dir is not None:
        folders.append((user_dir(data_dir), USER))
    entries: list[Entry] = []
    errors: list[PlanError] = []
    seen: dict[tuple[str, str], Path] = {}
    for folder, origin in folders:
        for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
            plan, problems = check_file(path)
            errors.extend(problems)
            if plan is None:
                continue
            first = seen.setdefault((plan.id, plan.version), path)
            if first != path:
                message = (
                    f"plan '{plan.id}' version '{plan.version}' "
                    f"is already defined in {first}"
                )
                errors.append(PlanError(str(path), 1, message))
                continue
            entries.append(Entry(plan, path, origin))
    log.info("Loaded %d plans, %d file errors", len(entries), len(errors))
    for error in errors:
        log.info("Plan file error: %s", error)
    return Library(tuple(entries), tuple(errors))


def import_plan(source: Path, data_dir: Path, *, replace: bool = False) -> Entry:
    """Check a plan file and copy it, unchanged, into the user folder.

    The file is copied byte for byte so that its comments survive.

    Raises:
        PlanFileError: the file is invalid, or would clash with a plan in the
            library or a file of the same name.
    """
    plan, errors = check_file(source)
    if plan is None:
        raise PlanFileError(errors)
    target = user_dir(data_dir) / source.name
    if target.suffix != ".yaml":
        target = target.with_suffix(".yaml")
    clash = _clash(plan, target, data_dir, replace=replace)
    if clash:
        raise PlanFileError([PlanError(str(source), 1, clash)])
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    log.info("Imported plan %s version %s to %s", plan.id, plan.version, target)
    return Entry(plan, target, USER)


def _clash(plan: Plan, target: Path, data_dir: Path, *, replace: bool) -> str:
    if target.exists() and not replace:
        return f"{target} already exists"
    for entry in load_library(data_dir).entries:
        same = (entry.plan.id, entry.plan.version) == (plan.id, plan.version)
        if same and entry.path != target:
            return (
                f"plan '{plan.id}' version '{plan.version}' "
                f"is already in the library ({entry.path})"
            )
    return ""
