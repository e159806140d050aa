"""Datasette plugin: Arabic-aware search for the Qala site.

The full-text indexes hold normalised words and their clitic-free forms
(:func:`extractor.normalize.search_key`). Datasette passes what a person types into a search box
through the SQL function ``escape_fts``; the site replaces that function (it registers last)
with one that folds the text the same way and builds a query from the folded words only, so
بوتين finds وبوتين and لبوتين, أردوغان finds إردوغان, and the box still shows what was typed.
It also registers ``qala_norm(text)``, ``qala_fts(text)`` and ``qala_fts_column(column, text)``
for canned queries.
"""

from __future__ import annotations

from qala.extractor.normalize import fts_query, query_key

MMAP_BYTES = 4 * 1024**3  # read the database through the OS page cache rather than copies
CACHE_KIB = 128 * 1024  # SQLite's own page cache per connection


def register_functions(conn) -> None:
    """Each connection of the site: the page cache sizes and the search functions."""
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    conn.execute("PRAGMA temp_store = MEMORY")  # sorting a search's matches by date
    conn.create_function("escape_fts", 1, lambda text: fts_query(text or ""), deterministic=True)
    conn.create_function("qala_norm", 1, lambda text: query_key(text or ""), deterministic=True)
    conn.create_function("qala_fts", 1, lambda text: fts_query(text or ""), deterministic=True)
    conn.create_function("qala_fts_column", 2, lambda column, text: fts_query(text or "", column),
                         deterministic=True)
