"""The Qala spider: from each outlet's feeds and sitemaps to its article pages."""

from __future__ import annotations

import gzip
import logging
import re
from collections.abc import AsyncIterator, Iterator

import scrapy
from qala.db.store import RunCounts, Store
from scrapy.exceptions import CannotResolveHostError, DownloadConnectionRefusedError, DownloadTimeoutError
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import DNSLookupError, TCPTimedOutError, TimeoutError

from .. import sitemaps
from ..dates import newer
from ..sources import Outlet
from ..urls import canonical

log = logging.getLogger(__name__)


class OutletSpider(scrapy.Spider):
    name = "qala"

    def __init__(self, outlets: list[Outlet], db_path: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.outlets = {o.id: o for o in outlets}
        self.store = Store(db_path)
        self.known = self.store.known_urls()  # url -> when it was stored
        self.queued: set[str] = set()
        self.counts: dict[str, RunCounts] = {o.id: RunCounts() for o in outlets}
        self.runs: dict[str, int] = {}
        self.allowed_domains = sorted({d for o in outlets for d in o.domains()})

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for outlet in self.outlets.values():
            self.store.save_outlet(outlet.id, outlet.name, outlet.country, outlet.homepage)
            self.runs[outlet.id] = self.store.start_run(outlet.id)
            for url in outlet.feeds:
                yield self._request(url, self.parse_feed, outlet.id)
            for url in outlet.sitemaps:
                yield self._request(url, self.parse_sitemap, outlet.id)
            for url in outlet.listings:
                yield self._request(url, self.parse_listing, outlet.id)

    def _request(self, url: str, callback, outlet_id: str, **meta) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.failed, dont_filter=True,
                              cb_kwargs={"outlet_id": outlet_id}, meta=meta)

    # -- lists of articles ---------------------------------------------------------------
    def parse_feed(self, response: Response, outlet_id: str) -> Iterator[scrapy.Request]:
        """RSS or Atom: each item's link and, when given, when it was published or updated."""
        self.counts[outlet_id].pages_fetched += 1
        try:
            selector = scrapy.Selector(text=response.text, type="xml")
        except (AttributeError, ValueError):
            self._error(outlet_id, "bad_feed")
            return
        selector.remove_namespaces()
        entries = []
        for item in selector.xpath("//item | //entry"):
            link = item.xpath("link/text()").get() or item.xpath(
                "link[not(@rel) or @rel='alternate']/@href").get()
            published = item.xpath("pubDate/text() | published/text() | date/text()").get()
            changed = item.xpath("updated/text()").get() or published
            if link and link.strip():
                entries.append((link.strip(), changed, published))
        if not entries:
            self._error(outlet_id, "feed_without_items")
        yield from self._articles(response, outlet_id, entries)

    def parse_sitemap(self, response: Response, outlet_id: str) -> Iterator[scrapy.Request]:
        """Sitemaps, sitemap indexes, Google News sitemaps and .xml.gz; lastmod says what changed."""
        self.counts[outlet_id].pages_fetched += 1
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gzip.decompress(body)
            except OSError:
                self._error(outlet_id, "bad_gzip")
                return
        try:
            kind, entries = sitemaps.read(body)
        except sitemaps.BadSitemap:
            self._error(outlet_id, "bad_sitemap")
            return
        if kind == "sitemapindex":
            for entry in entries:
                yield self._request(response.urljoin(entry.loc), self.parse_sitemap, outlet_id)
        else:
            yield from self._articles(response, outlet_id, [
                (e.loc, e.lastmod or e.published, e.published) for e in entries])

    def parse_listing(self, response: Response, outlet_id: str) -> Iterator[scrapy.Request]:
        """A section page: the links that match the outlet's article-link pattern."""
        self.counts[outlet_id].pages_fetched += 1
        pattern = self.outlets[outlet_id].link_pattern
        links = {response.urljoin(href) for href in response.css("a::attr(href)").getall()}
        entries = [(link, None, None) for link in sorted(links) if pattern is None or re.search(pattern, link)]
        if not entries:
            self._error(outlet_id, "listing_without_links")
        yield from self._articles(response, outlet_id, entries)

    def _articles(self, response: Response, outlet_id: str, entries: list[tuple[str, str | None, str | None]]
                  ) -> Iterator[scrapy.Request]:
        """Requests for the listed pages not stored yet or changed since: (link, changed, published)."""
        for link, changed, published in entries:
            url = canonical(response.urljoin(link))
            stored = self.known.get(url)
            if stored is not None and not newer(changed, stored):
                self.counts[outlet_id].articles_skipped += 1
                self.crawler.stats.inc_value("qala/skipped/already_stored")
                continue
            if url in self.queued:
                continue
            self.queued.add(url)
            yield self._request(url, self.parse_article, outlet_id, listed_published=published)

    # -- articles ------------------------------------------------------------------------
    def parse_article(self, response: Response, outlet_id: str) -> Iterator[dict]:
        """Hand the decoded page to the pipeline, which parses it in a worker process."""
        self.counts[outlet_id].pages_fetched += 1
        if not hasattr(response, "text"):
            self._error(outlet_id, "not_text")
            return
        yield {"outlet_id": outlet_id, "url": canonical(response.request.url), "html": response.text,
               "listed_published": response.meta.get("listed_published")}

    def skipped(self, outlet_id: str, reason: str) -> None:
        """A page that is not an article (counted by reason)."""
        self.crawler.stats.inc_value(f"qala/skipped/{reason}")
        self._error(outlet_id, f"skipped_{reason}")

    # -- bookkeeping ---------------------------------------------------------------------
    def _error(self, outlet_id: str, kind: str) -> None:
        self.counts[outlet_id].error(kind)
        self.crawler.stats.inc_value(f"qala/errors/{kind}")

    def failed(self, failure) -> None:
        request = failure.request
        outlet_id = request.cb_kwargs.get("outlet_id") if request else None
        if failure.check(HttpError):
            kind = f"http_{failure.value.response.status}"
        elif failure.check(DNSLookupError, CannotResolveHostError):
            kind = "dns"
        elif failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
            kind = "timeout"
        elif failure.check(DownloadConnectionRefusedError):
            kind = "connection_refused"
        else:
            kind = failure.type.__name__.lower()
        log.warning("%s: %s", kind, request.url if request else "?")
        if outlet_id in self.counts:
            self._error(outlet_id, kind)

    def closed(self, reason: str) -> None:
        status = "finished" if reason == "finished" else reason
        for outlet_id, run_id in self.runs.items():
            self.store.finish_run(run_id, self.counts[outlet_id], status)
        self.store.close()
