"""Shared fixtures: real processes, real files, real sockets on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from qala.demo import SampleSite

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


def qala(*args: str, input: str | None = None, check: bool = False,
         timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the real ``qala`` command in a child process."""
    result = subprocess.run([sys.executable, "-m", "qala", *args], input=input, capture_output=True,
                            text=True, cwd=ROOT, timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(f"qala {' '.join(args)} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return result


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"{url} did not answer within {timeout}s")


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture
def sample_site():
    with SampleSite() as site:
        yield site


@contextlib.contextmanager
def serving(db: Path):
    """`qala serve` on a free port of 127.0.0.1; yields the site's address."""
    port = free_port()
    # (its access log goes nowhere: a pipe nobody reads fills after some 800 requests and the site stalls)
    proc = subprocess.Popen([sys.executable, "-m", "qala", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=dict(os.environ))
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(url + "/-/versions.json")
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def served_db(tmp_path_factory):
    """A database built by `qala ingest` from the hand-written articles, served by `qala serve`."""
    db = tmp_path_factory.mktemp("site") / "site.db"
    qala("ingest", "--input", str(DATA / "articles_small.jsonl"), "--db", str(db), "--silent", check=True)
    with serving(db) as url:
        yield url, db
