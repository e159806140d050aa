"""Content: what a cue introduces (a quote, speech after a colon, a content clause after إن/أن,
the sentence around an attribution phrase), where it ends and its type (direct, mixed, indirect)."""

from __future__ import annotations

from bisect import bisect_left

from . import cues, mentions, rules, sieves
from . import phrases as sp
from .article import Article, Hit, Speaker
from .lexicon import Cue, cue_of
from .limits import (
    MAX_COLON_PARAGRAPH_TOKENS,
    MAX_FRONTED_WORDS,
    MAX_LOOKAHEAD,
    MAX_LOOKBACK_WORDS,
    MAX_NAME_QUOTE_WORDS,
    MAX_OBJECT_QUOTE_GAP,
    MAX_PARENTHETICAL_TOKENS,
    MAX_QUOTE_LOOKAHEAD,
    MAX_RELATIVE_HEAD_WORDS,
    MAX_TRAILING_WORDS,
    MIN_ASIDE_WORDS,
    MIN_MIXED_QUOTE_WORDS,
    MIN_QUOTE_WORDS,
    MIN_TRAILED_WORDS,
)
from .models import Statement
from .normalize import fold, has_conjunction, without_article, without_conjunction
from .quotes import MARKS, OPENERS
from .tokens import COMMAS, DASHES, Token

NAMING_KINDS = ("org", "title", "source")
OBJECT_COMPLEMENTS = frozenset({"ب", "عن"})  # طالب بـ، أعرب عن: the object is what was said (رد على is not)
LATER = frozenset({"فيما"})  # فيما بعد أن: "later", that (not the conjunction بعد أن)
ALSO = frozenset({"كما", "وكما"})  # كما أن: "and also", a clause of the writer's (no cue's content)
MARKER_CHARS = frozenset("():") | COMMAS  # the marks content.marker looks at


def marker(art: Article, j: int, limit: int, strict: bool = False, relay: bool = False) -> tuple[str, int] | None:
    """The content marker at or after token j: ("colon", i), ("quote", span) or ("clause", i).

    Between a cue's subject and its content may stand a short adverbial (في تصريح لـ«الصباح»
    أمس) or a parenthetical between commas (، خلال ندوة صحفية عقدها بمقر الوزارة، أن ...);
    a quote may come after a longer one. ``strict``: the marker must come at once, for cue
    forms that are also other words (بين أن, not بين صفوف ... أن). ``relay``: the cue relays what its
    source said (نقل عن), whose content follows قوله however long what describes the source."""
    toks = art.toks
    if relay and (saying := _relayed_saying(art, j, limit)) is not None:
        return marker(art, saying + 1, limit)  # (ونقلت الوكالة عن فلان، الذي …، قوله إن)
    at = j + 1 if strict and j < limit and toks[j].raw in COMMAS else j  # (وكتب فلان، في حسابه: «…»)
    at = sp.adverb_end(art.doc, art.lex, at, limit) if strict else at  # (وكتب فلان بعد ذلك على حسابه)
    if strict and at + 1 < limit and (
            (toks[at].key in art.lex.grammar["setting"] and sp.where_said(art.lex, toks[at + 1]))
            or sp.told_audience(art.lex, toks[at])):
        # وسجل مزوار في حديث لوكالة …، أن: said in an interview; وكتب فلان على صفحته «…»; وبين فلان لوكالة
        # سانا أن: whom it was told: the cue speaks
        strict = False
    if strict and j < limit and toks[j].raw in COMMAS:
        # ونقل الموقع عن فلان، الضابط في الشرطة، أن …: what the subject is, between commas, then the content
        close = next((k for k in range(j + 1, min(limit, j + sp.MAX_APPOSITION_WORDS + 3))
                      if toks[k].raw in COMMAS or art.doc.is_sentence_end(k)), None)
        if close is not None and toks[close].raw in COMMAS and close + 1 < limit \
                and toks[close + 1].key in art.lex.grammar["complementizer"] and toks[close + 1].key[:1] != "ف":
            return "clause", close + 2
    stop = min(limit, j + (2 if strict else MAX_QUOTE_LOOKAHEAD))
    triggers = art.lex.triggers  # (the words a cue may be: cue_of is asked of those alone)
    complementizers, temporal = art.lex.grammar["complementizer"], art.lex.grammar["temporal"]
    ends, keys, raws, stops = art.doc.sentence_ends, art.doc.keys, art.doc.raws, art.lex.marker_stops
    comma_at: int | None = None
    brackets = 0  # brackets opened since j and not closed
    new_clause = False  # a clause of its own has begun since j (its quote is not the cue's)
    k = j
    while k < stop:
        tok = toks[k]
        if tok.quote == -1 and not (keys[k] in stops or raws[k] in MARKER_CHARS or ends[k] or (
                comma_at is not None and (raws[k - 1] in COMMAS or raws[k - 2] in COMMAS))):
            k += 1  # (every test below is of a quote, a bracket, a colon, a comma, a sentence end, the words
            continue  # after a comma once one was passed, or one of these words)
        if tok.quote != -1:
            if new_clause:
                return None  # (its quote is none of the cue's)
            span = tok.quote
            if art.span_words(span) >= MIN_QUOTE_WORDS and not names_something(art, span, k, limit, k == j + 1) \
                    and not colon_follows(art, span, limit):
                return "quote", span
            while k < limit and toks[k].quote == span:
                k += 1
            continue
        if tok.raw in "()":
            brackets = brackets + 1 if tok.raw == "(" else max(0, brackets - 1)
        if tok.raw == ":" and brackets:
            k += 1  # كتبت عن كتابه (المثال والتحول: آراء ودراسات): a title's colon, inside its brackets
            continue
        if tok.raw == ":":
            if k - j >= 2 and without_conjunction(toks[k - 2].key) in art.lex.grammar["relative"]:
                return None  # (مشيرا لانطلاقة الحملات التي تشمل: the list of what a noun holds)
            return "colon", k
        # a content clause comes soon after the subject, or after a parenthetical between
        # commas (، الناطق الرسمي باسم الحزب، في تصريح لوكالة الأنباء أن ...)
        near = k - j < MAX_LOOKAHEAD or comma_at is not None
        if tok.key in complementizers and k > 1 and toks[k - 1].key in art.lex.grammar["contrast"] \
                and (toks[k - 2].raw in COMMAS or comma_at is not None):
            return None  # (وأكد دعمه للفريق، إلا أن اللاعبين …; …، وعلى الرغم من الأخطاء إلا أن …: "however",
            # the writer goes on)
        if tok.key in complementizers and k - 1 > j and toks[k - 1].key in ALSO:
            return None  # (مكانة مؤكدة في القرآن كما أن السنة …: "and also", the writer goes on; but وقال كما إن)
        if tok.key in complementizers and k - j > 2 and toks[k - 2].raw in COMMAS and _joined_noun(art, k - 1):
            return None  # (تشير إلى إمكانية العراق في …، وإمكانية أن: the noun's clause, a coordinated noun's)
        # (not فإن after a form that is also a preposition: بين الأزواج، …، فإن is "so", no content)
        if tok.key in complementizers and (near or strict) and not (k and toks[k - 1].key in temporal
                                                                 and toks[k - 2].key not in LATER) \
                and not (k > j and toks[k - 1].key in art.lex.grammar["alternative"]) \
                and not (strict and tok.key[:1] == "ف"):
            return "clause", k + 1
        if ends[k]:
            return None
        if comma_at is not None and not new_clause and (toks[k - 1].raw in COMMAS or toks[k - 2].raw in COMMAS) \
                and _clause_after_comma(art, k):
            new_clause = True  # (ادعت الحركة سيطرتها على المقر، وكذلك فعلت … «…»: a clause of its own)
        if tok.raw in COMMAS and comma_at is None:
            comma_at = k
        if comma_at is not None and tok.key in art.lex.grammar["relayed_saying"]:
            return None  # (عن مسؤول، لم يكشف هويته، قوله إن: the relaying verb's content, not this one's)
        cue = cue_of(art.lex, tok.key)[0] if k > j and tok.key in triggers else None
        if cue is not None and (cue.kind != "participle" or k > j + 1) and not cues.strict_at(art, k) \
                and not cues.is_noun_form(art, k) \
                and not (cue.kind == "participle" and k + 1 < limit and cues.other_preposition(art, cue, k + 1)):
            if cue.kind == "verb" and _in_relative_aside(art, k) == "cue" \
                    and (close := _aside_close(art, k, stop)) is not None:
                k = close + 1  # وجدد فلان، الذي قال إن …، دعوته «…»: past the clause put in, this cue's content
                continue
            return None  # (another cue's content, not this one's; but في مذكرة, مقرا لها: nouns)
        k += 1
    return None


def _clause_after_comma(art: Article, k: int) -> bool:
    """Does a past verb that is no cue open a clause of its own at token k, after a comma, with its و or
    after an adverb with و (، وطالبت …؛ ، وكذلك فعلت …)?"""
    toks, grammar = art.toks, art.lex.grammar
    tok = toks[k]
    before = k - 1
    if has_conjunction(toks[before].key) and without_conjunction(toks[before].key) in grammar["adverb"]:
        before -= 1  # (، وكذلك فعلت)
    if before < 0 or toks[before].raw not in COMMAS or not (before < k - 1 or has_conjunction(tok.key)):
        return False
    # (a past form: …، وتعمل أيضا في المجموعة، إن is what the speaker does; …، حيث كان مقر زوجها، «…»:
    # where it was said)
    return tok.key not in art.lex.triggers and mentions.is_verb_at(art, k) \
        and mentions.verb_form(art.lex, tok.key) == mentions.LISTED \
        and without_conjunction(tok.key)[:1] not in cues.PRESENT_PREFIXES and tok.key not in grammar["kana"]


def _joined_noun(art: Article, k: int) -> bool:
    """Is token k a noun joined on with و, definite or ending in ة (وإمكانية، والمنتظر), no verb, cue,
    noun of speech or function word?"""
    tok = art.toks[k]
    bare = without_conjunction(tok.key)
    return has_conjunction(tok.key) and bare != tok.key and (bare.startswith("ال") or bare.endswith("ه")) \
        and not art.lex.is_verb(bare) and cue_of(art.lex, tok.key)[0] is None \
        and without_article(bare) not in art.lex.nouns and not sp.is_stop(art.lex, bare, bare)


def _aside_close(art: Article, k: int, stop: int) -> int | None:
    """The comma that closes the relative clause put in at token k (no و/ف or relative pronoun after it),
    before token ``stop`` and the sentence's end."""
    toks, grammar = art.toks, art.lex.grammar
    for m in range(k + 1, stop - 1):
        if art.doc.sentence_ends[m]:
            return None
        nxt = toks[m + 1]
        if toks[m].raw in COMMAS and nxt.raw[:1] not in "وف" and nxt.quote == -1 and nxt.key not in grammar["relative"]:
            return m
    return None


def _relayed_saying(art: Article, j: int, limit: int) -> int | None:
    """The token of قوله (his saying) at or after token j, before the sentence ends or content comes:
    what follows it is the relayed statement's content, past what describes the source (ونقلت الوكالة
    عن مسؤول، لم تكشف اسمه، قوله إن)."""
    toks, saying, complementizers = art.toks, art.lex.grammar["relayed_saying"], art.lex.grammar["complementizer"]
    for k in range(j, min(limit, j + MAX_QUOTE_LOOKAHEAD)):
        tok = toks[k]
        if tok.key in saying and tok.quote == -1:
            return k
        if art.doc.is_sentence_end(k) or tok.raw == ":" or tok.key in complementizers:
            return None
    return None


def colon_follows(art: Article, span: int, limit: int) -> bool:
    """Does a colon come right after the quote (فهد الغانمي «موظف في منتجع»: إن ...)? Then the
    quote describes the speaker and the speech follows the colon."""
    k = bisect_left(art.starts, art.doc.spans[span].outer_end)
    return k < limit and art.toks[k].raw == ":"


def names_something(art: Article, span: int, k: int, limit: int, first: bool = False) -> bool:
    """Is the short quote at token k a name (صحيفة «وول ستريت جورنال», رئيس «المرصد ...» رامي
    عبد الرحمن إن ...) rather than the speech itself? ``first``: it opens right after the subject."""
    if art.span_words(span) > MAX_NAME_QUOTE_WORDS:
        return False
    toks = art.toks
    quoted = art.doc.spans[span]
    if any(mark in art.text[quoted.start:quoted.end] for mark in "،,!?؟"):
        return False  # a name has no commas or questions: «مستوى سيء، لازم نحصل رأس حربة»
    before = toks[k - 2] if k >= 2 and toks[k - 1].quote == -1 else None  # the word before the mark
    if before is not None and sp.names_a_quote(art.lex, before):
        return True
    if first:
        close = k
        while close < limit and toks[close].quote == span:
            close += 1
        if close + 1 >= limit or art.doc.is_sentence_end(close + 1):
            return False  # وقال أحد أهالي القرية «كانت ليلة جحيم».: right after the subject, to the sentence's end
    if before is not None and before.key and names_next(art, without_article(before.key)):
        return True
    if is_quoted_name(art, quoted):
        return True  # «ملتقى أمن وسلامة الآثار»، «الصندوق الوطني للديموقراطية»
    j = k
    while j < limit and toks[j].quote == span:
        j += 1
    while j < limit and not art.doc.is_sentence_end(j):
        if toks[j].key in art.lex.grammar["complementizer"] or toks[j].raw == ":":
            return True  # the content comes after the name
        if cue_of(art.lex, toks[j].key)[0] is not None:
            return False
        j += 1
    return False


def starts_new_statement(art: Article, k: int, limit: int) -> bool:
    """Does a new attributed statement begin at token k (inside another one's clause)?"""
    toks = art.toks
    tok = toks[k]
    if tok.key not in art.lex.triggers or tok.quote != -1:
        return False
    if cues.attribution_phrase_at(art, k) is not None and k and toks[k - 1].raw in COMMAS:
        return True
    cue, prefixed = cue_of(art.lex, tok.key)
    if cue is None:
        # …، ووصفه بأنه: a verb carrying its object's pronoun, with its بأن
        cue, prefixed = cue_of(art.lex, tok.key, art.lex.object_forms)
        return cue is not None and (prefixed or toks[k - 1].raw in COMMAS) and cues.describes_at(art, k)
    if cues.strict_at(art, k):  # وبين أن: an ambiguous form only with its content at once
        return k + 1 < limit and (toks[k - 1].raw in COMMAS or has_conjunction(tok.key)) \
            and toks[k + 1].key in art.lex.grammar["complementizer"]
    if cue.kind == "participle":
        if toks[k - 1].raw in COMMAS or toks[k - 1].key == "و":
            return True
        # with no comma, only when its content follows at once: ... مشيراً إلى أن، مؤكداً أن، مضيفاً "…"
        j = k + 1
        if j < limit and toks[j].key in cue.heads:
            j += 1
        return j < limit and (toks[j].key in art.lex.grammar["complementizer"] or toks[j].raw == ":"
                              or opens_quote(art, j, limit))
    # …، في الوقت الذي قال فيه التلفزيون الرسمي إن: after a relative pronoun, a cue with a subject of its own
    relative = toks[k - 1].key in art.lex.grammar["relative"]
    opens = prefixed or toks[k - 1].raw in COMMAS or toks[k - 1].key in art.lex.grammar["clause_opener"] \
        or toks[k - 1].key in art.lex.grammar["on_ones_part"] or after_fronted_phrase(art, k) \
        or _opens_with_pronoun(art, k) or relative or contrasted_subject(art, k) is not None \
        or opened_subject(art, k) is not None
    if not opens:
        return False
    phrase = art.phrase_at(sieves.after_addressee(art, k + 1, limit) if relative else k + 1, limit)
    if relative and phrase is None:
        # رئيس الحكومة فلان الذي أكد أنه: one who may speak, and what they said, a statement of its own
        # (not التضخم، الذي يتوقع أن ينخفض: the noun before is what was said about)
        head = sieves.antecedent(art, k)
        return head is not None and head_can_speak(art, head) and marker(art, k + 1, limit, strict=True) is not None
    return marker(art, phrase.last + 1 if phrase else k + 1, limit) is not None


def contrasted_subject(art: Article, k: int) -> int | None:
    """The token of إلا/غير when the verb at token k has its subject written before it, right after
    ، إلا أن (…، إلا أن المعلومات تؤكد أن; …، غير أن الوزارة قالت إن): another source, set against what
    came before."""
    toks = art.toks
    j = k - 1
    while j > 1 and k - j <= MAX_LOOKBACK_WORDS and toks[j].key and toks[j].key != "ان":
        j -= 1
    if j < 2 or j == k - 1 or toks[j].key != "ان" or toks[j - 1].key not in art.lex.grammar["contrast"] \
            or toks[j - 2].raw not in COMMAS \
            or any(sp.is_stop(art.lex, tok.key, tok.raw) for tok in toks[j + 1:k]):
        return None  # (إلا أن هناك ما يدعو إلى: what calls for it, no one)
    return j - 1


def opened_subject(art: Article, k: int) -> int | None:
    """The token of the conjunction opening a clause after a comma (لكن، بينما، وكان) when the verb at token
    k has its subject written between them (…، لكن ليبرمان أشار إلى أن; …، وكان مسؤول أفغاني قال إن):
    another source's statement, set against or after what came before."""
    toks = art.toks
    j = k - 1
    while j > 1 and k - j <= MAX_LOOKBACK_WORDS and toks[j].key and toks[j].key not in art.lex.grammar["clause_opener"]:
        j -= 1
    if j < 1 or j >= k - 1 or toks[j].key not in art.lex.grammar["clause_opener"] or toks[j - 1].raw not in COMMAS \
            or toks[j].quote != -1:
        return None
    phrase = art.phrase_at(j + 1, k)
    if phrase is None or phrase.last != k - 1 or sp.is_stop(art.lex, toks[j + 1].key, toks[j + 1].raw):
        return None
    return j


def head_can_speak(art: Article, head: sp.Phrase) -> bool:
    """Can the noun a relative pronoun refers to speak: a person or a body, or a name in it after the
    words before (تنفيذا لتعليمات الملك فلان)?"""
    name = sp.Phrase(head.name_first, head.last, head.name_first)
    return mentions.is_entity(art, head) or (head.name_first <= head.last and mentions.is_entity(art, name))


def main_clause(art: Article, found: tuple[str, int] | None) -> bool:
    """Does the content clause found open with فإن after a comma? After a clause of condition or
    concession that is the sentence's main clause (وفي حال أقر الاتحاد الخطة، فإن البطولة …; ومع أن فلانا
    صعد، معتبرا إياها خطرا، فإن البيت الأبيض …), no content of the cue's, unless the cue is a verb set
    apart between commas (ولهذا الغرض، يضيف المتحدث، فإن …)."""
    toks = art.toks
    return found is not None and found[0] == "clause" and found[1] >= 2 \
        and toks[found[1] - 1].key[:1] == "ف" and toks[found[1] - 2].raw in COMMAS


def opens_quote(art: Article, j: int, limit: int) -> bool:
    """Does a quotation open at token j (its opening mark)?"""
    toks = art.toks
    return j + 1 < limit and toks[j].quote == -1 and toks[j + 1].quote != -1 \
        and art.doc.spans[toks[j + 1].quote].open_mark == toks[j].start


def _opens_with_pronoun(art: Article, k: int) -> bool:
    """…، لكنه أكد أن، …، إلا أنها قالت: after a comma, a conjunction carrying the subject's pronoun opens
    a clause of its own before the cue at token k (not كأنه، وكأنها: "as if", no statement); "but" does
    even with no comma (… العمل لكنه أكد أن)."""
    toks = art.toks
    if k < 2 or not sieves.pronoun_before(art, k):
        return False
    key = toks[k - 1].key
    return (toks[k - 2].raw in COMMAS and not key.startswith(tuple(art.lex.grammar["hypothetical"]))) \
        or sieves.without_subject_pronoun(key) in art.lex.grammar["but"]


def opens_own_statement(art: Article, k: int, limit: int) -> bool:
    """Does a cue verb with a subject of its own, and its own content, stand at token k?"""
    toks = art.toks
    cue = cue_of(art.lex, toks[k].key)[0] if toks[k].quote == -1 else None
    if cue is None or cue.kind != "verb" or cues.strict_at(art, k):
        return False
    phrase = art.phrase_at(k + 1, limit)
    return phrase is not None and marker(art, phrase.last + 1, limit) is not None


def after_fronted_phrase(art: Article, k: int) -> bool:
    """Does token k follow a short prepositional phrase opening a new clause after a comma
    (، وفي هذا الإطار يقول ...)?"""
    toks = art.toks
    j, words = k - 1, 0
    while j > 0 and (toks[j].key or toks[j].raw in MARKS):  # (، وفي تصريح لصحيفة "عكاظ" قال: a quoted name)
        if toks[j].key:
            words += 1
            if words > MAX_FRONTED_WORDS:
                break
        j -= 1
    return toks[j].raw in COMMAS and j + 1 < k and toks[j + 1].key in art.lex.grammar["fronting"]


def clause_end(art: Article, s: int, sentences: bool = True, one_word: bool = False, gender: str = "p",
               aside: str = "") -> int:
    """Token index where content starting at token s ends: where another statement begins
    (، مضيفاً أن ...، وأضاف أن ...، بحسب ...), or the sentence's end (``sentences``; speech
    after a colon runs on to the end of its paragraph). ``one_word``: the content may be a single
    word, a cue with its و/ف right after it then beginning another statement (ونددت الوزارة
    بالاعتداء وقالت إن …). ``gender``: the speaker's (m, f; p when not told), whose next act a verb of
    another gender is not, with no subject of its own after it (قال إن الوزارة اعترفت بخطئها، ووعدت بإرجاع …:
    the ministry's promise, said; but …، وأبدت الجماهير مخاوفها: the fans', another clause). ``aside``:
    the cue is in a relative clause put between commas into a sentence opened by a verb (``cue`` or
    ``verb``: :func:`_in_relative_aside`), which ends at the comma after which the main clause goes on."""
    toks, keys, triggers = art.toks, art.doc.keys, art.lex.triggers
    framing, as_reported = art.lex.grammar["writers_framing"], art.lex.grammar["as_reported"]
    limit = art.para_end[s] if s < len(toks) else s
    ends, raws, stops = art.doc.sentence_ends, art.doc.raws, art.lex.content_stops
    k = s
    while k < limit:
        if not (ends[k] or keys[k] in stops or raws[k - 1] in COMMAS):
            k += 1  # (every test below is of a sentence end, a word after a comma or one of these words)
            continue
        if sentences and ends[k]:
            if toks[k].raw in MARKS:
                k += 1  # "… التقدم." وكانت: the closing mark of a quotation that ends its sentence is the content's
            break
        if k > s + 1:
            tok, key = toks[k], keys[k]
            if aside and toks[k - 1].raw in COMMAS and _aside_ends_before(art, k, aside, k - s):
                k -= 1  # …، أن …: the content of the cue the sentence opens with; …، صورة: the verb's object
                break
            if toks[k - 1].raw in COMMAS:
                if k + 1 < limit and (key, keys[k + 1]) in framing:
                    k -= 1  # ...، وذلك في تعليق على الأحداث: the article's own words again
                    break
                if tok.raw[:1] == "و" and sieves.coordinate_subject(art, k, limit) is not None:
                    k -= 1  # …، ويؤيد المواطن فلان الرأي: another person's clause
                    break
                if tok.quote == -1 and how_it_was_said(art, tok):
                    k -= 1  # …، مستعرضاً جهود الأهالي، مشيراً للزيارات: how the speaker went on, not what was said
                    break
                if key in triggers and tok.quote == -1 and _goes_on_with_verb(art, k) \
                        and (gender == "p" or mentions.verb_gender(key) in (gender, "p")
                             or (k + 1 < limit and sp.is_definite(toks[k + 1]))):
                    k -= 1  # …، ودعت الأطفال إلى الاستفادة: what the speaker did next, not what was said
                    break
            if key in triggers and tok.quote == -1 and _participle_on(art, k, limit):
                break  # … والمقاييس مشيراً للزيارات المتكررة: the speaker goes on to what the participle is about
            if key in as_reported and k + 1 < limit and cues.is_verb_cue(art, keys[k + 1]):
                while k > s and toks[k - 1].raw in COMMAS:
                    k -= 1  # …، كما ذكرت وكالة رويترز: the source of what came before
                break
        if (k > s + 1 or (k > s and one_word and has_conjunction(keys[k]))) and keys[k] in triggers \
                and starts_new_statement(art, k, limit):
            if toks[k - 1].key in art.lex.grammar["relative"]:
                # …، في الوقت الذي قال فيه: the statement before ends at the comma, else at the pronoun
                k -= 1
                k = next((j for j in range(k - 1, max(s, k - MAX_RELATIVE_HEAD_WORDS - 1), -1)
                          if toks[j].raw in COMMAS), k)
            elif after_fronted_phrase(art, k):
                while k > s and toks[k - 1].raw not in COMMAS:
                    k -= 1  # ، وفي هذا الإطار يقول: the phrase belongs to the next statement
            if toks[k - 1].key in art.lex.grammar["on_ones_part"]:
                k -= 2 if toks[k - 2].key in ("من", "ومن") else 1  # من جهته يقول: the next speaker's
            elif sieves.pronoun_before(art, k):
                k -= 2 if toks[k - 1].key.startswith("ان") else 1  # لكنه أكد، إلا أنه قال: the next clause's
            elif (contrast := contrasted_subject(art, k)) is not None:
                k = contrast  # …، إلا أن المعلومات تؤكد أن: another source's statement
            elif (opener := opened_subject(art, k)) is not None:
                k = opener  # …، لكن ليبرمان أشار إلى أن: another source's statement
            while k > s and (toks[k - 1].raw in COMMAS or toks[k - 1].key in art.lex.grammar["clause_opener"]):
                k -= 1
            break
        k += 1
    return k


def _goes_on_with_verb(art: Article, k: int) -> bool:
    """Is token k a cue verb in the past with its و, after a comma: the speaker's next act, told by the
    writer (…، ودعت الأطفال إلى، وتعهد اتخاذ)? (In the present, ويعتبر، وتؤكد, it goes on with what
    was said.)"""
    key = art.toks[k].key
    cue, prefixed = cue_of(art.lex, key)
    if cue is None or not prefixed or cue.kind != "verb" or art.toks[k].raw[:1] != "و" or cues.strict_at(art, k):
        return False
    verb, lemma = key[1:], cue.lemma_key
    present = verb[:1] == "ي" or (verb[:1] == "ت" and (not lemma.startswith("ت") or verb.startswith("تت")))
    return not present


def _participle_on(art: Article, k: int, limit: int) -> bool:
    """Is token k a cue's participle followed by its own preposition (مشيراً إلى، مشيراً للزيارات،
    منوهاً بدور): what the speaker went on to, even with no comma before?"""
    key = art.toks[k].key
    cue = cue_of(art.lex, key)[0]
    if cue is None or cue.kind != "participle" or not key.endswith("ا") or k + 1 >= limit:
        return False  # (accusative: not مطالبة بـ, an adjective)
    after = art.toks[k + 1].key
    return after in cue.heads or (len(after) > 3 and (
        (after[:1] == "ل" and "الي" in cue.heads) or (after[:1] == "ب" and "ب" in cue.heads)))


def how_it_was_said(art: Article, tok: Token) -> bool:
    """A participle of a cue (مشيراً، مؤكدةً) or of state (مستعرضاً، متسائلاً): after a comma, the speaker
    goes on, and what was said before has ended."""
    if sp.is_of_state(art.lex, tok.key):
        return True
    cue = cue_of(art.lex, tok.key)[0]
    return cue is not None and cue.kind == "participle"


def typed(art: Article, start: int, end: int) -> tuple[int, int, str]:
    """Type a content clause by its quotation marks; a fully quoted clause is direct."""
    spans = art.doc.spans
    inside = [spans[k] for k in range(bisect_left(art.span_opens, start), bisect_left(art.span_opens, end))
              if spans[k].end <= end]
    if len(inside) == 1:
        span = inside[0]
        outside = art.text[start:span.open_mark] + art.text[span.outer_end:end]
        if not any(ch.isalnum() for ch in outside):
            return span.start, span.end, "direct"
    if any(not is_quoted_name(art, s) and (len(art.text[s.start:s.end].split()) >= MIN_MIXED_QUOTE_WORDS
                                            or is_quoted_word_of_speech(art, s)) for s in inside):
        return start, end, "mixed"
    return start, end, "indirect"


def is_quoted_word_of_speech(art: Article, span) -> bool:
    """A single quoted word that is the speaker's own (يعد "إيجابياً"، "استشهدوا"، بشكل "مفضوح")
    rather than a name or a term the article uses itself: one the article never writes without
    quotation marks, and not one of a list of quoted names ("أبل" و"سامسونغ")."""
    words_inside = art.text[span.start:span.end].split()
    if len(words_inside) != 1 or not fold(words_inside[0]).isalpha():
        return False
    after = art.text[span.outer_end:span.outer_end + 3].lstrip()
    before = art.text[max(0, span.open_mark - 3):span.open_mark].rstrip()
    if (after[:1] == "و" and after[1:2] in MARKS) or before.endswith(("و", "لـ", "ل")):
        return False  # انضممن لـ"داعش": a name after a preposition
    key = fold(words_inside[0])
    return not any(art.toks[k].quote == -1 for k in art.where(key))


def is_quoted_name(art: Article, span) -> bool:
    """A quoted name or title (تنظيم «جبهة النصرة»، شركة «العربية للطيران») rather than quoted
    words of the speaker's: after an organisation, title or document noun, or opening with one."""
    words_inside = fold(art.text[span.start:span.end]).split()
    if not words_inside or len(words_inside) > MAX_NAME_QUOTE_WORDS:
        return False
    before = art.text[max(0, span.open_mark - 40):span.open_mark].split()
    previous = without_article(fold(before[-1])) if before else ""
    if previous.startswith("ل") and art.lex.kind_of(previous[1:]) is not None:
        previous = previous[1:]
    if names_next(art, previous) or previous in art.lex.naming:
        return True
    first = without_article(words_inside[0])
    if art.lex.kind_of(first) in NAMING_KINDS or first in art.lex.naming:
        return True  # «الصندوق الوطني …»، «ملتقى أمن وسلامة الآثار»
    return art.quoted_texts.get(" ".join(words_inside), 0) > 1  # «العربية للطيران» again and again


def names_next(art: Article, key: str) -> bool:
    """Is this word (without ال) an organisation, title, source or document noun, after which a
    short quote is a name: صحيفة «...»، رئيس «...»، بيان «...»?"""
    return art.lex.kind_of(key) in NAMING_KINDS or key in art.lex.nouns


def emit_content(art: Article, hit: Hit, speaker: Speaker, found: tuple[str, int], rule_prefix: str) -> bool:
    kind, at = found
    toks = art.toks
    if kind == "quote":
        span = art.doc.spans[at]
        art.used_spans.add(at)
        ok = art.add(span.start, narration_inside(art, span.start, span.end), "direct", hit, speaker,
                     rule_prefix + rules.QUOTE_SUFFIX)
        follow_quotes(art, at, hit, speaker)
        return ok
    if kind == "colon":
        limit = art.para_end[at]
        nxt = at + 1
        mark = nxt
        while mark < limit and toks[mark].raw in MARKS and toks[mark].quote == -1:
            mark += 1  # the opening mark (two of them for ''…'')
        if mark < limit and toks[mark].quote != -1:
            return emit_content(art, hit, speaker, ("quote", toks[mark].quote), rule_prefix)
        if nxt >= limit:
            return colon_at_paragraph_end(art, hit, speaker, at, rule_prefix)
        if opens_own_statement(art, nxt, limit):
            return False  # عن فلان قال: قال رسول الله: «…»: what follows the colon is someone else's statement
        if (close := _bracket_close(art, nxt, limit)) is not None:
            # حين قالوا: ( إسلاميون!!، دعونا من هذا اللفظ ) هم يدرون …: brackets used as quotation marks
            return art.add(toks[nxt + 1].start, toks[close - 1].end, "direct", hit, speaker,
                           rule_prefix + rules.COLON_SUFFIX)
        # speech after a colon runs to the paragraph's end; after a quotation mark that is never
        # closed (وتابع: "قمت ... وجديدها. ودعا ...) to the end of its sentence
        end_tok = clause_end(art, nxt, sentences=toks[nxt].raw in MARKS)
        # وقال: إنه لم يكن موجوداً، وأضاف: أن مهمته ...: a reported clause after the colon
        if toks[nxt].raw in art.lex.grammar["reported_opener"] and nxt + 1 < end_tok:
            return art.add(toks[nxt + 1].start, toks[end_tok - 1].end, "indirect", hit, speaker,
                            rule_prefix + rules.COLON_SUFFIX)
        return art.add(toks[nxt].start, toks[end_tok - 1].end, "direct", hit, speaker, rule_prefix + rules.COLON_SUFFIX)
    if at >= len(toks) or toks[at].para != toks[hit.first].para:
        return False
    end_tok = clause_end(art, at, gender=hit.cue.gender if hit.cue is not None and hit.cue.kind == "verb" else "p",
                         aside=_in_relative_aside(art, hit.first))
    if end_tok <= at:
        return False
    start, end, type_ = typed(art, toks[at].start, toks[end_tok - 1].end)
    return art.add(start, end, type_, hit, speaker, rule_prefix + rules.CLAUSE_SUFFIX)


def _in_relative_aside(art: Article, i: int) -> str:
    """Is the cue at token i the verb of a relative clause after a comma, in a sentence opened by a verb:
    a clause put in, the main one going on after it? ``cue`` when that verb is a cue (وقالت الشركة، التي
    تتابع …، إنها …), ``verb`` when it is another verb (كشفت فلانة، التي تزعم أنها …، صورة …), else ""."""
    toks, relative = art.toks, art.lex.grammar["relative"]
    if i < 2 or toks[i - 2].raw not in COMMAS or without_conjunction(toks[i - 1].key) not in relative:
        return ""
    first = art.sentence_bounds(i)[0]
    while first < i and not toks[first].key:
        first += 1
    opener = without_conjunction(toks[first].key)
    if first >= i - 2 or art.lex.is_noun(opener):
        return ""
    return "cue" if cues.is_verb_cue(art, toks[first].key) else "verb" if art.lex.is_verb(opener) else ""


def _aside_ends_before(art: Article, k: int, aside: str, words: int) -> bool:
    """Does the relative clause put in end at the comma before token k: the opening cue's content there
    (…، أن …، …، «…»), or, in a sentence opened by another verb and after a few words, that verb's object, a
    common noun that is no name (…، صورة تقريبية …، دعوته إلى …)?"""
    tok, lex = art.toks[k], art.lex
    if aside == "cue" and tok.key[:1] != "ف" and (tok.key in lex.grammar["complementizer"] or tok.raw in OPENERS):
        return True
    bare = sp.bare_stem(tok.key)
    return words > MIN_ASIDE_WORDS and tok.quote == -1 and tok.raw[:1] not in "وف" \
        and (lex.is_noun(bare) or sp.is_possessed(lex, tok)) \
        and lex.kind_of(tok.key) is None and lex.kind_of(bare) is None and tok.key not in lex.given_names \
        and not lex.is_verb(tok.key)


def _bracket_close(art: Article, k: int, limit: int) -> int | None:
    """The token of the bracket that closes one opening at token k, in its paragraph, with words between."""
    toks = art.toks
    if toks[k].raw != "(":
        return None
    depth = 0
    for j in range(k, limit):
        depth += (toks[j].raw == "(") - (toks[j].raw == ")")
        if depth == 0:
            return j if j > k + 1 else None
    return None


def narration_inside(art: Article, start: int, end: int) -> int:
    """Where the words quoted in [start, end) end: at a comma and a cue participle inside the marks
    («… رقاب المبدعين،معربا عن دهشته …»), the writer's narration with its closing mark misplaced (a
    speaker never says مؤكداً of himself); else ``end``."""
    toks = art.toks
    k = bisect_left(art.starts, start)
    while k + 1 < len(toks) and toks[k + 1].start < end:
        if toks[k].raw in COMMAS and k > 0 and toks[k - 1].start >= start:
            cue = art.lex.cues.get(toks[k + 1].key)
            if cue is not None and cue.kind == "participle":
                return toks[k].start
        k += 1
    return end


def colon_at_paragraph_end(art: Article, hit: Hit, speaker: Speaker, at: int, rule_prefix: str) -> bool:
    """يقول الشاعر:⏎«...»: the speech is the next paragraph (its quote, or all of it)."""
    toks = art.toks
    nxt = at + 1
    if nxt >= len(toks) or toks[nxt].para != toks[at].para + 1:
        return False
    if toks[nxt].raw in MARKS and nxt + 1 < len(toks) and toks[nxt + 1].quote != -1:
        return emit_content(art, hit, speaker, ("quote", toks[nxt + 1].quote), rule_prefix)
    limit = art.para_end[nxt]
    if limit - nxt > MAX_COLON_PARAGRAPH_TOKENS:
        return False
    return art.add(toks[nxt].start, toks[limit - 1].end, "direct", hit, speaker, rule_prefix + rules.COLON_SUFFIX)


def follow_quotes(art: Article, k: int, hit: Hit, speaker: Speaker) -> None:
    """Quotes that follow span k in its paragraph with no new cue between: the same speaker."""
    spans = art.doc.spans
    n = k + 1
    while n < len(spans):
        prev, span = spans[n - 1], spans[n]
        if prev.close_mark is None:
            break
        gap = art.text[prev.outer_end:span.open_mark]
        if "\n" in gap or any(ch.isalnum() for ch in gap) or art.span_words(n) < MIN_QUOTE_WORDS:
            break
        art.used_spans.add(n)
        art.add(span.start, span.end, "direct", hit, speaker, rules.QUOTE_CONTINUED)
        n += 1


def quote_before(art: Article, i: int) -> int | None:
    toks = art.toks
    j = i - 1
    while j >= 0 and toks[j].para == toks[i].para and (toks[j].raw in COMMAS or toks[j].raw in DASHES):
        j -= 1
    if j < 0 or toks[j].para != toks[i].para or toks[j].raw not in MARKS:
        return None
    if j > 0 and toks[j - 1].quote != -1:
        span = toks[j - 1].quote
        if span not in art.used_spans and art.span_words(span) >= MIN_QUOTE_WORDS \
                and stands_alone(art, span):
            return span
    return None


def stands_alone(art: Article, k: int) -> bool:
    """Does quote k open its paragraph or sentence (not a phrase quoted inside one)?"""
    open_mark = art.doc.spans[k].open_mark
    before = art.text[art.doc.paragraphs[art.para_of(open_mark)][0]:open_mark]
    tail = before.rstrip()
    return not tail or tail[-1] in ".!?؟:;؛-–—" or tail.endswith("..")


def quoted_object(art: Article, hit: Hit, cue: Cue, speaker: Speaker, k: int, limit: int, rule_prefix: str) -> bool:
    """What was demanded, expressed or called for, when it quotes the speaker: the verb's own
    complement and what follows it (طالبت الأسرة بتشكيل لجنة للتحقيق في "موته"، أعربت عن قلقها من
    عمليات "غير مشروعة"), or a common noun a verb of speech governs with a quote soon after it (أبدى تمسكه
    «بالاتفاق»). Without quoted words such an object is not a statement."""
    toks = art.toks
    heads = cue.heads & OBJECT_COMPLEMENTS
    def is_complement(j: int) -> bool:  # بالتدخل، بتشكيل، بمزيد، باتخاذ، عن
        key = toks[j].key
        return key in heads or ("ب" in heads and sp.is_ba_verbal_noun(key))

    if heads and k < limit and toks[k].raw in COMMAS:
        # past parentheticals between commas: طالبت الأسرة، في أول بيان لها، في 2 أكتوبر، بتشكيل …
        b = art.sentence_bounds(k)[1]
        k = next((j for j in range(k + 1, min(b, k + MAX_PARENTHETICAL_TOKENS))
                  if toks[j - 1].raw in COMMAS and is_complement(j)), limit)
    while k < limit and toks[k].key in art.lex.grammar["time_adverb"]:
        k += 1  # (أعرب الأحد عن ارتياحه، أكد اليوم الأحد رفضه: when, then what)
    # a verb of speech may also govern a common noun directly (أبدى تمسكه «…»); not a form that is also
    # another word and takes its content with a preposition (عبّر عن: عبر is also "via"), nor a participle
    # after a number (عدد 62 متهما: a noun)
    direct = cue.verb_class == "speech" and not cues.is_noun_form(art, hit.first) \
        and not (cues.strict_at(art, hit.first) and cue.heads) and not (hit.first and toks[hit.first - 1].key.isdigit())
    complement = heads and k < limit and is_complement(k)
    if k >= limit or not (complement or (direct and _common_noun_object(art, k) and _quote_soon(art, k + 1, limit))):
        return False  # (the object comes right after the subject)
    end = clause_end(art, k, one_word=True)
    if end <= k:
        return False
    s, e, type_ = typed(art, toks[k].start, toks[end - 1].end)
    return type_ == "mixed" and art.add(s, e, type_, hit, speaker, rule_prefix + rules.OBJECT_SUFFIX)


def _quote_soon(art: Article, k: int, limit: int) -> bool:
    """Does a quote open within MAX_OBJECT_QUOTE_GAP words of token k, before any other cue or colon (وختم
    فلان حديثه بالقول: «…»: the quote is that cue's)?"""
    for tok in art.toks[k:min(limit, k + MAX_OBJECT_QUOTE_GAP)]:
        if tok.quote != -1:
            return True
        if tok.raw == ":" or (tok.key in art.lex.triggers and cue_of(art.lex, tok.key)[0] is not None):
            return False
    return False


def _common_noun_object(art: Article, k: int) -> bool:
    """Is token k a common noun the verb governs directly, outside quotation marks (أكد رفضه «…»، مؤكدا رفض
    عائلته «التهديدات»): no title, body, source, pronoun or name, which would be someone, and no
    function word?"""
    tok, lex = art.toks[k], art.lex
    if tok.quote != -1 or not tok.key or tok.key in lex.given_names:
        return False
    kind = lex.kind_of(tok.key) or lex.kind_of(without_article(tok.key))
    if kind is not None and kind != "stop":
        return False
    # (a verb's form right after the verb is its noun of action: مؤكدا رفض …; a stop word that is a noun
    # or verb form, رفض، دعم, may be one)
    return sp.is_possessed(lex, tok) or lex.is_noun(sp.bare_stem(tok.key)) or lex.is_verb(tok.key)


def as_reported(art: Article, hit: Hit, speaker: Speaker, after: int) -> bool:
    """…، كما ذكر صحافيون. / … حسبما ذكرت المحكمة: a cue after كما/حسبما whose subject ends
    the sentence credits the sentence before it."""
    toks = art.toks
    j = hit.first - 1
    if j < 0 or toks[j].key not in art.lex.grammar["as_reported"] or speaker.how != rules.SUBJECT \
            or cues.strict_at(art, hit.first):
        return False
    a, b = art.sentence_bounds(hit.first)
    if sum(1 for t in toks[after:b] if t.key) > MAX_TRAILING_WORDS:
        return False
    end = j - 1
    while end > a and (toks[end].raw in COMMAS or toks[end].raw in DASHES):
        end -= 1
    lead = [t for t in toks[a:end + 1] if t.key]
    if len(lead) < MIN_TRAILED_WORDS or any(cues.is_verb_cue(art, t.key) for t in lead):
        return False  # nothing before it, or another cue's statement holds the sentence
    s, e, type_ = typed(art, toks[a].start, toks[end].end)
    return art.add(s, e, type_, hit, speaker, rules.VERB_TRAILED)


def inserted(art: Article, hit: Hit, speaker: Speaker, after: int) -> bool:
    """أما بالنسبة للنتائج، يضيف وزير الداخلية، فلم يتم التوصل بها: a cue with its subject set
    between commas inside a sentence credits the sentence around it."""
    toks = art.toks
    j = hit.first - 1
    if j < 0 or toks[j].raw not in COMMAS or speaker.how != rules.SUBJECT or cues.strict_at(art, hit.first) \
            or has_conjunction(toks[hit.first].key):
        return False
    a, b = art.sentence_bounds(hit.first)
    if after + 1 >= b or toks[after].raw not in COMMAS or toks[after + 1].raw[:1] == "و":
        return False  # (…، أقر الرئيس فلان بوجود تهديد، وقال: a clause of its own follows)
    lead = [t for t in toks[a:j] if t.key]
    if len(lead) < MIN_TRAILED_WORDS or any(cues.is_verb_cue(art, t.key) for t in lead + toks[after + 1:b]):
        return False
    end = min(b, clause_end(art, after + 1)) - 1  # (…، مشيرا إلى أن: the next statement's)
    while end > after and not toks[end].key and toks[end].quote == -1 and toks[end].raw not in MARKS:
        end -= 1
    s, e, type_ = typed(art, toks[a].start, toks[end].end)
    return art.add(s, e, type_, hit, speaker, rules.VERB_INSERTED)


def reopened_quotes(art: Article) -> None:
    """A paragraph that opens with a quote and has no cue continues the last quoted speaker."""
    last_speaker: Speaker | None = None
    source: Statement | None = None  # the statement whose quote the paragraph continues
    last_para = -2
    by_para: dict[int, list[Statement]] = {}
    for st in art.statements:
        by_para.setdefault(art.para_of(st.start), []).append(st)
    for n, (pstart, pend) in enumerate(art.doc.paragraphs):
        own = by_para.get(n)
        if own:
            quoted = [st for st in own if st.type == "direct"]
            if quoted:
                last_speaker = Speaker(quoted[-1].speaker, quoted[-1].speaker_title,
                                        quoted[-1].speaker_start, quoted[-1].speaker_end, "p", rules.PREVIOUS)
                last_para = n
                source = quoted[-1]
            continue
        line = art.text[pstart:pend].lstrip()
        if last_speaker is None or source is None or n != last_para + 1 or not line or line[0] not in OPENERS:
            continue
        spans = list(range(bisect_left(art.span_opens, pstart), bisect_left(art.span_opens, pend)))
        if not spans or art.span_words(spans[0]) < MIN_QUOTE_WORDS:
            continue
        hit_tok = min(bisect_left(art.starts, source.cue_start), len(art.toks) - 1)
        hit = Hit(hit_tok, hit_tok, None, False)
        for k in spans:
            if art.span_words(k) >= MIN_QUOTE_WORDS:
                s = art.doc.spans[k]
                art.add(s.start, s.end, "direct", hit, last_speaker, rules.QUOTE_CONTINUED)
        last_para = n
