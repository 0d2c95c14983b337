"""Searching the log: Chinese terms of every length, filters, paging, order."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from console.clock import HybridClock
from console.context import ConsoleContext
from console.domain.incidents import IncidentDraft
from console.oplog import search as search_module
from console.oplog.query import filtered, newest_first
from console.oplog.search import LogFilter, search, timeline
from console.ops.core import Operations
from console.ops.incidents import create_incident
from console.ops.oplog import add_note, add_phone_record
from console.store.migrate import open_database
from console.workstation import Workstation

OTHER_SITE = Workstation(id="00000000-0000-4000-8000-00000000000c", name="其他台")

TEXTS = (
    "台风烟花登陆，宁波市全面防御",
    "台风过境后姜山镇积水",
    "Ningbo 台风 warning issued",
    "平台值班交接",
    "宁波港暂停作业",
    "消防站接报火警",
    "100% 完成 a_b 检查",
)


def _merge(context: ConsoleContext, path: Path, site: Workstation) -> None:
    """Copy another database's entries of ``site`` in, as sync would."""
    with closing(sqlite3.connect(context.database.path)) as connection:
        connection.execute("ATTACH DATABASE ? AS other", (str(path),))
        connection.execute(
            "INSERT INTO oplog_entries SELECT * FROM other.oplog_entries "
            "WHERE site_id = ?",
            (site.id,),
        )
        connection.commit()


def _texts(context: ConsoleContext, wanted: LogFilter) -> set[str]:
    return {e.text for e in search(context.database, wanted, limit=100).entries}


@pytest.fixture
def logged(context: ConsoleContext) -> ConsoleContext:
    for text in TEXTS:
        add_note(context.operations, text)
    return context


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("台", {TEXTS[0], TEXTS[1], TEXTS[2], TEXTS[3]}),
        ("台风", {TEXTS[0], TEXTS[1], TEXTS[2]}),
        ("台风烟", {TEXTS[0]}),
        ("台风 宁波", {TEXTS[0]}),
        ("Ningbo 台风", {TEXTS[2]}),
        ("ningbo", {TEXTS[2]}),
        ("宁波 港", {TEXTS[4]}),
        ("火警", {TEXTS[5]}),
        ("消防站 火警", {TEXTS[5]}),
        ("姜山镇 台风", {TEXTS[1]}),
        ("台风 不存在的词", set()),
    ],
)
def test_terms_of_any_length_all_match(
    logged: ConsoleContext, query: str, expected: set[str]
) -> None:
    assert _texts(logged, LogFilter(text=query)) == expected


@pytest.mark.parametrize(
    "query",
    ['"', '""', "*", "-", "AND", "OR NOT", "NEAR(", "台风*", '"台风', "col:x", "^"],
)
def test_special_characters_do_not_break_search(
    logged: ConsoleContext, query: str
) -> None:
    search(logged.database, LogFilter(text=query))


def test_like_wildcards_are_literal(logged: ConsoleContext) -> None:
    assert _texts(logged, LogFilter(text="%")) == {TEXTS[6]}
    assert _texts(logged, LogFilter(text="a_")) == {TEXTS[6]}
    assert _texts(logged, LogFilter(text="_")) == {TEXTS[6]}


def test_phone_details_are_searched(context: ConsoleContext) -> None:
    add_phone_record(
        context.operations,
        called_at=datetime.now(UTC),
        unit="姜山镇政府",
        caller="李明",
        content="道路积水",
        handling="已通知排涝队",
    )

    assert _texts(context, LogFilter(text="排涝队")) == {"道路积水"}
    assert _texts(context, LogFilter(text="李明")) == {"道路积水"}


def test_filters_combine_with_terms(context: ConsoleContext) -> None:
    incident = create_incident(
        context.operations,
        IncidentDraft(
            title="姜山镇内涝",
            category="natural",
            type="flood",
            occurred_at=datetime.now(UTC) - timedelta(minutes=5),
            lat=29.7,
            lon=121.5,
        ),
    )
    context.operations.officer = "张伟"
    add_note(context.operations, "台风积水一", incident_id=incident.id)
    add_note(context.operations, "台风积水二", kind="instruction")
    context.operations.officer = "李娜"
    add_note(context.operations, "台风积水三", incident_id=incident.id)

    assert _texts(context, LogFilter(text="台风", incident_id=incident.id)) == {
        "台风积水一",
        "台风积水三",
    }
    assert _texts(context, LogFilter(text="积水", officer="张伟")) == {
        "台风积水一",
        "台风积水二",
    }
    assert _texts(context, LogFilter(text="台风", kind="instruction")) == {"台风积水二"}
    later = datetime.now(UTC) + timedelta(hours=1)
    assert _texts(context, LogFilter(text="台风", since=later)) == set()
    assert len(_texts(context, LogFilter(text="台风", until=later))) == 3


def test_pages_are_newest_first(context: ConsoleContext) -> None:
    for n in range(7):
        add_note(context.operations, f"巡查第{n}次")

    first = search(context.database, LogFilter(text="巡查"), limit=3)
    second = search(context.database, LogFilter(text="巡查"), limit=3, offset=3)
    last = search(context.database, LogFilter(text="巡查"), limit=3, offset=6)

    texts = [e.text for page in (first, second, last) for e in page.entries]
    assert texts == [f"巡查第{n}次" for n in reversed(range(7))]
    assert first.has_more
    assert second.has_more
    assert not last.has_more


def test_page_size_is_checked(context: ConsoleContext) -> None:
    with pytest.raises(ValueError, match="out of range"):
        search(context.database, LogFilter(), limit=0)


def test_timeline_of_an_incident_orders_merged_sites_by_hlc(
    context: ConsoleContext,
) -> None:
    incident = create_incident(
        context.operations,
        IncidentDraft(
            title="化工厂泄漏",
            category="accident",
            type="hazardous_chemicals",
            occurred_at=datetime.now(UTC) - timedelta(minutes=5),
            lat=29.8,
            lon=121.6,
        ),
    )
    other = Operations(
        context.database,
        Workstation(id="00000000-0000-4000-8000-00000000000b", name="备用台"),
    )
    add_note(context.operations, "主台一", incident_id=incident.id)
    add_note(other, "备用台一", incident_id=incident.id)
    add_note(context.operations, "主台二", incident_id=incident.id)

    entries = timeline(context.database, incident.id)

    assert [e.text for e in entries][-3:] == ["主台一", "备用台一", "主台二"]
    assert [e.hlc for e in entries] == sorted(e.hlc for e in entries)


@pytest.mark.parametrize("merged", ["late", "ahead"])
def test_newest_first_windows_give_exactly_the_whole_log_pages(
    context: ConsoleContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    merged: str,
) -> None:
    """Small windows, pages compared one by one with the whole log's order.

    A merged entry breaks "stored later = newer": "late" was written
    elsewhere before the local entries but arrives after them; "ahead" comes
    from a workstation whose clock runs a day ahead and is stored first, so
    it belongs on the first page although it has the oldest rowid.
    """
    other_db = open_database(tmp_path / "other.sqlite")
    if merged == "ahead":
        tomorrow = HybridClock(lambda: int((time.time() + 86_400) * 1000))
        other = Operations(other_db, OTHER_SITE, clock=tomorrow)
    else:
        other = Operations(other_db, OTHER_SITE)
    add_note(other, f"台风巡查（{merged}）")
    other_db.dispose()
    if merged == "ahead":
        _merge(context, other_db.path, OTHER_SITE)
    for n in range(14):
        add_note(context.operations, f"台风巡查{n}" if n % 3 else f"例行巡查{n}")
    if merged == "late":
        _merge(context, other_db.path, OTHER_SITE)
    wanted = LogFilter(text="台风巡查")
    with context.database.read() as session:
        whole = [e.id for e in session.scalars(newest_first(filtered(wanted)))]
    monkeypatch.setattr(search_module, "FIRST_WINDOW", 3)
    monkeypatch.setattr(search_module, "MAX_WINDOW", 12)
    windowed = search_module._windowed
    served: list[bool] = []

    def spy(*args: object) -> object:
        result = windowed(*args)  # type: ignore[arg-type]
        served.append(result is not None)
        return result

    monkeypatch.setattr(search_module, "_windowed", spy)

    pages = [
        [e.id for e in search(context.database, wanted, limit=2, offset=at).entries]
        for at in range(0, len(whole), 2)
    ]

    assert [i for page in pages for i in page] == whole
    assert len(whole) == 10
    assert True in served  # some pages came from a window


def test_the_names_of_system_actions_find_their_entries(
    context: ConsoleContext,
) -> None:
    draft = IncidentDraft(
        title="化工厂 泄漏", category="accident", type="hazardous_chemicals",
        occurred_at=datetime.now(UTC), lat=29.8, lon=121.6,
    )  # fmt: skip
    created = create_incident(context.operations, draft)
    add_note(context.operations, "登记事件前先核实来电")

    def actions(query: str) -> list[str]:
        page = search(context.database, LogFilter(text=query), limit=100)
        return sorted(e.action or "" for e in page.entries)

    # Shown as "登记事件：化工厂 泄漏", stored as the bare title.
    assert actions("登记事件") == ["incident.create", "log.note"]
    assert actions("登记") == ["incident.create", "log.note"]
    assert actions("登记事件 泄漏") == ["incident.create"]
    assert actions("启动预案") == []
    incident_only = LogFilter(text="登记事件", incident_id=created.id)
    assert [e.action for e in search(context.database, incident_only).entries] == [
        "incident.create"
    ]
