"""The heavy part of crawling an article page, run in worker processes: main-text extraction and
statement extraction. Pure: HTML in, fields and statements out (or the reason to skip)."""

from __future__ import annotations

from dataclasses import asdict

from extractor.extract import extract

from . import article as page
from .dates import iso_date


def process_page(html: str, url: str) -> dict:
    """{"article": {...}, "statements": [...]} for an article page, or {"skipped": reason}."""
    try:
        found = page.parse(html, url)
    except page.NotAnArticle as exc:
        return {"skipped": exc.reason}
    article = asdict(found)
    article["published"] = iso_date(found.published)
    return {"article": article, "statements": extract(found.text)}
