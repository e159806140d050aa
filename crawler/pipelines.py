"""Item pipeline: turn a fetched page into an article with its statements, and store both in one
transaction.

The parsing (trafilatura, the extractor) runs in worker processes, off the thread that crawls,
so that fetching goes on at full speed while pages are parsed on the other cores; storing stays
in the crawling process, one writer for the database.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from qala.db.store import Article, article_id_for_url, now
from scrapy.exceptions import DropItem

from .parse import end_with_parent, process_page
from .urls import canonical

log = logging.getLogger(__name__)


class StorePipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        workers = crawler.settings.getint("QALA_WORKERS") or max(1, (os.cpu_count() or 2) - 1)
        # spawn, not fork: workers must not inherit the crawl lock or the database handle; each one
        # asks the kernel to end it when the crawl's process dies, however it dies (kill -9)
        context = multiprocessing.get_context("spawn")
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=end_with_parent)

    @classmethod
    def from_crawler(cls, crawler) -> StorePipeline:
        return cls(crawler)

    def close_spider(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)

    async def process_item(self, item: dict) -> dict:
        spider = self.crawler.spider
        outlet_id = item["outlet_id"]
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(self.pool, process_page, item["html"], item["url"],
                                            spider.outlets[outlet_id].selectors, item.get("listed_published"))
        if "skipped" in result:
            spider.skipped(outlet_id, result["skipped"])
            raise DropItem(f"not an article: {result['skipped']}")
        fields, statements = result["article"], result["statements"]
        url = canonical(fields["url"])
        article = Article(id=article_id_for_url(url), text=fields["text"], url=url, linked_url=item["url"],
                          outlet_id=outlet_id, title=fields["title"], published=fields["published"],
                          author=fields["author"], source="crawl", fetched_at=now())
        outcome = spider.store.save_article(article, statements)
        counts = spider.counts[outlet_id]
        if outcome == "new":
            counts.articles_new += 1
        elif outcome == "updated":
            counts.articles_updated += 1
        if outcome != "unchanged":
            counts.statements += len(statements)
        spider.crawler.stats.inc_value(f"qala/articles/{outcome}")
        log.info("%s %s: %d statements (%s)", outcome, url, len(statements), outlet_id)
        return {"url": url, "outlet_id": outlet_id, "outcome": outcome, "statements": len(statements)}
