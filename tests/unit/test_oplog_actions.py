"""Every action the console logs has a Chinese name for exports and search."""

from __future__ import annotations

import re
from pathlib import Path

from console.oplog import actions
from console.ops.resources_bulk import MODELS

CONSOLE = Path(__file__).resolve().parents[2] / "console"


def logged_actions() -> set[str]:
    codes = set()
    for path in CONSOLE.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        codes.update(re.findall(r'operations\.run\(\s*"([a-z_.]+)"', source))
    codes |= {f"{kind}.{what}" for kind in MODELS for what in ("import", "sample")}
    return codes


def test_every_logged_action_has_a_chinese_name() -> None:
    codes = logged_actions()

    assert len(codes) > 50
    unnamed = sorted(code for code in codes if actions.name(code) == code)
    assert unnamed == []
    for code in codes:
        assert re.search(r"[\u4e00-\u9fff]", actions.name(code)), code


def test_a_term_finds_the_actions_named_with_it() -> None:
    assert actions.named("启动预案") == ("plan.activate",)
    assert "incident.create" in actions.named("登记")
    assert actions.named("不存在的词") == ()
