"""The article's table of mentions: who it names, where, and who a dropped subject refers to.

Two kinds of entries stand in the table, each with the token where it counts: the speakers of the
cues read so far (:attr:`Article.history`, filled as statements are found) and the subjects of the
verbs that are not cues (وانتقدت فلانة الحكم، وتكهن بروكس بأن، زار الوزير …), read once for the
whole article. A dropped subject or a pronoun (وأضاف، وأكدت، مشيراً) takes the latest entry before
its cue whose gender agrees (:func:`antecedent`). The table also knows the titled people by family
name, the first titled person of the article and the issuers of documents.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from itertools import compress

from . import phrases as sp
from . import rules
from .article import SUBJECT, SUBJECT_BY_PLACE, Article, Mention, Speaker, is_sacred, mention_at
from .lexicon import Cue, Lexicon, cue_of, goes_on
from .limits import (
    MAX_FIRST_NAMED_TOKENS,
    MAX_ISSUER_WORDS,
    MAX_KNOWN_NAME_WORDS,
    MAX_KNOWN_TITLE_WORDS,
    MAX_MENTION_LOOKBACK,
    MAX_MENTION_PLACES,
    MAX_RELATIVE_CLAUSE_WORDS,
    MAX_VERBS_BACK,
    MIN_PLURAL_LETTERS,
    MIN_VERB_LETTERS,
)
from .normalize import CONJUNCTIONS, fold, owned_stems, unmarked, without_article, without_conjunction
from .tokens import COMMAS, Token

CLAUSE_MARKS = frozenset(":-–—")
RELATIVE_GENDER = {"الذي": "m", "التي": "f", "الذين": "p"}  # the verb a relative pronoun is the subject of agrees
SPEAKING_KINDS = ("title", "org", "source")  # speaker words that head someone who speaks


def verb_gender(key: str) -> str:
    """The gender and number a verb form shows: "f" (قالت، انتقدت), "p" (قالوا، يقولون) or "m";
    "p" also where the form does not tell (تحدث is past masculine, تقول present feminine)."""
    word = without_conjunction(key)
    if word.endswith(("وا", "ون")):
        return "p"
    if word.endswith("ت"):
        return "f"
    return "p" if word.startswith("ت") else "m"


def agrees(lex: Lexicon, speaker: Speaker, gender: str) -> bool:
    """Can a verb of this gender (and number) have this speaker as its dropped subject? A singular verb
    (قال، أضافت) does not stand for people in the plural (المحتجون، مؤيدوها), whatever verb named them."""
    if gender == "p":
        return True
    return speaker.gender in (gender, "p") and not names_people(lex, speaker.text)


def one_person(lex: Lexicon, speaker: Speaker) -> bool:
    """Is the speaker one person, named with a title or by a given name, and nobody else with them
    (no و before a second given name)?"""
    words = speaker.text.split()
    if not words or any(w.startswith("و") and fold(w[1:]) in lex.given_names for w in words[1:]):
        return False
    return bool(speaker.title) or fold(words[0]) in lex.given_names


def people_head(lex: Lexicon, head: str) -> bool:
    """Is a folded head word people in the plural or the dual: a sound plural of a noun (مسؤولون), a
    broken plural of a source (خبراء، نشطاء) or the dual of a title (خبيران، المسؤولين)?"""
    bare = without_article(without_conjunction(head))
    return names_people(lex, head) or lex.kind_of(bare) == "source" or (
        bare.endswith(("ان", "ين")) and lex.kind_of(bare[:-2]) == "title")


PLURAL_ENDINGS = ("يين", "ون", "وها", "وهم", "وه")  # الفلسطينيين، المحتجون، مؤيدوها، محاموه


def names_people(lex: Lexicon, text: str) -> bool:
    """Does a speaker phrase name people in the plural: its head a sound masculine plural of a noun the
    word classes list (المحتجون، مسؤولون، الفلسطينيين، مؤيدوها; not القانون، البنتاغون، ماكرون)?"""
    head = unmarked(text.split(" ", 1)[0])  # (the written ending: ة is no ه here, القوة is no محاموه)
    ending = next((e for e in PLURAL_ENDINGS if head.endswith(e)), None)
    if ending is None or len(head) < MIN_PLURAL_LETTERS:
        return False
    singular = without_article(without_conjunction(fold(head[:-len(ending)])))
    return ending == "يين" or lex.is_noun(singular) or lex.kind_of(singular) is not None


def opens_clause(art: Article, k: int) -> bool:
    """Does the word at token k start a clause: the paragraph's or sentence's first word, after a
    comma or a colon, after قد/ثم, or carrying و/ف?"""
    toks = art.toks
    key = toks[k].key
    if without_conjunction(key) != key:
        return True
    j = k - 1
    if j < 0 or toks[j].para != toks[k].para:
        return True
    prev = toks[j]
    return prev.raw in COMMAS or prev.raw in CLAUSE_MARKS or art.doc.is_sentence_end(j) \
        or prev.key in art.lex.grammar["verb_particle"] or prev.key in art.lex.grammar["time_adverb"]


def verb_form(lex: Lexicon, key: str) -> str:
    """LISTED for a verb form the word classes list (with or without و/ف); BY_PLACE for a word with و/ف
    that is no common noun, title, cue or function word, a verb where it opens a sentence; else "".
    Remembered per word (a word's class does not change from one article to the next)."""
    remembered = lex.memo["verb_form"]
    found = remembered.get(key)
    if found is None:
        bare = key if key[:1] not in CONJUNCTIONS or lex.is_noun(key) else without_conjunction(key)
        if lex.is_verb(bare):
            found = LISTED
        elif bare == key:
            found = ""  # (no و/ف to be a verb by its place)
        elif not bare.startswith("ال") and not lex.is_noun(key) and not lex.is_noun(bare) \
                and lex.kind_of(key) is None and lex.kind_of(bare) is None \
                and not sp.is_stop(lex, key) and bare not in lex.nouns:  # (bare: the word without its و/ف)
            found = BY_PLACE
        else:
            found = ""
        if len(remembered) >= MAX_REMEMBERED_FORMS:
            remembered.clear()  # a long-running process stays small
            lex.memo["verbs"].clear()
        remembered[key] = found
        if found:
            lex.memo["verbs"][key] = found
    return found


LISTED, BY_PLACE = "listed", "by place"
MAX_REMEMBERED_FORMS = 1 << 17


def opens_sentence(art: Article, k: int) -> bool:
    j = k - 1
    return j < 0 or art.toks[j].para != art.toks[k].para or art.doc.is_sentence_end(j)


def may_open_entity(art: Article, k: int) -> bool:
    """A quick look at the word after a verb before its phrase is read: a title, a body, a source, a
    document or a word without the article (a name) may open a speaker's phrase; the rest cannot."""
    tok = art.toks[k]
    if not tok.key or tok.quote != -1:
        return False
    if not sp.is_definite(tok):
        return True
    lex, bare = art.lex, without_article(tok.key)
    return lex.kind_of(tok.key) in SPEAKING_KINDS or lex.kind_of(bare) in SPEAKING_KINDS \
        or lex.nouns.get(bare) == "document"


def is_entity(art: Article, phrase: sp.Phrase, named_body: bool = False) -> bool:
    """Can this phrase be someone who speaks: a title, an organisation, an unnamed source or a document,
    a person the article names with a title, or a name of two words or more that are not all common
    nouns (حنان مطاوع, not اجتماعات اتحاد)? ``named_body``: for the subject of a word that is a verb only
    by where it stands, not a lone family name."""
    toks, lex = art.toks, art.lex
    head = toks[phrase.first]
    bare = without_article(head.key)
    if lex.kind_of(head.key) in SPEAKING_KINDS or lex.kind_of(bare) in SPEAKING_KINDS \
            or lex.nouns.get(bare) == "document":
        return True
    if sp.is_definite(head) or lex.kind_of(head.key) is not None or sp.is_ba_verbal_noun(head.key):
        return False  # (تعهد بتوسيع نطاق الهجوم: what was done, not who)
    if phrase.first == phrase.last and blessed(art, phrase.last + 1):
        return True  # وكان عروة رضي الله عنه: a person, named with a blessing
    if phrase.first == phrase.last and named_body:
        return False
    if phrase.first == phrase.last:
        return titled_person(art, head.key) is not None  # a family name the article gives with a title
    return _reads_as_a_name(art, phrase) or _titled_family_name(art, phrase)


def _titled_family_name(art: Article, phrase: sp.Phrase) -> bool:
    """Does the phrase open with a family name the article gives with a title, the verb's object after it
    (رفض ماكرون الإجابة)?"""
    head, lex = art.toks[phrase.first], art.lex
    if phrase.name_first != phrase.first or head.key in lex.given_names or lex.is_noun(sp.bare_stem(head.key)) \
            or sp.is_stop(lex, head.key, head.raw):
        return False
    return head.key in after_titles(art) and titled_person(art, head.key) is not None


def after_titles(art: Article) -> frozenset[str]:
    """The words written a few places after a title word (the family names titled_person may find: a look
    before reading titled phrases)."""
    if art._after_titles is None:
        keys = art.doc.keys
        art._after_titles = frozenset(keys[j] for k in compress(range(len(keys)), title_flags(art))
                                      for j in range(k + 1, min(len(keys), k + MAX_KNOWN_NAME_WORDS + 2)))
    return art._after_titles


def _reads_as_a_name(art: Article, phrase: sp.Phrase) -> bool:
    """Is a phrase of two words or more a person's name (:func:`is_entity`)?"""
    toks, lex = art.toks, art.lex
    head = toks[phrase.first]
    if not sp.looks_like_a_name(art.doc, lex, phrase.first, phrase.first + 2):
        return False
    # a name: its first word no common noun (not زيارة قيادي، بطل الثلاثية) unless a family name that is
    # none follows (حنان مطاوع: given names are often common words), nor its second a definite common
    # noun (the verb's object)
    second = toks[phrase.first + 1]
    if head.key in lex.given_names and not lex.is_noun(head.key):
        return True  # (خالد العمري: a given name, then a family name that is also a word)
    if sp.is_definite(second) and lex.is_noun(sp.bare_stem(second.key)):
        return False
    if not lex.is_noun(sp.bare_stem(head.key)):
        return True
    return not sp.is_definite(second) and not lex.is_noun(sp.bare_stem(second.key)) \
        and lex.kind_of(second.key) is None and not sp.is_stop(lex, second.key, second.raw) \
        and not second.key.endswith(("ي", "يه")) and not head.key.endswith("ات") and head.key not in lex.nouns


def blessed(art: Article, k: int) -> bool:
    """Does a formula said after a name start at token k (رضي الله عنه، صلى الله عليه وسلم، عليه السلام)?"""
    toks = art.toks
    return any(kind in ("prophet", "blessing") and k + len(phrase) <= len(toks)
               and all(toks[k + n].key == word for n, word in enumerate(phrase))
               for phrase, kind in art.lex.sacred_by_head.get(toks[k].key if k < len(toks) else "", ()))


def without_object(art: Article, phrase: sp.Phrase) -> sp.Phrase:
    """A name of two words or more without the verb's definite object after it (انتقدت فلانة مطاوع
    الحكم، طالب فلان قهوجي عناصر الجيش): a definite common noun, not a nisba (العتيبي), ending the
    phrase, with the common noun governing it."""
    toks = art.toks
    if art.lex.kind_of(toks[phrase.first].key) in ("source", "org"):
        return phrase  # بعض علماء الإسلام، وزارة الداخلية: a source or a body with what it is of
    last = phrase.name_last if phrase.name_last is not None else phrase.last
    if last != phrase.last or phrase.title is not None:
        return phrase  # (فلان الغرير، رئيس الغرفة: a name with its title in apposition is all of it)
    if phrase.first < last and _titled_family_name(art, phrase):
        return replace(phrase, last=phrase.first, name_last=None)  # (رفض ماكرون الإجابة: the name ends it)
    known = _known_name_end(art, phrase.name_first, last)
    if known is not None:
        return replace(phrase, last=known, name_last=None)  # (واستعرض فلان الفلاني الأشواط الثمانية)
    if phrase.first < phrase.name_first < last and _indefinite_noun(art, toks[phrase.name_first + 1]) \
            and _named_in_full_before(art, phrase.name_first):
        return replace(phrase, last=phrase.name_first, name_last=None)  # (وعدّ الدكتور يماني عملية الإحلال)
    if any(sp.is_title_word(art.lex, toks[k].key) for k in range(phrase.name_first + 1, last)):
        return phrase  # زوجة رئيس إنتربول المستقيل: a description around a title, its last word the title's
    noun = last
    if noun - phrase.name_first >= 3 and _nisba(toks[noun]) and not _nisba(toks[noun - 1]):
        noun -= 1  # بيوتر بوروشينكو الإدارة الأميركية: the object and its adjective
    tail = toks[noun]
    if noun - phrase.name_first >= 2 and sp.is_definite(tail) and not _nisba(tail) \
            and toks[noun - 1].key not in art.lex.grammar["name_link"] and art.lex.is_noun(sp.bare_stem(tail.key)):
        noun -= 1
        governing = toks[noun]  # جان قهوجي عناصر الجيش: the object is a common noun governing it
        if noun - phrase.name_first >= 2 and not sp.is_definite(governing) \
                and art.lex.is_noun(sp.bare_stem(governing.key)) and governing.key not in art.lex.given_names:
            noun -= 1
        return replace(phrase, last=noun, name_last=None)
    return phrase


def _named_in_full_before(art: Article, k: int) -> bool:
    """Is the word at token k a family name the article wrote before, ending a name after a given name or a
    name link (أيمن بن عصام يماني … الدكتور يماني; not أنور حمة أمين … حمة أمين)?"""
    key, toks, lex = art.toks[k].key, art.toks, art.lex
    if key in lex.given_names or key in lex.grammar["name_link"]:
        return False
    places = art.where(key)
    return any(0 < j and j + 1 < len(toks) and toks[j + 1].key != toks[k + 1].key
               and (toks[j - 1].key in lex.given_names or toks[j - 1].key in lex.grammar["name_link"])
               for j in places[:bisect_left(places, k)])


def _indefinite_noun(art: Article, tok: Token) -> bool:
    """Is the word a common noun without the article, and no name (عملية; not أحمد)?"""
    return bool(tok.key) and tok.quote == -1 and not sp.is_definite(tok) and tok.key not in art.lex.given_names \
        and tok.key not in art.lex.grammar["name_link"] and art.lex.is_noun(sp.bare_stem(tok.key))


def _known_name_end(art: Article, first: int, last: int) -> int | None:
    """The last token of the full name of a person who spoke before, written from token ``first`` and
    followed, up to token ``last``, by a definite common noun: the verb's object."""
    if not art.full_names:
        return None
    keys = art.doc.keys
    for name in art.full_names:
        end = first + len(name)
        if end <= last and tuple(keys[first:end]) == name and sp.is_definite(art.toks[end]) \
                and not _nisba(art.toks[end]) and art.lex.is_noun(sp.bare_stem(keys[end])) \
                and _reads_as_a_name(art, sp.Phrase(first, end - 1, first)):
            return end - 1
    return None


def _nisba(tok: Token) -> bool:
    """A definite word ending as an adjective of origin or a family name does (الأميركية، الغامدي; not
    المستشفى, whose ى folds to ي)."""
    return sp.is_definite(tok) and tok.key.endswith(("ي", "يه")) and not unmarked(tok.raw).endswith("ى")


def verb_positions(art: Article) -> list[int]:
    """Token indices of the article's verb forms, listed or by their place, in text order (read once
    per article, from its vocabulary: a word's form is remembered across articles)."""
    if art._verb_positions is None:
        lex, vocabulary = art.lex, art.doc.vocabulary
        remembered, verbs = lex.memo["verb_form"], lex.memo["verbs"]
        # the verb forms met in earlier articles, then the words met first, classed now: with و/ف first
        # one by one (verb_form), the others at once, a verb form exactly when listed as one (as
        # verb_form reads them); a set's difference with a dict looks each word up in it, in C
        forms = {key: verbs[key] for key in verbs.keys() & vocabulary}
        plain = []
        for key in vocabulary.difference(remembered):
            if len(key) < MIN_VERB_LETTERS:
                continue
            if key[:1] in CONJUNCTIONS:
                if form := verb_form(lex, key):
                    forms[key] = form
            else:
                plain.append(key)
        if len(remembered) + len(plain) >= MAX_REMEMBERED_FORMS:
            remembered.clear()  # a long-running process stays small
            verbs.clear()
        listed = lex.verb_forms.intersection(plain)
        remembered.update(dict.fromkeys(plain, ""))
        remembered.update(dict.fromkeys(listed, LISTED))
        verbs.update(dict.fromkeys(listed, LISTED))
        forms.update(dict.fromkeys(listed, LISTED))
        art._verb_forms = forms
        art._verb_positions = list(compress(range(len(art.doc.keys)), map(forms.__contains__, art.doc.keys)))
    return art._verb_positions


def is_verb_at(art: Article, k: int) -> bool:
    """Is token k one of :func:`verb_positions`?"""
    if art._verb_positions is None:
        verb_positions(art)
    return art.toks[k].key in art._verb_forms


def subject_of_verb(art: Article, k: int) -> Mention | None:
    """The subject of the verb that is not a cue at token k, when it can speak (read once per verb)."""
    if k in art._verb_subjects:
        return art._verb_subjects[k]
    found = None
    toks, lex = art.toks, art.lex
    tok = toks[k]
    listed = is_verb_at(art, k) and art._verb_forms[tok.key] == LISTED
    # a listed verb form, or a word with و/ف first in its sentence (وشككت الوزارة في …): a verb
    # (a plural verb carries its subject: ودفعوا نحوه إطارات …)
    verb = (listed or (not sp.is_definite(tok) and opens_sentence(art, k))) and tok.quote == -1 \
        and not tok.key.endswith(("وا", "ون")) and cue_of(lex, tok.key)[0] is None
    at = sp.past_adverb(art.doc, lex, k + 1, art.para_end[k]) if verb else k + 1  # (وتطرق بعدها مدير البطولة فلان)
    if verb and at < art.para_end[k] and may_open_entity(art, at) and opens_clause(art, k) \
            and not _describes_a_noun(art, k):
        phrase = art.phrase_at(at)
        if phrase is not None and is_entity(art, phrase, named_body=not listed):
            phrase = without_object(art, phrase)
            (s, e), title = sp.name_span(art.doc, phrase, art.lex)
            name, gender = art.text[s:e], verb_gender(tok.key)
            if phrase.first == phrase.last and (named := _named_with_title(art, toks[at].key)) is not None:
                # رفض ماكرون: the person named before with a title and the full name, of the title's gender
                # (the verb's may not show: وتعرض ترامب)
                name, title = named
                head = without_article(fold(title.split()[0]))
                gender = "f" if head.endswith("ه") else "m" if len(head) > 2 else gender  # (د. is either)
            speaker = Speaker(name, title, s, e, gender, rules.PREVIOUS)
            found = Mention(k, speaker, SUBJECT if listed else SUBJECT_BY_PLACE)
    if found is None and listed and verb and tok.raw[:1] not in "وف":
        found = _subject_opening(art, k)  # (a verb with و/ف opens a clause of its own)
        if found is None and (past := subject_past_relative(art, k)) is not None:
            found = Mention(k, past, SUBJECT)
    art._verb_subjects[k] = found
    return found


def _describes_a_noun(art: Article, k: int) -> bool:
    """Is the verb at token k one carrying its object's pronoun right after a comma, in a clause that
    describes the noun before (في مقال له، نشرته صحيفة الغد، إلى أن): its subject published or made that
    thing and is no one a later dropped subject means?"""
    tok = art.toks[k]
    return k > 0 and art.toks[k - 1].raw in COMMAS \
        and any(art.lex.is_verb(stem) for stem in owned_stems(tok.key, tok.raw))


def _named_with_title(art: Article, surname: str) -> tuple[str, str] | None:
    """(full name, title) of the person the article named with a title and the family name ``surname``,
    when both read as one person's: a short title and a short name."""
    found = titled_person(art, surname)
    if found is None:
        return None
    s, e, title = found
    name = art.text[s:e]
    if len(title.split()) > MAX_KNOWN_TITLE_WORDS or len(name.split()) > MAX_KNOWN_NAME_WORDS \
            or fold(title.split()[0]) in art.lex.grammar["one_of"]:
        return None  # (الزعيم كيم جونغ أون والرئيس الأميركي دونالد ترامب: two people read as one; أحد
        # مستشاري الرئيس فلان: another person)
    return name, title


def _subject_opening(art: Article, k: int) -> Mention | None:
    """The subject that opens the sentence right before the verb at token k (مصدر في الوزارة صنّف الأزمة
    بأنها شائعات، حيث أكد …: the source), when it can speak."""
    toks, lex = art.toks, art.lex
    if not k or not toks[k - 1].key or sp.is_stop(lex, toks[k - 1].key, toks[k - 1].raw):
        return None  # (the verb right after a noun)
    ends, first = art.doc.sentence_ends, k - 1
    while first > 0 and toks[first - 1].key and not ends[first - 1] and toks[first - 1].para == toks[k].para:
        first -= 1  # (back over words alone to where the sentence opens)
        if k - first > sp.MAX_SPEAKER_WORDS:
            return None
    if first > 0 and toks[first - 1].para == toks[k].para and not ends[first - 1]:
        return None  # (a comma or a mark before: not the sentence's opening)
    key = toks[first].key
    if not key or (lex.kind_of(key) is None and lex.kind_of(without_article(key)) is None
                   and key not in lex.given_names):
        return None  # (what can open a speaker: a title, a body, a source or a given name)
    phrase = art.phrase_at(first)
    if phrase is None or phrase.last != k - 1 or not is_entity(art, phrase):
        return None
    (s, e), title = sp.name_span(art.doc, phrase, art.lex)
    return Mention(k, Speaker(art.text[s:e], title, s, e, verb_gender(toks[k].key), rules.PREVIOUS), SUBJECT)


def subject_past_relative(art: Article, k: int) -> Speaker | None:
    """The subject that opens the clause of the verb at token k, a relative clause about it between
    (لاعب الوسط الذي ينافس في الدوري أكد أن؛ الهيئة التي تشرف على الإعلام، من جانبها، استدعت), when
    it can speak and the relative pronoun agrees with the verb."""
    toks, lex = art.toks, art.lex
    if art._relatives is None:
        keys = art.doc.keys
        art._relatives = list(compress(range(len(keys)), map(lex.grammar["relative"].__contains__, keys)))
    n = bisect_left(art._relatives, k) - 1
    r = art._relatives[n] if n >= 0 else -1
    if r < k - MAX_RELATIVE_CLAUSE_WORDS or r + 2 >= k or not _relative_agrees(toks[r].key, toks[k].key) \
            or not _verb_like(lex, without_conjunction(toks[r + 1].key)):
        return None  # (the relative clause opens with its verb: الذي ينافس، التي تشرف)
    a = art.sentence_bounds(k)[0]
    openers = lex.grammar["complementizer"] | lex.grammar["clause_opener"]
    if r < a or any(t.quote != -1 or t.key in openers or (t.key in lex.triggers and cue_of(lex, t.key)[0] is not None)
                    for t in toks[r + 1:k]):
        return None  # (a quote, a clause or another cue between: the verb is not the noun's)
    gender = verb_gender(toks[k].key)
    end = r - 1 if r > a and toks[r - 1].raw in COMMAS else r  # (where the subject ends, exclusive)
    first = end
    while first > a and toks[first - 1].key and toks[first - 1].key not in openers \
            and end - first < sp.MAX_SPEAKER_WORDS:
        first -= 1
    if first > a and toks[first - 1].key not in openers:
        return None  # (the noun before the relative pronoun does not open its clause: an object)
    phrase = art.phrase_at(first) if first < end else None
    if phrase is None or phrase.last != end - 1 or not is_entity(art, phrase):
        return None
    (s, e), title = sp.name_span(art.doc, phrase, lex)
    return Speaker(art.text[s:e], title, s, e, gender, rules.PREVIOUS)


def _verb_like(lex: Lexicon, word: str) -> bool:
    """A verb the word classes list, or a present form they do not know (ينافس) that is no noun."""
    return lex.is_verb(word) or (word[:1] in ("ي", "ت") and len(word) > 3 and not lex.is_noun(word))


def _relative_agrees(relative: str, verb: str) -> bool:
    """Does the verb agree with the relative pronoun its subject is the noun of (a present form with ت
    may be feminine or plural: التي تقول، اللواتي يقلن)?"""
    gender, of_relative = verb_gender(verb), RELATIVE_GENDER.get(relative, "p")
    if gender == "p" and not without_conjunction(verb).endswith(("وا", "ون")):
        return of_relative in ("f", "p")
    return of_relative == gender


def subjects_between(art: Article, first: int, stop: int) -> Iterator[Mention]:
    """The subjects of the listed verbs between tokens ``first`` and ``stop`` outside what was said, the
    latest first (of the last MAX_VERBS_BACK verb forms: a dropped subject means the subject of a verb
    the word classes list, never of a word that is a verb by its place only)."""
    positions, forms, toks = verb_positions(art), art._verb_forms, art.toks
    last = bisect_left(positions, stop) - 1
    for n in range(last, max(bisect_left(positions, first), last - MAX_VERBS_BACK + 1) - 1, -1):
        k = positions[n]
        if forms[toks[k].key] != LISTED or art.claimed_at(toks[k].start):
            continue  # (read no phrase for it: its subject would not count)
        mention = subject_of_verb(art, k)
        if mention is not None:
            yield mention


def antecedent(art: Article, at: int, gender: str, plural: bool = False) -> Speaker | None:
    """Who a dropped subject or a pronoun at token ``at`` refers to: the latest speaker or subject of a
    verb before it (one the word classes list as a verb), outside what was said, whose gender agrees;
    failing that the latest of any. A ``plural`` or dual verb (وقالوا، وقالا) never refers to one person."""
    before = bisect_left(art.history, at, key=mention_at)
    spoken = art.history[max(0, before - MAX_MENTION_LOOKBACK):before]  # the latest before the cue, in text order
    if art.sacred_spoken and not _says(art, at):
        # وأكد أن، وبين أن after a verse or a hadith: the preacher who cites them, not God or the Prophet
        spoken = [m for m in spoken if not is_sacred(m.speaker)]
    if plural:
        spoken = [m for m in spoken if not one_person(art.lex, m.speaker)]
    elif art.generic_spoken:  # (يقول الناس، قد يقول قائل … وأكد: not them; ويضيفون: still them)
        spoken = [m for m in spoken if fold(m.speaker.text) not in art.lex.grammar["generic"]]
    agreeing = next((m for m in reversed(spoken)
                     if agrees(art.lex, m.speaker, gender) and plausible(art, m.speaker)), None)
    # (وأضاف goes on from one who spoke: a verb's subject in between counts only if named with a title)
    going_on = agreeing is not None and goes_on(art.lex, cue_of(art.lex, art.toks[at].key)[0])
    # a subject of a verb counts when it comes after the latest speaker who agrees
    for mention in subjects_between(art, agreeing.at + 1 if agreeing else 0, at):
        if mention.role != SUBJECT or not plausible(art, mention.speaker) or (going_on and not mention.speaker.title) \
                or (plural and one_person(art.lex, mention.speaker)):
            continue
        if agrees(art.lex, mention.speaker, gender):
            return mention.speaker
        _passed_over(art, mention, gender)
    if agreeing is not None:
        for mention in reversed(spoken):
            if mention is agreeing:
                break
            if plausible(art, mention.speaker):
                _passed_over(art, mention, gender)
        return agreeing.speaker
    # nobody agrees: the latest of any
    latest = next((m for m in reversed(spoken) if plausible(art, m.speaker)), None)
    for mention in subjects_between(art, latest.at + 1 if latest else 0, at):
        if mention.role == SUBJECT and not (plural and one_person(art.lex, mention.speaker)):
            return mention.speaker
    return latest.speaker if latest else None


def _says(art: Article, at: int) -> bool:
    """Is the cue at token ``at`` a form of قال (قال، ويقول), the verb God or the Prophet goes on with?"""
    cue = cue_of(art.lex, art.toks[at].key)[0]
    return cue is not None and cue.lemma == "قال"


def plausible(art: Article, speaker: Speaker) -> bool:
    """Can a speaker found before stand for a dropped subject later: not a phrase whose first word is a
    number, an adverb (حديثا), a verb (ارسم واعلم نفسي), a noun with its owner's pronoun (نقله) or a common
    noun before a preposition (نداء لحماية)?"""
    if speaker.start is None:
        return True
    found = art._plausible.get(speaker.start)
    if found is None:
        found = art._plausible[speaker.start] = _plausible(art, speaker)
    return found


def _plausible(art: Article, speaker: Speaker) -> bool:
    toks, lex = art.toks, art.lex
    k = bisect_left(art.starts, speaker.start)
    if k >= len(toks):
        return True
    tok = toks[k]
    if tok.key in lex.given_names or lex.kind_of(tok.key) is not None \
            or lex.kind_of(without_article(tok.key)) is not None:
        return True
    if not tok.key.isalpha() or len(tok.key) < 2 or sp.is_possessed(lex, tok) \
            or sp.accusative_at(art.doc, lex, k) \
            or (lex.is_verb(tok.key) and not lex.is_noun(tok.key)):
        return False
    second = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].start < (speaker.end or 0) else None
    return not (second is not None and lex.is_noun(sp.bare_stem(tok.key))
                and sp.is_preposition_phrase(art.doc, lex, second))


def _passed_over(art: Article, mention: Mention, gender: str) -> None:
    art.note(rules.PREVIOUS, f"«{mention.speaker.text}» ({mention.role} of «{art.toks[mention.at].raw}», "
                             f"{mention.speaker.gender}) passed over: the verb is {gender}")


def first_named(art: Article) -> Speaker | None:
    """The first phrase in the article that is a title followed by a name (فسر المدير الفني
    لنادي برشلونة لويس إنريكي ...): who a dropped subject means when nobody spoke before."""
    if not art._first_named_done:
        art._first_named_done = True
        is_title = title_flags(art)
        for k, tok in enumerate(art.toks[:MAX_FIRST_NAMED_TOKENS]):
            if tok.quote != -1 or not is_title[k] or (k and is_title[k - 1]):
                continue  # a phrase starts at its first title word (متحدث باسم …, not باسم …)
            phrase = art.phrase_at(k)
            if phrase is not None and phrase.first < phrase.name_first <= phrase.last:
                (s, e), title = sp.split(art.doc, without_object(art, phrase), art.lex)  # (زار الوزير فلان المستشفى)
                art._first_named = Speaker(art.text[s:e], title, s, e, "p")
                break
    return art._first_named


def title_flags(art: Article) -> list[bool]:
    """For each token, is it a title word (وزير، الرئيس)?"""
    if art._title_flags is None:
        titles = art.lex.titles
        art._title_flags = list(map(titles.__contains__, art.doc.keys))
    return art._title_flags


def _title_starts(art: Article) -> list[int]:
    """Where runs of title words start, outside quotes (read once per article)."""
    if art._title_starts is None:
        toks, is_title = art.toks, title_flags(art)
        art._title_starts = [k for k in compress(range(len(toks)), is_title)
                             if toks[k].quote == -1 and not (k and is_title[k - 1])]
    return art._title_starts


def titled_person(art: Article, surname: str) -> tuple[int, int, str] | None:
    """(start, end, title) of the first title + full name phrase in the article that ends with the family
    name ``surname`` (folded), read only where the name is written (remembered per name)."""
    if surname in art._titled_looked_up:
        return art._titled_looked_up[surname]
    starts = _title_starts(art)
    nearby = sorted({k for w in art.where(surname)
                     for k in starts[bisect_left(starts, w - sp.MAX_SPEAKER_WORDS):bisect_left(starts, w)]})
    found = next((entry[1] for k in nearby if (entry := _titled_entry_at(art, k)) and entry[0] == surname), None)
    art._titled_looked_up[surname] = found
    return found


def _titled_entry_at(art: Article, k: int) -> tuple[str, tuple[int, int, str]] | None:
    """(family name, (start, end, title)) of the title + full name phrase at token k, if it is one."""
    toks = art.toks
    phrase = art.phrase_at(k)
    if phrase is None or not phrase.first < phrase.name_first < phrase.last:
        return None
    phrase = without_object(art, phrase)  # (زار الرئيس فلان المدينة: the name ends before the object)
    (s, e), title = sp.split(art.doc, phrase, art.lex)
    n = phrase.last if phrase.name_last is None else phrase.name_last
    # the name ends before a prepositional phrase (الرئيس إيمانويل ماكرون لانتقادات واسعة)
    n = next((m - 1 for m in range(phrase.name_first + 1, n + 1)
              if sp.is_preposition_phrase(art.doc, art.lex, toks[m])), n)
    last = toks[n]
    e = min(e, last.end)
    if last.key and last.end == e and len(art.text[s:e].split()) >= 2:  # (a word: not a closing mark)
        return last.key, (s, e, title)
    return None


def issuer_in_text(art: Article, noun: str, mention: list[int]) -> Speaker | None:
    """Who issued the document «noun» mentioned at tokens ``mention``: the issuer of the last one a
    statement's subject named before it (قالت الوزارة في بيان، أشار تقرير لإدارة …), or the issuer the
    text names with its nearest mention before (دراسة أجرتها جامعة كوليدج لندن، التقرير الصادر عن …);
    failing that, with one after."""
    at = art.toks[mention[0]].start
    registered = next((issuer for where, named, issuer in reversed(art.documents[-MAX_MENTION_LOOKBACK:])
                       if named == noun and where < at), None)
    if registered is not None:
        return registered
    places = art.mentions(noun)
    here = bisect_left(places, mention[0])
    nearest_first = [*reversed(places[max(0, here - MAX_MENTION_PLACES):here]), *places[here:here + MAX_MENTION_PLACES]]
    found = next((found for k in nearest_first if (found := _issuer_at(art, k, mention)) is not None), None)
    first = art.toks[mention[0]]
    if found is not None or len(mention) > 1 or not sp.is_definite(first) or first.key.endswith("ات"):
        return found
    # failing that, «التقرير» alone takes the issuer of the last document of another name before it
    # (دراسة نشرتها مجموعة … ثم التقرير); not تقارير، أبحاث سابقة، المعلومات, which bring in others
    return next((issuer for where, _, issuer in reversed(art.documents[-MAX_MENTION_LOOKBACK:])
                 if where < at and issuer.how != rules.PREVIOUS and plausible(art, issuer)), None)


def _issuer_at(art: Article, k: int, mention: list[int]) -> Speaker | None:
    """The issuer named with the document mentioned at token k (not one of ``mention``)."""
    if k in mention or art.toks[k].quote != -1 or relayed_by(art, k):
        return None
    phrase = sp.issuer(art.doc, art.lex, sp.Phrase(k, k, k + 1), art.para_end[k])
    if phrase is not None:
        text, (s, e), title = sp.issuer_text(art.doc, art.lex, phrase)
        return Speaker(text, title, s, e, "p", rules.ISSUER)
    return _issuer_before(art, k)


def relayed_by(art: Article, k: int) -> bool:
    """Is the document at token k the subject of a verb before it whose own عن comes next, naming the
    source a relaying verb relays (حسبما نقله التقرير عن خبير) or what a verb reveals or speaks of (كشف
    التقرير عن استقطاب …، أعلن التقرير عن), not the document's issuer?"""
    toks, lex = art.toks, art.lex
    if not k or k + 1 >= len(toks) or toks[k + 1].key != "عن":
        return False
    return any(cue.verb_class == "relay" or "عن" in cue.heads for cue in verb_cues(lex, toks[k - 1]))


def verb_cues(lex: Lexicon, verb: Token) -> Iterator[Cue]:
    """The cue the word at ``verb`` is, as written or without its object's pronoun (نقله، نقلها، نقلته)."""
    for form in (verb.key, *owned_stems(verb.key, verb.raw)):
        cue = cue_of(lex, form)[0]
        if cue is not None:
            yield cue


def _issuer_before(art: Article, k: int) -> Speaker | None:
    """The subject of a verb of issuing whose object is the document at token k: أجرت شركة فلان
    الدراسة، وأصدرت منظمة العفو تقريرا; or, said by someone (وقالت الشركة إنها أجرت الدراسة), who said
    it."""
    toks = art.toks
    for v in range(k - 1, max(-1, k - MAX_ISSUER_WORDS - 2), -1):
        if toks[v].para != toks[k].para or not toks[v].key or toks[v].quote != -1:
            return None
        if toks[v].key not in art.lex.grammar["issuing_verb"]:
            continue
        if v == k - 1:
            said = next((st for st in art.statements if st.start <= toks[v].start < st.end), None)
            if said is None or said.speaker_start is None or said.speaker_end is None:
                return None
            return Speaker(said.speaker, said.speaker_title, said.speaker_start, said.speaker_end, "p", rules.ISSUER)
        phrase = sp.read_phrase(art.doc, art.lex, v + 1, k)
        if phrase is None or phrase.last != k - 1 or not is_entity(art, phrase):
            return None
        (s, e), title = sp.split(art.doc, phrase, art.lex)
        return Speaker(art.text[s:e], title, s, e, "p", rules.ISSUER)
    return None
