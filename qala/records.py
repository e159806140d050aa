"""The library behind ``qala extract`` and ``qala ingest``: JSON Lines in, statements out or stored."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from qala.crawler.dates import iso_date
from qala.crawler.urls import web_url
from qala.db.counts import Counts
from qala.db.store import Article, Store
from qala.extractor.extract import explain, extract


class InputError(ValueError):
    """A line of the input is not a usable article record."""


TEXT_FIELDS = ("title", "url", "outlet", "outlet_id", "published", "author")  # optional, strings when given


def read_objects(lines: Iterable[str], source: str = "input") -> Iterator[tuple[str, dict]]:
    """Each JSON object of JSON Lines, with where it is ("FILE line N"); blank lines are skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object")
        yield where, record


def read_records(lines: Iterable[str], source: str = "input") -> Iterator[dict]:
    """Article records from JSON Lines, each with an ``id`` and a ``text``.

    Every record is checked as it is read, so a caller that lists them all first has checked the
    whole input before using any: a string ``id`` (or a number), a non-empty ``text``, strings or
    null for the optional fields, an http(s) ``url``, and no lone surrogate (``"\\ud800"``: JSON
    allows it, UTF-8 cannot store it)."""
    for where, record in read_objects(lines, source):
        _check(record, where)
        yield record


def read_gold(lines: Iterable[str], source: str = "gold") -> Iterator[dict]:
    """Gold articles as the project's gold sets have them: ``{"id", "quotes": [{"text", "type", …}]}``."""
    for where, record in read_objects(lines, source):
        quotes = record.get("quotes")
        if record.get("id") in (None, "") or not isinstance(quotes, list):
            raise InputError(f"{where}: not a gold article (expected an 'id' and a list of 'quotes')")
        for n, quote in enumerate(quotes, start=1):
            if not isinstance(quote, dict) or not isinstance(quote.get("text"), str) \
                    or not isinstance(quote.get("type"), str):
                raise InputError(f"{where}: quote {n} needs a 'text' and a 'type'")
        yield record


def _check(record: dict, where: str) -> None:
    article_id = record.get("id")
    if isinstance(article_id, bool) or not isinstance(article_id, str | int) or str(article_id).strip() == "":
        raise InputError(f"{where}: 'id' must be a non-empty string or a number")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: 'text' must be the article's text (a non-empty string)")
    for key in TEXT_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(f"{where}: '{key}' must be a string or null, not {type(value).__name__}")
    for key in ("id", "text", *TEXT_FIELDS):
        value = record.get(key)
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as exc:
                raise InputError(f"{where}: '{key}' holds a lone surrogate ({value[exc.start]!r} at character "
                                 f"{exc.start}), which is not text") from None
    url = record.get("url")
    if url not in (None, "") and web_url(url) is None:
        raise InputError(f"{where}: 'url' must be an http(s) address, not {url[:80]!r}")


def statement_lines(records: Iterable[dict]) -> Iterator[str]:
    """One JSON line per statement of each record, in input order."""
    for record in records:
        article_id = str(record["id"])
        for st in extract(record.get("text") or ""):
            yield json.dumps(st.to_dict(article_id), ensure_ascii=False) + "\n"


def explained_lines(records: Iterable[dict]) -> Iterator[str]:
    """Each statement as a readable block: where it is, its rule, speaker and text, then what the
    sieves tried for its speaker (``qala extract --explain``)."""
    for record in records:
        article_id = str(record["id"])
        for st, steps in explain(record.get("text") or ""):
            yield (f"{article_id} {st.start}-{st.end} {st.rule} {st.type}\n"
                   f"  speaker: {st.speaker or '-'}" + (f" ({st.speaker_title})" if st.speaker_title else "") + "\n"
                   f"  text: {st.text}\n" + "".join(f"  {step}\n" for step in steps))


def slug(name: str) -> str:
    """An outlet id from its name: ``Al Arabiya`` -> ``al-arabiya`` (non-Latin names are kept)."""
    cleaned = re.sub(r"[^\w]+", "-", name.lower()).strip("-")
    return cleaned or name


def to_article(record: dict) -> Article:
    def text(key: str) -> str | None:
        value = record.get(key)
        return str(value) if value not in (None, "") else None

    name = text("outlet")
    outlet = text("outlet_id") or (slug(name) if name else None)
    return Article(id=str(record["id"]), text=record.get("text") or "", url=text("url"),
                   outlet_id=outlet, outlet_name=name, title=text("title"),
                   published=iso_date(text("published")), author=text("author"), source="ingest")


def ingest(records: Iterable[dict], store: Store, counts: Counts | None = None) -> Counts:
    """Store each record with its statements, one transaction per article."""
    counts = counts or Counts()
    for record in records:
        article = to_article(record)
        statements = extract(article.text)
        counts.stored(store.save_article(article, statements), len(statements))
    return counts
