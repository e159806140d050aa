"""Arabic normalisation for matching and searching.

The stored text and every offset stay the original's: these helpers only build keys to compare
and index. Folding follows the referee (``eval/score.py``): diacritics and tatweel removed,
alef/hamza forms to bare alef, ى to ي, ة to ه, ؤ to و, ئ to ي, Arabic-Indic digits to ASCII.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import regex

_DIACRITIC_RANGES = ((0x0610, 0x061A), (0x064B, 0x065F), (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0640, 0x0640))
_DROPPED = {chr(c): None for a, b in _DIACRITIC_RANGES for c in range(a, b + 1)}  # diacritics and tatweel
_MARKS = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _DIACRITIC_RANGES) + "]")
# one table does both: diacritics and tatweel dropped, letter variants and digits folded
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **_DROPPED,
    }
)
# the characters _FOLD changes: most words have none, and a search at C speed spares the translation
_FOLDED = re.compile("[" + re.escape("".join(map(chr, _FOLD))) + "]")
WORD = regex.compile(r"[\p{L}\p{N}\p{Mn}\u0640_]+")

# Proclitics in the order they stack before a word: conjunction, preposition, article.
CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ك", "ل")
ARTICLE = "ال"
ATTACHED_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # the longest first
MIN_STEM = 3


def has_marks(text: str) -> bool:
    """Does ``text`` hold a diacritic or a tatweel?"""
    return _MARKS.search(text) is not None


def unmarked(text: str) -> str:
    """``text`` without diacritics and tatweel, its letters as written (أرى stays أرى)."""
    return _MARKS.sub("", text)  # (the pattern is ten times faster than str.translate on Arabic)


def fold(text: str) -> str:
    """Return ``text`` with diacritics and tatweel removed and letter variants folded."""
    text = unicodedata.normalize("NFKC", text or "")
    return text.translate(_FOLD) if _FOLDED.search(text) else text


def words(text: str) -> list[str]:
    """Folded words of ``text``."""
    return WORD.findall(fold(text))


def without_conjunction(key: str, shortest: int = 3) -> str:
    """A folded word without a leading و or ف, when more than ``shortest`` letters stand with it
    (وقال → قال; ولد stays: a word, not و + لد)."""
    return key[1:] if key[:1] in CONJUNCTIONS and len(key) > shortest else key


def has_conjunction(key: str) -> bool:
    """Does the folded word start with و or ف (which may be a conjunction written on it)?"""
    return key[:1] in CONJUNCTIONS


def owned_stems(key: str, written: str) -> tuple[str, ...]:
    """A folded noun without its owner's pronoun, read on the written form (ة folds as ه): حسابه → (حساب,),
    صفحته → (صفحت, صفحه); () when it carries none or too little is left."""
    owner = next((p for p in ATTACHED_PRONOUNS if written.endswith(p)), "")
    stem = key[:-len(owner)] if owner else ""
    if len(stem) < MIN_STEM:
        return ()
    return (stem, stem[:-1] + "ه") if stem.endswith("ت") else (stem,)


def without_article(key: str) -> str:
    """A folded word without its article, when enough remains (الوزير → وزير; الله stays)."""
    return key[2:] if key.startswith(ARTICLE) and len(key) > 4 else key


def stems(word: str) -> set[str]:
    """The folded word and its forms without proclitics, for clitic-blind matching.

    Proclitics come off in the order they stack (و/ف, then ب/ك/ل, then ال; لل is ل + ال), and only
    while ``MIN_STEM`` letters remain: ``وبالوزير`` gives {وبالوزير, بالوزير, الوزير, وزير}.
    """
    return set(_bare_forms(fold(word)))


@functools.lru_cache(maxsize=1 << 16)
def _bare_forms(word: str) -> tuple[str, ...]:
    """:func:`stems` of a folded word, sorted, the word itself first (cached: words recur)."""
    layers = [word]
    if len(word) > MIN_STEM and word[0] in CONJUNCTIONS:
        layers.append(word[1:])
    for form in list(layers):
        if len(form) > MIN_STEM and form[0] in PREPOSITIONS:
            rest = form[1:]
            if form.startswith("لل"):
                rest = ARTICLE + form[2:]
            layers.append(rest)
    for form in list(layers):
        if form.startswith(ARTICLE) and len(form) - 2 >= MIN_STEM:
            layers.append(form[2:])
    return (word, *sorted(set(layers) - {word}))


def search_key(text: str) -> str:
    """Index text: each folded word followed by its clitic-free forms, space separated."""
    keys: list[str] = []
    for word in words(text):
        keys.extend(_bare_forms(word))
    return " ".join(keys)


def query_key(text: str) -> str:
    """A search term folded the way the index was, clitics kept (the index holds the bare forms)."""
    return " ".join(words(text))


def fts_query(text: str, column: str | None = None) -> str:
    """An FTS5 query for ``text`` against a :func:`search_key` index: every word must occur, as
    written or without its proclitics (وبوتين finds بوتين; بوتين finds وبوتين through the index).
    Built from folded words only, so it is always valid FTS5 syntax; empty text matches nothing.
    """
    prefix = f"{column} : " if column else ""
    groups = []
    for word in words(text):
        forms = _bare_forms(word)
        groups.append("(" + " OR ".join(f'{prefix}"{f}"' for f in forms) + ")")
    return " AND ".join(groups) if groups else '""'

