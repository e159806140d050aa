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
import itertools
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from qala.db.counts import stat_key
from qala.db.store import Article, Store, StoreError, article_id_for_url, now

from .parse import process_started_page, start_worker
from .urls import canonical

log = logging.getLogger(__name__)

MAX_PARSE_ATTEMPTS = 5  # a page being parsed when its worker dies is tried this many times in all (deaths
# from outside, an out-of-memory kill or an operator's, may come several in a row, each blaming the page that
# happened to be parsing: the first one a new pool starts is the one it retries)
MAX_POOL_BREAKS = 10  # pools a page waits through, broken by others or dying as they start, before it is lost


class ParsePool:
    """Worker processes parsing pages, and the pages they have started and not yet answered, as the
    workers report them: when one dies, only those are to blame, not the pages still waiting."""

    def __init__(self, workers: int) -> None:
        # spawn, not fork: workers must not inherit the crawl lock or the database handle; each one
        # asks the kernel to end it when the crawl's process dies, however it dies (kill -9)
        context = multiprocessing.get_context("spawn")
        self.started = context.SimpleQueue()  # page numbers, put by the workers as they start them
        self.executor = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=start_worker,
                                            initargs=(self.started,))
        self.running: set[int] = set()
        self.broken_on: set[int] | None = None  # once broken: the pages being parsed then

    def _read_started(self) -> None:
        while not self.started.empty():  # (read as pages are answered: the pipe never fills)
            self.running.add(self.started.get())

    def answered(self, number: int) -> None:
        self._read_started()
        self.running.discard(number)

    def break_up(self) -> None:
        """The pool broke: remember the pages it was parsing, and end it."""
        self._read_started()
        self.broken_on = set(self.running)
        self.executor.shutdown(wait=False, cancel_futures=True)


class StorePipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.workers = crawler.settings.getint("QALA_WORKERS") or max(1, (os.cpu_count() or 2) - 1)
        self.pages = itertools.count()  # a number for each page parsed, as its workers report it
        self.pool = ParsePool(self.workers)
        self.store: Store | None = None
        self.stopping: asyncio.Task | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.store = Store(self.crawler.settings["QALA_DB"])

    def close_spider(self) -> None:
        self.pool.executor.shutdown(wait=True, cancel_futures=True)
        if self.store is not None:
            self.store.close()

    def _count(self, outlet_id: str, name: str, kind: str | None = None, n: int = 1) -> None:
        self.crawler.stats.inc_value(stat_key(outlet_id, name, kind), n)

    async def _parse(self, item: dict, selectors) -> dict:
        """The page parsed in a worker. A worker that dies (killed, out of memory) breaks the pool and
        every page waiting in it: the pool is replaced (once for all of them) and the pages tried
        again. Only a page a worker had started uses up one of its MAX_PARSE_ATTEMPTS (a page that
        kills its worker each time is given up); one still waiting its turn is given up only after
        MAX_POOL_BREAKS (workers that cannot even start)."""
        loop = asyncio.get_running_loop()
        number, failures, breaks = next(self.pages), 0, 0
        args = (process_started_page, number, item["html"], item["url"], selectors, item.get("listed_published"))
        while True:
            pool = self.pool
            try:
                return await loop.run_in_executor(pool.executor, *args)
            except BrokenProcessPool:
                if self.pool is pool:
                    log.warning("a parsing worker died; starting new ones")
                    self.pool = ParsePool(self.workers)
                    pool.break_up()
                breaks += 1
                if pool.broken_on is not None and number in pool.broken_on:
                    failures += 1
                if failures == MAX_PARSE_ATTEMPTS or breaks == MAX_POOL_BREAKS:
                    raise
            finally:
                if pool.broken_on is None:
                    pool.answered(number)

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
