"""How Scrapy reports Qala's crawl events: a skipped page is one short line, not the whole page."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter, LogFormatterResult


class QalaLogFormatter(LogFormatter):
    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any = None) -> LogFormatterResult:
        """A page the pipeline skipped (not an article, too little Arabic): its address and the reason,
        at INFO (the run counts the reasons in crawl_runs.errors). Scrapy's default logs the whole item,
        HTML included, as a warning."""
        url = item.get("url") if isinstance(item, dict) else None
        return {"level": logging.INFO, "msg": "Skipped %(url)s: %(reason)s", "args": {"url": url, "reason": exception}}
