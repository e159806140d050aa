"""One crawl at a time per database: a lock file beside it, released even on kill -9."""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path


class Busy(RuntimeError):
    """Another crawl holds the lock."""


def lock_path(db_path: str | Path) -> Path:
    """``DB.crawl.lock`` beside the database file itself: a symlink or another spelling of the
    path names the same lock."""
    return Path(f"{os.path.realpath(db_path)}.crawl.lock")


@contextlib.contextmanager
def crawl_lock(db_path: str | Path) -> Iterator[None]:
    """Hold the database's crawl lock for the duration; raise Busy at once if another process
    holds it. The lock file is removed on release.

    The kernel releases an flock when its process dies, however it dies, so a crashed crawl never
    leaves the database locked (its file stays until the next crawl removes it). Since the file
    is removed on release, a lock taken on a file that has meanwhile been removed (or replaced)
    is not the lock: it is dropped and taken again on the file now at the path."""
    path = lock_path(db_path)
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise Busy(f"another crawl is writing to {db_path}; try again when it has finished") from None
        try:
            current = os.stat(path)
        except FileNotFoundError:
            current = None
        if current is not None and os.path.samestat(current, os.fstat(fd)):
            break
        os.close(fd)  # the file we locked was removed by the crawl that just ended: take the new one
    try:
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        yield
    finally:
        with contextlib.suppress(OSError):
            os.unlink(path)
        os.close(fd)
