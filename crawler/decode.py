"""A fetched page's text, whatever its headers say about its encoding."""

from __future__ import annotations

from scrapy.http import Response, TextResponse


def page_text(response: Response) -> str | None:
    """The page decoded: as UTF-8 when its bytes are UTF-8 (a page labelled windows-1256 that is
    UTF-8 would otherwise be stored as mojibake, and no statement found in it), else as Scrapy
    decodes it (the HTTP header, then the page's own <meta>, then a guess). None for a response
    that is not text (an image, a PDF)."""
    if not isinstance(response, TextResponse):
        return None
    body = response.body
    if response.encoding.replace("-", "").replace("_", "").lower() not in ("utf8", "ascii") and not body.isascii():
        try:
            return body.decode("utf-8").removeprefix("\ufeff")
        except UnicodeDecodeError:
            pass
    return response.text
