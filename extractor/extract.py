"""Rule-based extraction of attributed statements from Arabic news text.

``extract(text)`` reads one article in passes, most precise first, and every statement records
the rule that made it as ``CONTENT/SPEAKER``:

- content: a reporting verb, participle or attribution phrase, then what was said: a colon
  (``verb-colon``), a quote (``verb-quote``), a content clause after إن/أن (``verb-clause``), a
  quote standing before the cue (``quote-verb``), the sentence around بحسب/وفقاً لـ
  (``phrase-clause``), what was demanded or expressed when it quotes the speaker (``verb-object``:
  طالبت الأسرة بتشكيل لجنة للتحقيق في "موته"); then quotes that go on in the same or a reopened
  paragraph (``quote-continued``). A clause ends where the sentence does or another statement begins.
- speaker: the subject after the verb (``subject``), written before it or before a relative
  pronoun (``before``), the issuer of a document (``issuer``), or, for a pronoun or dropped
  subject, the subject of a verb that is not a cue opening the paragraph (``paragraph``: من جهته
  ثمن فلان ... وأشار), the subject of the clause after a passive formula (``clause``: ويذكر أن
  فلان ...، مؤكداً), for a participle (or a feminine verb when no woman has spoken yet) the titled
  person named earlier in its sentence (``sentence``: وتحدث فيها الدكتور فلان ... مبيناً أن; مع
  الطالبة فلانة وأكدت) or the last subject of the same gender (``previous``); ``none`` when the
  article does not say. Short mentions then take the fullest form the article gives (الوزير,
  ترامب, البيان). Passive formulas with no subject (ويُذكر أن، يُتوقع أن) make no statement.

Word lists are data (``extractor/data``). No I/O, no network: text in, statements out.
"""

from __future__ import annotations

import logging
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass, replace
from functools import cached_property

from . import speakers as sp
from .lexicon import Cue, Lexicon, cue_of, load
from .models import Statement
from .normalize import fold
from .tokens import COMMAS, Doc, tokenize

log = logging.getLogger(__name__)

MAX_LOOKAHEAD = 14  # tokens between a cue's subject and its content clause
MAX_QUOTE_LOOKAHEAD = 32  # tokens between a cue's subject and a quote, a colon or a parenthetical
MIN_QUOTE_WORDS = 3  # a shorter quoted span is a name or a term unless it ends the sentence
MIN_MIXED_QUOTE_WORDS = 2  # one quoted word is too often a name or a term to make reported speech mixed
NAMING_KINDS = ("org", "title", "source")
MAX_NAME_QUOTE_WORDS = 6  # a quoted span this short may be a name (صحيفة «وول ستريت جورنال»)
MAX_NAME_QUOTE_CHARS = 80  # the same, counted in characters, for the count of repeated quotes
MAX_COLON_PARAGRAPH_TOKENS = 120  # a paragraph of speech after a colon that ends the previous one
QUOTE_MARKS = "«»“”\""
OVERLAP_NEIGHBOURS = 3  # stored statements compared with a new one, each side of where it sorts
MAX_MENTION_LOOKBACK = 40  # earlier statements searched for a fuller form of a speaker
MAX_MENTION_PLACES = 8  # other places in the text, each side, searched for it
MAX_FIRST_NAMED_TOKENS = 400  # how far into an article to look for the person it is about
COMPLEMENT_REACH = 5  # tokens after a subject within which a verb's own complement (عن, إلى) may come
MAX_LOOKBACK_WORDS = 6  # a subject written before its verb (الوزير قال إن ...)
MAX_PARENTHETICAL_TOKENS = 24  # how far past commas a verb's own complement may come
MAX_TRAILING_WORDS = 3  # words after the subject of a trailing cue (، حسبما ذكرت الوكالة اليوم.)
MIN_TRAILED_WORDS = 4  # a sentence shorter than this before كما ذكر is no statement
DASHES = frozenset("-–—")
ATTACHED_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")
VERBAL_NOUN_AFTER_BA = ("بال", "بت", "بم", "باست")  # بالتدخل، بتشكيل، بمزيد، باستمرار: ب and a noun
OBJECT_COMPLEMENTS = frozenset({"ب", "عن"})  # طالب بـ، أعرب عن: the object is what was said (رد على is not)
MAX_SENTENCE_TOKENS = 400  # how far a sentence is looked for either side of a token
MAX_RELAY_GAP = 4  # commas and time words between a relaying verb's subject and عن
MAX_FRONTED_WORDS = 4  # ، وفي هذا الإطار يقول: a short phrase put before a cue verb
# أن after these is a conjunction of time or purpose, not a complementizer: بعد أن، قبل أن
TEMPORAL = frozenset({"بعد", "قبل", "منذ", "حتي", "دون", "بدون", "بدلا", "عوضا", "ريثما", "لحين", "لدرجه"})
CLAUSE_OPENERS = frozenset({"كما", "فيما", "بينما", "وفيما", "وبينما", "ثم", "حين", "حينما", "بدوره", "بدورها",
                            "لكن", "ولكن", "بل", "اذ", "حيث", "عندما", "بعدما", "اما",
                            "كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"})


@dataclass
class _Hit:
    first: int  # token range of the cue
    last: int
    cue: Cue | None  # None for an attribution phrase
    prefixed: bool  # the verb carries و/ف
    joined: bool = False  # the phrase's ل is written on its source: وفقا لوزارة ...


@dataclass
class _Speaker:
    text: str
    title: str
    start: int | None
    end: int | None
    gender: str
    how: str = "subject"  # subject, before, issuer, paragraph, clause, sentence, previous (module doc)


NOBODY = _Speaker("", "", None, None, "p")


class _Article:
    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.doc: Doc = tokenize(text)
        self.toks = self.doc.tokens
        self.statements: list[Statement] = []
        self.claimed: list[tuple[int, int]] = []  # kept sorted: statements may not overlap much
        self.starts = [t.start for t in self.toks]
        self._where: dict[str, list[int]] | None = None
        self._mentions: dict[str, list[int]] = {}
        self._first_named: _Speaker | None = None
        self._first_named_done = False  # looked for already
        self._titled_people: dict[str, tuple[int, int, str]] | None = None
        self._title_flags: list[bool] | None = None
        self.para_starts = [a for a, _ in self.doc.paragraphs]
        self.span_opens = [sp_.open_mark for sp_ in self.doc.spans]
        self.span_word_counts = [len(text[sp_.start:sp_.end].split()) for sp_ in self.doc.spans]
        self.used_spans: set[int] = set()
        self.history: list[_Speaker] = []
        self.surnames: set[str] = set()  # last words of the full names in history
        self.last_of_gender: dict[str, int] = {}  # gender -> index in history of its last speaker
        self._phrases: dict[int, sp.Phrase | None] = {}  # phrase_at, by token
        self._speaker_words: dict[tuple[str, str], frozenset[str]] = {}
        self.part_of: _Speaker | None = None  # the document the last article or clause belongs to
        self.documents: list[tuple[int, str, _Speaker]] = []  # (offset, document noun, its issuer)
        self.para_end = self.doc.para_end

    # -- cues ------------------------------------------------------------------------------
    def hits(self) -> list[_Hit]:
        found: list[_Hit] = []
        triggers = self.lex.triggers
        covered = -1  # the last token of an attribution phrase already found
        for i, tok in enumerate(self.toks):
            if tok.key not in triggers or tok.quote != -1 or i <= covered:
                continue
            phrase_end = self._phrase_at(i)
            if phrase_end is not None:
                end, joined = phrase_end
                found.append(_Hit(i, end, None, False, joined))
                covered = end
                continue
            cue, prefixed = cue_of(self.lex, tok.key)
            if cue is not None and not self.is_noun_form(i):
                found.append(_Hit(i, i, cue, prefixed))
        return found

    def is_noun_form(self, i: int) -> bool:
        """Is the cue form at token i a noun, after a preposition (مع توقع، بعد إعلان)?"""
        return i > 0 and self.toks[i - 1].key in self.lex.grammar["noun_maker"]

    def _phrase_at(self, i: int) -> tuple[int, bool] | None:
        """(last token, ل joined to the source) of an attribution phrase starting at token i."""
        toks = self.toks
        head = toks[i].key
        candidates = self.lex.phrase_heads.get(head) or (
            self.lex.phrase_heads.get(head[1:]) if head[:1] in ("و", "ف") else None)
        if not candidates:
            return None
        for phrase in candidates:
            j = i
            for n, word in enumerate(phrase):
                if j >= len(toks) or not toks[j].is_word:
                    break
                key = toks[j].key
                if n == 0 and key != word and len(key) > len(word) and key[0] in "وف":
                    key = key[1:]
                if word == "ل" and n == len(phrase) - 1:
                    # لـ as its own word, or joined to the source (لوزارة)
                    if key == "ل":
                        return j, False
                    if key.startswith("ل") and len(key) > 2:
                        return j - 1, True
                    break
                if key != word and not (n == len(phrase) - 1 and key.startswith(word)
                                        and key[len(word):] in ("ه", "ها", "هم", "هما")):
                    break
                j += 1
            else:
                return j - 1, False
        return None

    # -- helpers ---------------------------------------------------------------------------
    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """Token range [a, b) of the sentence holding token i (quotes do not end sentences)."""
        toks, para = self.toks, self.toks[i].para
        a = i
        floor = max(0, i - MAX_SENTENCE_TOKENS)  # text with no sentence marks stays linear
        while a > floor and toks[a - 1].para == para and not self.doc.is_sentence_end(a - 1):
            a -= 1
        b = i
        limit = min(self.para_end[i], i + MAX_SENTENCE_TOKENS)
        while b < limit and not self.doc.is_sentence_end(b):
            b += 1
        return a, b

    def span_words(self, k: int) -> int:
        return self.span_word_counts[k]

    def add(self, start: int, end: int, type_: str, hit: _Hit, speaker: _Speaker, rule: str) -> bool:
        while start < end and (self.text[start].isspace() or self.text[start] in "،,:-–"):
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in "،,:.-–"):
            end -= 1
        start, end = self.without_stray_marks(start, end)
        if end - start < 2:
            return False
        if self.overlaps(start, end):
            return False
        first, last = self.toks[hit.first], self.toks[hit.last]
        self.statements.append(Statement(
            text=self.text[start:end], type=type_, start=start, end=end,
            cue=self.text[first.start:last.end], cue_start=first.start, cue_end=last.end,
            rule=f"{rule}/{speaker.how if speaker.text else 'none'}",
            speaker=speaker.text, speaker_title=speaker.title,
            speaker_start=speaker.start, speaker_end=speaker.end))
        insort(self.claimed, (start, end))
        self.remember(speaker)
        return True

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

    def claimed_at(self, offset: int) -> bool:
        i = bisect_right(self.claimed, (offset, len(self.text) + 1))
        return any(a <= offset < b for a, b in self.claimed[max(0, i - OVERLAP_NEIGHBOURS):i])

    def remember(self, speaker: _Speaker) -> None:
        """A named subject becomes the referent of later pronouns and dropped subjects."""
        if speaker.text and speaker.how != "previous" and (not self.history or self.history[-1] != speaker):
            self.history.append(speaker)
            self.last_of_gender[speaker.gender] = len(self.history) - 1
            words = speaker.text.split()
            if len(words) >= 2:
                self.surnames.add(fold(words[-1]))

    # -- speakers --------------------------------------------------------------------------
    def speaker_from(self, phrase: sp.Phrase, gender: str, limit: int) -> _Speaker:
        if self.lex.nouns.get(_bare(self.toks[phrase.first].key)) == "part" and phrase.first == phrase.last:
            whole = self.document_of_part(phrase.last + 1, limit)
            if whole is not None:
                return whole
        doc_issuer = sp.issuer(self.doc, self.lex, phrase, limit)
        noun = _bare(self.toks[phrase.first].key)
        if doc_issuer is not None:
            phrase = doc_issuer
        (s, e), title = sp.split(self.doc, phrase)
        while e - s > 2 and self.text[s] in QUOTE_MARKS and self.text[e - 1] in QUOTE_MARKS:
            s, e = s + 1, e - 1  # a name written in quotation marks: «هالة»
        if self.text[s] == "#" and e - s > 1:
            s += 1  # a hashtag: #إيران
        speaker = _Speaker(self.text[s:e], title, s, e, gender, "issuer" if doc_issuer else "subject")
        if doc_issuer is not None:
            self.documents.append((s, noun, speaker))
        return speaker

    def document_of_part(self, k: int, limit: int) -> _Speaker | None:
        """The document a part belongs to (المادة (27) من لائحة الانتخاب → لائحة الانتخاب), or the
        one the article named for an earlier part."""
        toks = self.toks
        while k < limit and (not toks[k].is_word or toks[k].raw.isdigit()) and toks[k].raw not in COMMAS:
            k += 1  # (27)
        if k + 1 < limit and toks[k].key == "من":
            phrase = sp.read_phrase(self.doc, self.lex, k + 1, limit)
            if phrase is not None:
                (s, e), title = sp.split(self.doc, phrase)
                self.part_of = _Speaker(self.text[s:e], title, s, e, "f", "issuer")
        return self.part_of

    def previous_speaker(self, gender: str) -> _Speaker:
        """The last speaker of the same gender (a dropped subject or pronoun refers to them)."""
        # the last one of that gender or of either (p), else simply the last one
        indices = [self.last_of_gender.get(g, -1) for g in ((gender, "p") if gender != "p" else ())]
        at = max(indices, default=-1)
        found = self.history[at] if at >= 0 else (self.history[-1] if self.history else None)
        if found is None:  # before any: the first titled person the article names
            found = self.first_named()
        return replace(found, how="previous") if found else NOBODY

    def first_named(self) -> _Speaker | None:
        """The first phrase in the article that is a title followed by a name (فسر المدير الفني
        لنادي برشلونة لويس إنريكي ...): who a dropped subject means when nobody spoke before."""
        if not self._first_named_done:
            self._first_named_done = True
            is_title = self.title_flags()
            for k, tok in enumerate(self.toks[:MAX_FIRST_NAMED_TOKENS]):
                if tok.quote != -1 or not is_title[k] or (k and is_title[k - 1]):
                    continue  # a phrase starts at its first title word (متحدث باسم …, not باسم …)
                phrase = self.phrase_at(k)
                if phrase is not None and phrase.first < phrase.name_first <= phrase.last:
                    (s, e), title = sp.split(self.doc, phrase)
                    self._first_named = _Speaker(self.text[s:e], title, s, e, "p")
                    break
        return self._first_named

    def verb_subject(self, hit: _Hit) -> tuple[_Speaker, int]:
        """The subject of a verb cue and the token index after it."""
        i = hit.last + 1
        limit = self.para_end[hit.first]
        gender = hit.cue.gender if hit.cue else "p"
        i = self.after_addressee(i, limit)
        antecedent = self.antecedent(hit.first)
        # a relative clause about a titled, named person (المحامي بول بيرغوف الذي تابع القضية): the person is
        # its subject and the noun after the verb its object
        about_person = antecedent is not None and antecedent.first < antecedent.name_first <= antecedent.last \
            and self.toks[antecedent.first].key in self.lex.titles
        phrase = None if about_person else self.subject_phrase(i, limit)
        if phrase is not None and hit.cue is not None and "ب" in hit.cue.heads:
            # طالبت أسرة الإعلامي بتشكيل لجنة …: the verb's own ب ends its subject
            cut = next((j for j in range(phrase.first + 1, phrase.last + 1)
                        if self.toks[j].key.startswith(VERBAL_NOUN_AFTER_BA) and len(self.toks[j].key) > 4), None)
            if cut is not None:
                phrase = self.subject_phrase(i, cut)
        if phrase is not None:
            speaker, after = self.speaker_from(phrase, gender, limit), phrase.last + 1
            if hit.cue is not None and hit.cue.verb_class == "relay":
                speaker, after = self.relayed_source(after, limit) or (speaker, after)
        else:
            before = self.topic(hit.first) if hit.prefixed else (self.lookback(hit.first) or antecedent)
            speaker = replace(self.speaker_from(before, gender, hit.first), how="before") if before \
                else self.paragraph_subject(hit.first, gender, plural_verb=gender == "p") \
                or self.named_woman(hit.first, gender) \
                or self.previous_speaker(gender)
            after = i
        self.note_document(after, limit, speaker)
        return speaker, after

    def note_document(self, k: int, limit: int, speaker: _Speaker) -> None:
        """قالت الوزارة في بيان: a later «البيان» is the ministry's."""
        toks = self.toks
        if speaker.text and k + 1 < limit and toks[k].key == "في":
            noun = _bare(toks[k + 1].key)
            if self.lex.nouns.get(noun) == "document":
                self.documents.append((toks[k].start, noun, speaker))

    def lookback(self, i: int) -> sp.Phrase | None:
        toks = self.toks
        if i and toks[i - 1].key in ("قد", "لقد"):
            i -= 1  # وكان خبراء مستقلون قد أكدوا أن ...
        j = i - 1
        while j >= 0 and toks[j].para == toks[i].para and toks[j].is_word and i - j <= MAX_LOOKBACK_WORDS \
                and toks[j].quote == -1 and not sp.is_stop(self.lex, toks[j].key, toks[j].raw) \
                and toks[j].key not in self.lex.cues and toks[j].key not in CLAUSE_OPENERS \
                and self._phrase_at(j) is None:
            j -= 1
        if j == i - 1:
            return None
        at_clause_start = j < 0 or toks[j].para != toks[i].para or not toks[j].is_word \
            or toks[j].key in CLAUSE_OPENERS or toks[j].key in sp.COMPLEMENTIZERS
        first = j + 1
        if not at_clause_start or (toks[first].raw[:1] in ("و", "ف") and not sp.is_definite(toks[first])
                                   and toks[first].key not in self.surnames):
            return None  # ولمست جانبا مهما ... رد: a verb of its own, not a subject
        return sp.Phrase(first, i - 1, sp._name_start(self.doc, self.lex, first, i - 1))

    def topic(self, i: int) -> sp.Phrase | None:
        """أما فلان فيقول: the topic after أما is the subject of a verb with ف."""
        toks = self.toks
        if not toks[i].raw.startswith("ف"):
            return None
        a = self.sentence_bounds(i)[0]
        for j in range(i - 1, max(a, i - MAX_LOOKBACK_WORDS - 2) - 1, -1):
            if toks[j].key in ("اما", "واما"):
                return sp.read_phrase(self.doc, self.lex, j + 1, i)
        return None

    def antecedent(self, i: int) -> sp.Phrase | None:
        """The noun a relative pronoun before the verb refers to: الملك محمد السادس، الذي أكد ..."""
        toks = self.toks
        j = i - 1
        relative = toks[j].key if j >= 0 else ""
        if relative not in sp.RELATIVES and not (relative[:1] == "و" and relative[1:] in sp.RELATIVES):
            return None  # (والذي أكد …)
        j -= 1
        if j >= 0 and toks[j].raw in COMMAS:
            j -= 1
        end = j
        while j >= 0 and toks[j].para == toks[i].para and toks[j].is_word and end - j < MAX_LOOKBACK_WORDS \
                and toks[j].quote == -1 and not sp.is_stop(self.lex, toks[j].key, toks[j].raw) \
                and cue_of(self.lex, toks[j].key)[0] is None and self._phrase_at(j) is None:
            if self.lex.nouns.get(_bare(toks[j].key)) == "speech":
                break  # تصريحات الطبيب المعالج، والذي أكد: the person, not his statements
            j -= 1
        if j == end:
            return None
        return sp.Phrase(j + 1, end, sp._name_start(self.doc, self.lex, j + 1, end))

    # -- content ---------------------------------------------------------------------------
    def marker(self, j: int, limit: int, strict: bool = False) -> tuple[str, int] | None:
        """The content marker at or after token j: ("colon", i), ("quote", span) or ("clause", i).

        Between a cue's subject and its content may stand a short adverbial (في تصريح لـ«الصباح»
        أمس) or a parenthetical between commas (، خلال ندوة صحفية عقدها بمقر الوزارة، أن ...);
        a quote may come after a longer one. ``strict``: the marker must come at once, for cue
        forms that are also other words (بين أن, not بين صفوف ... أن)."""
        toks = self.toks
        stop = min(limit, j + (2 if strict else MAX_QUOTE_LOOKAHEAD))
        comma_at: int | None = None
        k = j
        while k < stop:
            tok = toks[k]
            if tok.quote != -1:
                span = tok.quote
                if self.span_words(span) >= MIN_QUOTE_WORDS and not self.names_something(span, k, limit) \
                        and not self.colon_follows(span, limit):
                    return "quote", span
                while k < limit and toks[k].quote == span:
                    k += 1
                continue
            if tok.raw == ":":
                return "colon", k
            # a content clause comes soon after the subject, or after a parenthetical between
            # commas (، الناطق الرسمي باسم الحزب، في تصريح لوكالة الأنباء أن ...)
            near = k - j < MAX_LOOKAHEAD or comma_at is not None
            if tok.key in sp.COMPLEMENTIZERS and not (k and toks[k - 1].key in TEMPORAL) and (near or strict):
                return "clause", k + 1
            if self.doc.is_sentence_end(k):
                return None
            if tok.raw in COMMAS and comma_at is None:
                comma_at = k
            cue = cue_of(self.lex, tok.key)[0] if tok.is_word and k > j else None
            if cue is not None and (cue.kind != "participle" or k > j + 1) and not self.is_strict(tok.key):
                return None
            k += 1
        return None

    def colon_follows(self, span: int, limit: int) -> bool:
        """Does a colon come right after the quote (فهد الغانمي «موظف في منتجع»: إن ...)? Then the
        quote describes the speaker and the speech follows the colon."""
        k = bisect_left(self.starts, self.doc.spans[span].outer_end)
        return k < limit and self.toks[k].raw == ":"

    def names_something(self, span: int, k: int, limit: int) -> bool:
        """Is the short quote at token k a name (صحيفة «وول ستريت جورنال», رئيس «المرصد ...» رامي
        عبد الرحمن إن ...) rather than the speech itself?"""
        if self.span_words(span) > MAX_NAME_QUOTE_WORDS:
            return False
        toks = self.toks
        before = toks[k - 2] if k >= 2 and toks[k - 1].quote == -1 else None  # the word before the mark
        if before is not None and before.is_word and (self.names_next(_bare(before.key)) or before.key == "ل"):
            return True
        quoted = self.doc.spans[span]
        if any(mark in self.text[quoted.start:quoted.end] for mark in "،,!?؟"):
            return False  # a name has no commas or questions: «مستوى سيء، لازم نحصل رأس حربة»
        if self.is_quoted_name(quoted):
            return True  # «ملتقى أمن وسلامة الآثار»، «الصندوق الوطني للديموقراطية»
        j = k
        while j < limit and toks[j].quote == span:
            j += 1
        while j < limit and not self.doc.is_sentence_end(j):
            if toks[j].key in sp.COMPLEMENTIZERS or toks[j].raw == ":":
                return True  # the content comes after the name
            if cue_of(self.lex, toks[j].key)[0] is not None:
                return False
            j += 1
        return False

    def starts_new_statement(self, k: int, limit: int) -> bool:
        """Does a new attributed statement begin at token k (inside another one's clause)?"""
        toks = self.toks
        tok = toks[k]
        if tok.key not in self.lex.triggers or tok.quote != -1:
            return False
        if self._phrase_at(k) is not None and k and toks[k - 1].raw in COMMAS:
            return True
        cue, prefixed = cue_of(self.lex, tok.key)
        if cue is None:
            return False
        if self.is_strict(tok.key):  # وبين أن: an ambiguous form only with its content at once
            return k + 1 < limit and (toks[k - 1].raw in COMMAS or tok.key[:1] in ("و", "ف")) \
                and toks[k + 1].key in sp.COMPLEMENTIZERS
        if cue.kind == "participle":
            if toks[k - 1].raw in COMMAS or toks[k - 1].key == "و":
                return True
            # with no comma, only when its content follows at once: ... مشيراً إلى أن، مؤكداً أن
            j = k + 1
            if j < limit and toks[j].key in cue.heads:
                j += 1
            return j < limit and (toks[j].key in sp.COMPLEMENTIZERS or toks[j].raw == ":")
        opens = prefixed or toks[k - 1].raw in COMMAS or toks[k - 1].key in CLAUSE_OPENERS \
            or toks[k - 1].key in self.lex.grammar["on_ones_part"] or self.after_fronted_phrase(k)
        if not opens:
            return False
        phrase = sp.read_phrase(self.doc, self.lex, k + 1, limit)
        return self.marker(phrase.last + 1 if phrase else k + 1, limit) is not None

    def after_fronted_phrase(self, k: int) -> bool:
        """Does token k follow a short prepositional phrase opening a new clause after a comma
        (، وفي هذا الإطار يقول ...)?"""
        toks = self.toks
        j = k - 1
        while j > 0 and k - j <= MAX_FRONTED_WORDS and toks[j].is_word:
            j -= 1
        return toks[j].raw in COMMAS and j + 1 < k and toks[j + 1].key in self.lex.grammar["fronting"]

    def clause_end(self, s: int, sentences: bool = True) -> int:
        """Token index where content starting at token s ends: where another statement begins
        (، مضيفاً أن ...، وأضاف أن ...، بحسب ...), or the sentence's end (``sentences``; speech
        after a colon runs on to the end of its paragraph)."""
        toks = self.toks
        limit = self.para_end[s] if s < len(toks) else s
        k = s
        while k < limit:
            if sentences and self.doc.is_sentence_end(k):
                break
            if k > s + 1 and toks[k - 1].raw in COMMAS and k + 1 < limit \
                    and (toks[k].key, toks[k + 1].key) in self.lex.grammar["writers_framing"]:
                k -= 1  # ...، وذلك في تعليق على الأحداث: the article's own words again
                break
            if k > s + 1 and toks[k - 1].raw in COMMAS and toks[k].raw[:1] == "و" \
                    and self.coordinate_subject(k, limit) is not None:
                k -= 1  # …، ويؤيد المواطن فلان الرأي: another person's clause
                break
            if k > s + 1 and toks[k].key in self.lex.grammar["as_reported"] and k + 1 < limit \
                    and self.is_verb_cue(toks[k + 1].key):
                while k > s and toks[k - 1].raw in COMMAS:
                    k -= 1  # …، كما ذكرت وكالة رويترز: the source of what came before
                break
            if k > s + 1 and self.starts_new_statement(k, limit):
                if self.after_fronted_phrase(k):
                    while k > s and toks[k - 1].raw not in COMMAS:
                        k -= 1  # ، وفي هذا الإطار يقول: the phrase belongs to the next statement
                if toks[k - 1].key in self.lex.grammar["on_ones_part"]:
                    k -= 2 if toks[k - 2].key in ("من", "ومن") else 1  # من جهته يقول: the next speaker's
                while k > s and (toks[k - 1].raw in COMMAS or toks[k - 1].key in CLAUSE_OPENERS):
                    k -= 1
                break
            k += 1
        return k

    def typed(self, start: int, end: int) -> tuple[int, int, str]:
        """Type a content clause by its quotation marks; a fully quoted clause is direct."""
        spans = self.doc.spans
        inside = [spans[k] for k in range(bisect_left(self.span_opens, start), bisect_left(self.span_opens, end))
                  if spans[k].end <= end]
        if len(inside) == 1:
            span = inside[0]
            outside = self.text[start:span.open_mark] + self.text[span.outer_end:end]
            if not any(ch.isalnum() for ch in outside):
                return span.start, span.end, "direct"
        if any(not self.is_quoted_name(s) and (len(self.text[s.start:s.end].split()) >= MIN_MIXED_QUOTE_WORDS
                                                or self.is_quoted_word_of_speech(s)) for s in inside):
            return start, end, "mixed"
        return start, end, "indirect"

    def is_quoted_word_of_speech(self, span) -> bool:
        """A single quoted word that is the speaker's own (يعد "إيجابياً"، "استشهدوا"، بشكل "مفضوح")
        rather than a name or a term the article uses itself: one the article never writes without
        quotation marks, and not one of a list of quoted names ("أبل" و"سامسونغ")."""
        words_inside = self.text[span.start:span.end].split()
        if len(words_inside) != 1 or not fold(words_inside[0]).isalpha():
            return False
        after = self.text[span.outer_end:span.outer_end + 3].lstrip()
        before = self.text[max(0, span.open_mark - 3):span.open_mark].rstrip()
        if (after[:1] == "و" and after[1:2] in QUOTE_MARKS) or before.endswith(("و", "لـ", "ل")):
            return False  # انضممن لـ"داعش": a name after a preposition
        key = fold(words_inside[0])
        return not any(self.toks[k].quote == -1 for k in self.where(key))

    def is_quoted_name(self, span) -> bool:
        """A quoted name or title (تنظيم «جبهة النصرة»، شركة «العربية للطيران») rather than quoted
        words of the speaker's: after an organisation, title or document noun, or opening with one."""
        words_inside = fold(self.text[span.start:span.end]).split()
        if not words_inside or len(words_inside) > MAX_NAME_QUOTE_WORDS:
            return False
        before = self.text[max(0, span.open_mark - 40):span.open_mark].split()
        previous = _bare(fold(before[-1])) if before else ""
        if previous.startswith("ل") and self.lex.kind_of(previous[1:]) is not None:
            previous = previous[1:]
        if self.names_next(previous) or previous in self.lex.naming:
            return True
        first = _bare(words_inside[0])
        if self.lex.kind_of(first) in NAMING_KINDS or first in self.lex.naming:
            return True  # «الصندوق الوطني …»، «ملتقى أمن وسلامة الآثار»
        return self.quoted_texts.get(" ".join(words_inside), 0) > 1  # «العربية للطيران» again and again

    @cached_property
    def quoted_texts(self) -> Counter:
        """How often each short quoted text occurs in the article (folded)."""
        return Counter(" ".join(fold(self.text[s.start:s.end]).split()) for s in self.doc.spans
                       if s.end - s.start < MAX_NAME_QUOTE_CHARS)

    def names_next(self, key: str) -> bool:
        """Is this word (without ال) an organisation, title, source or document noun, after which a
        short quote is a name: صحيفة «...»، رئيس «...»، بيان «...»?"""
        return self.lex.kind_of(key) in NAMING_KINDS or key in self.lex.nouns

    def emit_content(self, hit: _Hit, speaker: _Speaker, found: tuple[str, int], rule_prefix: str) -> bool:
        kind, at = found
        toks = self.toks
        if kind == "quote":
            span = self.doc.spans[at]
            self.used_spans.add(at)
            ok = self.add(span.start, span.end, "direct", hit, speaker, f"{rule_prefix}-quote")
            self.follow_quotes(at, hit, speaker)
            return ok
        if kind == "colon":
            limit = self.para_end[at]
            nxt = at + 1
            if nxt < limit and toks[nxt].quote != -1:
                return self.emit_content(hit, speaker, ("quote", toks[nxt].quote), rule_prefix)
            if nxt < limit and toks[nxt].raw in QUOTE_MARKS and nxt + 1 < limit and toks[nxt + 1].quote != -1:
                return self.emit_content(hit, speaker, ("quote", toks[nxt + 1].quote), rule_prefix)
            if nxt >= limit:
                return self.colon_at_paragraph_end(hit, speaker, at, rule_prefix)
            # speech after a colon runs to the paragraph's end; after a quotation mark that is never
            # closed (وتابع: "قمت ... وجديدها. ودعا ...) to the end of its sentence
            end_tok = self.clause_end(nxt, sentences=toks[nxt].raw in QUOTE_MARKS)
            # وقال: إنه لم يكن موجوداً، وأضاف: أن مهمته ...: a reported clause after the colon
            if toks[nxt].raw in self.lex.grammar["reported_opener"] and nxt + 1 < end_tok:
                return self.add(toks[nxt + 1].start, toks[end_tok - 1].end, "indirect", hit, speaker,
                                f"{rule_prefix}-colon")
            return self.add(toks[nxt].start, toks[end_tok - 1].end, "direct", hit, speaker, f"{rule_prefix}-colon")
        if at >= len(toks) or toks[at].para != toks[hit.first].para:
            return False
        end_tok = self.clause_end(at)
        if end_tok <= at:
            return False
        start, end, type_ = self.typed(toks[at].start, toks[end_tok - 1].end)
        return self.add(start, end, type_, hit, speaker, f"{rule_prefix}-clause")

    def colon_at_paragraph_end(self, hit: _Hit, speaker: _Speaker, at: int, rule_prefix: str) -> bool:
        """يقول الشاعر:⏎«...»: the speech is the next paragraph (its quote, or all of it)."""
        toks = self.toks
        nxt = at + 1
        if nxt >= len(toks) or toks[nxt].para != toks[at].para + 1:
            return False
        if toks[nxt].raw in QUOTE_MARKS and nxt + 1 < len(toks) and toks[nxt + 1].quote != -1:
            return self.emit_content(hit, speaker, ("quote", toks[nxt + 1].quote), rule_prefix)
        limit = self.para_end[nxt]
        if limit - nxt > MAX_COLON_PARAGRAPH_TOKENS:
            return False
        return self.add(toks[nxt].start, toks[limit - 1].end, "direct", hit, speaker, f"{rule_prefix}-colon")

    def follow_quotes(self, k: int, hit: _Hit, speaker: _Speaker) -> None:
        """Quotes that follow span k in its paragraph with no new cue between: the same speaker."""
        spans = self.doc.spans
        n = k + 1
        while n < len(spans):
            prev, span = spans[n - 1], spans[n]
            if prev.close_mark is None:
                break
            gap = self.text[prev.outer_end:span.open_mark]
            if "\n" in gap or any(ch.isalnum() for ch in gap) or self.span_words(n) < MIN_QUOTE_WORDS:
                break
            self.used_spans.add(n)
            self.add(span.start, span.end, "direct", hit, speaker, "quote-continued")
            n += 1

    # -- passes ----------------------------------------------------------------------------
    def run(self) -> list[Statement]:
        hits = self.hits()
        for hit in hits:
            if self.claimed_at(self.toks[hit.first].start):
                continue
            if hit.cue is None:
                self.phrase_cue(hit)
            elif hit.cue.kind == "participle":
                self.participle_cue(hit, hit.cue)
            else:
                self.verb_cue(hit, hit.cue)
        self.reopened_quotes()
        self.resolve_mentions()
        self.statements.sort(key=lambda s: s.start)
        return self.statements

    def is_verb_cue(self, key: str) -> bool:
        """A reporting verb (not a participle, not a form that is also another word)."""
        cue = cue_of(self.lex, key)[0]
        return cue is not None and cue.kind == "verb" and not self.is_strict(key)

    def relayed_source(self, k: int, limit: int) -> tuple[_Speaker, int] | None:
        """For a relaying verb (ونقلت وكالة رويترز عن أحد المجندين قوله ...، أوردت الوكالة نقلا عن
        مصدرين ...), the source after عن is the speaker, and the token after it."""
        toks = self.toks
        start = k
        while k < limit and k - start < MAX_RELAY_GAP and (
                toks[k].raw in COMMAS or (self.lex.kind_of(toks[k].key) == "stop" and toks[k].key != "عن")):
            k += 1  # ، الخميس، نقلا عن ...
        if k < limit and toks[k].key == "نقلا":
            k += 1
        if k >= limit or toks[k].key != "عن":
            return None
        phrase = self.subject_phrase(k + 1, limit)
        if phrase is None:
            return None
        return self.speaker_from(phrase, "p", limit), phrase.last + 1

    def after_addressee(self, i: int, limit: int) -> int:
        """Past the one told, between a verb and its subject: كشف لـ«عكاظ» مشرف ...، وقال
        لـ"الشرق الأوسط" مسؤول ...، قال لي مسؤول ..."""
        toks = self.toks
        if i + 1 < limit and toks[i].key in self.lex.grammar["addressee"] and toks[i + 1].is_word \
                and toks[i + 1].quote == -1:
            return i + 1  # قال لي مسؤول (not قال لي "…", where the quote follows)
        if i + 2 < limit and toks[i].key == "ل" and toks[i + 1].raw in sp.QUOTE_OPENERS and toks[i + 2].quote != -1:
            span, k = toks[i + 2].quote, i + 2
            while k < limit and toks[k].quote == span:
                k += 1
            if k - i - 2 <= sp.MAX_QUOTED_NAME_WORDS and k < limit and not toks[k].is_word:
                return k + 1
        return i

    def subject_phrase(self, i: int, limit: int) -> sp.Phrase | None:
        """The subject noun phrase at token i; a surname named before is all of it (وطالب الحمادي
        المواطنين ...)."""
        phrase = sp.read_phrase(self.doc, self.lex, i, limit) if i < limit else None
        if phrase is None or phrase.last == phrase.first:
            return phrase
        toks = self.toks
        if self.is_known_surname(toks[phrase.first].key):
            return sp.Phrase(phrase.first, phrase.first, phrase.first)
        if toks[phrase.first].key in sp.NAME_LINKS and self.is_known_surname(toks[phrase.first + 1].key):
            return sp.Phrase(phrase.first, phrase.first + 1, phrase.first)  # وتابع آل الشيخ انتقاده …
        return phrase

    def phrase_at(self, k: int) -> sp.Phrase | None:
        """The noun phrase starting at token k, up to its paragraph's end (read once per token)."""
        if k not in self._phrases:
            self._phrases[k] = sp.read_phrase(self.doc, self.lex, k, self.para_end[k])
        return self._phrases[k]

    def is_known_surname(self, key: str) -> bool:
        """Is this word the last of a full name (two words or more) that spoke earlier?"""
        return key in self.surnames

    def complement_follows(self, cue: Cue, k: int, limit: int) -> bool:
        """Does the verb's own complement (عن for عبّر, على for ردّ) come within reach of token k?"""
        heads = set(cue.heads)
        heads |= {h + pronoun for h in heads for pronoun in ATTACHED_PRONOUNS}  # ردّ عليها
        return any(t.key in heads for t in self.toks[k:min(limit, k + COMPLEMENT_REACH)])

    def is_impersonal(self, key: str) -> bool:
        return key in self.lex.impersonal or (key[:1] in ("و", "ف") and key[1:] in self.lex.impersonal)

    def is_strict(self, key: str) -> bool:
        return key in self.lex.strict or (key[:1] in ("و", "ف") and key[1:] in self.lex.strict)

    def verb_cue(self, hit: _Hit, cue: Cue) -> None:
        speaker, after = self.verb_subject(hit)
        if speaker.how in ("previous", "paragraph") and (
                cue.verb_class == "belief" or self.is_impersonal(self.toks[hit.first].key)):
            return  # ويتوقع أن، ويذكر أن ... with no subject: impersonal (it is expected, it is worth noting)
        limit = self.para_end[hit.first]
        strict = self.is_strict(self.toks[hit.first].key)
        found = self.marker(after, limit, strict)
        # أكد اللاعب جدارة الفريق ... وقال: the subject even without content; for a form that is also
        # another word, only when the verb's own complement follows (عبر النحات فلان عن اعتزازه)
        if not strict or self.complement_follows(cue, after, limit):
            self.remember(speaker)
        span = self.quote_before(hit.first)
        if found is not None and (span is None or found[0] != "clause"):
            self.emit_content(hit, speaker, found, "verb")
            return
        if span is not None:
            s = self.doc.spans[span]
            self.used_spans.add(span)
            self.add(s.start, s.end, "direct", hit, speaker, "quote-verb")
            return
        if not self.as_reported(hit, speaker, after) and not self.inserted(hit, speaker, after):
            self.quoted_object(hit, cue, speaker, after, limit, "verb")

    def as_reported(self, hit: _Hit, speaker: _Speaker, after: int) -> bool:
        """…، كما ذكر صحافيون. / … حسبما ذكرت المحكمة: a cue after كما/حسبما whose subject ends
        the sentence credits the sentence before it."""
        toks = self.toks
        j = hit.first - 1
        if j < 0 or toks[j].key not in self.lex.grammar["as_reported"] or speaker.how != "subject" \
                or self.is_strict(toks[hit.first].key):
            return False
        a, b = self.sentence_bounds(hit.first)
        if sum(1 for t in toks[after:b] if t.is_word) > MAX_TRAILING_WORDS:
            return False
        end = j - 1
        while end > a and (toks[end].raw in COMMAS or toks[end].raw in DASHES):
            end -= 1
        lead = [t for t in toks[a:end + 1] if t.is_word]
        if len(lead) < MIN_TRAILED_WORDS or any(self.is_verb_cue(t.key) for t in lead):
            return False  # nothing before it, or another cue's statement holds the sentence
        s, e, type_ = self.typed(toks[a].start, toks[end].end)
        return self.add(s, e, type_, hit, speaker, "verb-trailed")

    def inserted(self, hit: _Hit, speaker: _Speaker, after: int) -> bool:
        """أما بالنسبة للنتائج، يضيف وزير الداخلية، فلم يتم التوصل بها: a cue with its subject set
        between commas inside a sentence credits the sentence around it."""
        toks = self.toks
        j = hit.first - 1
        if j < 0 or toks[j].raw not in COMMAS or speaker.how != "subject" or self.is_strict(toks[hit.first].key) \
                or toks[hit.first].key[:1] in ("و", "ف"):
            return False
        a, b = self.sentence_bounds(hit.first)
        if after + 1 >= b or toks[after].raw not in COMMAS or toks[after + 1].raw[:1] == "و":
            return False  # (…، أقر الرئيس فلان بوجود تهديد، وقال: a clause of its own follows)
        lead = [t for t in toks[a:j] if t.is_word]
        if len(lead) < MIN_TRAILED_WORDS or any(self.is_verb_cue(t.key) for t in lead + toks[after + 1:b]):
            return False
        end = b - 1
        while end > after and not toks[end].is_word and toks[end].quote == -1 and toks[end].raw not in QUOTE_MARKS:
            end -= 1
        s, e, type_ = self.typed(toks[a].start, toks[end].end)
        return self.add(s, e, type_, hit, speaker, "verb-inserted")

    def quote_before(self, i: int) -> int | None:
        toks = self.toks
        j = i - 1
        while j >= 0 and toks[j].para == toks[i].para and (toks[j].raw in COMMAS or toks[j].raw in DASHES):
            j -= 1
        if j < 0 or toks[j].para != toks[i].para or toks[j].raw not in "»«”“\"":
            return None
        if j > 0 and toks[j - 1].quote != -1:
            span = toks[j - 1].quote
            if span not in self.used_spans and self.span_words(span) >= MIN_QUOTE_WORDS \
                    and self.stands_alone(span):
                return span
        return None

    def stands_alone(self, k: int) -> bool:
        """Does quote k open its paragraph or sentence (not a phrase quoted inside one)?"""
        open_mark = self.doc.spans[k].open_mark
        before = self.text[self.doc.paragraphs[self._para_of(open_mark)][0]:open_mark]
        tail = before.rstrip()
        return not tail or tail[-1] in ".!?؟:;؛-–—" or tail.endswith("..")

    def participle_cue(self, hit: _Hit, cue: Cue) -> None:
        speaker = self.main_subject(hit.first, cue.gender)
        found = self.marker(hit.last + 1, self.para_end[hit.first])
        if found is not None:
            self.emit_content(hit, speaker, found, "participle")
        else:
            self.quoted_object(hit, cue, speaker, hit.last + 1, self.para_end[hit.first], "participle")

    def quoted_object(self, hit: _Hit, cue: Cue, speaker: _Speaker, k: int, limit: int, rule_prefix: str) -> bool:
        """What was demanded, expressed or called for, when it quotes the speaker: the verb's own
        complement and what follows it (طالبت الأسرة بتشكيل لجنة للتحقيق في "موته"، أعربت عن قلقها من
        عمليات "غير مشروعة"). Without quoted words such an object is not a statement."""
        toks = self.toks
        heads = cue.heads & OBJECT_COMPLEMENTS
        if not heads:
            return False
        def is_complement(j: int) -> bool:  # بالتدخل، بتشكيل، بمزيد، باتخاذ، عن
            key = toks[j].key
            return key in heads or ("ب" in heads and key.startswith(VERBAL_NOUN_AFTER_BA) and len(key) > 4)

        if k < limit and toks[k].raw in COMMAS:
            # past parentheticals between commas: طالبت الأسرة، في أول بيان لها، في 2 أكتوبر، بتشكيل …
            b = self.sentence_bounds(k)[1]
            k = next((j for j in range(k + 1, min(b, k + MAX_PARENTHETICAL_TOKENS))
                      if toks[j - 1].raw in COMMAS and is_complement(j)), limit)
        if k >= limit or not is_complement(k):
            return False  # the complement right after the subject
        end = self.clause_end(k)
        if end <= k:
            return False
        s, e, type_ = self.typed(toks[k].start, toks[end - 1].end)
        return type_ == "mixed" and self.add(s, e, type_, hit, speaker, f"{rule_prefix}-object")

    def main_subject(self, i: int, gender: str = "p") -> _Speaker:
        """The subject of the nearest verb cue before token i in its paragraph, or the last speaker."""
        toks = self.toks
        for j in range(i - 1, max(-1, i - MAX_SENTENCE_TOKENS), -1):
            if toks[j].para != toks[i].para:
                break
            if toks[j].raw in COMMAS and j + 2 < i and toks[j + 1].raw[:1] == "و" \
                    and not self.claimed_at(toks[j + 1].start):
                coordinate = self.coordinate_subject(j + 1, i)
                if coordinate is not None:
                    return coordinate  # …، ويؤيد المواطن زامل الغامدي الرأي …، مضيفاً
            if toks[j].key not in self.lex.triggers or self.is_noun_form(j):
                continue
            cue, prefixed = cue_of(self.lex, toks[j].key)
            if cue is not None and cue.kind == "verb" and toks[j].quote == -1 and not self.claimed_at(toks[j].start):
                # (a cue inside another statement's content is not the main verb)
                if self.is_strict(toks[j].key) and not self.complement_follows(cue, j + 1, i):
                    continue  # عبر فقرة خاصة: the preposition, not the verb عبّر (عن)
                speaker, after = self.verb_subject(_Hit(j, j, cue, prefixed))
                if speaker.how in ("previous", "paragraph") and self.is_impersonal(toks[j].key):
                    return self.clause_subject(after, i) or speaker
                return speaker
        return self.paragraph_subject(i, "p") or self.titled_person_before(i, gender) \
            or self.known_person_before(i) or self.previous_speaker("p")

    def named_woman(self, i: int, gender: str) -> _Speaker | None:
        """A feminine verb with no subject when no woman or organisation has spoken yet: the titled
        woman named earlier in its sentence (تواصلت «الوطن» مع الطالبة نور العمراني وأكدت …)."""
        if gender != "f" or "f" in self.last_of_gender or "p" in self.last_of_gender:
            return None
        return self.titled_person_before(i, "f")

    def coordinate_subject(self, w: int, i: int) -> _Speaker | None:
        """The subject of a verb that is not a cue opening a coordinate clause at token w: a titled
        person (، ويؤيد المواطن زامل الغامدي …) or the family name of someone who spoke before."""
        toks = self.toks
        verb = toks[w].key
        if sp.is_stop(self.lex, verb) or self.lex.kind_of(verb) is not None or sp.is_definite(toks[w]):
            return None
        if w + 1 < i and self.is_known_surname(toks[w + 1].key):
            # …، وختم بنجبلي حديثه بالقول: a speaker named before, by the family name
            return replace(self.speaker_from(sp.Phrase(w + 1, w + 1, w + 1), "p", i), how="sentence")
        if verb in self.lex.triggers:
            return None
        phrase = self.subject_phrase(w + 1, i)
        if phrase is None or phrase.last >= i or "title" not in (
                self.lex.kind_of(toks[phrase.first].key), self.lex.kind_of(_bare(toks[phrase.first].key))) \
                or not phrase.first < phrase.name_first <= phrase.last:
            return None
        # the verb is transitive: its object follows the family name (زامل الغامدي الرأي السابق)
        for k in range(phrase.name_first + 1, (phrase.name_last or phrase.last)):
            if sp.is_definite(toks[k]) and not sp.is_definite(toks[k - 1]):
                phrase = replace(phrase, last=k, name_last=k)
                break
        return replace(self.speaker_from(phrase, "p", i), how="sentence")

    def titled_person_before(self, i: int, gender: str) -> _Speaker | None:
        """The nearest title with its holder's name earlier in the sentence of token i, of the
        participle's gender: the subject of a verb that is not a cue (وتحدث فيها الدكتور علي
        الشهري ... عن «...»، مبيناً أن ...)."""
        toks = self.toks
        a = self.sentence_bounds(i)[0]
        for j in range(i - 1, a - 1, -1):
            head = toks[j].key
            if toks[j].quote != -1 or "title" not in (self.lex.kind_of(head), self.lex.kind_of(_bare(head))):
                continue
            if gender in ("m", "f") and (head.endswith("ه") == (gender == "m")):
                continue  # الدكتورة for مؤكدة, الدكتور for مؤكداً
            if j > a and "title" in (self.lex.kind_of(toks[j - 1].key), self.lex.kind_of(_bare(toks[j - 1].key))):
                continue  # the phrase starts at the first of its titles
            phrase = sp.read_phrase(self.doc, self.lex, j, i)
            if phrase is not None and phrase.first < phrase.name_first <= phrase.last and (
                    phrase.name_first == phrase.last
                    or sp.looks_like_a_name(self.doc, self.lex, phrase.name_first, phrase.name_first + 2)):
                return replace(self.speaker_from(phrase, "p", i), how="sentence")
        return None

    def known_person_before(self, i: int) -> _Speaker | None:
        """The first person in the sentence of token i named by the family name, whom the article
        named in full with a title before (رئيس الوزراء الإيطالي جوزيبي كونتي … وخصوصا أن كونتي صعد
        الموقف …، مؤكدا): the subject of a verb that is not a cue."""
        toks = self.toks
        a = self.sentence_bounds(i)[0]
        people = self.titled_people()
        for j in range(a, i):  # the first, not one named after a preposition (وتحدث ترامب عن ماتيس)
            named = people.get(toks[j].key) if toks[j].quote == -1 and not sp.is_definite(toks[j]) else None
            if named is not None and j > a and toks[j - 1].key in self.lex.grammar["preposition"]:
                continue
            if named is not None and named[0] < toks[j].start:
                s, e, title = named
                return _Speaker(self.text[s:e], title, s, e, "p", "sentence")
        return None

    def title_flags(self) -> list[bool]:
        """For each token, is it a title word (وزير، الرئيس)?"""
        if self._title_flags is None:
            titles = self.lex.titles
            self._title_flags = [tok.key in titles for tok in self.toks]
        return self._title_flags

    def titled_people(self) -> dict[str, tuple[int, int, str]]:
        """Family name -> (start, end, title) of the first title + full name phrase that ends with it."""
        if self._titled_people is None:
            self._titled_people = {}
            toks, is_title = self.toks, self.title_flags()
            for k, tok in enumerate(toks):
                if not is_title[k] or tok.quote != -1 or (k and is_title[k - 1]):
                    continue
                phrase = self.phrase_at(k)
                if phrase is None or not phrase.first < phrase.name_first < phrase.last:
                    continue
                (s, e), title = sp.split(self.doc, phrase)
                last = toks[phrase.last if phrase.name_last is None else phrase.name_last]
                if last.end == e and len(self.text[s:e].split()) >= 2:
                    self._titled_people.setdefault(last.key, (s, e, title))
        return self._titled_people

    def clause_subject(self, k: int, i: int) -> _Speaker | None:
        """The subject opening the content clause at token k (ويذكر أن الوزير فلان ...), read up to i."""
        toks = self.toks
        if k < i and toks[k].key in ("الي", "علي"):
            k += 1
        if k >= i or toks[k].key not in sp.COMPLEMENTIZERS:
            return None
        phrase = sp.read_phrase(self.doc, self.lex, k + 1, i)
        if phrase is None:
            return None
        return replace(self.speaker_from(phrase, "p", i), how="clause")

    def paragraph_subject(self, i: int, gender: str, plural_verb: bool = False) -> _Speaker | None:
        """The subject of a verb that is not a cue, opening the paragraph of token i, when nobody
        has spoken since: من جهته ثمن خالد ناقرو المدير العام ... وأشار إلى أن → خالد ناقرو."""
        toks = self.toks
        a = self.sentence_bounds(i)[0]
        while a < i and not toks[a].is_word:
            a += 1
        if a == i and a > 0 and toks[a - 1].para == toks[i].para:
            a = self.sentence_bounds(a - 1)[0]  # the cue opens its sentence: the sentence before
            while a < i and not toks[a].is_word:
                a += 1
        opener = False
        if a + 1 < i and toks[a].key in ("من", "ومن") and toks[a + 1].key in self.lex.grammar["on_ones_part"]:
            a, opener = a + 2, True
        elif toks[a].key in self.lex.grammar["on_ones_part"]:
            a, opener = a + 1, True
        while a < i and toks[a].raw in COMMAS:
            a += 1
        verb = toks[a].key if a + 1 < i else ""
        if not verb or not toks[a].raw.isalpha() or verb.startswith("ال") or sp.is_stop(self.lex, verb) \
                or (verb in self.lex.cues and not self.is_strict(verb)) or self.lex.kind_of(verb) is not None:
            return None
        phrase = self.subject_phrase(a + 1, i)
        if phrase is None or phrase.last >= i:
            return None
        # the subject is a title with its holder (ثمن المدير العام فلان), after من جهته or كان a
        # name, or a surname named before (وختم بنجبلي حديثه ... بالقول)
        head = toks[phrase.first].key
        titled = "title" in (self.lex.kind_of(head), self.lex.kind_of(_bare(head)))
        named = (opener or verb in self.lex.grammar["kana"]) and sp.looks_like_a_name(
            self.doc, self.lex, phrase.first, min(phrase.last, phrase.first + 1) + 1)
        # a plural verb (وطالبوا) and a definite plural of people opening the sentence (وردد المتظاهرون
        # الشباب هتافات …): the people, up to the verb's indefinite object
        plural = plural_verb and sp.is_definite(toks[phrase.first]) and head.endswith(("ون", "ين"))
        if plural:
            end = next((k for k in range(phrase.first + 1, phrase.last + 1) if not sp.is_definite(toks[k])),
                       phrase.last + 1)
            phrase = sp.Phrase(phrase.first, end - 1, end)
        if not (titled or named or plural or (phrase.first == phrase.last and self.is_known_surname(head))):
            return None
        speaker = self.speaker_from(phrase, gender, i)
        last = self.history[-1] if self.history else None
        if last is not None and last.start is not None and speaker.start is not None and last.start > speaker.start:
            return None  # someone spoke after it
        return replace(speaker, how="paragraph")

    def phrase_cue(self, hit: _Hit) -> None:
        toks = self.toks
        limit = self.para_end[hit.first]
        start = hit.last + 1
        last_key = toks[hit.last].key
        pronoun = last_key.endswith(("ه", "ها", "هم")) and last_key[:-1] in ("تعبير", "قول")
        if pronoun or last_key.endswith(("تعبيره", "تعبيرها", "قوله", "قولها")):
            speaker = self.previous_speaker("p")
            after = start
        else:
            # ما + a verb stands between the phrase and the source: وفق ما نقلته وكالة ...، وفقا لما ذكرته
            joined = hit.joined
            if start < limit and (toks[start].key == "ما" or (joined and toks[start].key == "لما")):
                start, joined = start + 2, False
            phrase = sp.read_phrase(self.doc, self.lex, start, limit, joined) if start < limit else None
            if phrase is None:
                return
            if toks[phrase.first].key in self.lex.nouns and self.lex.nouns[toks[phrase.first].key] == "speech":
                speaker = self.previous_speaker("p")  # بحسب تصريحات أدلى بها: the last speaker's own words
            else:
                speaker = self.speaker_from(phrase, "p", limit)
                if joined and speaker.start == toks[phrase.first].start:
                    speaker = _Speaker(self.text[speaker.start + 1:speaker.end], speaker.title,
                                       speaker.start + 1, speaker.end, speaker.gender)
            after = phrase.last + 1
        a, b = self.sentence_bounds(hit.first)
        lead = [t for t in toks[a:hit.first] if t.is_word]
        if any(self.is_verb_cue(t.key) for t in lead):
            return  # وقالت الشركة، بحسب موقع ...، إن: the verb's statement holds the content
        if not lead or (len(lead) == 1 and lead[0].key in ("و", "ف")):
            # the phrase opens the sentence: its content follows
            k = after
            while k < b and (toks[k].raw in COMMAS or toks[k].key in ("فان", "فانه", "فانها")):
                k += 1
            if k >= b:
                return
            s, e, type_ = self.typed(toks[k].start, toks[b - 1].end)
        else:
            end = hit.first - 1
            while end > a and (toks[end].raw in COMMAS or toks[end].raw in DASHES):
                end -= 1
            tail = after + 1 if after < b and toks[after].raw in COMMAS else None
            if tail is not None and any(t.is_word for t in toks[tail:b]):
                end = b - 1  # حصل الحزب، حسب الوزير، على 7 مقاعد: the sentence around the phrase
            s, e, type_ = self.typed(toks[a].start, toks[end].end)
        self.add(s, e, type_, hit, speaker, "phrase-clause")

    def reopened_quotes(self) -> None:
        """A paragraph that opens with a quote and has no cue continues the last quoted speaker."""
        last_speaker: _Speaker | None = None
        source: Statement | None = None  # the statement whose quote the paragraph continues
        last_para = -2
        by_para: dict[int, list[Statement]] = {}
        for st in self.statements:
            by_para.setdefault(self._para_of(st.start), []).append(st)
        for n, (pstart, pend) in enumerate(self.doc.paragraphs):
            own = by_para.get(n)
            if own:
                quoted = [st for st in own if st.type == "direct"]
                if quoted:
                    last_speaker = _Speaker(quoted[-1].speaker, quoted[-1].speaker_title,
                                            quoted[-1].speaker_start, quoted[-1].speaker_end, "p", "previous")
                    last_para = n
                    source = quoted[-1]
                continue
            line = self.text[pstart:pend].lstrip()
            if last_speaker is None or source is None or n != last_para + 1 or not line or line[0] not in "«“\"”":
                continue
            spans = list(range(bisect_left(self.span_opens, pstart), bisect_left(self.span_opens, pend)))
            if not spans or self.span_words(spans[0]) < MIN_QUOTE_WORDS:
                continue
            hit_tok = min(bisect_left(self.starts, source.cue_start), len(self.toks) - 1)
            hit = _Hit(hit_tok, hit_tok, None, False)
            for k in spans:
                if self.span_words(k) >= MIN_QUOTE_WORDS:
                    s = self.doc.spans[k]
                    self.add(s.start, s.end, "direct", hit, last_speaker, "quote-continued")
            last_para = n

    def _para_of(self, offset: int) -> int:
        return bisect_right(self.para_starts, offset) - 1

    def resolve_mentions(self) -> None:
        """Short mentions take the fullest form the article gives: a title alone (الوزير) the named
        holder of that title, an organisation's head noun alone (الصحيفة) its full name, and a
        one-word name (ترامب) the fullest name that ends with it."""
        for n, st in enumerate(self.statements):
            if st.speaker_start is None or st.speaker_end is None or st.speaker_title:
                continue
            before = self.statements[max(0, n - MAX_MENTION_LOOKBACK):n]
            fuller = self.fuller_mention(st, st.speaker_start, st.speaker_end, before)
            if fuller:
                st.speaker, st.speaker_title = fuller
        full: dict[str, str] = {}
        for st in self.statements:
            words = st.speaker.split()
            if len(words) >= 2:
                key = fold(words[-1])
                if len(words) > len(full.get(key, "").split()):
                    full[key] = st.speaker
        first_names: dict[str, set[str]] = {}
        for name in full.values():
            first_names.setdefault(fold(name.split()[0]), set()).add(name)
        for st in self.statements:
            words = st.speaker.split()
            if len(words) == 1:
                key = fold(words[0])
                by_first = first_names.get(key, set())
                name = full.get(key) or (next(iter(by_first)) if len(by_first) == 1 else "")
                if name:
                    st.speaker = name

    def issuer_in_text(self, noun: str, mention: list[int]) -> _Speaker | None:
        """The issuer named with the document anywhere in the text: دراسة أجرتها جامعة كوليدج لندن."""
        places = self.mentions(noun)
        here = bisect_left(places, mention[0])
        for k in places[max(0, here - MAX_MENTION_PLACES):here + MAX_MENTION_PLACES]:
            if k in mention or self.toks[k].quote != -1:
                continue
            limit = self.para_end[k]
            phrase = sp.issuer(self.doc, self.lex, sp.Phrase(k, k, k + 1), limit)
            if phrase is not None:
                (s, e), title = sp.split(self.doc, phrase)
                return _Speaker(self.text[s:e], title, s, e, "p", "issuer")
        return None

    def mentions(self, bare: str) -> list[int]:
        """Token indices of a word with or without ال, in text order (cached per word)."""
        if bare not in self._mentions:
            self._mentions[bare] = sorted(self.where(bare) + self.where("ال" + bare))
        return self._mentions[bare]

    def where(self, key: str) -> list[int]:
        """Token indices of a folded word (the index is built on first use)."""
        if self._where is None:
            self._where = {}
            for k, tok in enumerate(self.toks):
                if tok.key:
                    self._where.setdefault(tok.key, []).append(k)
        return self._where.get(key, [])

    def issuer_of(self, noun: str, offset: int) -> _Speaker | None:
        """Who issued the document «noun» mentioned at offset: the last one named before it."""
        found = sorted((at, i) for i, (at, n, _) in enumerate(self.documents[-MAX_MENTION_LOOKBACK:]) if n == noun)
        earlier = [i for at, i in found if at < offset]
        return self.documents[-MAX_MENTION_LOOKBACK:][earlier[-1]][2] if earlier else None

    def speaker_words(self, st: Statement) -> frozenset[str]:
        """The bare folded words of a statement's speaker and title (cached per speaker)."""
        key = (st.speaker, st.speaker_title)
        if key not in self._speaker_words:
            same = self.lex.same_title
            self._speaker_words[key] = frozenset(
                same.get(bare, bare) for bare in (_bare(fold(w)) for w in f"{st.speaker_title} {st.speaker}".split()))
        return self._speaker_words[key]

    def fuller_mention(self, st: Statement, speaker_start: int, speaker_end: int,
                       before: list[Statement]) -> tuple[str, str] | None:
        toks = [k for k in range(bisect_left(self.starts, speaker_start), bisect_left(self.starts, speaker_end))
                if self.toks[k].is_word]
        if not toks:
            return None
        head = self.toks[toks[0]].key
        bare = _bare(head)
        if self.lex.nouns.get(bare) == "document" and len(toks) <= 3:
            issuer = self.issuer_of(bare, speaker_start) or self.issuer_in_text(bare, toks)
            return (issuer.text, issuer.title) if issuer else None
        kind = self.lex.kind_of(bare) or self.lex.kind_of(head)
        if kind not in ("title", "org") or (kind == "org" and len(toks) > 2) or head in self.lex.grammar["one_of"]:
            return None
        wanted = set()
        for w in st.speaker.split():  # the title's words, up to where it says where (في الهيئة ...)
            key = fold(w)
            if sp.is_stop(self.lex, key, w):
                break
            wanted.add(self.lex.same_title.get(_bare(key), _bare(key)))
        ours = _nisbas(st.speaker)
        for earlier in reversed(before):  # the holder named earlier with this title
            known = self.speaker_words(earlier)
            if earlier.speaker != st.speaker and all(any(k.startswith(w) for k in known) for w in wanted):
                return earlier.speaker, earlier.speaker_title
        best: tuple[str, str] | None = None
        places = self.mentions(bare)
        here = bisect_left(places, toks[0])
        for k in places[max(0, here - MAX_MENTION_PLACES):here + MAX_MENTION_PLACES]:
            tok = self.toks[k]  # the nearest full mention in the text, before if any
            if tok.quote != -1 or k in toks:
                continue
            phrase = self.phrase_at(k)
            if phrase is None:
                continue
            if kind == "org":
                named = {t.key for t in self.toks[phrase.first:phrase.last + 1]}
                names = [t for t in toks[1:] if not sp.is_definite(self.toks[t])]  # جينز, not الأممية
                if phrase.last - phrase.first + 1 > len(toks) and all(self.toks[t].key in named for t in names):
                    best = (self.text[tok.start:self.toks[phrase.last].end], "")  # مجموعة جينز → … جينز للمعلومات
            elif phrase.name_first <= phrase.last:
                (s, e), title = sp.split(self.doc, phrase)
                theirs = _nisbas(title)
                if not (theirs and ours and not theirs & ours):  # (الرئيس الفرنسي is not الرئيس الأمريكي)
                    best = (self.text[s:e], title)
            elif best is None and len(toks) == 1 and sp.is_definite(self.toks[toks[0]]) \
                    and phrase.last > phrase.first and not sp.is_definite(tok):
                # المسؤول: the unnamed official described earlier (مسؤول كبير بحزب العدالة والتنمية)
                unnamed = (self.text[tok.start:self.toks[phrase.last].end], "")
                if tok.start < speaker_start:
                    best = unnamed
            if best and tok.start > speaker_start:
                break
        return best


def _nisbas(phrase: str) -> set[str]:
    """The definite adjectives of origin in a phrase (الفرنسي، الأمريكية), folded and in the
    masculine (التركية → التركي), read on the written ي/ية (المعفى ends in ى: no nisba)."""
    return {fold(word.removesuffix("ة")) for word in phrase.split()
            if word.startswith("ال") and word.endswith(("ي", "ية")) and len(word) > 5}


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def extract(text: str, lexicon: Lexicon | None = None) -> list[Statement]:
    """Statements of one article, in text order. Never raises on odd input; returns [] for none."""
    if not text or not text.strip():
        return []
    return _Article(text, lexicon or load()).run()
