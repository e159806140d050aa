"""Throughput of `qala extract`, JSON Lines in and out, as the issue measures it.

    taskset -c 0 python benchmarks/extract_throughput.py ../shared/corpus/bulk.jsonl [--limit N]

Runs the real command in a child process (reading and writing JSON Lines included) and prints
articles per second, and the cost of one long article against a short one (linearity check). It times
the Qala installed for the Python that runs it, so two installs can be compared side by side.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run_extract(src: Path, out: Path) -> float:
    """Seconds of the installed ``qala extract`` (run from the output's folder: the checkout's own ``qala/``
    folder, where the extractor is mapped in by the package's configuration, must not shadow the
    installed package)."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "qala", "extract", "--input", str(src), "--output", str(out)],
                   cwd=out.parent, check=True)
    return time.perf_counter() - started


def linearity(sample_text: str) -> tuple[float, float]:
    """Seconds for a ~2 KB article and a ~2 MB one made of the same paragraphs."""
    from qala.extractor.extract import extract

    small = (sample_text * (2000 // max(1, len(sample_text)) + 1))[:2000]
    large = small * 1000
    extract(small)  # warm the caches
    t0 = time.perf_counter()
    for _ in range(20):
        extract(small)
    t_small = (time.perf_counter() - t0) / 20
    t0 = time.perf_counter()
    extract(large)
    return t_small, time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = args.corpus
        lines = src.read_text(encoding="utf-8").splitlines()
        if args.limit:
            lines = lines[: args.limit]
            src = Path(tmp) / "input.jsonl"
            src.write_text("\n".join(lines) + "\n", encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        seconds = run_extract(src, out)
        statements = sum(1 for _ in out.open(encoding="utf-8"))
    n = len(lines)
    print(f"{n} articles, {statements} statements in {seconds:.1f} s: {n / seconds:.0f} articles/s")
    t_small, t_large = linearity(json.loads(lines[0])["text"])
    print(f"2 KB article: {t_small * 1000:.2f} ms; 2 MB article: {t_large:.2f} s "
          f"({t_large / t_small:.0f}x the 2 KB one; linear would be 1000x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
