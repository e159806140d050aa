"""Run one crawl of a sources file into a database (one crawl per process: Twisted's reactor
cannot be restarted, so the scheduler starts each run as its own process)."""

from __future__ import annotations

import logging

from scrapy.crawler import CrawlerProcess

from . import settings as qala_settings
from .sources import Outlet
from .spiders.outlets import OutletSpider

log = logging.getLogger(__name__)


def run(outlets: list[Outlet], db_path: str, *, no_delay: bool = False, max_pages: int | None = None,
        log_level: str = "INFO", user_agent: str | None = None, timeout: float | None = None,
        store: bool = True) -> dict:
    """Crawl ``outlets`` into ``db_path``; returns Scrapy's stats of the run.

    ``store=False`` fetches every page but parses and stores nothing (the benchmark's bare spider)."""
    settings = dict(qala_settings.SETTINGS)
    if no_delay:
        settings.update(qala_settings.NO_DELAY)
    if max_pages:
        settings["CLOSESPIDER_PAGECOUNT"] = max_pages
    if user_agent:
        settings["USER_AGENT"] = user_agent
    if timeout:
        settings["DOWNLOAD_TIMEOUT"] = timeout
    if not store:
        settings["ITEM_PIPELINES"] = {}
    settings["LOG_LEVEL"] = log_level
    for handler in logging.getLogger().handlers:  # Scrapy lowers the root logger's own level
        handler.setLevel(log_level)
    for name in qala_settings.QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(OutletSpider)
    process.crawl(crawler, outlets=outlets, db_path=db_path)
    process.start()
    return crawler.stats.get_stats()
