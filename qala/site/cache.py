"""Datasette plugin: answer a repeated request from memory until the database changes.

A published Qala site is read far more often than it is written: the same table pages, facet
counts, searches and Atom feeds are asked for again and again between two crawls. This plugin
wraps the site (Datasette's ``asgi_wrapper`` hook) and keeps the complete responses to ``GET``
requests that answered 200 without setting a cookie. Every request first reads SQLite's
``PRAGMA data_version`` of each database file on a connection of its own: that number changes
whenever another connection (a crawl, an ingest) commits, and then the whole cache is dropped.
So a page is never older than the data, and nothing is cached across a write.

A response served from memory carries ``X-Qala-Cache: hit``. Streams larger than
:data:`MAX_BODY` (a whole-table CSV) pass through uncached, and the responses kept never hold
more than ``cache_mb`` megabytes in all (plugin setting, :data:`MAX_BYTES` by default): the least
recently used go first. ``/-/qala-cache.json`` tells how full it is.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from datasette.utils.asgi import Response

log = logging.getLogger(__name__)

MAX_BYTES = 64 * 1024 * 1024  # all the responses kept, headers and bodies
MAX_BODY = 2 * 1024 * 1024  # bytes; a larger response is not kept

Message = dict[str, Any]
App = Callable[[dict, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]


class DataVersion:
    """The data versions of the site's database files, read on connections that never write."""

    def __init__(self, paths: list[str]) -> None:
        self._conns = [sqlite3.connect(f"file:{p}?mode=ro", uri=True, check_same_thread=False) for p in paths]

    def current(self) -> tuple[int, ...]:
        return tuple(conn.execute("PRAGMA data_version").fetchone()[0] for conn in self._conns)


def _size(key: tuple, start: Message, body: bytes) -> int:
    return len(body) + sum(len(part or b"") for part in key) + sum(
        len(name) + len(value) for name, value in start.get("headers", [])) + 200


class ResponseCache:
    def __init__(self, app: App, version: DataVersion, max_bytes: int = MAX_BYTES) -> None:
        self.app = app
        self.version = version
        self.max_bytes = max_bytes
        self.bytes = 0
        self.seen_version: tuple[int, ...] | None = None
        self.entries: OrderedDict[tuple, tuple[Message, bytes, int]] = OrderedDict()

    def stats(self) -> dict[str, int]:
        return {"entries": len(self.entries), "bytes": self.bytes, "max_bytes": self.max_bytes}

    def _clear(self) -> None:
        self.entries.clear()
        self.bytes = 0

    def _keep(self, key: tuple, start: Message, body: bytes) -> None:
        size = _size(key, start, body)
        if size > self.max_bytes:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.bytes -= old[2]
        self.entries[key] = (start, body, size)
        self.bytes += size
        while self.bytes > self.max_bytes:
            _, (_, _, dropped) = self.entries.popitem(last=False)
            self.bytes -= dropped

    async def __call__(self, scope: dict, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        version = self.version.current()
        if version != self.seen_version:
            self._clear()
            self.seen_version = version
        headers = dict(scope.get("headers") or [])
        key = (scope.get("raw_path") or scope["path"].encode(), scope.get("query_string", b""),
               headers.get(b"host"), headers.get(b"cookie"))
        hit = self.entries.get(key)
        if hit is not None:
            self.entries.move_to_end(key)
            start, body, _ = hit
            await send({**start, "headers": [*start["headers"], (b"x-qala-cache", b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        await self.app(scope, receive, self._recorder(key, version, send))

    def _recorder(self, key: tuple, version: tuple[int, ...], send):
        start: Message = {}
        chunks: list[bytes] = []
        size = 0
        keep = True

        async def record(message: Message) -> None:
            nonlocal start, size, keep
            if message["type"] == "http.response.start":
                start = message
                keep = message["status"] == 200 and not any(
                    name.lower() == b"set-cookie" for name, _ in message.get("headers", []))
            elif message["type"] == "http.response.body" and keep:
                size += len(message.get("body", b""))
                keep = size <= MAX_BODY
                chunks.append(message.get("body", b""))
                if keep and not message.get("more_body") and version == self.seen_version:
                    self._keep(key, start, b"".join(chunks))
            await send(message)

        return record


def wrapper(datasette) -> Callable[[App], ResponseCache]:
    """The cache around Datasette's app (Datasette's ``asgi_wrapper`` hook); the cache is kept on
    ``datasette`` for :func:`stats_page`."""
    paths = [db.path for db in datasette.databases.values() if db.path and not db.is_memory]
    version = DataVersion(paths)
    megabytes = (datasette.plugin_config("qala") or {}).get("cache_mb")
    max_bytes = int(float(megabytes) * 1024 * 1024) if megabytes is not None else MAX_BYTES
    log.info("caching responses for %s, up to %d bytes", ", ".join(paths), max_bytes)

    def wrap(app: App) -> ResponseCache:
        datasette._qala_cache = ResponseCache(app, version, max_bytes)
        return datasette._qala_cache

    return wrap


async def stats_page(datasette, request) -> Response:
    """``/-/qala-cache.json``: entries and bytes kept, and the bound."""
    cache = getattr(datasette, "_qala_cache", None)
    return Response.json(cache.stats() if cache else {"entries": 0, "bytes": 0, "max_bytes": 0})
