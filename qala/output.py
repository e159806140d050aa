"""Writing a command's output file without harming what is there.

A regular file is written whole to a temporary file beside it and then renamed over it, so that
a failure half-way leaves the old contents; the new file keeps the old one's mode (and owner, when
allowed), and a symlink stays a symlink (its target is written). What is not a regular file (the
null device, a named pipe, a terminal) is written directly: renaming over it would replace it. A
file with other hard links, or in a folder that cannot take a temporary file, is written in place
once the output is complete.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


class OutputError(OSError):
    """The output path cannot be written (a folder, a missing folder, no permission)."""


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def writing(path: str | Path) -> Iterator[TextIO]:
    """A text stream for ``path`` (UTF-8, no newline translation), committed when the block ends
    without an exception. Failing to write (a full disk, no permission) raises OutputError."""
    try:
        with _writing(path) as out:
            yield out
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _writing(path: str | Path) -> Iterator[TextIO]:
    real = Path(os.path.realpath(path))
    try:
        info: os.stat_result | None = real.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(f"cannot write {path}: it is a folder")
    if not real.parent.is_dir():
        raise OutputError(f"cannot write {path}: folder {real.parent} does not exist")
    if info is not None and not stat.S_ISREG(info.st_mode):
        with _opened(real, path) as out:  # a device or a pipe: rename would replace it
            yield out
        return
    if info is not None and (info.st_nlink > 1 or not os.access(real.parent, os.W_OK)):
        if not os.access(real, os.W_OK):
            raise OutputError(f"cannot write {path}: Permission denied")
        with tempfile.TemporaryFile("w+", encoding="utf-8", newline="") as spool:
            yield spool
            spool.seek(0)
            with _opened(real, path) as out:  # in place: the inode, its links and mode stay
                shutil.copyfileobj(spool, out)
        return
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name}.", dir=real.parent)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            yield out
        os.chmod(tmp, stat.S_IMODE(info.st_mode) if info else 0o666 & ~_umask())
        if info is not None:
            with contextlib.suppress(PermissionError):
                os.chown(tmp, info.st_uid, info.st_gid)
        os.replace(tmp, real)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


@contextlib.contextmanager
def _opened(real: Path, path: str | Path) -> Iterator[TextIO]:
    try:
        handle = open(real, "w", encoding="utf-8", newline="")
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None
    with handle:
        yield handle
