"""Build extractor/data/given_names.tsv from a corpus of unlabelled Arabic news articles.

    python scripts/build_given_names.py ../shared/corpus/bulk.jsonl -o extractor/data/given_names.tsv

A given name is read off where news writing puts it: right after a title (الرئيس، الوزير، الدكتور،
السيد …, the ``title`` words of extractor/data/speaker_words.tsv) or an adjective of origin
(الأمريكي) and right before another plain word (the family name): الوزير محمد علي، الرئيس الروسي
فلاديمير بوتين. A word counts when it stands there in at least MIN_NAMED of its occurrences and in
at least NAMED_SHARE of them, rarely takes the article (a common noun or adjective does: الوزير
الجديد), is no verb form of word_classes.tsv and no other word with و or the future's س first
(واستنكر، سيوفر: the bare word is written at least as often). Only the words are kept.

What else stands between a title and a word is kept out by how the corpus writes it elsewhere: a word
with ب/ل/ك/ف first whose bare rest is written at least as often (بتونس، لترامب، فربما); a common noun with
its owner's pronoun, written with another owner too (اطفاله beside اطفالها); a place, written after في،
إلى، من، عن or على in a fifth of its occurrences or more (نيروبي، انكلترا); a verb, after لم، لن، لا، قد
or سوف in one in twenty (تستنكر); a noun of action with the accusative's ا, the bare noun written with
the article at least as often (استعراضا beside الاستعراض); a function word or a cue's form of the
extractor's lexicon (حيث، منوها) or a verb by its shape (يتفكر); a word in other letters than Arabic (CNN، email).

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
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from qala.extractor.lexicon import Lexicon, cue_of, load
from qala.extractor.normalize import ATTACHED_PRONOUNS, fold, owned_stems, words
from qala.extractor.phrases import is_verb_shape

MIN_NAMED = 4
NAMED_SHARE = 0.1
MAX_DEFINITE_SHARE = 0.1
CLITICS = "وفبلك"  # a word with one of these first is a form of another word (وخالد، لفلسطين)
# و "and", the future's س before a present verb, and the prepositions and ف written on a word
PREFIXES = ("و", "سي", "ست", "سن", "ب", "ل", "ك", "ف")
MIN_BARE_SHARE = 1.0  # a prefixed word whose bare rest is written this often, relative to it, is that word
MIN_LETTERS = 3
PREPOSITIONS = frozenset(map(fold, ("في", "إلى", "من", "عن", "على")))  # (folded: على as علي)
MAX_AFTER_PREPOSITION_SHARE = 0.2  # a word this often after one of them is a place or a common noun
VERB_PARTICLES = frozenset(map(fold, ("لم", "لن", "لا", "قد", "سوف")))
MAX_AFTER_PARTICLE_SHARE = 0.05  # a word this often after one of them is a verb
ARABIC_LETTERS = ("\u0621", "\u064a")
COMMON_GIVEN_NAMES = """
حسن حسين مصطفى إبراهيم يوسف سعد سعود فهد سلمان ناصر منصور عماد ياسر هاني رامي زياد طلال حسام عصام جمال
كمال صالح صلاح بلال بكر جعفر زكريا زهير شادي شوقي صبري صابر طه عاطف عاصم عثمان عمار عمرو عوض فادي فراس
فوزي لؤي مازن معاذ منير نزار وسيم يحيى يونس إدريس آدم إلياس ثامر جلال داود راشد رفيق رمضان زكي سالم سهيل
شاكر شكري صفوت ضياء عبدالعزيز عرفات عزت عفيف غازي فتحي قيس لطفي مجدي مدحت مصباح نبيه هيثم وجدي ياسين
عمر سعيد فيصل سلطان وليد سامي رشيد مجيد حميد عزيز كريم فؤاد رضا أنس أيمن حازم رائد ربيع رياض شريف فارس
قاسم مالك مأمون مراد مهدي موسى نادر نصر نضال نعيم هادي توفيق جميل حافظ حبيب خليل صادق فريد فهمي كامل محسن
مختار مفيد منذر وحيد منجي سليم معز شفيق ناجي محرز بشير جابر ماهر باسم ساجد
فاطمة زينب خديجة سارة منى سعاد نادية سميرة رانيا رنا دينا ريم لينا لمى نجلاء نوال رشا شيماء ليلى هدى أمل
إيمان سلمى هند جميلة حنان سهام وفاء أسماء آمنة بشرى عبير سهير إيناس نجوى منية هالة رحاب مروة أميرة ياسمين
نسرين ألفة سلوى نزيهة راضية بثينة سناء فريدة لطيفة
""".split()


@dataclass
class Counts:
    """How often each folded word is written, and where."""

    named: Counter = field(default_factory=Counter)  # right after a title or an adjective of origin
    seen: Counter = field(default_factory=Counter)
    definite: Counter = field(default_factory=Counter)  # with the article, counted for the bare word
    after_preposition: Counter = field(default_factory=Counter)
    after_particle: Counter = field(default_factory=Counter)


def count(lines: Iterable[str], titles: frozenset[str]) -> Counts:
    counts = Counts()
    for line in lines:
        if not line.strip():
            continue
        text = [fold(w) for w in words(json.loads(line).get("text") or "")]
        for n, word in enumerate(text):
            if not word.isalpha():
                continue
            counts.seen[word] += 1
            if word.startswith("ال") and len(word) > MIN_LETTERS + 1:
                counts.definite[word[2:]] += 1
            before = text[n - 1] if n else ""
            after = text[n + 1] if n + 1 < len(text) else ""
            if before in PREPOSITIONS:
                counts.after_preposition[word] += 1
            elif before in VERB_PARTICLES:
                counts.after_particle[word] += 1
            if (before in titles or before.removeprefix("ال") in titles or _nisba(before)) \
                    and after.isalpha() and not after.startswith("ال"):
                counts.named[word] += 1
    return counts


def _nisba(word: str) -> bool:
    """A definite adjective of origin (الأمريكي، الروسية), which stands between a title and a name."""
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) > MIN_LETTERS + 3


def given_names(counts: Counts, known: frozenset[str],
                function_word: Callable[[str], bool] = lambda word: False) -> list[str]:
    """The words named often enough, without the article, and no common noun or verb form of
    word_classes.tsv (``known``), nor such a word with a clitic or an accusative ending (تصعيدا), nor
    what the corpus writes as another kind of word (see the module's docstring), nor a
    ``function_word``."""
    seen, definite = counts.seen, counts.definite
    found = {w for w, n in counts.named.items()
             if _arabic(w) and len(w) >= MIN_LETTERS and not w.startswith(("ال", "لل")) and n >= MIN_NAMED
             and n / seen[w] >= NAMED_SHARE
             and definite[w] / seen[w] < MAX_DEFINITE_SHARE and w not in known}
    return sorted(w for w in found
                  if not (w[:1] in CLITICS and (w[1:] in known or w[1:] in found or w[1:3] == "ال"))
                  and not (w.endswith("ا") and w[:-1] in known) and not _prefixed(w, seen)
                  and not _written_as_other_word(w, counts, known) and not function_word(w))


def _arabic(word: str) -> bool:
    return all(ARABIC_LETTERS[0] <= ch <= ARABIC_LETTERS[1] for ch in word)


def _prefixed(word: str, seen: Counter) -> bool:
    """Is the word another one with و, ف, ب, ل, ك or the future's س first, the bare word written at least
    as often (واستنكر، سيوفر، بتونس، لترامب; not وليد، وائل، سيرغي, whose bare rest is rarely a word)?"""
    rest = word[1:] if word.startswith(PREFIXES) else ""  # (سي، ست، سن: the future's س on a present verb)
    return bool(rest) and seen[rest] >= MIN_BARE_SHARE * seen[word]


def _written_as_other_word(word: str, counts: Counts, known: frozenset[str]) -> bool:
    """Does the corpus write the word as a place, a verb, a noun with its owner's pronoun or a noun of
    action in the accusative?"""
    seen = counts.seen[word]
    if counts.after_preposition[word] >= MAX_AFTER_PREPOSITION_SHARE * seen \
            or counts.after_particle[word] >= MAX_AFTER_PARTICLE_SHARE * seen:
        return True  # (في نيروبي؛ لم تستنكر)
    if word.endswith("ا") and counts.definite[word[:-1]] >= seen:
        return True  # استعراضا, as often الاستعراض
    owner = next((p for p in ATTACHED_PRONOUNS if word.endswith(p)), "")
    stem = word[:-len(owner)] if owner else ""
    return any(s in known for s in owned_stems(word, word)) \
        and any(counts.seen[stem + other] for other in ATTACHED_PRONOUNS if other != owner)  # اطفاله، اطفالها


def is_function_word(lex: Lexicon, word: str) -> bool:
    """A word of one of the lexicon's grammar roles, a stop word, a cue's form or a verb by its shape (حيث،
    بما، منوها، يتفكر)."""
    return any(word in words_of_role for words_of_role in lex.grammar.values()) \
        or lex.kind_of(word) == "stop" or cue_of(lex, word)[0] is not None or is_verb_shape(lex, word)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", type=Path, help="JSON Lines articles with a 'text' field")
    ap.add_argument("-o", "--output", type=Path, help="write here once the corpus is read (the extractor's "
                    "lexicon, loaded to read it, may be this very file); default: standard output")
    args = ap.parse_args(argv)
    lex = load()
    with args.corpus.open(encoding="utf-8") as lines:
        found = given_names(count(lines, frozenset(lex.titles)), known=lex.common_nouns | lex.verb_forms,
                            function_word=lambda word: is_function_word(lex, word))
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
