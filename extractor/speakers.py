"""Speaker phrases: where they end, which part is the title and which the name, and who a
pronoun or a short mention stands for."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import Lexicon
from .tokens import COMMAS, Doc

MAX_SPEAKER_WORDS = 9
MAX_APPOSITION_WORDS = 4
# what introduces a content clause: إن/أن and their pronoun-suffixed forms, folded
COMPLEMENTIZERS = frozenset({"ان", "انه", "انها", "انهم", "انهما", "اننا", "اني", "انني", "بان", "بانه",
                             "بانها", "بانهم", "بانهما", "فان"})
# verbs that name the issuer of a document: بيان أصدرته الوزارة، بيان صادر عن الوزارة
ISSUER_LINKS = frozenset({"اصدرته", "اصدره", "اصدرتها", "نشرته", "نشرتها", "نشره", "وزعته", "صادر", "الصادر",
                          "صادره", "الصادره", "عن", "ل", "لـ"})
NAME_LINKS = frozenset({"عبد", "ابو", "ابن", "بن", "بنت", "ال", "ابي", "ام"})


@dataclass
class Phrase:
    first: int  # token index
    last: int  # token index, inclusive
    name_first: int  # token index where the name starts (== last + 1 when there is none)


PREPOSITIONAL = ("بال", "وبال", "فبال")


def is_stop(lex: Lexicon, key: str, raw: str = "") -> bool:
    """Does this word end a speaker phrase? (علي the name is not على the preposition.)"""
    if key == "علي" and raw.endswith("ي"):
        return False
    return key in COMPLEMENTIZERS or lex.kind_of(key) in ("stop", "pronoun")


def read_phrase(doc: Doc, lex: Lexicon, i: int, limit: int) -> Phrase | None:
    """The speaker noun phrase that starts at token ``i`` (after a verb), or None."""
    toks = doc.tokens
    j = i
    while j < limit and j - i < MAX_SPEAKER_WORDS:
        tok = toks[j]
        if not tok.is_word or tok.quote != -1 or is_stop(lex, tok.key, tok.raw) or tok.key in lex.cues:
            break
        if tok.key in lex.nouns and j > i and lex.nouns[tok.key] == "speech":
            break
        j += 1
    while j - i > 1 and toks[j - 1].key.startswith(PREPOSITIONAL):
        j -= 1  # a trailing prepositional phrase is not part of the name: الوزير كريم ناصر بالطواقم
    if j == i:
        return None
    last = j - 1
    # apposition: وزير الخارجية الروسي، سيرغي لافروف، إن ...
    if j < limit and toks[j].raw in COMMAS:
        k = j + 1
        while k < limit and k - j <= MAX_APPOSITION_WORDS + 1 and toks[k].is_word and \
                not is_stop(lex, toks[k].key, toks[k].raw) and toks[k].key not in lex.cues:
            k += 1
        if j + 1 < k <= j + 1 + MAX_APPOSITION_WORDS and k < limit and (
                toks[k].raw in COMMAS or toks[k].key in COMPLEMENTIZERS or toks[k].raw == ":"):
            if _name_start(doc, lex, j + 1, k - 1) == j + 1:
                return Phrase(i, k - 1, j + 1)  # title, name
            # name, title: the title after the comma is left out of the speaker
            return Phrase(i, last, _name_start(doc, lex, i, last))
    return Phrase(i, last, _name_start(doc, lex, i, last))


def _name_start(doc: Doc, lex: Lexicon, first: int, last: int) -> int:
    """Index of the first token of the name inside a title+name phrase (last + 1 if none)."""
    toks = doc.tokens
    j = first
    while j <= last:
        key = toks[j].key
        kind = lex.kind_of(key)
        if kind == "title":
            j += 1
        elif kind == "org" or (key[:1] == "ل" and lex.kind_of(key[1:]) == "org"):
            j += 2  # the organisation's own name comes with it: لشركة فيسبوك
        elif key.startswith("ال") and len(key) > 3 and key not in NAME_LINKS:
            j += 1
        else:
            break
    # a title further on starts the name again: قسم الخدمات بالمستشفى المهندس عبدالله السقاف
    for k in range(j, last):
        if lex.kind_of(toks[k].key) == "title" and toks[k].key.startswith("ال"):
            j = k + 1
    return min(j, last + 1)


def split(doc: Doc, phrase: Phrase) -> tuple[tuple[int, int], str]:
    """(speaker start, end) character offsets and the title text of a phrase."""
    toks = doc.tokens
    if phrase.name_first <= phrase.last:
        title = ""
        if phrase.name_first > phrase.first:
            end = phrase.name_first - 1
            while end > phrase.first and not toks[end].is_word:
                end -= 1
            title = doc.text[toks[phrase.first].start:toks[end].end]
        return (toks[phrase.name_first].start, toks[phrase.last].end), title
    return (toks[phrase.first].start, toks[phrase.last].end), ""


def issuer(doc: Doc, lex: Lexicon, phrase: Phrase, limit: int) -> Phrase | None:
    """For a document subject (بيان أصدرته الخدمة الصحافية ...), the phrase naming its issuer."""
    toks = doc.tokens
    if lex.nouns.get(toks[phrase.first].key.removeprefix("ال")) != "document":
        return None
    j = phrase.first + 1
    while j < limit and j - phrase.first < 4:
        if toks[j].key in ISSUER_LINKS:
            j += 1
            while j < limit and toks[j].key in ISSUER_LINKS:
                j += 1
            return read_issuer(doc, lex, j, limit)
        j += 1
    return None


def read_issuer(doc: Doc, lex: Lexicon, i: int, limit: int) -> Phrase | None:
    toks = doc.tokens
    j = i
    while j < limit and j - i < MAX_SPEAKER_WORDS and toks[j].is_word and toks[j].quote == -1 \
            and (toks[j].key == "في" or not is_stop(lex, toks[j].key, toks[j].raw)) and toks[j].key not in lex.cues:
        j += 1
    if j == i:
        return None
    return Phrase(i, j - 1, i)
