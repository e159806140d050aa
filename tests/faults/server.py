"""A misbehaving HTTP server on 127.0.0.1 for the fault-injection suite.

Each path is answered by a function of the request handler, so a case can send anything: a
status, a redirect, a compressed bomb, half a body and then silence or a reset. Every request is
recorded with its Host header (``requests``), so a case can assert what was never asked for.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import struct
import threading
import time
import zlib
from collections.abc import Callable
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.crawler.pages import article_html

Route = Callable[[BaseHTTPRequestHandler], None]


def send(h: BaseHTTPRequestHandler, status: int = 200, kind: str = "text/html; charset=utf-8", body: bytes = b"",
         headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    h.send_header("Content-Type", kind)
    for name, value in (headers or {}).items():
        h.send_header(name, value)
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body)


def page(body: bytes | str, kind: str = "text/html; charset=utf-8", status: int = 200,
         headers: dict[str, str] | None = None) -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return lambda h: send(h, status, kind, data, headers)


def article(n: int, **kwargs) -> Route:
    return page(article_html(n, **kwargs))


def redirect(location: str, status: int = 301) -> Route:
    return lambda h: send(h, status, "text/html", b"", {"Location": location})


def delayed(route: Route, seconds: float) -> Route:
    """``route``, answered after ``seconds``: a crawl still running when a test acts on it."""
    def slow(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        route(h)
    return slow


def _send_part(h: BaseHTTPRequestHandler, body: bytes, after: int) -> None:
    """Promise the whole body (its Content-Length) and send only its first ``after`` bytes."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html; charset=utf-8")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body[:after])
    h.wfile.flush()


def stalled(body: bytes, after: int, seconds: float) -> Route:
    """Promise the whole body, send ``after`` bytes of it, then say nothing for ``seconds``."""
    def route(h: BaseHTTPRequestHandler) -> None:
        _send_part(h, body, after)
        time.sleep(seconds)
        h.close_connection = True
    return route


def reset(body: bytes, after: int) -> Route:
    """Send ``after`` bytes of a promised body, then reset the connection (RST, not FIN)."""
    def route(h: BaseHTTPRequestHandler) -> None:
        _send_part(h, body, after)
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()
        h.close_connection = True
    return route


def bomb(size: int, encoding: str) -> bytes:
    """``size`` bytes of spaces compressed with gzip, deflate or br (a decompression bomb)."""
    chunk = b" " * (1 << 20)
    if encoding == "gzip":
        out = zlib.compressobj(9, zlib.DEFLATED, 31)
    elif encoding == "deflate":
        out = zlib.compressobj(9, zlib.DEFLATED, 15)
    else:
        raise ValueError(encoding)
    parts = [out.compress(chunk) for _ in range(size // len(chunk))]
    return b"".join(parts) + out.flush()


def gzipped(data: bytes) -> bytes:
    return gzip.compress(data)


def rss(links: list[str]) -> str:
    items = "".join(f"<item><title>{escape(link)}</title><link>{escape(link)}</link></item>" for link in links)
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'


def sitemap_index(locs: list[str]) -> str:
    items = "".join(f"<sitemap><loc>{escape(loc)}</loc></sitemap>" for loc in locs)
    return f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>'


def urlset(locs: list[str]) -> str:
    items = "".join(f"<url><loc>{escape(loc)}</loc></url>" for loc in locs)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</urlset>'


class FaultSite:
    """Serve ``routes`` (path -> route) on 127.0.0.1; robots.txt allows everything unless routed."""

    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[tuple[str, str]] = []  # (Host header, path)
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                site.requests.append((self.headers.get("Host", ""), self.path))
                route = site.routes.get(self.path) or site.routes.get(self.path.split("?", 1)[0])
                if route is not None:
                    route(self)
                elif self.path == "/robots.txt":
                    send(self, 200, "text/plain", b"User-agent: *\nAllow: /\n")
                else:
                    send(self, 404, "text/plain", b"not found")

            def handle(self) -> None:
                with contextlib.suppress(ConnectionError, OSError):
                    super().handle()

            def log_message(self, format: str, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def port(self) -> int:
        return self.server.server_address[1]

    def paths(self) -> list[str]:
        return [path for _, path in self.requests]

    def article_feed(self, path, total: int, delay: float = 0.0) -> str:
        """A feed at /feed listing ``total`` articles at /a/N, each answered after ``delay`` seconds;
        returns the sources file written for it at ``path``."""
        self.routes["/feed"] = page(rss([f"{self.url}/a/{n}" for n in range(total)]), "application/rss+xml")
        for n in range(total):
            self.routes[f"/a/{n}"] = delayed(article(n), delay) if delay else article(n)
        return self.sources(path, feeds=["/feed"])

    def sources(self, path, *, feeds: list[str] = (), sitemaps: list[str] = (), listings: list[str] = (),
                outlet: str = "faulty", extra: str = "") -> str:
        """Write a sources file with one outlet on this site; returns its path as a string."""
        lines = [f"outlets:\n  - id: {outlet}\n    name: Faulty\n    homepage: {self.url}/\n"]
        for key, urls in (("feeds", feeds), ("sitemaps", sitemaps), ("listings", listings)):
            if urls:
                lines.append(f"    {key}:\n" + "".join(f"      - {self.url}{u}\n" for u in urls))
        path.write_text("".join(lines) + extra, encoding="utf-8")
        return str(path)

    def __enter__(self) -> FaultSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
