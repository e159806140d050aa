"""Canonical article URLs: one article reached by several addresses is stored once."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ocid", "ref", "source",
                   "amp", "outputType", "output"}
TRACKING_PREFIXES = ("utm_",)
AMP_SUFFIXES = ("/amp", "/amp/", ".amp")


def canonical(url: str) -> str:
    """Lower-case scheme and host, no fragment, no tracking parameters, no AMP variant, no trailing /."""
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if k not in TRACKING_PARAMS and not k.startswith(TRACKING_PREFIXES)]
    path = parts.path or "/"
    for suffix in AMP_SUFFIXES:
        if path.endswith(suffix) and len(path) > len(suffix):
            path = path[: -len(suffix)]
            break
    if path.startswith("/amp/"):
        path = path[4:]
    if len(path) > 1:
        path = path.rstrip("/")
    host = (parts.hostname or "").lower()
    if parts.port and not ((parts.scheme == "http" and parts.port == 80) or (parts.scheme == "https"
                           and parts.port == 443)):
        host = f"{host}:{parts.port}"
    return urlunsplit((parts.scheme.lower(), host, path, urlencode(sorted(query)), ""))


def web_url(url: object) -> str | None:
    """``url`` stripped, when it is an http(s) address with a host; None for anything else
    (javascript:, mailto:, ftp:, a malformed or relative address)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname or any(c in url for c in " \r\n\t\0"):
        return None
    return url


def _bare_host(host: str) -> str:
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def on_site(url: str, domains: tuple[str, ...]) -> bool:
    """Is ``url``'s host one of ``domains`` or under one of them (www. aside)?"""
    host = _bare_host(urlsplit(url).hostname or "")
    return any(host == d or host.endswith("." + d) for d in map(_bare_host, domains)) if host else False
