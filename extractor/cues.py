"""Cues: the reporting verbs, participles and attribution phrases of an article, and what kind of
word each cue form is where it stands (a verb, or a noun after a preposition; a form that is also
another word; a passive formula)."""

from __future__ import annotations

from itertools import compress

from .article import Article, Hit
from .lexicon import Cue, cue_of
from .limits import (
    COMPLEMENT_REACH,
    MAX_ATTACHED_SUBJECT,
    MAX_BYLINE_PARAGRAPH,
    MAX_BYLINE_WORDS,
    MAX_SENTENCE_TOKENS,
)
from .mentions import opens_clause
from .normalize import ATTACHED_PRONOUNS, has_conjunction, unmarked, without_conjunction
from .phrases import PREPOSITION_FORMS
from .quotes import OPENERS
from .tokens import Token

PRESENT_PREFIXES = "يت"  # the first letter of a present in the third person (يقول، تقول)

SHADDA, KASRA = "\u0651", "\u0650"  # بيّن: the verb, not the preposition (but بَيِّن: clear)


def hits(art: Article) -> list[Hit]:
    found: list[Hit] = []
    triggers = art.lex.triggers
    covered = -1  # the last token of an attribution phrase already found
    toks = art.toks
    for i in compress(range(len(toks)), map(triggers.__contains__, art.doc.keys)):
        tok = toks[i]
        if tok.quote != -1 or i <= covered:
            continue
        phrase_end = attribution_phrase_at(art, i)
        if phrase_end is not None:
            end, joined = phrase_end
            found.append(Hit(i, end, None, False, joined))
            covered = end
            continue
        cue, prefixed = cue_of(art.lex, tok.key)
        if cue is None:
            cue, prefixed = cue_of(art.lex, tok.key, art.lex.object_forms)
            if cue is not None and not describes_at(art, i):
                continue
        if cue is not None and not is_noun_form(art, i) and not is_preposition_at(art, i) \
                and not (i and toks[i - 1].key in art.lex.name_only_links and toks[i - 1].para == tok.para) \
                and not first_person(art, tok) and not byline_at(art, i) and not _other_word_by_ya(art, tok):
            found.append(Hit(i, i, cue, prefixed))  # (not after a name's link: علي بن طالب is a name)
    return found


def _other_word_by_ya(art: Article, tok: Token) -> bool:
    """Is a verb form of final ى written with ي (رأي، نفي) in an article that writes على and إلى with
    their ى: the noun (an opinion, a denial), not the verb (رأى، نفى)?"""
    return tok.raw.endswith("ي") and without_conjunction(tok.key) in art.lex.maqsura_forms \
        and art.doc.writes_maqsura


def byline_at(art: Article, i: int) -> bool:
    """Is the verb at token i a byline (كتب: فلان، كتبت ـ فلانة:), no statement: a byline verb opening
    one of the article's first paragraphs, a short one with no quotation and no content clause?"""
    toks = art.toks
    tok = toks[i]
    if tok.key not in art.lex.grammar["byline"] or (i and toks[i - 1].para == tok.para) or (
            tok.para > MAX_BYLINE_PARAGRAPH and len({t.para for t in toks[:i] if t.key}) > MAX_BYLINE_PARAGRAPH):
        return False  # (the paragraphs before it with words in them, the headlines: counted past empty ones)
    line = toks[i + 1:art.para_end[i]]
    return sum(1 for t in line if t.key) <= MAX_BYLINE_WORDS and all(
        t.quote == -1 and t.raw not in OPENERS and t.key not in art.lex.grammar["complementizer"] for t in line)


def first_person(art: Article, tok: Token) -> bool:
    """Is the cue form as written the first person of the present (أعتقد، أدعي، أعتبر): the form of a
    past that opens with an alef without hamza (اعتقد، ادعى), written with one? The writer's own view,
    no one's statement (a misspelt past, وأعتبرت النقابة، أعتقدوا, is no present form)."""
    return without_conjunction(tok.key) in art.lex.first_person and without_conjunction(unmarked(tok.raw))[:1] == "أ"


def is_present(cue: Cue, key: str) -> bool:
    """Is the verb form ``key`` (folded) of this cue a present (يقول، تشير، يتحدث), told by the prefix
    its past does not have (past تابع، present يتابع)?"""
    bare = without_conjunction(key)
    return bare[:1] in PRESENT_PREFIXES and (cue.lemma[:1] not in PRESENT_PREFIXES or bare[1:2] == cue.lemma[:1])


def writers_inference(art: Article, cue: Cue, i: int) -> bool:
    """Is the present cue at token i the verb of ما after a pronoun or a demonstrative (وهو ما يؤكد أن،
    وهذا ما يشير إلى أن: which is what shows that), of ما with من or ب on it (مما يؤكد أن), or of a
    demonstrative alone (وهذا يشير إلى أن: this shows that), the writer's inference, no one's statement?"""
    toks = art.toks
    if i < 1 or not is_present(cue, toks[i].key):
        return False
    if toks[i - 1].key in art.lex.grammar["which"]:
        return cue.gender == "m"
    if toks[i - 1].key not in art.lex.grammar["what"]:
        return not has_conjunction(toks[i].key) \
            and without_conjunction(toks[i - 1].key, shortest=2) in art.lex.grammar["demonstrative"]
    if i < 2 or cue.gender != "m":
        return False
    before = without_conjunction(toks[i - 2].key, shortest=2)  # (وهو: و on a two-letter word)
    return before in art.lex.grammar["demonstrative"] or art.lex.kind_of(before) == "pronoun"


def is_preposition_at(art: Article, i: int) -> bool:
    """Is the cue form at token i, also a preposition (بين), the preposition where it stands: written
    without the shadda that makes it the verb, and not opening a clause (نقارن بين الهلال والمريخ، ما بين،
    من بين; but ، بين فلان أن، كما بين الشريف أن) or, with و, after the same word in its sentence (بين
    الخيرين … وبين الحريصين)?"""
    tok = art.toks[i]
    bare = without_conjunction(tok.key)
    if bare not in art.lex.grammar["preposition"] or not is_strict(art, tok.key, tok.raw):
        return False
    if bare != tok.key:
        first = art.sentence_bounds(i)[0]
        return bare in art.doc.keys[max(first, i - MAX_SENTENCE_TOKENS):i]
    return not opens_clause(art, i) and art.toks[i - 1].key not in art.lex.grammar["clause_opener"]


def describes_at(art: Article, i: int) -> bool:
    """Does the verb carrying its object's pronoun at token i (ووصفه، اتهمها) say something of its
    object: بأن soon after it in its sentence (after its subject: ووصفه الوزير بأنه)? Not a noun: the
    pronoun written ة (طالبة, a student) or an object with لل after it (وصفهم للانقلاب, their description)."""
    toks = art.toks
    if toks[i].raw.endswith("ة") or (i + 1 < len(toks) and toks[i + 1].key.startswith("لل")):
        return False
    for k in range(i + 1, min(art.para_end[i], i + 1 + MAX_ATTACHED_SUBJECT)):
        if toks[k].key.startswith("بان"):
            return True
        if toks[k].quote != -1 or art.doc.is_sentence_end(k):
            return False
    return False


def is_noun_form(art: Article, i: int) -> bool:
    """Is the cue form at token i a noun, after a preposition in its paragraph (مع توقع، بعد إعلان، في رأي)?"""
    toks = art.toks
    return i > 0 and toks[i - 1].key in art.lex.grammar["noun_maker"] and toks[i - 1].para == toks[i].para


def attribution_phrase_at(art: Article, i: int) -> tuple[int, bool] | None:
    """(last token, ل joined to the source) of an attribution phrase starting at token i."""
    toks = art.toks
    head = toks[i].key
    candidates = art.lex.phrase_heads.get(head) or (
        art.lex.phrase_heads.get(head[1:]) if has_conjunction(head) else None)
    if not candidates:
        return None
    if i and toks[i - 1].key in art.lex.grammar["what"] and not has_conjunction(head) \
            and not (i >= 2 and without_conjunction(toks[i - 2].key) in art.lex.phrase_heads):
        return None  # إن أهم ما جاء في الدستور: what it says, read by the writer (not بحسب ما جاء في)
    if i and toks[i - 1].key in art.lex.grammar["relative"]:
        return None  # وهذا الوجوب، الذي ورد في النص: a relative clause about a noun, not its source
    for phrase in candidates:
        j = i
        for n, word in enumerate(phrase):
            if j >= len(toks) or not toks[j].key:
                break
            key = toks[j].key
            if n == 0 and key != word and len(key) > len(word) and has_conjunction(key):
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


def other_preposition(art: Article, cue: Cue, k: int) -> bool:
    """Does token k, right after a participle with a preposition of its own, hold another one: one
    governing a content clause (الآمال معلقة في أن), or one with a pronoun on it (تتخذ من المدينة مقرا
    لها: a seat, not أقر's ب)? Then the form is no cue. (Not where it was said: مؤكدا في بيان.)"""
    toks, grammar = art.toks, art.lex.grammar
    key = toks[k].key
    if not cue.heads or key in cue.heads or k + 1 >= len(toks):
        return False
    if key in grammar["preposition"]:
        return toks[k + 1].key in grammar["complementizer"]
    return key not in grammar["setting"] and key in PREPOSITION_FORMS and not key.startswith(tuple(cue.heads))


def is_verb_cue(art: Article, key: str) -> bool:
    """A reporting verb (not a participle, not a form that is also another word)."""
    cue = cue_of(art.lex, key)[0]
    return cue is not None and cue.kind == "verb" and not is_strict(art, key)


def is_impersonal(art: Article, key: str) -> bool:
    return key in art.lex.impersonal or (has_conjunction(key) and key[1:] in art.lex.impersonal)


def is_strict(art: Article, key: str, raw: str = "") -> bool:
    """Is the cue form also another common word (بين between, كتب books), its content then due at once?
    Not when written with a shadda and no kasra that make it the cue (``raw``: وبيّن)."""
    strict = art.lex.strict
    form = key if key in strict else key[1:] if has_conjunction(key) and key[1:] in strict else None
    return form is not None and not (SHADDA in raw and KASRA not in raw and form in art.lex.told_by_shadda)


def strict_at(art: Article, k: int) -> bool:
    """:func:`is_strict` for the cue form at token k, as written there."""
    tok = art.toks[k]
    return is_strict(art, tok.key, tok.raw)


def complement_follows(art: Article, cue: Cue, k: int, limit: int) -> bool:
    """Does the verb's own complement (عن for عبّر, على for ردّ) come within reach of token k?"""
    heads = set(cue.heads)
    heads |= {h + pronoun for h in heads for pronoun in ATTACHED_PRONOUNS}  # ردّ عليها
    return any(t.key in heads for t in art.toks[k:min(limit, k + COMPLEMENT_REACH)])
