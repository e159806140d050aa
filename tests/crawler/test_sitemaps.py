"""Sitemaps (indexes, .xml.gz, Google News) and an outlet's own selectors, on a real server."""

from __future__ import annotations

import gzip

import pytest
import sqlite_utils

from qala.crawler import sitemaps
from qala.demo import SampleSite
from tests.conftest import qala
from tests.crawler.pages import article_html

NEWS_SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{urls}
</urlset>"""
NEWS_URL = """<url><loc>{loc}</loc><news:news><news:publication><news:name>Test</news:name>
<news:language>ar</news:language></news:publication>
<news:publication_date>{date}</news:publication_date><news:title>عنوان</news:title></news:news></url>"""


def news_sitemap(entries: dict[str, str]) -> bytes:
    urls = "\n".join(NEWS_URL.format(loc=loc, date=date) for loc, date in entries.items())
    return NEWS_SITEMAP.format(urls=urls).encode("utf-8")


def test_google_news_publication_dates_are_read():
    kind, entries = sitemaps.read(news_sitemap({"https://x.example/a/1": "2024-06-02T08:30:00+03:00"}))
    assert kind == "urlset"
    assert entries == [sitemaps.Entry("https://x.example/a/1", None, "2024-06-02T08:30:00+03:00")]


@pytest.mark.parametrize("body", [b"", b"<html><body>not a sitemap</body></html>", b"\x00\x01binary"])
def test_what_is_not_a_sitemap_is_refused(body):
    with pytest.raises(sitemaps.BadSitemap):
        sitemaps.read(body)


def test_crawl_through_a_sitemap_index_uses_news_dates_and_the_outlet_selectors(tmp_path):
    pages = {f"/news/{n}": article_html(n, dated=False, byline=f"مراسل رقم {n}").encode("utf-8") for n in (1, 2)}
    routes = {path: (lambda body=body: (200, "text/html; charset=utf-8", body)) for path, body in pages.items()}
    with SampleSite(routes=routes) as site:
        site.routes["/news-sitemap.xml.gz"] = lambda: (200, "application/gzip", gzip.compress(news_sitemap({
            f"{site.url}/news/1": "2024-06-01T10:00:00+03:00", f"{site.url}/news/2": "2024-06-02T11:00:00Z"})))
        site.routes["/sitemap.xml"] = lambda: (200, "application/xml", (
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{site.url}/news-sitemap.xml.gz</loc></sitemap></sitemapindex>").encode())
        sources = tmp_path / "sources.yml"
        sources.write_text(f"""outlets:
  - id: sample
    name: Sample
    sitemaps: [{site.url}/sitemap.xml]
    selectors:
      author: span.kateb
      remove: [nav, aside]
""", encoding="utf-8")
        qala("crawl", "--sources", str(sources), "--db", str(tmp_path / "q.db"), "--no-delay", check=True)
    rows = {r["url"].rsplit("/", 1)[-1]: r for r in sqlite_utils.Database(tmp_path / "q.db")["articles"].rows}
    assert rows["1"]["published"] == "2024-06-01T07:00:00+00:00"  # stored in UTC
    assert rows["2"]["published"] == "2024-06-02T11:00:00+00:00"
    assert rows["1"]["author"] == "مراسل رقم 1" and rows["2"]["author"] == "مراسل رقم 2"
    assert "اقرأ أيضا" not in rows["1"]["text"] and "موسم القمح" in rows["1"]["text"]
