"""Accuracy against a gold set, as the referee scores it, broken down by rule and by type."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import referee
from .extract import extract
from .models import Statement

Extractor = Callable[[str], list[Statement]]


@dataclass
class Report:
    tracks: dict[str, dict] = field(default_factory=dict)
    # rule -> counts of predictions: matched (non-optional gold), right speaker, spurious, optional
    by_rule: dict[str, Counter] = field(default_factory=dict)
    # gold type -> counts: found, missed, right speaker
    by_type: dict[str, Counter] = field(default_factory=dict)
    errors: list[tuple] = field(default_factory=list)


def predict(articles: Iterable[dict], extractor: Extractor = extract) -> list[dict]:
    return [st.to_dict(str(a["id"])) for a in articles for st in extractor(a.get("text") or "")]


def evaluate(gold: list[dict], predictions: list[dict]) -> Report:
    report = Report()
    for track in ("all", "quoted"):
        report.tracks[track], errors = referee.score(gold, predictions, track)
        if track == "all":
            report.errors = errors
    by_article: dict[str, list[dict]] = {}
    for p in predictions:
        by_article.setdefault(str(p.get("article_id")), []).append(p)
    for article in gold:
        golds = article.get("quotes", [])
        preds = by_article.get(str(article["id"]), [])
        pairs = referee.match(golds, preds)
        matched_g = {gi for gi, _, _ in pairs}
        matched_p = {pi for _, pi, _ in pairs}
        for gi, pi, _ in pairs:
            g, p = golds[gi], preds[pi]
            rule = report.by_rule.setdefault(p.get("rule", "?"), Counter())
            if g.get("optional"):
                rule["optional"] += 1
                continue
            right = referee.speaker_right(g, p.get("speaker"))
            rule["matched"] += 1
            rule["speaker_right"] += right
            kind = report.by_type.setdefault(g["type"], Counter())
            kind["found"] += 1
            kind["speaker_right"] += right
        for pi, p in enumerate(preds):
            if pi not in matched_p:
                report.by_rule.setdefault(p.get("rule", "?"), Counter())["spurious"] += 1
        for gi, g in enumerate(golds):
            if gi not in matched_g and not g.get("optional"):
                report.by_type.setdefault(g["type"], Counter())["missed"] += 1
    return report


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def format_report(report: Report) -> str:
    lines = []
    for r in report.tracks.values():
        lines.append(f"{r['track']:7} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
                     f"speaker={r['speaker_accuracy']:.3f} end-to-end F1={r['end_to_end_f1']:.3f} "
                     f"(gold {r['gold']}, predicted {r['predicted']})")
    width = max([20, *map(len, report.by_rule)])
    lines += ["", f"{'rule':{width}} {'predicted':>9} {'matched':>8} {'spurious':>8} {'optional':>8} "
                  f"{'precision':>9} {'speaker':>8}"]
    for rule, c in sorted(report.by_rule.items(), key=lambda kv: -sum(kv[1].values())):
        scored = c["matched"] + c["spurious"]
        lines.append(f"{rule:{width}} {scored + c['optional']:9d} {c['matched']:8d} {c['spurious']:8d} "
                     f"{c['optional']:8d} {_ratio(c['matched'], scored):9.3f} "
                     f"{_ratio(c['speaker_right'], c['matched']):8.3f}")
    lines += ["", f"{'gold type':{width}} {'gold':>9} {'found':>8} {'missed':>8} {'recall':>9} {'speaker':>8}"]
    for kind, c in sorted(report.by_type.items()):
        total = c["found"] + c["missed"]
        lines.append(f"{kind:{width}} {total:9d} {c['found']:8d} {c['missed']:8d} {_ratio(c['found'], total):9.3f} "
                     f"{_ratio(c['speaker_right'], c['found']):8.3f}")
    return "\n".join(lines)


def format_errors(report: Report, n: int) -> str:
    out = []
    for kind in ("missed", "spurious", "speaker"):
        for _, aid, g, p in [e for e in report.errors if e[0] == kind][:n]:
            out.append(f"[{kind}] {aid}")
            if g:
                out.append(f"  gold: {g.get('speaker')} | {g['text'][:160]}")
            if p:
                out.append(f"  pred: {p.get('speaker')} | {str(p.get('text'))[:160]} ({p.get('rule')})")
    return "\n".join(out)
