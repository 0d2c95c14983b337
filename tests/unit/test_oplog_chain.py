"""The hash chain on plain records: what each kind of tampering looks like."""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from console.oplog.chain import (
    GENESIS,
    canonical,
    entry_hash,
    entry_record,
    iso,
    verify_records,
)

START = datetime(2026, 8, 1, 6, 0, tzinfo=UTC)


def _chain(site: str, count: int, *, start_seq: int = 1) -> list[dict[str, Any]]:
    records = []
    prev = GENESIS
    for n in range(start_seq, start_seq + count):
        record = {
            "id": f"{site}-{n}",
            "site_id": site,
            "site_seq": n,
            "prev_hash": prev,
            "created_at": iso(START + timedelta(minutes=n)),
            "hlc": 1000 + n,
            "officer": "张伟",
            "kind": "note",
            "action": "log.note",
            "target_table": None,
            "target_id": None,
            "incident_id": None,
            "corrects_id": None,
            "text": f"台风烟花第{n}报",
            "event_at": None,
            "details": None,
            "significant": False,
        }
        record["entry_hash"] = prev = entry_hash(record)
        records.append(record)
    return records


def test_intact_chains_of_two_sites_verify() -> None:
    report = verify_records(_chain("a", 5) + _chain("b", 3))

    assert report.ok
    assert {s: h.seq for s, h in report.heads.items()} == {"a": 5, "b": 3}
    assert report.heads["a"].hash == _chain("a", 5)[-1]["entry_hash"]


def test_canonical_form_is_stable_and_covers_every_field() -> None:
    record = _chain("a", 1)[0]
    assert canonical(record) == canonical(dict(reversed(list(record.items()))))
    for field in ("text", "officer", "hlc", "created_at", "details", "significant"):
        changed = dict(record, **{field: "x" if field != "significant" else True})
        assert entry_hash(changed) != record["entry_hash"], field


def test_times_are_hashed_in_utc_whatever_the_zone_given() -> None:
    beijing = timezone(timedelta(hours=8))
    assert iso(START) == iso(START.astimezone(beijing))
    assert iso(START) == "2026-08-01T06:00:00.000000+00:00"


def test_entry_record_reads_objects_and_mappings_alike() -> None:
    mapping = dict.fromkeys(("id", "site_id", "text"))
    mapping |= {"created_at": START, "significant": 0}
    record = entry_record(mapping)

    assert record["created_at"] == "2026-08-01T06:00:00.000000+00:00"
    assert record["significant"] is False


def test_forged_content_names_the_entry() -> None:
    records = _chain("a", 5)
    records[2]["text"] = "台风烟花第3报（已改）"

    broken = verify_records(records).broken

    assert [(b.site_id, b.seq, b.entry_id) for b in broken] == [("a", 3, "a-3")]
    assert "content does not match" in broken[0].problem


def test_forged_content_with_rehashed_entry_breaks_the_next_link() -> None:
    records = _chain("a", 5)
    records[2]["text"] = "改"
    records[2]["entry_hash"] = entry_hash(records[2])

    broken = verify_records(records).broken

    assert (broken[0].seq, broken[0].entry_id) == (4, "a-4")
    assert "prev_hash" in broken[0].problem


def test_removed_entry_is_named_by_the_gap() -> None:
    records = _chain("a", 5)
    del records[1]

    broken = verify_records(records).broken

    assert (broken[0].seq, broken[0].entry_id) == (3, "a-3")
    assert "seq 2 removed" in broken[0].problem


def test_swapped_entries_fail_at_the_first_of_them() -> None:
    records = _chain("a", 5)
    records[1], records[2] = records[2], records[1]

    broken = verify_records(records).broken

    assert broken[0].entry_id == "a-3"
    assert "expected seq 2" in broken[0].problem


def test_swapped_sequence_numbers_fail_at_the_link() -> None:
    records = _chain("a", 5)
    records[1]["site_seq"], records[2]["site_seq"] = 3, 2
    records[1], records[2] = records[2], records[1]

    broken = verify_records(records).broken

    assert (broken[0].seq, broken[0].entry_id) == (2, "a-3")
    assert "prev_hash" in broken[0].problem


def test_wrong_prev_hash_is_named() -> None:
    records = _chain("a", 4)
    records[3]["prev_hash"] = "f" * 64

    broken = verify_records(records).broken

    assert (broken[0].seq, broken[0].entry_id) == (4, "a-4")
    assert "prev_hash ffffffffffff" in broken[0].problem


def test_each_site_reports_its_own_first_break() -> None:
    records = _chain("a", 3) + _chain("b", 3)
    records[1]["text"] = "x"
    records[5]["officer"] = "y"

    broken = verify_records(records).broken

    assert [(b.site_id, b.seq) for b in broken] == [("a", 2), ("b", 3)]


def test_a_segment_verifies_only_when_allowed() -> None:
    tail = _chain("a", 6)[3:]

    assert verify_records(tail, segments=True).ok
    assert "seq 1-3 removed" in verify_records(tail).broken[0].problem


def test_entries_of_a_site_must_be_together() -> None:
    a, b = _chain("a", 2), _chain("b", 1)

    broken = verify_records([a[0], *b, a[1]]).broken

    assert broken[0].site_id == "a"
    assert "not together" in broken[0].problem


@pytest.mark.parametrize("field", ["site_seq", "entry_hash", "prev_hash"])
def test_missing_fields_do_not_raise(field: str) -> None:
    records = copy.deepcopy(_chain("a", 2))
    del records[1][field]

    assert not verify_records(records).ok
