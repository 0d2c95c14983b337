"""The plan library as the views share it: loaded once, reloaded on change."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from console.plans.library import Library, load_library
from console.plans.model import Plan

REPEALED = "repealed"


class PlanShelf(QObject):
    """Holds the loaded plan library for every plan view of a window.

    Plan files change only through the console (the editor saves, an import
    copies) or by hand between starts, so the library is read at start and
    again after each such change, not on a timer.

    Attributes:
        library: the plans that loaded and the files that did not.

    Signals:
        reloaded(): the library was read again.
    """

    reloaded = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.library: Library = load_library(data_dir)

    def reload(self) -> None:
        self.library = load_library(self.data_dir)
        self.reloaded.emit()

    def find(self, plan_id: str, version: str) -> Plan | None:
        """The exact version an activation was made with, if still here."""
        for plan in self.library.versions(plan_id):
            if plan.version == version:
                return plan
        return None

    def current_plans(self) -> list[Plan]:
        """Per plan, the version to activate: the newest not repealed."""
        chosen = []
        for plan_id in dict.fromkeys(plan.id for plan in self.library.plans):
            versions = self.library.versions(plan_id)
            usable = [plan for plan in versions if plan.status != REPEALED]
            if usable:
                chosen.append(usable[-1])
        return chosen
