"""The spider against a real HTTP server on 127.0.0.1 serving real saved pages."""

from __future__ import annotations

import json

import sqlite_utils

from tests.conftest import qala


def crawl(site, tmp_path, db):
    sources = tmp_path / "sources.yml"
    sources.write_text(site.sources_yaml(), encoding="utf-8")
    return qala("crawl", "--sources", str(sources), "--db", str(db), "--no-delay", check=True)


def test_crawl_stores_every_article_with_statements_once(sample_site, tmp_path):
    db_path = tmp_path / "q.db"
    crawl(sample_site, tmp_path, db_path)
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == len(sample_site.names)
    assert db["statements"].count > 10
    assert "/robots.txt" in sample_site.requests
    row = db.execute("select title, published, outlet_id, source from articles where url like '%alyaum%'").fetchone()
    assert row[0].startswith("طهران تدفن") and row[2:] == ("sample", "crawl")
    assert row[1] == "2020-11-30T23:00:00+00:00"  # the page's 2020-12-01T02:00:00+03:00, in UTC
    run = db.execute("select status, pages_fetched, articles_new, statements, errors from crawl_runs").fetchone()
    assert run[0] == "finished" and run[1] == len(sample_site.names) + 1 and run[2] == len(sample_site.names)
    assert run[3] == db["statements"].count and json.loads(run[4]) == {}


def test_second_crawl_fetches_no_stored_article_again(sample_site, tmp_path):
    db_path = tmp_path / "q.db"
    crawl(sample_site, tmp_path, db_path)
    first = sum(1 for p in sample_site.requests if p.startswith("/articles/"))
    assert first == len(sample_site.names)
    sample_site.requests.clear()
    result = crawl(sample_site, tmp_path, db_path)
    assert [p for p in sample_site.requests if p.startswith("/articles/")] == []
    assert f"{len(sample_site.names)} link(s) already stored" in result.stderr
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == len(sample_site.names)
    runs = list(db.query("select articles_new, articles_skipped from crawl_runs order by id"))
    assert runs[1] == {"articles_new": 0, "articles_skipped": len(sample_site.names)}


def test_a_bad_sources_file_is_a_one_line_error(tmp_path):
    bad = tmp_path / "sources.yml"
    bad.write_text("outlets:\n  - id: x\n    name: X\n    feeds: [nota url]\n", encoding="utf-8")
    result = qala("crawl", "--sources", str(bad), "--db", str(tmp_path / "q.db"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1].startswith("Error: ") and "not an http" in result.stderr
    assert not (tmp_path / "q.db").exists() or sqlite_utils.Database(tmp_path / "q.db")["articles"].count == 0
