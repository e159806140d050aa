"""The heavy part of crawling an article page, run in worker processes: main-text extraction and
statement extraction. Pure: HTML in, fields and statements out (or the reason to skip)."""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from dataclasses import asdict
from typing import Any

from qala.extractor.extract import extract

from . import article as page
from .dates import iso_date

PR_SET_PDEATHSIG = 1


def end_with_parent() -> None:
    """Worker initializer: on Linux, be sent SIGTERM when the crawling process dies."""
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


_started: Any = None  # in a worker: the pool's queue of the pages its workers have started


def start_worker(started: Any) -> None:
    """Worker initializer: end with the crawling process, and report each page started to
    ``started`` (a queue of the pool's), so that a worker's death is blamed only on the page it was
    parsing, not on pages still waiting their turn."""
    global _started
    _started = started
    end_with_parent()


def process_started_page(number: int, *args: Any) -> dict:
    """:func:`process_page` in a worker, after reporting page ``number`` as started."""
    if _started is not None:
        _started.put(number)
    return process_page(*args)


def process_page(html: str, url: str, selectors: page.Selectors | None = None,
                 listed_published: str | None = None) -> dict:
    """{"article": {...}, "statements": [...]} for an article page, or {"skipped": reason}.

    ``selectors`` are the outlet's own, if any; ``listed_published`` is the date its feed or
    sitemap gave for the page.
    """
    try:
        found = page.parse(html, url, selectors, listed_published)
    except page.NotAnArticle as exc:
        return {"skipped": exc.reason}
    article = asdict(found)
    article["published"] = iso_date(found.published)
    return {"article": article, "statements": extract(found.text)}
