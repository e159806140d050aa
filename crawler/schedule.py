"""Run each outlet's crawl at its interval, each run in its own process, until stopped."""

from __future__ import annotations

import logging
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from .sources import Outlet

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 3600


def outlet_sources(outlet: Outlet) -> str:
    """A sources file with this outlet alone."""
    entry = {"id": outlet.id, "name": outlet.name}
    for key in ("country", "homepage", "link_pattern", "interval"):
        if getattr(outlet, key):
            entry[key] = getattr(outlet, key)
    for key in ("feeds", "sitemaps", "listings", "allowed_domains"):
        if getattr(outlet, key):
            entry[key] = list(getattr(outlet, key))
    return yaml.safe_dump({"outlets": [entry]}, allow_unicode=True)


def run_outlet(outlet: Outlet, db_path: str, extra: list[str]) -> int:
    """Crawl one outlet in a child process (Twisted's reactor cannot restart in this one)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sources.yml"
        path.write_text(outlet_sources(outlet), encoding="utf-8")
        command = [sys.executable, "-m", "qala", "crawl", "--sources", str(path), "--db", db_path, *extra]
        return subprocess.run(command, check=False).returncode


def schedule(outlets: list[Outlet], db_path: str, *, default_interval: int = DEFAULT_INTERVAL,
             max_runs: int | None = None, extra: list[str] | None = None,
             runner: Callable[[Outlet, str, list[str]], int] = run_outlet,
             clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> int:
    """Crawl every outlet now, then each again when its interval has passed; a failing outlet is
    logged and tried again at its next turn. Returns the number of runs made (``max_runs`` stops)."""
    due = {o.id: clock() for o in outlets}
    runs = 0
    while max_runs is None or runs < max_runs:
        outlet = min(outlets, key=lambda o: due[o.id])
        wait = due[outlet.id] - clock()
        if wait > 0:
            sleep(wait)
        log.info("crawling %s", outlet.id)
        code = runner(outlet, db_path, extra or [])
        if code == 0:
            log.info("%s done", outlet.id)
        else:
            log.warning("%s failed (exit %d); next try in %ds", outlet.id, code,
                        outlet.interval_seconds(default_interval))
        due[outlet.id] = clock() + outlet.interval_seconds(default_interval)
        runs += 1
    return runs
