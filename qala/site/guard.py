"""What a visitor's SQL may do on the Qala site.

Datasette stops a query at ``sql_time_limit_ms`` with SQLite's progress handler, which runs
between the steps of a query; one step that builds a huge value runs on past it. So each
connection of the site refuses values larger than :data:`MAX_VALUE_BYTES` and long LIKE and GLOB
patterns; ``printf``/``format`` refuse a width or precision larger than that (SQLite 3.40 pads
``printf('%.*c', 1e9, 'x')`` one character at a time, seconds after the value is already too
big); ``fts3_tokenizer`` (which hands out a memory address) and the ``database_list``
pragma does not show where the file is.
"""

from __future__ import annotations

import re
import sqlite3

MAX_VALUE_BYTES = 32 * 1024 * 1024  # larger than any stored article
MAX_LIKE_PATTERN = 200  # characters in a LIKE or GLOB pattern
SPEC = re.compile(r"%([-+ 0#,!]*)(\*|\d+)?(?:\.(\*|\d+))?")


class Refused(sqlite3.OperationalError):
    pass


def _refused(*args: object) -> None:
    raise Refused("fts3_tokenizer is not available on this site")


class BoundedPrintf:
    """SQLite's own printf, on a private in-memory connection, after checking that no width or
    precision (written, or given by ``*``) passes the size limit."""

    def __init__(self) -> None:
        self.engine = sqlite3.connect(":memory:", check_same_thread=False)
        self.engine.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)

    def __call__(self, fmt: object = None, *args: object) -> object:
        if isinstance(fmt, str):
            given = iter(args)
            for match in SPEC.finditer(fmt.replace("%%", "")):
                for part in match.group(2, 3):
                    size = next(given, 0) if part == "*" else int(part) if part else 0
                    if isinstance(size, int | float) and abs(size) > MAX_VALUE_BYTES:
                        raise Refused("printf width or precision too large")
        marks = ", ".join("?" * (1 + len(args)))
        return self.engine.execute(f"SELECT printf({marks})", [fmt, *args]).fetchone()[0]


def _authorize(action: int, arg1: str | None, arg2: str | None, *_: object) -> int:
    """The file column of ``pragma_database_list`` reads as null in a visitor's SELECT (Datasette's
    own ``PRAGMA database_list`` statement, which reads no column, still works)."""
    if action == sqlite3.SQLITE_READ and arg1 == "pragma_database_list" and arg2 == "file":
        return sqlite3.SQLITE_IGNORE
    return sqlite3.SQLITE_OK


def limit(conn: sqlite3.Connection) -> None:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, MAX_LIKE_PATTERN)
    printf = BoundedPrintf()
    for name in ("printf", "format"):
        conn.create_function(name, -1, printf)
    conn.create_function("fts3_tokenizer", 1, _refused)
    conn.create_function("fts3_tokenizer", 2, _refused)
    conn.set_authorizer(_authorize)
