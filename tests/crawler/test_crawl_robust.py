"""The crawler against a hostile site on 127.0.0.1: errors, redirects, slow and empty pages,
another encoding, a crash mid-crawl, two crawls at once, and a schedule."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import sqlite_utils

from qala.crawler.lock import crawl_lock
from qala.crawler.schedule import schedule
from qala.crawler.sources import Outlet
from qala.demo import SampleSite
from tests.conftest import ROOT, qala
from tests.crawler.pages import article_html


def write_sources(site: SampleSite, tmp_path, **extra: str):
    path = tmp_path / "sources.yml"
    text = site.sources_yaml()
    for key, value in extra.items():
        text += f"    {key}: {value}\n"
    path.write_text(text, encoding="utf-8")
    return path


def slow_page():
    time.sleep(3)
    return 200, "text/html; charset=utf-8", article_html(99).encode("utf-8")


def test_errors_are_counted_and_never_fatal(tmp_path):
    alyaum = "alyaum-1784190729.html"
    cp1256 = article_html(7, title="عنوان بترميز ويندوز العربي", charset="windows-1256").encode("cp1256")
    routes = {
        "/redirect": lambda: (301, "text/html", b"", {"Location": f"/articles/{alyaum}"}),
        "/missing": lambda: (404, "text/html", b"not here"),
        "/broken": lambda: (500, "text/html", b"oops"),
        "/slow": slow_page,
        "/empty": lambda: (200, "text/html; charset=utf-8", b""),
        "/video": lambda: (200, "text/html; charset=utf-8",
                           b"<html><body><video src='x.mp4'></video><p>Video</p></body></html>"),
        "/cp1256": lambda: (200, "text/html; charset=windows-1256", cp1256),
    }
    with SampleSite(routes=routes) as site:
        site.feed_links = list(routes)
        sources = write_sources(site, tmp_path)
        result = qala("crawl", "--sources", str(sources), "--db", str(tmp_path / "q.db"), "--no-delay",
                      "--timeout", "1", check=True)
    db = sqlite_utils.Database(tmp_path / "q.db")
    errors = json.loads(db.execute("select errors from crawl_runs").fetchone()[0])
    assert errors["http_404"] == 1 and errors["http_500"] == 1
    assert errors["timeout"] == 1
    assert errors["skipped_empty_page"] == 1 and errors["skipped_little_arabic_text"] == 1
    summary = result.stderr.splitlines()[-1]
    assert "not fetched or not articles (1 http_404, 1 http_500" in summary
    # a skipped page is one line with its address and reason, never its HTML
    assert "<video" not in result.stderr
    assert any("/video" in line and "little_arabic_text" in line for line in result.stderr.splitlines())
    # the redirect reached an article the feed also lists: stored once, under both addresses
    assert db.execute("select count(*) from articles where url like '%alyaum.com%'").fetchone()[0] == 1
    titles = [r[0] for r in db.execute("select title from articles")]
    assert "عنوان بترميز ويندوز العربي" in titles
    text = db.execute("select text from articles where title = 'عنوان بترميز ويندوز العربي'").fetchone()[0]
    assert "وزير الزراعة سامي الحداد" in text and "اقرأ أيضا" not in text
    assert db["articles"].count == len(site.names) + 1


def test_changed_articles_are_fetched_again(tmp_path):
    with SampleSite() as site:
        sources = write_sources(site, tmp_path)
        qala("crawl", "--sources", str(sources), "--db", str(tmp_path / "q.db"), "--no-delay", check=True)
        site.requests.clear()
        changed = site.names[0]
        site.updated[changed] = time.time() + 60  # the feed now says it changed after it was stored
        qala("crawl", "--sources", str(sources), "--db", str(tmp_path / "q.db"), "--no-delay", check=True)
    assert [p for p in site.requests if p.startswith("/articles/")] == [f"/articles/{changed}"]


def stored_so_far(db_path) -> int:
    """Articles stored by a crawl that is still running (0 before it has made its tables)."""
    if not db_path.exists():
        return 0
    db = sqlite_utils.Database(db_path)
    return db["articles"].count if "articles" in db.table_names() else 0


def test_killed_crawl_loses_nothing_and_the_next_one_finishes(tmp_path):
    total = 30

    def page(n):
        def serve():
            time.sleep(0.15 if n < 10 else 1.5)  # the later pages are slow: the kill comes mid-crawl
            return 200, "text/html; charset=utf-8", article_html(n).encode("utf-8")
        return serve

    routes = {f"/news/{n}": page(n) for n in range(total)}
    db_path = tmp_path / "q.db"
    with SampleSite(routes=routes) as site:
        site.names = []  # only the generated pages
        site.feed_links = list(routes)
        sources = write_sources(site, tmp_path)
        command = [sys.executable, "-m", "qala", "crawl", "--sources", str(sources), "--db", str(db_path),
                   "--no-delay", "--quiet"]
        proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            time.sleep(0.2)
            if stored_so_far(db_path) >= 5:
                break
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        db = sqlite_utils.Database(db_path)
        stored = db["articles"].count
        assert 0 < stored < total
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"
        # every stored article has its statements: nothing half-written
        assert db.execute("select count(*) from articles a where not exists "
                          "(select 1 from statements s where s.article_id = a.id)").fetchone()[0] == 0
        qala("crawl", "--sources", str(sources), "--db", str(db_path), "--no-delay", check=True)
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == total
    assert db.execute("select count(distinct url) from articles").fetchone()[0] == total
    per_article = {r[0] for r in db.execute("select count(*) from statements group by article_id")}
    assert len(per_article) == 1  # the same number of statements in every article: none doubled


def test_a_second_crawl_on_the_same_database_waits_its_turn(tmp_path, sample_site):
    sources = write_sources(sample_site, tmp_path)
    db_path = tmp_path / "q.db"
    with crawl_lock(db_path):
        result = qala("crawl", "--sources", str(sources), "--db", str(db_path), "--no-delay")
    assert result.returncode == 75 and "another crawl is writing to" in result.stderr
    qala("crawl", "--sources", str(sources), "--db", str(db_path), "--no-delay", check=True)


def test_schedule_runs_each_outlet_at_its_interval_and_survives_failures():
    outlets = [Outlet("fast", "Fast", feeds=("http://127.0.0.1/f",), interval="10s"),
               Outlet("slow", "Slow", feeds=("http://127.0.0.1/s",), interval="1m")]
    now = [0.0]
    calls = []

    def runner(outlet, db, extra):
        calls.append((outlet.id, now[0]))
        return 1 if outlet.id == "fast" else 0  # a failing outlet keeps its turn

    def sleep(seconds):
        now[0] += seconds

    runs = schedule(outlets, "x.db", max_runs=9, runner=runner, clock=lambda: now[0], sleep=sleep)
    assert runs == 9
    assert [c for c in calls if c[0] == "slow"] == [("slow", 0.0), ("slow", 60.0)]
    assert [t for o, t in calls if o == "fast"] == [0.0, 10.0, 20.0, 30.0, 40.0, 50.0, 60.0]


def test_schedule_command_records_runs(tmp_path, sample_site):
    sources = write_sources(sample_site, tmp_path, interval="1s")
    result = qala("schedule", "--sources", str(sources), "--db", str(tmp_path / "q.db"), "--max-runs", "2",
                  "--no-delay", check=True)
    assert "2 run(s) done." in result.stderr
    runs = list(sqlite_utils.Database(tmp_path / "q.db").query("select outlet_id, status from crawl_runs"))
    assert runs == [{"outlet_id": "sample", "status": "finished"}] * 2
