"""Speaker phrases: where they end, which part is the title and which the name, and who a
pronoun or a short mention stands for."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from .lexicon import Lexicon, cue_of
from .normalize import ATTACHED_PRONOUNS, owned_stems, unmarked, without_article, without_conjunction
from .quotes import MARKS, OPENERS
from .tokens import COMMAS, Doc, Token

MAX_SPEAKER_WORDS = 14
MAX_APPOSITION_WORDS = 6  # الشيخ خالد بن أحمد آل خليفة
MAX_APPOSED_NAME_WORDS = 3  # a name after a title's comma with no comma after it (، خالد العمري عن …)


@dataclass
class Phrase:
    first: int  # token index
    last: int  # token index, inclusive
    name_first: int  # token index where the name starts (== last + 1 when there is none)
    title: tuple[int, int] | None = None  # a title written after the name: محمود مازي، مدير ...
    name_last: int | None = None  # where the name ends when a title follows it without a comma


PREPOSITIONAL = ("بال", "وبال", "فبال")
NISBA_ENDINGS = ("ي", "يه", "يون", "يين")  # folded: ليبي، ليبية، ليبيون
MAX_QUOTED_NAME_WORDS = 3  # «يونهاب», «فقيها»: a name written inside quotation marks
MAX_BRACKETED_NAME_WORDS = 4  # (كو أونغ أونغ) مدير …: a person's name in brackets
MAX_QUOTED_SUBJECT_WORDS = 6  # «المرصد السوري لحقوق الإنسان» as the whole subject
MAX_SOURCE_PP_WORDS = 4  # مصدر في المقاومة الشعبية: where an unnamed source comes from
POSSESSED_ENDINGS = ("ته", "تها", "تهم", "تهما")  # نظرته، زيارتها: ة + an attached pronoun
VERBAL_NOUN_AFTER_BA = ("بال", "بت", "بم", "باست")  # بالتدخل، بتشكيل، بمزيد، باستمرار: ب and a noun
TANWEEN_FATH = "\u064b"
MAX_REMEMBERED_WORDS = 1 << 17  # written words whose forms are remembered (the memo is emptied past it)
ADVERBIAL_PREFIXES = ("مت", "مست", "مبت", "منت")  # متعجبا، مستغربا، مبتسما، منتقدا: participles of state
IMPERFECT_PREFIXES = "يتنا"  # a present verb's first letter, the only verb the future's س goes on (سيلتقي; not سكان)
# the present of a derived verb (يتبنى، تتواصل، يستعيد، تستنكر) by its first letters, and the fewest letters
# it has with them: a shape no name takes
DERIVED_PRESENT = (("يت", 5), ("تت", 5), ("يست", 6), ("تست", 6))
PLACE_ENDING = "ستان"
MIN_NAME_AFTER_INSTITUTION = 2  # words of a person's name after it (one word may be the institution's)


def is_stop(lex: Lexicon, key: str, raw: str = "") -> bool:
    """Does this word end a speaker phrase? (علي the name is not على the preposition.)"""
    if key in ("علي", "فالي", "والي") and raw.endswith("ي"):
        return False  # names (علي، فالي، والي) written with ي; the prepositions end in ى
    if lex.kind_of(key) == "title":
        return False  # ولي (عهد) is a title, not و with لي
    if without_conjunction(key, shortest=2) != key and (
            key[1:] in lex.grammar["complementizer"] or lex.kind_of(key[1:]) in ("stop", "pronoun")):
        return True  # وفي، وعن، وأن، وهي
    return key in lex.grammar["complementizer"] or lex.kind_of(key) in ("stop", "pronoun")


def names_a_quote(lex: Lexicon, tok: Token) -> bool:
    """Does a quote right after this word name something (تحت عنوان «…»، لـ«…»، صحيفة «…»)? Not after a
    definite organisation, named already (وقال متحدث باسم الشرطة «…»)."""
    bare = without_article(tok.key)
    return bool(bare) and (bare in lex.naming or bare == "ل" or (lex.kind_of(bare) == "org" and not is_definite(tok)))


def _quoted_name_end(doc: Doc, lex: Lexicon, j: int, limit: int, subject: bool = False) -> int | None:
    """If token j opens a short quoted name, the index just after its closing mark. A longer one
    is a name when it is the whole ``subject`` and its content follows: قال «المرصد السوري لحقوق
    الإنسان» إنه ..."""
    toks = doc.tokens
    if toks[j].raw == "'" and j + 1 < limit and toks[j + 1].raw == "'":
        j += 1  # ''بيار دوم'': two apostrophes, as some outlets quote
    elif toks[j].raw not in OPENERS and toks[j].raw != "'":
        return None
    if j + 1 >= limit or toks[j + 1].quote == -1:
        return None
    span = toks[j + 1].quote
    k = j + 1
    while k < limit and toks[k].quote == span:
        k += 1
    if k >= limit or toks[k].raw not in MARKS:
        return None
    if toks[j + 1].key in lex.grammar["complementizer"] and any(len(t.key) > 3 for t in toks[j + 2:k]):
        return None  # وقال بعضهم "إنه تجاوز الحدود": what was said, no name (but قناة "إن بي سي"، "إن إتش كي": letters)
    if toks[k].raw == "'" and k + 1 < limit and toks[k + 1].raw == "'":
        k += 1
    if k - j - 1 > MAX_QUOTED_NAME_WORDS and not (
            subject and k - j - 1 <= MAX_QUOTED_SUBJECT_WORDS and k + 1 < limit
            and (toks[k + 1].key in lex.grammar["complementizer"] or toks[k + 1].raw == ":"
                 or (toks[k + 1].quote == -1 and word_form(lex, toks[k + 1]) & (ACCUSATIVE | POSSESSED)))):
        return None  # (وأعلنت "جماعة نصرة الإسلام والمسلمين" مسؤوليتها: the subject, then the object)
    return k + 1


# what a written word is to a speaker phrase, the traits _words reads (one bit each)
(TOLD, ORG, STOP, PREPOSITION, DEFINITE, OF_STATE, OBJECT, HOW, OWNED, NOUN, FUTURE, DEMONSTRATIVE, REFLEXIVE,
 ENDS, HEAD, SPEECH, TITLE, NAME_WORD, TITLE_NOUN, WHEN, QUOTE_MARK, ABOUT_OWN, BODY,
 PRESENT, VERB_OBJECT, AGE) = (1 << n for n in range(26))


def word_traits(lex: Lexicon, tok: Token) -> int:
    """The traits of a written word (read once per written form, as :func:`word_form`)."""
    remembered = lex.memo["word_traits"]
    traits = remembered.get(tok.raw)
    if traits is None:
        traits = _traits(lex, tok)
        if len(remembered) >= MAX_REMEMBERED_WORDS:
            remembered.clear()
        remembered[tok.raw] = traits
    return traits


def _traits(lex: Lexicon, tok: Token) -> int:
    """Every trait of the written word (punctuation only ends a phrase or opens a quote)."""
    key, raw, grammar = tok.key, tok.raw, lex.grammar
    if not key:
        return ENDS | (QUOTE_MARK if raw in OPENERS or raw == "'" else 0)
    if raw in grammar["written_preposition"]:
        return PREPOSITION | ENDS  # أمام البرلمان: before whom, never a title (إمام) in the phrase
    kind, form, definite = lex.kind_of(key), word_form(lex, tok), is_definite(tok)
    is_title = kind == "title" or _definite_title(lex, key)
    return (
        TOLD * (_told(lex, tok) or (key[:1] == "ل" and _with_pronoun(tok)))
        | ORG * (kind == "org") | STOP * (kind == "stop") | TITLE_NOUN * (kind == "title")
        | BODY * (kind in ("org", "source") or lex.kind_of(without_article(key)) in ("org", "source"))
        | PREPOSITION * (key in grammar["preposition"]) | DEFINITE * definite
        | OF_STATE * is_of_state(lex, key)
        | OBJECT * bool(form & (ACCUSATIVE | POSSESSED)) | HOW * bool(form & MANNER)
        | OWNED * (raw.endswith(POSSESSED_ENDINGS) and len(raw) >= 5 and key not in grammar["issuer_link"])
        | NOUN * (key.removeprefix("ال") in lex.nouns)
        | FUTURE * is_future(lex, key) | PRESENT * is_derived_present(key)
        | VERB_OBJECT * (raw.endswith(ATTACHED_PRONOUNS) and key not in lex.given_names
                         and any(map(lex.is_verb, owned_stems(key, raw))))  # رفضه، تعرضها: a verb and its object
        | DEMONSTRATIVE * (key in grammar["demonstrative"]) | REFLEXIVE * is_reflexive(lex, tok)
        | ENDS * (is_stop(lex, key, raw) or _clitic_apart(tok) or key in grammar["naming_verb"]
                  or cue_of(lex, key)[0] is not None)
        | HEAD * (key in lex.phrase_heads and key != "علي")  # حسب، وفقا (على is a stop; علي a name)
        | SPEECH * (lex.nouns.get(key) == "speech")
        | TITLE * is_title
        | NAME_WORD * (not is_title and kind is None and not definite and not key.startswith(PREPOSITIONAL)
                       and key not in grammar["name_link"])
        | WHEN * (key in lex.time_phrase_starts)
        | QUOTE_MARK * (raw in OPENERS or raw == "'")
        | ABOUT_OWN * _about_own(lex, key, raw)
        | AGE * (key in grammar["age"]))


def is_verb_shape(lex: Lexicon, key: str) -> bool:
    """A verb by its shape: :func:`is_future` or :func:`is_derived_present`."""
    return is_future(lex, key) or is_derived_present(key)


def is_future(lex: Lexicon, key: str) -> bool:
    """A listed verb with the future's س (سيلتقي; not سكان)."""
    return key[:1] == "س" and key[1:2] in IMPERFECT_PREFIXES and lex.is_verb(key[1:])


def is_derived_present(key: str) -> bool:
    """The present of a derived verb (يتبنى، تتواصل، يستعيد; not a place named with ستان, تتارستان; with
    و/ف first it may be a name: فيتالي)."""
    for prefix, letters in DERIVED_PRESENT:  # (a loop: asked of every word a phrase reads)
        if key.startswith(prefix) and len(key) >= letters:
            return not key.endswith(PLACE_ENDING)
    return False


def is_of_state(lex: Lexicon, key: str) -> bool:
    """A participle of state (متعجبا، مستغربا، مبتسما، منتقدا): how someone did something (not a noun
    with نا, our: منتخبنا، مستقبلنا)."""
    return key.startswith(ADVERBIAL_PREFIXES) and key.endswith("ا") and len(key) >= 5 \
        and not (key.endswith("نا") and lex.is_noun(key[:-2]))


def _about_own(lex: Lexicon, key: str, raw: str) -> bool:
    """ب/ل on a common noun with its owner's pronoun (بعجزه، لزيارتها): what the verb is about, not a name."""
    return key[:1] in ("ب", "ل") and any(map(lex.is_noun, owned_stems(key[1:], unmarked(raw))))


def _words(doc: Doc, lex: Lexicon, i: int, limit: int, budget: int, subject: bool = False) -> int:
    """Index after the run of name-like words (and short quoted names) from token i. ``subject``: the run
    is a subject's, whose verb's object may follow it (not the institution after a title)."""
    toks = doc.tokens
    j = i
    named = False  # a plain word (a name) has been read
    read, traits = -1, 0  # the last word read and its traits
    body = False  # the phrase is headed by a body or a source
    document = False  # the phrase is headed by an indefinite document (دراسة، بيانات)
    while j < limit and j - i < budget:
        tok = toks[j]
        # the word before's traits (0 at the phrase's first word), then this word's
        before = 0 if j == i else traits if read == j - 1 else word_traits(lex, toks[j - 1])
        read, traits = j, word_traits(lex, tok)
        if j == i:
            body = subject and bool(traits & BODY)
            document = lex.nouns.get(tok.key) == "document"
        if subject and j == i + 1 and before & DEFINITE and not traits & DEFINITE and tok.key[:1] != "ل" \
                and tok.key not in lex.grammar["issuer_link"] and not traits & QUOTE_MARK \
                and lex.nouns.get(without_article(toks[i].key)) == "document":
            break  # وصف التقرير نيمار باللاعب الأسوأ: the document, then the verb's object
        if body and j > i + 1 and before & DEFINITE and not traits & (DEFINITE | BODY | TITLE_NOUN | QUOTE_MARK) \
                and tok.key not in lex.given_names and lex.is_noun(tok.key):
            break  # خبراء العقار صدور قرار …: an indefinite common noun after the body's name is the verb's object
        if body and j > i + 1 and before & DEFINITE and traits & ORG and not traits & DEFINITE \
                and j + 1 < limit and toks[j + 1].key.startswith("ال"):
            break  # دعا المجلس الوزاري مجلس الأمن إلى: another body's name opens, the verb's object
        if j > i and tok.key[:1] == "و" and tok.key[1:] in lex.given_names and tok.key not in lex.given_names:
            break  # بين رئيس نادي الزمالك وهيثم عرابي: و and a given name, another person
        if named and tok.key in lex.grammar["guest"]:
            break  # عبد الحميد الجلاصي ضيف بولتيكا: the programme he was a guest of, after the name
        # (after a family name alone, with its article; not a title nor a body: المدير للشركة)
        if traits & (TOLD | ABOUT_OWN) and (
                named or (j == i + 1 and before & DEFINITE and not before & (TITLE | BODY))) \
                and not (document and _told_one_of(tok, lex.outlets)):
            break  # فهد بن جمعة لنشرة الرابعة، ماتيو سالفيني للصحفيين، الجبوري للوكالة: who was told, after the
            # name; خلف الحربي بعجزه: what the verb is about (but مسح لرويترز: a document's issuer)
        if j > i and tok.key[:1] == "ل" and before & DEFINITE \
                and _told_one_of(tok, lex.outlets if body else lex.grammar["outlet_name"]) \
                and toks[j - 1].key not in lex.grammar["affiliated"] \
                and without_article(toks[i].key) not in lex.grammar["platform"]:
            break  # الجيش الإسرائيلي لوكالة فرانس برس، المتحدث باسم الحكومة لرويترز: then the outlet told
            # (but المرصد التابع للوكالة، الموقع الإلكتروني لصحيفة: the body the first belongs to)
        if j > i and j + 1 < limit and _told_abbreviation(toks, j):
            break  # طارق طرقان لبي بي سي: an abbreviated outlet told, ل on its first letter's name
        if j == i + 1 and tok.key[:1] == "ل" and before & DEFINITE and (before & BODY or (
                before & TITLE and without_article(without_li(tok.key)) in lex.told)):
            break  # وقالت الشرطة لبي بي سي، الوزارة للصحفيين، المتحدث لوكالة …: then whom it told
        if j > i and traits & TOLD and _told_own(lex, tok):
            break  # مدير المدرسة لمراسلنا: whom the title's holder told
        if j <= i + 2 and tok.key[:1] == "ل" and not before & DEFINITE and not tok.key.endswith(NISBA_ENDINGS) \
                and lex.kind_of(toks[i].key) == "source":
            break  # مصدر أمني للجوهرة، مصادر مطلعة لرويترز: an unnamed source, then whom it told (مصادر ليبية: no ل)
        if named and traits & QUOTE_MARK and j + 1 < limit and toks[j + 1].quote != -1 \
                and toks[j + 1].key[:1] == "ل" and len(toks[j + 1].key) > 3 and toks[j + 1].key not in lex.given_names:
            break  # وقال ناصر القصبي "للعربية": the outlet told, quoted after the name
        quoted = _quoted_name_end(doc, lex, j, limit, subject=j == i) if traits & QUOTE_MARK else None
        if quoted is None and traits & QUOTE_MARK and before & TITLE:
            quoted = _quoted_body_end(doc, lex, j, limit - 1)  # عضو "الرابطة الألمانية لأطباء الأطفال" فلان
        if quoted is not None:
            word_before = toks[j - 1].key if j > i else ""
            body_named = _quoted_body_end(doc, lex, j, limit - 1) is not None
            j = quoted
            if word_before and lex.kind_of(word_before) != "org" and lex.kind_of(word_before[1:]) != "org" \
                    and not body_named:
                break  # المدير الفني لنادي برشلونة «لويس إنريكي»: a name after a title ends the phrase (but
                # رئيس «المجلس الوطني السوري» عبد الباسط سيدا: the body the title is of, then the name)
            continue
        if j > i and traits & AGE and age_end(doc, lex, j, limit) > j:
            break  # المهاجم البلجيكي البالغ عمره 24 عاما: how old, after the name
        if tok.raw == "." and j > i and len(toks[j - 1].key) == 1 and j + 1 < limit and toks[j + 1].key:
            j += 1  # an abbreviated title: د. م.
            continue
        if j > i and tok.quote == -1 and traits & STOP and before & ORG and not before & DEFINITE \
                and not traits & PREPOSITION:
            j += 1  # صحيفة صباح: an organisation's name, even one that is also a common word
            continue
        if j > i and traits & OF_STATE:
            break  # وتساءل الرئيس متعجبا: how he spoke (a participle of state), not his name
        if j > i and tok.quote == -1 and traits & (OBJECT | (HOW if named else 0)) \
                and tok.key not in doc.quoted_words and not (before & TITLE and _name_follows(doc, lex, j + 1, limit)) \
                and not _family_name_like_accusative(doc, lex, j, limit):
            break  # أصدرت الشركة تحديثا، ورفض الرئيس بقاءه، انتقد فلان الحكم بشدة: not the subject's name
            # (but الدكتورة أنجيلا وود: a given name that looks like one, after a title, before a family name)
        # وبرر الرئيس نظرته للاتفاق: a noun with its owner's pronoun is the verb's object (but دراسة أجرتها
        # جامعة …: a verb telling who made a document)
        if j > i and traits & OWNED and not before & NOUN:
            break
        if named and traits & VERB_OBJECT and _names_someone(lex, toks[i]):
            break  # وأكد الوزير فلان رفضه «…»: a verb with its object's pronoun after the name, no name (but
            # دراسة نشرتها مجموعة …: who issued a document)
        if j > i and (traits & FUTURE or (traits & PRESENT and (named or before & DEFINITE))):
            break  # نظام البطولة سيلتقي، رئيس المكتب السابق يتبنى: a verb, not a name (after an indefinite
            # noun a present verb describes it: شركة تتعامل مع …)
        if j > i and ((document and not traits & VERB_OBJECT)
                      or (not before & DEFINITE and lex.nouns.get(toks[j - 1].key) == "document")) \
                and lex.is_verb(tok.key) and not lex.is_noun(bare_stem(tok.key)) and tok.key not in lex.given_names:
            break  # دراسة أجريت مؤخرا، مرسوم نشر اليوم، بيانات رسمية نشرت: a verb describing the document, not
            # its name (but استطلاع للرأي نشرته صحيفة …: who issued it)
        if j > i and lex.is_verb(tok.key) and tok.key not in lex.given_names and j + 1 < limit \
                and toks[j + 1].key in lex.grammar["preposition"]:
            break  # مجموعة تطلق على نفسها: a verb and its preposition, what the group does
        if j > i and before & (DEFINITE | TITLE) and tok.key[:1] in ("ي", "ت") and lex.is_verb(tok.key) \
                and not lex.is_noun(bare_stem(tok.key)) and tok.key not in lex.given_names \
                and lex.kind_of(tok.key) is None and not _family_name_at(doc, lex, j + 1, limit):
            break  # وبحسب منظمة الصحة العالمية يموت 3.3 مليون شخص: a present verb opens the clause after the
            # name (not ينس ستولتنبرغ: a given name that is a verb's form, before a family name)
        if j > i and traits & WHEN and j + 1 < limit and (tok.key, toks[j + 1].key) in lex.grammar["time_phrase"]:
            break  # وسجلت الخطوط القطرية الشهر الماضي خسارة: when, not who
        if named and traits & DEMONSTRATIVE:
            break  # محمود أبو النصر ذلك العدد، شركة فورد هذا التوجه
        if j > i and traits & REFLEXIVE:
            break  # المصدر ذاته، الدبلوماسي نفسه: "the same", no name
        if (traits & (ENDS | HEAD) and not (j > i and toks[j - 1].key in lex.name_only_links
                                            and cue_of(lex, tok.key)[0] is not None)
                and not (j > i and tok.key == "علي" and is_named_ali(doc, tok))) or tok.quote != -1:
            break  # ... مندوب الكويت فأعلن: a cue, with its و/ف, ends the phrase; so do حسب، وفقا
        if j > i and traits & SPEECH:
            break
        # a name read, and no title after it (فلان الأمين العام لحزب …: the title's own ل); the second
        # noun of an indefinite title is no name (أمين سر اللجنة، رئيس قسم)
        if traits & TITLE:
            named = False
        elif traits & NAME_WORD and not (before & TITLE_NOUN and not before & DEFINITE):
            named = True
        j += 1
    return j


def age_end(doc: Doc, lex: Lexicon, k: int, limit: int) -> int:
    """The token after how old someone is, written at token k after a name or a title (البالغ من العمر 24
    عاما، البالغة 33 عاما; right after a comma also the number alone: فلان، 45 عاما،), else k."""
    toks, grammar = doc.tokens, lex.grammar
    j = k
    if k < limit and toks[k].key in grammar["age"]:
        j += 1
        while j < limit and j - k < 3 and toks[j].key in grammar["age_of"]:
            j += 1
    elif not (k and toks[k - 1].raw in COMMAS):
        return k
    if j + 1 < limit and toks[j].key.isdigit() and toks[j + 1].key in grammar["years"]:
        return j + 2
    return k


def is_named_ali(doc: Doc, tok: Token) -> bool:
    """Is the word علي, written with its ي in an article that writes على with its ى, the name (أكد الدكتور
    علي الهنائي أن), not the preposition?"""
    return tok.key == "علي" and unmarked(tok.raw) == "علي" and "على" in doc.written_words


def _li_construct(doc: Doc, lex: Lexicon, j: int, last: int) -> bool:
    """Is token j a noun with ل in construct with a definite word (لمكافحة الإرهاب، لتنمية الصادرات): what a
    body is for, part of its name, no given name?"""
    toks = doc.tokens
    key = toks[j].key
    return key[:1] == "ل" and len(key) > 4 and key not in lex.given_names and not key.startswith("لل") \
        and j < last and is_definite(toks[j + 1])


def _names_someone(lex: Lexicon, head: Token) -> bool:
    """Does a phrase opening with this word name a person or a body: a title, a body's or a source's word,
    a given name or no common noun (not دراسة، نتائج، تسجيل)?"""
    bare = without_article(head.key)
    return lex.kind_of(head.key) is not None or lex.kind_of(bare) is not None or head.key in lex.given_names \
        or not (lex.is_noun(bare_stem(head.key)) or bare in lex.nouns)


def _family_name_like_accusative(doc: Doc, lex: Lexicon, k: int, limit: int) -> bool:
    """Is token k, written as an indefinite accusative (صبرا، سيدا), a family name: right after a given
    name (جورج، عبد الباسط), no adverb, and ending the phrase (a verb, a punctuation mark or a
    complementizer after it: جورج صبرا صرح، عبد الباسط سيدا إن; not محمد موعداً مع)?"""
    toks = doc.tokens
    tok, before = toks[k], toks[k - 1]
    given = (before.key in lex.given_names and not is_definite(before)) \
        or (k >= 2 and toks[k - 2].key in lex.grammar["name_link"])
    if not given or is_possessed(lex, tok) or tok.key in lex.grammar["adverb"] \
            or tok.key in lex.grammar["time_adverb"] or without_conjunction(tok.key) != tok.key \
            or tok.key in lex.phrase_heads:
        return False  # (آل نهيان ووفقاً لما ذكرته: و and an attribution phrase)
    return _ends_a_name(lex, toks[k + 1] if k + 1 < limit else None)


def accusative_at(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Is token k an indefinite accusative (an object or an adverb), not a given name written like one
    (:func:`given_name_like_accusative`)?"""
    return is_accusative(lex, doc.tokens[k]) and not given_name_like_accusative(doc, lex, k)


def given_name_like_accusative(doc: Doc, lex: Lexicon, k: int) -> bool:
    """Is token k, written as an indefinite accusative (أنجيلا، ماريا), a given name: a family name after it
    (a plain word that is no common noun and carries no clitic), then the end of the phrase (a
    complementizer, a verb or a mark: قالت أنجيلا ميركل إن; not قرارا رسميا)?"""
    toks = doc.tokens
    if TANWEEN_FATH in toks[k].raw or k + 1 >= len(toks) or not _name_follows(doc, lex, k + 1, len(toks)) \
            or lex.is_verb(toks[k + 1].key):
        return False  # (نبعاً رقراقا: the tanween written)
    return _ends_a_name(lex, toks[k + 2] if k + 2 < len(toks) else None)


def _ends_a_name(lex: Lexicon, after: Token | None) -> bool:
    """Does the word after a name end its phrase: none, a mark, a complementizer, a verb or a cue?"""
    return after is None or not after.key or after.key in lex.grammar["complementizer"] \
        or lex.is_verb(without_conjunction(after.key)) or cue_of(lex, after.key)[0] is not None


def _family_name_at(doc: Doc, lex: Lexicon, k: int, limit: int) -> bool:
    """Is token k a word of letters that may be a family name (:func:`_name_follows`), no demonstrative
    (هذه، ذلك) and no number?"""
    return k < limit and doc.tokens[k].key.isalpha() and doc.tokens[k].key not in lex.grammar["demonstrative"] \
        and _name_follows(doc, lex, k, limit)


def _name_follows(doc: Doc, lex: Lexicon, k: int, limit: int) -> bool:
    """Is token k a plain word that is no common noun and carries no clitic (a family name: وود; not
    لنية)?"""
    tok = doc.tokens[k] if k < limit else None
    return tok is not None and tok.quote == -1 and word_traits(lex, tok) & (NAME_WORD | OBJECT) == NAME_WORD \
        and tok.key[:1] not in "لبك" and without_conjunction(tok.key) == tok.key and not lex.is_noun(bare_stem(tok.key))


def past_adverb(doc: Doc, lex: Lexicon, i: int, limit: int) -> int:
    """Past an adverb standing between a verb and its subject, a title or a body (وأكد أيضا مستشار الرئيس،
    وقال أمس مدير الشرطة، وأكد بدوره النائب، وتطرق بعدها مدير البطولة، وتدخلت على الفور المديرية), or i."""
    toks = doc.tokens
    t = adverb_end(doc, lex, i, limit) if i < limit and toks[i].key in lex.adverb_starts else i
    if t == i:
        return i
    if t < limit and toks[t].quote == -1 \
            and (is_title_word(lex, toks[t].key) or lex.kind_of(without_article(toks[t].key)) == "org") \
            and (is_definite(toks[t]) or (t + 1 < limit and (
                is_definite(toks[t + 1]) or is_title_word(lex, toks[t + 1].key)))):
        return t  # (a title that is definite or governs a definite word or a title: not أمام محكمة, folded as إمام)
    if t < limit and toks[t].quote == -1 and toks[t].key in lex.given_names:
        return t  # (وقال آنذاك جاك شيراك)
    return i


def adverb_end(doc: Doc, lex: Lexicon, i: int, limit: int) -> int:
    """The token after an adverb of one word or two at token i (أيضا، أمس، بدوره، على الفور، بعد ذلك), or i."""
    toks, grammar = doc.tokens, lex.grammar
    key = toks[i].key if i < limit else ""
    if key in grammar["adverb"] or key in grammar["time_adverb"] or key in grammar["on_ones_part"]:
        return i + 1
    if i + 1 < limit and (key, toks[i + 1].key) in grammar["adverb"]:
        return i + 2  # (وتدخلت على الفور المديرية العامة)
    return i


def is_reflexive(lex: Lexicon, tok: Token) -> bool:
    """نفسه، ذاتها، أنفسهم: "the same one", after a noun."""
    return tok.key.startswith(lex.reflexives) and tok.raw.endswith(ATTACHED_PRONOUNS)


def _told(lex: Lexicon, tok: Token) -> bool:
    """ل on an outlet or a body (لنشرة، للوكالة) or on an audience (للصحفيين، لمراسل): who was told."""
    key = tok.key
    return told_audience(lex, tok) or (key[:1] == "ل" and (
        lex.kind_of(key[1:]) == "org" or (tok.raw.startswith("لل") and lex.kind_of(key[2:]) == "org")))


def told_audience(lex: Lexicon, tok: Token) -> bool:
    """ل on an audience or an outlet (للصحفيين، لوكالة، لمراسلنا): whom something was told, never where."""
    return _told_one_of(tok, lex.told) or _told_own(lex, tok)


def _told_one_of(tok: Token, words: frozenset[str]) -> bool:
    """ل or لل on one of these words (لرويترز، للجزيرة)."""
    key = tok.key
    return key[:1] == "ل" and (key[1:] in words or (tok.raw.startswith("لل") and key[2:] in words))


def _told_abbreviation(toks: list[Token], k: int) -> bool:
    """Is the word at token k ل on an abbreviation, the next word the rest of it (لبي بي سي): whom it was
    told?"""
    return toks[k].key[:1] == "ل" and k + 1 < len(toks) and toks[k + 1].key == toks[k].key[1:]


def _told_own(lex: Lexicon, tok: Token) -> bool:
    """ل on an audience with its owner's pronoun (لمراسلنا، لمراسلها): who was told, never part of a
    title or a name."""
    if tok.key[:1] != "ل":
        return False
    ours = (tok.key[1:-2],) if tok.key.endswith("نا") else ()
    return any(stem in lex.told for stem in (*owned_stems(tok.key[1:], tok.raw[1:]), *ours))


def _clitic_apart(tok: Token) -> bool:
    """بـ، لـ written apart from the quoted word they govern (أشادت المنظمة بـ«مواقف …»): a
    preposition, never part of a name."""
    return len(tok.key) == 1 and tok.raw.endswith("ـ")


def bare_stem(key: str) -> str:
    """A folded word without و/ف, a preposition and the article, as word_classes.tsv lists it."""
    key = without_conjunction(key)
    if key[:1] in "بك" and key[1:3] == "ال" and len(key) > 5:
        return key[3:]
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


ACCUSATIVE, POSSESSED, MANNER = 1, 2, 4


def word_form(lex: Lexicon, tok: Token) -> int:
    """The forms a word takes that a name does not (ACCUSATIVE | POSSESSED | MANNER), read once per
    written word: the rules ask for every word of every phrase they read."""
    remembered = lex.memo["word_form"]
    form = remembered.get(tok.raw)
    if form is None:
        form = (ACCUSATIVE * _accusative(lex, tok)) | (POSSESSED * _possessed(lex, tok)) | (MANNER * _manner(lex, tok))
        if len(remembered) >= MAX_REMEMBERED_WORDS:
            remembered.clear()
        remembered[tok.raw] = form
    return form


def is_accusative(lex: Lexicon, tok: Token) -> bool:
    return bool(word_form(lex, tok) & ACCUSATIVE)


def is_possessed(lex: Lexicon, tok: Token) -> bool:
    return bool(word_form(lex, tok) & POSSESSED)


def is_manner(lex: Lexicon, tok: Token) -> bool:
    return bool(word_form(lex, tok) & MANNER)


def _accusative(lex: Lexicon, tok: Token) -> bool:
    """An indefinite accusative (تحديثاً، اجتماعا، بعيداً): an object or an adverb, never a name. Read on the
    tanween where it is written, else on a common noun or adjective with alef added (not a nisba: روسيا)."""
    if TANWEEN_FATH in tok.raw:
        return True
    key = tok.key
    return len(key) > 3 and key[-1] == "ا" and not is_definite(tok) and not key.endswith("يا") \
        and lex.is_noun(key[:-1]) and not (key.endswith("ها") and lex.is_noun(key[:-2]))
    # (قريبها: قريب with her pronoun, not قريبة with an alef: ة takes no alef in the accusative)


def _manner(lex: Lexicon, tok: Token) -> bool:
    """ب on an indefinite common noun (بشدة، بقوة، بحزم): how something was done, never part of a name
    (بوزارة الداخلية, where its holder works, is another matter)."""
    key = tok.key
    rest = key[1:]
    return key[:1] == "ب" and not key.startswith("بال") and len(rest) >= 3 and lex.is_noun(rest) \
        and lex.kind_of(rest) is None


def _possessed(lex: Lexicon, tok: Token) -> bool:
    """A common noun with an attached pronoun (بقائه، زيارته، رأيها): what someone has, never a name.
    Read on the written ه (ة is the feminine ending, not a pronoun)."""
    raw = tok.raw
    for pronoun in ATTACHED_PRONOUNS:
        if raw.endswith(pronoun) and len(raw) - len(pronoun) >= 3:
            stem = bare_stem(tok.key[:-len(pronoun)])
            stems = (stem, stem[1:]) if stem[:1] in "بلك" and len(stem) > 4 else (stem,)  # بمقتضاها
            # زيارته: ة written ت before the pronoun; بقائه، بقاؤه: the final hamza seated on ي or و;
            # مقتضاها: a final ى written ا
            forms = [f for s in stems for f in (s, s[:-1] + "ه" if s.endswith("ت") else "",
                                                 s[:-1] + "ء" if s[-1:] in "يو" else "",
                                                 s[:-1] + "ي" if s.endswith("ا") else "")]
            return any(lex.is_noun(form) or form in lex.nouns for form in forms if form)
    return False


# a preposition with an attached pronoun (عليه، بها، منهم، لدينا): never a subject
_PREPOSITIONS = ("علي", "عل", "ل", "ب", "من", "في", "عن", "الي", "مع", "لدي", "عند", "ف", "نحو", "حول", "ضد", "تجاه",
                 "امام", "بعد", "قبل", "دون", "بين", "عبر", "فوق", "تحت", "خلف", "وراء", "مثل")
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم", "ني")
# (not علي, بي: the names علي and بي بي سي; a form written with ى is no preposition: منى)
PREPOSITION_FORMS = frozenset(p + q for p in _PREPOSITIONS for q in _PRONOUNS) - {"علي", "بي"} \
    | {"بما", "لما", "مما", "عما", "فيما"}


def refusal(doc: Doc, lex: Lexicon, i: int, joined: bool = False, opening: bool = False) -> str | None:
    """Why the word at token ``i`` cannot open a speaker phrase, or None when it can: a speaker is a
    person, a body, a source or a document, never a verb's object, an adverb, a prepositional phrase,
    a verb, a reflexive or a word joined to what came before by و (unless the word is ``opening`` its
    sentence, where و joins sentences: والرئيس فلان قال)."""
    tok = doc.tokens[i]
    if not tok.key or tok.quote != -1:
        return None
    key = tok.key
    if key in lex.grammar["one_of_them"]:
        return None  # قال أحدهم، وقال بعضهم: one or some of them, an unnamed speaker (ب of بعضهم no preposition)
    if _purpose(lex, key):
        return "a purpose clause (لتحمل)"
    if (key in PREPOSITION_FORMS and not tok.raw.endswith("ى")) or tok.raw in lex.grammar["written_preposition"] \
            or (not joined and is_preposition_phrase(doc, lex, tok)) \
            or _with_pronoun(tok) \
            or (is_ba_verbal_noun(key) and key not in lex.given_names):
        # … and بمقتضاها، لكونها: a preposition on a noun with its pronoun; بتوسيع، بمزيد: ب on a verbal noun
        return "a prepositional phrase"
    if _told_abbreviation(doc.tokens, i):
        return "a prepositional phrase"  # لبي بي سي: whom it was told, an abbreviation with ل on it
    if key in doc.quoted_words:
        return None  # «فقيها»: the article uses it as a name
    if key in lex.grammar["adverb"]:
        return "an adverb (حينها، أيضا)"
    if (key in lex.grammar["time_adverb"] and (is_definite(tok) or key == "امس")) \
            or (i + 1 < len(doc.tokens) and (key, doc.tokens[i + 1].key) in lex.grammar["time_phrase"]):
        return "a time (أمس، الخميس، الشهر الماضي)"
    if accusative_at(doc, lex, i):
        return "an indefinite accusative (an object or an adverb)"
    if is_possessed(lex, tok):
        if key.startswith(lex.reflexives):
            return "a reflexive (نفسه، ذاته)"
        after = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
        if after is not None and after.key and after.quote == -1 and not is_definite(after) \
                and not lex.is_noun(bare_stem(after.key)) and lex.kind_of(after.key) is None:
            return None  # صديقتها سجى الخور، زوجته فلانة: who someone is to another, then the name
        return "a noun with an attached pronoun (an object)"
    bare = without_conjunction(key)
    if (lex.is_verb(bare) and not lex.is_noun(key) and lex.kind_of(key) is None) \
            or (bare.endswith("وا") and lex.is_verb(bare[:-2])) \
            or bare in lex.grammar["kana"] or key in lex.grammar["verb_particle"]:
        return "a verb"  # (كانت، ثم يكمل، تحدثوا)
    if key in lex.grammar["demonstrative"] and i + 1 < len(doc.tokens) and not is_definite(doc.tokens[i + 1]):
        return "a demonstrative pronoun (ذلك ورفعت)"
    if key in lex.grammar["clause_opener"] and not lex.is_noun(key):
        return "a conjunction opening a clause (كما، بينما، وإنما)"
    if bare != key and not opening and lex.kind_of(key) is None and not lex.is_noun(key) and (
            lex.kind_of(bare) in ("title", "org", "source") or lex.is_noun(bare_stem(bare))) \
            and not any(map(lex.is_noun, owned_stems(key, tok.raw))):
        return "joined by و to what came before (ونائب، ومهارة; not والدها)"
    return None


def is_accusative_plural(lex: Lexicon, tok: Token) -> bool:
    """A sound masculine plural with the article in ـين (المصريين، المسؤولين), whose subject form in ـون is
    a listed noun: after a verb, its object, not its subject (not الصين، البحرين، الحسين: no such plural)."""
    bare = tok.key[2:]
    return tok.raw.startswith("ال") and bare.endswith("ين") and len(bare) >= 5 and lex.is_noun(bare[:-2] + "ون")


def is_li_verbal_noun(lex: Lexicon, key: str) -> bool:
    """ل on a noun of action of the form تفعيل/تفعّل (لتحري، لتشكيل): what a verb of calling for (دعا إلى)
    calls for, as after its إلى."""
    return key[:2] == "لت" and len(key) >= 5 and lex.is_noun(key[1:])


def is_ba_verbal_noun(key: str) -> bool:
    """ب on a noun of action (بالتدخل، بتشكيل، بمزيد، باستمرار), also one of the forms اِفتعال read on its
    letters (باعتماد، باتخاذ: ب ا C ت C ا C or, assimilated, ب ا ت C ا C; not باتريك، بابتشينكو) and
    إفالة (بإغاثة، بإقامة، بإضافة: ب ا C ا C ة folded, six letters; إفعال as بإعلان is read as written
    elsewhere: باسكال has its shape)."""
    if len(key) <= 4:
        return False
    return key.startswith(VERBAL_NOUN_AFTER_BA) or (key[:2] == "با" and len(key) >= 6 and (
        (key[2] == "ت" and key[4] == "ا") or (len(key) >= 7 and key[3] == "ت" and key[5] == "ا")
        or (len(key) == 6 and key[3] == "ا" and key[5] == "ه")))


def is_verbal_noun(key: str) -> bool:
    """A noun of action read on its letters, of the forms تفعيل (توفير، تطوير), اِفتعال (ارتفاع، اجتماع),
    اِنفعال (انسحاب) or اِستفعال (استخدام)."""
    return (len(key) == 5 and key[0] == "ت" and key[3] == "ي") \
        or (len(key) == 6 and key[0] == "ا" and key[4] == "ا" and (key[2] == "ت" or key[1] == "ن")) \
        or (len(key) == 7 and key.startswith("است") and key[5] == "ا")


def _purpose(lex: Lexicon, key: str) -> bool:
    """لتحمل، ليؤكد: ل on a verb."""
    return key[:1] == "ل" and lex.is_verb(key[1:]) and not lex.is_noun(key[1:])


def names_a_source(doc: Doc, lex: Lexicon, phrase: Phrase) -> bool:
    """Can the phrase after an attribution phrase (بحسب، وفقاً لـ) be where a statement comes from? A
    title, a body, an unnamed source or a document among its first words, a name in quotation marks, a
    name (a word that is no common noun: بحسب ترامب), people (دبلوماسيين), or a common noun named by an
    adjective of origin or a proper name (المرصد السوري، الأمم المتحدة). Not one common noun or two
    (حسب الحاجة، حسب تركيز السكر): there بحسب means "as" or "depending on"; nor a function word, a
    demonstrative, a verb or a noun with its owner's pronoun (حسب أهدافها) unless a noun of speech
    (وحسب تعبيره: the owner's words)."""
    toks = doc.tokens
    words = [t for t in toks[phrase.first:min(phrase.last, phrase.first + 3) + 1] if t.key]
    if toks[phrase.first].quote != -1 or toks[phrase.first].raw in OPENERS or not words:
        return True
    stems = [_source_stem(lex, t.key) for t in words]
    if stems[0] in lex.grammar["measure"]:
        return False  # حسب التوقيت المحلي، وفقاً للقانون
    if len(words) > 1 and words[0].raw[:1] == "أ" and len(words[0].key) == 4 and is_definite(words[1]):
        return False  # وفق أحدث المواصفات، حسب أعلى المعايير: an elative, a standard to go by
    if any(lex.kind_of(st) in ("title", "org", "source") or lex.nouns.get(st) in ("document", "speech")
           for st in stems[:2]):
        return True
    first = words[0]
    if is_stop(lex, first.key, first.raw) or word_traits(lex, first) & (DEMONSTRATIVE | FUTURE | PRESENT) \
            or lex.is_verb(without_conjunction(first.key)) \
            or (first.raw.endswith(ATTACHED_PRONOUNS) and len(first.key) >= 5 and not is_definite(first)
                and lex.kind_of(first.key) is None and not speech_with_owner(lex, first)):
        return False  # حسب أهدافها، حسب ورودها، وفق ما سيكون، حسب هذه الأندية: no source
    if not lex.is_noun(stems[0]) or stems[0].endswith(("ون", "ين")):
        return True
    return any((is_definite(t) and st.endswith(("ي", "يه"))) or not lex.is_noun(st)
               for t, st in zip(words[1:], stems[1:], strict=True))


def names_a_document(doc: Doc, lex: Lexicon, phrase: Phrase) -> bool:
    """Is the phrase after جاء في / ورد في a document, a noun of speech, a body or a page among its first
    words (جاء في البيان، ورد في تقرير الوزارة، جاء في صحيفة «…»، جاء في الصفحة الرسمية), or a quoted
    title? (Not وجاء في المرتبة الخمسين فلان, came fiftieth; not ورد في القرآن, a text the writer reads.)"""
    toks = doc.tokens
    if toks[phrase.first].quote != -1 or toks[phrase.first].raw in OPENERS:
        return True
    stems = [_source_stem(lex, t.key) for t in toks[phrase.first:min(phrase.last, phrase.first + 1) + 1] if t.key]
    return any(lex.nouns.get(st) in ("document", "speech") or lex.kind_of(st) == "org"
               or st in lex.grammar["platform"] for st in stems)


def where_said(lex: Lexicon, tok: Token) -> bool:
    """Is the word something said or written in, or a page, account or site it was posted on (حديث،
    تغريدة، صفحته، حسابه، تويتر، موقعها، الإنترنت)?"""
    key = without_article(tok.key)
    return any(lex.nouns.get(form) in ("speech", "document") or form in lex.naming or form in lex.grammar["platform"]
               for form in (key, *owned_stems(key, tok.raw)))


def speech_with_owner(lex: Lexicon, tok: Token) -> bool:
    """A noun of speech with its owner's pronoun (تعبيره، تصريحاتها): the owner's own words."""
    return any(lex.nouns.get(stem) == "speech" for stem in owned_stems(tok.key, tok.raw))


def _source_stem(lex: Lexicon, key: str) -> str:
    """A word after an attribution phrase as word_classes.tsv lists it: without the ل of وفقاً لـ
    (لوزارة، للمشهد → المشهد), و/ف, a preposition and the article."""
    if key.startswith("لل") and len(key) > 4:
        key = "ا" + key[1:]
    elif key[:1] == "ل" and lex.kind_of(key) is None and not lex.is_noun(key) and len(key) > 3:
        key = key[1:]
    return bare_stem(key)


def is_preposition_phrase(doc: Doc, lex: Lexicon, tok: Token) -> bool:
    """لقناة، للأمم، بالمستشفى، بضرورة: a word that starts a prepositional phrase, not a subject.

    A word with ل/ب/ك is a preposition when the word without it is known or occurs on its own in
    the article as written (لتلفزيون ... تلفزيون); names that start with those letters (لافروف، بوتين; لاري
    beside أرى) do not."""
    key = tok.key
    if key.startswith(("لل", *PREPOSITIONAL)):
        return True
    if key[:1] not in ("ل", "ب", "ك") or len(key) < 4 or lex.kind_of(key) is not None:
        return False  # (كبير المفاوضين, لجنة: a title or a body itself)
    rest = key[1:]
    if lex.kind_of(rest) == "pronoun":
        return False  # لانا، لينا: no preposition is written on a pronoun
    # a noun as written, or its plural (لناشري: ل + ناشري, the construct of ناشرون; لمسؤولين)
    forms = (rest, rest[:-1] if rest.endswith(("ي", "و")) else "",
             rest[:-2] if rest.endswith(("ين", "ون", "ات")) else "")
    # (a word written in the article is one of its folded words first: that test is the cheap one)
    return lex.kind_of(rest) is not None or rest in lex.nouns \
        or (rest in doc.vocabulary and unmarked(tok.raw)[1:] in doc.written_words) \
        or any(lex.is_noun(form) or lex.kind_of(form) is not None for form in forms if len(form) >= 3)


def read_phrase(doc: Doc, lex: Lexicon, i: int, limit: int, joined: bool = False) -> Phrase | None:
    """The speaker noun phrase that starts at token ``i`` (after a verb), or None.

    ``joined``: the phrase's first word carries the ل of an attribution phrase (وفقا لقناة ...)."""
    toks = doc.tokens
    if i + 1 < limit and toks[i].key in lex.grammar["rank"] and lex.kind_of(toks[i + 1].key) == "title":
        phrase = read_phrase(doc, lex, i + 1, limit)  # أول رئيس للجنة …، أبرز قادة …: part of the title
        return replace(phrase, first=i) if phrase is not None and phrase.first == i + 1 else phrase
    if i < limit and (close := _bracketed_name_end(doc, lex, i, limit)) is not None:
        # وقال (فلان الفلاني) مدير الجمعية: a name in brackets, then what the person is
        k = _words(doc, lex, close + 1, limit, MAX_APPOSITION_WORDS)
        titled = k > close + 1 and is_title_word(lex, toks[close + 1].key)
        return Phrase(i + 1, close - 1, i + 1, (close + 1, k - 1) if titled else None)
    if i + 2 < limit and toks[i].key in lex.grammar["each_of"] and toks[i + 1].key == "من":
        return read_phrase(doc, lex, i + 2, limit)  # وأكد كل من الوزير فلان ونظيره فلان: the first of them
    if i + 1 < limit and toks[i].key.isdigit() and toks[i + 1].raw == "%":
        # اعتبر 73% من الفرنسيين أن: a share of people, and of whom
        if i + 3 < limit and toks[i + 2].key == "من":
            k = _words(doc, lex, i + 3, limit, MAX_SOURCE_PP_WORDS)
            if k > i + 3:
                return Phrase(i, k - 1, k)
        return Phrase(i, i + 1, i + 2)
    if i >= limit or refusal(doc, lex, i, joined) is not None:
        return None
    j = _words(doc, lex, i, limit, MAX_SPEAKER_WORDS, subject=True)
    while j - i > 1 and toks[j - 1].key not in lex.grammar["title_part"] \
            and (toks[j - 1].key.startswith(PREPOSITIONAL) or toks[j - 1].key in lex.grammar["demonstrative"]):
        j -= 1  # a trailing prepositional phrase is not part of the name: الوزير كريم ناصر بالطواقم;
        # nor is a demonstrative whose noun ended the phrase: فلان هذا (الأسبوع)
    if j == i:
        return None
    last = j - 1
    name_first = _name_start(doc, lex, i, last)
    if (told := _before_outlet_told(doc, lex, i, j, limit, name_first)) < j:
        j, last = told, told - 1
    if i < name_first <= last and (_no_name_at(doc, lex, i, name_first, last)
                                   or (name_first == i + 1 and _plural_title(lex, toks[i]))):
        last = name_first - 1
        while last > i and not toks[last].key:
            last -= 1
        j = name_first = last + 1
    # an unnamed source and where it comes from: مصدر في المقاومة، مسؤول رفيع في الخارجية الأميركية;
    # a title, where its holder works, then the person: المدعي العام في نانت بيار سينيس
    head = toks[i].key
    # a title is definite with the article (المدير) or as the head of a definite genitive (مدير البرامج;
    # أحد المسؤولين is still one unnamed official)
    construct = i < last and lex.kind_of(head) == "title" and head not in lex.grammar["one_of"] and (
        toks[i + 1].raw.startswith("ال") or (toks[i + 1].raw in OPENERS and i + 2 <= last
                                             and toks[i + 2].raw.startswith("ال")))  # (عضو «الرابطة …»)
    unnamed_title = name_first > last and lex.kind_of(head) == "title" and not head.startswith("ال") \
        and not construct
    definite_title = name_first > last and (_definite_title(lex, head) or construct)
    if lex.kind_of(head) == "source" or unnamed_title or definite_title:
        p = j + 1 if j < limit and toks[j].raw in COMMAS else j
        if p + 1 < limit and toks[p].key in lex.grammar["workplace"] and toks[p + 1].raw not in MARKS:
            # (في هذا السياق، في ذات الصدد: where in the talk, no workplace, but a name may follow it:
            # وزير الدفاع في تلك الآونة موشى أرينز)
            aside = toks[p + 1].key in lex.grammar["demonstrative"] or toks[p + 1].key in lex.grammar["the_same"]
            k = _words(doc, lex, p + 1, limit, MAX_SPEAKER_WORDS - (p + 1 - i))
            # (في تصريحه: the cue's own phrase; but العديد من الدراسات: of whom)
            if k > p + 1 and (lex.nouns.get(toks[p + 1].key.removeprefix("ال")) is None or toks[p].key == "من") \
                    and not is_possessed(lex, toks[p + 1]):
                p, k = _body_within(doc, lex, i, p, k, limit)
                # a place is short: a longer phrase is an institution followed by the person
                # (رئيس قسم العلاقات العامة في مؤسسة اسباير زون حسين القحطاني)
                name = _name_start(doc, lex, p + 1, k - 1, institution=True)
                if definite_title and name == p + 1 and toks[p].key in ("عن", "علي"):
                    name = k  # عن and no institution: what was spoken about (الرئيس الأمريكي عن الاتفاق)
                if definite_title and name == p + 1 and k - name > MIN_NAME_AFTER_INSTITUTION:
                    # a place, then a first and a last name, or a title and the whole name after it
                    # (في جمهورية إيران الإسلامية الأستاذ عبدالله يحيى الحمراني)
                    titled = [t for t in range(p + 2, k - 1) if _definite_title(lex, toks[t].key)]
                    name = titled[-1] + 1 if titled else k - MIN_NAME_AFTER_INSTITUTION
                    if name - 1 > p + 1 and toks[name - 1].key in lex.grammar["name_link"]:
                        name -= 1  # (في سليانة عبد السلام السمراني: the name's link is the name's)
                # (a shorter one too when the name opens with a given name: في منطقة الباحة أحمد العويفي)
                named_here = not aside or name > p + 2  # (an aside itself is nobody's name)
                if definite_title and not aside and k - name < MIN_NAME_AFTER_INSTITUTION \
                        and k < limit and toks[k].raw in COMMAS \
                        and (apposed := _apposition(doc, lex, i, k, k - 1, k, limit)) is not None \
                        and looks_like_a_name(doc, lex, apposed.name_first, apposed.last + 1):
                    return apposed  # القيادي في حزب آفاق تونس، فوزي عبد الرحمان،: the name after the place's comma
                if named_here and k - name >= MIN_NAME_AFTER_INSTITUTION and (
                        definite_title or k - (p + 1) > MAX_SOURCE_PP_WORDS
                        or (name > p + 1 and toks[name].key in lex.given_names)):
                    return Phrase(i, k - 1, name)
                if named_here and not definite_title:
                    k = min(k, p + 1 + MAX_SOURCE_PP_WORDS)
                    return Phrase(i, k - 1, k)
    # a description, then its name: أحد سكان المنطقة ويدعى ستيفن، المرأة، وتدعى فلانة
    named = j + 1 if j + 1 < limit and toks[j].raw in COMMAS and name_first > last else j  # (no name before)
    if named < limit and toks[named].key in lex.grammar["naming_verb"]:
        k = _words(doc, lex, named + 1, limit, MAX_APPOSITION_WORDS)
        if k > named + 1:
            return Phrase(named + 1, k - 1, named + 1, (i, j - 1))
    if j < limit and toks[j].raw in COMMAS \
            and (found := _apposition(doc, lex, i, j, last, name_first, limit)) is not None:
        return found
    if name_first > last and j < limit and (close := _bracketed_name_end(doc, lex, j, limit)) is not None \
            and (is_title_word(lex, head) or construct):
        return Phrase(i, close - 1, j + 1)  # مدير الجمعية (فلان الفلاني): a title, its holder in brackets
    after = _title_after_name(doc, lex, name_first, last) if name_first <= last else None
    return Phrase(i, last, name_first, name_last=after - 1 if after is not None else None)


def _apposition(doc: Doc, lex: Lexicon, i: int, j: int, last: int, name_first: int, limit: int) -> Phrase | None:
    """The phrase of a title or a name from token i to ``last`` (its name from ``name_first``), with what
    stands in apposition after the comma at token j, or None (no apposition there): وزير الخارجية الروسي،
    سيرغي لافروف، إن … / محمود مازي، مدير التجزئة، إن …"""
    toks = doc.tokens
    if not (j + 1 < limit and _may_open_apposition(doc, lex, j + 1, limit)) or age_end(doc, lex, j + 1, limit) > j + 1:
        return None  # (فلان، البالغ من العمر 45 عاما،: how old, no title)
    k = _words(doc, lex, j + 1, limit, MAX_APPOSITION_WORDS + 1)
    titled = is_title_word(lex, toks[i].key)
    titled_nobody = name_first > last and titled
    named_at = _name_start(doc, lex, j + 1, k - 1) if k > j + 1 else k  # the name after the comma
    if j + 1 < k <= j + 1 + MAX_APPOSITION_WORDS and k < limit and (
            toks[k].raw in COMMAS or toks[k].key in lex.grammar["complementizer"] or toks[k].raw == ":"
            or toks[k].raw in OPENERS
            # (الفوز الكبير الذي: before a relative pronoun, a definite common noun is the verb's object)
            or (toks[k].key in lex.grammar["relative"] and not _definite_common_noun(lex, toks[j + 1]))
            # كاتب عام البلدية، مكرم شويخ في مداخلة له، إن: a title, its holder, then where it was said
            or (titled and toks[k].key in lex.grammar["setting"] and named_at == j + 1)
            # كشف مدير عام الشركة، خالد العمري عن …: a title alone, a given name after it, then the verb's
            # preposition
            or (titled_nobody and named_at == j + 1 and toks[j + 1].key in lex.given_names
                and k - j - 1 <= MAX_APPOSED_NAME_WORDS and toks[k].key in lex.grammar["preposition"])):
        # (رئيس الجمعية الجزائرية لطب الأورام، الأستاذ كمال بوزيد،: a title, then a titled name)
        # (but الشيخ فلان، مدير عام أوقاف القدس،: a name before the comma, and after it a title of
        # common nouns and no name)
        titled_holder = titled and is_title_word(lex, toks[j + 1].key) and j + 1 < named_at <= k - 1 \
            and (name_first > last or _person_named_at(doc, lex, j + 1, k))
        if titled_nobody or titled_holder or (named_at == j + 1 and name_first > i):
            n = j + 1
            while n < k - 1 and (is_title_word(lex, toks[n].key) or (toks[n].raw == "." and n > j + 1)):
                n += 1  # وزير الخارجية، الشيخ خالد ...: الشيخ is a title too; so is د. with its dot
            return Phrase(i, k - 1, n)  # title, name (المستشار ...، المولدي الزواوي،)
        before = toks[name_first - 1]  # (a title or its adjective: not المتحدث باسم قوى الأمن)
        if i < name_first <= last and refusal(doc, lex, name_first) is None \
                and (lex.kind_of(before.key) == "title" or is_definite(before)) and before.key not in lex.naming \
                and any(is_title_word(lex, t.key) for t in toks[i:name_first]):
            i = name_first  # الدكتورة علا محمد، أخصائية التغذية: the name, then what she is
        return Phrase(i, last, name_first, (j + 1, k - 1))  # name, title
    if k > j + 1 and name_first == i and named_at > j + 1:
        return Phrase(i, last, name_first, (j + 1, k - 1))  # name, title (in ...)
    return None


def _definite_common_noun(lex: Lexicon, tok: Token) -> bool:
    """A common noun with ال that is no title (الفوز; not زوج المعلمة, who a person is)."""
    return is_definite(tok) and not is_title_word(lex, tok.key) and lex.kind_of(tok.key) is None \
        and lex.is_noun(bare_stem(tok.key)) and tok.key not in lex.given_names


def _before_outlet_told(doc: Doc, lex: Lexicon, i: int, j: int, limit: int, name_first: int) -> int:
    """Where a phrase (tokens i..j-1) ends when its last words are the outlet a person told, right
    before what was said (ويقول المرشد أحمد أبوسحلي للجزيرة نت إن): ل on a definite word after the
    name (no title after it), one or two words before a complementizer, in a phrase naming no body;
    else j."""
    toks = doc.tokens
    if j >= limit or toks[j].key not in lex.grammar["complementizer"]:
        return j
    for k in range(max(name_first + 1, j - 2), j):
        if toks[k].raw.startswith("لل") and not any(word_traits(lex, tok) & BODY for tok in toks[i:k]) \
                and any(tok.key in lex.given_names or word_traits(lex, tok) & TITLE for tok in toks[i:k]) \
                and not any(word_traits(lex, tok) & TITLE for tok in toks[name_first:k]):
            return k  # (a person: a given name or a title before the name; not طريقة معاملة استراليا
            # للاجئين, nor فلان المدير الفني للسيلية, the title's own ل)
    return j


def _plural_title(lex: Lexicon, tok: Token) -> bool:
    """A definite plural of a title (الباحثين، المسؤولون، للباحثين): as the head of a phrase, many people,
    whom no one name follows (but نقيب الممثلين فلان: the office of one of them)."""
    key = tok.key
    return key.startswith(("ال", "لل")) and key.endswith(("ين", "ون")) and lex.kind_of(key[2:-2]) == "title"


def _no_name_at(doc: Doc, lex: Lexicon, i: int, k: int, last: int) -> bool:
    """Is the word at token k, after the phrase's definite words from token i, where the phrase ends
    rather than a name: a purpose clause or a prepositional phrase (لتحمل، بموجبها), a name joined by و
    that the article also writes alone (واسرائيل), an indefinite common noun after a body or a source
    named by its noun alone (أعلنت الحكومة خطة جديدة); or, after definite words that are no title, a word
    joined by و to them (الفلاسفة وعلماء الاجتماع) or a common noun that is no given name governing a
    definite noun, the verb's object (وأظهرت البيانات انكماش القطاع; not السيد نور الدين مفتاح, not
    وزير الوظيفة العمومية وتحديث الإدارة)?"""
    toks = doc.tokens
    key = toks[k].key
    if _purpose(lex, key) or key in PREPOSITION_FORMS or is_preposition_phrase(doc, lex, toks[k]):
        return True
    joined = key[:1] == "و" and key != without_conjunction(key)
    if joined and key[1:] in doc.vocabulary and lex.kind_of(key[1:]) is None and not lex.is_noun(bare_stem(key[1:])):
        return True
    if k == i + 1 and is_definite(toks[i]) and lex.kind_of(toks[i].key.removeprefix("ال")) in ("org", "source") \
            and not is_definite(toks[k]) and lex.is_noun(bare_stem(key)) and key not in lex.given_names:
        return True  # أعلنت الحكومة خطة جديدة: a body named by its noun alone, then the verb's object
    if key.endswith(ATTACHED_PRONOUNS) and any(map(is_verbal_noun, owned_stems(key, toks[k].raw))):
        return True  # زعمت المحليات توفيرها: a noun of action with its owner's pronoun is what was done
    if any(lex.kind_of(t.key) or lex.kind_of(t.key.removeprefix("ال")) for t in toks[i:k]):
        return False
    if joined and (lex.kind_of(key[1:]) is not None or lex.is_noun(bare_stem(key[1:]))):
        return True
    return k < last and lex.is_noun(bare_stem(key)) and key not in lex.given_names \
        and is_definite(toks[k + 1]) and not toks[k + 1].key.endswith(("ي", "يه"))


def _may_open_apposition(doc: Doc, lex: Lexicon, k: int, limit: int) -> bool:
    """Can the words after a speaker's comma at token k be a name or a title in apposition? Not a word
    that opens no speaker phrase (، بقوله، يعد), unless it is a verb form that is also a given name
    before another name word (، ينس ستولتنبرغ،); nor a verb with و (الرئيس، وظلوا؛ but وداد، وليام)."""
    toks = doc.tokens
    key = toks[k].key
    rest = without_conjunction(key)
    if key[:1] == "و" and rest != key and key not in lex.given_names and (rest.endswith("وا") or lex.is_verb(rest)):
        return False
    if refusal(doc, lex, k) is None:
        return True
    return not _with_pronoun(toks[k]) and key[:1] != "و" and lex.is_verb(key) and k + 1 < limit \
        and toks[k + 1].key and not is_definite(toks[k + 1]) and not lex.is_noun(bare_stem(toks[k + 1].key)) \
        and lex.kind_of(toks[k + 1].key) is None


def _with_pronoun(tok: Token) -> bool:
    """بقوله، لكونها: a preposition on a noun with its pronoun (no name, no title)."""
    return tok.key[:1] in "بلك" and len(tok.key) >= 5 and tok.raw.endswith(ATTACHED_PRONOUNS)


def _bracketed_name_end(doc: Doc, lex: Lexicon, i: int, limit: int) -> int | None:
    """If token i opens brackets around a name of two words or more and nothing else ((كو أونغ أونغ)),
    the index of the closing bracket."""
    toks = doc.tokens
    if toks[i].raw != "(":
        return None
    close = next((k for k in range(i + 1, min(limit, i + MAX_BRACKETED_NAME_WORDS + 2)) if not toks[k].key), None)
    if close is None or toks[close].raw != ")" or close - i - 1 < 2:
        return None
    if not looks_like_a_name(doc, lex, i + 1, close) or _name_start(doc, lex, i + 1, close - 1) != i + 1 \
            or any(refusal(doc, lex, k) is not None or is_stop(lex, toks[k].key, toks[k].raw)
                   or lex.kind_of(toks[k].key) is not None or lex.is_noun(bare_stem(toks[k].key))
                   for k in range(i + 1, close)):
        return None
    return close


def _title_after_name(doc: Doc, lex: Lexicon, name_first: int, last: int) -> int | None:
    """A title right after a name of two or more words, with no comma between (سيف ناصر المعمري
    الأستاذ المشارك بجامعة ...، محمد الحمادي رئيس تحرير صحيفة ...): the index of its first word.
    A title word ending the phrase may be part of the name (أحمد محمد أمين)."""
    toks = doc.tokens
    for k in range(name_first + 2, last + 1):
        key = toks[k].key
        titled = _definite_title(lex, key) or (k < last and lex.kind_of(key) == "title")
        if titled and toks[k - 1].key not in lex.grammar["name_link"] and looks_like_a_name(doc, lex, name_first, k):
            return k
    return None


def is_definite(tok: Token) -> bool:
    """Does the word carry the article (الوزير، والإعلام، للمصالحة)? Read on the written form:
    folding makes أليكسي and ألمانيا look as if they did."""
    return tok.raw.startswith(("ال", "لل", "وال", "فال"))


def _definite_title(lex: Lexicon, key: str) -> bool:
    """المدير، الأستاذ: a title word with the article."""
    return key.startswith("ال") and "title" in (lex.kind_of(key), lex.kind_of(key[2:]))


def is_title_word(lex: Lexicon, key: str) -> bool:
    """وزير، الوزير: a title word, with the article or without it."""
    return lex.kind_of(key) == "title" or _definite_title(lex, key)


def looks_like_a_name(doc: Doc, lex: Lexicon, first: int, end: int) -> bool:
    """Are tokens first..end-1 two or more plain words, none of them a prepositional phrase, and
    definite (ال) only at the end, after a name link or as the second word of a compound given name
    (سيف ناصر المعمري، محي الدين العارضة; not إمام المسجد الحرام)?"""
    words = doc.tokens[first:end]
    return len(words) >= 2 and all(
        t.key and t.quote == -1 and not t.key.startswith(PREPOSITIONAL) and not t.raw[:1].isdigit()
        and not is_preposition_phrase(doc, lex, t)
        and (n == len(words) - 1 or not is_definite(t) or words[n - 1].key in lex.grammar["name_link"]
             or (n and t.key in lex.grammar["name_second"] and words[n - 1].key not in lex.grammar["clergy"]))
        for n, t in enumerate(words))


def _quoted_body_end(doc: Doc, lex: Lexicon, j: int, last: int) -> int | None:
    """If token j opens a quoted body's name («المجلس الوطني السوري»: a definite noun that heads a
    body's name first) closed by token ``last`` at the latest, the index after its closing mark."""
    toks = doc.tokens
    if toks[j].raw not in OPENERS or j + 1 > last or toks[j + 1].quote == -1:
        return None
    head = toks[j + 1]
    if not is_definite(head) or lex.kind_of(without_article(head.key)) != "org":
        return None
    k = j + 1
    while k <= last and toks[k].quote == head.quote:
        k += 1
    return k + 1 if k <= last and toks[k].raw in MARKS else None


def _name_start(doc: Doc, lex: Lexicon, first: int, last: int, institution: bool = False) -> int:
    """Index of the first token of the name inside a title+name phrase (last + 1 if none).

    Titles, organisation nouns and definite words come first (نائب وزير الخارجية الروسي سيرغي
    فيرشينين). A phrase headed by an organisation (صحيفة وول ستريت جورنال) or by an indefinite title
    with an indefinite adjective (مسؤول أوروبي) names no person: the whole of it is the speaker,
    unless the phrase is known to be an ``institution`` followed by a person (… في مؤسسة X حسين
    القحطاني).
    """
    toks = doc.tokens
    head = toks[first].key
    j = first
    if not institution:
        if lex.kind_of(head) == "org" or (head[:1] == "ل" and lex.kind_of(head[1:]) == "org"):
            return last + 1
        if head in lex.told and first + 1 < last and toks[first + 1].raw in OPENERS \
                and toks[last].quote == -1 and all(t.quote != -1 or t.raw in MARKS for t in toks[first + 2:last + 1]):
            return last + 1  # مراسل «الجزيرة»: a reporter of the outlet quoted, no name
        if head in lex.grammar["one_of"] and first < last and lex.kind_of(toks[first + 1].key) == "source":
            return last + 1  # أحد شهود العيان: one of an unnamed source, all of it the speaker
        if lex.kind_of(head) == "title" and not head.startswith("ال") and first < last:
            nxt = toks[first + 1].key
            if nxt and not nxt.startswith(("ال", "لل")) and lex.kind_of(nxt) is None \
                    and nxt not in lex.grammar["title_part"] and not _construct_after_title(lex, toks, first + 1, last):
                # مسؤول أوروبي names nobody; أمين سوق عكاظ الدكتور جريدي المنصوري names a person
                # after the later title
                later = [k for k in range(first + 2, last) if _definite_title(lex, toks[k].key)]
                if not later:
                    # (مدير حفظ الصحة وحماية المحيط بوزارة الصحة محمد الرابحي: a given name after the
                    # title's words, with a family name after it; not بمستشفى فرحات حشاد, a body named
                    # after a person)
                    named = _given_name_start(doc, lex, first + 1, last)
                    before = toks[named - 1].key
                    return named if first + 1 < named < last and looks_like_a_name(doc, lex, named, last + 1) \
                        and lex.kind_of(before) != "org" and lex.kind_of(before[1:]) != "org" else last + 1
                j = later[0]
    while j <= last:
        key = toks[j].key
        kind = lex.kind_of(key)
        if j > first and (after := _quoted_body_end(doc, lex, j, last)) is not None:
            j = after  # رئيس «المجلس الوطني السوري» عبد الباسط سيدا: the body the title is of, quoted
            continue
        if kind == "title" or toks[j].raw in (".", "»", "”") or (j > first and key in lex.grammar["title_part"]) \
                or (j > first and key[:1] == "و" and lex.kind_of(key[1:]) == "title"):
            # the dot of an abbreviated title (م. د.), the end of a quoted organisation name; مدير عام;
            # a second title joined by و (رئيس الاتحاد ونائب رئيس …)
            j += 1
        elif kind == "org" or (key[:1] in ("ل", "ب") and lex.kind_of(key[1:]) == "org"):
            j += 2  # the organisation's own name comes with it: لشركة فيسبوك، بأمانة جدة
            if j <= last and toks[j].key[:1] == "و" and lex.is_noun(toks[j].key[1:]) \
                    and toks[j].key[1:] not in lex.given_names:
                j += 1  # (غرفة تجارة وصناعة البحرين: a common noun joined on)
        elif is_definite(toks[j]) and len(key) > 3 and key not in lex.grammar["name_link"]:
            j += 1
        elif j > first and lex.kind_of(toks[j - 1].key) == "title" and not is_definite(toks[j - 1]) \
                and _construct_after_title(lex, toks, j, last):
            j += 1  # رئيس فريق الشرطة فلان: the common noun the title is of, in construct with a definite word
        elif j == first < last and is_possessed(lex, toks[j]) and refusal(doc, lex, j + 1) is None \
                and looks_like_a_name(doc, lex, j + 1, min(last, j + 2) + 1) \
                and (toks[j + 1].key in lex.given_names or not lex.is_noun(bare_stem(toks[j + 1].key))):
            j += 1  # شقيقته راندي زوكربرغ: who the person is to someone, then the name
        elif j > first and (key.startswith(PREPOSITIONAL) or is_preposition_phrase(doc, lex, toks[j])
                            or _li_construct(doc, lex, j, last)):
            j += 1  # المتحدث الأمني بوزارة الداخلية: where the title holder works; القطب القضائي لمكافحة الإرهاب
        elif institution and j == first < last and is_definite(toks[j + 1]) and lex.is_noun(bare_stem(key)):
            j += 1  # المشرف على فرق الفنون فلان: what the title is over, a noun in construct
        else:
            break
    # a title further on starts the name again (قسم الخدمات بالمستشفى المهندس عبدالله السقاف),
    # unless a name stands before it (سيف ناصر المعمري الأستاذ المشارك ...) or a title of its own
    # follows it: then it is a family name (الدكتور عزام الخطيب مدير عام الأوقاف)
    for k in range(j, last):
        if _definite_title(lex, toks[k].key) and toks[k - 1].key not in lex.grammar["name_link"] \
                and not (lex.kind_of(toks[k - 1].key) == "title" and not is_definite(toks[k - 1])) \
                and not _title_follows(lex, toks, k + 1) \
                and (not looks_like_a_name(doc, lex, j, k) or _described_before(doc, lex, j, k, last)):
            j = k + 1  # (آل الشيخ is a family name, not a title; رئيس الفريق: the team, after its head)
            if j <= last and without_article(toks[j].key) in lex.grammar["title_part"]:
                j += 1  # المدير العام، النائب العام: the title goes on
    if j <= last and toks[last].raw[-1:].isdigit():
        return last + 1  # a phrase ending in a number names no one (لكأس العالم لكرة القدم 2018)
    if j > first:
        j = _given_name_start(doc, lex, j, last)
    return min(j, last + 1)


def _construct_after_title(lex: Lexicon, toks: list[Token], j: int, last: int) -> bool:
    """Is the word at j, after a title, a common noun in construct with the definite words after it (فريق
    الشرطة، قسم الجراحة), not an adjective of origin (مسؤول أمني) or a given name, with a given name or a
    title after them (رئيس قسم الجراحة خالد العمري; not قائد مشاة البحرية صعّد)?"""
    key = toks[j].key
    if j >= last or not is_definite(toks[j + 1]) or key.endswith("ي") or key in lex.given_names \
            or not (lex.is_noun(key) or lex.is_noun(bare_stem(key))):  # (فريق: no و/ف to take off)
        return False
    m = j + 1
    while m < last and is_definite(toks[m]) and not is_title_word(lex, toks[m].key):
        m += 1
    return toks[m].key in lex.given_names or is_title_word(lex, toks[m].key)


def all_common_nouns(lex: Lexicon, words: Iterable[Token], given_names_apart: bool = False) -> bool:
    """Are all these words common nouns (their stems in word_classes.tsv)? ``given_names_apart``: a
    given name (حبيب، سامي) counts as no common noun."""
    return all(lex.is_noun(bare_stem(t.key)) and not (given_names_apart and t.key in lex.given_names)
               for t in words)


def _body_within(doc: Doc, lex: Lexicon, i: int, p: int, k: int, limit: int) -> tuple[int, int]:
    """(workplace word, end) of where a title's holder works: past a unit with no name in it, the body
    it is in when a person is named after that (كبير الأطباء في قسم الجراحة في مستشفى المدينة فلان)."""
    toks = doc.tokens
    q = k
    if not (q + 2 < limit and toks[q].key == toks[p].key == "في" and lex.kind_of(toks[q + 1].key) == "org"
            and _name_start(doc, lex, p + 1, k - 1, institution=True) == p + 1 and MAX_SPEAKER_WORDS > q + 1 - i):
        return p, k
    further = _words(doc, lex, q + 1, limit, MAX_SPEAKER_WORDS - (q + 1 - i))
    name = _name_start(doc, lex, q + 1, further - 1, institution=True)
    return (q, further) if q + 1 < name < further and _person_named_at(doc, lex, name, further) else (p, k)


def _person_named_at(doc: Doc, lex: Lexicon, m: int, end: int) -> bool:
    """Does a person's name come in tokens m..end-1: a given name, or past the title words that open them,
    words of a name, not all common nouns in the first three (دكتور عاطي بن …), heading no body (not
    مدير عام أوقاف القدس، رئيس سلطة واحة دبي)?"""
    toks = doc.tokens
    if any(t.key in lex.given_names for t in toks[m:end]):
        return True
    while m < end and is_title_word(lex, toks[m].key):
        m += 1
    return m < end and looks_like_a_name(doc, lex, m, min(end, m + 2)) \
        and not all_common_nouns(lex, toks[m:min(end, m + 3)]) and lex.kind_of(toks[m].key) != "org"


def _title_follows(lex: Lexicon, toks: list[Token], k: int) -> bool:
    """Is token k, or the one after a comma at k, a title without the article (…، مدير عام الأوقاف)?"""
    if k < len(toks) and toks[k].raw in COMMAS:
        k += 1
    return k < len(toks) and lex.kind_of(toks[k].key) == "title" and not is_definite(toks[k])


def _described_before(doc: Doc, lex: Lexicon, first: int, k: int, last: int) -> bool:
    """Are the words from ``first`` to the title at k common nouns that describe the person whose name
    follows the title (عالم الوراثة البروفيسور مارتن كولينسون), not a name of their own?"""
    toks = doc.tokens
    if not all_common_nouns(lex, toks[first:k], given_names_apart=True):
        return False
    m = k + 1
    while m <= last and is_title_word(lex, toks[m].key):
        m += 1
    return m < last and looks_like_a_name(doc, lex, m, m + 2) and not all_common_nouns(lex, toks[m:m + 2])


def _given_name_start(doc: Doc, lex: Lexicon, j: int, last: int) -> int:
    """Where a person's name starts when the words read as its start are still the title's (عضو مجلس إدارة
    غرفة تجارة وصناعة البحرين عيسى عبد الرحيم، المتحدث باسم حماس فلان): at a given name
    (data/given_names.tsv) after words that are none, one of them no part of a personal name (joined by و,
    with the article or a preposition) or all of them after باسم, with a name of two words or more from it."""
    toks, links = doc.tokens, lex.grammar["name_link"]
    on_behalf = toks[j - 1].key in lex.grammar["on_behalf"]  # (المتحدث باسم حماس فلان: the body, then the name)
    for m in range(j + 1, last):
        if toks[m].key in lex.given_names and toks[m - 1].key not in links:
            before = toks[j:m]
            # (عبد الحي يوسف: a definite word after عبد is a name's)
            if all(t.key not in lex.given_names for t in before) and (on_behalf or any(
                    (is_definite(t) and not (n and before[n - 1].key in links))
                    or (t.key.startswith(("و", "ل", "ب")) and len(t.key) > 4) for n, t in enumerate(before))):
                return m
            return j
    return j


def split(doc: Doc, phrase: Phrase, lex: Lexicon) -> tuple[tuple[int, int], str]:
    """(speaker start, end) character offsets and the title text of a phrase."""
    toks = doc.tokens
    if phrase.title is not None:
        a, b = phrase.title
        return (toks[phrase.first].start, toks[phrase.last].end), doc.text[toks[a].start:toks[b].end]
    if phrase.name_first <= phrase.last and any(
            ch.isalpha() for t in toks[phrase.name_first:phrase.last + 1] for ch in t.raw):
        title = ""  # (a name has letters: قائد اللواء «15» is a title alone)
        name_last = phrase.last if phrase.name_last is None else phrase.name_last
        if phrase.name_first > phrase.first:
            end = phrase.name_first - 1
            while end > phrase.first and not toks[end].key:
                end -= 1
            title = doc.text[_without_conjunction(lex, toks[phrase.first]):toks[end].end]
        elif name_last < phrase.last:
            title = doc.text[toks[name_last + 1].start:toks[phrase.last].end]
        return (toks[phrase.name_first].start, toks[name_last].end), title
    return (_without_conjunction(lex, toks[phrase.first]), toks[phrase.last].end), ""


def _without_conjunction(lex: Lexicon, tok: Token) -> int:
    """Where a phrase's first word starts without the و/ف that joins its sentence (والرئيس → الرئيس; but
    والي الخرطوم، والدها: words of their own; nor فالكه، فالكاو: names, where what follows ف is no word
    the lexicon knows)."""
    if not tok.raw.startswith(("وال", "فال")) or lex.is_noun(tok.key) \
            or any(map(lex.is_noun, owned_stems(tok.key, tok.raw))):
        return tok.start
    if tok.raw.startswith("فال"):
        rest = tok.key[1:]
        if not (lex.is_noun(without_article(rest)) or lex.kind_of(rest) or lex.kind_of(without_article(rest))
                or without_article(rest) in lex.nouns or rest == "الله"):
            return tok.start
    return tok.start + 1


def name_span(doc: Doc, phrase: Phrase, lex: Lexicon) -> tuple[tuple[int, int], str]:
    """:func:`split`, without quotation marks around the name («هالة») or a hashtag's # (#إيران)."""
    (s, e), title = split(doc, phrase, lex)
    text = doc.text
    while e - s > 2 and text[s] in MARKS and text[e - 1] in MARKS:
        s, e = s + 1, e - 1
    if text[s] == "#" and e - s > 1:
        s += 1
    return (s, e), title


def issuer(doc: Doc, lex: Lexicon, phrase: Phrase, limit: int) -> Phrase | None:
    """For a document subject (بيان أصدرته الخدمة الصحافية ...), the phrase naming its issuer."""
    toks = doc.tokens
    if phrase.first < phrase.last and _ranks_a_document(doc, lex, phrase.first):
        return issuer(doc, lex, replace(phrase, first=phrase.first + 1), limit)  # أحدث تقرير لمنظمة …: the report
    key = toks[phrase.first].key  # (with the ل of وفقاً لـ on it: لتقرير، للتقرير)
    if lex.nouns.get(key.removeprefix("ال")) != "document" \
            and not (key[:1] == "ل" and lex.nouns.get(key[2:] if key.startswith("لل") else key[1:]) == "document"):
        return None
    j = phrase.first + 1
    if j <= phrase.last and not is_definite(toks[phrase.first]) and toks[j].key not in lex.grammar["issuer_link"] \
            and lex.kind_of(without_article(toks[j].key)) == "org":
        return read_issuer(doc, lex, j, phrase.last + 1)  # بيان الوزارة، تقرير منظمة العفو: the body's own
    while j < limit and j - phrase.first < 4:
        if joined_issuer(lex, toks[j]):
            return read_issuer(doc, lex, j, limit)  # تقرير لإدارة المعلومات، التقرير الأخير لوكالة …
        if toks[j].key[:1] == "ل" and len(toks[j].key) > 2:
            return None  # (بيان للقيادة المركزية للجيش: the first ل-word is the issuer or none is)
        if toks[j].key in lex.grammar["issuer_link"]:
            j += 1
            # (الدراسة الصادرة حديثا عن المركز: past a time adverb between the links)
            while j < limit and (toks[j].key in lex.grammar["issuer_link"] or is_accusative(lex, toks[j])
                                 or toks[j].key in lex.grammar["time_adverb"]):
                j += 1
            return read_issuer(doc, lex, j, limit)
        j += 1
    return None


def _ranks_a_document(doc: Doc, lex: Lexicon, i: int) -> bool:
    """Is token i an elative or a rank word (with the ل of an attribution phrase or not) before an
    indefinite document noun (أحدث تقرير، لأول دراسة، آخر إحصاء)?"""
    toks = doc.tokens
    written = unmarked(toks[i].raw)
    bare = toks[i].key[1:] if written[:2] in ("لأ", "لآ") else toks[i].key
    elative = written.lstrip("ل")[:1] == "أ" and len(bare) == 4
    after = toks[i + 1]
    return (elative or bare in lex.grammar["rank"]) and not is_definite(after) \
        and lex.nouns.get(after.key) == "document"


def joined_issuer(lex: Lexicon, tok: Token) -> bool:
    """Is the word ل written on a body (لإدارة، لوكالة، للقيادة): the issuer of the document before it?"""
    key = tok.key
    body = "ا" + key[1:] if key.startswith("لل") else key[1:]
    return key[:1] == "ل" and lex.kind_of(key) is None \
        and (lex.kind_of(body) == "org" or lex.kind_of(without_article(body)) == "org")


def issuer_text(doc: Doc, lex: Lexicon, phrase: Phrase) -> tuple[str, tuple[int, int], str]:
    """The issuer's name, its span and title (:func:`split`), without the ل written on its first word:
    لإدارة → إدارة; للقيادة → القيادة, written with the article the ل took the place of."""
    (s, e), title = split(doc, phrase, lex)
    first = doc.tokens[phrase.first]
    if s != first.start or not joined_issuer(lex, first):
        return doc.text[s:e], (s, e), title
    return without_li(doc.text[s:e]), (s + 1, e), title


def without_li(text: str) -> str:
    """A phrase without the ل written on its first word (لل is ل + ال: للقيادة → القيادة)."""
    return "ا" + text[1:] if text.startswith("لل") else text[1:]


def read_issuer(doc: Doc, lex: Lexicon, i: int, limit: int) -> Phrase | None:
    toks = doc.tokens
    j = i
    while j < limit and j - i < MAX_SPEAKER_WORDS:
        if j > i and (quoted := _quoted_name_end(doc, lex, j, limit)) is not None:
            j = quoted  # تقرير لصحيفة "فايننشال تايمز": a body's quoted name
            continue
        if not (toks[j].key and toks[j].quote == -1
                and ((toks[j].key == "في" and j > i) or not is_stop(lex, toks[j].key, toks[j].raw))
                and toks[j].key not in lex.cues
                and (j == i or toks[j].key not in lex.grammar["issuer_link"])):
            break  # (بيان لوزارة الخارجية نشرته وكالة الأنباء: the ministry's, which the agency published; في
            # within a name, الخدمة الصحافية في الكرملين, but not first: دراسة نشرت في صحيفة …, where it appeared)
        if j > i and is_definite(toks[j - 1]) and not is_definite(toks[j]) \
                and (lex.is_noun(bare_stem(toks[j].key)) or is_verbal_noun(toks[j].key)):
            break  # (تقرير للوكالة الصينية ارتفاع أعداد …: what the report expected, not who issued it)
        j += 1
    if j == i:
        return None
    return Phrase(i, j - 1, i)
