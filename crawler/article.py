"""From an article page's HTML to its title, date, author, canonical URL and main text.

Structured data first (JSON-LD NewsArticle, OpenGraph and meta tags), then trafilatura for the
main text and whatever metadata is still missing. The page is parsed once (lxml) and the tree is
shared by every step. An outlet whose pages defeat the generic extraction can name CSS selectors
for a field in the sources file (:class:`Selectors`); they are tried first. Pure: HTML in, fields
out.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html import unescape

import lxml.html
import regex
from cssselect import GenericTranslator, SelectorError

MIN_ARABIC_LETTERS = 150  # less than this in the main text: not an Arabic article
# more characters than this share of a page undecodable (U+FFFD) or NUL: binary data, not text
# (random bytes read as UTF-8 hold a few hundred Arabic letters per 100 KB, enough to pass as one)
MAX_GARBLED_SHARE = 0.02
ARABIC = regex.compile(r"\p{Arabic}")
JUNK_AUTHOR = re.compile(r"\bhttps?\b|www\.|\bcdn|\.(png|jpe?g|svg|gif)\b|\blogo\b|^\W*$|^\w$", re.IGNORECASE)
ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                 "opinionnewsarticle", "webpage"}
SELECTOR_FIELDS = ("title", "published", "author", "text", "remove")
TRANSLATOR = GenericTranslator()


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


def css_to_xpath(selector: str) -> str:
    """The XPath of a CSS selector; ValueError with the reason when it is not one."""
    try:
        return TRANSLATOR.css_to_xpath(selector)
    except SelectorError as exc:
        raise ValueError(f"{selector!r} is not a CSS selector ({exc})") from None


@dataclass(frozen=True)
class Selectors:
    """An outlet's own CSS selectors: where its pages keep a field the generic extraction misses.

    ``text`` selects the element(s) holding the article body; ``remove`` lists furniture to drop
    from the page before the main text is looked for; the others select one element whose
    ``content``/``datetime`` attribute or text is the field.
    """

    title: str | None = None
    published: str | None = None
    author: str | None = None
    text: str | None = None
    remove: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for selector in (self.title, self.published, self.author, self.text, *self.remove):
            if selector is not None:
                css_to_xpath(selector)


def _json_ld(tree: lxml.html.HtmlElement) -> dict:
    """The first article-like JSON-LD object of the page, or {}."""
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
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


def _meta(tree: lxml.html.HtmlElement, *names: str) -> str | None:
    for name in names:
        for content in tree.xpath("//meta[@property=$n or @name=$n]/@content", n=name):
            if content.strip():
                return content.strip()
    return None


def _selected(tree: lxml.html.HtmlElement, selector: str | None) -> str | None:
    """The field in the first element ``selector`` matches: its content/datetime attribute or text."""
    if not selector:
        return None
    for element in tree.xpath(css_to_xpath(selector)):
        value = element.get("content") or element.get("datetime") or element.text_content()
        if value and value.strip():
            return " ".join(value.split())
    return None


def _selected_text(tree: lxml.html.HtmlElement, selector: str) -> str:
    """The body text under the elements ``selector`` matches, a paragraph a line."""
    lines = []
    for element in tree.xpath(css_to_xpath(selector)):
        blocks = element.xpath(".//p | .//h2 | .//h3 | .//li | .//blockquote") or [element]
        lines.extend(" ".join(b.text_content().split()) for b in blocks)
    return "\n".join(line for line in lines if line)


def _tree(html: str) -> lxml.html.HtmlElement:
    # trafilatura is imported where a page is parsed: it takes ~0.3 s, which commands that never
    # read a page (extract, serve, export) need not pay at start
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        raise NotAnArticle("unreadable_page")
    return tree


def parse(html: str, url: str, selectors: Selectors | None = None, listed_published: str | None = None
          ) -> PageArticle:
    """Fields of the article page at ``url``; raises NotAnArticle when it is none.

    ``listed_published`` is the publication date the outlet's feed or sitemap gave for the page:
    used when the page itself has none in its structured data.
    """
    if not html or not html.strip():
        raise NotAnArticle("empty_page")
    if html.count("\ufffd") + html.count("\x00") > MAX_GARBLED_SHARE * len(html):
        raise NotAnArticle("unreadable_page")
    selectors = selectors or Selectors()
    tree = _tree(html)
    ld = _json_ld(tree)
    title = _selected(tree, selectors.title) or ld.get("headline") or _meta(tree, "og:title")
    published = (_selected(tree, selectors.published) or ld.get("datePublished")
                 or _meta(tree, "article:published_time", "pubdate", "date") or listed_published)
    author = (_selected(tree, selectors.author) or _author_name(ld.get("author"))
              or _meta(tree, "author", "article:author"))
    canonical = next(iter(tree.xpath('//link[@rel="canonical"]/@href')), "")
    for selector in selectors.remove:
        for element in tree.xpath(css_to_xpath(selector)):
            if element.getparent() is not None:
                element.drop_tree()
    text = _selected_text(tree, selectors.text) if selectors.text else ""
    if not text or not isinstance(title, str) or not isinstance(published, str):
        # trafilatura's own metadata search (htmldate for the date) is its costly part: only
        # when the page lacks what structured data gives
        import trafilatura

        doc = trafilatura.bare_extraction(
            tree, url=url, with_metadata=not isinstance(title, str) or not isinstance(published, str),
            include_comments=False, include_tables=False, favor_precision=True)
        if doc is not None:
            text = text or doc.text or ""
            title = title if isinstance(title, str) else doc.title
            published = published if isinstance(published, str) else doc.date
            author = author or doc.author
    if len(ARABIC.findall(text)) < MIN_ARABIC_LETTERS:
        raise NotAnArticle("little_arabic_text", url)
    return PageArticle(
        url=canonical if canonical.startswith("http") else url,
        title=unescape(title).strip() if isinstance(title, str) else None,
        published=published if isinstance(published, str) else None,
        author=_clean_author(author),
        text=text.strip(),
    )
