"""What a cue of each kind makes: its speaker, by the sieves, and its content."""

from __future__ import annotations

from bisect import bisect_left

from . import content, cues, mentions, rules, sieves
from . import phrases as sp
from .article import Article, Hit, Speaker
from .lexicon import Cue
from .limits import MAX_LOOKAHEAD, MAX_SOURCE_TAIL_WORDS, MIN_BRACKETED_WORDS, OVERLAP_NEIGHBOURS
from .normalize import fold, has_conjunction, without_article, without_conjunction
from .tokens import COMMAS, DASHES

FA_QAD = ("فقد", "فلقد")  # فـ + قد: after an opening phrase or clause, the main clause begins (وبحسب فلان، فقد …)


def verb_cue(art: Article, hit: Hit, cue: Cue) -> None:
    if hit.first and art.toks[hit.first - 1].key in art.lex.grammar["subjunctive"] \
            and cues.is_present(cue, art.toks[hit.first].key):
        return  # يخشى أن يقول الناس …: what would be said, no statement
    speaker, after = sieves.verb_subject(art, hit)
    if speaker.how == rules.BEFORE and fold(speaker.text) in art.lex.grammar["the_matter"]:
        return  # …، الأمر الذي يشير إلى أن: the writer's inference
    if speaker.how in (rules.PREVIOUS, rules.PARAGRAPH) and (
            cue.verb_class == "belief" or cues.is_impersonal(art, art.toks[hit.first].key)
            or cues.writers_inference(art, cue, hit.first)):
        return  # ويتوقع أن، ويذكر أن ... with no subject: impersonal (it is expected, it is worth noting)
    limit = art.para_end[hit.first]
    strict = cues.strict_at(art, hit.first)
    found = content.marker(art, after, limit, strict, cue.verb_class == "relay")
    if content.main_clause(art, found) and not (hit.first and art.toks[hit.first - 1].raw in COMMAS):
        found = None
    if found is not None and found[0] != "clause" and cue.lemma_key in art.lex.grammar["needs_on"] \
            and "علي" not in art.doc.keys[after:_marker_at(art, found)]:
        return  # وفيما يلي نص البيان: …: the text of it, a noun (the verb's content follows its على)
    if found is None and strict and after < limit and art.toks[after].key == "علي" and "علي" in cue.heads:
        # وعلق فلان على الخطوة، بأنها …: the verb's own على makes the form the cue; what it is about,
        # then a comma and its content clause
        about = content.marker(art, after, limit)
        if about is not None and about[0] == "clause" and art.toks[about[1] - 2].raw in COMMAS:
            found = about
    # أكد اللاعب جدارة الفريق ... وقال: the subject even without content; for a form that is also
    # another word, only when the verb's own complement follows (عبر النحات فلان عن اعتزازه)
    if not strict or cues.complement_follows(art, cue, after, limit):
        art.remember(speaker, hit.first)
    if hit.first and art.toks[hit.first - 1].key in art.lex.grammar["negation"] \
            and (found is None or found[0] != "clause"):
        return  # ولم تكشف الوزارة عن السبب: what was not said (but ولم يستبعد فلان أن …: a clause is still said)
    if cue.object_attached:
        # ووصفه بأنه …: a clause after بأن; what one is described as (ما وصفه بـ«…») names a thing
        if found is not None and found[0] == "clause" and art.toks[found[1] - 1].key.startswith("بان"):
            content.emit_content(art, hit, speaker, found, rules.VERB)
        return
    span = content.quote_before(art, hit.first)
    if found is not None and (span is None or found[0] != "clause"):
        content.emit_content(art, hit, speaker, found, rules.VERB)
        return
    if span is not None:
        s = art.doc.spans[span]
        art.used_spans.add(span)
        art.add(s.start, s.end, "direct", hit, speaker, rules.QUOTE_VERB)
        return
    if speaker.how == rules.SACRED and (bracketed := _bracketed(art, after, limit)) is not None:
        # قال تعالى (ولن ترضى عنك اليهود …): a verse or a hadith in brackets, quoted as they are
        art.add(*bracketed, "direct", hit, speaker, rules.VERB + rules.QUOTE_SUFFIX)
        return
    if not content.as_reported(art, hit, speaker, after) and not content.inserted(art, hit, speaker, after):
        content.quoted_object(art, hit, cue, speaker, after, limit, rules.VERB)


def _main_clause_after(art: Article, k: int, b: int) -> int | None:
    """The token after «، فإن» (or «، فقد») a few words after token k, before token b: where the main
    clause after a phrase opening the sentence begins."""
    toks = art.toks
    for j in range(k, min(b - 1, k + MAX_SOURCE_TAIL_WORDS + 1)):
        if not toks[j].key:
            key = toks[j + 1].key
            return j + 1 if toks[j].raw in COMMAS and key[:1] == "ف" and (
                key in art.lex.grammar["complementizer"] or key in FA_QAD) else None
    return None


def _after_statement(art: Article, a: int, i: int) -> int:
    """The first token after the last statement that ends between token a and token i, else a."""
    start, at = art.toks[a].start, art.toks[i].start
    k = bisect_left(art.claimed, (at, at))
    ends = [e for s, e in art.claimed[max(0, k - OVERLAP_NEIGHBOURS):k] if start <= s and e <= at]
    return bisect_left(art.starts, max(ends)) if ends else a


def _marker_at(art: Article, found: tuple[str, int]) -> int:
    """The token where a content marker (content.marker) stands: a colon's, a quote's opening mark, a
    clause's first word."""
    kind, at = found
    return bisect_left(art.starts, art.doc.spans[at].open_mark) if kind == "quote" else at


def _writers_own(art: Article, key: str) -> bool:
    """Is the word a view with the first person's pronoun on it (رأيي، تقديرنا، علمي): the writer's own?"""
    views = art.lex.grammar["own_view"]
    stem = key[:-2] if key.endswith("نا") else key[:-1] if key.endswith("ي") else ""
    # (a ة before the pronoun is written ت: قناعتي، متابعتنا)
    return bool(stem) and (stem in views or (stem.endswith("ت") and stem[:-1] + "ه" in views))


def _bracketed(art: Article, k: int, limit: int) -> tuple[int, int] | None:
    """The offsets inside the brackets that open at token k and close before token ``limit``, when they
    hold a few words or more."""
    toks = art.toks
    if k >= limit or toks[k].raw != "(":
        return None
    close = next((j for j in range(k + 1, limit) if toks[j].raw in "()"), None)
    if close is None or toks[close].raw != ")" or close - k - 1 < MIN_BRACKETED_WORDS:
        return None
    return toks[k].end, toks[close].start


def nested_verb_cue(art: Article, hit: Hit, cue: Cue) -> None:
    """A verb inside what another statement says is a statement of its own, inside that one, when it
    names its own speaker, after it (…، بعدما قضى ما قالت مصادر مطلعة إنها فترة علاج) or opening the outer
    content (ذكرت الصحيفة أن الوزير فلان قال إن …, :func:`_opens_content`), or goes on from the outer
    speaker (مطلبا لحزبه الجديد، الذي قال إنه سيكون «وسطيا»), with its content at once after it or its
    subject. Not a verb of belief, a form that is also another word, the content's own verb after its
    complementizer (قال إنه سجل «…»), a present form (تظهر، يشير: of studies and figures more often than
    of people), one said in something (تصريح متلفز قال فيه: the one who made it speaks) nor one whose
    subject stands before it and whose object after it (أن فلانا وصف ترامب بأنه)."""
    toks, grammar = art.toks, art.lex.grammar
    if hit.first == 0 or cue.verb_class == "belief" or cues.strict_at(art, hit.first) \
            or cues.is_present(cue, toks[hit.first].key) \
            or toks[hit.first - 1].key in grammar["complementizer"] \
            or (hit.last + 1 < len(toks) and toks[hit.last + 1].key in grammar["said_in"]) \
            or not _content_ahead(art, hit):
        return
    speaker, after = sieves.verb_subject(art, hit)
    if speaker.how == rules.BEFORE and (head := sieves.antecedent(art, hit.first)) is not None \
            and not content.head_can_speak(art, head):
        # الاتفاق الذي قال إنه …: the noun before the relative pronoun is what was spoken of, not who spoke
        speaker, after = sieves.previous_speaker(art, cue.gender, hit.first), hit.last + 1
    if speaker.how != rules.SUBJECT and not _goes_on_from_outer(art, hit, cue, speaker) \
            and not _opens_content(art, cue, speaker):
        return
    if speaker.how in (rules.SUBJECT, rules.BEFORE) and cue.lemma_key in grammar["object_then_ba"]:
        return  # (أن رئيس البرلمان فلان وصف ترامب بأنه: its subject stands before it; after it, its object)
    found = content.marker(art, after, art.para_end[hit.first], strict=True)
    if found is None or (speaker.how == rules.PREVIOUS and found[0] != "clause"):
        return
    if found[0] == "clause" and without_conjunction(toks[found[1] - 2].key) in grammar["contrast"]:
        return  # (لمدربين جدد الا ان: "however", not the verb's content)
    content.emit_content(art, hit, speaker, found, rules.VERB)


def _opens_content(art: Article, cue: Cue, speaker: Speaker) -> bool:
    """Is a subject written before the verb, title and name, all that stands between the outer
    statement's bare complementizer and the verb (قال دبلوماسيون إن بعثة روسيا قالت إنها …): a report
    inside the report, by someone else? (After أنه/أنها the words are what is said of someone: إن
    الحديث سابق لأوانه رغم أنها مأساة مستمرة ذكر …)"""
    if speaker.how != rules.BEFORE or cue.verb_class != "speech":
        return False
    before = art.text[:speaker.start].rstrip()
    if speaker.title and before.endswith(speaker.title):
        before = before[:-len(speaker.title)].rstrip()
    j = bisect_left(art.starts, len(before)) - 1
    return j >= 0 and art.toks[j].end == len(before) and art.toks[j].key.endswith("ان") \
        and art.toks[j].key in art.lex.grammar["complementizer"]


def _content_ahead(art: Article, hit: Hit) -> bool:
    """Is there a complementizer, a colon or a quote soon after the cue, where its content might open
    (the test that spares reading the subject of most verbs inside what was said)?"""
    toks, complementizers = art.toks, art.lex.grammar["complementizer"]
    return any(toks[k].key in complementizers or toks[k].raw == ":" or toks[k].quote != -1
               for k in range(hit.last + 1, min(art.para_end[hit.first], hit.last + 1 + MAX_LOOKAHEAD)))


def _goes_on_from_outer(art: Article, hit: Hit, cue: Cue, speaker: Speaker) -> bool:
    """Is a dropped subject inside a statement the speaker of that statement: a verb of speech of the
    speaker's gender inside what the speaker reported (in a statement that quotes the speaker, what it
    quotes is that statement's own), with no pronoun before it standing for someone else (إذ هو أقر)?"""
    at = art.toks[hit.first].start
    outer = next((st for st in art.statements if st.start <= at < st.end), None)
    return speaker.how == rules.PREVIOUS and outer is not None and outer.type == "indirect" \
        and outer.speaker == speaker.text and speaker.gender == cue.gender and cue.verb_class == "speech" \
        and art.lex.kind_of(without_conjunction(art.toks[hit.first - 1].key, shortest=2)) != "pronoun"


def participle_cue(art: Article, hit: Hit, cue: Cue) -> None:
    after, limit = hit.last + 1, art.para_end[hit.first]
    if after + 1 < limit and cues.other_preposition(art, cue, after):
        # الآمال معلقة في أن: another preposition than the participle's own (معلقا على) governs the clause;
        # تتخذ من المدينة مقرا لها: a noun (a seat), with another preposition than أقر's ب
        art.note(rules.PARTICIPLE, f"«{art.toks[after].raw}» is not its complement")
        return
    speaker = sieves.participle_subject(art, hit, cue.gender)
    found = content.marker(art, after, limit)
    if content.main_clause(art, found):
        found = None
    if found is not None:
        content.emit_content(art, hit, speaker, found, rules.PARTICIPLE)
    else:
        content.quoted_object(art, hit, cue, speaker, after, limit, rules.PARTICIPLE)


def _text_named_before(art: Article, i: int) -> bool:
    """Is the text the pronoun after جاء في / ورد في at token i means named just before: a noun of
    speech or a document right before it, or before ما/مما there (ببيان جاء فيه، كلمة المركز ومما جاء فيها),
    or earlier in the sentence when the phrase opens a clause of its own (نشر بيانا …، وجاء فيه)?"""
    toks = art.toks
    k = i - 1
    if k > 0 and without_conjunction(toks[k].key) in art.lex.grammar["what"]:
        k -= 1
    if any(_text_noun(art, toks[n].key) for n in range(k, max(-1, k - 2), -1)):
        return True  # (كلمة المركز ومما جاء فيها: the noun and the one it governs)
    if k < 1 or toks[k].raw not in COMMAS or not has_conjunction(toks[i].key):
        return False
    return any(_text_noun(art, toks[n].key) for n in range(k - 1, art.sentence_bounds(i)[0] - 1, -1))


def _text_noun(art: Article, key: str) -> bool:
    """A noun of speech or a document, or a page it was posted on, with ب or و on it or not (ببيان)."""
    bare = key[1:] if key[:1] in ("ب", "و") and len(key) > 3 else key
    return any(art.lex.nouns.get(form) in ("speech", "document") or form in art.lex.grammar["platform"]
               for form in (key, bare, without_article(key), without_article(bare)))


def _past_setting(art: Article, k: int, b: int) -> int:
    """Past who was told, when and where, after an attribution phrase's source (حسب ما قاله فلان لـ"الوطن"
    أمس، فإن; وفق ما صرح به فلان لمراسلنا بالجهة، فقد)."""
    toks = art.toks
    k = sieves.after_addressee(art, k, b)
    while k < b and (toks[k].raw in COMMAS or toks[k].key in art.lex.grammar["time_adverb"]
                     or sp.word_traits(art.lex, toks[k]) & sp.TOLD or toks[k].key.startswith(sp.PREPOSITIONAL)):
        k += 1
    return k


def phrase_cue(art: Article, hit: Hit) -> None:
    toks = art.toks
    limit = art.para_end[hit.first]
    start = hit.last + 1
    last_key = toks[hit.last].key
    document = without_conjunction(toks[hit.first].key) in art.lex.document_phrases  # (جاء في، ورد في)
    if hit.last > hit.first and document and last_key in sp.PREPOSITION_FORMS \
            and last_key not in art.lex.grammar["preposition"] and _text_named_before(art, hit.first):
        # ببيان جاء فيه «…»، ألقى فلان كلمة جاء فيها: … : what the text just named says, said by whoever
        # issued it (the subject of the verb it hangs on, as for a participle)
        found = content.marker(art, start, limit, strict=True)
        if found is not None:
            content.emit_content(art, hit, sieves.participle_subject(art, hit), found, rules.VERB)
        return
    pronoun = last_key.endswith(("ه", "ها", "هم")) and last_key[:-1] in ("تعبير", "قول")
    # حسب تعبيره، وفق قولها: the owner's own words
    owned = start < limit and (sp.speech_with_owner(art.lex, toks[start])
                               or toks[start].key in art.lex.grammar["relayed_saying"])
    if owned:
        # (the one the sentence is about: the subject of the verb it hangs on, as for a participle)
        speaker, after = sieves.participle_subject(art, hit), start + 1
    elif pronoun or last_key.endswith(("تعبيره", "تعبيرها", "قوله", "قولها")):
        # (على حد تعبيره: most often after what the last speaker said, as it was said)
        speaker = sieves.previous_speaker(art, "p", hit.first)
        after = start
    else:
        # ما + a verb stands between the phrase and the source: وفق ما نقلته وكالة ...، وفقا لما ذكرته
        joined, relaying = hit.joined, False
        if start < limit and (toks[start].key == "ما" or (joined and toks[start].key == "لما")):
            relaying = start + 1 < limit and any(cue.verb_class == "relay"
                                                  for cue in mentions.verb_cues(art.lex, toks[start + 1]))
            start, joined = start + 2, False
            if start < limit and (toks[start].key in art.lex.grammar["resumptive"]
                                  or (toks[start].key[:1] == "ل" and toks[start].key in art.lex.grammar["addressee"])):
                start += 1  # حسب ما أدلى به الوزير، وفق ما كشف عنه المصدر، وفق ما أكده لنا مراسلنا
        phrase = sp.read_phrase(art.doc, art.lex, start, limit, joined) if start < limit else None
        if phrase is None or not (sp.names_a_source(art.doc, art.lex, phrase) or (
                phrase.first == phrase.last and art.is_known_surname(toks[phrase.first].key))):
            # (حسب العمري: a family name that spoke before, though a common adjective may look the same)
            art.note(rules.PHRASE_CLAUSE, "no source after it (حسب الحاجة: as needed)")
            return
        if phrase.first == phrase.last and _writers_own(art, toks[phrase.first].key):
            art.note(rules.PHRASE_CLAUSE, "the writer's own view (حسب رأيي، حسب تقديرنا)")
            return
        if document and not sp.names_a_document(art.doc, art.lex, phrase):
            art.note(rules.PHRASE_CLAUSE, "no document after it (وجاء في المرتبة الخمسين: came fiftieth)")
            return
        head = toks[phrase.first].key[1:] if joined else toks[phrase.first].key
        owner = sp.read_phrase(art.doc, art.lex, phrase.first + 1, limit) \
            if art.lex.nouns.get(head) == "speech" and phrase.first < phrase.last else None
        after_noun = phrase.first + 1
        # وحسب تصريحات للرئيس الروسي: the owner with ل after the noun of speech
        owned_by = sp.read_phrase(art.doc, art.lex, after_noun, limit, True) if owner is None \
            and art.lex.nouns.get(head) == "speech" and after_noun < limit \
            and toks[after_noun].key[:1] == "ل" and len(toks[after_noun].key) > 2 else None
        if owned_by is not None and sp.names_a_source(art.doc, art.lex, owned_by):
            speaker, phrase = sieves.joined_source(art, owned_by, limit), owned_by
        elif owner is not None and not mentions.verb_form(art.lex, toks[owner.first].key):
            # وفقا لتصريحات فلانة الفلانية، مديرة …: whose words they are
            speaker = sieves.speaker_from(art, owner, "p", limit)
        elif art.lex.nouns.get(head) == "speech" or (not joined and sp.speech_with_owner(art.lex, toks[phrase.first])):
            # بحسب تصريحات أدلى بها، وحسب تعبيره: the last speaker's own words
            speaker = sieves.previous_speaker(art, "p", hit.first)
        else:
            speaker = sieves.joined_source(art, phrase, limit) if joined \
                else sieves.speaker_from(art, phrase, "p", limit)
        after = phrase.last + 1
        if speaker.end is not None and speaker.end > toks[after - 1].end:
            after = bisect_left(art.starts, speaker.end)  # (بحسب تقرير صادر عن البنك الدولي: past its issuer)
        relayed = sieves.relayed_source(art, after, limit) if relaying else None
        if relayed is not None:
            speaker, after = relayed  # بحسب ما نقلته الوكالة عن مصدر أمني: the source it relays
    a, b = art.sentence_bounds(hit.first)
    k = after
    while k < b and toks[k].raw in COMMAS:
        k += 1
    told = _past_setting(art, k, b)
    if k < told < b and (toks[told].key in art.lex.grammar["complementizer"] or toks[told].key in FA_QAD):
        after = k = told
    complementizer = k < b and toks[k].key in art.lex.grammar["complementizer"]  # يبدو حسب مصادر مطلعة أن …
    if not complementizer and not any(t.key for t in toks[a:hit.first]):
        # (وبحسب مراقبين معتمدين لتتبع انتخابات سابع أكتوبر، فإن: the source's last words, read short)
        main = _main_clause_after(art, k, b)
        if main is not None:
            after = k = main
            complementizer = True
    if complementizer:
        a = _after_statement(art, a, hit.first)  # (أفادت مصادر بأن …، ووفق المصادر فإن: a clause of its own)
    lead = [t for t in toks[a:hit.first] if t.key]
    if any(cues.is_verb_cue(art, t.key) for t in lead):
        return  # وقالت الشركة، بحسب موقع ...، إن: the verb's statement holds the content
    if not lead or (len(lead) == 1 and lead[0].key in ("و", "ف")) or complementizer:
        # the phrase opens the sentence, or a content clause follows its source: the content is after it
        k = after
        while k < b and (toks[k].raw in COMMAS or toks[k].key in art.lex.grammar["complementizer"]
                         or toks[k].key in FA_QAD):
            k += 1  # (وبحسب المحققين، فلقد «سقط الشاب …»: the content after ف and its قد)
        if k < b and cues.is_verb_cue(art, toks[k].key) and content.opens_own_statement(art, k, b):
            return  # وبحسب الوكالة، فقد أشارت التقارير إلى أن …: the verb's statement, with a subject of its own
        end = min(b, content.clause_end(art, k))  # (…، مضيفاً أن: the next statement's)
        if end <= k:
            return
        s, e, type_ = content.typed(art, toks[k].start, toks[end - 1].end)
    else:
        end = hit.first - 1
        while end > a and (toks[end].raw in COMMAS or toks[end].raw in DASHES):
            end -= 1
        tail = after + 1 if after < b and toks[after].raw in COMMAS else None
        if tail is not None and any(t.key for t in toks[tail:b]) \
                and not (toks[tail].key in art.lex.triggers and content.starts_new_statement(art, tail, b)):
            # حصل الحزب، حسب الوزير، على 7 مقاعد: the sentence around the phrase, up to where another
            # statement begins (…، مؤكدا أن …); none when one begins right after it (…، بحسب الوزير، مضيفا أن)
            end = max(end, min(b, content.clause_end(art, tail)) - 1)
        s, e, type_ = content.typed(art, toks[a].start, toks[end].end)
    art.add(s, e, type_, hit, speaker, rules.PHRASE_CLAUSE)
