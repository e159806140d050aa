"""The accuracy gate: the extractor's figures on the gold sets may only go up.

    python tests/eval_gate.py            # check against the floors in tests/eval_baseline.json
    python tests/eval_gate.py --update   # raise the floors to today's figures
    python tests/eval_gate.py --update --allow-regression   # lower them (say why in the commit)

Two sets: ``dev`` (a copy in tests/data/eval, tuned on) and ``validation`` (read from ../shared/gold
where it is present, never copied into the repository: its figures are a check that a change
generalises, not something to tune on).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BASELINE = HERE / "eval_baseline.json"
SHARED_GOLD = HERE.parent.parent / "shared" / "gold"
SETS = {
    "dev": (HERE / "data" / "eval" / "dev.jsonl", HERE / "data" / "eval" / "dev_articles.jsonl"),
    "validation": (SHARED_GOLD / "validation.jsonl", SHARED_GOLD / "validation_articles.jsonl"),
}
FIGURES = ("f1", "speaker_accuracy", "end_to_end_f1")  # precision and recall may trade off
SLACK = 1e-4


def available() -> list[str]:
    return [name for name, (gold, articles) in SETS.items() if gold.exists() and articles.exists()]


def measure(name: str = "dev") -> dict[str, dict[str, float]]:
    from qala.extractor import evaluate as ev

    gold_path, articles_path = SETS[name]
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [json.loads(line) for line in articles_path.read_text(encoding="utf-8").splitlines() if line.strip()]
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
    floors = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    now = {name: measure(name) for name in available()}
    failed = [f"{name} {line}" for name in now for line in regressions(now[name], floors.get(name, {}))]
    print(json.dumps(now, indent=2))
    if args.update:
        if failed and not args.allow_regression:
            print("refusing to lower floors:\n  " + "\n  ".join(failed), file=sys.stderr)
            return 1
        BASELINE.write_text(json.dumps({**floors, **now}, indent=2) + "\n")
        return 0
    if failed:
        print("accuracy fell:\n  " + "\n  ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
