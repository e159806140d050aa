"""Latency of the published site on a database of 1,000,000 statements.

    python benchmarks/site_latency.py build --corpus ../shared/corpus/bulk.jsonl --db /tmp/bench.db
    python benchmarks/site_latency.py measure --db /tmp/bench.db [--runs 30]

`build` makes a Qala database from real corpus sentences: the articles of the corpus, and
statements cut from their sentences, attributed to the speakers the extractor finds in them with
a long-tailed distribution, so that search, facets and speaker pages face realistic data.
`measure` serves it with `qala serve` on 127.0.0.1 and times requests through Datasette's JSON
API: a speaker search, full-text searches (a rare and a common word), and the statements page
with its facets (every table request computes them). It prints p50 and p95 in milliseconds, for
requests the site has not answered before and for repeated ones, which the site's response cache
(plugins/qala_cache.py) answers until the database changes.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qala.db.store import Store, group_key  # noqa: E402
from qala.extractor.extract import extract  # noqa: E402
from qala.extractor.normalize import query_key, search_key  # noqa: E402

SENTENCE = re.compile(r"[^.!؟?\n]{30,400}[.!؟?]?")
TYPES = ("direct", "indirect", "mixed")
BATCH = 20_000


def build(corpus: Path, db_path: Path, target: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    articles = [json.loads(line) for line in corpus.open(encoding="utf-8")]
    names: dict[str, str] = {}
    for article in articles[:3000]:
        for st in extract(article["text"]):
            if st.speaker and len(st.speaker) < 60 and query_key(st.speaker):
                names.setdefault(query_key(st.speaker), st.speaker)
    speakers = list(names.values())
    weights = [1 / (rank + 1) for rank in range(len(speakers))]  # a few speakers say most
    print(f"{len(articles)} articles, {len(speakers)} speakers", file=sys.stderr)
    if db_path.exists():
        db_path.unlink()
    store = Store(db_path)
    conn = store.db.conn
    start_day = date(2015, 1, 1)
    with conn:
        for n, a in enumerate(articles):
            day = (start_day + timedelta(days=n * 1100 // len(articles))).isoformat()
            outlet = re.sub(r"\W+", "-", (a.get("outlet") or "unknown").lower()).strip("-")
            conn.execute("INSERT OR IGNORE INTO outlets (id, name) VALUES (?, ?)", [outlet, a.get("outlet")])
            conn.execute("INSERT INTO articles (id, url, outlet_id, title, published, text, content_hash, source) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, 'bench')",
                         [a["id"], a.get("url") or f"https://example.org/{a['id']}", outlet, a.get("title"),
                          f"{day}T12:00:00+00:00", a["text"], str(n)])
    with conn:
        for name in speakers:
            key = query_key(name)
            cur = conn.execute("INSERT INTO speakers (name, key, surname_key, titles, statements) "
                               "VALUES (?, ?, ?, '[]', 0)", [name, key, key.split()[-1]])
            conn.execute("INSERT INTO speakers_fts (rowid, name_key) VALUES (?, ?)", [cur.lastrowid, search_key(name)])
    ids = {query_key(n): i + 1 for i, n in enumerate(speakers)}
    made = 0
    rows, fts = [], []
    while made < target:
        for a in articles:
            day = conn.execute("SELECT outlet_id, published FROM articles WHERE id = ?", [a["id"]]).fetchone()
            for m in SENTENCE.finditer(a["text"]):
                speaker = rng.choices(speakers, weights)[0]
                made += 1
                text = m.group().strip()
                rows.append((made, a["id"], m.start(), text, rng.choice(TYPES), ids[query_key(speaker)], speaker,
                             "قال", m.start(), m.end(), "bench", text, day[0], day[1], group_key(text)))
                fts.append((made, search_key(text), search_key(speaker)))
                if len(rows) >= BATCH or made >= target:
                    _flush(conn, rows, fts)
                    print(f"\r{made} statements", end="", file=sys.stderr)
                if made >= target:
                    break
            if made >= target:
                break
    _flush(conn, rows, fts)
    with conn:
        conn.execute("UPDATE speakers SET statements = (SELECT count(*) FROM statements s WHERE s.speaker_id = "
                     "speakers.id), first_seen = (SELECT min(published) FROM statements s WHERE s.speaker_id = "
                     "speakers.id), last_seen = (SELECT max(published) FROM statements s WHERE s.speaker_id = "
                     "speakers.id)")
    conn.execute("ANALYZE")
    print(f"\nbuilt {db_path} ({db_path.stat().st_size / 1e9:.2f} GB)", file=sys.stderr)


def _flush(conn, rows: list, fts: list) -> None:
    with conn:
        conn.executemany("INSERT INTO statements (id, article_id, position, text, type, speaker_id, speaker, cue, "
                         "start, [end], rule, context, outlet_id, published, group_key) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO statements_fts (rowid, text_key, speaker_key) VALUES (?, ?, ?)", fts)
    rows.clear()
    fts.clear()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        assert response.status == 200, url
    return (time.perf_counter() - started) * 1000


def measure(db_path: Path, runs: int) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "qala", "serve", "--db", str(db_path), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/{db_path.stem}"
    try:
        for _ in range(100):
            try:
                timed(f"http://127.0.0.1:{port}/-/versions.json")
                break
            except OSError:
                time.sleep(0.3)
        top = json.load(urllib.request.urlopen(f"{base}/speakers.json?_shape=array&_size=20&_sort_desc=statements"))
        rare = json.load(urllib.request.urlopen(f"{base}/speakers.json?_shape=array&_size=5&_sort=statements"
                                                "&statements__gt=0"))
        q = urllib.parse.quote
        cases = {
            "speaker search (frequent speaker)": [f"{base}/speaker_statements.json?speaker={q(s['name'])}&_size=50"
                                                  for s in top[:5]],
            "speaker search (rare speaker)": [f"{base}/speaker_statements.json?speaker={q(s['name'])}&_size=50"
                                              for s in rare[:5]],
            "full-text search (rare word)": [f"{base}/statements.json?_search={q(w)}&_size=50"
                                             for w in ("الطاقة النووية", "الكرملين", "الزلزال")],
            "full-text search (common word)": [f"{base}/statements.json?_search={q(w)}&_size=50"
                                               for w in ("الحكومة", "قال", "مصر")],
            # the statements table computes its facets (outlet, speaker, type, date: metadata.yml) on
            # every request, searches included
            "statements page with facets": [f"{base}/statements.json?_size=50"],
            "speaker page (frequent speaker)": [f"http://127.0.0.1:{port}/speaker/{s['id']}?" for s in top[:5]],
        }
        print(f"{'':34} {'first request':>26}   {'repeated (served from cache)':>30}")
        for name, urls in cases.items():
            timed(urls[0])  # warm the page cache of the operating system and SQLite
            # a parameter Datasette ignores makes each request new to the site's response cache
            first = [timed(f"{urls[i % len(urls)]}&_bench={i}".replace("?&", "?")) for i in range(runs)]
            for url in urls:
                timed(url)  # now in the cache
            repeated = [timed(urls[i % len(urls)]) for i in range(runs)]
            print(f"{name:34} {_percentiles(first):>26}   {_percentiles(repeated):>30}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _percentiles(times: list[float]) -> str:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    return f"p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build")
    b.add_argument("--corpus", type=Path, required=True)
    b.add_argument("--db", type=Path, required=True)
    b.add_argument("--statements", type=int, default=1_000_000)
    m = sub.add_parser("measure")
    m.add_argument("--db", type=Path, required=True)
    m.add_argument("--runs", type=int, default=30)
    args = ap.parse_args()
    if args.command == "build":
        build(args.corpus, args.db, args.statements)
    else:
        measure(args.db, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
