"""Write a plan back out as a plan file that the loader reads unchanged.

Keys come out in the schema's order, so an exported file reads like the
shipped ones and a text diff of two exports lines up.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import yaml

from console.plans.model import Plan
from console.plans.schema import OPTIONAL, RECORDS

HEADER = "# 应急预案文件 (emergency plan) — format: plans/library/README.md\n"

# Which record spec describes the items of each list or mapping field.
_NESTED = {
    "sources": "source",
    "sections": "section",
    "levels": "level",
    "triggers": "trigger",
    "warning": "warning",
    "thresholds": "threshold",
    "actions": "action",
    "measures": "measure set",
}


# Small leaf records and name lists read best on one line, as in the shipped
# files: ``- {number: "5.4", title: ..., verification: verified, ...}``.
_FLOW_RECORDS = frozenset({"section", "warning", "threshold"})
_FLOW_LISTS = frozenset({"incident_types", "support"})


class _FlowMap(dict[str, Any]):
    """A mapping the dumper writes in flow style."""


class _FlowList(list[Any]):
    """A list the dumper writes in flow style."""


class _Dumper(yaml.SafeDumper):
    """The safe dumper, with multi-line text as ``|`` blocks and flow leaves."""


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


def _represent_flow_map(dumper: yaml.SafeDumper, data: _FlowMap) -> yaml.MappingNode:
    return dumper.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)


def _represent_flow_list(dumper: yaml.SafeDumper, data: _FlowList) -> yaml.SequenceNode:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(_FlowMap, _represent_flow_map)
_Dumper.add_representer(_FlowList, _represent_flow_list)


def plan_to_data(plan: Plan) -> dict[str, Any]:
    """The plan as plain YAML-ready data (dicts, lists, text, numbers, dates)."""
    return _record(plan, "plan")


def dump_plan(plan: Plan) -> str:
    """The plan as YAML text, with a one-line header comment."""
    body = yaml.dump(
        plan_to_data(plan),
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )
    return HEADER + body


def export_plan(plan: Plan, path: Path) -> None:
    """Write the plan to ``path`` as UTF-8 with Unix line ends."""
    path.write_text(dump_plan(plan), encoding="utf-8", newline="\n")


def _record(obj: object, record: str) -> dict[str, Any]:
    out: dict[str, Any] = _FlowMap() if record in _FLOW_RECORDS else {}
    for key, need in RECORDS[record].items():
        value = getattr(obj, key)
        if need == OPTIONAL and value in (None, ()):
            continue
        out[key] = _value(key, value)
    return out


def _value(key: str, value: object) -> Any:
    record = _NESTED.get(key)
    if record is not None and isinstance(value, tuple):
        return [_record(item, record) for item in value]
    if record is not None and dataclasses.is_dataclass(value):
        return _record(value, record)
    if isinstance(value, tuple):
        return _FlowList(value) if key in _FLOW_LISTS else list(value)
    return value
