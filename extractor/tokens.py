"""Tokens of an article with their offsets, paragraphs and quoted spans."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate, chain, compress, pairwise, repeat
from typing import NamedTuple

from .limits import MIN_WORD_BEFORE_DOT
from .normalize import fold, has_marks, unmarked
from .quotes import MARKS, OPENERS, Span, find_spans

# a word (letters, digits, Arabic marks and tatweel) or one other character; the stdlib engine is
# about twice as fast as `regex` on this pattern
_LETTERS = r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640\u06d6-\u06ed]+"
# invisible format characters (direction marks, zero-width spaces, a soft hyphen) web pages leave in
# text: read as spaces, never as a token that would stand between a name and its verb
_INVISIBLE = "\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
# جان-كريستوف is one word, and so is a hashtag (#إيران) whose key is the word without its #
TOKEN = rf"#?{_LETTERS}(?:-(?=[^\W\d_]){_LETTERS})*|[^\s{_INVISIBLE}]"
# captured: splitting on it gives the text between tokens and the tokens in turn, strings only, whose
# lengths summed give every offset (no match object per token)
_SPLIT = re.compile(f"({TOKEN})")
_HAS_MARK = re.compile(f"[{re.escape(''.join(sorted(MARKS)))}]").search  # (faster than testing each mark)
SENTENCE_END = frozenset(".!?؟;؛")
MAQSURA_PREPOSITIONS = re.compile(r"(?<!\w)(?:على|إلى|الى)(?!\w)")  # على، إلى written with their final ى
COMMAS = frozenset("،,")
DASHES = frozenset("-–—ـ")  # a dash, or a tatweel standing alone (قال ـ صلى الله عليه وسلم ـ)


class Token(NamedTuple):
    start: int
    end: int
    raw: str
    key: str  # folded form ("" for punctuation)
    para: int
    quote: int  # index into Doc.spans of the span this token is inside, -1 when outside

    @property
    def is_word(self) -> bool:
        return bool(self.key)


# builds a Token from a tuple of its fields without a Python-level call (tokens are most of the
# objects an article makes)
_new_token = partial(tuple.__new__, Token)


@dataclass
class Doc:
    text: str
    tokens: list[Token] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    para_end: list[int] = field(default_factory=list)  # for each token, the index after its paragraph
    # the tokens' starts, raw forms and keys as columns (what whole-article passes read)
    starts: list[int] = field(default_factory=list)
    raws: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)

    # (plain lazy attributes: functools.cached_property takes a lock on every read in Python 3.11)
    _vocabulary: frozenset[str] | None = None
    _quoted_words: frozenset[str] | None = None
    _written_words: frozenset[str] | None = None
    _ends: list[bool] | None = None
    _writes_maqsura: bool | None = None

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every folded word of the article."""
        if self._vocabulary is None:
            self._vocabulary = frozenset(self.keys)
        return self._vocabulary

    @property
    def written_words(self) -> frozenset[str]:
        """Every word of the article as written, without diacritics (أرى and لاري's اري differ)."""
        if self._written_words is None:
            written = frozenset(self.raws)
            # (one call over the distinct forms joined: no token holds a space)
            self._written_words = frozenset(unmarked(" ".join(written)).split(" ")) if has_marks(self.text) \
                else written
        return self._written_words

    @property
    def writes_maqsura(self) -> bool:
        """Does the article write على or إلى with their final ى, so that a verb's form written with ي is
        another word (رأي an opinion, نفي a denial)? (A search of the text, stopping at the first; read once.)"""
        if self._writes_maqsura is None:
            self._writes_maqsura = MAQSURA_PREPOSITIONS.search(self.text) is not None
        return self._writes_maqsura

    @property
    def quoted_words(self) -> frozenset[str]:
        """Folded words that stand alone between quotation marks somewhere in the article («فقيها»):
        the article uses them as names."""
        if self._quoted_words is None:
            found = set()
            for span in self.spans:
                inside = self.text[span.start:span.end].split()
                if len(inside) == 1:
                    found.add(fold(inside[0]))
            self._quoted_words = frozenset(found)
        return self._quoted_words

    @property
    def sentence_ends(self) -> list[bool]:
        """For each token, does it end a sentence (read once per article)?"""
        if self._ends is None:
            self._ends = [False] * len(self.tokens)
            for k in compress(range(len(self.raws)), map(SENTENCE_END.__contains__, self.raws)):
                if self.tokens[k].quote == -1 and self._ends_sentence(k):
                    self._ends[k] = True
            for span in self.spans:
                if span.close_mark is not None and self._closes_a_sentence(span):
                    self._ends[bisect_left(self.starts, span.close_mark)] = True
        return self._ends

    def _closes_a_sentence(self, span: Span) -> bool:
        """Does a quotation end with its sentence's stop, a new sentence opening after its closing mark with
        و or ف ("… التقدم." وكانت أفغانستان قد قالت)?"""
        inside = self.text[span.start:span.end].rstrip()
        after = self.text[span.close_mark + 1:span.close_mark + 3].lstrip()
        return inside[-1:] in ".!?؟" and after[:1] in ("و", "ف") and not inside.endswith("...")

    def is_sentence_end(self, i: int) -> bool:
        ends = self._ends if self._ends is not None else self.sentence_ends
        return ends[i]

    def _ends_sentence(self, i: int) -> bool:
        tok = self.tokens[i]
        if tok.raw == "?" and tok.start and self.text[tok.start - 1].isdigit() \
                and self.text[tok.end:tok.end + 1] not in ("", "\n"):
            return False  # 70? من السلع: a sign the text's encoding lost (%, ٫), no question, mid-line
        if tok.raw == ".":
            before = self.text[tok.start - 1] if tok.start else " "
            after = self.text[tok.end] if tok.end < len(self.text) else " "
            if before.isdigit() and after.isdigit():
                return False  # 0.5
            if after.isalpha() and not before.isspace() and not _arabic_words_apart(self, i, after):
                return False  # بي.بي.سي, an address (but a dot between two Arabic words or after a space
                # ends a sentence whose next one was glued on: المختلفة .من جانبه، مرسومه.وأعلن)
            if i and self.tokens[i - 1].is_word and len(self.tokens[i - 1].raw) == 1:
                return False  # an initial: سي. إن. إن
        return True


def _arabic_words_apart(doc: Doc, i: int, after: str) -> bool:
    """Does the dot at token i stand between an Arabic word of three letters or more, or a closing
    mark («…».وأضاف), and an Arabic letter (no initial, no abbreviation, no Latin address)?"""
    before = doc.tokens[i - 1].raw if i else ""
    if not _is_arabic(after):
        return False
    return before in MARKS or before == ")" or (len(before) >= MIN_WORD_BEFORE_DOT and _is_arabic(before[-1]))


def _is_arabic(char: str) -> bool:
    return "\u0621" <= char <= "\u064a"  # (hamza to ya: the letters, no digits or marks)


def _word_key(raw: str) -> str:
    word = raw[1:] if raw[0] == "#" and len(raw) > 1 else raw
    return fold(word) if word[0].isalnum() or word[0] == "_" else ""


class _Keys(dict):
    """raw token -> folded key, computed once per distinct form (a dict lookup in C after that);
    emptied when it grows past MAX_KEYS so that a long-running process stays small."""

    def __missing__(self, raw: str) -> str:
        if len(self) >= MAX_KEYS:
            self.clear()
        key = self[raw] = _word_key(raw)
        return key


MAX_KEYS = 1 << 18
_KEYS = _Keys()


CLOSERS = {"«": "»", "“": "”"}
MAX_QUOTE_PARAGRAPHS = 24  # how far a quote left open may run before its closing mark


def _join_paragraphs(text: str, paragraphs: list[tuple[int, int]], spans: list[Span]) -> list[Span]:
    """A quote left open at the end of its paragraph runs on to a closing mark in a later one
    (a poem, a letter), unless a paragraph first opens a new quote (each paragraph reopening the
    quote is how news writes a long quotation: those stay one statement per paragraph)."""
    starts = [a for a, _ in paragraphs]
    out: list[Span] = []
    covered_until = -1
    for span in spans:
        if span.open_mark < covered_until:
            continue
        opener = text[span.open_mark]
        if span.close_mark is None and opener in CLOSERS:
            p = bisect_right(starts, span.open_mark) - 1
            for q in range(p + 1, min(p + 1 + MAX_QUOTE_PARAGRAPHS, len(paragraphs))):
                a, b = paragraphs[q]
                line = text[a:b]
                if line.lstrip()[:1] in OPENERS:
                    break
                close, reopen = line.find(CLOSERS[opener]), line.find(opener)
                if close != -1 and (reopen == -1 or close < reopen):
                    span = Span(span.start, a + close, span.open_mark, a + close)
                    covered_until = a + close
                    break
                if reopen != -1:
                    break
        out.append(span)
    return out


def tokenize(text: str) -> Doc:
    """Tokens, paragraphs and quoted spans of ``text``."""
    doc = Doc(text)
    offset = 0
    for line in text.split("\n"):
        start, stop = offset, offset + len(line)
        offset = stop + 1
        doc.paragraphs.append((start, stop))
        if _HAS_MARK(line):
            doc.spans.extend(find_spans(text, start, stop))
    if doc.spans:
        doc.spans = _join_paragraphs(text, doc.paragraphs, doc.spans)
    # the tokens are read as columns, then zipped: no token spans a line break, so each paragraph's
    # tokens are those that start before its end
    parts = _SPLIT.split(text)  # between, token, between, token, …, between
    offsets = list(accumulate(map(len, parts)))  # where each part ends
    starts, ends, raws = offsets[0:-1:2], offsets[1::2], parts[1::2]
    after_paragraph = [bisect_left(starts, stop) for _, stop in doc.paragraphs]
    counts = [b - a for a, b in pairwise([0, *after_paragraph])]
    paras = list(chain.from_iterable(map(repeat, range(len(counts)), counts)))
    quotes = [-1] * len(starts)
    covered = 0  # the tokens before this one have their quote (the spans come in the order they open)
    for n, span in enumerate(doc.spans):
        # each token inside a quote's content gets the quote's index (the first quote that holds it)
        a, b = max(covered, bisect_left(starts, span.start)), bisect_left(starts, span.end)
        if a < b:
            quotes[a:b] = repeat(n, b - a)
            covered = b
    doc.starts, doc.raws, doc.keys = starts, raws, list(map(_KEYS.__getitem__, raws))
    doc.tokens = list(map(_new_token, zip(starts, ends, raws, doc.keys, paras, quotes, strict=True)))
    doc.para_end = list(chain.from_iterable(map(repeat, after_paragraph, counts)))
    return doc
