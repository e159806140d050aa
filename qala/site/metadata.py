"""The site's titles, descriptions, facets and canned queries, for every Qala database served.

They are written once, in ``metadata.yml`` (shipped inside the package), under the database name
``qala``; this plugin hands that section to Datasette for each database it serves that is a Qala
database (it has the ``qala_meta`` table), whatever its file is called. Metadata given on
Datasette's command line still takes precedence.
"""

from __future__ import annotations

import copy
import functools
import sqlite3
from importlib import resources
from typing import Any

import yaml
from datasette import hookimpl

SECTION = "qala"  # the database section of metadata.yml


class SiteFileMissing(RuntimeError):
    """A file the site needs is not where the installed package keeps it."""


def metadata_file():
    return resources.files("qala").joinpath("metadata.yml")


@functools.cache
def site_metadata() -> dict[str, Any]:
    """metadata.yml as a mapping (read once per process)."""
    try:
        data = yaml.safe_load(metadata_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SiteFileMissing(f"the site's metadata file {metadata_file()} is missing: reinstall Qala") from None
    if not isinstance(data, dict) or SECTION not in (data.get("databases") or {}):
        raise SiteFileMissing(f"{metadata_file()} has no databases.{SECTION} section")
    return data


@functools.lru_cache(maxsize=64)
def is_qala_database(path: str) -> bool:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("select 1 from sqlite_master where name = 'qala_meta'").fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def qala_databases(datasette) -> list[str]:
    return [name for name, db in datasette.databases.items()
            if db.path and not db.is_memory and is_qala_database(db.path)]


@hookimpl
def get_metadata(datasette, key, database, table) -> dict[str, Any]:
    names = qala_databases(datasette)
    if not names:
        return {}
    data = site_metadata()
    merged = {k: v for k, v in data.items() if k != "databases"}
    merged["databases"] = {name: data["databases"][SECTION] for name in names}
    return copy.deepcopy(merged)  # Datasette merges into what it is given


@hookimpl
def extra_css_urls(datasette) -> list[str]:
    return [datasette.urls.static_plugins("qala", "qala.css")] if qala_databases(datasette) else []
