"""``eoc-console duty now|handover``: who is on duty, what is handed over.

With ``--json`` both print JSON on stdout; without it, readable lines.
``--at`` (ISO-8601, local time if no zone) asks about another moment.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from console.commands import common_options
from console.commands.data_folder import open_or_fail
from console.commands.log_args import LOCAL_ZONE, when
from console.commands.output import EXIT_OK, EXIT_USAGE, print_json
from console.drafting import (
    GRADE_LABELS,
    REPORT_KIND_LABELS,
    RESPONSE_LABELS,
    STATUS_LABELS,
    WARNING_LABELS,
)
from console.duty.handover import HandoverReport, OpenItem, handover_report
from console.ops.roster import OnDuty, on_duty_now
from console.rulebook import shipped
from console.store.types import utcnow
from console.sync import config as sync_config


def register(commands: Any) -> None:
    common = common_options()
    duty = commands.add_parser(
        "duty", help="the duty roster: who is on duty, handover", parents=[common]
    )
    actions = duty.add_subparsers(dest="duty_command", required=True)
    for name, helptext, handler in (
        ("now", "who is on duty now", _now),
        ("handover", "the handover report (交接班)", _handover),
    ):
        action = actions.add_parser(name, help=helptext, parents=[common])
        action.add_argument("--json", action="store_true", help="JSON output")
        action.add_argument("--at", type=when, help="another moment (ISO-8601)")
        action.set_defaults(handler=handler)


def _local(value: datetime) -> str:
    return value.astimezone(LOCAL_ZONE).strftime("%Y-%m-%d %H:%M")


def on_duty_json(on_duty: OnDuty | None) -> dict[str, Any] | None:
    """The JSON form of who is on duty, or None when nobody is."""
    if on_duty is None:
        return None
    return {
        "shift_id": on_duty.shift_id,
        "starts_at": on_duty.starts_at.isoformat(),
        "ends_at": on_duty.ends_at.isoformat(),
        "leader": on_duty.leader,
        "officers": list(on_duty.officers),
    }


def _on_duty_line(on_duty: OnDuty | None) -> str:
    if on_duty is None:
        return "值班：无排班"
    officers = "、".join(on_duty.officers) or "—"
    span = f"{_local(on_duty.starts_at)}–{_local(on_duty.ends_at)}"
    return f"值班领导：{on_duty.leader}  值班员：{officers}  （{span}）"


def _now(args: argparse.Namespace, data_dir: Path) -> int:
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        found = on_duty_now(context.database, args.at or utcnow())
    finally:
        context.close()
    if args.json:
        print_json({"on_duty": on_duty_json(found)})
    else:
        sys.stdout.write(_on_duty_line(found) + "\n")
    return EXIT_OK


def _clock_name(kind: str, sequence: int) -> str:
    if kind.startswith("checklist:"):
        return "预案任务"
    name = REPORT_KIND_LABELS.get(kind, kind)
    return f"{name}（{sequence}）" if kind in ("followup", "daily") else name


def _item_due(item: OpenItem) -> str:
    if item.due is None:
        return "持续进行"
    overdue = "（已超时）" if item.overdue else ""
    return f"截止 {_local(item.due)}{overdue}"


def handover_lines(report: HandoverReport) -> list[str]:
    """The report as readable lines (Chinese, local time)."""
    lines = [
        f"交接班报告 {_local(report.generated_at)}",
        _on_duty_line(report.on_duty),
    ]
    lines.append(f"在办事件（{len(report.incidents)}）")
    lines += [
        f"  {i.title}：{STATUS_LABELS.get(i.status, i.status)}，"
        f"{GRADE_LABELS.get(i.grade or '', '未定级')}，"
        f"{WARNING_LABELS.get(i.warning_level or '', '未发布预警')}，"
        f"{RESPONSE_LABELS.get(i.response_level or '', '未启动应急响应')}"
        for i in report.incidents
    ]
    lines.append(f"报送时限（{len(report.clocks)}）")
    lines += [
        f"  {c.incident_title} {_clock_name(c.kind, c.sequence)} 截止 {_local(c.due)}"
        + ("（已超时）" if c.due <= report.generated_at else "")
        for c in report.clocks
    ]
    lines.append(f"未完成任务（{len(report.items)}）")
    for item in report.items:
        due = _item_due(item)
        lines.append(f"  {item.incident_title} {item.task}（{item.unit}）{due}")
    lines.append(f"待落实领导批示（{len(report.instructions)}）")
    for order in report.instructions:
        lines.append(f"  {order.incident_title} {order.leader}：{order.text}")
    lines.append(f"在外救援队伍（{len(report.teams)}）")
    lines += [f"  {t.team} → {t.incident_title}" for t in report.teams]
    lines.append(f"库存为负，待盘点（{len(report.shortfalls)}）")
    lines += [f"  {s.depot} {s.item} {s.balance}{s.unit}" for s in report.shortfalls]
    if report.syncing:
        lines.append(f"未同步变更：{report.unsynced}")
        lines.append(f"同步冲突：{report.conflicts}")
    else:
        lines.append(f"未配置同步：{report.unsynced} 项变更仅保存在本机")
    return lines


def _handover(args: argparse.Namespace, data_dir: Path) -> int:
    context = open_or_fail(data_dir)
    if context is None:
        return EXIT_USAGE
    try:
        report = handover_report(
            context.database,
            shipped().deadlines,
            args.at or utcnow(),
            syncing=sync_config.load(data_dir).hub_url != "",
        )
    finally:
        context.close()
    if args.json:
        print_json(report.to_json())
    else:
        sys.stdout.write("\n".join(handover_lines(report)) + "\n")
    return EXIT_OK
