"""The names of the extractor's rules. A statement's rule is ``CONTENT/SPEAKER``: how its content
was found and which sieve named its speaker (``verb-clause/subject``, ``participle-quote/previous``).
Every name is a constant here, so a regression in the figures by rule points at code one can grep."""

# content: a cue, then what it introduces (-clause after إن/أن, -quote, -colon, -object for what was
# demanded or expressed when it quotes the speaker)
VERB = "verb"
PARTICIPLE = "participle"
CLAUSE_SUFFIX, QUOTE_SUFFIX, COLON_SUFFIX, OBJECT_SUFFIX = "-clause", "-quote", "-colon", "-object"
PHRASE_CLAUSE = "phrase-clause"  # the sentence around بحسب/وفقاً لـ
QUOTE_VERB = "quote-verb"  # a quote standing before its cue
QUOTE_CONTINUED = "quote-continued"  # quotes that go on after a quote, in the paragraph or the next
VERB_TRAILED = "verb-trailed"  # …، كما ذكر صحافيون: the sentence before the cue
VERB_INSERTED = "verb-inserted"  # …، يضيف الوزير، …: the sentence around the cue

# speakers: the sieves, in the order they are tried (see sieves.py)
SACRED = "sacred"  # قال تعالى: God; قال صلى الله عليه وسلم: the Prophet
SUBJECT = "subject"  # the subject after the verb
HONORIFIC = "honorific"  # سموه، معاليه: the person last named with that honorific (سمو الأمير فلان)
ISSUER = "issuer"  # the issuer of a document subject (بيان أصدرته الوزارة)
BEFORE = "before"  # written before the verb, after أما, or before a relative pronoun
PARAGRAPH = "paragraph"  # the subject of a verb that is not a cue opening the paragraph
SENTENCE = "sentence"  # someone named earlier in the sentence (the verb a participle hangs on)
CLAUSE = "clause"  # the subject of the clause after a passive formula (ويذكر أن فلان …، مؤكداً)
PREVIOUS = "previous"  # the antecedent in the article's table of mentions
NONE = "none"  # the article does not say
