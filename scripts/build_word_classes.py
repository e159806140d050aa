"""Build extractor/data/word_classes.tsv from a corpus of unlabelled Arabic news articles.

    python scripts/build_word_classes.py ../shared/corpus/bulk.jsonl -o extractor/data/word_classes.tsv

Two classes of words, each read off how the words are used across the corpus (no article's text is
kept, only the words and their class):

- ``noun``: a common noun or adjective, told by the article: the word takes ال (or بال، لل، …) in at
  least MIN_DEFINITE of its occurrences and in at least DEFINITE_SHARE of them. Given names are often
  such words too (سعيد، كريم، نور), so the extractor never reads a bare ``noun`` as "not a name"; it
  uses the class only to recognise forms a name does not take: an indefinite accusative (تحديثا،
  اجتماعا), a preposition on a common word (بقوة، بوقفة), a noun with an attached pronoun (بقائه،
  زيارته).
- ``verb``: a word that follows قد، لم، لن، ثم، سوف … in at least MIN_VERB of its occurrences and
  VERB_SHARE of them, rarely takes the article (its noun of action may: التحدث beside تحدث), is no
  noun with it (ثم الرسالة) and no given name of extractor/data/given_names.tsv (أشرف): a verb form
  (انتقدت، تكهن، زار). The extractor
  uses it to find the subjects of verbs that are not cues (وانتقدت فلانة الحكم قائلة …).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections import Counter
from pathlib import Path

from qala.extractor.lexicon import load
from qala.extractor.normalize import fold, words

MIN_DEFINITE = 5
DEFINITE_SHARE = 0.2
MIN_VERB = 2
VERB_SHARE = 0.015
VERB_DEFINITE_SHARE = 0.15  # a verb's own noun of action may take the article now and then (التحدث beside تحدث)
MIN_LETTERS = 3
BARE_STEM_SHARE = 0.3
MIN_NISBA_STEM = 4  # letters after ال of a word ending ي or ين that is a family name or adjective, no verb
VERB_MARKERS = frozenset(fold(w) for w in "قد لقد وقد فقد لم ولم فلم لن ولن فلن ثم سوف وسوف لما".split())


def split_clitics(word: str) -> tuple[str | None, bool]:
    """(the word without و/ف and a preposition, whether it carried the article). None for لل + a word,
    which may be ل + الوزير (للوزير) or ل + اللائحة (للائحة): which, its letters do not say."""
    if len(word) > MIN_LETTERS and word[0] in "وف":
        word = word[1:]
    if word.startswith("لل"):
        return None, True
    if word[:1] in "بك" and word[1:3] == "ال" and len(word) > MIN_LETTERS + 2:
        return word[3:], True
    if word.startswith("ال") and len(word) > MIN_LETTERS + 1:
        return word[2:], True
    return word, False


def count(lines) -> tuple[Counter, Counter, Counter, Counter]:
    definite, bare, after_marker, seen = Counter(), Counter(), Counter(), Counter()
    for line in lines:
        if not line.strip():
            continue
        previous = ""
        for word in words(json.loads(line).get("text") or ""):
            if not word.isalpha():
                previous = ""
                continue
            stem, with_article = split_clitics(word)
            if stem is not None:
                (definite if with_article else bare)[stem] += 1
            plain = word[1:] if len(word) > MIN_LETTERS and word[0] in "وف" else word
            seen[plain] += 1
            if previous in VERB_MARKERS:
                after_marker[plain] += 1
            previous = word
    return definite, bare, after_marker, seen


def classes(definite: Counter, bare: Counter, after_marker: Counter, seen: Counter,
            names: frozenset[str] = frozenset()) -> dict[str, str]:
    """The nouns, then the verbs among the other words, none of them one of the given ``names`` (أشرف)."""
    found = {w: "noun" for w, n in definite.items()
             if len(w) >= MIN_LETTERS and n >= MIN_DEFINITE and n / (n + bare[w]) >= DEFINITE_SHARE}
    for w, n in after_marker.items():
        # (a folded ه may be a noun's ة: نشره is also نشرة, which takes the article; there, never)
        share = 0 if w.endswith("ه") else VERB_DEFINITE_SHARE
        if w not in found and w not in names and definite[w] <= share * (definite[w] + bare[w]) \
                and len(w) >= MIN_LETTERS and n >= MIN_VERB \
                and n / seen[w] >= VERB_SHARE and not _definite_noun(w, definite, bare, seen):
            found[w] = "verb"
    return found


def _definite_noun(word: str, definite: Counter, bare: Counter, seen: Counter) -> bool:
    """Is a word that starts with ال a common noun with its article (ثم الرسالة), not a verb of a root
    with ل (التقى، التحق، ألغيت)? A noun also takes ب or ك before its article (بالرسالة), or its bare
    stem is common (ثمار beside الثمار); a verb never does."""
    if not word.startswith("ال"):
        return False
    stem = word[2:]
    if len(stem) >= MIN_NISBA_STEM and stem.endswith(("ي", "ين")):
        return True  # العبيدي، البابطين: a family name after ثم in a list (no verb of a root with ل ends so)
    return definite[stem] > seen[word] or bare[stem] > BARE_STEM_SHARE * seen[word]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="JSON Lines articles with a 'text' field")
    ap.add_argument("-o", "--output", type=Path, help="write here once the corpus is read; default: standard "
                    "output")
    args = ap.parse_args(argv)
    with args.corpus.open(encoding="utf-8") as lines:
        found = classes(*count(lines), names=load().given_names)
    out = io.StringIO()
    out.write("# Word classes read off a corpus of unlabelled news articles by scripts/build_word_classes.py\n"
              "# (see its docstring for what each class means and how it is used). Folded forms.\n"
              "word\tclass\n")
    for word in sorted(found):
        out.write(f"{word}\t{found[word]}\n")
    if args.output is None:
        sys.stdout.write(out.getvalue())
    else:
        args.output.write_text(out.getvalue(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
