"""Word lists of the extractor, loaded from ``data/*.tsv`` and validated on load.

Every list is data with its provenance in ``data/README.md``; this module only reads, checks and
indexes them by folded form (see :mod:`extractor.normalize`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from .normalize import CONJUNCTIONS, fold, without_article, without_conjunction, words

VERB_CLASSES = {"speech", "belief", "document", "relay"}
GRAMMAR_ROLES = ("reported_opener", "written_preposition", "writers_framing", "one_of", "fronting", "scene",
                 "on_ones_part", "kana", "naming_verb", "rank", "addressee", "as_reported", "noun_maker",
                 "preposition", "clause_opener", "temporal", "contrast", "verb_particle", "title_part",
                 "complementizer", "issuer_link", "relative", "name_link", "demonstrative", "reflexive", "workplace",
                 "last_speaker", "going_on", "time_adverb", "name_second", "clergy", "audience", "outlet",
                 "outlet_name", "affiliated", "measure", "whom", "honorific", "what", "said_in", "time_phrase",
                 "object_then_ba", "issuing_verb", "setting", "hypothetical", "circumstance", "adverb", "byline",
                 "the_same", "any", "platform", "on_behalf", "guest", "relayed_saying", "already", "resumptive",
                 "each_of", "last_named", "all_of", "subjunctive", "alternative", "negation", "attention",
                 "the_matter", "generic", "god_name", "calls_on", "own_view", "one_of_them", "needs_on", "which",
                 "relay_link", "other_word_link", "age", "age_of", "years", "but")
AS_WRITTEN = ("reported_opener", "written_preposition")  # grammar roles whose words are matched as written
SPEAKER_WORD_KINDS = {"title", "org", "source", "stop", "pronoun"}
NOUN_KINDS = {"speech", "document", "part"}
WORD_CLASSES = {"noun", "verb"}
SACRED_KINDS = {"god", "prophet", "prophet_name", "blessing"}


class LexiconError(ValueError):
    """A data file of the extractor is malformed."""


@dataclass(frozen=True)
class Cue:
    """One surface form of a cue word."""

    lemma: str
    kind: str  # "verb" or "participle"
    verb_class: str
    gender: str  # "m", "f" or "p"
    complements: tuple[str, ...]  # folded multi-word complements such as "الي ان"
    object_attached: bool = False  # the form carries its object's pronoun (ووصفه، اتهمتها، وصفوهم)
    heads: frozenset[str] = field(init=False, compare=False)  # the first word of each (الي for "الي ان")
    lemma_key: str = field(init=False, compare=False)  # the lemma folded, as grammar roles list lemmas

    def __post_init__(self) -> None:
        object.__setattr__(self, "heads", frozenset(c.split()[0] for c in self.complements))
        object.__setattr__(self, "lemma_key", fold(self.lemma))


@dataclass
class Lexicon:
    cues: dict[str, Cue] = field(default_factory=dict)
    object_forms: dict[str, Cue] = field(default_factory=dict)  # ووصفه، اتهمها: a cue only before بأن
    # past verb forms written with a final ى (رأى، نفى، أبدى), folded: written with ي in an article that writes
    # على and إلى so, they are other words (رأي an opinion, نفي a denial)
    maqsura_forms: frozenset[str] = frozenset()
    honorific_of: dict[str, str] = field(default_factory=dict)  # folded سموه، فضيلتها -> سمو، فضيله
    phrases: list[tuple[str, ...]] = field(default_factory=list)  # folded word tuples
    phrase_heads: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # first word -> phrases
    document_phrases: set[str] = field(default_factory=set)  # first words of phrases only a document follows
    nouns: dict[str, str] = field(default_factory=dict)  # folded noun -> kind
    speaker_words: dict[str, str] = field(default_factory=dict)  # folded word -> kind
    strict: set[str] = field(default_factory=set)  # folded cue forms that are also other words
    first_person: set[str] = field(default_factory=set)  # folded أعتقد، أعتبر: the past's form, with a hamza
    told_by_shadda: frozenset[str] = frozenset()  # of those, the ones a written shadda makes the cue (بيّن)
    impersonal: set[str] = field(default_factory=set)  # folded cue forms also read as passives
    naming: frozenset[str] = frozenset()  # folded nouns after which a short quote is a name
    grammar: dict[str, frozenset] = field(default_factory=dict)  # role -> its words (grammar_words.tsv)
    reflexives: tuple[str, ...] = ()  # grammar's reflexive words, for str.startswith (نفسه، ذاتها)
    told: frozenset[str] = frozenset()  # the grammar's audiences and outlets: whom something is told
    outlets: frozenset[str] = frozenset()  # the grammar's outlets, by kind or by name (وكالة، رويترز)
    time_phrase_starts: frozenset[str] = frozenset()  # first words of the grammar's time phrases
    adverb_starts: frozenset[str] = frozenset()  # words an adverb of one or two words may open with
    # links of a name that are no other word: what follows one is a name, even a verb's form (علي بن طالب)
    name_only_links: frozenset[str] = frozenset()
    triggers: frozenset[str] = frozenset()  # words that may begin a cue: forms and phrase heads, with و/ف
    content_stops: frozenset[str] = frozenset()  # the triggers and as_reported: words a content may end at
    marker_stops: frozenset[str] = frozenset()  # the triggers, complementizers and relayed_saying: words a
    # content marker is looked for at
    titles: frozenset[str] = frozenset()  # folded title words, also with the article (وزير، الوزير)
    same_title: dict[str, str] = field(default_factory=dict)  # folded title word -> the synonym compared
    word_class: dict[str, str] = field(default_factory=dict)  # folded word -> noun or verb (word_classes.tsv)
    # folded words -> god, prophet, prophet_name, blessing (sacred_formulas.tsv)
    sacred: dict[tuple[str, ...], str] = field(default_factory=dict)
    sacred_by_head: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # first word ->
    sacred_by_last: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)  # last word ->
    prophet_names: tuple[tuple[str, ...], ...] = ()  # the Prophet's names, the longest first (رسول الله، النبي)
    prophet_name_starts: frozenset[str] = frozenset()  # their first words without the article
    # what rules derive per word, remembered across articles (phrases.word_form, phrases.word_traits,
    # mentions.verb_form, and the verb forms alone: "verbs")
    memo: dict[str, dict] = field(default_factory=lambda: {"word_form": {}, "word_traits": {}, "verb_form": {},
                                                            "verbs": {}},
                                  repr=False, compare=False)

    given_names: frozenset[str] = frozenset()  # folded given names (given_names.tsv)
    common_nouns: frozenset[str] = frozenset()  # word_classes.tsv "noun"
    verb_forms: frozenset[str] = frozenset()  # word_classes.tsv "verb"

    # The three questions the rules ask most, hundreds of thousands of times an article set: answered
    # by the dictionaries and sets themselves (bound in __post_init__), with no Python call between.
    def __post_init__(self) -> None:
        self.bind()

    def bind(self) -> None:
        self.kind_of: Callable[[str], str | None] = self.speaker_words.get  # title, org, source, stop, pronoun
        self.is_noun: Callable[[str], bool] = self.common_nouns.__contains__  # takes the article in news text
        self.is_verb: Callable[[str], bool] = self.verb_forms.__contains__  # follows قد، لم، لن … in news text


def _rows(name: str, columns: list[str]) -> list[dict[str, str]]:
    """The rows of a tab-separated data file under its header (comment lines start with #); every row
    has exactly the header's columns, none empty."""
    text = resources.files(__package__).joinpath("data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    header = lines[0].split("\t") if lines else []
    if header != columns:
        raise LexiconError(f"{name}: header is {header}, expected {columns}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        values = [value.strip() for value in line.split("\t")]
        if len(values) != len(columns) or not all(values):
            raise LexiconError(f"{name}: row {number} does not have {len(columns)} non-empty columns")
        rows.append(dict(zip(columns, values, strict=True)))
    return rows


def _forms(cell: str) -> list[str]:
    return [] if cell == "-" else cell.split()


def _complements(cell: str) -> tuple[str, ...]:
    return () if cell == "-" else tuple(" ".join(words(c)) for c in cell.split("|"))


def _told_by_shadda(rows: list[dict[str, str]]) -> frozenset[str]:
    """The folded ambiguous forms that a shadda written on them makes the cue (بيّن، يبلّغ)."""
    found = set()
    for row in rows:
        tells = row["a shadda on it tells"]
        if tells not in ("the cue", "nothing"):
            raise LexiconError(f"ambiguous_forms.tsv: {row['form']!r}: a shadda tells \"the cue\" or \"nothing\", "
                               f"not {tells!r}")
        if tells == "the cue":
            found.add(fold(row["form"]))
    return frozenset(found)


def _cue_forms(lex: Lexicon, name: str, rows: list[dict[str, str]]) -> set[str]:
    """The folded forms of the rows of ``name``: each a listed cue form, listed once."""
    forms: set[str] = set()
    for row in rows:
        key = fold(row["form"])
        if key not in lex.cues:
            raise LexiconError(f"{name}: {row['form']!r} is not a listed cue form")
        if key in forms:
            raise LexiconError(f"{name}: {row['form']!r} is listed twice")
        forms.add(key)
    return forms


def _add_cue(table: dict[str, Cue], form: str, cue: Cue, source: str) -> None:
    key = fold(form)
    if key in table and table[key] != cue:
        raise LexiconError(f"{source}: form {form!r} is listed twice ({table[key].lemma}, {cue.lemma})")
    table[key] = cue


@cache
def load() -> Lexicon:
    """Read and validate every data file (once per process)."""
    lex = Lexicon()
    maqsura: set[str] = set()
    for row in _rows("attribution_verbs.tsv",
                     ["lemma", "class", "forms_m", "forms_f", "forms_pl", "complements", "gloss"]):
        if row["class"] not in VERB_CLASSES:
            raise LexiconError(f"attribution_verbs.tsv: unknown class {row['class']!r} for {row['lemma']}")
        for gender, column in (("m", "forms_m"), ("f", "forms_f"), ("p", "forms_pl")):
            for n, form in enumerate(_forms(row[column])):
                if gender == "m" and n == 0 and form.endswith("ى"):
                    maqsura.add(fold(form))  # (the past: the present يرى has no other word يري)
                cue = Cue(row["lemma"], "verb", row["class"], gender, _complements(row["complements"]))
                _add_cue(lex.cues, form, cue, "attribution_verbs.tsv")
                if gender == "m" and form[:1] == "ي" and row["lemma"][:1] == "ا":
                    # يعتقد → أعتقد, written as the past اعتقد is once folded: told apart by its hamza
                    lex.first_person.add(fold("ا" + form[1:]))
    for row in _rows("cue_participles.tsv", ["lemma", "forms", "complements", "gloss"]):
        for form in _forms(row["forms"]):
            gender = "f" if fold(form).endswith(("ه", "تين")) else "m"
            cue = Cue(row["lemma"], "participle", "speech", gender, _complements(row["complements"]))
            _add_cue(lex.cues, form, cue, "cue_participles.tsv")
    # لـ + a present form is a purpose clause whose speaker is the main verb's subject, as with a
    # participle: ... لتؤكد للمجتمع «...»، ليضيف أن ...
    for key, cue in list(lex.cues.items()):
        if cue.kind == "verb" and key[:1] in ("ي", "ت") and "ل" + key not in lex.cues:
            lex.cues["ل" + key] = Cue(cue.lemma, "participle", "speech", cue.gender, cue.complements)
    for row in _rows("attribution_phrases.tsv", ["phrase", "source", "gloss"]):
        if row["source"] not in ("any", "document"):
            raise LexiconError(f"attribution_phrases.tsv: unknown source {row['source']!r} for {row['phrase']}")
        lex.phrases.append(tuple(words(row["phrase"])))
        if row["source"] == "document":
            lex.document_phrases.add(lex.phrases[-1][0])
    lex.phrases.sort(key=len, reverse=True)
    for phrase in lex.phrases:
        lex.phrase_heads.setdefault(phrase[0], []).append(phrase)
    for row in _rows("speech_nouns.tsv", ["noun", "kind", "gloss"]):
        if row["kind"] not in NOUN_KINDS:
            raise LexiconError(f"speech_nouns.tsv: unknown kind {row['kind']!r}")
        lex.nouns[fold(row["noun"])] = row["kind"]
    for row in _rows("speaker_words.tsv", ["word", "kind"]):
        if row["kind"] not in SPEAKER_WORD_KINDS:
            raise LexiconError(f"speaker_words.tsv: unknown kind {row['kind']!r} for {row['word']}")
        key = fold(row["word"])
        if key in lex.speaker_words:
            raise LexiconError(f"speaker_words.tsv: {row['word']!r} is listed twice")
        lex.speaker_words[key] = row["kind"]
    ambiguous = _rows("ambiguous_forms.tsv", ["form", "other reading", "a shadda on it tells"])
    lex.strict = _cue_forms(lex, "ambiguous_forms.tsv", ambiguous)
    lex.told_by_shadda = _told_by_shadda(ambiguous)
    lex.impersonal = _cue_forms(lex, "impersonal_forms.tsv", _rows("impersonal_forms.tsv", ["form", "passive reading"]))
    lex.naming = frozenset(fold(row["word"]) for row in _rows("naming_words.tsv", ["word", "what it names"]))
    for row in _rows("word_classes.tsv", ["word", "class"]):
        if row["class"] not in WORD_CLASSES:
            raise LexiconError(f"word_classes.tsv: unknown class {row['class']!r} for {row['word']}")
        lex.word_class[row["word"]] = row["class"]
    lex.common_nouns = frozenset(w for w, c in lex.word_class.items() if c == "noun")
    lex.verb_forms = frozenset(w for w, c in lex.word_class.items() if c == "verb")
    lex.given_names = frozenset(row["word"] for row in _rows("given_names.tsv", ["word"]))
    for row in _rows("sacred_formulas.tsv", ["phrase", "kind"]):
        if row["kind"] not in SACRED_KINDS:
            raise LexiconError(f"sacred_formulas.tsv: unknown kind {row['kind']!r} for {row['phrase']}")
        lex.sacred[tuple(words(row["phrase"]))] = row["kind"]
    for phrase, kind in lex.sacred.items():
        lex.sacred_by_head.setdefault(phrase[0], []).append((phrase, kind))
        lex.sacred_by_last.setdefault(phrase[-1], []).append((phrase, kind))
    lex.prophet_names = tuple(sorted((phrase for phrase, kind in lex.sacred.items() if kind == "prophet_name"),
                                     key=len, reverse=True))
    lex.prophet_name_starts = frozenset(without_article(phrase[0]) for phrase in lex.prophet_names)
    synonyms = _rows("title_synonyms.tsv", ["word", "same as"])
    lex.same_title = {fold(row["word"]): fold(row["same as"]) for row in synonyms}
    grammar: dict[str, set] = {role: set() for role in GRAMMAR_ROLES}
    for row in _rows("grammar_words.tsv", ["word", "role"]):
        if row["role"] not in GRAMMAR_ROLES:
            raise LexiconError(f"grammar_words.tsv: unknown role {row['role']!r} for {row['word']}")
        word = row["word"]
        # reported openers and written prepositions are matched as written; two-word entries as pairs of
        # folded words
        entry = word if row["role"] in AS_WRITTEN else tuple(words(word)) if " " in word else fold(word)
        grammar[row["role"]].add(entry)
    lex.grammar = {role: frozenset(entries) for role, entries in grammar.items()}
    lex.reflexives = tuple(sorted(lex.grammar["reflexive"]))
    lex.outlets = lex.grammar["outlet"] | lex.grammar["outlet_name"]
    lex.told = lex.grammar["audience"] | lex.outlets
    lex.time_phrase_starts = frozenset(pair[0] for pair in lex.grammar["time_phrase"] if isinstance(pair, tuple))
    lex.adverb_starts = frozenset(word[0] if isinstance(word, tuple) else word
                                  for role in ("adverb", "time_adverb", "on_ones_part") for word in lex.grammar[role])
    lex.name_only_links = lex.grammar["name_link"] - lex.grammar["other_word_link"]
    # a word is a title when it is one without its article (the article is read off words of five
    # letters or more: الوزير → وزير, while ال alone before a short word stays)
    titles = {word for word, kind in lex.speaker_words.items() if kind == "title"}
    lex.titles = frozenset({word for word in titles if not (word.startswith("ال") and len(word) > 4)}
                           | {"ال" + word for word in titles if len(word) > 2})
    lex.maqsura_forms = frozenset(maqsura)
    _add_object_forms(lex)
    for noun in lex.grammar["honorific"]:  # سمو → سموه، سموها; فضيله (ة folded) → فضيلته، فضيلتها
        stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
        lex.honorific_of.update({stem + "ه": noun, stem + "ها": noun})
    heads = set(lex.cues) | set(lex.object_forms) | set(lex.phrase_heads)
    lex.triggers = frozenset(heads | {c + w for w in heads for c in CONJUNCTIONS})
    lex.content_stops = lex.triggers | lex.grammar["as_reported"]
    lex.marker_stops = lex.triggers | lex.grammar["complementizer"] | lex.grammar["relayed_saying"]
    lex.bind()
    return lex


OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")


def _add_object_forms(lex: Lexicon) -> None:
    """The forms of the verbs that take an object before their بـ/بأن (grammar role object_then_ba) with
    the object's pronoun attached (ووصفه بأنه، وصفوه بأنه: the plural's alif goes), their content a
    clause after بأن only: what one is described as, ما وصفه بـ«…», names a thing, it reports no speech."""
    for key, cue in list(lex.cues.items()):
        if cue.kind != "verb" or cue.lemma_key not in lex.grammar["object_then_ba"]:
            continue
        stem = key[:-1] if key.endswith("وا") else key
        attached = Cue(cue.lemma, "verb", cue.verb_class, cue.gender, (), object_attached=True)
        for pronoun in OBJECT_PRONOUNS:
            if stem + pronoun not in lex.cues:
                lex.object_forms[stem + pronoun] = attached


def goes_on(lex: Lexicon, cue: Cue | None) -> bool:
    """Is the cue one that goes on from the one who spoke before (أضاف، تابع، استطرد: role going_on)?"""
    return cue is not None and cue.lemma_key in lex.grammar["going_on"]


def cue_of(lex: Lexicon, key: str, forms: dict[str, Cue] | None = None) -> tuple[Cue | None, bool]:
    """The cue a folded word is, as written or after a leading و/ف, and whether it had one; from the
    cue forms, or from ``forms`` (``lex.object_forms``: the forms carrying an object's pronoun)."""
    if forms is None:
        forms = lex.cues
    cue = forms.get(key)
    if cue is None and key[:1] in CONJUNCTIONS and without_conjunction(key) != key:
        cue = forms.get(key[1:])
        return cue, cue is not None
    return cue, False
