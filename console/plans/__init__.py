"""Emergency plans (应急预案): the model, plan files and the plan library.

Plans are YAML files checked against a schema (see ``plans/library/README.md``);
every item says whether it was verified against the official text or is a
sample. This package is Qt-free and does not touch the database.
"""

from __future__ import annotations

from console.plans.diff import diff_plans
from console.plans.export import dump_plan, export_plan, plan_to_data
from console.plans.library import (
    Entry,
    Library,
    import_plan,
    load_library,
    shipped_dir,
    user_dir,
)
from console.plans.loader import (
    MAX_BYTES,
    PlanFileError,
    check_file,
    check_text,
    load_plan,
    parse_plan,
)
from console.plans.model import (
    Action,
    MeasureSet,
    Plan,
    PlanLevel,
    Section,
    Source,
    Threshold,
    Trigger,
    WarningSignal,
)
from console.plans.schema import PlanError

__all__ = [
    "MAX_BYTES",
    "Action",
    "Entry",
    "Library",
    "MeasureSet",
    "Plan",
    "PlanError",
    "PlanFileError",
    "PlanLevel",
    "Section",
    "Source",
    "Threshold",
    "Trigger",
    "WarningSignal",
    "check_file",
    "check_text",
    "diff_plans",
    "dump_plan",
    "export_plan",
    "import_plan",
    "load_library",
    "load_plan",
    "parse_plan",
    "plan_to_data",
    "shipped_dir",
    "user_dir",
]
