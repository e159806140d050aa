"""The scripts that build the extractor's word lists from unlabelled articles (scripts/build_*.py)."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # (a dataclass looks its module up there)
    spec.loader.exec_module(module)
    return module


def test_a_word_with_and_or_the_future_before_a_common_word_is_no_given_name():
    builder = _script("build_given_names")
    named = Counter({"وليد": 10, "واستنكر": 10, "سيوفر": 8, "سيرغي": 9})
    seen = Counter({"وليد": 20, "ليد": 1, "واستنكر": 40, "استنكر": 300, "سيوفر": 30, "يوفر": 90,
                    "سيرغي": 20, "يرغي": 0})
    found = builder.given_names(builder.Counts(named=named, seen=seen), known=frozenset())
    assert found == ["سيرغي", "وليد"]


def test_what_the_corpus_writes_as_another_kind_of_word_is_no_given_name():
    builder = _script("build_given_names")
    candidates = ["بتونس", "بشير", "اطفاله", "جوزيه", "نيروبي", "خالد", "تستنكر", "استعراضا", "حيث", "CNN"]
    named = Counter(dict.fromkeys(candidates, 10))
    seen = Counter({"بتونس": 40, "تونس": 900, "بشير": 40, "شير": 2, "اطفاله": 40, "اطفالها": 30, "جوزيه": 40,
                    "نيروبي": 40, "خالد": 40, "تستنكر": 40, "استعراضا": 40, "حيث": 40, "CNN": 40})
    counts = builder.Counts(named=named, seen=seen,
                            definite=Counter({"استعراض": 60}),  # الاستعراض
                            after_preposition=Counter({"نيروبي": 20, "خالد": 2}),  # في نيروبي
                            after_particle=Counter({"تستنكر": 4}))  # لم تستنكر
    known = frozenset({"اطفال", "جوز"})  # common nouns (جوز, the stem of a name read as جوز + ه)
    found = builder.given_names(counts, known=known, function_word=lambda word: word == "حيث")
    assert found == ["بشير", "جوزيه", "خالد"]


def test_the_list_goes_to_the_file_named_by_output(tmp_path):
    builder = _script("build_given_names")
    corpus = tmp_path / "corpus.jsonl"
    text = " ".join(["قال الرئيس فلاديمير بوتين إن"] * 5)
    corpus.write_text(json.dumps({"text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "given_names.tsv"
    out.write_text("stale\n", encoding="utf-8")
    assert builder.main([str(corpus), "-o", str(out)]) == 0
    lines = out.read_text(encoding="utf-8").splitlines()
    names = lines[3:]
    assert lines[2] == "word" and "stale" not in lines
    # the name read off the corpus, and the common names it misses (folded: إبراهيم → ابراهيم), once each
    assert "فلاديمير" in names and "ابراهيم" in names and "بوتين" not in names
    assert names == sorted(set(names)) and len(names) == len(builder.COMMON_GIVEN_NAMES) + 1


def test_a_verb_may_have_its_noun_of_action_with_the_article_now_and_then_but_is_no_given_name():
    builder = _script("build_word_classes")
    after = Counter({"تحدث": 85, "اشرف": 30, "نشره": 20, "نقاش": 9})
    seen = Counter({"تحدث": 882, "اشرف": 300, "نشره": 200, "نقاش": 100})
    bare = Counter({"تحدث": 882, "اشرف": 300, "نشره": 200, "نقاش": 100})
    # التحدث beside تحدث; النشرة (folded النشره) beside نشره; النقاش as often as نقاش
    definite = Counter({"تحدث": 106, "نشره": 5, "نقاش": 100})
    found = builder.classes(definite, bare, after, seen, names=frozenset({"اشرف"}))
    assert found.get("تحدث") == "verb"
    assert "اشرف" not in found  # a given name
    assert "نشره" not in found  # its ه may be a noun's ة that takes the article
    assert found.get("نقاش") == "noun"


def test_a_family_name_after_then_in_a_list_is_no_verb():
    builder = _script("build_word_classes")
    # ثم العبيدي (a list of names), ثم التقى (a verb of a root with ل): both after a marker, rarely with ب/ك
    after = Counter({"العبيدي": 6, "التقي": 40})
    seen = Counter({"العبيدي": 60, "التقي": 400})
    found = builder.classes(Counter(), Counter(), after, seen)
    assert "العبيدي" not in found
    assert found.get("التقي") == "verb"
