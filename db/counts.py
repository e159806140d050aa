"""What a crawl run or an ingest did: one record for both, for the crawl_runs table and the
summary line a command prints.

A crawl keeps its figures in Scrapy's stats, one key per outlet and figure
(``qala/<outlet>/articles_new``, ``qala/<outlet>/errors/http_404``); :meth:`Counts.from_stats`
reads them back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields

STATS_PREFIX = "qala"
OUTCOMES = ("new", "updated", "unchanged")  # what storing an article can do (Store.save_article)


@dataclass
class Counts:
    pages_fetched: int = 0  # answers received: lists (feeds, sitemaps, listings) and article pages
    articles_new: int = 0
    articles_updated: int = 0
    articles_unchanged: int = 0  # fetched or read again, same text: nothing written
    articles_skipped: int = 0  # listed, already stored and not changed since: not fetched
    statements: int = 0  # statements written with new or updated articles
    errors: dict[str, int] = field(default_factory=dict)  # pages not fetched or not articles, by kind
    lost: dict[str, int] = field(default_factory=dict)  # pages fetched, then neither stored nor skipped

    def stored(self, outcome: str, statements: int) -> None:
        """Count one article's outcome ("new", "updated" or "unchanged") and its statements."""
        setattr(self, f"articles_{outcome}", getattr(self, f"articles_{outcome}") + 1)
        if outcome != "unchanged":
            self.statements += statements

    @property
    def pages_lost(self) -> int:
        return sum(self.lost.values())

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    def __add__(self, other: Counts) -> Counts:
        total = Counts()
        for f in fields(Counts):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, dict):
                setattr(total, f.name, {k: mine.get(k, 0) + theirs.get(k, 0) for k in sorted({*mine, *theirs})})
            else:
                setattr(total, f.name, mine + theirs)
        return total

    @classmethod
    def from_stats(cls, stats: Mapping[str, object], outlet_id: str) -> Counts:
        """One outlet's figures from a crawl's stats (see :func:`stat_key`)."""
        counts = cls()
        prefix = f"{STATS_PREFIX}/{outlet_id}/"
        for key, value in stats.items():
            if not key.startswith(prefix) or not isinstance(value, int):
                continue
            name, _, kind = key[len(prefix):].partition("/")
            if name in ("errors", "lost") and kind:
                getattr(counts, name)[kind] = value
            elif not kind and name in INT_FIELDS:
                setattr(counts, name, value)
        return counts

    def describe(self, which: str) -> str:
        """``lost`` or ``errors`` as one phrase: "3 store_failed, 1 parse_failed"."""
        found = getattr(self, which)
        return ", ".join(f"{n} {kind}" for kind, n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))


INT_FIELDS = frozenset(f.name for f in fields(Counts) if f.type == "int")


def stat_key(outlet_id: str, name: str, kind: str | None = None) -> str:
    """The stats key of one figure of an outlet's run: a Counts field, or ``errors``/``lost`` and a kind."""
    return f"{STATS_PREFIX}/{outlet_id}/{name}" + (f"/{kind}" if kind else "")
