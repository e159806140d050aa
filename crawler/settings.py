"""Scrapy settings for Qala's crawls: polite by default, every number in one place."""

from __future__ import annotations

USER_AGENT = "Qala/0.1 (Arabic press monitoring; +https://github.com/qala-press/qala)"

SETTINGS: dict[str, object] = {
    "BOT_NAME": "qala",
    "USER_AGENT": USER_AGENT,
    "ROBOTSTXT_OBEY": True,
    "AUTOTHROTTLE_ENABLED": True,
    "AUTOTHROTTLE_START_DELAY": 1.0,
    "AUTOTHROTTLE_MAX_DELAY": 30.0,
    "AUTOTHROTTLE_TARGET_CONCURRENCY": 2.0,
    "DOWNLOAD_DELAY": 0.5,
    "CONCURRENT_REQUESTS": 16,
    "CONCURRENT_ITEMS": 8,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "DOWNLOAD_TIMEOUT": 30,
    "RETRY_ENABLED": True,
    "RETRY_TIMES": 2,
    "REDIRECT_MAX_TIMES": 5,
    "COOKIES_ENABLED": False,
    "TELNETCONSOLE_ENABLED": False,
    "REMOTE_CONTROL_ENABLED": False,  # Scrapy 2.19 otherwise opens a control port
    "LOG_INSTALL_ROOT_HANDLER": False,  # the qala CLI configures logging
    "LOG_LEVEL": "INFO",
    "LOGSTATS_INTERVAL": 15.0,
    "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    "ITEM_PIPELINES": {"qala.crawler.pipelines.StorePipeline": 300},
    "EXTENSIONS": {"qala.crawler.runs.CrawlRuns": 500},
    "DOWNLOADER_MIDDLEWARES": {"qala.crawler.middlewares.OutletScope": 50},
    # caps, each a `qala crawl` option: a page's size after decompression (sitemaps too), how deep
    # and how many sitemap indexes are followed, how many article pages an outlet gets a run
    "DOWNLOAD_MAXSIZE": 10 * 1024 * 1024,
    "DOWNLOAD_WARNSIZE": 4 * 1024 * 1024,
    "QALA_SITEMAP_DEPTH": 3,
    "QALA_MAX_SITEMAPS": 200,
    "QALA_MAX_ARTICLES_PER_OUTLET": 5000,
    "LOG_FORMATTER": "qala.crawler.logformat.QalaLogFormatter",
}

# For loopback sites (the demo, tests, benchmarks): no politeness delays.
NO_DELAY: dict[str, object] = {
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
}

# Scrapy's own reports of a failed download (with a traceback each, and twice for robots.txt):
# the spider logs every failure as one line of its own (kind, address, reason) instead.
SILENT_LOGGERS = ("scrapy.downloadermiddlewares.retry", "scrapy.downloadermiddlewares.robotstxt")

QUIET_LOGGERS = ("scrapy.core", "scrapy.middleware", "scrapy.crawler", "scrapy.addons", "scrapy.utils.log",
                 "scrapy.statscollectors", "scrapy.extensions.telnet", "trafilatura", "htmldate", "filelock")
