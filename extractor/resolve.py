"""Mention resolution: short mentions take the fullest form the article gives."""

from __future__ import annotations

from bisect import bisect_left

from . import mentions, rules
from . import phrases as sp
from .article import Article
from .lexicon import cue_of, goes_on
from .limits import MAX_GIVEN_NAMES, MAX_MENTION_LOOKBACK, MAX_MENTION_PLACES, MAX_NAME_BEFORE_TITLE
from .models import Statement
from .normalize import fold, without_article, without_conjunction
from .tokens import COMMAS, Token


def resolve_mentions(art: Article) -> None:
    """Short mentions take the fullest form the article gives: a title alone (الوزير) the named
    holder of that title, an organisation's head noun alone (الصحيفة) its full name, "the same
    source" (المصدر ذاته) the source cited last in the same way, the speaker alone (يضيف المتحدث) who
    spoke last, a title alone after a verb that goes on (وأضاف المدرب البرتغالي) the person named who spoke
    right before, a partial name (عبد الرحمن) or a one-word name (ترامب) the fullest name that ends with
    it, among the speakers or, failing that, in the text. (الله for قال تعالى is no short mention.)"""
    for n, st in enumerate(art.statements):
        if st.speaker_start is None or st.speaker_end is None:
            continue
        if _the_same(art, st.speaker_start, st.speaker_end):
            # بحسب المصدر ذاته، وأضاف نفس المصدر، هذا المحامي: the one cited last with that noun in its name or
            # title, failing that (not after "this") the source cited last in the same way (a phrase, or a
            # verb), or, for "the same source" alone (ذات المصدر، المصدر نفسه; not المنظمة نفسها، نفس
            # الاستطلاع), the one cited last; failing those, the one the text described with the noun
            # (حسب ما أفاد به مصدر أمني … وأضاف نفس المصدر)
            noun, kind = _same_noun(art, st.speaker_start), st.rule.split("-")[0]
            earlier = next((e for e in reversed(art.statements[:n]) if noun in speaker_words(art, e)), None)
            if earlier is None and not _points_back(art, bisect_left(art.starts, st.speaker_start)):
                earlier = next((e for e in reversed(art.statements[:n]) if e.rule.split("-")[0] == kind), None) \
                    or (art.statements[n - 1] if n and _source_alone(art, st) else None)
            if earlier is not None:
                _resolved(art, st, earlier.speaker, earlier.speaker_title)
            elif (described := _described_before(art, noun, st.speaker_start)) is not None:
                _resolved(art, st, described, "")
            continue
        if st.speaker_title:
            continue
        before = art.statements[max(0, n - MAX_MENTION_LOOKBACK):n]
        fuller = fuller_mention(art, st, st.speaker_start, st.speaker_end, before)
        if fuller is None and before and (
                fold(st.speaker) in art.lex.grammar["last_speaker"]  # يضيف المتحدث: who spoke last
                or (fold(st.speaker.split()[0]) in art.lex.grammar["guest"]  # وأضاف ضيف بوليتيكا: if named
                    and _names_a_person(art, before[-1].speaker))):
            fuller = before[-1].speaker, before[-1].speaker_title
        if fuller is None and (last := _epithet_of(art, st)) is not None:
            fuller = last.speaker, last.speaker_title  # وقال مورينيو … وأضاف المدرب البرتغالي
        if fuller:
            _resolved(art, st, *fuller)
    full: dict[str, str] = {}
    namesakes: dict[str, list[tuple[int, str]]] = {}  # family name -> (where, full name) of each speaker
    titles: dict[str, str] = {}  # full name -> the first title it was given
    for st in art.statements:
        words = st.speaker.split()
        if len(words) >= 2:
            if st.speaker_title:
                titles.setdefault(st.speaker, st.speaker_title)
            key = fold(words[-1])
            if len(words) > len(full.get(key, "").split()) and not _governed_last(art, st.speaker):
                full[key] = st.speaker
            if _given_name(art, art.toks[bisect_left(art.starts, st.speaker_start or 0)]):
                namesakes.setdefault(key, []).append((st.speaker_start or st.start, st.speaker))
    first_names: dict[str, set[str]] = {}
    for name in full.values():
        if _plain_name(art, name):  # (not هادي للدفاع, read with what the verb was for)
            first_names.setdefault(fold(name.split()[0]), set()).add(name)
    in_text: dict[str, str] = {}
    for st in art.statements:
        words = st.speaker.split()
        fullest = full.get(fold(words[-1]), "").split() if words else []
        if 1 < len(words) < len(fullest) and not any(mark in w for w in fullest for mark in COMMAS) \
                and [fold(w) for w in fullest[-len(words):]] == [fold(w) for w in words]:
            name = " ".join(fullest)  # عبد الرحمن → رامي عبد الرحمن (and the title it was given)
            _resolved(art, st, name, st.speaker_title or titles.get(name, ""))
            continue
        if len(words) == 1 and not st.rule.endswith("/" + rules.SACRED) and fold(words[0]) != "الله":
            key = fold(words[0])  # (الله, taken by a dropped subject after قال تعالى, stays)
            # a given name (not a common noun such as الدائرة) may stand for the one full name it starts
            by_first = first_names.get(key, set()) if not key.startswith("ال") else set()
            ending = full.get(key, "")
            name = _namesake(namesakes.get(key, []), st.speaker_start) \
                or ending \
                or one_person(by_first)
            if not name:
                if words[0] not in in_text:
                    in_text[words[0]] = name_in_text(art, words[0], key)
                name = in_text[words[0]]
            if name:
                _resolved(art, st, name, st.speaker_title or titles.get(name, ""))


def one_person(names: set[str]) -> str:
    """The name, when the full names a given name opens are one person's: one name, or each the start
    of the longest (هالة صالح فقيها، هالة صالح فقيها وعاشقة التحدي): the shortest; else ""."""
    if not names:
        return ""
    shortest, longest = min(names, key=len), max(names, key=len)
    return shortest if all((longest + " ").startswith(name + " ") for name in names) else ""


def _governed_last(art: Article, name: str) -> bool:
    """Is a speaker's last word governed by a preposition before it (عضو في وفد تيلرسون) or a common noun
    hanging on a noun with one (جماعة … لحقوق المرأة): what a body is for, no family name a one-word
    mention (المرأة) could stand for? (A place there, السلطات المحلية لإقليم زاكورة, is the body's name:
    زاكورة alone may stand for it.)"""
    words = name.split()
    if any(fold(word) in sp.PREPOSITION_FORMS for word in words[1:-1]):
        return True  # عضو في وفد تيلرسون: a member of his delegation, not تيلرسون
    if len(words) < 2 or not fold(words[-1]).startswith("ال"):
        return False
    word = fold(words[-2])
    return word.startswith(("لل", "بال")) or (
        word[:1] in ("ل", "ب") and word not in art.lex.given_names and art.lex.is_noun(word[1:]))


def _plain_name(art: Article, name: str) -> bool:
    """Does a speaker's name read as a person's full name: no word after the first with a preposition
    and the article, and the article only on the last word, after a name link or as a compound given
    name's second word (not هادي للدفاع، أبومازن فكرة الدولة ذات الحدود)?"""
    grammar = art.lex.grammar
    words = [fold(word) for word in name.split()]
    return not any(
        word.startswith(("لل", *sp.PREPOSITIONAL))
        or (word.startswith("ال") and n < len(words) - 1 and words[n - 1] not in grammar["name_link"]
            and word not in grammar["name_second"])
        for n, word in enumerate(words[1:], 1))


def _namesake(named: list[tuple[int, str]], at: int | None) -> str:
    """Of two people or more with the same family name (راندي زوكربرج، مارك زوكربرج), the one named
    last before offset ``at``; "" when only one is named (the fullest name of all is taken then)."""
    if len({name for _, name in named}) < 2 or at is None:
        return ""
    before = [name for where, name in named if where < at]
    return before[-1] if before else named[0][1]


def _the_same(art: Article, speaker_start: int, speaker_end: int) -> bool:
    """Is the speaker "the same one": followed by a reflexive (المصدر نفسه، الوكالة ذاتها) or after
    ذات/نفس (ذات المصدر، نفس المتحدث)?"""
    k = bisect_left(art.starts, speaker_end)
    if k < len(art.toks) and sp.is_reflexive(art.lex, art.toks[k]):
        return True
    first = bisect_left(art.starts, speaker_start)
    return first + 1 < k and _same_word(art, first)


def _same_word(art: Article, k: int) -> bool:
    """Does token k say "the same" or "this" before its noun (ذات المصدر، نفس المتحدث، هذا المحامي)?"""
    return art.toks[k].key in art.lex.grammar["the_same"] or _points_back(art, k)


def _points_back(art: Article, k: int) -> bool:
    """Is token k "this" before a title, a body or a source noun (هذا المحامي، هذه المنظمة; not هذا الأخير, the
    one named last, whoever spoke, nor هذا القرار، هذه الدراسة)?"""
    toks, grammar = art.toks, art.lex.grammar
    if k + 1 >= len(toks) or toks[k].key not in grammar["demonstrative"] or toks[k + 1].key in grammar["last_named"]:
        return False
    bare = without_article(toks[k + 1].key)
    return art.lex.kind_of(bare) in ("title", "org", "source")


def _described_before(art: Article, noun: str, before: int) -> str | None:
    """The indefinite phrase the text last headed with ``noun`` before offset ``before``, outside quotes,
    when it says more than the noun (مصدر أمني، مركز البحث في علم الفلك), not itself "the same one": whom
    "the same source" means when no statement named it."""
    toks = art.toks
    places = art.mentions(noun)
    for k in reversed(places[:bisect_left(places, bisect_left(art.starts, before))]):
        same = (k and _same_word(art, k - 1)) \
            or (k + 1 < len(toks) and sp.is_reflexive(art.lex, toks[k + 1]))
        if toks[k].quote != -1 or same:
            continue
        if sp.is_definite(toks[k]):
            return None  # (a mention with the article refers back itself: the description is indefinite)
        phrase = art.phrase_at(k)
        if phrase is not None and phrase.last > phrase.first and not sp.is_reflexive(art.lex, toks[phrase.last]):
            return art.text[toks[k].start:toks[phrase.last].end]
        return None
    return None


def _source_alone(art: Article, st: Statement) -> bool:
    """Is a statement's speaker an unnamed source and nothing else (المصدر، ذات المصدر، المصادر)?"""
    words = [tok for tok in art.toks[bisect_left(art.starts, st.speaker_start):
                                     bisect_left(art.starts, st.speaker_end)] if tok.key]
    if words and _same_word(art, bisect_left(art.starts, st.speaker_start)):
        words = words[1:]
    return len(words) == 1 and art.lex.kind_of(without_article(words[0].key)) == "source"


def _same_noun(art: Article, speaker_start: int) -> str:
    """The noun "the same" goes with (المصدر in المصدر ذاته and in ذات المصدر), bare, as speaker_words reads it."""
    k = bisect_left(art.starts, speaker_start)
    if _same_word(art, k) and k + 1 < len(art.toks):
        k += 1
    bare = without_article(art.toks[k].key)
    return art.lex.same_title.get(bare, bare)


def _resolved(art: Article, st: Statement, speaker: str, title: str) -> None:
    if art.trace is not None and speaker != st.speaker:
        art.explained.setdefault(id(st), []).append(f"resolved: «{st.speaker}» is «{speaker}»")
    st.speaker, st.speaker_title = speaker, title


def speaker_words(art: Article, st: Statement) -> frozenset[str]:
    """The bare folded words of a statement's speaker and title (cached per speaker)."""
    key = (st.speaker, st.speaker_title)
    if key not in art._speaker_words:
        same = art.lex.same_title
        bares = (without_article(fold(w)) for w in f"{st.speaker_title} {st.speaker}".split())
        art._speaker_words[key] = frozenset(same.get(bare, bare) for bare in bares)
    return art._speaker_words[key]


def fuller_mention(art: Article, st: Statement, speaker_start: int, speaker_end: int,
                   before: list[Statement]) -> tuple[str, str] | None:
    toks = [k for k in range(bisect_left(art.starts, speaker_start), bisect_left(art.starts, speaker_end))
            if art.toks[k].key]
    if not toks:
        return None
    head = art.toks[toks[0]].key
    bare = without_article(head)
    if art.lex.nouns.get(bare) == "document" and len(toks) <= 3:
        issuer = mentions.issuer_in_text(art, bare, toks)
        if issuer is None:
            return None
        # (وتابعت الوزارة في بيانها … وجاء في البيان: the ministry as the statement it spoke in was resolved)
        said = next((e for e in reversed(before) if e.speaker_start == issuer.start), None)
        return (said.speaker, said.speaker_title) if said is not None else (issuer.text, issuer.title)
    kind = art.lex.kind_of(bare) or art.lex.kind_of(head)
    if kind not in ("title", "org", "source") or (kind == "org" and len(toks) > 2) \
            or (kind == "source" and (len(toks) > 1 or not head.startswith("ال"))) or head in art.lex.grammar["one_of"]:
        return None  # (المصدر alone is the source cited before: مصدر أمني أوروبي)
    wanted = set()
    for w in st.speaker.split():  # the title's words, up to where it says where (في الهيئة ...)
        key = fold(w)
        if sp.is_stop(art.lex, key, w):
            break
        wanted.add(art.lex.same_title.get(without_article(key), without_article(key)))
    ours = _nisbas(st.speaker)
    for earlier in reversed(before):  # the holder named earlier with this title
        known = speaker_words(art, earlier)
        head_words = earlier.speaker.split()[:1]
        if kind == "org" and (not head_words or without_article(fold(head_words[0])) != bare):
            continue  # منظمة التحرير is not أمين سر منظمة التحرير فلان
        if earlier.speaker != st.speaker and all(any(k.startswith(w) for k in known) for w in wanted):
            return earlier.speaker, earlier.speaker_title
    best: tuple[str, str] | None = None  # the nearest full mention
    whole: tuple[str, str] | None = None  # the nearest whose title has every word of the speaker's
    places = art.mentions(bare)
    here = bisect_left(places, toks[0])
    for k in places[max(0, here - MAX_MENTION_PLACES):here + MAX_MENTION_PLACES]:
        tok = art.toks[k]  # the nearest full mention in the text, before if any
        if tok.quote != -1 or k in toks:
            continue
        phrase = art.phrase_at(k)
        if phrase is None:
            continue
        if kind == "org":
            last = _org_name_end(art, phrase)
            named = {t.key for t in art.toks[phrase.first:last + 1]}
            names = [t for t in toks[1:] if not sp.is_definite(art.toks[t])]  # جينز, not الأممية
            if last - phrase.first + 1 > len(toks) and all(art.toks[t].key in named for t in names):
                best = (art.text[tok.start:art.toks[last].end], "")  # مجموعة جينز → … جينز للمعلومات
        elif phrase.name_first <= phrase.last and not _common_nouns(art, phrase.name_first, phrase.last) \
                and _reads_as_a_name(art, phrase) and sp.refusal(art.doc, art.lex, phrase.name_first) is None:
            phrase = mentions.without_object(art, phrase)  # (قررت الممثلة فلانة التخلي عن: the object)
            (s, e), title = sp.split(art.doc, phrase, art.lex)
            theirs = _nisbas(title)
            if not (theirs and ours and not theirs & ours):  # (الرئيس الفرنسي is not الرئيس الأمريكي)
                best = (art.text[s:e], title)
                if len(wanted) > 1 and _same_title(art, wanted, phrase):
                    whole = best  # (الممثلة المصرية: الممثلة المصرية فلانة, not a nearer الممثلة المعتزلة)
        elif (holder := name_before(art, k)) is not None and _same_title(art, wanted, phrase):
            # الدكتور محمود عيسي وزير الصناعة …: the holder named right before the title
            (s, e), title = holder, art.text[tok.start:art.toks[phrase.last].end]
            best = (art.text[s:e], title)
        elif best is None and len(toks) == 1 and sp.is_definite(art.toks[toks[0]]) \
                and phrase.last > phrase.first and not sp.is_definite(tok):
            # المسؤول: the unnamed official described earlier (مسؤول كبير بحزب العدالة والتنمية)
            unnamed = (art.text[tok.start:art.toks[phrase.last].end], "")
            if tok.start < speaker_start:
                best = unnamed
        if best and tok.start > speaker_start:
            break
    return whole or best


def _epithet_of(art: Article, st: Statement) -> Statement | None:
    """The statement whose speaker a title alone after a verb that goes on (وأضاف، وتابع، واستطرد)
    describes, when fuller_mention named no holder: the one right before it, in its paragraph or the
    one before, said by a person named (not a title: جوزيه مورينيو, then وأضاف المدرب البرتغالي), with a
    verb of the same gender and no other origin in the title (الإسباني is not الأمريكي)."""
    if not st.rule.endswith("/" + rules.SUBJECT) or st.speaker_start is None or st.speaker_end is None:
        return None
    toks = art.toks
    cue = toks[bisect_left(art.starts, st.cue_start)]
    found = cue_of(art.lex, cue.key)[0]
    if found is None or found.kind != "verb" or not goes_on(art.lex, found):
        return None
    words = [t for t in toks[bisect_left(art.starts, st.speaker_start):bisect_left(art.starts, st.speaker_end)]
             if t.key]
    if not words or not all(sp.is_definite(t) for t in words) \
            or art.lex.kind_of(without_article(words[0].key)) != "title":
        return None
    last = max((e for e in art.statements if e.start < st.cue_start and e is not st),
               key=lambda e: e.start, default=None)
    if last is None or last.speaker_start is None or last.speaker_end is None:
        return None
    if not _names_a_person(art, last.speaker):
        return None
    said = toks[bisect_left(art.starts, last.cue_start)]
    if toks[bisect_left(art.starts, last.start)].para < cue.para - 1 \
            or mentions.verb_gender(said.key) not in (mentions.verb_gender(cue.key), "p"):
        return None
    ours, theirs = _nisbas(st.speaker), _nisbas(last.speaker_title)
    return None if ours and theirs and not ours & theirs else last


def _names_a_person(art: Article, speaker: str) -> bool:
    """Does a speaker (as resolved) name a person: its first word no title, source, common noun, number
    or function word, and without the article (not وجهة نظر فلان, 143 مشاة, المسؤول)?"""
    lex, word = art.lex, speaker.split()[0] if speaker else ""
    key = fold(word)
    return word.isalpha() and not word.startswith("ال") and lex.kind_of(key) is None \
        and not sp.is_stop(lex, key, word) and (key in lex.given_names or not lex.is_noun(sp.bare_stem(key)))


def name_in_text(art: Article, word: str, key: str) -> str:
    """The first full name the text gives that ends with the family name ``word`` (folded: ``key``)
    where it is written (…، دونالد ترامب، …: a person named where no cue was), or "": up to three plain
    words before it, none a common noun, a function word or a word with the article, from a given
    name of data/given_names.tsv on."""
    lex = art.lex
    if lex.is_noun(sp.bare_stem(key)) or lex.kind_of(key) is not None or key.startswith("ال"):
        return ""
    toks, text = art.toks, art.text
    at = text.find(word)
    while at != -1:  # the places the word is written (a search of the text, no index of its words)
        k = bisect_left(art.starts, at)
        at = text.find(word, at + len(word))
        if k >= len(toks) or toks[k].key != key:
            continue
        j = k
        while j > 0 and k - j < MAX_GIVEN_NAMES and toks[j - 1].para == toks[k].para \
                and _given_name(art, toks[j - 1]):
            j -= 1
        while j < k and toks[j].key not in lex.given_names:
            j += 1  # (تعتزم إسرائيل، استبدل مارك زوكربرغ: the name starts at a given name)
        if j < k:
            return art.text[toks[j].start:toks[k].end]
    return ""


def _given_name(art: Article, tok: Token) -> bool:
    """Can this word be part of a person's name before the family name: a plain word that is no
    common noun (but عبد، بن، أبو), verb, cue, attribution phrase or function word?"""
    lex, key = art.lex, tok.key
    if not key or tok.quote != -1 or sp.is_definite(tok) or lex.kind_of(key) is not None \
            or sp.is_stop(lex, key, tok.raw):
        return False
    if key in lex.grammar["name_link"]:
        return True
    return not lex.is_noun(sp.bare_stem(key)) and not mentions.verb_form(lex, key) \
        and cue_of(lex, key)[0] is None and key not in lex.phrase_heads and key not in lex.grammar["naming_verb"]


def _reads_as_a_name(art: Article, phrase: sp.Phrase) -> bool:
    """Is the name part of a phrase one word, or plain words a name may be (not بمقر الوزارة, a place)?"""
    last = phrase.last if phrase.name_last is None else phrase.name_last
    return phrase.name_first == last or sp.looks_like_a_name(art.doc, art.lex, phrase.name_first, last + 1)


def _common_nouns(art: Article, first: int, last: int) -> bool:
    """Are the first two words from token ``first`` common nouns (إحداث لجنة: the verb's object, not
    the name of the title's holder)?"""
    words = [t for t in art.toks[first:last + 1] if t.key][:2]
    return len(words) == 2 and words[0].key not in art.lex.given_names \
        and sp.all_common_nouns(art.lex, words)


def _org_name_end(art: Article, phrase: sp.Phrase) -> int:
    """The last token of an organisation's name in a phrase: a word without the article after its
    definite words starts a person's name (منظمة التحرير الفلسطينية ياسر عبد ربه, of a title)."""
    toks = art.toks
    if phrase.first < phrase.last and sp.is_definite(toks[phrase.first]) and toks[phrase.first + 1].key \
            and not sp.is_definite(toks[phrase.first + 1]):
        return phrase.first  # أعلنت الشركة خطة جديدة: a definite noun governs no name; its object follows
    for j in range(phrase.first + 1, phrase.last + 1):
        if toks[j].raw in COMMAS:
            return j - 1  # المجلس الوطني لحقوق الإنسان، إدريس اليزمي: a person in apposition
        if j > phrase.first + 1 and toks[j].key and not sp.is_definite(toks[j]) and sp.is_definite(toks[j - 1]):
            chain = all(sp.is_definite(t) for t in toks[phrase.first + 1:j])
            if not (chain and toks[j].key.startswith("ل") and art.lex.is_noun(toks[j].key[1:])):
                return j - 1  # (المجلس الوطني لحقوق الإنسان: a definite name goes on with ل)
    return phrase.last


def name_before(art: Article, k: int) -> tuple[int, int] | None:
    """The character span of a name of two words or more standing right before token k (a title
    written after its holder's name: محمود عيسي وزير الصناعة، فلان، رئيس …), or None."""
    toks = art.toks
    end = k - 1
    if end >= 0 and toks[end].raw in COMMAS:
        end -= 1
    elif end >= 0 and _governed_title(art, k):
        return None
    j = end
    while j >= 0 and end - j < MAX_NAME_BEFORE_TITLE and toks[j].key and toks[j].quote == -1 \
            and toks[j].para == toks[k].para and art.lex.kind_of(toks[j].key) is None \
            and not sp.is_stop(art.lex, toks[j].key, toks[j].raw) and (j == end or not sp.is_definite(toks[j])) \
            and sp.refusal(art.doc, art.lex, j) is None and cue_of(art.lex, toks[j].key)[0] is None \
            and without_conjunction(toks[j].key) not in art.lex.phrase_heads \
            and without_article(toks[j].key) not in art.lex.nouns:
        j -= 1  # (ثم يكمل الشيخ فلان: no name before the title; وقال فلان، المتحدث …: the cue is no name; nor
        # are وحسب قرار المدعي العام، ناقلة تصريح المسؤول: an attribution phrase, a noun of speech)
    first = j + 1
    if end - first + 1 < 2 or not sp.looks_like_a_name(art.doc, art.lex, first, end + 1) \
            or (first > 0 and sp.is_stop(art.lex, toks[first - 1].key, toks[first - 1].raw)) \
            or sp.all_common_nouns(art.lex, toks[first:end + 1]):
        return None  # في ظل توجيهات خادم الحرمين: what the title is governed by, not a name
    return toks[first].start, toks[end].end


def _governed_title(art: Article, k: int) -> bool:
    """Is the definite title at token k "this" title (قرار هذا المدرب) or the second of two common nouns'
    construct (تمديد عقد المدرب), with no name right before it?"""
    toks, lex = art.toks, art.lex
    if k < 1 or not sp.is_definite(toks[k]):
        return False
    return toks[k - 1].key in lex.grammar["demonstrative"] \
        or (k >= 2 and all(lex.is_noun(t.key) and t.key not in lex.given_names for t in toks[k - 2:k]))


def _same_title(art: Article, wanted: set[str], phrase: sp.Phrase) -> bool:
    """Does the title phrase hold every word of the title wanted (as compared: synonyms folded)?"""
    same = art.lex.same_title
    have = {same.get(w, w) for w in (without_article(t.key) for t in art.toks[phrase.first:phrase.last + 1])}
    return all(any(h.startswith(w) for h in have) for w in wanted)


def _nisbas(phrase: str) -> set[str]:
    """The definite adjectives of origin in a phrase (الفرنسي، الأمريكية), folded and in the
    masculine (التركية → التركي), read on the written ي/ية (المعفى ends in ى: no nisba)."""
    return {fold(word.removesuffix("ة")) for word in phrase.split()
            if word.startswith("ال") and word.endswith(("ي", "ية")) and len(word) > 5}
