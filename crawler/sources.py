"""The sources file: which outlets to crawl and where their article lists are.

YAML, validated on load; every problem is reported with the outlet and key it concerns::

    outlets:
      - id: aljazeera
        name: الجزيرة نت
        country: QA
        homepage: https://www.aljazeera.net/
        feeds: [https://www.aljazeera.net/rss]
        sitemaps: [https://www.aljazeera.net/sitemap.xml]
        listings: [https://www.aljazeera.net/news/]     # section pages, with
        link_pattern: "/news/\\d{4}/"                    # which of their links are articles
        interval: 1h                                     # how often `qala schedule` crawls it
        selectors:                                       # only where generic extraction fails:
          text: "div.article-body"                       #   CSS selectors for a field,
          remove: [".read-also", ".share"]               #   and page furniture to drop
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .article import SELECTOR_FIELDS, Selectors

OUTLET_KEYS = {"id", "name", "country", "homepage", "feeds", "sitemaps", "listings", "link_pattern", "allowed_domains",
               "interval", "selectors"}
INTERVAL = re.compile(r"^(\d+)\s*([smhd])$")
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
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
    listings: tuple[str, ...] = ()
    link_pattern: str | None = None
    allowed_domains: tuple[str, ...] = field(default=())
    interval: str | None = None
    selectors: Selectors | None = None

    def interval_seconds(self, default: int = 3600) -> int:
        return parse_interval(self.interval) if self.interval else default

    def domains(self) -> tuple[str, ...]:
        if self.allowed_domains:
            return self.allowed_domains
        hosts = {urlsplit(u).hostname for u in (*self.feeds, *self.sitemaps, *self.listings, self.homepage or "") if u}
        return tuple(sorted(h for h in hosts if h))


def parse_interval(text: str) -> int:
    """Seconds in an interval written as 30m, 2h, 1d."""
    match = INTERVAL.match(str(text).strip())
    if not match or int(match.group(1)) == 0:
        raise SourcesError(f"interval {text!r} is not a number followed by s, m, h or d (e.g. 2h)")
    return int(match.group(1)) * UNITS[match.group(2)]


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


def _selectors(value: object, where: str) -> Selectors | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise SourcesError(f"{where}: selectors must be a mapping of {', '.join(SELECTOR_FIELDS)}")
    unknown = set(value) - set(SELECTOR_FIELDS)
    if unknown:
        raise SourcesError(f"{where}: unknown selector(s) {', '.join(sorted(map(str, unknown)))}; "
                           f"expected {', '.join(SELECTOR_FIELDS)}")
    remove = value.get("remove") or []
    remove = [remove] if isinstance(remove, str) else remove
    fields = {k: v for k, v in value.items() if k != "remove"}
    if not isinstance(remove, list) or not all(isinstance(v, str) for v in [*remove, *fields.values()]):
        raise SourcesError(f"{where}: each selector must be a CSS selector string (remove: a list of them)")
    try:
        return Selectors(**fields, remove=tuple(remove))
    except ValueError as exc:
        raise SourcesError(f"{where}: selectors: {exc}") from None


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
        listings = _url_list(entry, "listings", where)
        if not feeds and not sitemaps and not listings:
            raise SourcesError(f"{where}: give at least one of 'feeds', 'sitemaps' or 'listings'")
        pattern = entry.get("link_pattern")
        if pattern is not None:
            try:
                re.compile(str(pattern))
            except re.error as exc:
                raise SourcesError(f"{where}: link_pattern is not a valid regular expression ({exc})") from None
        if entry.get("interval") is not None:
            try:
                parse_interval(entry["interval"])
            except SourcesError as exc:
                raise SourcesError(f"{where}: {exc}") from None
        homepage = entry.get("homepage")
        outlets.append(Outlet(
            id=outlet_id, name=entry["name"].strip(), country=entry.get("country"),
            homepage=check_url(homepage, f"{where}: homepage") if homepage else None,
            feeds=feeds, sitemaps=sitemaps, listings=listings,
            link_pattern=str(pattern) if pattern is not None else None,
            allowed_domains=tuple(entry.get("allowed_domains") or ()),
            interval=str(entry["interval"]) if entry.get("interval") is not None else None,
            selectors=_selectors(entry.get("selectors"), where)))
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
