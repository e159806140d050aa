"""One article as the extractor reads it: its tokens, the statements found so far and the
speakers they name, with the small operations every stage shares."""

from __future__ import annotations

import contextlib
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain, compress, pairwise, repeat

from . import phrases as sp
from . import rules
from .lexicon import Cue, Lexicon
from .limits import MAX_NAME_QUOTE_CHARS, MAX_SENTENCE_TOKENS, OVERLAP_NEIGHBOURS
from .models import Statement
from .normalize import fold, without_conjunction
from .quotes import MARKS
from .tokens import Doc, tokenize


@dataclass
class Hit:
    """A cue found in the text: a reporting verb, a participle or an attribution phrase."""

    first: int  # token range of the cue
    last: int
    cue: Cue | None  # None for an attribution phrase
    prefixed: bool  # the verb carries و/ف
    joined: bool = False  # the phrase's ل is written on its source: وفقا لوزارة ...


@dataclass
class Speaker:
    text: str
    title: str
    start: int | None
    end: int | None
    gender: str
    how: str = rules.SUBJECT  # the sieve that found it (rules.py)

    def found_by(self, how: str) -> Speaker:
        """The same speaker, found by another sieve (a new one made directly: dataclasses.replace reads
        the fields anew each time, and sieves ask for this on most cues)."""
        return Speaker(self.text, self.title, self.start, self.end, self.gender, how)


NOBODY = Speaker("", "", None, None, "p")
GOD = "الله"  # how a formula standing for God (قال تعالى) names its speaker


def is_sacred(speaker: Speaker) -> bool:
    """God or the Prophet, named by a formula (قال تعالى، قال صلى الله عليه وسلم) or as God is (الله)?"""
    return speaker.how == rules.SACRED or speaker.text == GOD


@dataclass(frozen=True)
class Mention:
    """Someone the article has named as the subject of a verb, by the time token ``at`` is read."""

    at: int  # token index where the mention counts: the cue of a statement, the verb of a subject
    speaker: Speaker
    role: str  # SPEAKER (of a cue), SUBJECT (of a listed verb), SUBJECT_BY_PLACE (of a word first in its sentence)


SPEAKER, SUBJECT, SUBJECT_BY_PLACE = "speaker", "subject", "subject by place"


def mention_at(mention: Mention) -> int:
    return mention.at


class Article:
    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.doc: Doc = tokenize(text)
        self.toks = self.doc.tokens
        self.statements: list[Statement] = []
        self.claimed: list[tuple[int, int]] = []  # kept sorted: statements may not overlap much
        self.starts = self.doc.starts
        self._where: dict[str, list[int]] = {}
        self._mentions: dict[str, list[int]] = {}
        self._first_named: Speaker | None = None
        self._first_named_done = False  # looked for already
        self._title_starts: list[int] | None = None  # where runs of title words start, outside quotes
        self._titled_looked_up: dict[str, tuple[int, int, str] | None] = {}  # titled_person, per family name
        self._plausible: dict[int, bool] = {}  # speaker start -> may stand for a dropped subject (mentions.plausible)
        self._title_flags: list[bool] | None = None
        self._after_titles: frozenset[str] | None = None  # the words a few places after a title word
        self._sentences: tuple[list[int], list[int]] | None = None  # sentence_bounds, for every token
        self.para_starts = [a for a, _ in self.doc.paragraphs]
        self.span_opens = [sp_.open_mark for sp_ in self.doc.spans]
        self.span_word_counts = [len(text[sp_.start:sp_.end].split()) for sp_ in self.doc.spans]
        self.used_spans: set[int] = set()
        self.history: list[Mention] = []  # the speakers of cues, in text order (by their cue)
        self.genders_spoken: set[str] = set()  # the genders of the speakers in history
        self.sacred_spoken = False  # God or the Prophet is in history (mentions.antecedent passes them over)
        self.generic_spoken = False  # people in general are (يقول الناس: passed over for a verb in the singular)
        self.surnames: set[str] = set()  # last words of the full names in history
        self.full_names: set[tuple[str, ...]] = set()  # those of people (titled or by a given name), folded
        self._verb_positions: list[int] | None = None  # mentions.verb_positions
        self._relatives: list[int] | None = None  # where relative pronouns stand (mentions.subject_past_relative)
        self._verb_forms: dict[str, str] = {}
        self._verb_subjects: dict[int, Mention | None] = {}  # mentions.subject_of_verb, by token
        self._quoted_texts: Counter | None = None
        self.trace: list[str] | None = None  # what the sieves tried for the cue being read (explain)
        self.explained: dict[int, list[str]] = {}  # id of a statement -> the trace of its cue
        self._phrases: dict[int, sp.Phrase | None] = {}  # phrase_at, by token
        self._speaker_words: dict[tuple[str, str], frozenset[str]] = {}
        self.part_of: Speaker | None = None  # the document the last article or clause belongs to
        self.documents: list[tuple[int, str, Speaker]] = []  # (offset, document noun, its issuer)
        self.para_end = self.doc.para_end
        self._nesting = False  # statements are stored inside others (:meth:`inside_statements`)

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """Token range [a, b) of the sentence holding token i (quotes do not end sentences), at most
        MAX_SENTENCE_TOKENS either side of it (text with no sentence marks stays linear)."""
        if self._sentences is None:
            self._sentences = self._sentence_starts_and_ends()
        starts, ends = self._sentences
        return max(starts[i], i - MAX_SENTENCE_TOKENS), min(ends[i], i + MAX_SENTENCE_TOKENS)

    def _sentence_starts_and_ends(self) -> tuple[list[int], list[int]]:
        """For each token, the first token of its sentence and the token that ends it (the sentence
        mark, or its paragraph's end), run by run between the cuts."""
        flags = self.doc.sentence_ends
        n = len(flags)
        # the runs of tokens between cuts: after a sentence mark, at a paragraph's end
        cuts = sorted({0, n, *(k + 1 for k in compress(range(n), flags)), *self.para_end})
        runs = list(pairwise(cuts))
        counts = [b - a for a, b in runs]
        starts = list(chain.from_iterable(map(repeat, cuts, counts)))
        # (a quotation's closing mark that ends its sentence is the sentence's: "… التقدم." وكانت)
        raws = self.doc.raws
        ends = list(chain.from_iterable(map(repeat, [b - 1 if flags[b - 1] and raws[b - 1] not in MARKS else b
                                                     for _, b in runs], counts)))
        return starts, ends

    def span_words(self, k: int) -> int:
        return self.span_word_counts[k]

    def add(self, start: int, end: int, type_: str, hit: Hit, speaker: Speaker, rule: str) -> bool:
        while start < end and (self.text[start].isspace() or self.text[start] in "،,:-–"):
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in "،,:.-–"):
            end -= 1
        start, end = self.without_stray_marks(start, end)
        if end - start < 2:
            return False
        if not self.within_one(start, end) if self._nesting else self.overlaps(start, end):
            return False
        first, last = self.toks[hit.first], self.toks[hit.last]
        self.statements.append(Statement(
            text=self.text[start:end], type=type_, start=start, end=end,
            cue=self.text[first.start:last.end], cue_start=first.start, cue_end=last.end,
            rule=f"{rule}/{speaker.how if speaker.text else rules.NONE}",
            speaker=speaker.text, speaker_title=speaker.title,
            speaker_start=speaker.start, speaker_end=speaker.end))
        insort(self.claimed, (start, end))
        if self.trace is not None:
            self.explained[id(self.statements[-1])] = list(self.trace)
        self.remember(speaker, hit.first)
        return True

    def relative_aside(self, i: int) -> bool:
        """Is the cue at token i a relative clause's after another statement's content in its sentence
        (قال الوزير إن …، تنفيذا لتعليمات الملك، الذي أكد أن …): an aside, whose speaker is not the one
        later dropped subjects go on from?"""
        if i == 0 or without_conjunction(self.toks[i - 1].key) not in self.lex.grammar["relative"]:
            return False
        sentence = self.toks[self.sentence_bounds(i)[0]].start
        k = bisect_left(self.claimed, (sentence, sentence))
        return k < len(self.claimed) and self.claimed[k][0] < self.toks[i].start

    def note(self, step: str, message: str) -> None:
        """Record what a sieve or step found, when the article is read with explanations."""
        if self.trace is not None:
            self.trace.append(f"{step}: {message}")

    def without_stray_marks(self, start: int, end: int) -> tuple[int, int]:
        """[start, end) without a quotation mark at either end that has no partner inside."""
        text = self.text
        for opener, closer in (("«", "»"), ("“", "”"), ('"', '"')):
            if opener == closer:
                if text.count(opener, start, end) % 2:
                    if text[start] == opener:
                        start += 1
                    elif text[end - 1] == closer:
                        end -= 1
            elif text[start] == opener and text.count(opener, start, end) > text.count(closer, start, end):
                start += 1
            elif text[end - 1] == closer and text.count(closer, start, end) > text.count(opener, start, end):
                end -= 1
        return start, end

    def overlaps(self, start: int, end: int) -> bool:
        """Does [start, end) share half of itself, or of a stored statement, with one stored?"""
        i = bisect_left(self.claimed, (start, end))
        for a, b in self.claimed[max(0, i - OVERLAP_NEIGHBOURS):i + OVERLAP_NEIGHBOURS]:
            overlap = min(b, end) - max(a, start)
            if overlap > 0 and overlap >= 0.5 * min(b - a, end - start):
                return True
        return False

    def within_one(self, start: int, end: int) -> bool:
        """Does [start, end) lie inside one stored statement, short of the whole of it, and meet no other?"""
        i = bisect_right(self.claimed, (start, len(self.text) + 1))
        met = [(a, b) for a, b in self.claimed[max(0, i - OVERLAP_NEIGHBOURS):i + OVERLAP_NEIGHBOURS]
               if min(b, end) > max(a, start)]
        return len(met) == 1 and met[0][0] <= start and end <= met[0][1] and (start, end) != met[0]

    @contextlib.contextmanager
    def inside_statements(self) -> Iterator[None]:
        """While open, :meth:`add` stores a statement only inside one found already (a report within
        what another speaker says), not beside the others."""
        self._nesting = True
        try:
            yield
        finally:
            self._nesting = False

    def claimed_at(self, offset: int) -> bool:
        i = bisect_right(self.claimed, (offset, len(self.text) + 1))
        for a, b in self.claimed[i - OVERLAP_NEIGHBOURS if i > OVERLAP_NEIGHBOURS else 0:i]:
            if a <= offset < b:  # (a loop, not any() over a generator: this is asked for every verb read)
                return True
        return False

    def remember(self, speaker: Speaker, at: int) -> None:
        """A named subject of the cue at token ``at`` becomes the referent of later pronouns and
        dropped subjects (not the speaker of an aside: :meth:`relative_aside`)."""
        if not speaker.text or speaker.how == rules.PREVIOUS or self.relative_aside(at):
            return
        if not self.history or self.history[-1].speaker != speaker:
            insort(self.history, Mention(at, speaker, SPEAKER), key=mention_at)
            self.genders_spoken.add(speaker.gender)
            if is_sacred(speaker):
                self.sacred_spoken = True
            if fold(speaker.text) in self.lex.grammar["generic"]:
                self.generic_spoken = True
            words = speaker.text.split()
            if len(words) >= 2:
                self.surnames.add(fold(words[-1]))
                if speaker.title or fold(words[0]) in self.lex.given_names:
                    self.full_names.add(tuple(fold(w) for w in words))

    def para_of(self, offset: int) -> int:
        return bisect_right(self.para_starts, offset) - 1

    def where(self, key: str) -> list[int]:
        """Token indices of a folded word (a few words are asked for per article: each is found by
        one scan, remembered)."""
        found = self._where.get(key)
        if found is None:
            found = self._where[key] = []
            keys, k = self.doc.keys, -1
            with contextlib.suppress(ValueError):  # (raised past the last one)
                while key:  # (punctuation has the empty key: no word)
                    k = keys.index(key, k + 1)
                    found.append(k)
        return found

    def mentions(self, bare: str) -> list[int]:
        """Token indices of a word with or without ال, in text order (cached per word)."""
        if bare not in self._mentions:
            self._mentions[bare] = sorted(self.where(bare) + self.where("ال" + bare))
        return self._mentions[bare]

    def phrase_at(self, k: int, limit: int | None = None) -> sp.Phrase | None:
        """The noun phrase starting at token k, up to ``limit`` (its paragraph's end by default: those
        are read once per token)."""
        if limit is not None and (k >= limit or limit != self.para_end[k]):
            return sp.read_phrase(self.doc, self.lex, k, limit) if k < limit else None
        if k not in self._phrases:
            self._phrases[k] = sp.read_phrase(self.doc, self.lex, k, self.para_end[k])
        return self._phrases[k]

    def is_known_surname(self, key: str) -> bool:
        """Is this word the last of a full name (two words or more) that spoke earlier?"""
        return key in self.surnames

    @property
    def quoted_texts(self) -> Counter:
        """How often each short quoted text occurs in the article (folded)."""
        if self._quoted_texts is None:
            self._quoted_texts = Counter(" ".join(fold(self.text[s.start:s.end]).split()) for s in self.doc.spans
                                         if s.end - s.start < MAX_NAME_QUOTE_CHARS)
        return self._quoted_texts

