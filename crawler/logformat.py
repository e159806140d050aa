"""How Scrapy reports Qala's crawl events: a dropped page is never logged with its HTML."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.logformatter import LogFormatter, LogFormatterResult


class QalaLogFormatter(LogFormatter):
    def dropped(self, item: Any, exception: BaseException, response: Any, spider: Any = None) -> LogFormatterResult:
        """A page the pipeline did not store: its address and the reason, at DEBUG (the pipeline
        has logged it in one line already, and the run counts the reasons). Scrapy's default logs
        the whole item, HTML included, as a warning."""
        url = item.get("url") if isinstance(item, dict) else None
        return {"level": logging.DEBUG, "msg": "Dropped %(url)s: %(reason)s", "args": {"url": url, "reason": exception}}
