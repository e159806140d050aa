"""The database: idempotent writes, Arabic-aware search, clear errors."""

from __future__ import annotations

import sqlite3

import pytest

from qala.db import export
from qala.db.store import Article, Store, StoreError
from qala.extractor.extract import extract

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


def save(store: Store, article_id: str, text: str) -> None:
    store.save_article(Article(id=article_id, text=text, outlet_id="o", published="2024-01-0" + article_id[-1]),
                       extract(text))


def test_a_lone_surname_joins_the_only_full_name_with_evidence(tmp_path):
    store = Store(tmp_path / "q.db")
    save(store, "a1", "قال بوتين إن الاتفاق صامد.")
    save(store, "a2", "وقال الرئيس الروسي فلاديمير بوتين إن بلاده مستعدة للحوار.")
    save(store, "a3", "وأكد بوتين أن المحادثات ستستمر.")
    speakers = list(store.db.query("select id, name, statements from speakers"))
    assert [(s["name"], s["statements"]) for s in speakers] == [("فلاديمير بوتين", 3)]
    aliases = list(store.db.query("select alias, evidence from speaker_aliases"))
    assert [a["alias"] for a in aliases] == ["بوتين"] and "فلاديمير بوتين" in aliases[0]["evidence"]
    assert len(list(export.rows(store.db, export.Filters(speaker="بوتين")))) == 3


def test_two_people_sharing_a_surname_are_not_merged(tmp_path):
    store = Store(tmp_path / "q.db")
    save(store, "a1", "قال الوزير أحمد الخطيب إن الخطة جاهزة.")
    save(store, "a2", "وقال النائب سامي الخطيب إن الخطة متأخرة.")
    save(store, "a3", "وقال الخطيب إن الموعد لم يحدد.")
    names = {r["name"]: r["statements"] for r in store.db.query("select name, statements from speakers")}
    assert names == {"أحمد الخطيب": 1, "سامي الخطيب": 1, "الخطيب": 1}
    assert store.count("speaker_aliases") == 0


def test_the_same_statement_in_several_articles_is_grouped(tmp_path):
    store = Store(tmp_path / "q.db")
    save(store, "a1", "قال الوزير سامي علي إن «الاتفاق سيوقع الأسبوع المقبل في العاصمة».")
    save(store, "a2", "وقال الوزير سامي علي إن «الاتفاقَ سيُوقّع الأسبوع المقبل في العاصمة».")
    groups = list(store.db.query("select articles, first_said from statement_groups"))
    assert groups == [{"articles": 2, "first_said": "2024-01-01"}]
