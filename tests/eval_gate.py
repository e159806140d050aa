"""The accuracy gate: the extractor's figures on the dev gold set may only go up.

    python tests/eval_gate.py            # check against the floors in tests/eval_baseline.json
    python tests/eval_gate.py --update   # raise the floors to today's figures
    python tests/eval_gate.py --update --allow-regression   # lower them (say why in the commit)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "eval_baseline.json"
GOLD = HERE / "data" / "eval" / "dev.jsonl"
ARTICLES = HERE / "data" / "eval" / "dev_articles.jsonl"
FIGURES = ("f1", "speaker_accuracy", "end_to_end_f1")  # precision and recall may trade off
SLACK = 1e-4


def measure() -> dict[str, dict[str, float]]:
    sys.path.insert(0, str(HERE.parent))
    from qala.extractor import evaluate as ev

    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    report = ev.evaluate(gold, ev.predict(articles))
    return {track: {k: r[k] for k in FIGURES} for track, r in report.tracks.items()}


def regressions(now: dict, floors: dict) -> list[str]:
    return [f"{track} {key}: {now[track][key]:.4f} < floor {floor:.4f}"
            for track, keys in floors.items() for key, floor in keys.items()
            if key in now[track] and now[track][key] + SLACK < floor]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--update", action="store_true", help="write today's figures as the new floors")
    ap.add_argument("--allow-regression", action="store_true", help="with --update: allow lower floors")
    args = ap.parse_args(argv)
    now = measure()
    floors = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    failed = regressions(now, floors)
    print(json.dumps(now, indent=2))
    if args.update:
        if failed and not args.allow_regression:
            print("refusing to lower floors:\n  " + "\n  ".join(failed), file=sys.stderr)
            return 1
        BASELINE.write_text(json.dumps(now, indent=2) + "\n")
        return 0
    if failed:
        print("accuracy fell:\n  " + "\n  ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
