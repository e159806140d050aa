"""Sitemaps, sitemap indexes and Google News sitemaps: each page's address and dates.

Scrapy's own sitemap reader keeps only ``loc`` and ``lastmod``; a Google News sitemap also says
when each article was published (``news:publication_date``), which the crawl uses for pages that
carry no date of their own.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree


class BadSitemap(ValueError):
    """Not a sitemap (or XML too broken to read)."""


@dataclass(frozen=True)
class Entry:
    loc: str
    lastmod: str | None = None
    published: str | None = None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _first(element: etree._Element, name: str) -> str | None:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def read(body: bytes) -> tuple[str, list[Entry]]:
    """("urlset" or "sitemapindex", its entries)."""
    parser = etree.XMLParser(recover=True, remove_comments=True, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(body, parser=parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise BadSitemap(str(exc)) from None
    kind = _local(root.tag) if root is not None else ""
    if kind not in ("urlset", "sitemapindex"):
        raise BadSitemap(f"root element is {kind or 'missing'}, not urlset or sitemapindex")
    entries = []
    for element in root:
        loc = _first(element, "loc")
        if loc:
            entries.append(Entry(loc, _first(element, "lastmod"), _first(element, "publication_date")))
    return kind, entries
