"""Merge laws: the merge is a maximum, so order and repetition never matter."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from console.domain import lifecycle
from console.sync import merge
from console.sync.merge import Change, RowState

SITES = ("site-a", "site-b", "site-c")
ROWS = ("r1", "r2")


@st.composite
def changes(draw: st.DrawFn) -> Change:
    site = draw(st.sampled_from(SITES))
    hlc = draw(st.integers(1, 40))
    seq = draw(st.integers(1, 5))
    table = draw(st.sampled_from(["incidents", "instructions"]))
    fields = ["deaths", "title", "deleted_at", "lat"]
    if table == "incidents":
        fields += ["status", "closed_at"]
    payload = {}
    for name in draw(st.lists(st.sampled_from(fields), min_size=1, unique=True)):
        if name == "status":
            payload[name] = draw(st.sampled_from(lifecycle.STATUSES))
        elif name in ("deleted_at", "closed_at"):
            payload[name] = draw(st.sampled_from([None, "2026-08-01T00:00:00+00:00"]))
        else:
            payload[name] = draw(st.integers(0, 9))
    # One op_id per version: the same operation is always the same content.
    op_id = f"{site}/{hlc}/{seq}/{table}"
    return Change(
        op_id=op_id,
        table=table,
        row_id=draw(st.sampled_from(ROWS)),
        kind="update",
        payload=payload,
        version=(hlc, site, seq),
        at=f"t{hlc}",
        epoch=draw(st.integers(0, 3)),
        reopen=draw(st.booleans()),
    )


def _unique(items: list[Change]) -> list[Change]:
    """Drop different changes that share a version (impossible in practice)."""
    seen: dict[tuple[str, str, tuple[int, str, int]], Change] = {}
    for change in items:
        seen.setdefault((change.table, change.row_id, change.version), change)
    return list(seen.values())


def canonical(states: dict[tuple[str, str], RowState]) -> dict[object, object]:
    return {
        key: (
            {
                name: (r.value, r.version, r.epoch, r.rank)
                for name, r in s.fields.items()
            },
            s.stamp,
        )
        for key, s in states.items()
    }


change_lists = st.lists(changes(), max_size=25).map(_unique)


@settings(max_examples=300, deadline=None)
@given(change_lists, st.randoms(use_true_random=False))
def test_merge_is_commutative(items: list[Change], rng) -> None:
    shuffled = list(items)
    rng.shuffle(shuffled)
    assert canonical(merge.merge_all(items)) == canonical(merge.merge_all(shuffled))


@settings(max_examples=300, deadline=None)
@given(change_lists, st.data())
def test_merge_is_idempotent_under_duplicates(items: list[Change], data) -> None:
    repeated = items + data.draw(st.lists(st.sampled_from(items))) if items else []
    data.draw(st.randoms(use_true_random=False)).shuffle(repeated)
    assert canonical(merge.merge_all(items)) == canonical(merge.merge_all(repeated))


@settings(max_examples=200, deadline=None)
@given(change_lists, change_lists, change_lists)
def test_merge_is_associative(
    x: list[Change], y: list[Change], z: list[Change]
) -> None:
    """(x ⊔ y) ⊔ z == x ⊔ (y ⊔ z), merging states rather than lists."""
    everything = _unique(x + y + z)
    x, y, z = ([c for c in everything if c in part] for part in (x, y, z))

    def join(
        *parts: dict[tuple[str, str], RowState],
    ) -> dict[tuple[str, str], RowState]:
        result: dict[tuple[str, str], RowState] = {}
        for part in parts:
            for key, state in part.items():
                target = result.setdefault(key, RowState())
                for name, reg in state.fields.items():
                    target.fields[name] = merge.merge_register(
                        key[0], name, target.fields.get(name), reg
                    )
                if state.stamp and (
                    target.stamp is None or state.stamp.version > target.stamp.version
                ):
                    target.stamp = state.stamp
        return result

    mx, my, mz = (merge.merge_all(p) for p in (x, y, z))
    left = join(join(mx, my), mz)
    right = join(mx, join(my, mz))
    assert canonical(left) == canonical(right) == canonical(merge.merge_all(x + y + z))


def _change(version: tuple[int, str, int], **payload: object) -> Change:
    return Change(
        op_id=str(version),
        table="incidents",
        row_id="i",
        kind="update",
        payload=payload,
        version=version,
        at="t",
        reopen=bool(payload.pop("_reopen", False)),
        epoch=int(payload.pop("_epoch", 0)),  # type: ignore[call-overload]
    )


def test_closed_stays_closed_against_a_later_plain_status() -> None:
    closed = _change((1, "a", 1), status=lifecycle.CLOSED, closed_at="x")
    later = _change((9, "b", 1), status=lifecycle.HANDLING, closed_at=None)
    state = merge.merge_all([closed, later])[("incidents", "i")]
    assert state.values() == {"status": lifecycle.CLOSED, "closed_at": "x"}


def test_only_an_explicit_reopen_moves_a_closed_incident_back() -> None:
    closed = _change((1, "a", 1), status=lifecycle.CLOSED, closed_at="x")
    reopen = _change(
        (5, "b", 1), status=lifecycle.HANDLING, closed_at=None, _reopen=True
    )
    stale_close = _change((3, "c", 1), status=lifecycle.CLOSED, closed_at="y")
    state = merge.merge_all([reopen, stale_close, closed])[("incidents", "i")]
    assert state.values() == {"status": lifecycle.HANDLING, "closed_at": None}


def test_tombstone_beats_an_older_restore_but_not_a_later_one() -> None:
    deleted = _change((5, "a", 1), deleted_at="gone")
    older = _change((4, "b", 1), deleted_at=None)
    newer = _change((6, "b", 1), deleted_at=None)
    assert merge.merge_all([deleted, older])[("incidents", "i")].values() == {
        "deleted_at": "gone"
    }
    assert merge.merge_all([deleted, newer])[("incidents", "i")].values() == {
        "deleted_at": None
    }


def test_concurrent_critical_edit_is_a_conflict_with_a_deterministic_winner() -> None:
    base = _change((1, "a", 1), deaths=1)
    state = merge.merge_all([base])[("incidents", "i")]
    a = _change((5, "a", 2), deaths=3)
    b = Change(
        **{**_change((4, "b", 1), deaths=4).__dict__, "base": {"deaths": (1, "a", 1)}}
    )
    merge.merge_change(state, a)

    found = merge.concurrent_edits(state, b)

    assert [(c.field, c.winner.value, c.loser.value) for c in found] == [
        ("deaths", 3, 4)
    ]


def test_an_edit_that_saw_the_current_value_is_no_conflict() -> None:
    state = merge.merge_all([_change((1, "a", 1), deaths=1)])[("incidents", "i")]
    b = Change(
        **{**_change((4, "b", 1), deaths=4).__dict__, "base": {"deaths": (1, "a", 1)}}
    )
    assert merge.concurrent_edits(state, b) == []


def test_equal_values_are_agreement() -> None:
    state = merge.merge_all([_change((5, "a", 1), deaths=2)])[("incidents", "i")]
    assert merge.concurrent_edits(state, _change((4, "b", 1), deaths=2)) == []
