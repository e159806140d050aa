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
