"""The Qala spider: from each outlet's feeds, sitemaps and listing pages to its article pages.

It decides what to fetch and counts what happened in the crawl's stats (one key per outlet and
figure, see :mod:`qala.db.counts`); the pipeline stores, the CrawlRuns extension records the runs.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterator

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
    UnsupportedURLSchemeError,
)
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.gz import gunzip
from twisted.internet.error import ConnectionLost, DNSLookupError, TCPTimedOutError, TimeoutError
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from qala.db.counts import stat_key

from .. import sitemaps
from ..dates import newer
from ..decode import page_text
from ..sources import Outlet
from ..urls import canonical, on_site, web_url

log = logging.getLogger(__name__)

SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
Entry = tuple[str, str | None, str | None]  # a listed page: (link, when it changed, when it was published)


class OutletSpider(scrapy.Spider):
    name = "qala"

    def __init__(self, outlets: list[Outlet], known: dict[str, str] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.outlets = {o.id: o for o in outlets}
        self.known = known or {}  # url -> when the article stored under it was fetched
        self.queued: set[str] = set()
        self.sitemaps_seen: dict[str, set[str]] = {o.id: set() for o in outlets}
        self.articles_queued: dict[str, int] = dict.fromkeys(self.outlets, 0)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for outlet in self.outlets.values():
            for url in outlet.feeds:
                yield self._request(url, self.parse_feed, outlet.id)
            for url in outlet.sitemaps:
                self.sitemaps_seen[outlet.id].add(canonical(url))
                yield self._request(url, self.parse_sitemap, outlet.id, sitemap_depth=0)
            for url in outlet.listings:
                yield self._request(url, self.parse_listing, outlet.id)

    def _request(self, url: str, callback, outlet_id: str, **meta) -> scrapy.Request:
        # the spider removes duplicates itself (self.queued, self.sitemaps_seen); Scrapy's filter
        # would drop a page whose redirect chain loops back without a word
        return scrapy.Request(url, callback=callback, errback=self.failed, dont_filter=True,
                              cb_kwargs={"outlet_id": outlet_id}, meta={"outlet_id": outlet_id, **meta})

    # -- lists of articles ---------------------------------------------------------------
    def parse_feed(self, response: Response, outlet_id: str) -> Iterator[scrapy.Request]:
        """RSS or Atom: each item's link and, when given, when it was published or updated."""
        self.count(outlet_id, "pages_fetched")
        try:
            selector = scrapy.Selector(text=page_text(response), type="xml")
        except (AttributeError, ValueError):
            self.count(outlet_id, "errors", "bad_feed")
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
            self.count(outlet_id, "errors", "feed_without_items")
        yield from self._articles(response, outlet_id, entries)

    def parse_sitemap(self, response: Response, outlet_id: str) -> Iterator[scrapy.Request]:
        """Sitemaps, sitemap indexes, Google News sitemaps and .xml.gz; lastmod says what changed.
        An index is followed QALA_SITEMAP_DEPTH levels deep, to QALA_MAX_SITEMAPS sitemaps an
        outlet, each sitemap once (an index that lists itself, or a cycle of them, ends)."""
        self.count(outlet_id, "pages_fetched")
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
            except (OSError, EOFError, ValueError):  # a broken archive, or past the size cap
                self.count(outlet_id, "errors", "bad_gzip")
                log.warning("bad_gzip: %s (broken, or larger than DOWNLOAD_MAXSIZE unpacked)", response.url)
                return
        try:
            kind, entries = sitemaps.read(body)
        except sitemaps.BadSitemap:
            self.count(outlet_id, "errors", "bad_sitemap")
            return
        if not entries:
            self.count(outlet_id, "errors", "sitemap_without_urls")
        if kind == "urlset":
            yield from self._articles(response, outlet_id, [(e.loc, e.lastmod or e.published, e.published)
                                                            for e in entries])
            return
        depth = response.meta.get("sitemap_depth", 0) + 1
        seen = self.sitemaps_seen[outlet_id]
        for entry in entries:
            url = self._checked(response, outlet_id, entry.loc)
            if url is None or canonical(url) in seen:
                continue
            if depth > self.settings.getint("QALA_SITEMAP_DEPTH"):
                self.count(outlet_id, "errors", "sitemap_too_deep")
            elif len(seen) >= self.settings.getint("QALA_MAX_SITEMAPS"):
                self.count(outlet_id, "errors", "sitemap_cap")
            else:
                seen.add(canonical(url))
                yield self._request(url, self.parse_sitemap, outlet_id, sitemap_depth=depth)

    def parse_listing(self, response: Response, outlet_id: str) -> Iterator[scrapy.Request]:
        """A section page: the links that match the outlet's article-link pattern."""
        self.count(outlet_id, "pages_fetched")
        pattern = self.outlets[outlet_id].link_pattern
        if not hasattr(response, "css"):
            self.count(outlet_id, "errors", "not_text")
            return
        links = {response.urljoin(href) for href in response.css("a::attr(href)").getall()
                 if web_url(response.urljoin(href))}
        entries: list[Entry] = [(link, None, None) for link in sorted(links)
                                if pattern is None or re.search(pattern, link)]
        if not entries:
            self.count(outlet_id, "errors", "listing_without_links")
        yield from self._articles(response, outlet_id, entries)

    def _checked(self, response: Response, outlet_id: str, link: str) -> str | None:
        """The absolute address of a listed link, or None (counted) when it is not an http(s)
        address of the outlet's own site."""
        link = link.strip()
        try:  # a link with a scheme is absolute ("http://" alone is not the page it is on)
            url = web_url(link if SCHEME.match(link) else response.urljoin(link))
        except ValueError:  # urljoin: "http://[::1"
            url = None
        if url is None:
            self.count(outlet_id, "errors", "bad_link")
            log.info("bad_link in %s: %.200r", response.url, link)
            return None
        if not on_site(url, self.outlets[outlet_id].domains()):
            self.count(outlet_id, "errors", "offsite_link")
            log.info("offsite_link in %s: %s", response.url, url)
            return None
        return url

    def _articles(self, response: Response, outlet_id: str, entries: list[Entry]) -> Iterator[scrapy.Request]:
        """Requests for the listed pages not stored yet or changed since, up to
        QALA_MAX_ARTICLES_PER_OUTLET a run (the rest are left for the next run)."""
        cap = self.settings.getint("QALA_MAX_ARTICLES_PER_OUTLET")
        for link, changed, published in entries:
            url = self._checked(response, outlet_id, link)
            if url is None:
                continue
            key = canonical(url)
            stored = self.known.get(key)
            if stored is not None and not newer(changed, stored):
                self.count(outlet_id, "articles_skipped")
                continue
            if key in self.queued:
                continue
            if cap and self.articles_queued[outlet_id] >= cap:
                self.count(outlet_id, "errors", "article_cap")
                continue
            self.queued.add(key)
            self.articles_queued[outlet_id] += 1
            yield self._request(url, self.parse_article, outlet_id, listed_url=key, listed_published=published)

    # -- articles ------------------------------------------------------------------------
    def parse_article(self, response: Response, outlet_id: str) -> Iterator[dict]:
        """Hand the decoded page to the pipeline, which parses and stores it."""
        self.count(outlet_id, "pages_fetched")
        html = page_text(response)
        if html is None:
            self.count(outlet_id, "errors", "not_text")
            return
        yield {"outlet_id": outlet_id, "url": canonical(response.url), "listed_url": response.meta.get("listed_url"),
               "html": html, "listed_published": response.meta.get("listed_published")}

    # -- bookkeeping ---------------------------------------------------------------------
    def count(self, outlet_id: str, name: str, kind: str | None = None) -> None:
        """Add one to a figure of the outlet's run (a Counts field, or ``errors``/``lost`` and a kind)."""
        self.crawler.stats.inc_value(stat_key(outlet_id, name, kind))

    def failed(self, failure) -> None:
        """A request that got no usable answer: counted by kind, one line in the log."""
        request = getattr(failure, "request", None)
        outlet_id = request.meta.get("outlet_id") if request is not None else None
        kind = failure_kind(failure)
        log.warning("%s: %s (%s)", kind, request.url if request is not None else "?",
                    str(failure.value).splitlines()[0][:200] if str(failure.value) else failure.type.__name__)
        if outlet_id in self.outlets:
            self.count(outlet_id, "errors", kind)


def failure_kind(failure) -> str:
    """A short name for why a request failed: http_404, dns, timeout, too_large, offsite, …"""
    if failure.check(HttpError):
        return f"http_{failure.value.response.status}"
    if failure.check(DNSLookupError, CannotResolveHostError):
        return "dns"
    if failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
        return "timeout"
    if failure.check(DownloadConnectionRefusedError):
        return "connection_refused"
    if failure.check(ResponseFailed, ResponseNeverReceived, ConnectionLost, ResponseDataLossError,
                     DownloadFailedError):
        return "connection_lost"
    if failure.check(DownloadCancelledError):
        return "too_large"
    if failure.check(UnsupportedURLSchemeError):
        return "bad_link"
    if failure.check(IgnoreRequest):
        message = str(failure.value)
        for needle, kind in (("MAXSIZE", "too_large"), ("max redirections", "redirect_loop"),
                             ("robots.txt", "robots_txt"), ("offsite", "offsite"), ("scheme", "bad_link")):
            if needle in message:
                return kind
        return "ignored"
    return failure.type.__name__.lower()
