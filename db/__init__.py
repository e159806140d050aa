"""Qala's database: SQLite through sqlite-utils, idempotent writes, Arabic full-text search.

    from qala.db import Store, Article
    store = Store("qala.db")
    store.save_article(Article(id="a1", text=text), statements)  # "new", "updated" or "unchanged"

:class:`Store` writes an article with its statements in one transaction; :class:`Counts` is what
a crawl run or an ingest did; :mod:`.export` reads statements back with filters.
"""

from .counts import Counts
from .store import Article, Store, StoreError

__all__ = ["Article", "Counts", "Store", "StoreError"]
