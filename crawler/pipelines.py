"""Item pipeline: turn a fetched page into an article with its statements, and store both in one
transaction. The pipeline owns the crawl's connection to the database.

The parsing (trafilatura, the extractor) runs in worker processes, off the thread that crawls,
so that fetching goes on at full speed while pages are parsed on the other cores; storing stays
in the crawling process, one writer for the database. A page that cannot be parsed or stored is
counted as lost (``lost/parse_failed``, ``lost/store_failed``); a failed write stops the crawl,
as every later one would fail too (a full disk).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from qala.db.counts import stat_key
from qala.db.store import Article, Store, StoreError, article_id_for_url, now

from .parse import end_with_parent, process_page
from .urls import canonical

log = logging.getLogger(__name__)

MAX_PARSE_ATTEMPTS = 3  # a page whose parsing worker dies is tried this many times in all


class StorePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.workers = crawler.settings.getint("QALA_WORKERS") or max(1, (os.cpu_count() or 2) - 1)
        self.pool = self._new_pool()
        self.store: Store | None = None
        self.stopping: asyncio.Task | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def _new_pool(self) -> ProcessPoolExecutor:
        # spawn, not fork: workers must not inherit the crawl lock or the database handle; each one
        # asks the kernel to end it when the crawl's process dies, however it dies (kill -9)
        context = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=context, initializer=end_with_parent)

    def open_spider(self) -> None:
        self.store = Store(self.crawler.settings["QALA_DB"])

    def close_spider(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        if self.store is not None:
            self.store.close()

    def _count(self, outlet_id: str, name: str, kind: str | None = None, n: int = 1) -> None:
        self.crawler.stats.inc_value(stat_key(outlet_id, name, kind), n)

    async def _parse(self, item: dict, selectors) -> dict:
        """The page parsed in a worker. A worker that dies (killed, out of memory) breaks the pool:
        the pool is replaced (once for all the pages it was parsing) and the page tried again."""
        loop = asyncio.get_running_loop()
        args = (process_page, item["html"], item["url"], selectors, item.get("listed_published"))
        for attempt in range(MAX_PARSE_ATTEMPTS):
            pool = self.pool
            try:
                return await loop.run_in_executor(pool, *args)
            except BrokenProcessPool:
                if attempt + 1 == MAX_PARSE_ATTEMPTS:
                    raise
                if self.pool is pool:
                    log.warning("a parsing worker died; starting new ones")
                    self.pool = self._new_pool()
                    pool.shutdown(wait=False, cancel_futures=True)
        raise AssertionError("unreachable")

    async def process_item(self, item: dict) -> dict:
        outlet_id = item["outlet_id"]
        outlet = self.crawler.spider.outlets[outlet_id]
        try:
            result = await self._parse(item, outlet.selectors)
        except Exception as exc:  # any failure of the parser loses this page only
            self._count(outlet_id, "lost", "parse_failed")
            log.error("parse_failed %s: %s: %s", item["url"], type(exc).__name__, str(exc)[:200])
            raise DropItem(f"parse_failed: {type(exc).__name__}") from None
        if "skipped" in result:
            self._count(outlet_id, "errors", f"skipped_{result['skipped']}")
            log.info("skipped %s: %s", item["url"], result["skipped"])
            raise DropItem(f"not an article: {result['skipped']}")
        fields, statements = result["article"], result["statements"]
        url = canonical(fields["url"])
        linked = tuple(u for u in (item["url"], item.get("listed_url")) if u and u != url)
        article = Article(id=article_id_for_url(url), text=fields["text"], url=url, linked_urls=linked,
                          outlet_id=outlet_id, title=fields["title"], published=fields["published"],
                          author=fields["author"], source="crawl", fetched_at=now())
        assert self.store is not None
        try:
            outcome = self.store.save_article(article, statements)
        except StoreError as exc:
            self._count(outlet_id, "lost", "store_failed")
            log.error("store_failed %s: %s", url, exc)
            self._stop("store_failed")
            raise DropItem(f"store_failed: {exc}") from None
        self._count(outlet_id, f"articles_{outcome}")
        if outcome != "unchanged":
            self._count(outlet_id, "statements", n=len(statements))
        log.info("%s %s: %d statements (%s)", outcome, url, len(statements), outlet_id)
        return {"url": url, "outlet_id": outlet_id, "outcome": outcome, "statements": len(statements)}

    def _stop(self, reason: str) -> None:
        """End the crawl (once): the pages still queued are left for the next crawl."""
        if self.stopping is None:
            self.stopping = asyncio.ensure_future(self.crawler.engine.close_spider_async(reason=reason))
