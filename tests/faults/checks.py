"""What every fault case asserts of the database afterwards: whole, nothing twice, nothing half-stored."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path


def sound(db_path: Path) -> dict[str, int]:
    """Assert the database is consistent; return its row counts."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        assert one("pragma integrity_check") == "ok"
        assert conn.execute("pragma foreign_key_check").fetchone() is None
        # nothing twice: one article per URL, one statement per place in an article
        assert one("select count(*) - count(distinct url) from articles where url is not null") == 0
        assert one("select count(*) from (select article_id, position from statements "
                   "group by article_id, position having count(*) > 1)") == 0
        # nothing half-stored: the search index and the speakers' counts agree with the rows
        assert one("select count(*) from statements_fts") == one("select count(*) from statements")
        assert one("select count(*) from speakers sp where sp.statements != "
                   "(select count(*) from statements s where s.speaker_id = sp.id)") == 0
        assert one("select count(*) from statements s where not exists "
                   "(select 1 from articles a where a.id = s.article_id)") == 0
        return {table: one(f"select count(*) from [{table}]")
                for table in ("articles", "statements", "speakers", "crawl_runs")}
    finally:
        conn.close()


def runs(db_path: Path) -> list[dict]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        rows = [dict(r) for r in conn.execute("select * from crawl_runs order by id")]
    finally:
        conn.close()
    for row in rows:
        row["errors"] = json.loads(row["errors"] or "{}")
        row["lost"] = json.loads(row["lost"] or "{}")
    return rows


def last_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    return lines[-1] if lines else ""
