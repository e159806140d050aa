"""Statements with their speaker, outlet, date and article URL, filtered, as rows."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, fields

import sqlite_utils

from qala.extractor.normalize import fts_query, words

COLUMNS = ["id", "speaker", "speaker_title", "text", "type", "cue", "outlet", "published", "title", "url",
           "article_id", "rule"]


@dataclass
class Filters:
    speaker: str | None = None
    outlet: str | None = None
    since: str | None = None  # YYYY-MM-DD, UTC like every stored date
    until: str | None = None
    type: str | None = None
    search: str | None = None

    def describe(self) -> str:
        """The filters in words: "speaker 'بوتين', since 2024-01-01", or "(no filter)"."""
        given = [f"{f.name} {value!r}" if f.name in ("speaker", "outlet", "type", "search") else f"{f.name} {value}"
                 for f in fields(self) if (value := getattr(self, f.name))]
        return ", ".join(given) if given else "(no filter)"


def speaker_exists(db: sqlite_utils.Database, name: str) -> bool:
    """Is there a speaker, or an alias, with this name (any spelling)?"""
    if not words(name):
        return False
    return db.execute("SELECT 1 FROM speakers_fts WHERE speakers_fts MATCH ? LIMIT 1",
                      [fts_query(name)]).fetchone() is not None


def query(filters: Filters) -> tuple[str, list]:
    where, params = [], []
    if filters.speaker:
        if words(filters.speaker):
            # the speaker's recorded names and aliases, or the name as written with the statement
            where.append("(s.speaker_id IN (SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH ?) "
                         "OR s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?))")
            params += [fts_query(filters.speaker), fts_query(filters.speaker, "speaker_key")]
    if filters.search:
        if words(filters.search):
            match = fts_query(filters.search, "text_key")
            where.append("s.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)")
            params.append(match)
    if filters.outlet:
        where.append("s.outlet_id = ?")
        params.append(filters.outlet)
    if filters.since:
        where.append("s.published >= ?")
        params.append(filters.since)
    if filters.until:
        where.append("substr(s.published, 1, 10) <= ?")
        params.append(filters.until)
    if filters.type:
        where.append("s.type = ?")
        params.append(filters.type)
    sql = (
        "SELECT s.id, coalesce(sp.name, s.speaker) AS speaker, s.speaker_title, s.text, s.type, s.cue, "
        "s.outlet_id AS outlet, s.published, a.title, a.url, s.article_id, s.rule "
        "FROM statements s JOIN articles a ON a.id = s.article_id LEFT JOIN speakers sp ON sp.id = s.speaker_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY s.published DESC, s.article_id, s.position"
    )
    return sql, params


def rows(db: sqlite_utils.Database, filters: Filters) -> Iterator[dict]:
    sql, params = query(filters)
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    for row in cursor:
        yield dict(zip(names, row, strict=True))


def write(records: Iterator[dict], out: io.TextIOBase, fmt: str, excel: bool = False) -> int:
    """Write records as csv, json (one array) or nl (JSON Lines); returns how many."""
    n = 0
    if fmt == "csv":
        if excel:
            out.write("\ufeff")
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        for record in records:
            writer.writerow(record)
            n += 1
    elif fmt == "json":
        out.write("[")
        for record in records:
            out.write(("," if n else "") + "\n" + json.dumps(record, ensure_ascii=False))
            n += 1
        out.write("\n]\n")
    else:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    return n
