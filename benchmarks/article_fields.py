"""How close Qala's article extraction gets, field by field, on the real saved pages that come
with an expected result from another project's test suite (../shared/corpus/html/index.jsonl).

    python benchmarks/article_fields.py ../shared/corpus/html

For each page: title (exact), date (the expected day), and text as token F1 against the
expected body, plus whether the snippets the expected data lists as inside or outside the
main text are where they should be.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qala.crawler import article  # noqa: E402
from qala.crawler.dates import iso_date  # noqa: E402
from qala.extractor.normalize import words  # noqa: E402


def token_f1(expected: str, found: str) -> float:
    a, b = Counter(words(expected)), Counter(words(found))
    common = sum((a & b).values())
    if not common:
        return 0.0
    p, r = common / sum(b.values()), common / sum(a.values())
    return 2 * p * r / (p + r)


def expectations(folder: Path, entry: dict) -> dict:
    """Title, day, body text and snippets from whichever expected file the page has."""
    out: dict = {}
    if entry.get("expected_date"):
        out["date"] = entry["expected_date"]
    if entry.get("expected_text"):
        out["text"] = (folder / entry["expected_text"]).read_text(encoding="utf-8")
    meta = entry.get("expected_meta")
    if meta:
        data = json.loads((folder / meta).read_text(encoding="utf-8"))
        if "title" in data:  # newspaper4k
            out["title"] = data["title"]
        elif "V1" in data:  # fundus
            v1 = data["V1"] if isinstance(data["V1"], dict) else ast.literal_eval(data["V1"])
            out["title"] = v1.get("title")
            body = v1.get("body", {})
            out["text"] = "\n".join(p for s in body.get("sections", []) for p in s.get("paragraphs", []))
            if v1.get("publishing_date"):
                out["date"] = str(v1["publishing_date"])[:10]
        elif "expected" in data:  # goose3
            expected = ast.literal_eval(data["expected"]) if isinstance(data["expected"], str) else data["expected"]
            out["title"] = expected.get("title")
        else:  # trafilatura's evaluation data: snippets with / without
            case = next(iter(data.values()))
            case = ast.literal_eval(case) if isinstance(case, str) else case
            out["title"] = case.get("title") or None
            out["with"], out["without"] = case.get("with", []), case.get("without", [])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    args = ap.parse_args()
    rows = []
    for line in (args.folder / "index.jsonl").read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        want = expectations(args.folder, entry)
        html = (args.folder / entry["file"]).read_bytes().decode("utf-8", "replace")
        try:
            got = article.parse(html, entry["url"])
        except article.NotAnArticle as exc:
            rows.append((entry["file"], f"not an article: {exc.reason}"))
            continue
        parts = []
        if want.get("title"):
            parts.append(f"title {'ok' if (got.title or '').strip() == want['title'].strip() else 'DIFF'}")
        if want.get("date"):
            day = (iso_date(got.published) or "")[:10]
            parts.append(f"date {'ok' if day == want['date'] else 'DIFF ' + day}")
        if want.get("text"):
            parts.append(f"text F1 {token_f1(want['text'], got.text):.2f}")
        if want.get("with") or want.get("without"):
            inside = sum(s in got.text for s in want.get("with", []))
            outside = sum(s not in got.text for s in want.get("without", []))
            parts.append(f"snippets in {inside}/{len(want.get('with', []))}, "
                         f"out {outside}/{len(want.get('without', []))}")
        parts.append(f"author {got.author or '-'}")
        rows.append((entry["file"], "; ".join(parts)))
    for name, result in rows:
        print(f"{name:60} {result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
