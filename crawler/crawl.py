"""Run one crawl of a sources file into a database (one crawl per process: Twisted's reactor
cannot be restarted, so the scheduler starts each run as its own process)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from scrapy.crawler import CrawlerProcess

from qala.db.counts import Counts
from qala.db.store import Store

from . import settings as qala_settings
from .sources import Outlet
from .spiders.outlets import OutletSpider


@dataclass
class Limits:
    """The caps a user can set on one crawl (None: the default in settings.py)."""
    max_pages: int | None = None  # downloaded pages in all, then the crawl stops
    max_articles_per_outlet: int | None = None
    max_page_bytes: int | None = None  # after decompression
    sitemap_depth: int | None = None
    max_sitemaps: int | None = None

    def settings(self) -> dict[str, object]:
        names = {"max_pages": "CLOSESPIDER_PAGECOUNT", "max_articles_per_outlet": "QALA_MAX_ARTICLES_PER_OUTLET",
                 "max_page_bytes": "DOWNLOAD_MAXSIZE", "sitemap_depth": "QALA_SITEMAP_DEPTH",
                 "max_sitemaps": "QALA_MAX_SITEMAPS"}
        return {setting: getattr(self, name) for name, setting in names.items() if getattr(self, name) is not None}


def run(outlets: list[Outlet], db_path: str, *, no_delay: bool = False, limits: Limits | None = None,
        log_level: str = "INFO", user_agent: str | None = None, timeout: float | None = None,
        store: bool = True) -> tuple[str, dict[str, Counts]]:
    """Crawl ``outlets`` into ``db_path``: why the crawl ended and each outlet's counts.

    ``store=False`` fetches every page but parses, stores and records nothing (the benchmark's
    bare spider)."""
    settings = dict(qala_settings.SETTINGS)
    if no_delay:
        settings.update(qala_settings.NO_DELAY)
    settings.update((limits or Limits()).settings())
    if user_agent:
        settings["USER_AGENT"] = user_agent
    if timeout:
        settings["DOWNLOAD_TIMEOUT"] = timeout
    if store:
        settings["QALA_DB"] = db_path
        reader = Store(db_path)
        known = reader.known_urls()
        reader.close()
    else:
        settings["ITEM_PIPELINES"] = {}
        settings["EXTENSIONS"] = {}
        known = {}
    settings["LOG_LEVEL"] = log_level
    for handler in logging.getLogger().handlers:  # Scrapy lowers the root logger's own level
        handler.setLevel(log_level)
    process = CrawlerProcess(settings)  # configures logging: the levels below come after it
    for name in qala_settings.QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in qala_settings.SILENT_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    crawler = process.create_crawler(OutletSpider)
    process.crawl(crawler, outlets=outlets, known=known)
    process.start()
    stats = crawler.stats.get_stats()
    return str(stats.get("finish_reason", "finished")), {o.id: Counts.from_stats(stats, o.id) for o in outlets}
