"""A downloader middleware that keeps each outlet's redirects on that outlet's site."""

from __future__ import annotations

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest

from .urls import on_site, web_url


class OutletScope:
    """A redirect is followed only to an http(s) address of the outlet's own site: a page that
    moves to another host (or to ftp:, javascript:) is refused, counted as offsite or bad_link.
    The links read from feeds, sitemaps and listings are checked by the spider itself."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OutletScope:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        if not request.meta.get("redirect_urls"):
            return
        outlets = getattr(self.crawler.spider, "outlets", {})
        outlet = outlets.get(request.meta.get("outlet_id"))
        if outlet is None:
            return
        if web_url(request.url) is None:
            raise IgnoreRequest(f"redirected to a bad link (unsupported scheme): {request.url[:200]}")
        if not on_site(request.url, outlet.domains()):
            raise IgnoreRequest(f"redirected offsite: {request.url[:200]}")
