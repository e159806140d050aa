"""Atom feeds (``.atom``) for any query with ``atom_id``, ``atom_title`` and
``atom_updated`` columns (``atom_content`` and ``atom_link`` optional), as the site's canned
queries ``speaker_feed`` and ``search_feed`` give.

A feed is a promise to a feed reader polling unattended, so it never fails on ordinary data: an
empty result is an empty feed; a date without a time zone is taken as UTC and one that cannot be
read gives way to the newest readable one; a link is kept only when it is an http(s) address;
characters XML cannot carry (NUL and other controls) are dropped.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from xml.etree import ElementTree

from datasette import hookimpl
from datasette.utils.asgi import Response

from qala.crawler.urls import web_url
from qala.db.dates import utc_iso

ATOM = "http://www.w3.org/2005/Atom"
REQUIRED = {"atom_id", "atom_title", "atom_updated"}
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
EPOCH = "1970-01-01T00:00:00+00:00"


def xml_text(value: object) -> str:
    """``value`` as text XML can carry."""
    return NOT_XML.sub("", "" if value is None else str(value))


def moment(value: object) -> str | None:
    """An RFC 3339 moment for a stored date (a date alone is its midnight, UTC), or None."""
    found = utc_iso(value) if isinstance(value, str) else None
    if found and len(found) == 10:
        found += "T00:00:00+00:00"
    return found


def _add(parent: ElementTree.Element, tag: str, text: str | None = None, **attrs: str) -> ElementTree.Element:
    element = ElementTree.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    if text is not None:
        element.text = xml_text(text)
    return element


def render_atom(datasette, request, rows, columns, database, query_name) -> Response:
    entries = [(moment(row["atom_updated"]), row) for row in rows]
    newest = max((when for when, _ in entries if when), default=None)
    feed = ElementTree.Element(f"{{{ATOM}}}feed")
    title = None
    if query_name:
        title = ((datasette.metadata(database=database) or {}).get("queries") or {}).get(query_name, {}).get("title")
    _add(feed, "title", title or "Qala")
    _add(feed, "id", request.url)
    _add(feed, "link", href=request.url, rel="self")
    _add(feed, "updated", newest or datetime.now(UTC).isoformat(timespec="seconds"))
    _add(feed, "generator", "Qala")
    for when, row in entries:
        entry = _add(feed, "entry")
        _add(entry, "id", str(row["atom_id"]))
        _add(entry, "title", row["atom_title"] if row["atom_title"] is not None else "")
        _add(entry, "updated", when or newest or EPOCH)
        if "atom_content" in columns and row["atom_content"] is not None:
            _add(entry, "content", row["atom_content"], type="text")
        link = web_url(row["atom_link"]) if "atom_link" in columns else None
        if link:
            _add(entry, "link", href=link)
    ElementTree.register_namespace("", ATOM)
    body = ElementTree.tostring(feed, encoding="unicode", xml_declaration=True)
    return Response(body, content_type="application/atom+xml; charset=utf-8", status=200)


@hookimpl
def register_output_renderer(datasette):
    return {"extension": "atom", "render": render_atom, "can_render": lambda columns: REQUIRED <= set(columns)}
