"""Tables of the Qala database, created idempotently with sqlite-utils."""

from __future__ import annotations

import sqlite_utils

from .dates import utc_iso

SCHEMA_VERSION = 2  # 2: dates in UTC; crawl_runs count unchanged and lost pages

TABLES: dict[str, dict] = {
    "outlets": {
        "columns": {"id": str, "name": str, "country": str, "homepage": str},
        "pk": "id",
    },
    "articles": {
        "columns": {"id": str, "url": str, "outlet_id": str, "title": str, "published": str, "author": str,
                    "text": str, "fetched_at": str, "content_hash": str, "source": str},
        "pk": "id",
        "foreign_keys": [("outlet_id", "outlets", "id")],
    },
    "article_urls": {
        "columns": {"url": str, "article_id": str},
        "pk": "url",
        "foreign_keys": [("article_id", "articles", "id")],
    },
    "speakers": {
        "columns": {"id": int, "name": str, "key": str, "surname_key": str, "titles": str, "statements": int,
                    "first_seen": str, "last_seen": str},
        "pk": "id",
    },
    "speaker_aliases": {
        "columns": {"id": int, "speaker_id": int, "alias": str, "alias_key": str, "evidence": str},
        "pk": "id",
        "foreign_keys": [("speaker_id", "speakers", "id")],
    },
    "statements": {
        "columns": {"id": int, "article_id": str, "position": int, "text": str, "type": str,
                    "speaker_id": int, "speaker": str, "speaker_title": str, "cue": str, "start": int,
                    "end": int, "speaker_start": int, "speaker_end": int, "cue_start": int, "cue_end": int,
                    "rule": str, "context": str, "outlet_id": str, "published": str, "group_key": str},
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id"), ("speaker_id", "speakers", "id"),
                         ("outlet_id", "outlets", "id")],
    },
    "crawl_runs": {
        "columns": {"id": int, "outlet_id": str, "started": str, "ended": str, "status": str,
                    "pages_fetched": int, "articles_new": int, "articles_updated": int, "articles_unchanged": int,
                    "articles_skipped": int, "statements": int, "errors": str, "pages_lost": int, "lost": str},
        "pk": "id",
    },
}

INDEXES = [
    ("articles", ["url"], True),
    ("articles", ["outlet_id", "published"], False),
    ("speakers", ["key"], True),
    ("statements", ["article_id"], False),
    ("statements", ["speaker_id"], False),
    ("statements", ["type"], False),
    ("statements", ["published"], False),
    ("statements", ["outlet_id", "published"], False),
    ("statements", ["speaker_id", "published"], False),
    ("statements", ["group_key"], False),
    ("statements", ["outlet_id"], False),
    ("speakers", ["surname_key"], False),
    ("speakers", ["statements"], False),
    ("speaker_aliases", ["alias_key"], True),
    ("speaker_aliases", ["speaker_id"], False),
]

# The same statement carried by several articles (after normalisation): how many, which outlets,
# and when it was first said.
VIEWS = {
    "statement_groups": """
        SELECT group_key, min(text) AS text, min(speaker) AS speaker, count(DISTINCT article_id) AS articles,
               count(DISTINCT outlet_id) AS outlets, group_concat(DISTINCT outlet_id) AS outlet_ids,
               min(published) AS first_said, max(published) AS last_said
        FROM statements GROUP BY group_key HAVING count(DISTINCT article_id) > 1
    """,
}

# Full-text indexes hold normalised keys (extractor.normalize.search_key), not the stored text:
# their rowid is the row's id in the table they index.
FTS = {
    "statements_fts": ("statements", ["text_key", "speaker_key"]),
    "speakers_fts": ("speakers", ["name_key"]),
}


# Indexes sqlite-utils cannot declare: a covering index so that facets over a search's results
# read no table rows, and the day of publication for the date facet (with the column itself, so
# that SQLite 3.40 reads the index alone).
RAW_INDEXES = [
    "CREATE INDEX IF NOT EXISTS idx_statements_facets ON statements (id, outlet_id, speaker_id, type, published)",
    "DROP INDEX IF EXISTS idx_statements_day",  # made by earlier versions: without the column
    "CREATE INDEX IF NOT EXISTS idx_statements_published_day ON statements (date(published), published)",
]


def ensure(db: sqlite_utils.Database) -> None:
    """Create whatever is missing; existing tables and rows are left as they are."""
    db.conn.execute("PRAGMA journal_mode=WAL")
    # with WAL, NORMAL keeps every commit through a crash of the process (kill -9 included) and
    # the file consistent through a power cut; it saves an fsync per article
    db.conn.execute("PRAGMA synchronous=NORMAL")
    db.conn.execute("PRAGMA foreign_keys=ON")
    for name, spec in TABLES.items():
        table = db[name]
        if not table.exists():
            table.create(spec["columns"], pk=spec["pk"], foreign_keys=spec.get("foreign_keys"), not_null={spec["pk"]})
            continue
        for column, kind in spec["columns"].items():  # columns added since the file was made
            if column not in table.columns_dict:
                table.add_column(column, kind)
    for table, columns, unique in INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)
    for sql in RAW_INDEXES:
        db.execute(sql)
    for fts, (_, columns) in FTS.items():
        db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS [{fts}] USING fts5({', '.join(columns)})")
    for name, sql in VIEWS.items():
        db.execute(f"CREATE VIEW IF NOT EXISTS [{name}] AS {sql}")
    db.execute("CREATE TABLE IF NOT EXISTS [qala_meta] (key TEXT PRIMARY KEY, value TEXT)")
    row = db.execute("SELECT value FROM qala_meta WHERE key = 'schema_version'").fetchone()
    with db.conn:
        if row is not None and int(row[0]) < 2:
            _dates_to_utc(db)
        db.execute("INSERT OR REPLACE INTO qala_meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


def _dates_to_utc(db: sqlite_utils.Database) -> None:
    """Version 1 stored each page's own time zone: every date moves to UTC."""
    db.conn.create_function("qala_utc", 1, utc_iso, deterministic=True)
    db.execute("UPDATE articles SET published = qala_utc(published)")
    db.execute("UPDATE statements SET published = qala_utc(published)")
    db.execute("UPDATE speakers SET "
               "first_seen = (SELECT min(published) FROM statements WHERE speaker_id = speakers.id), "
               "last_seen = (SELECT max(published) FROM statements WHERE speaker_id = speakers.id)")
