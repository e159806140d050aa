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
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from qala.extractor.models import Statement
from qala.extractor.normalize import query_key, search_key

from . import schema
from .counts import Counts
from .dates import utc_iso

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
    linked_urls: tuple[str, ...] = ()  # the addresses it was listed and reached by, when not ``url``
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


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_id_for_url(url: str) -> str:
    return "u" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def group_key(text: str) -> str:
    """Statements that are the same once normalised share this key."""
    return hashlib.sha1(query_key(text).encode("utf-8")).hexdigest()[:16]


def context_of(text: str, start: int, end: int) -> str:
    """The sentence (or up to CONTEXT_CHARS each side) around text[start:end]."""
    left = max(text.rfind(m, 0, start) for m in SENTENCE_MARKS) + 1
    left = max(left, start - CONTEXT_CHARS)
    rights = [i for i in (text.find(m, end) for m in SENTENCE_MARKS) if i != -1]
    right = min(min(rights) + 1 if rights else len(text), end + CONTEXT_CHARS)
    return text[left:right].strip()


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes. A database in WAL mode is read with its -shm file; where
    that file can be neither written nor created (a read-only file in a read-only folder, another
    user's database), the file is read as immutable: nobody who could change it is expected to."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        if "readonly" not in str(exc) and "unable to open" not in str(exc):
            raise
    log.debug("%s cannot be opened for shared reading; reading it as an immutable file", path)
    return sqlite3.connect(f"{uri}?immutable=1", uri=True)


def can_share(path: str | Path) -> bool:
    """Can this process read ``path`` the ordinary way (write or create its -shm file)?"""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.Error:
        return False
    finally:
        conn.close()


class Store:
    """A Qala database file."""

    def __init__(self, path: str | Path, readonly: bool = False) -> None:
        """Open (and create or bring up to date) a database; ``readonly`` only reads one that
        exists, even from a read-only file or folder."""
        self.path = Path(path)
        if self.path.is_dir():
            raise StoreError(f"{self.path} is a directory, not a database file")
        if not self.path.parent.exists():
            raise StoreError(f"folder {self.path.parent} does not exist")
        try:
            if readonly:
                self.db = sqlite_utils.Database(_read_only(self.path))
                if not self.db["qala_meta"].exists():
                    raise StoreError(f"{self.path} is not a Qala database")
            else:
                conn = sqlite3.connect(str(self.path), timeout=30)
                self.db = sqlite_utils.Database(conn)
                schema.ensure(self.db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot use {self.path} as a Qala database: {exc}") from exc

    def close(self) -> None:
        self.db.conn.close()

    # -- reads ---------------------------------------------------------------------------
    def known_urls(self) -> dict[str, str]:
        """Every URL an article was stored from or under (canonical and as linked), with when."""
        return {row[0]: row[1] for row in self.db.execute(
            "SELECT u.url, a.fetched_at FROM article_urls u JOIN articles a ON a.id = u.article_id")}

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
        article = replace(article, published=utc_iso(article.published))
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
        for url in {article.url, *article.linked_urls} - {None}:
            self.db.conn.execute("INSERT OR IGNORE INTO article_urls (url, article_id) VALUES (?, ?)",
                                 [url, article_id])

    def _replace_statements(self, article_id: str, text: str, statements: Iterable[Statement]) -> None:
        conn = self.db.conn
        outlet_id, published = conn.execute("SELECT outlet_id, published FROM articles WHERE id = ?",
                                            [article_id]).fetchone()
        change: dict[int, int] = {}  # speaker -> statements added minus removed
        for speaker_id, n in conn.execute("SELECT speaker_id, count(*) FROM statements WHERE article_id = ? "
                                          "AND speaker_id IS NOT NULL GROUP BY speaker_id", [article_id]):
            change[speaker_id] = -n
        conn.execute("DELETE FROM statements_fts WHERE rowid IN (SELECT id FROM statements WHERE article_id = ?)",
                     [article_id])
        conn.execute("DELETE FROM statements WHERE article_id = ?", [article_id])
        for position, st in enumerate(statements):
            speaker_id = self._speaker_id(st.speaker, st.speaker_title) if st.speaker else None
            if speaker_id is not None:
                change[speaker_id] = change.get(speaker_id, 0) + 1
            cur = conn.execute(
                "INSERT INTO statements (article_id, position, text, type, speaker_id, speaker, speaker_title, "
                "cue, start, [end], speaker_start, speaker_end, cue_start, cue_end, rule, context, outlet_id, "
                "published, group_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [article_id, position, st.text, st.type, speaker_id, st.speaker or None,
                 st.speaker_title or None, st.cue, st.start, st.end, st.speaker_start, st.speaker_end,
                 st.cue_start, st.cue_end, st.rule, context_of(text, st.start, st.end), outlet_id, published,
                 group_key(st.text)])
            conn.execute("INSERT INTO statements_fts (rowid, text_key, speaker_key) VALUES (?, ?, ?)",
                         [cur.lastrowid, search_key(st.text), search_key(f"{st.speaker} {st.speaker_title}")])
        self._refresh_speakers(change)

    def _refresh_speakers(self, change: dict[int, int]) -> None:
        """Keep each speaker's statement count and first and last dates in step: the count moved by
        the change, the dates read from the (speaker_id, published) index, so that storing an
        article costs the same however much its speakers have said before."""
        for speaker_id, added in change.items():
            self.db.conn.execute(
                "UPDATE speakers SET statements = statements + :added, "
                "first_seen = (SELECT min(published) FROM statements WHERE speaker_id = :id), "
                "last_seen = (SELECT max(published) FROM statements WHERE speaker_id = :id) WHERE id = :id",
                {"id": speaker_id, "added": added})

    def _recount_speaker(self, speaker_id: int) -> None:
        self.db.conn.execute(
            "UPDATE speakers SET statements = (SELECT count(*) FROM statements WHERE speaker_id = :id), "
            "first_seen = (SELECT min(published) FROM statements WHERE speaker_id = :id), "
            "last_seen = (SELECT max(published) FROM statements WHERE speaker_id = :id) WHERE id = :id",
            {"id": speaker_id})

    def _speaker_id(self, name: str, title: str) -> int:
        """The speaker a name stands for, creating or merging conservatively.

        A name is the same speaker as a stored one when its normalised form is that speaker's or
        one of their aliases'. A lone surname joins the only stored speaker whose full name ends
        with it; when a full name arrives and a lone surname is stored with no other full name
        ending with it, the surname's statements move to the full name. Every merge keeps its
        evidence in speaker_aliases; two full names that share a surname are never merged.
        """
        conn = self.db.conn
        key = query_key(name)
        row = conn.execute("SELECT speaker_id FROM speaker_aliases WHERE alias_key = ?", [key]).fetchone()
        row = row or conn.execute("SELECT id FROM speakers WHERE key = ?", [key]).fetchone()
        if row:
            self._add_title(row[0], title)
            return row[0]
        words = key.split()
        surname = words[-1] if words else key
        if len(words) == 1:
            holders = conn.execute("SELECT id, name FROM speakers WHERE surname_key = ? AND key != surname_key",
                                   [key]).fetchall()
            if len(holders) == 1:
                self._add_alias(holders[0][0], name, key, f"surname of {holders[0][1]}: the only stored "
                                                          "speaker whose full name ends with it")
                self._add_title(holders[0][0], title)
                return holders[0][0]
        cur = conn.execute("INSERT INTO speakers (name, key, surname_key, titles, statements) VALUES (?, ?, ?, ?, 0)",
                           [name, key, surname, json.dumps([title] if title else [], ensure_ascii=False)])
        speaker_id = cur.lastrowid
        conn.execute("INSERT INTO speakers_fts (rowid, name_key) VALUES (?, ?)", [speaker_id, search_key(name)])
        if len(words) > 1:
            self._absorb_surname(speaker_id, name, surname)
        return speaker_id

    def _absorb_surname(self, speaker_id: int, name: str, surname: str) -> None:
        conn = self.db.conn
        lone = conn.execute("SELECT id, name FROM speakers WHERE key = ?", [surname]).fetchone()
        if not lone:
            return
        others = conn.execute("SELECT count(*) FROM speakers WHERE surname_key = ? AND key != ? AND id != ?",
                              [surname, surname, speaker_id]).fetchone()[0]
        if others:
            return  # two people share the surname: no evidence which one it was
        lone_id, lone_name = lone
        conn.execute("UPDATE statements SET speaker_id = ? WHERE speaker_id = ?", [speaker_id, lone_id])
        conn.execute("UPDATE speaker_aliases SET speaker_id = ? WHERE speaker_id = ?", [speaker_id, lone_id])
        conn.execute("DELETE FROM speakers_fts WHERE rowid = ?", [lone_id])
        conn.execute("DELETE FROM speakers WHERE id = ?", [lone_id])
        self._add_alias(speaker_id, lone_name, surname,
                        f"surname of {name}: merged when the full name first appeared, no other full name ends with it")
        self._recount_speaker(speaker_id)

    def _add_alias(self, speaker_id: int, alias: str, alias_key: str, evidence: str) -> None:
        conn = self.db.conn
        conn.execute("INSERT OR IGNORE INTO speaker_aliases (speaker_id, alias, alias_key, evidence) "
                     "VALUES (?, ?, ?, ?)", [speaker_id, alias, alias_key, evidence])
        names = [r[0] for r in conn.execute(
            "SELECT name FROM speakers WHERE id = ? UNION ALL SELECT alias FROM speaker_aliases WHERE speaker_id = ?",
            [speaker_id, speaker_id])]
        conn.execute("DELETE FROM speakers_fts WHERE rowid = ?", [speaker_id])
        conn.execute("INSERT INTO speakers_fts (rowid, name_key) VALUES (?, ?)",
                     [speaker_id, search_key(" ".join(names))])

    def _add_title(self, speaker_id: int, title: str) -> None:
        if not title:
            return
        row = self.db.conn.execute("SELECT titles FROM speakers WHERE id = ?", [speaker_id]).fetchone()
        titles = json.loads(row[0] or "[]")
        if title not in titles:
            titles.append(title)
            self.db.conn.execute("UPDATE speakers SET titles = ? WHERE id = ?",
                                 [json.dumps(titles, ensure_ascii=False), speaker_id])

    def start_run(self, outlet_id: str | None) -> int:
        with self.db.conn:
            cur = self.db.conn.execute("INSERT INTO crawl_runs (outlet_id, started, status) VALUES (?, ?, ?)",
                                       [outlet_id, now(), "running"])
        return cur.lastrowid

    def finish_run(self, run_id: int, counts: Counts, status: str = "finished") -> None:
        with self.db.conn:
            self.db.conn.execute(
                "UPDATE crawl_runs SET ended = ?, status = ?, pages_fetched = ?, articles_new = ?, "
                "articles_updated = ?, articles_unchanged = ?, articles_skipped = ?, statements = ?, errors = ?, "
                "pages_lost = ?, lost = ? WHERE id = ?",
                [now(), status, counts.pages_fetched, counts.articles_new, counts.articles_updated,
                 counts.articles_unchanged, counts.articles_skipped, counts.statements,
                 json.dumps(counts.errors, ensure_ascii=False, sort_keys=True), counts.pages_lost,
                 json.dumps(counts.lost, ensure_ascii=False, sort_keys=True), run_id])

    def end_stale_runs(self) -> int:
        """Mark runs still ``running`` as ``interrupted`` (call only while holding the crawl lock:
        then no crawl is running, and such a run's process died without finishing it)."""
        with self.db.conn:
            cur = self.db.conn.execute("UPDATE crawl_runs SET status = 'interrupted', ended = coalesce(ended, ?) "
                                       "WHERE status = 'running'", [now()])
        return cur.rowcount
