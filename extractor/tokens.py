"""Tokens of an article with their offsets, paragraphs and quoted spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import regex

from .normalize import fold
from .quotes import MARKS, Span, find_spans

TOKEN = regex.compile(r"[\p{L}\p{N}\p{Mn}\u0640_]+|\S")
SENTENCE_END = frozenset(".!?؟;؛")
COMMAS = frozenset("،,")


@dataclass(slots=True)
class Token:
    start: int
    end: int
    raw: str
    key: str  # folded form ("" for punctuation)
    para: int
    quote: int  # index into Doc.spans of the span this token is inside, -1 when outside

    @property
    def is_word(self) -> bool:
        return bool(self.key)


@dataclass
class Doc:
    text: str
    tokens: list[Token] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every folded word of the article."""
        return frozenset(t.key for t in self.tokens if t.key)

    def is_sentence_end(self, i: int) -> bool:
        tok = self.tokens[i]
        if tok.raw not in SENTENCE_END or tok.quote != -1:
            return False
        if tok.raw == ".":
            before = self.text[tok.start - 1] if tok.start else " "
            after = self.text[tok.end] if tok.end < len(self.text) else " "
            if before.isdigit() and after.isdigit():
                return False  # 0.5
            if i and self.tokens[i - 1].is_word and len(self.tokens[i - 1].raw) == 1:
                return False  # an initial: سي. إن. إن
        return True


def _word_key(raw: str) -> str:
    return fold(raw) if raw[0].isalnum() or raw[0] == "_" else ""


def tokenize(text: str) -> Doc:
    doc = Doc(text)
    offset = 0
    for para, line in enumerate(text.split("\n")):
        start, stop = offset, offset + len(line)
        offset = stop + 1
        doc.paragraphs.append((start, stop))
        spans = find_spans(text, start, stop) if any(m in line for m in MARKS) else []
        base = len(doc.spans)
        doc.spans.extend(spans)
        k = 0
        for m in TOKEN.finditer(text, start, stop):
            s = m.start()
            while k < len(spans) and spans[k].outer_end <= s:
                k += 1
            inside = base + k if k < len(spans) and spans[k].start <= s < spans[k].end else -1
            raw = m.group()
            doc.tokens.append(Token(s, m.end(), raw, _word_key(raw), para, inside))
    return doc
