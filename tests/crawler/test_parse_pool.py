"""The parsing workers' pool: a page that kills its worker is given up, the others are parsed."""

from __future__ import annotations

import asyncio
import os
import time
import types
from concurrent.futures.process import BrokenProcessPool

from qala.crawler import parse, pipelines


def work(number: int, html: str, *rest) -> dict:
    """A stand-in for the parser, run in the workers: "poison" kills its worker every time."""
    if parse._started is not None:
        parse._started.put(number)
    time.sleep(0.05)
    if html == "poison":
        os._exit(1)
    return {"parsed": html}


class Settings:
    def getint(self, name: str) -> int:
        return 1  # one worker: every page waits behind the poisoned one


def test_a_page_that_kills_its_worker_is_given_up_and_no_other_page_is_lost(monkeypatch):
    monkeypatch.setattr(pipelines, "process_started_page", work)
    store = pipelines.StorePipeline(types.SimpleNamespace(settings=Settings()))
    items = [{"html": "poison" if n == 2 else f"page {n}", "url": f"http://127.0.0.1/{n}"} for n in range(6)]

    async def parse_all() -> list:
        return await asyncio.gather(*(store._parse(item, None) for item in items), return_exceptions=True)

    try:
        results = asyncio.run(parse_all())
    finally:
        store.close_spider()
    assert isinstance(results[2], BrokenProcessPool)
    assert [r for n, r in enumerate(results) if n != 2] == [{"parsed": f"page {n}"} for n in range(6) if n != 2]
