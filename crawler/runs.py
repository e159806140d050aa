"""The crawl_runs table, kept by a Scrapy extension from the crawl's own stats.

When the spider opens, runs left ``running`` by a crawl that died are marked ``interrupted`` and
a run is started for each outlet; when it closes, each run gets its outlet's
:class:`~qala.db.counts.Counts` (read back from the stats) and a status.
"""

from __future__ import annotations

import logging

from scrapy import Spider, signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured

from qala.db.counts import Counts
from qala.db.store import Store, StoreError

log = logging.getLogger(__name__)


def run_status(reason: str, counts: Counts) -> str:
    """finished, lost_pages (fetched but not stored), unreachable (nothing answered), or why the
    crawl stopped early (closespider_pagecount, store_failed, shutdown)."""
    if reason != "finished":
        return reason
    if counts.pages_lost:
        return "lost_pages"
    if not counts.pages_fetched and counts.errors:
        return "unreachable"
    return "finished"


class CrawlRuns:
    def __init__(self, crawler: Crawler, db_path: str) -> None:
        self.crawler = crawler
        self.db_path = db_path
        self.runs: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlRuns:
        db_path = crawler.settings.get("QALA_DB")
        if not db_path:
            raise NotConfigured("no QALA_DB: runs are not recorded")
        runs = cls(crawler, db_path)
        crawler.signals.connect(runs.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(runs.spider_closed, signal=signals.spider_closed)
        return runs

    def spider_opened(self, spider: Spider) -> None:
        store = Store(self.db_path)
        try:
            stale = store.end_stale_runs()
            if stale:
                log.warning("%d run(s) of an earlier crawl that did not finish marked interrupted", stale)
            for outlet in spider.outlets.values():
                store.save_outlet(outlet.id, outlet.name, outlet.country, outlet.homepage)
                self.runs[outlet.id] = store.start_run(outlet.id)
        finally:
            store.close()

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        try:
            store = Store(self.db_path)
            try:
                for outlet_id, run_id in self.runs.items():
                    counts = Counts.from_stats(stats, outlet_id)
                    store.finish_run(run_id, counts, run_status(reason, counts))
            finally:
                store.close()
        except (StoreError, OSError) as exc:  # a full disk: the next crawl marks these runs interrupted
            log.error("could not record the end of the crawl's runs: %s", exc)
