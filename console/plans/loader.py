"""Read plan files (YAML) into the plan model, reporting every error with its line.

Files are composed with PyYAML's safe loader into nodes, never constructed
into arbitrary objects. Aliases are refused outright: plan files have no need
for them, and refusing them closes the "billion laughs" expansion attack.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml
from yaml.nodes import Node

from console.plans.builder import build_plan
from console.plans.model import Plan
from console.plans.schema import PlanError, Sink

MAX_BYTES = 1024 * 1024


class PlanFileError(ValueError):
    """A plan file is invalid; ``errors`` lists every problem found."""

    def __init__(self, errors: Sequence[PlanError]) -> None:
        self.errors = tuple(errors)
        super().__init__("\n".join(str(error) for error in self.errors))


class _AliasFound(yaml.YAMLError):
    def __init__(self, line: int, anchor: str) -> None:
        super().__init__()
        self.line = line
        self.anchor = anchor


class _NoAliasLoader(yaml.SafeLoader):
    """The safe loader, refusing ``*alias`` references before they expand."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if self.check_event(yaml.AliasEvent):
            # The stubs leave peek_event untyped; it returns the AliasEvent.
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise _AliasFound(_line(event.start_mark), str(event.anchor))
        return super().compose_node(parent, index)


def check_file(
    path: Path, name: str | None = None
) -> tuple[Plan | None, list[PlanError]]:
    """Load one file; return the plan (None if invalid) and every error.

    Args:
        path: the file to read.
        name: how to name the file in errors (default: ``str(path)``).
    """
    file = str(path) if name is None else name
    try:
        if path.stat().st_size > MAX_BYTES:
            size = path.stat().st_size
            return None, [PlanError(file, 1, _too_big(size))]
        data = path.read_bytes()
    except OSError as exc:
        return None, [PlanError(file, 1, f"cannot read file: {exc.strerror or exc}")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [PlanError(file, line, "file is not UTF-8 text")]
    return check_text(text, file)


def check_text(text: str, file: str) -> tuple[Plan | None, list[PlanError]]:
    """Like :func:`check_file`, for text already in memory."""
    sink = Sink(file)
    if len(text.encode("utf-8")) > MAX_BYTES:
        sink.add(1, _too_big(len(text.encode("utf-8"))))
        return None, sink.errors
    root = _compose(text, sink)
    if root is None:
        return None, sink.errors
    plan = build_plan(root, sink)
    if sink.errors:
        return None, sorted(sink.errors, key=lambda error: error.line)
    return plan, []


def load_plan(path: Path) -> Plan:
    """Load one plan file.

    Raises:
        PlanFileError: listing every problem, each with its line.
    """
    plan, errors = check_file(path)
    if plan is None:
        raise PlanFileError(errors)
    return plan


def parse_plan(text: str, file: str = "<text>") -> Plan:
    """Load a plan from YAML text; raises :class:`PlanFileError`."""
    plan, errors = check_text(text, file)
    if plan is None:
        raise PlanFileError(errors)
    return plan


def _too_big(size: int) -> str:
    return f"file is {size:,} bytes; a plan file may be at most 1 MB"


def _compose(text: str, sink: Sink) -> Node | None:
    try:
        root = yaml.compose(text, Loader=_NoAliasLoader)
    except _AliasFound as found:
        message = f"YAML aliases are not allowed in plan files (*{found.anchor})"
        sink.add(found.line, message)
        return None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "not valid YAML"
        if exc.context and problem.startswith("but "):
            problem = f"{exc.context}, {problem}"
        sink.add(_line(mark), f"YAML syntax error: {problem}")
        return None
    except yaml.YAMLError as exc:
        sink.add(1, f"YAML error: {exc}")
        return None
    except RecursionError:
        sink.add(1, "YAML is nested too deeply")
        return None
    if root is None:
        sink.add(1, "file is empty; expected a plan")
    return root


def _line(mark: object) -> int:
    """The 1-based line of a YAML mark (line 1 when there is none)."""
    line = getattr(mark, "line", None)
    return line + 1 if isinstance(line, int) else 1
