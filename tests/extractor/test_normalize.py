from qala.extractor.normalize import fold, owned_stems, query_key, search_key, stems


def test_fold_removes_diacritics_tatweel_and_letter_variants():
    assert fold("قالَ الرئيـــسُ") == "قال الرييس"
    assert fold("أردوغان") == fold("إردوغان") == fold("اردوغان")
    assert fold("مستشفى") == fold("مستشفي") and fold("المدرسة") == "المدرسه"
    assert fold("٢٠٢٤") == "2024"


def test_stems_strip_stacked_proclitics():
    assert {"بالوزير", "الوزير", "وزير"} <= stems("وبالوزير")
    assert "بوتين" in stems("لبوتين") and "بوتين" in stems("وبوتين")
    assert stems("من") == {"من"}


def test_search_key_indexes_clitic_free_forms_and_query_key_keeps_words():
    key = search_key("قالَ لبوتين")
    assert key.split() == ["قال", "لبوتين", "بوتين"]
    assert query_key("أَكَّدَ") == "اكد"


def test_owned_stems_drop_the_owners_pronoun_read_as_written():
    assert owned_stems(fold("حسابه"), "حسابه") == ("حساب",)
    assert owned_stems(fold("صفحتها"), "صفحتها") == ("صفحت", "صفحه")  # ة before a pronoun is written ت
    assert owned_stems(fold("المدرسة"), "المدرسة") == ()  # ة folds as ه but is no pronoun
    assert owned_stems(fold("له"), "له") == ()
