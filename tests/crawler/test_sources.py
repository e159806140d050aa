from __future__ import annotations

import pytest

from qala.crawler import sources


def load(tmp_path, text: str):
    path = tmp_path / "sources.yml"
    path.write_text(text, encoding="utf-8")
    return sources.load(path)


def test_a_valid_file_loads(tmp_path):
    outlets = load(tmp_path, "outlets:\n  - id: bbc-arabic\n    name: BBC عربي\n"
                             "    feeds: [https://feeds.bbci.co.uk/arabic/rss.xml]\n")
    assert outlets[0].id == "bbc-arabic" and outlets[0].domains() == ("feeds.bbci.co.uk",)


@pytest.mark.parametrize(("text", "message"), [
    ("outlets: []\n", "no outlets"),
    ("outlet:\n  - id: a\n", "list under 'outlets'"),
    ("outlets:\n  - id: a\n    name: A\n    feeds: [ftp://x/y]\n", "not an http"),
    ("outlets:\n  - id: a\n    name: A\n    feeds: [not a url]\n", "not an http"),
    ("outlets:\n  - id: a\n    name: A\n", "at least one of"),
    ("outlets:\n  - id: a\n    name: A\n    feeds: [http://a/f]\n    colour: red\n", "unknown key"),
    ("outlets:\n  - {id: a, name: A, feeds: [http://a/f]}\n  - {id: a, name: B, feeds: [http://b/f]}\n",
     "duplicate id"),
    ("outlets:\n  - {id: A B, name: A, feeds: [http://a/f]}\n", "'id' must be"),
    ("outlets: [\n", "not valid YAML"),
    ("outlets:\n  - {id: a, name: A, feeds: [http://a/f], selectors: {text: 'div[['}}\n", "not a CSS selector"),
    ("outlets:\n  - {id: a, name: A, feeds: [http://a/f], selectors: {body: div}}\n", "unknown selector"),
    ("outlets:\n  - {id: a, name: A, feeds: [http://a/f], selectors: {remove: {a: b}}}\n", "CSS selector string"),
])
def test_malformed_files_are_refused_with_a_clear_message(tmp_path, text, message):
    with pytest.raises(sources.SourcesError, match=message):
        load(tmp_path, text)


def test_a_missing_file(tmp_path):
    with pytest.raises(sources.SourcesError, match="does not exist"):
        sources.load(tmp_path / "nope.yml")


def test_the_shipped_sources_file_is_valid():
    from pathlib import Path

    shipped = Path(sources.__file__).with_name("sources.yml")
    outlets = sources.load(shipped)
    assert len(outlets) >= 15
