"""Rule-based extraction of attributed statements from Arabic news text.

``extract(text)`` reads one article in stages, each a module:

1. :mod:`.tokens` – words with their offsets, paragraphs and quoted spans (:mod:`.quotes`);
2. :mod:`.cues` – the reporting verbs, participles and attribution phrases;
3. :mod:`.frames` – for each cue in text order, its speaker by the ordered :mod:`.sieves` (which read
   speaker phrases with :mod:`.phrases` and look people up in :mod:`.mentions`) and its content
   (:mod:`.content`); then quotes that reopen a paragraph;
4. :mod:`.resolve` – short mentions take the fullest form the article gives.

Every statement records the rule that made it as ``CONTENT/SPEAKER`` (the names are constants in
:mod:`.rules`):

- content: a reporting verb, participle or attribution phrase, then what was said: a colon
  (``verb-colon``), a quote (``verb-quote``), a content clause after إن/أن (``verb-clause``), a
  quote standing before the cue (``quote-verb``), the sentence around بحسب/وفقاً لـ
  (``phrase-clause``), what was demanded or expressed when it quotes the speaker (``verb-object``:
  طالبت الأسرة بتشكيل لجنة للتحقيق في "موته"); then quotes that go on in the same or a reopened
  paragraph (``quote-continued``). A clause ends where the sentence does or another statement begins.
  A reporting verb inside what was said, naming its own speaker or going on from the one who says it,
  is read last, as a statement inside the other (:func:`.frames.nested_verb_cue`).
- speaker: the sieve that named it (:mod:`.sieves` lists them in order: ``sacred``, ``honorific``, ``subject``,
  ``issuer``, ``before``, ``sentence``, ``paragraph``, ``clause``, ``previous``); ``none`` when the
  article does not say. Passive formulas with no subject (ويُذكر أن، يُتوقع أن) make no statement.

Word lists are data (``extractor/data``). No I/O, no network: text in, statements out.
"""

from __future__ import annotations

from . import content, cues, frames, resolve
from .article import Article, Hit
from .lexicon import Lexicon, load
from .models import Statement


def extract(text: str, lexicon: Lexicon | None = None) -> list[Statement]:
    """Statements of one article, in text order. Never raises on odd input; returns [] for none."""
    if not text or not text.strip():
        return []
    return _read(Article(text, lexicon or load()))


def explain(text: str, lexicon: Lexicon | None = None) -> list[tuple[Statement, list[str]]]:
    """Each statement of :func:`extract` with what was tried for its cue: every sieve in order, the
    speaker it named or why it named none, and the phrases the grammar refused."""
    if not text or not text.strip():
        return []
    art = Article(text, lexicon or load())
    art.trace = []
    return [(st, art.explained.get(id(st), [])) for st in _read(art)]


def _read(art: Article) -> list[Statement]:
    inside: list[Hit] = []
    for hit in cues.hits(art):
        if art.claimed_at(art.toks[hit.first].start):
            inside.append(hit)  # inside a statement found already: read last, as a report within it
            continue
        if art.trace is not None:
            art.trace = [f"cue «{_cue_text(art, hit)}»"]
        if hit.cue is None:
            frames.phrase_cue(art, hit)
        elif hit.cue.kind == "participle":
            frames.participle_cue(art, hit, hit.cue)
        else:
            frames.verb_cue(art, hit, hit.cue)
    content.reopened_quotes(art)
    with art.inside_statements():
        for hit in inside:
            if hit.cue is not None and hit.cue.kind == "verb":
                if art.trace is not None:
                    art.trace = [f"cue «{_cue_text(art, hit)}» inside a statement"]
                frames.nested_verb_cue(art, hit, hit.cue)
    resolve.resolve_mentions(art)
    art.statements.sort(key=lambda s: s.start)
    return art.statements


def _cue_text(art: Article, hit: Hit) -> str:
    return art.text[art.toks[hit.first].start:art.toks[hit.last].end]
