"""`qala sources check`: is each feed, sitemap and listing page of a sources file reachable?"""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from .settings import USER_AGENT
from .sources import Outlet

TIMEOUT = 15


@dataclass
class Status:
    outlet: str
    kind: str
    url: str
    status: str
    detail: str = ""


def probe(url: str, timeout: float = TIMEOUT) -> tuple[str, str]:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(2_000_000)
            kind = response.headers.get("Content-Type", "?")
            items = body.count(b"<item") + body.count(b"<entry") + body.count(b"<url>") + body.count(b"<sitemap>")
            return str(response.status), f"{kind}, {len(body)} bytes, {items} items"
    except urllib.error.HTTPError as exc:
        return str(exc.code), exc.reason or ""
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        return "unreachable", str(getattr(exc, "reason", exc))


def check(outlets: list[Outlet], timeout: float = TIMEOUT) -> list[Status]:
    found = []
    for outlet in outlets:
        for kind in ("feeds", "sitemaps", "listings"):
            for url in getattr(outlet, kind):
                status, detail = probe(url, timeout)
                found.append(Status(outlet.id, kind[:-1], url, status, detail))
    return found
