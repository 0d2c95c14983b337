"""Build the plan model from composed YAML nodes, checking cross-record rules.

Per-record checks (keys, types, enum values) live in the schema's reader; this
module adds what spans records: unique ids, levels in order, sources that
exist, and verification that agrees with its evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from yaml.nodes import Node

from console.plans import model
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
from console.plans.schema import Fields, Sink, line_of


def build_plan(root: Node, sink: Sink) -> Plan | None:
    """Turn the root node into a plan; errors go to ``sink``."""
    return _Builder(sink).plan(root)


@dataclass
class _Builder:
    """Builds a plan from nodes and checks what spans records (ids, order, refs)."""

    sink: Sink
    sources: dict[str, int] = field(default_factory=dict)
    seen: dict[str, dict[str, int]] = field(default_factory=dict)
    level_lines: dict[str, int] = field(default_factory=dict)

    def unique(self, kind: str, value: str, node: Node | None) -> None:
        if node is None or not value:
            return
        first_lines = self.seen.setdefault(kind, {})
        if value in first_lines:
            first = first_lines[value]
            self.sink.add(
                node, f"duplicate {kind} id '{value}' (first on line {first})"
            )
        else:
            first_lines[value] = line_of(node)

    def provenance(self, f: Fields) -> tuple[str, str, str]:
        """Read verification, evidence and source, and check they agree."""
        verification = f.enum("verification", model.VERIFICATIONS)
        evidence = f.enum("evidence", model.EVIDENCE)
        source = f.ident("source")
        from_text = evidence == model.VERIFIED_EVIDENCE
        if verification == model.VERIFIED and evidence and not from_text:
            self.sink.add(
                f.nodes["verification"],
                "'verification: verified' needs evidence V"
                f" (read in the plan text itself), got '{evidence}'",
            )
        elif verification == model.SAMPLE and from_text:
            self.sink.add(
                f.nodes["evidence"],
                "evidence V means read in the plan text itself;"
                " set 'verification: verified'",
            )
        if source and source not in self.sources:
            listed = ", ".join(self.sources) or "none"
            self.sink.add(
                f.nodes["source"],
                f"source '{source}' is not listed in 'sources' (listed: {listed})",
            )
        return verification, evidence, source

    def plan(self, root: Node) -> Plan | None:
        f = Fields.read(root, "plan", self.sink)
        if f is None:
            return None
        sources = tuple(s for n in f.items("sources") if (s := self.source(n)))
        verification, evidence, source = self.provenance(f)
        return Plan(
            id=f.ident("id"),
            title=f.text("title"),
            kind=f.enum("kind", model.KINDS),
            incident_types=f.idents("incident_types"),
            issuer=f.opt_text("issuer"),
            doc_no=f.opt_text("doc_no"),
            version=f.text("version"),
            status=f.enum("status", model.STATUSES),
            effective=f.opt_date("effective"),
            signed=f.opt_date("signed"),
            published=f.opt_date("published"),
            approved_by=f.opt_text("approved_by"),
            verification=verification,
            evidence=evidence,
            source=source,
            notice=f.text("notice"),
            sources=sources,
            sections=tuple(x for n in f.items("sections") if (x := self.section(n))),
            levels=tuple(lv for n in f.items("levels") if (lv := self.level(n))),
            measures=tuple(m for n in f.items("measures") if (m := self.measures(n))),
        )

    def source(self, node: Node) -> Source | None:
        f = Fields.read(node, "source", self.sink)
        if f is None:
            return None
        source_id = f.ident("id")
        self.unique("source", source_id, f.nodes.get("id"))
        self.sources.setdefault(source_id, line_of(node))
        return Source(source_id, f.text("title"), f.opt_text("url"), f.opt_text("note"))

    def section(self, node: Node) -> Section | None:
        f = Fields.read(node, "section", self.sink)
        if f is None:
            return None
        return Section(f.opt_text("number"), f.text("title"), *self.provenance(f))

    def level(self, node: Node) -> PlanLevel | None:
        f = Fields.read(node, "level", self.sink)
        if f is None:
            return None
        code = f.enum("level", model.LEVELS)
        if code:
            self.check_order(code, f.nodes["level"])
        return PlanLevel(
            level=code,
            title=f.opt_text("title"),
            triggers=tuple(t for n in f.items("triggers") if (t := self.trigger(n))),
            actions=tuple(a for n in f.items("actions") if (a := self.action(n))),
        )

    def check_order(self, code: str, node: Node) -> None:
        """Levels run IV, III, II, I (lowest first), each at most once."""
        first = self.level_lines.get(code)
        if first is not None:
            message = f"level '{code}' is listed twice (first on line {first})"
            self.sink.add(node, message)
        elif any(
            model.LEVELS.index(seen) > model.LEVELS.index(code)
            for seen in self.level_lines
        ):
            self.sink.add(
                node,
                f"level '{code}' is out of order: "
                "list levels from IV (lowest) to I (highest)",
            )
        self.level_lines.setdefault(code, line_of(node))

    def trigger(self, node: Node) -> Trigger | None:
        f = Fields.read(node, "trigger", self.sink)
        if f is None:
            return None
        trigger_id = f.ident("id")
        self.unique("trigger", trigger_id, f.nodes.get("id"))
        warning = f.get("warning")
        return Trigger(
            trigger_id,
            f.text("text"),
            *self.provenance(f),
            warning=self.warning(warning) if warning is not None else None,
            grade=f.opt_enum("grade", model.GRADES),
            thresholds=tuple(
                t for n in f.items("thresholds") if (t := self.threshold(n))
            ),
            note=f.opt_text("note"),
        )

    def warning(self, node: Node) -> WarningSignal | None:
        f = Fields.read(node, "warning", self.sink)
        if f is None:
            return None
        return WarningSignal(
            f.enum("signal", model.SIGNALS), f.enum("colour", model.COLOURS)
        )

    def threshold(self, node: Node) -> Threshold | None:
        f = Fields.read(node, "threshold", self.sink)
        if f is None:
            return None
        at_least, below = f.opt_number("at_least"), f.opt_number("below")
        if "at_least" not in f.nodes and "below" not in f.nodes:
            self.sink.add(node, "threshold needs 'at_least' or 'below' (or both)")
        elif at_least is not None and below is not None and at_least >= below:
            self.sink.add(f.nodes["below"], "'below' must be more than 'at_least'")
        return Threshold(f.ident("metric"), f.text("unit"), at_least, below)

    def action(self, node: Node) -> Action | None:
        f = Fields.read(node, "action", self.sink)
        if f is None:
            return None
        action_id = f.ident("id")
        self.unique("action", action_id, f.nodes.get("id"))
        return Action(
            action_id,
            f.text("task"),
            f.text("unit"),
            f.boolean("mandatory"),
            *self.provenance(f),
            support=f.texts("support"),
            role=f.opt_text("role"),
            due_minutes=f.opt_minutes("due_minutes"),
            note=f.opt_text("note"),
        )

    def measures(self, node: Node) -> MeasureSet | None:
        f = Fields.read(node, "measure set", self.sink)
        if f is None:
            return None
        set_id = f.ident("id")
        self.unique("measure set", set_id, f.nodes.get("id"))
        return MeasureSet(
            set_id,
            f.text("title"),
            *self.provenance(f),
            actions=tuple(a for n in f.items("actions") if (a := self.action(n))),
            section=f.opt_text("section"),
            text=f.opt_text("text"),
            note=f.opt_text("note"),
        )
