"""Find quoted spans in a paragraph: « », “ ”, ASCII "…", ” used both ways, reversed » «, a verse
in ﴿ ﴾ or { }, and the apostrophes some outlets quote with: two of them (''…'') or one ('…').

A span is the pair of offsets of its content (without the marks). A mark that is never closed
runs to the end of the paragraph, which is how outlets write a quote that goes on in the next
paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# opener -> the closers that may end it, in order of preference
PAIRS: dict[str, tuple[str, ...]] = {
    "«": ("»",),
    "»": ("«",),  # reversed guillemets, written by some right-to-left keyboards
    "“": ("”", "“"),
    "”": ("”", "“"),
    "„": ("“", "”"),
    '"': ('"',),
    "﴿": ("﴾",),  # the ornate brackets of a Quranic verse
    "﴾": ("﴿",),  # (reversed, as some keyboards write them)
    "{": ("}",),  # a verse in braces, as some outlets write it
}
MARKS = frozenset("«»“”„\"'﴿﴾{}")  # every quotation mark
OPENERS = frozenset("«“”„\"")  # the marks that open a quote in ordinary writing (» only reversed)
MIN_UNCLOSED_CHARS = 12  # a lone mark closer than this to the end is a stray, not a quote
END_PUNCTUATION = frozenset(".،,؛:!?؟…)\n")  # what may follow a closing mark written after a space


@dataclass(frozen=True)
class Span:
    start: int  # first character inside the marks
    end: int  # end of the content (exclusive)
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when never closed

    @property
    def outer_end(self) -> int:
        return self.end if self.close_mark is None else self.close_mark + 1


GUILLEMETS = re.compile("[«»]")
_APOSTROPHE = re.compile("'")
_OPENING = re.compile("[" + re.escape("".join(PAIRS)) + "]")


def _guillemet_closes(text: str, start: int, stop: int) -> dict[int, int]:
    """For each « of ``text[start:stop]`` that is closed, the » that closes it (pairs nest, as in
    «قال «كذا» ثم»), found in one pass: the scanner stays linear however many are left open."""
    closes: dict[int, int] = {}
    opened: list[int] = []
    for match in GUILLEMETS.finditer(text, start, stop):
        if match.group() == "«":
            opened.append(match.start())
        elif opened:
            closes[opened.pop()] = match.start()
    return closes


def _closing(text: str, opener: str, start: int, stop: int) -> int | None:
    """Offset of the mark that closes ``opener`` (not «) opened just before ``start``."""
    for closer in PAIRS[opener]:
        i = text.find(closer, start, stop)
        if i != -1:
            return i
    return None


def find_spans(text: str, start: int = 0, stop: int | None = None) -> list[Span]:
    """Quoted spans in ``text[start:stop]`` (one paragraph), outermost only, in order."""
    stop = len(text) if stop is None else stop
    spans: list[Span] = []
    last_guillemet = text.rfind("«", start, stop)
    guillemets = _guillemet_closes(text, start, stop) if last_guillemet != -1 else {}
    ascii_marks = text.count('"', start, stop)
    i = start
    while i < stop:
        found = _OPENING.search(text, i, stop)  # (the next mark that may open a quote, at C speed)
        if found is None:
            break
        i = found.start()
        ch = text[i]
        if ch == "»" and last_guillemet <= i:
            i += 1  # a stray closing guillemet
            continue
        close = guillemets.get(i) if ch == "«" else _closing(text, ch, i + 1, stop)
        if ch == "”" and close is not None and text[close] == "”" and _apart(text, i, start, stop) \
                and _opens_curly(text, i + 1, close):
            i += 1  # الذي ” تحول … “مليشيات”: a stray mark, apart from any word, before a well-formed quote
            continue
        if ch in "“”" and close is not None and text[close] == "”" and _opens_curly_inside(text, i + 1, close):
            # “يمنح المدرب “الجديد” الوقت …”: the first ” closes a quote inside this one, the next closes it
            outer = text.find("”", close + 1, stop)
            close = outer if outer != -1 else close
        if ch == '"' and close is not None and _opens(text, close, stop):
            outer = _outer_close(text, close, stop)
            if outer is None:
                i += 1  # the next mark opens a quote («قائلاً: "...»): this one was never closed
                continue
            close = outer  # a quote with one quoted word or title inside it ("... "الأفلام" ...")
        if close is None:
            # a quote left open runs on to the paragraph's end, unless another opens after it
            # (عن «تكامل الجهود ...، مبيناً أن ... في ورقته «الفن الصخري»): that one was a slip
            if stop - i - 1 < MIN_UNCLOSED_CHARS or (ch == '"' and ascii_marks > 1) \
                    or (ch == "«" and last_guillemet > i):
                i += 1
                continue
            spans.append(Span(i + 1, _rstrip(text, i + 1, stop), i, None))
            break
        if close > i + 1:
            spans.append(Span(i + 1, close, i, close))
        i = close + 1
    if "'" in text[start:stop]:
        taken = [(s.open_mark, s.outer_end) for s in spans]
        spans += [s for s in _apostrophe_spans(text, start, stop)
                  if not any(a < s.outer_end and s.open_mark - 1 < b for a, b in taken)]
        spans.sort(key=lambda s: s.open_mark)
    return spans


def _apostrophe_spans(text: str, start: int, stop: int) -> list[Span]:
    """Quotes marked with two apostrophes (''…'') or, where none are, with one ('…'), paired in order:
    an opening one before a letter after a space or a colon, a closing one after a letter or a mark.
    For two apostrophes the first of each pair stands outside the span (as a stray mark)."""
    marks = [found.start() for found in _APOSTROPHE.finditer(text, start, stop)]
    doubled = [i for i in marks if i + 1 < stop and text[i + 1] == "'" and (i == start or text[i - 1] != "'")]
    if doubled:
        pairs, width = doubled, 2
    else:
        pairs, width = marks, 1
    spans: list[Span] = []
    k = 0
    while k + 1 < len(pairs):
        o, c = pairs[k], pairs[k + 1]
        inner = text[o + width:c]
        opens = o == start or text[o - 1] in " \t:،,(" or not text[o - 1].isalnum()
        if opens and inner[:1].strip() and any(ch.isalpha() for ch in inner) and \
                (c + width >= stop or not text[c + width].isalpha()):
            spans.append(Span(o + width, c, o + width - 1, c))
            k += 2
        else:
            k += 1
    return spans


def _outer_close(text: str, inner: int, stop: int) -> int | None:
    """The mark closing an ASCII quote whose next mark, at ``inner``, opens a quote inside it
    ("... "الأفلام" المليئة ..."): the mark after the inner quote's close, when both look like
    closing marks (after a word, not before one). Otherwise None: the outer mark was a slip."""
    inner_close = text.find('"', inner + 1, stop)
    outer = text.find('"', inner_close + 1, stop) if inner_close != -1 else -1
    if outer == -1 or not _closes(text, inner_close, stop) \
            or not (_closes(text, outer, stop) or _ends_apart(text, outer, stop)):
        return None
    return outer


def _ends_apart(text: str, i: int, stop: int) -> bool:
    """Does the ASCII mark at i end a quote written with a space inside its marks (" … آخر ".): a space
    before it and the paragraph's end or punctuation after it (not a space: « " أعطى» opens one)?"""
    return text[i - 1].isspace() and (i + 1 >= stop or text[i + 1] in END_PUNCTUATION)


def _apart(text: str, i: int, start: int, stop: int) -> bool:
    """Does the mark at i stand between spaces (joined to no word)?"""
    return start < i and i + 1 < stop and text[i - 1].isspace() and text[i + 1].isspace()


def _opens_curly(text: str, start: int, stop: int) -> bool:
    """Does a “ open a quote (before a word) in ``text[start:stop]``? (In ”…“ written the other way
    round, a “ ends its word.)"""
    i = text.find("“", start, stop)
    return i != -1 and i + 1 < stop and not text[i + 1].isspace()


def _opens_curly_inside(text: str, start: int, stop: int) -> bool:
    """Does a “ open a quote inside ``text[start:stop]``: after a space, before a word?"""
    i = text.find("“", start, stop)
    return i > start and text[i - 1].isspace() and i + 1 < stop and not text[i + 1].isspace()


def _closes(text: str, i: int, stop: int) -> bool:
    return not text[i - 1].isspace() and (i + 1 >= stop or not text[i + 1].isalpha())


def _opens(text: str, i: int, stop: int) -> bool:
    """Does the ASCII mark at i open a quote: after a space or a colon, right before a word?"""
    return 0 < i and i + 1 < stop and text[i - 1] in " \t:" and text[i + 1].isalpha()


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
