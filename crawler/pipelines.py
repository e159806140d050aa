"""Item pipeline: extract an article's statements and store both in one transaction."""

from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from db.store import Article, article_id_for_url, now
from extractor.extract import extract

log = logging.getLogger(__name__)


class StorePipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler) -> StorePipeline:
        return cls(crawler)

    def process_item(self, item: dict) -> dict:
        spider = self.crawler.spider
        text = item.get("text") or ""
        if not text.strip():
            raise DropItem("no article body")
        statements = extract(text)
        article = Article(id=article_id_for_url(item["url"]), text=text, url=item["url"],
                          linked_url=item.get("linked_url"), outlet_id=item["outlet_id"], title=item.get("title"),
                          published=item.get("published"), author=item.get("author"), source="crawl",
                          fetched_at=now())
        outcome = spider.store.save_article(article, statements)
        counts = spider.counts[item["outlet_id"]]
        if outcome == "new":
            counts.articles_new += 1
        elif outcome == "updated":
            counts.articles_updated += 1
        if outcome != "unchanged":
            counts.statements += len(statements)
        spider.crawler.stats.inc_value(f"qala/articles/{outcome}")
        log.info("%s %s: %d statements (%s)", outcome, item["url"], len(statements), item["outlet_id"])
        return item
