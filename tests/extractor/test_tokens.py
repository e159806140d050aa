"""Tokens: offsets into the text as written, paragraphs and the quote each token stands in."""

from __future__ import annotations

from qala.extractor.tokens import tokenize

TEXT = (
    "قالَ جان-كريستوف ــ المتحدث #إيران: «الوضعُ صعب جداً»، و0.5 في المئة.\n"
    "\n"
    "وأضاف (د.سامي) إن 2024 عام “حاسم”!"
)


def test_every_token_is_the_text_at_its_offsets_and_nothing_else_is_left_out():
    doc = tokenize(TEXT)
    assert all(TEXT[t.start:t.end] == t.raw for t in doc.tokens)
    assert "".join(t.raw for t in doc.tokens) == "".join(TEXT.split())
    assert doc.starts == [t.start for t in doc.tokens] and doc.raws == [t.raw for t in doc.tokens]


def test_words_keep_their_joins_and_a_hashtag_is_keyed_without_its_mark():
    raws = [t.raw for t in tokenize(TEXT).tokens]
    assert "جان-كريستوف" in raws and "#إيران" in raws and "قالَ" in raws
    hashtag = next(t for t in tokenize(TEXT).tokens if t.raw == "#إيران")
    assert hashtag.key == "ايران"
    assert next(t for t in tokenize(TEXT).tokens if t.raw == "،").key == ""  # punctuation has no key


def test_paragraphs_and_quotes_are_given_per_token():
    doc = tokenize(TEXT)
    by_raw = {t.raw: t for t in doc.tokens}
    assert by_raw["قالَ"].para == 0 and by_raw["وأضاف"].para == 2
    assert doc.paragraphs[1] == (TEXT.index("\n") + 1, TEXT.index("\n") + 1)  # the empty line between
    assert by_raw["صعب"].quote == 0 and by_raw["حاسم"].quote == 1 and by_raw["قالَ"].quote == -1
    first_of_last = next(k for k, t in enumerate(doc.tokens) if t.para == 2)
    assert doc.para_end[0] == first_of_last == doc.para_end[first_of_last - 1]
    assert doc.para_end[-1] == len(doc.tokens)


def test_text_without_tokens_makes_none():
    assert tokenize("").tokens == [] and tokenize(" \n\t ").tokens == []


def test_invisible_format_characters_are_read_as_spaces():
    # a direction mark or a zero-width space left by a web page is no token between a name and its verb
    text = "الدكتور صادق الشمري \u200fقال: إن \u200bالأمر مهم\ufeff."
    doc = tokenize(text)
    assert [t.raw for t in doc.tokens] == ["الدكتور", "صادق", "الشمري", "قال", ":", "إن", "الأمر", "مهم", "."]
    assert all(text[t.start:t.end] == t.raw for t in doc.tokens)


def test_a_dot_glued_to_the_next_sentence_still_ends_one_but_not_an_initial_or_an_abbreviation():
    text = ("بمشاركة الجهات المختلفة .من جانبه قال الوزير. ثم مرسومه.وأعلن د.سامي أن بي.بي.سي و0.5 تكفي، "
            "وقال إن «الأمر انتهى».وأضاف أن (الوضع هادئ).وختم")
    doc = tokenize(text)
    ends = [t.raw for k, t in enumerate(doc.tokens) if doc.is_sentence_end(k)]
    after = [doc.tokens[k + 1].raw for k, t in enumerate(doc.tokens[:-1]) if doc.is_sentence_end(k)]
    assert after == ["من", "ثم", "وأعلن", "وأضاف", "وختم"] and ends == ["."] * 5


def test_a_question_mark_glued_to_a_number_mid_line_is_a_lost_sign_not_a_question():
    # (a text whose encoding lost % or ٫ shows ? in their place: 70? من السلع، 21?6)
    doc = tokenize("وقال إن 70? من السلع فاسدة و21?6 منها مستوردة. فهل بلغت 70?\nنعم؟")
    after = [doc.tokens[k + 1].raw for k in range(len(doc.tokens) - 1) if doc.is_sentence_end(k)]
    assert after == ["فهل", "نعم"]
