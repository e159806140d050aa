"""One crawl at a time per database: a lock file beside it, released even on kill -9."""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path


class Busy(RuntimeError):
    """Another crawl holds the lock."""


@contextmanager
def crawl_lock(db_path: str | Path):
    """Hold ``DB.crawl.lock`` for the duration; raise Busy at once if another process holds it.

    The kernel releases an flock when its process dies, however it dies, so a crashed crawl never
    leaves the database locked."""
    path = Path(f"{db_path}.crawl.lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise Busy(f"another crawl is writing to {db_path}; try again when it has finished") from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        os.close(fd)
