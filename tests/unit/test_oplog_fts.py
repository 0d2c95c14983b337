"""Routing search terms: trigram MATCH for 3+ characters, LIKE for shorter."""

from __future__ import annotations

import sqlite3

import pytest

from console.oplog.fts import (
    SearchUnavailableError,
    like_pattern,
    quote_phrase,
    require_fts5,
    route,
)


def test_terms_are_routed_by_length() -> None:
    terms = route("台 台风 台风烟 Ningbo")

    assert terms.match == '"台风烟" "Ningbo"'
    assert terms.like == ("%台%", "%台风%")


def test_full_width_spaces_separate_terms() -> None:
    assert route("台风\u3000宁波").like == ("%台风%", "%宁波%")


def test_repeated_terms_are_used_once() -> None:
    assert route("台风 台风").like == ("%台风%",)


def test_empty_query_has_no_terms() -> None:
    assert route("   ").empty


@pytest.mark.parametrize(
    ("term", "quoted"),
    [
        ('a"b"c', '"a""b""c"'),
        ("AND", '"AND"'),
        ("NEAR(x", '"NEAR(x"'),
        ("col:val", '"col:val"'),
        ("***", '"***"'),
    ],
)
def test_match_terms_are_quoted_phrases(term: str, quoted: str) -> None:
    assert quote_phrase(term) == quoted


def test_like_wildcards_and_escape_are_escaped() -> None:
    assert like_pattern("5%") == "%5\\%%"
    assert like_pattern("a_") == "%a\\_%"
    assert like_pattern("\\") == "%\\\\%"


def test_quoted_terms_are_valid_fts5_syntax() -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='trigram')")
    connection.execute("INSERT INTO t VALUES ('a\"b AND c-d* e:f')")
    for query in ('a"b', "AND", "c-d*", "e:f", "-- x", '"""'):
        terms = route(query)
        if terms.match:
            connection.execute("SELECT * FROM t WHERE t MATCH ?", (terms.match,))


def test_old_sqlite_is_refused_with_a_clear_message() -> None:
    with pytest.raises(SearchUnavailableError, match=r"3\.31\.1 is too old"):
        require_fts5(True, (3, 31, 1))


def test_sqlite_without_fts5_is_refused() -> None:
    with pytest.raises(SearchUnavailableError, match="without FTS5"):
        require_fts5(False, (3, 45, 0))


def test_this_sqlite_is_supported() -> None:
    require_fts5(True)
