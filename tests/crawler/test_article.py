"""Article extraction on real saved pages (the bundled demo pages)."""

from __future__ import annotations

import pytest

from qala.crawler import article
from qala.demo import PAGES
from tests.crawler.pages import article_html

# expected dates come with the pages from htmldate's evaluation set
DATES = {
    "alyaum-1784190729.html": "2020-12-01",
    "albayan-1623715966.html": "2020-06-03",
    "almadenahnews-1588107198.html": "2020-04-24",
    "sputnik-arabic-1550981615.html": "2020-03-17",
    "youm7-1691196862.html": "2020-08-24",
}


@pytest.mark.parametrize("name", sorted(DATES))
def test_date_title_and_text(name):
    found = article.parse((PAGES / name).read_text(encoding="utf-8"), f"http://127.0.0.1/articles/{name}")
    assert found.published and found.published.startswith(DATES[name])
    assert found.title and len(found.title) > 10
    assert len(found.text) > 300
    assert "اقرأ أيضا" not in found.text


def test_cnn_text_matches_the_expected_body():
    found = article.parse((PAGES / "cnn-arabic-2013-syria-clashes.newspaper4k.html").read_text(encoding="utf-8"),
                          "http://127.0.0.1/a")
    assert found.title == "معارضون يسيطرون على مخازن للصواريخ بريف دمشق"
    assert "أكدت جهات سورية معارضة أن فصائل مسلحة معارضة" in found.text


@pytest.mark.parametrize("html", ["", "<html><body><p>Hello world</p></body></html>",
                                  "<html><body>" + "<p>قصير</p>" * 3 + "</body></html>", "<<<>>>\x00"])
def test_pages_that_are_not_articles_are_refused(html):
    with pytest.raises(article.NotAnArticle):
        article.parse(html, "http://127.0.0.1/x")


def test_binary_data_read_as_text_is_refused_though_it_holds_arabic_letters():
    # what a binary file served as text/html becomes: undecodable bytes among stray letters
    noise = "".join("\ufffd\ufffdب\ufffdx\x00ل" for _ in range(400))
    html = f"<html><head><title>{noise[:60]}</title></head><body><p>{noise}</p></body></html>"
    with pytest.raises(article.NotAnArticle, match="unreadable_page"):
        article.parse(html, "http://127.0.0.1/binary")


@pytest.mark.parametrize("name", sorted(p.name for p in PAGES.glob("*.html")))
def test_bylines_hold_no_addresses_or_logo_names(name):
    found = article.parse((PAGES / name).read_text(encoding="utf-8"), f"http://127.0.0.1/articles/{name}")
    for bad in ("http", "logo", ".png", "&quot;"):
        assert bad not in (found.author or "").lower()
        assert bad not in (found.title or "").lower()


def test_an_outlets_selectors_come_before_generic_extraction():
    html = article_html(3, dated=False, byline="سارة علي")
    html = html.replace("<article>", "<time class='when' datetime='2024-07-01T12:00:00+02:00'>1 يوليو</time>"
                        "<article><div class='promo'><p>" + "عرض خاص لقراء الموقع لمدة محدودة. " * 10 + "</p></div>")
    generic = article.parse(html, "http://127.0.0.1/x")
    assert generic.author is None  # a byline in a class no extractor knows
    chosen = article.parse(html, "http://127.0.0.1/x", article.Selectors(
        author=".kateb", published="time.when", text="article", remove=(".promo",)))
    assert chosen.author == "سارة علي" and chosen.published == "2024-07-01T12:00:00+02:00"
    assert "عرض خاص" not in chosen.text and chosen.text.count("موسم القمح") == 1
    assert "(الخبر 3)" in chosen.text.splitlines()[-1]


def test_a_listed_date_is_used_only_when_the_page_has_none():
    assert article.parse(article_html(3, dated=False), "http://x/", listed_published="2024-01-02").published \
        == "2024-01-02"
    assert article.parse(article_html(3), "http://x/", listed_published="2024-01-02").published.startswith("2024-05")
