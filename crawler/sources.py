"""The sources file: which outlets to crawl and where their article lists are.

YAML, validated on load; every problem is reported with the outlet and key it concerns::

    outlets:
      - id: aljazeera
        name: الجزيرة نت
        country: QA
        homepage: https://www.aljazeera.net/
        feeds: [https://www.aljazeera.net/rss]
        sitemaps: [https://www.aljazeera.net/sitemap.xml]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

OUTLET_KEYS = {"id", "name", "country", "homepage", "feeds", "sitemaps", "allowed_domains", "interval"}
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


class SourcesError(ValueError):
    """The sources file is missing or malformed."""


@dataclass(frozen=True)
class Outlet:
    id: str
    name: str
    country: str | None = None
    homepage: str | None = None
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = field(default=())
    interval: str | None = None

    def domains(self) -> tuple[str, ...]:
        if self.allowed_domains:
            return self.allowed_domains
        hosts = {urlsplit(u).hostname for u in (*self.feeds, *self.sitemaps, self.homepage or "") if u}
        return tuple(sorted(h for h in hosts if h))


def check_url(url: object, where: str) -> str:
    if not isinstance(url, str):
        raise SourcesError(f"{where}: expected a URL, got {url!r}")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SourcesError(f"{where}: {url!r} is not an http(s) URL")
    return url


def _url_list(entry: dict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise SourcesError(f"{where}: {key} must be a list of URLs")
    return tuple(check_url(u, f"{where}: {key}") for u in value)


def parse(data: object, origin: str = "sources") -> list[Outlet]:
    if not isinstance(data, dict) or not isinstance(data.get("outlets"), list):
        raise SourcesError(f"{origin}: expected a mapping with a list under 'outlets'")
    unknown_top = set(data) - {"outlets"}
    if unknown_top:
        raise SourcesError(f"{origin}: unknown key(s) {', '.join(sorted(map(str, unknown_top)))}")
    outlets: list[Outlet] = []
    seen: set[str] = set()
    for n, entry in enumerate(data["outlets"], start=1):
        where = f"{origin}: outlet #{n}"
        if not isinstance(entry, dict):
            raise SourcesError(f"{where}: expected a mapping")
        unknown = set(entry) - OUTLET_KEYS
        if unknown:
            raise SourcesError(f"{where}: unknown key(s) {', '.join(sorted(map(str, unknown)))}")
        outlet_id = entry.get("id")
        if not isinstance(outlet_id, str) or not ID_PATTERN.match(outlet_id):
            raise SourcesError(f"{where}: 'id' must be lower-case letters, digits, - or _ (got {outlet_id!r})")
        where = f"{origin}: outlet {outlet_id!r}"
        if outlet_id in seen:
            raise SourcesError(f"{where}: duplicate id")
        seen.add(outlet_id)
        if not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise SourcesError(f"{where}: 'name' is required")
        feeds = _url_list(entry, "feeds", where)
        sitemaps = _url_list(entry, "sitemaps", where)
        if not feeds and not sitemaps:
            raise SourcesError(f"{where}: give at least one of 'feeds' or 'sitemaps'")
        homepage = entry.get("homepage")
        outlets.append(Outlet(
            id=outlet_id, name=entry["name"].strip(), country=entry.get("country"),
            homepage=check_url(homepage, f"{where}: homepage") if homepage else None,
            feeds=feeds, sitemaps=sitemaps,
            allowed_domains=tuple(entry.get("allowed_domains") or ()),
            interval=str(entry["interval"]) if entry.get("interval") is not None else None))
    if not outlets:
        raise SourcesError(f"{origin}: no outlets listed")
    return outlets


def load(path: str | Path) -> list[Outlet]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"sources file {path} does not exist") from None
    except UnicodeDecodeError:
        raise SourcesError(f"sources file {path} is not UTF-8 text") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SourcesError(f"{path}: not valid YAML ({exc.__class__.__name__}: "
                           f"{str(exc).splitlines()[0]})") from None
    return parse(data, str(path))
