"""Crawl throughput on a loopback site of article pages built from corpus texts.

    python benchmarks/crawl_throughput.py ../shared/corpus/bulk.jsonl [--pages 2000]

Serves N article pages (the corpus texts in a plain news-page template) and an RSS feed listing
them on 127.0.0.1, then crawls the site twice with politeness delays off: once with the full
pipeline (main-text extraction, statement extraction, storing) and once with the same spider
storing nothing (pages fetched and dropped). Prints pages/s for both and their ratio.
"""

from __future__ import annotations

import argparse
import html
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qala.demo import SampleSite  # noqa: E402

BARE = """
import sys
from qala.crawler import sources
from qala.crawler.crawl import run
reason, counts = run(sources.load(sys.argv[1]), sys.argv[2], no_delay=True, log_level="WARNING", store=False)
print(sum(c.pages_fetched for c in counts.values()))
"""


def page(article: dict) -> bytes:
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in article["text"].split("\n") if p.strip())
    title = html.escape(article.get("title") or article["text"][:60])
    return (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:title" content="{title}"></head><body><nav><a href="/">الرئيسية</a></nav>'
            f"<article><h1>{title}</h1>{paragraphs}</article><footer>جميع الحقوق محفوظة</footer>"
            "</body></html>").encode()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--pages", type=int, default=2000)
    args = ap.parse_args()
    articles = []
    with args.corpus.open(encoding="utf-8") as lines:
        for line in lines:
            articles.append(json.loads(line))
            if len(articles) >= args.pages:
                break
    bodies = {f"/news/{n}": page(a) for n, a in enumerate(articles)}
    routes = {path: (lambda body=body: (200, "text/html; charset=utf-8", body)) for path, body in bodies.items()}
    with SampleSite(routes=routes) as site, tempfile.TemporaryDirectory() as tmp:
        site.names = []
        site.feed_links = list(routes)
        sources = Path(tmp) / "sources.yml"
        sources.write_text(site.sources_yaml(), encoding="utf-8")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", BARE, str(sources), str(Path(tmp) / "bare.db")], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        bare = time.perf_counter() - started
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "qala", "crawl", "--sources", str(sources), "--db",
                        str(Path(tmp) / "full.db"), "--no-delay", "--quiet"], cwd=ROOT, check=True)
        full = time.perf_counter() - started
    n = len(bodies) + 1
    print(f"bare spider (fetch only):  {n} pages in {bare:.1f} s = {n / bare:.0f} pages/s")
    print(f"full pipeline:             {n} pages in {full:.1f} s = {n / full:.0f} pages/s")
    print(f"full / bare time: {full / bare:.2f}x (target within 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
