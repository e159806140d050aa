"""The word lists are well formed: headers, classes, no form listed twice after folding."""

from __future__ import annotations

from importlib import resources

import pytest

from qala.extractor import lexicon
from qala.extractor.normalize import fold


def test_every_list_loads_and_has_entries():
    lex = lexicon.load()
    assert len(lex.cues) > 200
    assert {fold(w) for w in ("قال", "قالت", "يقول", "أكد", "مشيراً", "قائلاً")} <= set(lex.cues)
    assert ("بحسب",) in lex.phrases
    assert lex.kind_of("وزير") == "title" and lex.kind_of("في") == "stop"


def test_forms_are_stored_folded_and_classified():
    lex = lexicon.load()
    for key, cue in lex.cues.items():
        assert key == fold(key)
        assert cue.kind in ("verb", "participle") and cue.gender in ("m", "f", "p")
    assert lex.cues["قالت"].gender == "f" and lex.cues["قال"].gender == "m"


def test_data_readme_documents_every_file():
    folder = resources.files("qala.extractor").joinpath("data")
    readme = folder.joinpath("README.md").read_text(encoding="utf-8")
    for item in folder.iterdir():
        if item.name.endswith(".tsv"):
            assert item.name in readme


def refused_with(monkeypatch, name: str, edit, message: str) -> None:
    """Loading the lists with ``edit`` applied to the rows of file ``name`` fails with ``message``."""
    real = lexicon._rows
    monkeypatch.setattr(lexicon, "_rows", lambda n, columns: edit(real(n, columns)) if n == name else real(n, columns))
    lexicon.load.cache_clear()
    try:
        with pytest.raises(lexicon.LexiconError, match=message):
            lexicon.load()
    finally:
        monkeypatch.undo()
        lexicon.load.cache_clear()


def test_a_malformed_file_is_refused(monkeypatch):
    refused_with(monkeypatch, "speech_nouns.tsv",
                 lambda rows: [*rows, {"noun": "تصريح", "kind": "rumour", "gloss": "x"}], "unknown kind")


def test_a_form_listed_twice_is_refused(monkeypatch):
    refused_with(monkeypatch, "ambiguous_forms.tsv", lambda rows: [*rows, rows[0]], "listed twice")


def test_what_a_shadda_tells_is_the_cue_or_nothing(monkeypatch):
    lex = lexicon.load()
    assert fold("بين") in lex.told_by_shadda and fold("رد") not in lex.told_by_shadda
    refused_with(monkeypatch, "ambiguous_forms.tsv",
                 lambda rows: [{**rows[0], "a shadda on it tells": "maybe"}, *rows[1:]], "a shadda tells")


def test_every_grammar_role_has_words_and_reported_openers_keep_their_hamza():
    lex = lexicon.load()
    assert set(lex.grammar) == set(lexicon.GRAMMAR_ROLES) and all(lex.grammar.values())
    assert "أنه" in lex.grammar["reported_opener"] and "إنني" not in lex.grammar["reported_opener"]
    assert ("وذلك", "في") in lex.grammar["writers_framing"] and fold("ويدعى") in lex.grammar["naming_verb"]


def test_word_classes_tell_common_nouns_and_verbs():
    lex = lexicon.load()
    assert lex.is_noun(fold("وزارة")) and lex.is_noun(fold("اجتماع")) and not lex.is_noun(fold("بوتين"))
    assert lex.is_verb(fold("انتقد")) and not lex.is_verb(fold("محمد"))
    assert set(lex.word_class.values()) == lexicon.WORD_CLASSES
