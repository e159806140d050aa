"""Datasette plugin: Arabic-aware search for the Qala site.

The full-text indexes hold normalised words and their clitic-free forms
(:func:`extractor.normalize.search_key`). This plugin folds what a person types into the search
box the same way before Datasette hands it to FTS (as a query built from folded words only), so
بوتين finds وبوتين and لبوتين, and أردوغان finds إردوغان. It also registers ``qala_norm(text)``,
``qala_fts(text)`` and ``qala_fts_column(column, text)`` for canned queries.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl

from extractor.normalize import fts_query, query_key


def _fold_search_args(query_string: bytes) -> bytes:
    pairs = parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    out = [(key, fts_query(value) if key.startswith("_search") and value.strip() else value)
           for key, value in pairs if key != "_searchmode"]
    return urlencode([*out, ("_searchmode", "raw")]).encode("utf-8")


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def folded(scope, receive, send):
            if scope.get("type") == "http" and b"_search" in scope.get("query_string", b""):
                scope = dict(scope, query_string=_fold_search_args(scope["query_string"]))
            await app(scope, receive, send)

        return folded

    return wrap


@hookimpl
def prepare_connection(conn):
    conn.create_function("qala_norm", 1, lambda text: query_key(text or ""), deterministic=True)
    conn.create_function("qala_fts", 1, lambda text: fts_query(text or ""), deterministic=True)
    conn.create_function("qala_fts_column", 2, lambda column, text: fts_query(text or "", column),
                         deterministic=True)
