"""The plan-file schema and a reader that checks YAML nodes against it.

The reader works on composed YAML nodes rather than loaded Python values, so
every complaint can name the line of the offending node. It never stops at the
first problem: a getter that meets a bad value records the error and returns a
placeholder, and the loader throws the half-built plan away at the end.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

REQUIRED = "required"  # must be present and not null
NULLABLE = "nullable"  # must be present; null means "unknown"
OPTIONAL = "optional"  # may be left out (or null)

_PROVENANCE = "verification evidence source"


def _spec(keys: str) -> dict[str, str]:
    """Parse a key list: ``name`` required, ``~name`` nullable, ``?name`` optional."""
    marks = {"~": NULLABLE, "?": OPTIONAL}
    return {key.lstrip("~?"): marks.get(key[0], REQUIRED) for key in keys.split()}


# Key order here is the order the exporter writes and the README documents.
RECORDS: dict[str, dict[str, str]] = {
    "plan": _spec(
        "id title kind incident_types ~issuer ~doc_no version status ~effective"
        f" ?signed ?published ?approved_by {_PROVENANCE} notice sources ?sections"
        " levels ?measures"
    ),
    "source": _spec("id title ?url ?note"),
    "section": _spec(f"~number title {_PROVENANCE}"),
    "level": _spec("level ?title ?triggers ?actions"),
    "trigger": _spec(f"id text ?warning ?grade ?thresholds {_PROVENANCE} ?note"),
    "warning": _spec("signal colour"),
    "threshold": _spec("metric ?at_least ?below unit"),
    "action": _spec(
        f"id task unit ?support ?role ?due_minutes mandatory {_PROVENANCE} ?note"
    ),
    "measure set": _spec(f"id title ?section ?text {_PROVENANCE} ?note actions"),
}

_TAG = "tag:yaml.org,2002:"
_IDENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_DECIMAL = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class PlanError:
    """One problem in a plan file, printed as ``file:line: message``."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


@dataclass
class Sink:
    """Collects the errors of one file."""

    file: str
    errors: list[PlanError] = field(default_factory=list)

    def add(self, where: Node | int, message: str) -> None:
        line = where if isinstance(where, int) else line_of(where)
        self.errors.append(PlanError(self.file, line, message))


def line_of(node: Node) -> int:
    """The 1-based line a node starts on."""
    return int(node.start_mark.line) + 1


def describe(node: Node) -> str:
    """Say what a node is, for "must be X, got Y" messages."""
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    kind = node.tag.removeprefix(_TAG)
    names = {
        "str": "text",
        "int": "a number",
        "float": "a number",
        "bool": "yes/no",
        "timestamp": "a date",
    }
    if kind == "null":
        return "nothing (null)"
    return f"{names.get(kind, kind)} {str(node.value)!r}"


class Fields:
    """The checked keys of one YAML mapping that describes a record."""

    def __init__(self, node: MappingNode, record: str, sink: Sink) -> None:
        self.node = node
        self.record = record
        self.sink = sink
        self.spec = RECORDS[record]
        self.nodes: dict[str, Node] = {}
        self._collect()

    @classmethod
    def read(cls, node: Node, record: str, sink: Sink) -> Fields | None:
        """Check that ``node`` is a mapping with the record's keys."""
        if not isinstance(node, MappingNode):
            sink.add(node, f"{record} must be a mapping, got {describe(node)}")
            return None
        return cls(node, record, sink)

    def _collect(self) -> None:
        for key_node, value_node in self.node.value:
            key = str(key_node.value)
            if not isinstance(key_node, ScalarNode) or key not in self.spec:
                self.sink.add(key_node, self._unknown(key_node))
            elif key in self.nodes:
                first = line_of(self.nodes[key])
                self.sink.add(
                    key_node, f"duplicate key '{key}' (first on line {first})"
                )
            else:
                self.nodes[key] = value_node
        missing = [
            f"'{key}'"
            for key, need in self.spec.items()
            if need != OPTIONAL and key not in self.nodes
        ]
        if missing:
            keys = "key" if len(missing) == 1 else "keys"
            message = f"{self.record} is missing {keys} {', '.join(missing)}"
            self.sink.add(self.node, message)

    def _unknown(self, key_node: Node) -> str:
        if not isinstance(key_node, ScalarNode):
            return f"keys of a {self.record} must be plain names"
        key = str(key_node.value)
        close = difflib.get_close_matches(key, self.spec, n=1)
        hint = (
            f"did you mean '{close[0]}'?"
            if close
            else f"allowed: {', '.join(self.spec)}"
        )
        return f"unknown key '{key}' in {self.record} ({hint})"

    def get(self, key: str) -> Node | None:
        """The value node, or None when absent or null (null refused if required)."""
        node = self.nodes.get(key)
        if node is None or node.tag != _TAG + "null":
            return node
        if self.spec[key] == REQUIRED:
            self.sink.add(node, f"'{key}' must not be empty")
        return None

    def _fail(self, key: str, node: Node, expected: str) -> None:
        self.sink.add(node, f"'{key}' must be {expected}, got {describe(node)}")

    def opt_text(self, key: str) -> str | None:
        node = self.get(key)
        if node is None:
            return None
        if not isinstance(node, ScalarNode):
            self._fail(key, node, "text")
            return None
        if node.tag != _TAG + "str":
            self._fail(key, node, "text (put it in quotes)")
            return None
        if not str(node.value).strip():
            self.sink.add(node, f"'{key}' must not be blank")
            return None
        return str(node.value)

    def text(self, key: str) -> str:
        return self.opt_text(key) or ""

    def ident(self, key: str) -> str:
        node = self.get(key)
        if node is None:
            return ""
        if node.tag not in (_TAG + "str", _TAG + "int"):
            self._fail(key, node, "a name")
            return ""
        value = str(node.value)
        if not _IDENT.fullmatch(value):
            self._fail(key, node, "a name of letters, digits, '-', '_' or '.'")
        return value

    def opt_enum(self, key: str, allowed: Sequence[str]) -> str | None:
        node = self.get(key)
        if node is None:
            return None
        value = str(node.value) if isinstance(node, ScalarNode) else None
        if value not in allowed:
            got = repr(value) if value is not None else describe(node)
            self.sink.add(
                node, f"'{key}' must be one of {', '.join(allowed)}; got {got}"
            )
            return None
        return value

    def enum(self, key: str, allowed: Sequence[str]) -> str:
        return self.opt_enum(key, allowed) or ""

    def opt_date(self, key: str) -> date | None:
        node = self.get(key)
        if node is None:
            return None
        value = str(node.value)
        try:
            if isinstance(node, ScalarNode) and _DATE.fullmatch(value):
                return date.fromisoformat(value)
        except ValueError:
            pass
        self._fail(key, node, "a date like 2023-09-15")
        return None

    def opt_minutes(self, key: str) -> int | None:
        node = self.get(key)
        if node is None:
            return None
        value = str(node.value)
        if node.tag != _TAG + "int" or not _DECIMAL.fullmatch(value) or int(value) < 0:
            self._fail(key, node, "a whole number of minutes (0 or more)")
            return None
        return int(value)

    def boolean(self, key: str) -> bool:
        node = self.get(key)
        if node is not None and node.tag != _TAG + "bool":
            self._fail(key, node, "true or false")
        return node is not None and str(node.value).lower() in ("true", "yes", "on")

    def opt_number(self, key: str) -> int | float | None:
        node = self.get(key)
        if node is None:
            return None
        value = str(node.value).replace("_", "")
        if node.tag == _TAG + "int" and _DECIMAL.fullmatch(value):
            return int(value)
        if node.tag == _TAG + "float" and _FLOAT.fullmatch(value):
            return float(value)
        self._fail(key, node, "a number")
        return None

    def items(self, key: str) -> list[Node]:
        """The entries of a list value; a required list must not be empty."""
        node = self.get(key)
        if node is None:
            return []
        if not isinstance(node, SequenceNode):
            self._fail(key, node, "a list")
            return []
        if not node.value and self.spec[key] == REQUIRED:
            self.sink.add(node, f"'{key}' must list at least one entry")
        return list(node.value)

    def texts(self, key: str) -> tuple[str, ...]:
        """A list of text entries; each bad entry is reported on its own line."""
        values = []
        for node in self.items(key):
            if node.tag != _TAG + "str" or not str(node.value).strip():
                self._fail(key, node, "a list of text")
            else:
                values.append(str(node.value))
        return tuple(values)

    def idents(self, key: str) -> tuple[str, ...]:
        """A list of names such as incident-type codes."""
        values = []
        for node in self.items(key):
            value = str(node.value)
            if not isinstance(node, ScalarNode) or not _IDENT.fullmatch(value):
                self._fail(key, node, "a list of names")
            else:
                values.append(value)
        return tuple(values)
