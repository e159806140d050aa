"""Build extractor/data/given_names.tsv from a corpus of unlabelled Arabic news articles.

    python scripts/build_given_names.py ../shared/corpus/bulk.jsonl -o extractor/data/given_names.tsv

A given name is read off where news writing puts it: right after a title (الرئيس، الوزير، الدكتور،
السيد …, the ``title`` words of extractor/data/speaker_words.tsv) or an adjective of origin
(الأمريكي) and right before another plain word (the family name): الوزير محمد علي، الرئيس الروسي
فلاديمير بوتين. A word counts when it stands there in at least MIN_NAMED of its occurrences and in
at least NAMED_SHARE of them, rarely takes the article (a common noun or adjective does: الوزير
الجديد), is no verb form of word_classes.tsv and no other word with و or the future's س first
(واستنكر، سيوفر: the bare word is written at least as often). Only the words are kept.

Common Arabic given names the corpus reading misses are added from COMMON_GIVEN_NAMES: names news
writes more often as a father's or grandfather's name (محمد حسن إبراهيم) than right after a title, and
names that are also common words (سعيد، كريم، أمل), which the reading leaves out by design. (علي is not
among them: folded, it is the preposition على.)

The extractor uses the list where a family name alone was credited and the article gives the full
name somewhere without a cue (…، إيان ليدل غرانجي، …): the words before the family name are taken as
the rest of the name only when the first of them is a given name (not a verb: تعتزم إسرائيل).
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

MIN_NAMED = 4
NAMED_SHARE = 0.1
MAX_DEFINITE_SHARE = 0.1
CLITICS = "وفبلك"  # a word with one of these first is a form of another word (وخالد، لفلسطين)
PREFIXES = ("و", "سي", "ست", "سن")  # و "and", and the future's س before a present verb
MIN_BARE_SHARE = 1.0  # a prefixed word whose bare rest is written this often, relative to it, is that word
MIN_LETTERS = 3
COMMON_GIVEN_NAMES = """
حسن حسين مصطفى إبراهيم يوسف سعد سعود فهد سلمان ناصر منصور عماد ياسر هاني رامي زياد طلال حسام عصام جمال
كمال صالح صلاح بلال بكر جعفر زكريا زهير شادي شوقي صبري صابر طه عاطف عاصم عثمان عمار عمرو عوض فادي فراس
فوزي لؤي مازن معاذ منير نزار وسيم يحيى يونس إدريس آدم إلياس ثامر جلال داود راشد رفيق رمضان زكي سالم سهيل
شاكر شكري صفوت ضياء عبدالعزيز عرفات عزت عفيف غازي فتحي قيس لطفي مجدي مدحت مصباح نبيه هيثم وجدي ياسين
عمر سعيد فيصل سلطان وليد سامي رشيد مجيد حميد عزيز كريم فؤاد رضا أنس أيمن حازم رائد ربيع رياض شريف فارس
قاسم مالك مأمون مراد مهدي موسى نادر نصر نضال نعيم هادي توفيق جميل حافظ حبيب خليل صادق فريد فهمي كامل محسن
مختار مفيد منذر وحيد منجي سليم معز شفيق ناجي محرز بشير جابر ماهر
فاطمة زينب خديجة سارة منى سعاد نادية سميرة رانيا رنا دينا ريم لينا لمى نجلاء نوال رشا شيماء ليلى هدى أمل
إيمان سلمى هند جميلة حنان سهام وفاء أسماء آمنة بشرى عبير سهير إيناس نجوى منية هالة رحاب مروة أميرة ياسمين
نسرين ألفة سلوى نزيهة راضية بثينة سناء فريدة لطيفة
""".split()


def count(lines, titles: frozenset[str]) -> tuple[Counter, Counter, Counter]:
    named, seen, definite = Counter(), Counter(), Counter()
    for line in lines:
        if not line.strip():
            continue
        text = [fold(w) for w in words(json.loads(line).get("text") or "")]
        for n, word in enumerate(text):
            if not word.isalpha():
                continue
            seen[word] += 1
            if word.startswith("ال") and len(word) > MIN_LETTERS + 1:
                definite[word[2:]] += 1
            before = text[n - 1] if n else ""
            after = text[n + 1] if n + 1 < len(text) else ""
            if (before in titles or before.removeprefix("ال") in titles or _nisba(before)) \
                    and after.isalpha() and not after.startswith("ال"):
                named[word] += 1
    return named, seen, definite


def _nisba(word: str) -> bool:
    """A definite adjective of origin (الأمريكي، الروسية), which stands between a title and a name."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > MIN_LETTERS + 3


def given_names(named: Counter, seen: Counter, definite: Counter, known: frozenset[str]) -> list[str]:
    """The words named often enough, without the article, and no common noun or verb form of
    word_classes.tsv (``known``), nor such a word with a clitic or an accusative ending (تصعيدا)."""
    found = {w for w, n in named.items()
             if w.isalpha() and len(w) >= MIN_LETTERS and not w.startswith(("ال", "لل")) and n >= MIN_NAMED
             and n / seen[w] >= NAMED_SHARE
             and definite[w] / seen[w] < MAX_DEFINITE_SHARE and w not in known}
    return sorted(w for w in found
                  if not (w[:1] in CLITICS and (w[1:] in known or w[1:] in found or w[1:3] == "ال"))
                  and not (w.endswith("ا") and w[:-1] in known) and not _prefixed(w, seen))


def _prefixed(word: str, seen: Counter) -> bool:
    """Is the word another one with و or the future's س first, the bare word written at least as often
    (واستنكر، وتتابع، سيوفر; not وليد، وائل، سيرغي, whose bare rest is rarely a word)?"""
    return word.startswith(PREFIXES) and seen[word[1:]] >= MIN_BARE_SHARE * seen[word]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="JSON Lines articles with a 'text' field")
    ap.add_argument("-o", "--output", type=Path, help="write here once the corpus is read (the extractor's "
                    "lexicon, loaded to read it, may be this very file); default: standard output")
    args = ap.parse_args(argv)
    lex = load()
    with args.corpus.open(encoding="utf-8") as lines:
        found = given_names(*count(lines, frozenset(lex.titles)), known=lex.common_nouns | lex.verb_forms)
    found = sorted(set(found) | {fold(name) for name in COMMON_GIVEN_NAMES})
    out = io.StringIO()
    out.write("# Given names read off a corpus of unlabelled news articles, and common Arabic given names it\n"
              "# misses, by scripts/build_given_names.py (see its docstring for how and what for). Folded forms.\n"
              "word\n")
    for word in found:
        out.write(f"{word}\n")
    if args.output is None:
        sys.stdout.write(out.getvalue())
    else:
        args.output.write_text(out.getvalue(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
