"""The database: idempotent writes, Arabic-aware search, clear errors."""

from __future__ import annotations

import sqlite3

import pytest

from db import export
from db.store import Article, Store, StoreError
from extractor.extract import extract

TEXT = ("قال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار.\n"
        "وأضاف أن «الاتفاق مع إردوغان ما زال صامداً رغم كل شيء».")


def store_one(store: Store, text: str = TEXT, article_id: str = "a1") -> str:
    article = Article(id=article_id, text=text, url=f"https://example.org/{article_id}", outlet_id="test",
                      title="عنوان", published="2024-01-02")
    return store.save_article(article, extract(text))


def test_same_article_twice_stores_nothing_twice(tmp_path):
    store = Store(tmp_path / "q.db")
    assert store_one(store) == "new"
    counts = (store.count("articles"), store.count("statements"), store.count("speakers"))
    assert counts[1] == 2
    assert store_one(store) == "unchanged"
    assert (store.count("articles"), store.count("statements"), store.count("speakers")) == counts
    assert store.db.execute("select count(*) from statements_fts").fetchone()[0] == 2


def test_changed_text_replaces_the_statements(tmp_path):
    store = Store(tmp_path / "q.db")
    store_one(store)
    assert store_one(store, TEXT.split("\n")[0]) == "updated"
    assert store.count("statements") == 1
    assert store.db.execute("select count(*) from statements_fts").fetchone()[0] == 1


@pytest.mark.parametrize("query", ["بوتين", "وبوتين", "بوتِين"])
def test_speaker_search_folds_spelling_and_clitics(tmp_path, query):
    store = Store(tmp_path / "q.db")
    store_one(store)
    found = list(export.rows(store.db, export.Filters(speaker=query)))
    assert len(found) == 2 and {r["speaker"] for r in found} == {"فلاديمير بوتين"}


@pytest.mark.parametrize("query", ["أردوغان", "اردوغان", "إردوغان", "الاتفاق", "اتفاق"])
def test_text_search_folds_hamza_and_article(tmp_path, query):
    store = Store(tmp_path / "q.db")
    store_one(store)
    found = list(export.rows(store.db, export.Filters(search=query)))
    assert [r["type"] for r in found] == ["direct"]


def test_a_failed_write_leaves_nothing_half_stored(tmp_path):
    store = Store(tmp_path / "q.db")
    store.db.execute("CREATE TRIGGER boom BEFORE INSERT ON statements WHEN NEW.position = 1 "
                     "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    with pytest.raises(StoreError, match="disk full"):
        store_one(store)
    assert store.count("articles") == 0 and store.count("statements") == 0


def test_unusable_database_files_give_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="is a directory"):
        Store(tmp_path)
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "missing" / "q.db")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StoreError, match="cannot use"):
        Store(junk)


def test_context_is_the_sentence_around_the_statement(tmp_path):
    store = Store(tmp_path / "q.db")
    store_one(store)
    context = store.db.execute("select context from statements order by position").fetchone()[0]
    assert context == TEXT.split("\n")[0]
    assert isinstance(store.db.conn, sqlite3.Connection)
