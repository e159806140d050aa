# Vendored, unchanged below this header, from the project's shared/eval/score.py (the referee), so that
# `qala evaluate` and the accuracy gate run on a fresh clone. tests/extractor/test_gate.py checks it
# still matches shared/eval/score.py whenever ../shared is present.
#!/usr/bin/env python3
"""Score extracted statements against a gold set (see GUIDELINES.md).

    score.py --gold GOLD.jsonl --pred PRED.jsonl [--json] [--errors N]

PRED is JSON Lines, one statement a line: {"article_id", "text", "speaker", "type"}; other
fields are ignored. Only articles present in GOLD are scored. A prediction matches a gold
statement when their normalised token F1 is at least 0.5 (each used once, best pairs first).

Tracks:
  all     every gold statement against every prediction, whatever its type
  quoted  gold direct+mixed against predictions typed direct or mixed
For each: precision, recall, F1 of statements; speaker accuracy on matched pairs; and
end-to-end F1, where a true positive also needs the right speaker.
Stdlib only, so that anyone can run it.
"""
import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict

MATCH_AT = 0.5
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
                      **{chr(0x0660 + i): str(i) for i in range(10)},
                      **{chr(0x06F0 + i): str(i) for i in range(10)}})
# what may stand before a word: a conjunction, a preposition, the article, or none
CLITICS = ("", "ال", "وبال", "وال", "فال", "بال", "كال", "لل", "ول", "وب", "فل", "فب", "و", "ف", "ب", "ل", "ك")


def tokens(text):
    text = unicodedata.normalize("NFKC", text or "")
    text = DIACRITICS.sub("", text).translate(FOLD)
    return [t for t in re.split(r"[^\w]+", text) if t]


def token_f1(a, b):
    if not a or not b:
        return 0.0
    counts = defaultdict(int)
    for t in a:
        counts[t] += 1
    common = 0
    for t in b:
        if counts[t] > 0:
            counts[t] -= 1
            common += 1
    if not common:
        return 0.0
    p, r = common / len(b), common / len(a)
    return 2 * p * r / (p + r)


def same_word(core, said):
    """Does the word `said` hold the word `core`, give or take clitics and the article ال?"""
    bare = core[2:] if core.startswith("ال") and len(core) > 4 else core
    return any(said == c + core or said == c + bare for c in CLITICS)


def speaker_right(gold, predicted):
    core = tokens(gold.get("speaker_core") or gold.get("speaker"))
    said = tokens(predicted)
    if not core or not said or len(said) > len(tokens(gold.get("speaker"))) + 6:
        return False
    return all(any(same_word(c, s) for s in said) for c in core)


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def match(golds, preds):
    """Greedy one-to-one pairs of (gold index, pred index), best token F1 first."""
    scored = sorted(((token_f1(tokens(g["text"]), tokens(p.get("text"))), gi, pi)
                     for gi, g in enumerate(golds) for pi, p in enumerate(preds)), reverse=True)
    used_g, used_p, pairs = set(), set(), []
    for f1, gi, pi in scored:
        if f1 < MATCH_AT:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi, f1))
    return pairs


def ratio(a, b):
    return a / b if b else 0.0


def f1(p, r):
    return 2 * p * r / (p + r) if p + r else 0.0


def score(gold_rows, pred_rows, track):
    keep_gold = (lambda q: True) if track == "all" else (lambda q: q.get("type") in ("direct", "mixed"))
    keep_pred = (lambda q: True) if track == "all" else (lambda q: q.get("type") in ("direct", "mixed"))
    by_article = defaultdict(list)
    for p in pred_rows:
        if keep_pred(p):
            by_article[str(p.get("article_id"))].append(p)
    tp = fp = fn = right = 0
    errors = []
    for article in gold_rows:
        aid = str(article["id"])
        golds = [q for q in article.get("quotes", []) if keep_gold(q)]
        preds = by_article.get(aid, [])
        pairs = match(golds, preds)
        matched_g = {gi for gi, _, _ in pairs}
        matched_p = {pi for _, pi, _ in pairs}
        for gi, pi, _ in pairs:
            if golds[gi].get("optional"):
                continue
            tp += 1
            if speaker_right(golds[gi], preds[pi].get("speaker")):
                right += 1
            else:
                errors.append(("speaker", aid, golds[gi], preds[pi]))
        for gi, g in enumerate(golds):
            if gi not in matched_g and not g.get("optional"):
                fn += 1
                errors.append(("missed", aid, g, None))
        for pi, p in enumerate(preds):
            if pi not in matched_p:
                fp += 1
                errors.append(("spurious", aid, None, p))
    precision, recall = ratio(tp, tp + fp), ratio(tp, tp + fn)
    e2e_p, e2e_r = ratio(right, tp + fp), ratio(right, tp + fn)
    return {"track": track, "gold": tp + fn, "predicted": tp + fp, "matched": tp,
            "precision": round(precision, 4), "recall": round(recall, 4),
            "f1": round(f1(precision, recall), 4),
            "speaker_accuracy": round(ratio(right, tp), 4),
            "end_to_end_f1": round(f1(e2e_p, e2e_r), 4)}, errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="show N errors of each kind")
    args = ap.parse_args(argv)
    gold, pred = load(args.gold), load(args.pred)
    results, shown = {}, []
    for track in ("all", "quoted"):
        results[track], errors = score(gold, pred, track)
        if track == "all":
            shown = errors
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        for r in results.values():
            print(f"{r['track']:7} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
                  f"speaker={r['speaker_accuracy']:.3f} end-to-end F1={r['end_to_end_f1']:.3f} "
                  f"(gold {r['gold']}, predicted {r['predicted']})")
    if args.errors:
        for kind in ("missed", "spurious", "speaker"):
            picked = [e for e in shown if e[0] == kind][: args.errors]
            for _, aid, g, p in picked:
                print(f"\n[{kind}] {aid}", file=sys.stderr)
                if g:
                    print(f"  gold: {g.get('speaker')} | {g['text'][:160]}", file=sys.stderr)
                if p:
                    print(f"  pred: {p.get('speaker')} | {str(p.get('text'))[:160]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
