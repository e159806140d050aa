"""From an article page's HTML to its title, date, author, canonical URL and main text.

Structured data first (JSON-LD NewsArticle, OpenGraph and meta tags), then trafilatura for the
main text and whatever metadata is still missing. Pure: HTML in, fields out.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from html import unescape

import regex
import trafilatura
from bs4 import BeautifulSoup

log = logging.getLogger(__name__)

MIN_ARABIC_LETTERS = 150  # less than this in the main text: not an Arabic article
ARABIC = regex.compile(r"\p{Arabic}")
JUNK_AUTHOR = re.compile(r"\bhttps?\b|www\.|\bcdn|\.(png|jpe?g|svg|gif)\b|\blogo\b|^\W*$|^\w$", re.IGNORECASE)
ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                 "opinionnewsarticle", "webpage"}


class NotAnArticle(ValueError):
    """The page is not an article worth storing; ``reason`` is a short counter name."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


@dataclass
class PageArticle:
    url: str
    title: str | None
    published: str | None
    author: str | None
    text: str


def _json_ld(soup: BeautifulSoup) -> dict:
    """The first article-like JSON-LD object of the page, or {}."""
    for script in soup.find_all("script", type="application/ld+json"):
        try:
            data = json.loads(script.string or "")
        except (json.JSONDecodeError, TypeError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if not isinstance(item, dict):
                continue
            stack.extend(item.get("@graph", []) if isinstance(item.get("@graph"), list) else [])
            kind = item.get("@type")
            kinds = {k.lower() for k in (kind if isinstance(kind, list) else [kind]) if isinstance(k, str)}
            if kinds & ARTICLE_TYPES and (item.get("headline") or item.get("datePublished")):
                return item
    return {}


def _author_name(value: object) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _author_name(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_author_name(v) for v in value) if n]
        return "، ".join(names) or None
    return None


def _clean_author(value: str | None) -> str | None:
    """A byline without the addresses and logo names some pages put in their author fields."""
    if not value:
        return None
    parts = [p.strip() for p in re.split(r"[;|]", unescape(value))]
    kept = [re.sub(r"\s*\bhttps?\b.*$", "", p).strip() for p in parts if p and not JUNK_AUTHOR.fullmatch(p)]
    kept = [p for p in kept if p and not JUNK_AUTHOR.search(p)]
    return "; ".join(kept) or None


def _meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if tag and tag.get("content", "").strip():
            return tag["content"].strip()
    return None


def parse(html: str, url: str) -> PageArticle:
    """Fields of the article page at ``url``; raises NotAnArticle when it is none."""
    if not html or not html.strip():
        raise NotAnArticle("empty_page")
    soup = BeautifulSoup(html, "lxml")
    ld = _json_ld(soup)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    text = (doc.text if doc is not None else "") or ""
    if len(ARABIC.findall(text)) < MIN_ARABIC_LETTERS:
        raise NotAnArticle("little_arabic_text", url)
    canonical = soup.find("link", rel="canonical")
    title = ld.get("headline") or _meta(soup, "og:title") or (doc.title if doc else None)
    published = (ld.get("datePublished") or _meta(soup, "article:published_time", "pubdate", "date")
                 or (doc.date if doc else None))
    author = _author_name(ld.get("author")) or _meta(soup, "author", "article:author") or (
        doc.author if doc else None)
    return PageArticle(
        url=canonical["href"] if canonical and canonical.get("href", "").startswith("http") else url,
        title=unescape(title).strip() if isinstance(title, str) else None,
        published=published if isinstance(published, str) else None,
        author=_clean_author(author),
        text=text.strip(),
    )
