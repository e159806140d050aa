"""Datasette plugin: answer a repeated request from memory until the database changes.

A published Qala site is read far more often than it is written: the same table pages, facet
counts, searches and Atom feeds are asked for again and again between two crawls. This plugin
wraps the site (Datasette's ``asgi_wrapper`` hook) and keeps the complete responses to ``GET``
requests that answered 200 without setting a cookie. Every request first reads SQLite's
``PRAGMA data_version`` of each database file on a connection of its own: that number changes
whenever another connection (a crawl, an ingest) commits, and then the whole cache is dropped.
So a page is never older than the data, and nothing is cached across a write.

A response served from memory carries ``X-Qala-Cache: hit``. Streams larger than
:data:`MAX_BODY` (a whole-table CSV) pass through uncached.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from datasette import hookimpl

log = logging.getLogger(__name__)

MAX_ENTRIES = 512  # responses kept
MAX_BODY = 2 * 1024 * 1024  # bytes; a larger response is not kept

Message = dict[str, Any]
App = Callable[[dict, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]], Awaitable[None]]


class DataVersion:
    """The data versions of the site's database files, read on connections that never write."""

    def __init__(self, paths: list[str]) -> None:
        self._conns = [sqlite3.connect(f"file:{p}?mode=ro", uri=True, check_same_thread=False) for p in paths]

    def current(self) -> tuple[int, ...]:
        return tuple(conn.execute("PRAGMA data_version").fetchone()[0] for conn in self._conns)


class ResponseCache:
    def __init__(self, app: App, version: DataVersion) -> None:
        self.app = app
        self.version = version
        self.seen_version: tuple[int, ...] | None = None
        self.entries: OrderedDict[tuple, tuple[Message, bytes]] = OrderedDict()

    async def __call__(self, scope: dict, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        version = self.version.current()
        if version != self.seen_version:
            self.entries.clear()
            self.seen_version = version
        headers = dict(scope.get("headers") or [])
        key = (scope.get("raw_path") or scope["path"].encode(), scope.get("query_string", b""),
               headers.get(b"host"), headers.get(b"cookie"))
        hit = self.entries.get(key)
        if hit is not None:
            self.entries.move_to_end(key)
            start, body = hit
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
                    self.entries[key] = (start, b"".join(chunks))
                    if len(self.entries) > MAX_ENTRIES:
                        self.entries.popitem(last=False)
            await send(message)

        return record


@hookimpl
def asgi_wrapper(datasette):
    paths = [db.path for db in datasette.databases.values() if db.path and not db.is_memory]
    version = DataVersion(paths)
    log.info("caching responses for %s", ", ".join(paths))

    def wrap(app: App) -> ResponseCache:
        return ResponseCache(app, version)

    return wrap
