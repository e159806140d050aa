"""The people and documents an article names: titled people by family name, the first titled person,
and the issuers of documents."""

from __future__ import annotations

from bisect import bisect_left

from . import phrases as sp
from .article import Article, Speaker
from .limits import MAX_FIRST_NAMED_TOKENS, MAX_MENTION_LOOKBACK, MAX_MENTION_PLACES


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
                (s, e), title = sp.split(art.doc, phrase)
                art._first_named = Speaker(art.text[s:e], title, s, e, "p")
                break
    return art._first_named


def title_flags(art: Article) -> list[bool]:
    """For each token, is it a title word (وزير، الرئيس)?"""
    if art._title_flags is None:
        titles = art.lex.titles
        art._title_flags = [tok.key in titles for tok in art.toks]
    return art._title_flags


def titled_people(art: Article) -> dict[str, tuple[int, int, str]]:
    """Family name -> (start, end, title) of the first title + full name phrase that ends with it."""
    if art._titled_people is None:
        art._titled_people = {}
        toks, is_title = art.toks, title_flags(art)
        for k, tok in enumerate(toks):
            if not is_title[k] or tok.quote != -1 or (k and is_title[k - 1]):
                continue
            phrase = art.phrase_at(k)
            if phrase is None or not phrase.first < phrase.name_first < phrase.last:
                continue
            (s, e), title = sp.split(art.doc, phrase)
            last = toks[phrase.last if phrase.name_last is None else phrase.name_last]
            if last.end == e and len(art.text[s:e].split()) >= 2:
                art._titled_people.setdefault(last.key, (s, e, title))
    return art._titled_people


def issuer_in_text(art: Article, noun: str, mention: list[int]) -> Speaker | None:
    """The issuer named with the document anywhere in the text: دراسة أجرتها جامعة كوليدج لندن."""
    places = art.mentions(noun)
    here = bisect_left(places, mention[0])
    for k in places[max(0, here - MAX_MENTION_PLACES):here + MAX_MENTION_PLACES]:
        if k in mention or art.toks[k].quote != -1:
            continue
        limit = art.para_end[k]
        phrase = sp.issuer(art.doc, art.lex, sp.Phrase(k, k, k + 1), limit)
        if phrase is not None:
            (s, e), title = sp.split(art.doc, phrase)
            return Speaker(art.text[s:e], title, s, e, "p", "issuer")
    return None


def issuer_of(art: Article, noun: str, offset: int) -> Speaker | None:
    """Who issued the document «noun» mentioned at offset: the last one named before it."""
    found = sorted((at, i) for i, (at, n, _) in enumerate(art.documents[-MAX_MENTION_LOOKBACK:]) if n == noun)
    earlier = [i for at, i in found if at < offset]
    return art.documents[-MAX_MENTION_LOOKBACK:][earlier[-1]][2] if earlier else None
