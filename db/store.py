"""Idempotent writes: an article and its statements are stored together, in one transaction.

Storing the same article twice changes nothing; storing a changed text replaces its statements.
The full-text indexes hold normalised keys (see :mod:`extractor.normalize`) and are kept in step
with the rows in the same transaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from extractor.models import Statement
from extractor.normalize import query_key, search_key

from . import schema

log = logging.getLogger(__name__)

CONTEXT_CHARS = 300  # at most this much of the sentence around a statement is kept as its context
SENTENCE_MARKS = ".!?؟\n"


class StoreError(Exception):
    """The database cannot be opened or written."""


@dataclass
class Article:
    id: str
    text: str
    url: str | None = None
    linked_url: str | None = None  # the address it was reached by, when not the canonical one
    outlet_id: str | None = None
    outlet_name: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    source: str = "ingest"
    fetched_at: str | None = None

    @property
    def content_hash(self) -> str:
        payload = "\x1f".join(str(v or "") for v in (self.title, self.published, self.author, self.text))
        return hashlib.sha1(payload.encode("utf-8")).hexdigest()


@dataclass
class RunCounts:
    pages_fetched: int = 0
    articles_new: int = 0
    articles_updated: int = 0
    articles_skipped: int = 0
    statements: int = 0
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_id_for_url(url: str) -> str:
    return "u" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def context_of(text: str, start: int, end: int) -> str:
    """The sentence (or up to CONTEXT_CHARS each side) around text[start:end]."""
    left = max(text.rfind(m, 0, start) for m in SENTENCE_MARKS) + 1
    left = max(left, start - CONTEXT_CHARS)
    rights = [i for i in (text.find(m, end) for m in SENTENCE_MARKS) if i != -1]
    right = min(min(rights) + 1 if rights else len(text), end + CONTEXT_CHARS)
    return text[left:right].strip()


class Store:
    """A Qala database file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a directory, not a database file")
        if not self.path.parent.exists():
            raise StoreError(f"folder {self.path.parent} does not exist")
        try:
            conn = sqlite3.connect(str(self.path), timeout=30)
            self.db = sqlite_utils.Database(conn)
            schema.ensure(self.db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot use {self.path} as a Qala database: {exc}") from exc

    def close(self) -> None:
        self.db.conn.close()

    # -- reads ---------------------------------------------------------------------------
    def known_urls(self) -> set[str]:
        """Every URL an article was stored from or under (canonical and as linked)."""
        return {row[0] for row in self.db.execute("SELECT url FROM article_urls")}

    def count(self, table: str) -> int:
        return self.db[table].count

    # -- writes --------------------------------------------------------------------------
    def save_outlet(self, outlet_id: str, name: str | None = None, country: str | None = None,
                    homepage: str | None = None) -> None:
        with self.db.conn:
            self.db.conn.execute(
                "INSERT INTO outlets (id, name, country, homepage) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET name = coalesce(excluded.name, name), "
                "country = coalesce(excluded.country, country), homepage = coalesce(excluded.homepage, homepage)",
                [outlet_id, name or outlet_id, country, homepage])

    def save_article(self, article: Article, statements: Iterable[Statement]) -> str:
        """Store an article with its statements atomically: 'new', 'updated' or 'unchanged'."""
        conn = self.db.conn
        digest = article.content_hash
        try:
            with conn:
                row = conn.execute("SELECT id, content_hash FROM articles WHERE id = ? OR "
                                   "(url IS NOT NULL AND url = ?)", [article.id, article.url]).fetchone()
                if row and row[1] == digest:
                    self._remember_urls(row[0], article)
                    return "unchanged"
                article_id = row[0] if row else article.id
                if article.outlet_id:
                    conn.execute("INSERT OR IGNORE INTO outlets (id, name) VALUES (?, ?)",
                                 [article.outlet_id, article.outlet_name or article.outlet_id])
                values = [article_id, article.url, article.outlet_id, article.title, article.published,
                          article.author, article.text, article.fetched_at or now(), digest, article.source]
                conn.execute(
                    "INSERT INTO articles (id, url, outlet_id, title, published, author, text, fetched_at, "
                    "content_hash, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
                    "SET url = excluded.url, outlet_id = excluded.outlet_id, title = excluded.title, "
                    "published = excluded.published, author = excluded.author, text = excluded.text, "
                    "fetched_at = excluded.fetched_at, content_hash = excluded.content_hash, "
                    "source = excluded.source", values)
                self._replace_statements(article_id, article.text, statements)
                self._remember_urls(article_id, article)
            return "updated" if row else "new"
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc

    def _remember_urls(self, article_id: str, article: Article) -> None:
        for url in {article.url, article.linked_url} - {None}:
            self.db.conn.execute("INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)",
                                 [url, article_id])

    def _replace_statements(self, article_id: str, text: str, statements: Iterable[Statement]) -> None:
        conn = self.db.conn
        conn.execute("DELETE FROM statements_fts WHERE rowid IN (SELECT id FROM statements WHERE article_id = ?)",
                     [article_id])
        conn.execute("DELETE FROM statements WHERE article_id = ?", [article_id])
        for position, st in enumerate(statements):
            speaker_id = self._speaker_id(st.speaker, st.speaker_title) if st.speaker else None
            cur = conn.execute(
                "INSERT INTO statements (article_id, position, text, type, speaker_id, speaker, speaker_title, "
                "cue, start, [end], speaker_start, speaker_end, cue_start, cue_end, rule, context) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [article_id, position, st.text, st.type, speaker_id, st.speaker or None, st.speaker_title or None,
                 st.cue, st.start, st.end, st.speaker_start, st.speaker_end, st.cue_start, st.cue_end, st.rule,
                 context_of(text, st.start, st.end)])
            conn.execute("INSERT INTO statements_fts (rowid, text_key, speaker_key) VALUES (?, ?, ?)",
                         [cur.lastrowid, search_key(st.text), search_key(f"{st.speaker} {st.speaker_title}")])

    def _speaker_id(self, name: str, title: str) -> int:
        conn = self.db.conn
        key = query_key(name)
        row = conn.execute("SELECT id, titles FROM speakers WHERE key = ?", [key]).fetchone()
        if row:
            titles = json.loads(row[1] or "[]")
            if title and title not in titles:
                titles.append(title)
                conn.execute("UPDATE speakers SET titles = ? WHERE id = ?",
                             [json.dumps(titles, ensure_ascii=False), row[0]])
            return row[0]
        titles = json.dumps([title] if title else [], ensure_ascii=False)
        cur = conn.execute("INSERT INTO speakers (name, key, titles) VALUES (?, ?, ?)", [name, key, titles])
        conn.execute("INSERT INTO speakers_fts (rowid, name_key) VALUES (?, ?)", [cur.lastrowid, search_key(name)])
        return cur.lastrowid

    def start_run(self, outlet_id: str | None) -> int:
        with self.db.conn:
            cur = self.db.conn.execute("INSERT INTO crawl_runs (outlet_id, started, status) VALUES (?, ?, ?)",
                                       [outlet_id, now(), "running"])
        return cur.lastrowid

    def finish_run(self, run_id: int, counts: RunCounts, status: str = "finished") -> None:
        with self.db.conn:
            self.db.conn.execute(
                "UPDATE crawl_runs SET ended = ?, status = ?, pages_fetched = ?, articles_new = ?, "
                "articles_updated = ?, articles_skipped = ?, statements = ?, errors = ? WHERE id = ?",
                [now(), status, counts.pages_fetched, counts.articles_new, counts.articles_updated,
                 counts.articles_skipped, counts.statements,
                 json.dumps(counts.errors, ensure_ascii=False, sort_keys=True), run_id])
