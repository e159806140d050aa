"""The library behind ``qala extract`` and ``qala ingest``: JSON Lines in, statements out or stored."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator

from qala.crawler.dates import iso_date
from qala.db.counts import Counts
from qala.db.store import Article, Store
from qala.extractor.extract import explain, extract

log = logging.getLogger(__name__)


class InputError(ValueError):
    """A line of the input is not a usable article record."""


def read_records(lines: Iterable[str], source: str = "input") -> Iterator[dict]:
    """Parse JSON Lines into article records with an ``id`` and a ``text``; blank lines are skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source} line {number}: not valid JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise InputError(f"{source} line {number}: expected a JSON object")
        if record.get("id") in (None, ""):
            raise InputError(f"{source} line {number}: missing 'id'")
        text = record.get("text")
        if text is not None and not isinstance(text, str):
            raise InputError(f"{source} line {number}: 'text' must be a string")
        yield record


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
