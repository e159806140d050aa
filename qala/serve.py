"""Publishing a database: the Datasette command ``qala serve`` becomes.

The site itself (metadata, search, speaker pages, cache, facets) is the :mod:`qala.site` plugin,
which Datasette loads from Qala's entry point; serving only adds the settings below.
"""

from __future__ import annotations

import sys

# Tuned for databases of millions of statements: no facet suggestions (they scan every column),
# facets given time to finish on large searches, whole-table downloads off (CSV of any query stays).
SETTINGS = {
    "sql_time_limit_ms": 3000,
    "suggest_facets": "off",
    "facet_time_limit_ms": 1000,
    "default_facet_size": 8,  # a facet's first values; its "…" shows the rest
    "allow_download": "off",
    "num_sql_threads": 4,
}


def datasette_command(db_path: str, host: str, port: int, immutable: bool = False) -> list[str]:
    """The command line of the Datasette process that serves ``db_path`` read-only (``immutable``:
    a file this process may not share, see :func:`qala.db.store.can_share`)."""
    files = ["--immutable", db_path] if immutable else [db_path]
    command = [sys.executable, "-m", "datasette", "serve", *files, "--host", host, "--port", str(port)]
    for name, value in SETTINGS.items():
        command += ["--setting", name, str(value)]
    return command
