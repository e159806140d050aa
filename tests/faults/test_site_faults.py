"""The published site against hostile data and hostile visitors: a real Datasette process on
127.0.0.1 serving a database whose rows were written the way old versions or other tools might
have written them."""

from __future__ import annotations

import concurrent.futures
import json
import os
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import DATA, ROOT, free_port, qala, serving, wait_for

SPEAKER = "فلاديمير بوتين"


def get(url: str, timeout: float = 60) -> tuple[int, str, dict]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8", "replace"), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace"), dict(exc.headers)


ODD_ARTICLES = [  # (id, url, published): what the store would refuse today, written directly
    ("odd-js", "javascript:alert(document.domain)", "2024-03-01T10:00:00+00:00"),
    ("odd-data", "data:text/html,<script>alert(1)</script>", "2024-03-02T10:00:00+00:00"),
    ("odd-naive", "https://example.com/naive", "2024-03-03 10:00:00"),
    ("odd-words", "https://example.com/words", "الثلاثاء الماضي"),
    ("odd-null", None, None),
    ("odd-nul", "https://example.com/nul", "2024-03-04"),
]


@pytest.fixture(scope="module")
def odd_site(tmp_path_factory):
    """The small test articles, plus rows with hostile URLs, dates and text, served."""
    db = tmp_path_factory.mktemp("odd") / "odd.db"
    qala("ingest", "--input", str(DATA / "articles_small.jsonl"), "--db", str(db), "--silent", check=True)
    conn = sqlite3.connect(db)
    speaker_id = conn.execute("select id from speakers where name = ?", [SPEAKER]).fetchone()[0]
    with conn:
        for n, (article_id, url, published) in enumerate(ODD_ARTICLES):
            text = f"قال {SPEAKER} إن الأمر {n}" + ("\x00\x01\x0b" if article_id == "odd-nul" else "")
            conn.execute("insert into articles (id, url, outlet_id, title, published, text, fetched_at, source) "
                         "values (?, ?, null, ?, ?, ?, '2024-03-05T00:00:00+00:00', 'ingest')",
                         [article_id, url, f"عنوان {n}\x00", published, text])
            cur = conn.execute("insert into statements (article_id, position, text, type, speaker_id, speaker, "
                               "published, rule) values (?, 0, ?, 'indirect', ?, ?, ?, 'test')",
                               [article_id, text, speaker_id, SPEAKER, published])
            conn.execute("insert into statements_fts (rowid, text_key, speaker_key) values (?, ?, ?)",
                         [cur.lastrowid, "الامر", "بوتين فلاديمير"])
        conn.execute("update speakers set statements = (select count(*) from statements where speaker_id = ?) "
                     "where id = ?", [speaker_id, speaker_id])
    conn.close()
    with serving(db) as url:
        yield url, db, speaker_id


def test_unsafe_urls_are_never_links(odd_site):
    base, db, speaker_id = odd_site
    pages = [f"/speaker/{speaker_id}", f"/{db.stem}/statements", f"/{db.stem}/articles",
             f"/{db.stem}/articles/odd-js", f"/{db.stem}/speaker_feed.atom?speaker=بوتين"]
    for path in pages:
        status, body, _ = get(base + urllib.parse.quote(path, safe="/?=&"))
        assert status == 200, (path, body[:300])
        lowered = body.lower()
        assert 'href="javascript:' not in lowered and "href='javascript:" not in lowered, path
        assert 'href="data:' not in lowered and "<script>alert" not in lowered, path


@pytest.mark.parametrize("query", ["speaker=بوتين", "speaker=لا أحد", "speaker=", "speaker=«»", "speaker=%22",
                                   "speaker=" + "ب" * 2000])
def test_speaker_feeds_never_fail(odd_site, query):
    base, db, _ = odd_site
    status, body, _ = get(f"{base}/{db.stem}/speaker_feed.atom?{urllib.parse.quote(query, safe='=')}")
    assert status == 200, body[:500]
    feed = ElementTree.fromstring(body.encode("utf-8"))  # well-formed XML, NULs and all
    assert feed.tag.endswith("feed")
    for updated in feed.iter("{http://www.w3.org/2005/Atom}updated"):
        assert updated.text and updated.text[:4].isdigit() and ("+" in updated.text or updated.text.endswith("Z"))


@pytest.mark.parametrize("query", ["q=الأمر", "q=لا شيء هنا", "q=", "q=%00", "q=NEAR(", "q=" + "و" * 3000])
def test_search_feeds_never_fail(odd_site, query):
    base, db, _ = odd_site
    status, body, _ = get(f"{base}/{db.stem}/search_feed.atom?{urllib.parse.quote(query, safe='=%')}")
    assert status == 200, body[:500]
    ElementTree.fromstring(body.encode("utf-8"))


def test_the_most_quoted_speakers_feeds_all_answer(served_db):
    base, db = served_db
    status, body, _ = get(f"{base}/{db.stem}/speakers.json?_shape=array&_sort_desc=statements&_size=40")
    names = [row["name"] for row in json.loads(body)]
    assert names
    for name in names:
        status, body, _ = get(f"{base}/{db.stem}/speaker_feed.atom?speaker={urllib.parse.quote(name)}")
        assert status == 200, (name, body[:300])
        ElementTree.fromstring(body.encode("utf-8"))


def test_an_expensive_function_is_stopped_by_the_time_limit(odd_site):
    base, db, _ = odd_site
    sql = "select length(printf('%.*c', 1000000000, 'x'))"
    started = time.monotonic()
    status, body, _ = get(f"{base}/{db.stem}.json?sql={urllib.parse.quote(sql)}")
    assert time.monotonic() - started < 5  # sql_time_limit_ms is 3 s
    assert status == 400 and "raised exception" in body, body[:300]  # printf refuses the width


def test_heavy_queries_at_once_do_not_stall_a_light_page(odd_site):
    base, db, _ = odd_site
    heavy = [f"{base}/{db.stem}.json?sql=" + urllib.parse.quote(
        f"with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c where x > {n}")
        for n in range(8)] + [f"{base}/{db.stem}.json?sql=" + urllib.parse.quote(
            f"select length(replace(printf('%.*c', 500000000, 'x'), 'x', 'yy')) + {n}") for n in range(8)]
    with concurrent.futures.ThreadPoolExecutor(16) as pool:
        busy = [pool.submit(get, url) for url in heavy]
        time.sleep(0.5)
        started = time.monotonic()
        status, _, _ = get(f"{base}/-/versions.json")
        light = time.monotonic() - started
        statuses = [f.result()[0] for f in busy]
    # stalled behind them, the page would wait out rounds of 3 s queries on 4 SQL threads (9 s or more);
    # 7 s leaves room for a loaded two-core machine (5.8 s was seen with two whole test runs side by side)
    assert status == 200 and light < 7, light
    assert set(statuses) <= {400}, statuses


def test_no_sql_reaches_internal_functions_or_the_file_path(odd_site):
    base, db, _ = odd_site
    for sql in ["select fts3_tokenizer('simple')", "select hex(fts3_tokenizer('porter'))",
                "select load_extension('/lib/x.so')", "select readfile('/etc/passwd')",
                "select * from pragma_database_list"]:
        status, body, _ = get(f"{base}/{db.stem}.json?sql={urllib.parse.quote(sql)}")
        assert status == 400 or str(db.parent) not in body, (sql, body[:300])
        assert "0x" not in body.lower() or status == 400
    for path in ["/-/databases.json", "/-/databases", "/", f"/{db.stem}", "/-/metadata.json", "/-/settings.json",
                 f"/{db.stem}.json", "/-/versions.json", "/nonexistent", f"/{db.stem}/nonexistent"]:
        status, body, _ = get(base + path)
        assert str(db.parent) not in body and str(db) not in body, path
        assert status in (200, 404), (path, status)


def test_the_response_cache_is_bounded_in_bytes(tmp_path):
    db = tmp_path / "big.db"
    articles = [{"id": f"b{n}", "text": ("قال الوزير إن الحكومة ستعمل على خفض الأسعار. " * 400) + str(n)}
                for n in range(60)]
    (tmp_path / "big.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles),
                                        encoding="utf-8")
    qala("ingest", "--input", str(tmp_path / "big.jsonl"), "--db", str(db), "--silent", check=True)
    with serving(db) as base:
        sizes = 0
        for n in range(120):  # 120 different answers of ~0.7 MB each
            status, body, _ = get(f"{base}/{db.stem}/articles.json?_size=30&id__not=b{n}")
            assert status == 200
            sizes += len(body.encode("utf-8"))
        status, body, _ = get(f"{base}/-/qala-cache.json")
        cache = json.loads(body)
    assert sizes > 3 * cache["max_bytes"]
    assert 0 < cache["bytes"] <= cache["max_bytes"] and cache["entries"] > 0


def test_serve_writes_no_temporary_file(tmp_path, served_db):
    _, db = served_db
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "qala", "serve", "--db", str(db), "--port", str(port)], cwd=ROOT,
                            env={**os.environ, "TMPDIR": str(tmp)}, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_for(f"http://127.0.0.1:{port}/-/versions.json")
        assert list(tmp.iterdir()) == []
    finally:
        proc.terminate()
        proc.wait(10)
    assert list(tmp.iterdir()) == []


def test_writes_while_the_site_serves(tmp_path):
    """An ingest into the served database: every request meanwhile answers 200, and the pages
    show the new rows once it has finished."""
    db = tmp_path / "live.db"
    qala("ingest", "--input", str(DATA / "articles_small.jsonl"), "--db", str(db), "--silent", check=True)
    more = [{"id": f"live-{n}", "text": f"قال الوزير سامي الحداد إن العمل مستمر رقم {n}."} for n in range(400)]
    path = tmp_path / "more.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in more), encoding="utf-8")
    with serving(db) as base:
        proc = subprocess.Popen([sys.executable, "-m", "qala", "ingest", "--input", str(path), "--db", str(db),
                                 "--silent"], cwd=ROOT)
        statuses = []
        while proc.poll() is None:
            statuses.append(get(f"{base}/{db.stem}/statements.json?_size=5")[0])
            statuses.append(get(f"{base}/{db.stem}.json?sql=select+count(*)+from+articles")[0])
        proc.wait()
        _, body, _ = get(f"{base}/{db.stem}.json?sql=select+count(*)+as+n+from+articles&_shape=array")
    assert proc.returncode == 0 and statuses and set(statuses) == {200}
    assert json.loads(body)[0]["n"] == 403


def test_the_site_refuses_every_write(served_db):
    base, db = served_db
    for sql in ["delete from statements", "update speakers set name = 'x'", "drop table articles",
                "attach database '/tmp/x.db' as x", "pragma journal_mode=delete", "vacuum"]:
        status, _, _ = get(f"{base}/{db.stem}.json?sql={urllib.parse.quote(sql)}")
        assert status in (400, 403), sql
    request = urllib.request.Request(f"{base}/{db.stem}/statements/-/insert", data=b"{}", method="POST")
    try:
        code = urllib.request.urlopen(request, timeout=10).status
    except urllib.error.HTTPError as exc:
        code = exc.code
    assert code in (403, 404, 405)
    assert Path(db).exists()
