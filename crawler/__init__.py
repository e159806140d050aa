"""Qala's crawler: a Scrapy spider driven by a sources file.

    from qala.crawler import load, run
    reason, counts = run(load("sources.yml"), "qala.db")   # one crawl a process (Twisted)

:func:`load` reads and checks a sources file into :class:`Outlet` records; :func:`run` crawls
them politely into a database and returns why it ended and each outlet's counts. The parts:
:mod:`.sources`, :mod:`.spiders.outlets` (what to fetch), :mod:`.pipelines` (parse in worker
processes, store), :mod:`.runs` (the crawl_runs table), :mod:`.article` (title, date, author and
main text of a page), :mod:`.lock`, :mod:`.schedule`. Scrapy is imported only when a crawl runs.
"""

from __future__ import annotations

from typing import Any

from .sources import Outlet, SourcesError, load

__all__ = ["Limits", "Outlet", "SourcesError", "load", "run"]


def __getattr__(name: str) -> Any:
    if name in ("run", "Limits"):
        from . import crawl

        return getattr(crawl, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
