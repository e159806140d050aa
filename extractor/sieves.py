"""Speaker sieves: who a cue's statement is credited to.

Each sieve is a function that reads one kind of evidence and names a speaker or passes; the sieves
are tried in order, most precise first, and the first that names one decides. Its name (a constant
below) becomes the part of the statement's rule after the slash (``verb-clause/subject``).

For a verb (:data:`VERB_SIEVES`): a religious formula standing for God or the Prophet (``sacred``); an
honorific pronoun (سموه، معاليه) standing for the one last named with that honorific, not after a
preposition (``honorific``); its subject, or the issuer of a document subject, or the source a relaying
verb names after عن (``subject``, ``issuer``; not the object of وصف/اتهم before بأن; a quote ending the
subject and its sentence is content, not a name; a title read without its name takes the name written
last, right before the content: المشرف العام على المهرجان فلان، إن, or after where it was said: مدير
الشرطة في المدينة، العقيد فلان، إن); a subject written before it (also past an apposition or a relative
clause between commas: الوزير فلان، رئيس اللجنة، أكد; a sentence's or clause's opening title and name,
name alone, or body or source, before a comma, past «من جانبه» or a form of كان: النائب عن الكتلة فلان، أكد،
لكن فلان، قد أكد، وكانت وزارة الداخلية، أكدت; a religious formula and a comma: أن رسول الله صلى الله عليه
وسلم، قال), after أما (with ف on the verb or on قد, or a comma), before a relative pronoun the verb agrees
with (after a long title or a time, the titled person before it; after a title in apposition, the person
named before it; التي قال إنها: the noun is its object) or an indefinite person or source it describes
(``before``); for a verb with
ف, one with و and no subject of its own inside a sentence, one saying where it was said or one after
لكنه/إلا أنه/أنه or حيث, the subject of the verb it goes on from in its sentence, if it agrees
(``sentence``); the subject of a verb that is not a cue opening the paragraph, if it agrees
(``paragraph``); a titled woman named earlier in the sentence for a feminine verb when no woman has
spoken (``sentence``); the antecedent in the article's table of mentions (of the verb's number: no people
in the plural for قال; for وأضاف and its kin, the last speaker, past an untitled subject in between; a
verb's subject after it, or opening the sentence before it, counts), or, when that comes from an earlier
paragraph this one does not name again, a person named with a title earlier in this paragraph or an
earlier speaker named in it again by the family name; for a feminine verb whose antecedent is no woman, a
woman named with a title since (``previous``). For a participle
(:data:`PARTICIPLE_SIEVES`): the subject of the verb it hangs on, a cue (its own sieves) or not
(``sentence``), or of the clause after a passive formula (``clause``); then ``paragraph``, a titled person
or a person named in full earlier in the sentence (``sentence``) and ``previous``. Every speaker phrase
passes the grammar of :mod:`.phrases` first: a phrase it refuses (an object, an adverb, a prepositional
phrase) is no speaker and is never remembered.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, replace

from . import cues, mentions
from . import phrases as sp
from .article import GOD, NOBODY, Article, Hit, Speaker, mention_at
from .lexicon import cue_of, goes_on
from .limits import (
    MAX_ACCUSATIVE_SUBJECT_WORDS,
    MAX_FRONTED_WORDS,
    MAX_HONORIFIC_GAP,
    MAX_HONORIFIC_LOOKBACK,
    MAX_INDEFINITE_WORDS,
    MAX_INSERT_WORDS,
    MAX_LOOKBACK_WORDS,
    MAX_NAME_OPENING_WORDS,
    MAX_NARRATOR_REACH,
    MAX_OBJECT_TAIL,
    MAX_RELAY_GAP,
    MAX_SENTENCE_TOKENS,
    MAX_SETTING_WORDS,
    MAX_TITLE_TAIL_WORDS,
    MIN_QUOTE_WORDS,
)
from .normalize import ATTACHED_PRONOUNS, fold, owned_stems, without_article, without_conjunction
from .quotes import MARKS, OPENERS
from .rules import BEFORE, CLAUSE, HONORIFIC, ISSUER, PARAGRAPH, PREVIOUS, SACRED, SENTENCE, SUBJECT
from .tokens import COMMAS, DASHES, Token


@dataclass
class Frame:
    """Where a verb cue's speaker is read from."""

    hit: Hit
    gender: str  # the verb's: m, f or p
    slot: int  # token where its subject stands, past the one told (قال لي مسؤول)
    limit: int  # the paragraph's end
    phrase: sp.Phrase | None  # the subject phrase the grammar accepts at the slot
    relative_head: sp.Phrase | None  # the noun a relative pronoun before the verb refers to
    after: int = 0  # token after the subject, where the content is looked for


Sieve = Callable[[Article, Frame], Speaker | None]


SUBJECT_PRONOUNS = ("ه", "ها", "هم")  # on a conjunction or a complementizer before a verb: its subject (لكنه، أنها)
BARE_COMPLEMENTIZERS = ("ان", "بان")  # أن and بأن folded, with no pronoun on them


def verb_frame(art: Article, hit: Hit) -> Frame:
    limit = art.para_end[hit.first]
    slot = after_addressee(art, hit.last + 1, limit)
    # (a verb carrying its object's pronoun, القرار الذي وصفه بأنه: the noun before is its object)
    head = antecedent(art, hit.first) if hit.cue is None or not hit.cue.object_attached else None
    # a relative clause about a titled, named person (المحامي بول بيرغوف الذي تابع القضية): the person is
    # its subject and the noun after the verb its object
    about_person = head is not None and head.first < head.name_first <= head.last \
        and art.toks[head.first].key in art.lex.titles
    phrase = None
    # the subject stands elsewhere, the noun after the verb is its object: a plural or dual verb carries it
    # as a pronoun (رأوا، قالا); so does a conjunction (…، لكنه طمأن إسرائيل بأن); it stands between a bare
    # complementizer and the verb (أن مدرب الفريق أبلغ الإدارة بأن); or it is the topic before the verb's ف
    # (أما الوزير فلان فاتهم روسيا), when the verb agrees with it (not أما الشخص الآخر فقالت الوزارة إنه)
    subject_elsewhere = (hit.cue is not None and hit.cue.kind == "verb" and hit.cue.gender == "p") \
        or pronoun_before(art, hit.first) \
        or (not hit.prefixed and hit.first > 1 and _subject_after_complementizer(art, hit.first)) \
        or (hit.prefixed and art.toks[hit.first].raw.startswith("ف") and hit.cue is not None
            and (fronted := topic(art, hit.first, True)) is not None and _topic_agrees(art, fronted, hit.cue.gender))
    if not about_person and not subject_elsewhere and slot + 1 < limit and art.toks[slot].raw in COMMAS \
            and (art.is_known_surname(art.toks[slot + 1].key) or art.toks[slot + 1].key in art.lex.given_names):
        slot += 1  # وسجل ، مزوار في حديث …، وقال، جان فلان، مساعد …: a stray comma before a named subject
    if not about_person and not subject_elsewhere and slot < limit:
        if art.trace is not None and (refused := sp.refusal(art.doc, art.lex, slot)) is not None:
            art.note(SUBJECT, f"«{art.toks[slot].raw}» refused: {refused}")
        phrase = subject_phrase(art, slot, limit)
    if phrase is not None and hit.cue is not None and hit.cue.heads:
        # طالبت أسرة الإعلامي بتشكيل لجنة …، حذر خبراء مختصون من تأثيرات …: the verb's own ب or
        # preposition ends its subject
        heads = hit.cue.heads
        cut = next((j for j in range(phrase.first + 1, phrase.last + 1) if (
            art.toks[j].key in heads and not sp.is_named_ali(art.doc, art.toks[j])) or (
            "ب" in heads and sp.is_ba_verbal_noun(art.toks[j].key)) or (
            "الي" in heads and sp.is_li_verbal_noun(art.lex, art.toks[j].key))), None)
        if cut is not None:
            phrase = subject_phrase(art, slot, cut)
    if phrase is not None and not reports_before(art, hit.first) and not cues.strict_at(art, hit.first):
        phrase = without_closing_quote(art, phrase, limit)  # (not بين, عبر: forms that are also other words)
    gender = hit.cue.gender if hit.cue else "p"
    return Frame(hit, gender, slot, limit, phrase, head, slot)


def _topic_agrees(art: Article, phrase: sp.Phrase, gender: str) -> bool:
    """Does a verb of this gender agree with the topic phrase's head: ة on a feminine noun, none on a definite
    masculine one (a name, with neither, agrees with both)?"""
    head = art.toks[phrase.first]
    if head.raw.endswith("ة"):
        return gender != "m"
    return gender != "f" or not sp.is_definite(head)


def _subject_after_complementizer(art: Article, i: int) -> bool:
    """Is all that stands between a bare أن/بأن and the verb at token i its subject (أن مدرب الفريق
    أبلغ الإدارة بأن)? Then the noun after the verb is its object."""
    toks, near = art.toks, art.doc.keys[max(0, i - MAX_LOOKBACK_WORDS - 1):i - 1]
    if not any(map(near.__contains__, BARE_COMPLEMENTIZERS)):
        return False
    before = lookback(art, i)
    return before is not None and before.first > 0 and toks[before.first - 1].key in BARE_COMPLEMENTIZERS \
        and toks[before.first - 1].para == toks[i].para


def reports_before(art: Article, i: int) -> bool:
    """Does the cue at token i tell the source of what came before it (كما ذكرت الوكالة، وفق ما أفاد
    مراسل «سكاي نيوز عربية»)?"""
    toks = art.toks
    return i > 0 and (toks[i - 1].key in art.lex.grammar["as_reported"]
                      or (i > 1 and toks[i - 1].key == "ما" and toks[i - 2].key in art.lex.phrase_heads))


def without_closing_quote(art: Article, phrase: sp.Phrase, limit: int) -> sp.Phrase:
    """The subject of a cue without a quote that ends both it and the sentence: that quote is what
    was said, not a name in the subject (وقال أحد أهالي القرية «كانت ليلة جحيم».)."""
    toks, last = art.toks, phrase.last
    span = toks[last - 1].quote if last > phrase.first else -1
    if span == -1 or toks[last].quote != -1 or art.span_words(span) < MIN_QUOTE_WORDS \
            or not (last + 1 >= limit or art.doc.is_sentence_end(last + 1)):
        return phrase
    head = toks[phrase.first].key
    if not {art.lex.kind_of(head), art.lex.kind_of(without_article(head))} & {"title", "source"}:
        return phrase  # (a person or a source speaks: not إعادة تمثيل المعركة «…», an object and what it is deemed)
    opening = bisect_left(art.starts, art.doc.spans[span].open_mark)
    if opening <= phrase.first or sp.names_a_quote(art.lex, toks[opening - 1]):
        return phrase  # (the quote is all of it, or a name: تحت عنوان «…»، صحيفة «…»)
    return sp.Phrase(phrase.first, opening - 1, min(phrase.name_first, opening))


def sacred_sieve(art: Article, frame: Frame) -> Speaker | None:
    """قال تعالى، قال صلى الله عليه وسلم: a formula standing for God or the Prophet (not after a verb that
    calls on its object: ودعا المولى عز وجل أن, whom was prayed to)."""
    found = sacred_formula(art, frame.hit.last + 1, frame.limit)  # (قال عليه الصلاة والسلام: no one told)
    if found is None or _lemma_in(art, frame.hit, "calls_on"):
        return None
    speaker, frame.after = found
    return speaker


def honorific_sieve(art: Article, frame: Frame) -> Speaker | None:
    """سموه، معاليه، فضيلتها as the subject: the person the article last named with that honorific
    before the cue (صاحب السمو الملكي الأمير فلان، معالي الوزير فلان)."""
    if frame.slot >= frame.limit:
        return None
    noun = art.lex.honorific_of.get(art.toks[frame.slot].key)
    if noun is None:
        return None
    holder = honoured(art, noun, frame.hit.first)
    if holder is None:
        return None
    frame.after = frame.slot + 1
    return holder.found_by(HONORIFIC)


def honoured(art: Article, noun: str, before: int) -> Speaker | None:
    """The title and name after the latest honorific ``noun`` (folded, سمو) before token ``before``,
    within a few words (صاحب السمو الملكي الأمير خالد الفيصل → خالد الفيصل); when none stands before
    (the article opens with وشدد سموه), the first one after it that names a person."""
    toks = art.toks
    for k in range(before - 1, max(-1, before - MAX_HONORIFIC_LOOKBACK), -1):
        if not _honorific_at(art, k, noun):
            continue
        # the subject of a cue it opens (أكد معالي وزير … فلان أن), as its sieves read it
        spoke = next((m.speaker for m in art.history if m.at < k and m.speaker.start is not None
                      and toks[k].start < m.speaker.start <= toks[min(k + MAX_TITLE_TAIL_WORDS, before)].start), None)
        if spoke is not None:
            return spoke
        holder = _holder_after(art, k)
        if holder is not None:
            return holder
    for k in range(before + 1, min(len(toks), before + MAX_HONORIFIC_LOOKBACK)):
        if _honorific_at(art, k, noun) and (holder := _holder_after(art, k, named=True)) is not None:
            return holder
    return None


def _honorific_at(art: Article, k: int, noun: str) -> bool:
    """Is the honorific ``noun`` written at token k, not after a preposition (نيابة عن معالي الوزير فلان:
    not the one who acts)?"""
    tok = art.toks[k]
    return without_article(tok.key.removeprefix("و")) == noun and tok.quote == -1 \
        and not (k and art.toks[k - 1].key in art.lex.grammar["preposition"])


def _holder_after(art: Article, k: int, named: bool = False) -> Speaker | None:
    """The title and name right after the honorific at token k (``named``: a person's name, not a title
    alone)."""
    for j in range(k + 1, min(art.para_end[k], k + 1 + MAX_HONORIFIC_GAP)):
        phrase = art.phrase_at(j)
        if phrase is not None and (phrase.first < phrase.name_first if named else phrase.first <= phrase.name_first) \
                and phrase.name_first <= phrase.last:
            # (معالي وزير شؤون الإعلام بمملكة البحرين فلان: the name after a long title; معالي الوزير فلان الوفد)
            phrase = name_after_title(art, mentions.without_object(art, phrase), art.para_end[k]) or phrase
            return speaker_from(art, phrase, "p", art.para_end[k])
    return None


def subject_sieve(art: Article, frame: Frame) -> Speaker | None:
    """The subject after the verb; for a document, its issuer; for a relaying verb, the source (also
    when the subject stands before the verb: وكان الموقع قد نقل عن فلان أن)."""
    relay = frame.hit.cue is not None and frame.hit.cue.verb_class == "relay"
    if frame.phrase is None:
        found = relayed_source(art, frame.slot, frame.limit) if relay else None
        if found is None:
            return None
        speaker, frame.after = found
        return speaker
    # (ووصفه الوزير بأنه: a form that carries its object has its subject next)
    takes_object = _lemma_in(art, frame.hit, "object_then_ba")
    if (takes_object and (_object_before_complement(art, frame.phrase) or _all_of(art, frame.phrase)
                          or _lone_name_before_ba(art, frame.phrase))) \
            or (_lemma_in(art, frame.hit, "calls_on") and _god_called_on(art, frame.phrase)):
        return None  # ووصف معركة الدفاع عن النظام بأنها …، ودعت كل الدول إلى: the object; the subject is dropped
    head = art.toks[frame.phrase.first]
    if head.key in art.lex.grammar["attention"]:
        return None  # ولفت الانتباه إلى أن: the attention drawn, the verb's object; the subject is dropped
    if frame.phrase.last == frame.phrase.first and sp.is_definite(head) \
            and art.lex.nouns.get(without_article(head.key)) == "speech" and goes_on(art.lex, frame.hit.cue):
        return None  # وتابع الحديث قائلا: the talk he went on with, the verb's object; the subject is dropped
    after = frame.phrase.last + 1
    if takes_object or after >= frame.limit or art.toks[after].key not in art.lex.grammar["complementizer"]:
        # ووصف الوزير فلان الفلاني القرار بأنه; but no object stands between أكد فلان الرويس and أن
        frame.phrase = mentions.without_object(art, frame.phrase)
    frame.phrase = name_after_title(art, frame.phrase, frame.limit) \
        or name_after_setting(art, frame.phrase, frame.limit) or frame.phrase
    speaker, frame.after = speaker_from(art, frame.phrase, frame.gender, frame.limit), frame.phrase.last + 1
    aged = frame.after + 1 if frame.after < frame.limit and art.toks[frame.after].raw in COMMAS else frame.after
    if (end := sp.age_end(art.doc, art.lex, aged, frame.limit)) > aged:
        frame.after = end  # وقال الحارس البالغ من العمر 24 عاما إنه: how old the subject is, then the content
    if relay or "نقلا" in art.doc.keys[frame.after:min(frame.limit, frame.after + MAX_RELAY_GAP + 1)]:
        # (وقالت الصحيفة نقلا عن مسؤول إن: any cue's subject passes on what its source said)
        speaker, frame.after = relayed_source(art, frame.after, frame.limit, quoting=not relay) \
            or (speaker, frame.after)
    return speaker


def name_after_title(art: Article, phrase: sp.Phrase, limit: int) -> sp.Phrase | None:
    """A title read without a name whose name comes last, after the rest of a long title and right
    before the content (وقال نائب الرئيس التنفيذي والمشرف العام على برامج خدمة المجتمع في بنك الرياض
    محمد بن عبدالعزيز الربيعة، إن …؛ …: «…»): the whole title, then the name, when the name opens with a
    listed given name or follows a title word."""
    toks, lex = art.toks, art.lex
    tail = phrase.last + 1
    if phrase.name_first < tail or phrase.title is not None or not sp.is_title_word(lex, toks[phrase.first].key) \
            or tail >= limit or not _goes_on_title(art, tail):
        return None
    complementizers = lex.grammar["complementizer"]
    stop = min(limit, tail + 1 + MAX_TITLE_TAIL_WORDS)  # (the comma or the complementizer too)
    end = next((k for k in range(tail, stop) if not toks[k].key or toks[k].quote != -1
                or toks[k].key in complementizers), None)
    if end is None or toks[end].quote != -1 or any(_ends_title(art, toks[k].key) for k in range(tail, end)):
        return None
    content = end + 1 if toks[end].raw in COMMAS else end
    said = content < limit and (
        (toks[content].key in complementizers and toks[content].key[:1] != "ف") or toks[content].raw == ":"
        or (toks[content].raw in OPENERS and content + 1 < limit and toks[content + 1].quote != -1))
    if not said:
        return None
    for n in range(tail + 1, end - 1):
        # the name opens with a listed given name, or after a title (… بجامعة أم القرى الدكتور فلان)
        after_title = sp.is_title_word(lex, toks[n - 1].key) and sp.is_definite(toks[n - 1])
        if toks[n].key in lex.given_names or (after_title and not sp.is_title_word(lex, toks[n].key)):
            while n - 2 > tail and toks[n - 1].key in lex.grammar["name_link"]:
                n -= 2  # the name of whose son he is, and his own before it (فلان بن خالد)
            if toks[n - 1].raw.startswith(("لل", "ولل", *sp.PREPOSITIONAL)):
                return None  # موجها انتقادا للمهاجم فلان: the person the words are about
            name = sp.read_phrase(art.doc, lex, n, end)
            if name is not None and name.first == name.name_first == n and name.last == end - 1:
                return sp.Phrase(phrase.first, name.last, n)
            return None
    return None


def name_after_setting(art: Article, phrase: sp.Phrase, limit: int) -> sp.Phrase | None:
    """A title read without a name whose holder is named after where or to whom it was said, right before
    the content (وقال مدير الشرطة في المدينة، العقيد فلان، إن؛ وأكد مدير عام الشركة لـ«الرياض» المهندس فلان
    أن؛ وقال وزير الخارجية في مؤتمر صحفي أمس، فلان، إن): the name, with the title read as its title. The
    words between are no verb, cue, relative pronoun or other name, and the name opens with a listed given
    name or follows a title word with the article."""
    toks, lex = art.toks, art.lex
    tail = phrase.last + 1
    if phrase.name_first <= phrase.last or phrase.title is not None \
            or not sp.is_title_word(lex, toks[phrase.first].key):
        return None
    stop = min(limit, tail + MAX_SETTING_WORDS)
    marker = next((k for k in range(tail, stop) if toks[k].quote == -1 and (
        (toks[k].key in lex.grammar["complementizer"] and toks[k].key[:1] != "ف") or toks[k].raw == ":")), None)
    if marker is None or any(art.doc.is_sentence_end(k) for k in range(tail, marker)):
        return None
    end = marker - 1 if toks[marker - 1].raw in COMMAS else marker
    first = end
    while first > tail and end - first < sp.MAX_APPOSITION_WORDS and toks[first - 1].key \
            and toks[first - 1].quote == -1 and not sp.is_title_word(lex, toks[first - 1].key) \
            and not sp.is_stop(lex, toks[first - 1].key, toks[first - 1].raw) \
            and lex.kind_of(toks[first - 1].key) is None \
            and getattr(cue_of(lex, toks[first - 1].key)[0], "kind", "") != "participle" \
            and not sp.is_preposition_phrase(art.doc, lex, toks[first - 1]):
        first -= 1  # (… قائلا إن: a participle, no name; but الفنان طالب بن محمد)
    if first == end:
        return None
    titled = sp.is_title_word(lex, toks[first - 1].key) and sp.is_definite(toks[first - 1])
    while first < end and toks[first].key not in lex.given_names and not titled:
        first += 1  # (في المؤتمر جورج صبرة: the name from its given name on)
    if first >= end - (0 if titled else 1) or (not sp.looks_like_a_name(art.doc, lex, first, end) and not (
            titled and end - first == 1 and not sp.is_possessed(lex, toks[first]) and not sp.is_definite(toks[first])
            and not (toks[first].key[:1] in "بلك" and toks[first].raw.endswith(ATTACHED_PRONOUNS)))):
        return None  # (المتحدث باسمه، أن: no name)
    if toks[first].raw[:1] == "ل":
        return None  # (، لبي بي سي، إن: to whom it was said, an outlet after its ل)
    k = _first_title_word(art, first, tail)
    if k > tail and (toks[k - 1].key in lex.grammar["preposition"]
                     or sp.is_preposition_phrase(art.doc, lex, toks[k - 1])):
        return None  # (في اجتماع مع المحافظ فلان، بقيادة الجنرال فلان: another person, not the one who spoke)
    for j in range(tail, first):  # (but أمس، سابقا: when)
        key = toks[j].key
        if (_ends_title(art, key) and key not in lex.grammar["time_adverb"] and not sp.is_accusative(lex, toks[j])) \
                or key in lex.given_names or mentions.verb_form(lex, key) or key in lex.grammar["relative"] \
                or (toks[j].quote == -1 and cue_of(lex, key)[0] is not None):
            return None
    return sp.Phrase(first, end - 1, first, (phrase.first, phrase.last))


def _ends_title(art: Article, key: str) -> bool:
    """Does this word end a title rather than carry it on: a word that ends a speaker phrase other than
    a preposition (بقيادة الجنرال فلان: another person; أمس، الذي …)?"""
    return art.lex.kind_of(key) == "stop" and not _title_preposition(art, key)


def _title_preposition(art: Article, key: str) -> bool:
    """A preposition or a workplace word, which carry a title on (على، في، لدى)."""
    return key in art.lex.grammar["preposition"] or key in art.lex.grammar["workplace"]


def _goes_on_title(art: Article, k: int) -> bool:
    """Does the word at token k carry a title on: a preposition or a workplace word (على، في، لدى), or a
    common noun or title with ب/ل/و on it (بكلية، لشؤون، والمشرف)?"""
    lex, key = art.lex, art.toks[k].key
    if _title_preposition(art, key):
        return True
    rest = key[1:]
    return key[:1] in ("ب", "ل", "و") and (rest in lex.titles or lex.is_noun(sp.bare_stem(rest))) \
        and rest not in lex.given_names


def _lone_name_before_ba(art: Article, phrase: sp.Phrase) -> bool:
    """Is the phrase after a verb that takes an object one name alone, no title, right before its بأن
    (ووصف إيران بأنها، واتهم غولن بأنه)? That is the object; the subject is dropped. (Two names there
    are most often the subject and then the object: واتهمت تركيا غولن بأنه.)"""
    toks = art.toks
    k = phrase.first
    return phrase.last == k and k + 1 < len(toks) and toks[k + 1].key.startswith("بان") \
        and not sp.is_title_word(art.lex, toks[k].key)


def _lemma_in(art: Article, hit: Hit, role: str) -> bool:
    """Is the cue a verb of the grammar's ``role`` (its lemma), in a form without its object's pronoun:
    object_then_ba (وصف، دعا … its object, then its complement), calls_on (دعا، ناشد، سأل: whom it calls on or
    prays to)?"""
    return hit.cue is not None and hit.cue.lemma_key in art.lex.grammar[role] and not hit.cue.object_attached


def _god_called_on(art: Article, phrase: sp.Phrase) -> bool:
    """Does the phrase name God after a verb that calls on its object (ودعا الله العلي القدير أن يغفر، ودعا
    المولى أن): whom was prayed to, not who spoke?"""
    return art.toks[phrase.first].key in art.lex.grammar["god_name"]


def _all_of(art: Article, phrase: sp.Phrase) -> bool:
    """Does the phrase open with a word for all of them (كل القائمين، جميع الأطراف; not كل من فلان وفلان,
    who each act)?"""
    toks = art.toks
    return toks[phrase.first].key in art.lex.grammar["all_of"] \
        and not (phrase.first + 1 < len(toks) and toks[phrase.first + 1].key == "من")


def _object_before_complement(art: Article, phrase: sp.Phrase) -> bool:
    """Is the phrase after a verb that takes an object and بـ (وصف، اتهم) a common noun that is no
    speaker, right before the verb's بأن (ووصف معركة الدفاع بأنها، يصف تفتيش مكتب محاميه بأنه)?"""
    toks, lex = art.toks, art.lex
    head = toks[phrase.first].key
    bare = without_article(head)
    if not lex.is_noun(sp.bare_stem(head)) or lex.kind_of(head) is not None or lex.kind_of(bare) is not None \
            or bare in lex.nouns:
        return False
    tail = phrase.last + 1
    if tail < len(toks) and not toks[tail].key.startswith("بان") and toks[tail].key not in lex.grammar["preposition"]:
        return False  # (ويتهم حلفاء تركيا منذ أشهر أنقرة بأنها: the subject, then its object)
    for k in range(tail, min(len(toks), tail + MAX_OBJECT_TAIL)):
        if toks[k].key.startswith("بان"):
            return True  # (ووصف معركة الدفاع عن النظام بأنها: what the battle is for, then بأنها)
        if not toks[k].key or toks[k].quote != -1 or art.doc.is_sentence_end(k):
            return False
    return False


def before_sieve(art: Article, frame: Frame) -> Speaker | None:
    """A subject before the verb: after أما (أما فلان فيقول), at the start of its clause (الوزير قال
    إن), the noun a relative pronoun refers to (الملك، الذي أكد), or else an indefinite person or
    source right before it (صحفية إسرائيلية قالت)."""
    hit = frame.hit
    before_verb = art.toks[hit.first - 1].key if hit.first else ""
    if hit.cue is not None and hit.cue.object_attached \
            and (before_verb in art.lex.grammar["what"] or before_verb in art.lex.grammar["whom"]):
        return None  # رسالة لمن وصفهم بأنهم، ما وصفه بأنه: the object stands before, the subject elsewhere
    if not hit.prefixed and (already := already_subject(art, hit.first)) is not None:
        return already
    if not hit.prefixed and hit.first and art.toks[hit.first - 1].key.endswith("ا") \
            and (accusative := accusative_subject(art, hit.first)) is not None:
        return speaker_from(art, accusative, frame.gender, hit.first).found_by(BEFORE)
    before = topic(art, hit.first, hit.prefixed)
    if before is None and not hit.prefixed:
        before = lookback(art, hit.first) or frame.relative_head or narrator(art, hit.first)
    if before is not None and sp.refusal(art.doc, art.lex, before.first,
                                         opening=mentions.opens_sentence(art, before.first)) is not None:
        # (تنفيذا لتعليمات الملك فلان، الذي أكد: the titled person in the noun the relative pronoun is about)
        head = frame.relative_head
        if before is head and head.first and cues.attribution_phrase_at(art, head.first - 1) is not None:
            # وفقا لرئيس المجلس فلان، الذي أوضح أن: the source the phrase names, its ل set aside
            if art.lex.kind_of(art.toks[head.first].key[1:]) == "title":  # (لرئيس المجلس فلان: a title, then the name)
                head = sp.Phrase(head.first, head.last,
                                 sp._name_start(art.doc, art.lex, head.first + 1, head.last, institution=True))
            return joined_source(art, head, hit.first).found_by(BEFORE)
        before = titled_phrase_before(art, head.last + 1, head.first, frame.gender) if before is head else None
    said_in = hit.last + 1 < len(art.toks) and art.toks[hit.last + 1].key in art.lex.grammar["said_in"]
    if before is None and not hit.prefixed and not said_in:
        # (accusative after لكن: لكن متحدثا باسم …; not مؤتمرا صحفيا قال فيه: what it was said in)
        before = indefinite_head(art, hit.first, frame.gender)
    if before is None and not hit.prefixed and (past := mentions.subject_past_relative(art, hit.first)):
        return past.found_by(BEFORE)  # (لاعب الوسط الذي ينافس في الدوري أكد أن)
    if before is None:
        return None
    return speaker_from(art, before, frame.gender, hit.first).found_by(BEFORE)


def joined_source(art: Article, phrase: sp.Phrase, limit: int) -> Speaker:
    """The source of a phrase whose first word carries ل: وفقا لوزارة … → وزارة …; وفقا للجيش
    الإسرائيلي → الجيش الإسرائيلي (لل is ل + ال)."""
    speaker = speaker_from(art, phrase, "p", limit)
    if speaker.start != art.toks[phrase.first].start:  # (لرئيس الوزراء فلان: the title carries it)
        return replace(speaker, title=sp.without_li(speaker.title)) if speaker.title[:1] == "ل" else speaker
    return Speaker(sp.without_li(art.text[speaker.start:speaker.end]), speaker.title, speaker.start + 1, speaker.end,
                   speaker.gender)


def accusative_subject(art: Article, i: int) -> sp.Phrase | None:
    """An unnamed source after أن, in the accusative, all that stands before the verb at token i (رغم أن
    مصدرا دبلوماسيا كبيرا أكد، إلا أن بحثا جديدا توصل إلى): the subject, though an accusative elsewhere is
    an object or an adverb."""
    toks = art.toks
    first = i  # (back over words that end in the accusative's alef: دبلوماسيا is an adjective's too)
    while first > 0 and i - first < MAX_ACCUSATIVE_SUBJECT_WORDS and toks[first - 1].key.endswith("ا") \
            and toks[first - 1].quote == -1:
        first -= 1
    if first == i or first == 0 or toks[first - 1].key not in BARE_COMPLEMENTIZERS \
            or not sp.is_accusative(art.lex, toks[first]):
        return None
    return sp.Phrase(first, i - 1, i)


def already_subject(art: Article, i: int) -> Speaker | None:
    """The subject of a verb after سبق لـ… أن (وسبق لمجلة "فرانس فوتبول" الفرنسية أن كشفت): the one with ل."""
    toks = art.toks
    if i < 3 or toks[i - 1].key not in art.lex.grammar["complementizer"]:
        return None
    s = next((k for k in range(i - 2, max(-1, i - 3 - sp.MAX_SPEAKER_WORDS), -1)
              if toks[k].key in art.lex.grammar["already"] or (not toks[k].key and toks[k].raw not in MARKS)), None)
    if s is None or toks[s].key not in art.lex.grammar["already"] or toks[s + 1].key[:1] != "ل":
        return None
    phrase = sp.read_phrase(art.doc, art.lex, s + 1, i - 1, joined=True)
    if phrase is None or phrase.last != i - 2:
        return None
    return joined_source(art, phrase, i).found_by(BEFORE)


def paragraph_sieve(art: Article, frame: Frame) -> Speaker | None:
    return paragraph_subject(art, frame.hit.first, frame.gender, plural_verb=frame.gender == "p")


def named_woman_sieve(art: Article, frame: Frame) -> Speaker | None:
    return named_woman(art, frame.hit.first, frame.gender)


def previous_sieve(art: Article, frame: Frame) -> Speaker | None:
    plural = frame.gender == "p" and frame.hit.cue is not None and frame.hit.cue.kind == "verb"
    return previous_or_named(art, frame.hit.first, frame.gender, plural=plural)


def previous_or_named(art: Article, i: int, gender: str, plural: bool = False) -> Speaker:
    """The antecedent of a dropped subject at token i (for a ``plural`` or dual verb, not one person);
    when it comes from an earlier paragraph this one does not name again, a person named with a title
    earlier in this paragraph."""
    found = previous_speaker(art, gender, i, plural)
    start = art.para_starts[art.toks[i].para]
    if found.start is None or (found.start < start and not _named_again(art, found, start, i)):
        # the antecedent is from an earlier paragraph, which this one does not name again: a person named
        # with a title in this one comes first
        near = titled_person_before(art, i, gender, paragraph=True)
        if near is not None and _named_in_paragraph(art, near):
            return near.found_by(PREVIOUS)
        # or one who spoke before with a full name, named again in this paragraph by the family name
        # (لم يفصح بنجلون عن …، واكتفى بالقول)
        again = _speaker_named_in_paragraph(art, start, i, gender)
        if again is not None and again != found:
            return again.found_by(PREVIOUS)
        # or, for a verb that opens its paragraph, the person named with a title right after the verb that
        # opens the paragraph before, since the antecedent (وبارك رئيس الاتحاد فلان الفوز … ¶ وقال:)
        opener = _titled_subject_opening(art, art.toks[i].para - 1, gender) \
            if bisect_left(art.starts, start) == i else None
        if opener is not None and (found.start is None or found.start < opener.start):
            return opener.found_by(PREVIOUS)
    if gender == "f" and found.gender != "f":
        # a feminine verb, and the antecedent no woman: a woman named with a title since it spoke, in this
        # paragraph or the one before (… السيدة فلانة التي ركزت على … ¶ وأشارت أيضا أن). (Not the other way
        # round: a masculine verb's antecedent is often a body or a source, of no gender of its own.)
        woman = _titled_woman_since(art, found, i)
        if woman is not None:
            return woman.found_by(PREVIOUS)
    return found


def _titled_subject_opening(art: Article, para: int, gender: str) -> Speaker | None:
    """The person named with a title and a name right after the word that opens paragraph ``para`` (a
    verb with و: وبارك رئيس الاتحاد فلان), of the gender (m or f; any for p)."""
    if para < 0:
        return None
    first = bisect_left(art.starts, art.para_starts[para])
    if first + 2 >= len(art.toks) or art.toks[first + 1].para != para or art.toks[first].raw[:1] not in "وف" \
            or cue_of(art.lex, art.toks[first].key)[0] is not None:
        return None
    head = art.toks[first + 1].key
    if not sp.is_title_word(art.lex, head) or not _title_agrees(head, gender):
        return None  # (الرئيس for قال, الرئيسة for قالت)
    phrase = art.phrase_at(first + 1)
    if phrase is None or not phrase.first < phrase.name_first <= phrase.last:
        return None
    speaker = speaker_from(art, phrase, "p", art.para_end[first])
    return speaker if speaker.text and mentions.plausible(art, speaker) else None


def _title_agrees(title: str, gender: str) -> bool:
    """Does a folded title word agree with a verb of this gender (m or f; any for p): الرئيسة (ة folded
    as ه) only with a feminine one, الرئيس only with a masculine one?"""
    return gender not in ("m", "f") or title.endswith("ه") == (gender == "f")


def _titled_woman_since(art: Article, found: Speaker, i: int) -> Speaker | None:
    """The nearest woman named with a feminine title (السيدة، الدكتورة، رئيسة …) before token i, in its
    paragraph or the one before, after the ``found`` speaker's mention."""
    para = art.toks[i].para
    a = bisect_left(art.starts, art.para_starts[max(0, para - 1)])
    if found.start is not None:
        a = max(a, bisect_left(art.starts, found.end or found.start))
    phrase = titled_phrase_before(art, i, a, "f")
    if phrase is None:
        return None
    woman = speaker_from(art, phrase, "f", i)
    return woman if mentions.plausible(art, woman) else None


def _speaker_named_in_paragraph(art: Article, start: int, i: int, gender: str) -> Speaker | None:
    """The latest earlier speaker with a full name whose family name is written in the paragraph between
    offset ``start`` and token i, outside quotes, neither after a preposition nor owning a noun (عن
    بنجلون، قرار مرسي), and who agrees with the verb."""
    toks, lex = art.toks, art.lex
    first = bisect_left(art.starts, start)
    written = art.surnames | {"و" + name for name in art.surnames}
    if written.isdisjoint(art.doc.keys[first:i]):
        return None  # (most paragraphs name nobody who spoke: one look in C)
    for k in range(i - 1, first - 1, -1):
        tok = toks[k]
        key = tok.key if tok.key in art.surnames else tok.key.removeprefix("و")
        if key not in art.surnames or tok.quote != -1:
            continue
        owner = toks[k - 1] if k else None
        if owner is not None and (owner.key in lex.grammar["preposition"] or (
                not sp.is_definite(owner) and lex.is_noun(sp.bare_stem(owner.key))
                and not sp.is_title_word(lex, owner.key))):
            continue
        before = bisect_left(art.history, k, key=mention_at)
        for mention in reversed(art.history[:before]):
            words = mention.speaker.text.split()
            if len(words) >= 2 and fold(words[-1]) == key:
                speaker = mention.speaker
                agreeing = mentions.agrees(art.lex, speaker, gender) and mentions.plausible(art, speaker)
                return speaker if agreeing else None
    return None


def _named_again(art: Article, speaker: Speaker, start: int, i: int) -> bool:
    """Is the speaker's last name written again between offset ``start`` and token i (المالح، وخلال مؤتمر
    صحافي …، قال)?"""
    words = speaker.text.split()
    if not words:
        return False
    last = fold(words[-1])
    keys = art.doc.keys[bisect_left(art.starts, start):i]
    return last in keys or "و" + last in keys


def _first_title_word(art: Article, k: int, floor: int = 0) -> int:
    """The token where the titles right before token k start, not before ``floor`` (k itself when none)."""
    while k > floor and sp.is_title_word(art.lex, art.toks[k - 1].key):
        k -= 1
    return k


def _named_in_paragraph(art: Article, speaker: Speaker) -> bool:
    """Can a person named with a title earlier in the paragraph be who a dropped subject means: a
    name that can speak (mentions.plausible), its phrase not governed by a preposition (عن طريق
    الأمير فلان، لقاء مع الوزير فلان)?"""
    if not speaker.text or not speaker.title or not mentions.plausible(art, speaker):
        return False
    title = fold(speaker.title.split()[0])
    if "title" not in (art.lex.kind_of(title), art.lex.kind_of(without_article(title))):
        return False  # (a person's title first: الدكتور، الوزير)
    k = _first_title_word(art, bisect_left(art.starts, speaker.start))
    if k and art.toks[k - 1].key in art.lex.grammar["preposition"]:
        return False
    first = bisect_left(art.starts, speaker.start)
    end = bisect_left(art.starts, speaker.end)
    head, lex = art.toks[first], art.lex
    # a person's name: its first word a given name, or no common noun and no function word
    return (head.key in lex.given_names or not (lex.is_noun(sp.bare_stem(head.key))
                                                 or sp.is_stop(lex, head.key, head.raw) or sp.is_definite(head))) \
        and (sp.looks_like_a_name(art.doc, lex, first, end) if end - first >= 2 else art.is_known_surname(head.key))


def continued_sentence_sieve(art: Article, frame: Frame) -> Speaker | None:
    """A verb with ف inside a sentence goes on from the verb before it (وفسرها فلان …، فقال:), and so
    do one with و and no subject of its own (ويلتقط فلان طرف الحديث ويقول إن), one saying where it was
    said (وكتب الحزب بيانا قال فيه:) and one after a conjunction carrying its subject's pronoun (…،
    لكنه أكد): the subject of that verb, as for a participle."""
    hit = frame.hit
    toks = art.toks
    if art.sentence_bounds(hit.first)[0] == hit.first:
        return None
    if pronoun_before(art, hit.first):
        # …، لكنه أكد، إلا أنها قالت: the subject of the clause before, as for a participle
        return governing_verb_sieve(art, hit, frame.gender) or titled_person_before(art, hit.first, frame.gender) \
            or known_person_before(art, hit.first)
    within = hit.last + 1 < frame.limit and toks[hit.last + 1].key in art.lex.grammar["said_in"] \
        and frame.phrase is None
    # وأشاد الوزير بالجهود، حيث قال إن …: a cue after a conjunction of circumstance, with no subject of its own
    circumstance = toks[hit.first - 1].key in art.lex.grammar["circumstance"] and frame.phrase is None
    # ويلتقط فلان طرف الحديث ويقول إن …: a verb with و and no subject of its own, joined to the clause
    # before it in its sentence
    coordinated = hit.prefixed and toks[hit.first].key.startswith("و") and frame.phrase is None
    if not within and not circumstance and not coordinated \
            and (not toks[hit.first].key.startswith("ف") or not hit.prefixed):
        return None
    found = governing_verb_sieve(art, hit, frame.gender)  # (وكتب الحزب بيانا قال فيه: the party)
    return found.found_by(SENTENCE) if found is not None and coordinated else found


def pronoun_before(art: Article, i: int) -> bool:
    """Does a conjunction or a complementizer carrying the subject's pronoun stand right before token i
    (لكنه، ولكنها، إلا أنه، أنه، بأنها)?"""
    if i == 0:
        return False
    stem = without_subject_pronoun(art.toks[i - 1].key)
    return stem is not None and (stem in art.lex.grammar["clause_opener"] or stem in BARE_COMPLEMENTIZERS)


def without_subject_pronoun(key: str) -> str | None:
    """A folded word without the subject's pronoun it ends with (لكنه → لكن، أنها → أن), or None."""
    pronoun = next((p for p in SUBJECT_PRONOUNS if key.endswith(p)), None)
    return key[:-len(pronoun)] if pronoun is not None else None


VERB_SIEVES: tuple[tuple[str, Sieve], ...] = (
    (SACRED, sacred_sieve), (HONORIFIC, honorific_sieve), (SUBJECT, subject_sieve), (BEFORE, before_sieve),
    (SENTENCE, continued_sentence_sieve), (PARAGRAPH, paragraph_sieve), (SENTENCE, named_woman_sieve),
    (PREVIOUS, previous_sieve))


def verb_subject(art: Article, hit: Hit) -> tuple[Speaker, int]:
    """The speaker of a verb cue, by the first sieve that names one, and the token after its subject."""
    frame = verb_frame(art, hit)
    speaker = NOBODY
    for name, sieve in VERB_SIEVES:
        found = sieve(art, frame)
        if found is not None and found.text:
            art.note(name, f"«{found.text}»")
            speaker = found
            break
        art.note(name, "nothing")
    note_document(art, frame.after, frame.limit, speaker)
    return speaker, frame.after


def sacred_formula(art: Article, k: int, limit: int) -> tuple[Speaker, int] | None:
    """A formula standing for God or the Prophet at token k (past dashes: قال ـ صلى الله عليه وسلم ـ):
    the speaker it stands for and the token after it."""
    toks = art.toks
    while k < limit and toks[k].raw in DASHES:
        k += 1
    if k + 1 < limit and toks[k].key and any(
            kind == "god" for _, kind in art.lex.sacred_by_head.get(toks[k + 1].key, ())):
        k += 1  # قال الله تعالى، يقول المولى عز وجل: a formula for God follows only a name of God
    key = toks[k].key if k < limit else ""
    found = None
    if " " in key:  # a ligature standing for a whole formula (قال ﷺ), one token folded to its words
        kind = art.lex.sacred.get(tuple(key.split()))
        found = (kind, k + 1) if kind in ("god", "prophet") else None
    if found is None:
        found = next(((kind, k + len(phrase))
                      for phrase, kind in art.lex.sacred_by_head.get(key[1:] if key[:1] == "و" else key, ())
                      if kind in ("god", "prophet") and k + len(phrase) <= limit
                      and all(toks[k + n].key == word or (n == 0 and toks[k].key == "و" + word)
                              for n, word in enumerate(phrase))), None)
    if found is None:
        return None
    kind, end = found
    while end < limit and toks[end].raw in DASHES:
        end += 1
    if kind == "god":
        return Speaker(GOD, "", None, None, "m", SACRED), end
    return prophet(art, k), end


def prophet(art: Article, before: int) -> Speaker:
    """The Prophet as the article last names him before token ``before`` (النبي، رسول الله)."""
    toks = art.toks
    for k in range(before - 1, -1, -1):
        if without_article(toks[k].key) not in art.lex.prophet_name_starts:
            continue  # (a quick look at the first word before comparing the whole name)
        for phrase in art.lex.prophet_names:
            if k + len(phrase) <= before and all(
                    without_article(toks[k + n].key) == without_article(word) for n, word in enumerate(phrase)):
                s, e = toks[k].start, toks[k + len(phrase) - 1].end
                return Speaker(art.text[s:e], "", s, e, "m", SACRED)
    return Speaker("النبي", "", None, None, "m", SACRED)


def speaker_from(art: Article, phrase: sp.Phrase, gender: str, limit: int) -> Speaker:
    if art.lex.nouns.get(without_article(art.toks[phrase.first].key)) == "part" and phrase.first == phrase.last:
        whole = document_of_part(art, phrase.last + 1, limit)
        if whole is not None:
            return whole
    # (ونقل التقرير عن خبير: the source it relays, not its issuer)
    doc_issuer = None if mentions.relayed_by(art, phrase.first) else sp.issuer(art.doc, art.lex, phrase, limit)
    noun = without_article(art.toks[phrase.first].key)
    if doc_issuer is not None:
        phrase = doc_issuer
    if doc_issuer is not None:
        text, (s, e), title = sp.issuer_text(art.doc, art.lex, phrase)
    else:
        (s, e), title = sp.name_span(art.doc, phrase, art.lex)
        text = art.text[s:e]
    speaker = Speaker(text, title, s, e, gender, ISSUER if doc_issuer else SUBJECT)
    if doc_issuer is not None:
        art.documents.append((s, noun, speaker))
    return speaker


def document_of_part(art: Article, k: int, limit: int) -> Speaker | None:
    """The document a part belongs to (المادة (27) من لائحة الانتخاب → لائحة الانتخاب), or the
    one the article named for an earlier part."""
    toks = art.toks
    while k < limit and (not toks[k].key or toks[k].raw.isdigit()) and toks[k].raw not in COMMAS:
        k += 1  # (27)
    if k + 1 < limit and toks[k].key == "من":
        phrase = sp.read_phrase(art.doc, art.lex, k + 1, limit)
        if phrase is not None:
            (s, e), title = sp.split(art.doc, phrase, art.lex)
            art.part_of = Speaker(art.text[s:e], title, s, e, "f", ISSUER)
    return art.part_of


def previous_speaker(art: Article, gender: str, at: int, plural: bool = False) -> Speaker:
    """Who a dropped subject or a pronoun at token ``at`` refers to (:func:`mentions.antecedent`);
    before anyone, the first titled person the article names (not for a ``plural`` verb)."""
    found = mentions.antecedent(art, at, gender, plural) or (None if plural else mentions.first_named(art))
    return found.found_by(PREVIOUS) if found else NOBODY


def note_document(art: Article, k: int, limit: int, speaker: Speaker) -> None:
    """قالت الوزارة في بيان: a later «البيان» is the ministry's."""
    toks = art.toks
    if speaker.text and k + 1 < limit and toks[k].key == "في":
        noun = without_article(toks[k + 1].key)
        if noun not in art.lex.nouns and noun.endswith(ATTACHED_PRONOUNS):
            noun = next((stem for stem in owned_stems(noun, toks[k + 1].raw) if stem in art.lex.nouns), noun)
            # (وأكد المحامي في بيانه)
        if art.lex.nouns.get(noun) == "document":
            art.documents.append((toks[k].start, noun, speaker))


def formula_before(art: Article, i: int) -> int:
    """Where a religious formula ending right before token i starts (رسول الله صلى الله عليه وسلم
    قال: the name is before it), or i when none does."""
    toks = art.toks
    end = i
    while end > 0 and toks[end - 1].raw in DASHES:
        end -= 1  # رسول الله ـ صلى الله عليه وسلم ـ قال
    for phrase, kind in art.lex.sacred_by_last.get(toks[end - 1].key if end else "", ()):
        n = len(phrase)
        if kind != "prophet_name" and n <= end and all(toks[end - n + m].key == word for m, word in enumerate(phrase)):
            start = end - n
            while start > 0 and toks[start - 1].raw in DASHES:
                start -= 1
            return start
    return i


def lookback(art: Article, i: int) -> sp.Phrase | None:
    toks = art.toks
    while i > 1 and toks[i - 1].key in art.lex.grammar["adverb"]:
        i -= 1  # المسؤولون الأميركيون وقتها رأوا، الثلث فقط قالوا: the subject before the adverb
    if i > 1 and toks[i - 1].key in ("قد", "لقد") and toks[i - 2].raw in COMMAS:
        i -= 1  # وزير الخارجية فلان، قد أكد: the comma before قد
    if i and toks[i - 1].raw in COMMAS and formula_before(art, i - 1) != i - 1:
        i -= 1  # أن رسول الله صلى الله عليه وسلم، قال: a formula, then a comma, before the verb
    elif i and toks[i - 1].raw in COMMAS:
        comma = _before_own_part(art, i - 1)
        return subject_before_insert(art, comma) or titled_opening(art, comma) or name_then_title(art, comma)
    if i and toks[i - 1].key in ("قد", "لقد"):
        i -= 1  # وكان خبراء مستقلون قد أكدوا أن ...
    i = formula_before(art, i)
    j = i - 1
    marks = 0  # tokens of quoted names passed over (وكانت صحيفة «الوطن» قد ذكرت)
    while j >= 0 and toks[j].para == toks[i].para and i - j - marks <= MAX_LOOKBACK_WORDS:
        if not toks[j].key:
            opening = _quoted_name_before(art, j)
            if opening is None:
                break
            marks += j - opening + 1
            j = opening - 1
            continue
        if toks[j].quote != -1 or sp.is_stop(art.lex, toks[j].key, toks[j].raw) or toks[j].key in art.lex.cues \
                or toks[j].key in art.lex.grammar["clause_opener"] or cues.attribution_phrase_at(art, j) is not None:
            break
        j -= 1
    if j == i - 1:
        return None
    at_clause_start = j < 0 or toks[j].para != toks[i].para or not toks[j].key \
        or toks[j].key in art.lex.grammar["clause_opener"] or toks[j].key in art.lex.grammar["complementizer"]
    if not at_clause_start and sp.is_stop(art.lex, toks[j].key, toks[j].raw):
        # لكن وزير الدفاع في تلك الآونة موشى أرينز كشف؛ فلان رئيس قسم الأخبار بدائرة الأخبار يوضح
        return titled_clause_subject(art, i) or name_then_title(art, i)
    first = j + 1
    if not at_clause_start:
        return name_then_title(art, i)  # (فلان أمين سر غرفة صناعة دمشق قال: longer than a subject read back)
    if toks[first].raw[:1] in ("و", "ف") and not sp.is_definite(toks[first]) \
            and toks[first].key not in art.surnames and art.lex.kind_of(toks[first].key) is None:
        return None  # ولمست جانبا مهما ... رد: a verb of its own, not a subject (but وزيرة: a title)
    if any(sp.is_accusative(art.lex, tok) for tok in toks[first:i]):
        return None  # في 20 يناير هجوما ضد منطقة عفرين تقول: an object or an adverb, no subject
    return sp.Phrase(first, i - 1, sp._name_start(art.doc, art.lex, first, i - 1))


def _before_own_part(art: Article, comma: int) -> int:
    """The comma before «من جانبه» or «بدوره» put between commas right before token ``comma`` (الشرطة، من
    جانبها، ذكرت), else ``comma``."""
    toks = art.toks
    k = comma - 1
    if k < 1 or toks[k].key not in art.lex.grammar["on_ones_part"]:
        return comma
    if toks[k - 1].key == "من":
        k -= 1
    return k - 1 if k and toks[k - 1].raw in COMMAS else comma


def _quoted_name_before(art: Article, j: int) -> int | None:
    """If token j closes a short quote after a word that names one (صحيفة «الوطن»، محطة "إن.بي.سي
    نيوز"), the token of its opening mark."""
    toks = art.toks
    if j < 2 or toks[j - 1].quote == -1 or toks[j].quote != -1:
        return None
    span = toks[j - 1].quote
    k = j - 1
    while k >= 0 and toks[k].quote == span:
        k -= 1
    if k < 1 or toks[k].key or art.span_words(span) > sp.MAX_QUOTED_NAME_WORDS \
            or not sp.names_a_quote(art.lex, toks[k - 1]):
        return None
    return k


def clause_start(art: Article, end: int) -> int:
    """The first token of the clause that token ``end`` is in: its sentence's, or the one after what opens
    its clause (يذكر أن وزير الخارجية فلان، قد أكد؛ لكن …)."""
    toks, grammar = art.toks, art.lex.grammar
    first = art.sentence_bounds(end)[0]
    return next((j + 1 for j in range(end - 1, first - 1, -1)
                 if toks[j].key in grammar["complementizer"] or toks[j].key in grammar["clause_opener"]), first)


def titled_opening(art: Article, comma: int) -> sp.Phrase | None:
    """A sentence that opens with a title and its holder's name, or with a name alone, then a comma
    before the verb (النائب عن التحالف الوطني عدنان المياحي، استبعد: …؛ لكن خالد العمري، أكد): that person,
    the subject put first."""
    toks, lex = art.toks, art.lex
    first = clause_start(art, comma)
    if toks[first].key in lex.grammar["kana"]:
        first += 1  # وكانت القيادة العامة، أكدت
    if not 2 <= comma - first <= MAX_TITLE_TAIL_WORDS:
        return None
    if _body_opening(art, first, comma):
        return sp.Phrase(first, comma - 1, first)
    if not sp.is_title_word(lex, toks[first].key):
        return _name_opening(art, first, comma)
    phrase = sp.read_phrase(art.doc, lex, first, comma)
    if phrase is None or phrase.last != comma - 1 or not phrase.first < phrase.name_first <= phrase.last:
        return None
    return phrase


def name_then_title(art: Article, end: int) -> sp.Phrase | None:
    """A clause that opens with a given name and the title after it, all that stands before the verb
    or the comma at token ``end`` (فلان أمين سر غرفة صناعة دمشق قال؛ فلان المتحدث باسم النقابة في
    محافظة نينوى، يتابع؛ فلان، الرئيس العالمي لأبحاث سوفوس، الشركة المختصة …، يقول): that person."""
    toks, lex = art.toks, art.lex
    first = clause_start(art, end)
    if toks[first].key not in lex.given_names or end - first > MAX_TITLE_TAIL_WORDS:
        return None
    phrase = sp.read_phrase(art.doc, lex, first, end)
    if phrase is None or phrase.name_first != first:
        return None
    if phrase.name_last is not None and phrase.last == end - 1:
        return phrase  # (the title right after the name)
    if phrase.title is None:
        return None
    k = phrase.title[1] + 1  # (the title between commas, and what the body it names is, between commas)
    while k < end and toks[k].raw in COMMAS and k + 1 < end and sp.is_definite(toks[k + 1]):
        k = next((j for j in range(k + 1, end) if toks[j].raw in COMMAS), end)
        if any(mentions.is_verb_at(art, j) or toks[j].quote != -1 for j in range(phrase.title[1] + 1, k)):
            return None
    return phrase if k in (end, end - 1) else None


def _body_opening(art: Article, first: int, comma: int) -> bool:
    """Does a body or a source fill the clause before the comma (الشرطة الشيشانية، ذكرت؛ وكانت وزارة
    الداخلية، أكدت؛ مصادر أمنية، قالت)?"""
    toks, lex = art.toks, art.lex
    if lex.kind_of(without_article(toks[first].key)) not in ("org", "source"):
        return False
    phrase = art.phrase_at(first)
    return phrase is not None and phrase.last == comma - 1 and mentions.is_entity(art, phrase) \
        and not any(mentions.is_verb_at(art, k) for k in range(first + 1, comma))  # (السلطات باشرت إجراءات، قالت)


def _name_opening(art: Article, first: int, comma: int) -> sp.Phrase | None:
    """A name alone filling the clause before the comma (خالد العمري، أكد؛ لكن خالد العمري، قال): two to
    four plain words opening with a given name or ending with a family name named before (not و and a
    name: وخالد is read as a clause joined on)."""
    toks, lex = art.toks, art.lex
    key = toks[first].key
    if comma - first > MAX_NAME_OPENING_WORDS or not sp.looks_like_a_name(art.doc, lex, first, comma) \
            or (key not in lex.given_names
                and (without_conjunction(key) != key or not art.is_known_surname(toks[comma - 1].key))):
        return None
    return sp.Phrase(first, comma - 1, first)


def subject_before_insert(art: Article, comma: int) -> sp.Phrase | None:
    """A named subject put before its verb with an apposition or a relative clause between commas
    after it (غير أن البروفيسور فلان، رئيس الجمعية، أكد؛ الوزير فلان، الذي ترأس الاجتماع، قال): the
    subject before the first comma, read as :func:`lookback` reads one."""
    toks, lex = art.toks, art.lex
    k = comma - 1
    while k >= 0 and comma - k <= MAX_INSERT_WORDS and toks[k].key and toks[k].quote == -1 \
            and toks[k].para == toks[comma].para:
        k -= 1
    if k < 0 or k == comma - 1 or toks[k].raw not in COMMAS or toks[k].para != toks[comma].para:
        return None
    opening = toks[k + 1]
    if opening.key not in lex.grammar["relative"] and not (sp.is_title_word(lex, opening.key)
                                                           and not sp.is_definite(opening)):
        return None  # (what opens the insert: الذي/التي, or a title in apposition: رئيس الجمعية)
    phrase = lookback(art, k)
    if phrase is None or not sp.looks_like_a_name(art.doc, lex, phrase.name_first, phrase.last + 1) \
            or sp.all_common_nouns(lex, toks[phrase.name_first:phrase.last + 1]):
        return None  # (a name of two words or more, after its title if any: someone named, not a noun phrase)
    return phrase


def titled_clause_subject(art: Article, i: int) -> sp.Phrase | None:
    """A title with its holder's name filling the clause or sentence before the verb at token i, a
    preposition inside (لكن وزير الدفاع في تلك الآونة موشى أرينز كشف، إلا أن المدير العام في الشركة فلان
    قال؛ المختص بشأن المصارف الإسلامية الدكتور فلان قال)."""
    toks = art.toks
    c = i - 1
    while c > 0 and i - c < sp.MAX_SPEAKER_WORDS and toks[c - 1].para == toks[i].para and toks[c - 1].key \
            and toks[c - 1].quote == -1 and toks[c - 1].key not in art.lex.grammar["clause_opener"] \
            and toks[c - 1].key not in art.lex.grammar["complementizer"]:
        c -= 1
    opens = c == 0 or toks[c - 1].para != toks[i].para or art.doc.is_sentence_end(c - 1)
    if not opens and toks[c - 1].key not in art.lex.grammar["clause_opener"] \
            and toks[c - 1].key not in art.lex.grammar["complementizer"]:
        return None  # (at a sentence's start, or after لكن، إلا أن …: a subject put first)
    phrase = sp.read_phrase(art.doc, art.lex, c, i)
    if phrase is None or phrase.last != i - 1 or not phrase.first < phrase.name_first < phrase.last \
            or "title" not in (art.lex.kind_of(toks[c].key), art.lex.kind_of(without_article(toks[c].key))) \
            or not sp.looks_like_a_name(art.doc, art.lex, phrase.name_first, phrase.last + 1):
        return None
    return phrase


def narrator(art: Article, i: int) -> sp.Phrase | None:
    """عن فلان قال، وعن فلان أنه قال: the narrator a report goes back to, when the clause of the verb at
    token i opens with عن (a chain of narration: عن أبي هريرة رضي الله عنه قال)."""
    toks = art.toks
    start = art.sentence_bounds(i)[0]
    k = i - 1
    while k > start and toks[k - 1].raw not in COMMAS and toks[k - 1].raw != ":":
        k -= 1  # the first word of the clause
    if i - k > MAX_NARRATOR_REACH or toks[k].key not in ("عن", "وعن", "فعن") or toks[k].quote != -1:
        return None
    phrase = sp.read_phrase(art.doc, art.lex, k + 1, i)
    if phrase is None or not sp.looks_like_a_name(art.doc, art.lex, phrase.first, phrase.first + 2):
        return None
    # a person: a name with بن/أبي (عن عمر بن الخطاب), or no common noun first (not وعن بيئة تبوك قال: the topic)
    words = art.toks[phrase.first:phrase.last + 1]
    if any(t.key in art.lex.grammar["name_link"] for t in words) or not art.lex.is_noun(sp.bare_stem(words[0].key)):
        return phrase
    return None


def topic(art: Article, i: int, prefixed: bool) -> sp.Phrase | None:
    """أما فلان فيقول، أما فلان، فقد صرح، أما الخبير فلان، استبعد: the topic after أما is the subject of the
    verb its clause goes on with (its ف on the verb or on قد, or a comma)."""
    toks = art.toks
    if prefixed and toks[i].raw.startswith("ف"):
        end = i
    elif i and (toks[i - 1].key == "فقد" or (not prefixed and toks[i - 1].raw in COMMAS)):
        end = i - 1
    else:
        return None
    if end < i and cues.strict_at(art, i):
        return None  # أما الطفل فقد تبين أنه …: it turned out, no verb of saying
    while end > 0 and toks[end - 1].raw in COMMAS:
        end -= 1
    a = art.sentence_bounds(i)[0]
    for j in range(end - 1, a - 1, -1):
        if toks[j].key in ("اما", "واما"):
            phrase = sp.read_phrase(art.doc, art.lex, j + 1, end) if j + 1 < end else None
            if phrase is not None and prefixed and end < i:
                # أما رئيس مجلس الإدارة، فلان، فقال: the holder's name in apposition, read up to its comma
                # (not a second title or a word after the comma: أما المتحدث، رئيس الحزب، فقال)
                apposed = sp.read_phrase(art.doc, art.lex, j + 1, i)
                if apposed is not None and apposed.last > phrase.last and apposed.name_first > phrase.last \
                        and toks[apposed.name_first].key in art.lex.given_names:
                    phrase = apposed
            return phrase if phrase is not None and (prefixed or phrase.last == end - 1) else None
    return None


def antecedent(art: Article, i: int) -> sp.Phrase | None:
    """The noun a relative pronoun before the verb refers to: الملك محمد السادس، الذي أكد ..."""
    toks = art.toks
    j = i - 1
    relative = toks[j].key if j >= 0 else ""
    relatives = art.lex.grammar["relative"]
    if relative not in relatives and not (relative[:1] == "و" and relative[1:] in relatives):
        return None  # (والذي أكد …)
    cue = cue_of(art.lex, toks[i].key)[0]
    # أسماء الدول التي قال إنها، الرجل الذي قالت إنه: a verb that does not agree with the relative pronoun has
    # the noun before as its object (but تصريحات فلان التي قال فيها: the one whose statements they are)
    agrees = cue is None or cue.kind != "verb" \
        or mentions.RELATIVE_GENDER.get(without_conjunction(relative), cue.gender) == cue.gender
    j -= 1
    if j >= 0 and toks[j].raw in COMMAS:
        j -= 1
    end = j
    while j >= 0 and toks[j].para == toks[i].para and end - j < MAX_LOOKBACK_WORDS:
        if (opening := _quoted_name_before(art, j)) is not None:
            j = opening - 1  # منظمة "أوكسفام" الخيرية التي: a quoted name inside the noun phrase
            continue
        if not toks[j].key or toks[j].quote != -1 or sp.is_stop(art.lex, toks[j].key, toks[j].raw) \
                or toks[j].key in sp.PREPOSITION_FORMS \
                or toks[j].key in art.lex.grammar["clause_opener"] \
                or cue_of(art.lex, toks[j].key)[0] is not None or cues.attribution_phrase_at(art, j) is not None:
            break
        if art.lex.nouns.get(without_article(toks[j].key)) == "speech":
            break  # تصريحات الطبيب المعالج، والذي أكد: the person, not his statements
        j -= 1
    if j == end or (not agrees and not _statements_of(art, j)):
        return None
    head = toks[j + 1]
    if head.key in art.lex.grammar["demonstrative"] and j + 1 == end:
        return None  # عقوبة أقل قساوة من تلك التي طالب بها: the thing meant, not a speaker
    if without_conjunction(relative) == "الذي" and head.raw.endswith("ة") \
            and (sp.is_definite(head) or art.lex.is_noun(head.key)):
        return None  # الحكومة الفيدرالية الأمريكية الذي: الذي is no woman's or body's, its noun is further back
    singular = {"الذي": "m", "التي": "f"}.get(without_conjunction(relative))
    if singular and (end - j >= MAX_LOOKBACK_WORDS or not any(_may_speak(art, t) for t in toks[j + 1:end + 1])):
        # (cut short, or no word that may speak: تطبيق قانون التسخير، الذي ينص is the law's)
        # الدكتور فلان استشاري ورئيس قسم الجراحة بمستشفى الملك فهد، الذي أوضح: the person the title describes
        person = titled_phrase_before(art, j + 1, max(art.sentence_bounds(j + 1)[0], j + 1 - MAX_TITLE_TAIL_WORDS),
                                      singular)
        if person is not None:
            return person
    name_start = sp._name_start(art.doc, art.lex, j + 1, end)
    if name_start > end and j > 0 and toks[j].raw in COMMAS and sp.is_title_word(art.lex, head.key):
        # التقت الصحيفة الدكتور فلان، استشاري جراحة الأعصاب، الذي أضاف: the person the title describes
        person = titled_phrase_before(art, j, max(art.sentence_bounds(j)[0], j - MAX_TITLE_TAIL_WORDS), singular or "p")
        if person is not None and person.last == j - 1:
            return person
    return sp.Phrase(j + 1, end, name_start)


def _statements_of(art: Article, j: int) -> bool:
    """Does a noun of speech stand at token j, or before the title in apposition that ends there
    (تصريحات رئيس الجمهورية، الباجي قائد السبسي والتي قال فيها: the one whose statements they are)?"""
    toks, nouns = art.toks, art.lex.nouns
    for k in range(j, max(art.sentence_bounds(j)[0], j - MAX_TITLE_TAIL_WORDS) - 1, -1) if j >= 0 else ():
        if nouns.get(without_article(toks[k].key)) == "speech":
            return True
        if toks[k].key and not sp.is_title_word(art.lex, toks[k].key) and not sp.is_definite(toks[k]):
            return False
    return False


def _may_speak(art: Article, tok: Token) -> bool:
    """Can the word head a speaker: a title, a body, a source, a document, a given name or a family name
    named before (not مستشفى، المدينة)?"""
    lex, key = art.lex, tok.key
    if not key:
        return False
    return lex.kind_of(key) is not None or lex.kind_of(without_article(key)) is not None \
        or lex.nouns.get(without_article(key)) == "document" \
        or key in lex.given_names or art.is_known_surname(key) or not lex.is_noun(sp.bare_stem(key))


def indefinite_head(art: Article, i: int, gender: str) -> sp.Phrase | None:
    """A verb right after an indefinite person or source opens a clause about it (no relative pronoun
    follows an indefinite noun): رفعتها صحفية إسرائيلية قالت، نقلت عن مصدر قال، لكن متحدثا باسم الرئاسة
    قال. The noun is the subject when the verb has none of its own and agrees with it; not after أي or
    كل (any employee who thinks: nobody in particular)."""
    toks, lex = art.toks, art.lex
    if toks[i].key not in lex.cues or gender == "p":
        return None  # (وقالت …: a clause of its own)
    j = i - 1
    while j >= 0 and i - j <= MAX_INDEFINITE_WORDS and toks[j].key and toks[j].quote == -1 \
            and toks[j].para == toks[i].para and not sp.is_stop(lex, toks[j].key):
        key = toks[j].key
        if sp.is_definite(toks[j]):
            if not (j and (toks[j - 1].key in lex.naming or toks[j - 1].key in lex.grammar["workplace"])):
                return None  # (a definite noun: the verb's subject put first, read by lookback)
            j -= 2  # where the source works or whom it speaks for: مصدر في الوزارة، متحدثا باسم الرئاسة
            continue
        head = key if lex.kind_of(key) else key.removesuffix("ا")  # (متحدثا: accusative after لكن)
        kind = lex.kind_of(head)
        if kind in ("title", "source") and key not in lex.naming:
            break  # (باسم: a link inside the title)
        if sp.is_possessed(lex, toks[j]) or key.removesuffix("ا") in lex.nouns:
            return None  # أحد عماله، بيانا ذكر فيه: no adjective of a person (a document said it)
        j -= 1
    else:
        return None  # (no person or source within reach)
    feminine = head.endswith("ه")
    # a person agrees with the verb; a source may be a plural of things (مصادر قالت)
    agrees = feminine == (gender == "f") if kind == "title" else not (feminine and gender == "m")
    if not agrees or head[:1] in ("و", "ف") or (j and toks[j - 1].key in lex.grammar["any"]):
        return None
    return sp.Phrase(j, i - 1, i)


def relayed_source(art: Article, k: int, limit: int, quoting: bool = False) -> tuple[Speaker, int] | None:
    """For a relaying verb (ونقلت وكالة رويترز عن أحد المجندين قوله ...، أوردت الوكالة نقلا عن
    مصدرين ...), the source after عن is the speaker, and the token after it. ``quoting``: for any other
    cue, only after نقلا (وقالت الصحيفة نقلا عن مسؤول إن; not قال عن, said about)."""
    toks, times, links = art.toks, art.lex.grammar["time_phrase"], art.lex.grammar["relay_link"]
    start = k
    while k < limit and k - start < MAX_RELAY_GAP:
        if k + 1 < limit and toks[k].key in art.lex.grammar["setting"] and sp.where_said(art.lex, toks[k + 1]):
            k += 2  # على الإنترنت عن، عبر موقعها عن، في بيان عن ...
        elif k + 1 < limit and toks[k].key == "علي" and toks[k + 1].key in links:
            k += 1  # على لسان فلان: in his words
            break
        elif toks[k].raw in COMMAS or (art.lex.kind_of(toks[k].key) == "stop" and toks[k].key not in links):
            k += 1  # ، الخميس، نقلا عن ...
        elif k + 1 < limit and (toks[k].key, toks[k + 1].key) in times:
            k += 2  # في وقت لاحق عن ...
        else:
            break
    if k < limit and toks[k].key == "نقلا":
        k += 1
    elif quoting:
        return None
    if k >= limit or toks[k].key not in links:
        return None
    phrase = subject_phrase(art, k + 1, limit)
    if phrase is None:
        return None
    return speaker_from(art, phrase, "p", limit), phrase.last + 1


def after_addressee(art: Article, i: int, limit: int) -> int:
    """Past the one told, between a verb and its subject: كشف لـ«عكاظ» مشرف ...، وقال
    لـ"الشرق الأوسط" مسؤول ...، قال لي مسؤول ..."""
    toks = art.toks
    i = sp.past_adverb(art.doc, art.lex, i, limit)
    if i + 1 < limit and toks[i + 1].key and toks[i + 1].quote == -1 and (
            toks[i].key in art.lex.grammar["addressee"]
            or (i >= 2 and toks[i].key in art.lex.grammar["resumptive"] and toks[i - 2].key.endswith("ما"))):
        return i + 1  # قال لي مسؤول (not قال لي "…", where the quote follows); حسبما أفادت به المواقع
    if i + 2 < limit and toks[i].key == "ل" and toks[i + 1].raw in OPENERS and toks[i + 2].quote != -1:
        span, k = toks[i + 2].quote, i + 2
        while k < limit and toks[k].quote == span:
            k += 1
        if k - i - 2 <= sp.MAX_QUOTED_NAME_WORDS and k < limit and not toks[k].key:
            return k + 1
    return i


def subject_phrase(art: Article, i: int, limit: int) -> sp.Phrase | None:
    """The subject noun phrase at token i; a surname named before is all of it (وطالب الحمادي
    المواطنين ...)."""
    phrase = art.phrase_at(i, limit) if i < limit else None
    toks = art.toks
    if phrase is not None and sp.is_accusative_plural(art.lex, toks[phrase.first]):
        return None  # ودعا المصريين للنهوض: the verb's object, in the accusative; its subject is elsewhere
    if phrase is None or phrase.last == phrase.first:
        return phrase
    if art.is_known_surname(toks[phrase.first].key) and not _name_goes_on(art, phrase.first + 1):
        return sp.Phrase(phrase.first, phrase.first, phrase.first)
    if toks[phrase.first].key in art.lex.grammar["name_link"] and art.is_known_surname(toks[phrase.first + 1].key):
        return sp.Phrase(phrase.first, phrase.first + 1, phrase.first)  # وتابع آل الشيخ انتقاده …
    return phrase


def _name_goes_on(art: Article, k: int) -> bool:
    """Does token k go on with a name (… حسين عبدالرازق, حسين أبو علي: a given name or a name link, no article), not
    begin the verb's object (وطالب الحمادي المواطنين)?"""
    key = art.toks[k].key
    links = art.lex.grammar["name_link"]
    return not sp.is_definite(art.toks[k]) and (key in art.lex.given_names or key in links or any(
        key.startswith(link) and key[len(link):].startswith("ال") and len(key) - len(link) > 3 for link in links))


def governing_verb_sieve(art: Article, hit: Hit, gender: str) -> Speaker | None:
    """The subject of the verb a participle hangs on: the nearest verb before it in its paragraph, a cue
    (read by its own sieves; a passive formula gives the subject of its clause) or not (its subject in
    the table of mentions: وانتقدت فلانة الحكم قائلة), or a coordinate clause's subject (، ويؤيد المواطن
    فلان الرأي …، مضيفاً)."""
    toks = art.toks
    i = hit.first
    sentence_start = art.sentence_bounds(i)[0]
    for j in range(i - 1, max(-1, i - MAX_SENTENCE_TOKENS), -1):
        if toks[j].para != toks[i].para:
            break
        if toks[j].raw in COMMAS and j + 2 < i and toks[j + 1].raw[:1] == "و" \
                and not art.claimed_at(toks[j + 1].start):
            coordinate = coordinate_subject(art, j + 1, i)
            if coordinate is not None:
                return coordinate
        if j >= sentence_start and mentions.is_verb_at(art, j) and not art.claimed_at(toks[j].start) \
                and (subject := mentions.subject_of_verb(art, j)) is not None \
                and mentions.agrees(art.lex, subject.speaker, gender):  # (ولكنها قالت: not the man of وكان فلان)
            return subject.speaker.found_by(SENTENCE)
        if toks[j].key not in art.lex.triggers or cues.is_noun_form(art, j):
            continue
        cue, prefixed = cue_of(art.lex, toks[j].key)
        if cue is not None and cue.kind == "verb" and j < sentence_start and hit.cue is not None \
                and hit.cue.kind == "verb":
            break  # (وسألت الصحيفة فلانا، فقال: a cue of the sentence before is not the one this verb goes on from)
        if cue is not None and cue.kind == "verb" and toks[j].quote == -1 and not art.claimed_at(toks[j].start):
            # (a cue inside another statement's content is not the main verb)
            if cues.strict_at(art, j) and not cues.complement_follows(art, cue, j + 1, i):
                # عبر فقرة خاصة: the preposition, not the verb عبّر (عن); but كتب الحزب بيانا: who wrote
                phrase = art.phrase_at(j + 1) if mentions.opens_clause(art, j) else None
                if phrase is not None and phrase.last < i and mentions.is_entity(art, phrase):
                    return speaker_from(art, mentions.without_object(art, phrase), "p", i).found_by(SENTENCE)
                continue
            speaker, after = verb_subject(art, Hit(j, j, cue, prefixed))
            if speaker.how in (PREVIOUS, PARAGRAPH) and cues.is_impersonal(art, toks[j].key):
                return clause_subject(art, after, i) or speaker
            return speaker
    return None


ParticipleSieve = Callable[[Article, Hit, str], Speaker | None]
PARTICIPLE_SIEVES: tuple[tuple[str, ParticipleSieve], ...] = (
    (SENTENCE, governing_verb_sieve),
    (PARAGRAPH, lambda art, hit, gender: paragraph_subject(art, hit.first, "p")),
    (SENTENCE, lambda art, hit, gender: titled_person_before(art, hit.first, gender)),
    (SENTENCE, lambda art, hit, gender: known_person_before(art, hit.first)),
    (PREVIOUS, lambda art, hit, gender: previous_or_named(art, hit.first, "p")))


def participle_subject(art: Article, hit: Hit, gender: str = "p") -> Speaker:
    """The speaker of a participle (مؤكداً، مضيفةً) or a purpose clause (ليؤكد), by the first sieve that
    names one."""
    for name, sieve in PARTICIPLE_SIEVES:
        found = sieve(art, hit, gender)
        if found is not None and found.text:
            art.note(name, f"«{found.text}»")
            return found
        art.note(name, "nothing")
    return NOBODY


def named_woman(art: Article, i: int, gender: str) -> Speaker | None:
    """A feminine verb with no subject when no woman or organisation has spoken yet: the titled
    woman named earlier in its sentence (تواصلت «الوطن» مع الطالبة نور العمراني وأكدت …)."""
    if gender != "f" or art.genders_spoken & {"f", "p"}:
        return None
    return titled_person_before(art, i, "f")


def coordinate_subject(art: Article, w: int, i: int) -> Speaker | None:
    """The subject of a verb that is not a cue opening a coordinate clause at token w: a titled
    person (، ويؤيد المواطن زامل الغامدي …) or the family name of someone who spoke before."""
    toks = art.toks
    verb = toks[w].key
    if sp.is_stop(art.lex, verb) or art.lex.kind_of(verb) is not None or sp.is_definite(toks[w]):
        return None
    if w + 1 < i and art.is_known_surname(toks[w + 1].key):
        # …، وختم بنجبلي حديثه بالقول: a speaker named before, by the family name
        return speaker_from(art, sp.Phrase(w + 1, w + 1, w + 1), "p", i).found_by(SENTENCE)
    if verb in art.lex.triggers:
        return None
    phrase = subject_phrase(art, w + 1, i)
    if phrase is None or phrase.last >= i or "title" not in (
            art.lex.kind_of(toks[phrase.first].key), art.lex.kind_of(without_article(toks[phrase.first].key))) \
            or not phrase.first < phrase.name_first <= phrase.last:
        return None
    # the verb is transitive: its object follows the family name (زامل الغامدي الرأي السابق)
    for k in range(phrase.name_first + 1, (phrase.name_last or phrase.last)):
        if sp.is_definite(toks[k]) and not sp.is_definite(toks[k - 1]):
            phrase = replace(phrase, last=k, name_last=k)
            break
    return speaker_from(art, phrase, "p", i).found_by(SENTENCE)


def titled_person_before(art: Article, i: int, gender: str, paragraph: bool = False) -> Speaker | None:
    """The nearest title with its holder's name earlier in the sentence of token i (``paragraph``: in
    its paragraph), of the participle's gender: the subject of a verb that is not a cue (وتحدث فيها
    الدكتور علي الشهري ... عن «...»، مبيناً أن ...)."""
    a = bisect_left(art.starts, art.para_starts[art.toks[i].para]) if paragraph else art.sentence_bounds(i)[0]
    phrase = titled_phrase_before(art, i, a, gender)
    return speaker_from(art, phrase, "p", i).found_by(SENTENCE) if phrase is not None else None


def titled_phrase_before(art: Article, i: int, a: int, gender: str) -> sp.Phrase | None:
    """The nearest title with its holder's name between tokens ``a`` and ``i``, of the gender (m or f;
    any for p), read up to token i."""
    toks = art.toks
    kind_of = art.lex.kind_of
    for j in range(i - 1, a - 1, -1):
        head = toks[j].key
        if (kind_of(head) != "title" and (head[:2] != "ال" or kind_of(without_article(head)) != "title")) \
                or toks[j].quote != -1:
            continue  # (the article read off only where a word has it: the look back is long in a paragraph)
        if not _title_agrees(head, gender):
            continue  # الدكتورة for مؤكدة, الدكتور for مؤكداً
        if j > a and "title" in (art.lex.kind_of(toks[j - 1].key), art.lex.kind_of(without_article(toks[j - 1].key))):
            continue  # the phrase starts at the first of its titles
        phrase = sp.read_phrase(art.doc, art.lex, j, i)
        if phrase is not None and phrase.first < phrase.name_first <= phrase.last and (
                phrase.name_first == phrase.last
                or sp.looks_like_a_name(art.doc, art.lex, phrase.name_first, phrase.name_first + 2)):
            return phrase
    return None


def known_person_before(art: Article, i: int) -> Speaker | None:
    """The first person in the sentence of token i named by the family name, whom the article
    named in full with a title before (رئيس الوزراء الإيطالي جوزيبي كونتي … وخصوصا أن كونتي صعد
    الموقف …، مؤكدا): the subject of a verb that is not a cue."""
    toks = art.toks
    a = art.sentence_bounds(i)[0]
    near_titles = mentions.after_titles(art)  # (the words a titled phrase may end with: a look before reading one)
    for j in range(a, i):  # the first, not one named after a preposition (وتحدث ترامب عن ماتيس)
        key = toks[j].key
        named = mentions.titled_person(art, key) \
            if key in near_titles and toks[j].quote == -1 and not sp.is_definite(toks[j]) else None
        if named is not None and j > a and toks[j - 1].key in art.lex.grammar["preposition"]:
            continue
        if named is not None and named[0] < toks[j].start:
            s, e, title = named
            return Speaker(art.text[s:e], title, s, e, "p", SENTENCE)
    return None


def clause_subject(art: Article, k: int, i: int) -> Speaker | None:
    """The subject opening the content clause at token k (ويذكر أن الوزير فلان ...), read up to i."""
    toks = art.toks
    if k < i and toks[k].key in ("الي", "علي"):
        k += 1
    if k >= i or toks[k].key not in art.lex.grammar["complementizer"]:
        return None
    phrase = sp.read_phrase(art.doc, art.lex, k + 1, i)
    if phrase is None:
        return None
    return speaker_from(art, phrase, "p", i).found_by(CLAUSE)


def paragraph_subject(art: Article, i: int, gender: str, plural_verb: bool = False) -> Speaker | None:
    """The subject of a verb that is not a cue, opening the paragraph of token i, when nobody
    has spoken since: من جهته ثمن خالد ناقرو المدير العام ... وأشار إلى أن → خالد ناقرو."""
    toks = art.toks
    a = art.sentence_bounds(i)[0]
    while a < i and not toks[a].key:
        a += 1
    if a == i and a > 0 and toks[a - 1].para == toks[i].para:
        a = art.sentence_bounds(a - 1)[0]  # the cue opens its sentence: the sentence before
        while a < i and not toks[a].key:
            a += 1
    opener = False
    if a + 1 < i and toks[a].key in ("من", "ومن") and toks[a + 1].key in art.lex.grammar["on_ones_part"]:
        a, opener = a + 2, True
    elif toks[a].key in art.lex.grammar["on_ones_part"]:
        a, opener = a + 1, True
    if toks[a].key in art.lex.grammar["fronting"] or toks[a].key in art.lex.grammar["scene"]:
        # وفي وقت لاحق، زار الوزير فلان …؛ وبعد المباراة، تحدث: past a short phrase put before the verb
        comma = next((k for k in range(a + 1, min(i, a + MAX_FRONTED_WORDS + 1)) if toks[k].raw in COMMAS), None)
        a = comma if comma is not None else a
    while a < i and toks[a].raw in COMMAS:
        a += 1
    verb = toks[a].key if a + 1 < i else ""
    if not verb or not toks[a].raw.isalpha() or verb.startswith("ال") or sp.is_stop(art.lex, verb) \
            or (verb in art.lex.cues and not cues.is_strict(art, verb)) or art.lex.kind_of(verb) is not None:
        return None
    if gender != "p" and mentions.verb_gender(verb) not in (gender, "p"):
        return None  # (وكان فلان قد دخل …، ولكنها قالت: the verb's subject is a man, the cue's a woman)
    phrase = subject_phrase(art, a + 1, i)
    if phrase is None or phrase.last >= i:
        return None
    # the subject is a title with its holder (ثمن المدير العام فلان), after من جهته or كان a
    # name, or a surname named before (وختم بنجبلي حديثه ... بالقول)
    head = toks[phrase.first].key
    titled = "title" in (art.lex.kind_of(head), art.lex.kind_of(without_article(head)))
    named = (opener or verb in art.lex.grammar["kana"]) and sp.looks_like_a_name(
        art.doc, art.lex, phrase.first, min(phrase.last, phrase.first + 1) + 1)
    # a plural verb (وطالبوا) and a plural of people opening the sentence: definite, up to the verb's
    # indefinite object (وردد المتظاهرون الشباب هتافات …), or indefinite, a dual or a plural (أجمع خبيران
    # أوروبيان على … وقالا)
    definite = sp.is_definite(toks[phrase.first])
    plural = plural_verb and (head.endswith(("ون", "ين")) if definite else mentions.people_head(art.lex, head))
    if plural and definite:
        end = next((k for k in range(phrase.first + 1, phrase.last + 1) if not sp.is_definite(toks[k])),
                   phrase.last + 1)
        phrase = sp.Phrase(phrase.first, end - 1, end)
    if not (titled or named or plural or (phrase.first == phrase.last and art.is_known_surname(head))):
        return None
    speaker = speaker_from(art, mentions.without_object(art, phrase), gender, i)  # (زار الرئيس فلان المدينة)
    last = art.history[-1].speaker if art.history else None
    if last is not None and last.start is not None and speaker.start is not None and last.start > speaker.start:
        return None  # someone spoke after it
    return speaker.found_by(PARAGRAPH)
