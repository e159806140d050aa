"""What every fault case asserts of the database afterwards: whole, nothing twice, nothing half-stored."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest


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


NOBODY = 65534


def unprivileged(*paths: Path):
    """A ``preexec_fn`` for a child that must meet permissions: None as an ordinary user; as root
    (whom permissions do not bind) it runs the child as user nobody, after opening ``paths`` and
    their folders to others. Skips the test when nobody cannot run this Python."""
    if os.geteuid() != 0:
        return None

    def drop() -> None:
        os.setgid(NOBODY)
        os.setuid(NOBODY)

    for path in paths:
        for folder in [path, *path.parents]:
            if folder == Path(tempfile.gettempdir()) or folder == folder.parent:
                break
            if folder.exists():
                folder.chmod(folder.stat().st_mode | (0o005 if folder.is_dir() else 0o004))
    try:
        works = subprocess.run([sys.executable, "-c", "import qala"], preexec_fn=drop, capture_output=True,
                               cwd="/").returncode == 0
    except OSError:
        works = False
    if not works:
        pytest.skip("running as root, and user nobody cannot run this Python to meet the permissions")
    return drop
