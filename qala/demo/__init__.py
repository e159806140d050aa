"""A real HTTP server on 127.0.0.1 serving the bundled article pages with RSS feeds.

Each page keeps its real outlet and date (``pages/outlets.json``): ``/feeds/OUTLET.xml`` lists an
outlet's pages with their dates, and :meth:`SampleSite.demo_sources_yaml` names every outlet, so
``qala demo`` crawls seven outlets through exactly the code path a real outlet takes. The tests
use ``/feed.xml``, one feed of every page under one outlet, to which they add pages of their own.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime, formatdate
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path

import yaml

log = logging.getLogger(__name__)

PUBLISHED = 1_704_067_200.0  # /feed.xml's date for every page unless told otherwise (2024-01-01)
PAGES = Path(str(resources.files(__package__).joinpath("pages")))


def page_names(folder: Path = PAGES) -> list[str]:
    return sorted(p.name for p in folder.glob("*.html"))


def page_outlets(folder: Path = PAGES) -> dict[str, dict[str, str]]:
    """Each page's outlet (id, name, country, homepage) and publication date, where known."""
    path = folder / "outlets.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


class SampleSite:
    """Serve ``folder``'s pages at /articles/NAME, an RSS feed at /feed.xml and a robots.txt.

    Use as a context manager; ``url`` is the site's root once started.
    """

    def __init__(self, folder: Path = PAGES, host: str = "127.0.0.1", port: int = 0,
                 routes: dict[str, Callable[[], tuple[int, str, bytes]]] | None = None) -> None:
        self.folder = folder
        self.names = page_names(folder)
        self.outlets = page_outlets(folder)
        self.requests: list[str] = []
        self.routes = dict(routes or {})  # more paths, for tests: path -> () -> (status, type, body)
        self.feed_links: list[str] = []  # more paths listed in the feed
        self.updated: dict[str, float] = {}  # name -> when the feed says the page last changed
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.requests.append(self.path)
                path = self.path.split("?", 1)[0]
                if path == "/robots.txt":
                    self._send(200, "text/plain", b"User-agent: *\nAllow: /\n")
                elif path == "/feed.xml":
                    self._send(200, "application/rss+xml", site.feed().encode("utf-8"))
                elif path.startswith("/feeds/") and path.endswith(".xml"):
                    self._send(200, "application/rss+xml", site.outlet_feed(path[7:-4]).encode("utf-8"))
                elif path.startswith("/articles/") and path[10:] in site.names:
                    self._send(200, "text/html; charset=utf-8", (site.folder / path[10:]).read_bytes())
                elif path in site.routes:
                    status, kind, body, *headers = site.routes[path]()
                    self._send(status, kind, body, *(headers or [{}]))
                else:
                    self._send(404, "text/plain", b"not found")

            def _send(self, status: int, kind: str, body: bytes, headers: dict | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def handle(self) -> None:
                with contextlib.suppress(ConnectionError):  # a client that gave up (a timeout test)
                    super().handle()

            def log_message(self, format: str, *args) -> None:
                log.debug("sample site: " + format, *args)

        self.server = ThreadingHTTPServer((host, port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def feed_url(self) -> str:
        return f"{self.url}/feed.xml"

    def feed(self) -> str:
        links = [f"/articles/{name}" for name in self.names] + self.feed_links
        items = "".join(
            f"<item><title>{escape(link)}</title><link>{self.url}{escape(link)}</link>"
            f"<pubDate>{formatdate(self.updated.get(link.rsplit('/', 1)[-1], PUBLISHED), usegmt=True)}</pubDate>"
            "</item>" for link in links)
        return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>Qala sample site</title><link>{self.url}/</link>{items}</channel></rss>")

    def outlet_feed(self, outlet_id: str) -> str:
        """One outlet's pages, each with its real date (none when it is not known)."""
        items = []
        for name, info in sorted(self.outlets.items()):
            if info["outlet"] != outlet_id:
                continue
            date = ""
            if info.get("published"):
                moment = datetime.fromisoformat(info["published"])
                moment = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
                date = f"<pubDate>{format_datetime(moment)}</pubDate>"
            items.append(f"<item><title>{escape(name)}</title><link>{self.url}/articles/{escape(name)}</link>"
                         f"{date}</item>")
        return ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>{escape(outlet_id)}</title><link>{self.url}/</link>{''.join(items)}</channel></rss>")

    def demo_sources_yaml(self) -> str:
        """A sources file with each page's real outlet, its feed on this site."""
        seen: dict[str, dict[str, str]] = {}
        for info in self.outlets.values():
            seen.setdefault(info["outlet"], info)
        return yaml.safe_dump({"outlets": [
            {"id": outlet_id, "name": info["name"], "country": info["country"], "homepage": info["homepage"],
             "feeds": [f"{self.url}/feeds/{outlet_id}.xml"]} for outlet_id, info in sorted(seen.items())]},
            allow_unicode=True, sort_keys=False)

    def sources_yaml(self, outlet_id: str = "sample") -> str:
        return (f"outlets:\n  - id: {outlet_id}\n    name: Qala sample site\n    homepage: {self.url}/\n"
                f"    feeds:\n      - {self.feed_url}\n")

    def __enter__(self) -> SampleSite:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
