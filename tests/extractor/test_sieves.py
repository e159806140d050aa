"""The speaker sieves, one made-up article per kind of evidence."""

from __future__ import annotations

import pytest

from qala.extractor import lexicon, mentions
from qala.extractor.article import Article
from qala.extractor.extract import extract
from qala.extractor.phrases import is_ba_verbal_noun, looks_like_a_name
from qala.extractor.resolve import name_before, one_person


def speakers(article: str) -> list[tuple[str, str]]:
    return [(st.speaker, st.rule.split("/")[1]) for st in extract(article)]


def titled(found: list) -> list[tuple[str, str]]:
    """(speaker, title) of each statement found."""
    return [(st.speaker, st.speaker_title) for st in found]


def test_a_formula_for_god_names_god_and_one_for_the_prophet_names_him_as_the_article_does():
    assert speakers("قال تعالى: «وقل ربي زدني علما».") == [("الله", "sacred")]
    found = speakers("وكان رسول الله يوصي أصحابه بالصبر.\nوقد قال صلى الله عليه وسلم: «الدين النصيحة».")
    assert found == [("رسول الله", "sacred")]
    assert speakers("قال ـ صلى الله عليه وسلم ـ: «الدين النصيحة».") == [("النبي", "sacred")]


def test_a_dropped_subject_takes_the_subject_of_a_verb_that_is_not_a_cue():
    article = ("قال الناقد طارق سالم إن الحكم قاس على الفنانين.\n"
               "وانتقدت الفنانة حنان مطاوع الحكم بشدة.\n"
               "وأضافت أن الفن مرآة المجتمع.")
    assert speakers(article) == [("طارق سالم", "subject"), ("حنان مطاوع", "previous")]


def test_a_participle_takes_the_subject_of_the_verb_it_hangs_on_even_when_that_verb_is_no_cue():
    article = ("قال الناقد طارق سالم إن الحكم قاس على الفنانين.\n"
               "وانتقدت الفنانة حنان مطاوع الحكم قائلة «الهجوم على الفن هجوم على المجتمع كله».")
    assert speakers(article)[1] == ("حنان مطاوع", "sentence")


def test_a_refused_phrase_is_never_remembered_as_a_speaker():
    article = ("قال وزير المالية سامي خليل إن الميزانية جاهزة.\n"
               "وقال بمقتضاها المجلس إن الجلسة مفتوحة، وقال نفسه إن الوقت قد حان.\n"
               "وأضاف أن الحكومة ستنشر الأرقام.")
    found = speakers(article)
    assert all(name not in ("بمقتضاها", "نفسه") for name, _ in found)
    assert found[-1] == ("سامي خليل", "previous")


def test_a_title_mentioned_alone_takes_the_holder_named_right_before_it_earlier():
    article = ("عقد الدكتور محمود عيسى وزير الصناعة اجتماعا بلجنة المشروعات الصغيرة.\n"
               "وقال وزير الصناعة إن القطاع يوفر معظم فرص العمل.")
    assert [st.speaker for st in extract(article)] == ["محمود عيسى"]


def test_a_name_after_a_title_and_its_institution_is_the_speaker():
    found = extract("وقالت منسقة العلاقات العامة في مركز القطان للطفل لانا مطر: «المركز يحتفل بيوم الكتاب».\n"
                    "واعتبر رئيس الفدرالية المغربية لناشري الصحف السيد نور الدين مفتاح أن المضمون ضعيف.")
    assert [st.speaker for st in found] == ["لانا مطر", "نور الدين مفتاح"]


def test_a_chain_of_narration_credits_the_narrator_and_the_prophet_each_with_their_words():
    found = extract("وعن أبي هريرة رضي الله عنه قال: قال رسول الله صلى الله عليه وسلم: «الدين النصيحة».\n"
                    "وعن عمر بن الخطاب أنه قال إن العدل أساس الملك.\n"
                    "وعن بيئة المنطقة ومدى ملاءمتها للنحت قال الفنان سالم: «المنطقة غنية بالحجر».")
    assert [(st.speaker, st.text) for st in found] == [
        ("رسول الله", "الدين النصيحة"), ("عمر بن الخطاب", "العدل أساس الملك"),
        ("سالم", "المنطقة غنية بالحجر")]


def test_a_name_in_two_apostrophes_after_a_title_is_the_speaker_and_its_family_name_refers_back():
    article = ("صرّح الصحفي الفرنسي ''بيار دوم'' مساء أمس بأن عمله يهدف إلى دحض المعتقد السائد.\n"
               "وأوضح ''دوم'' أن الناس في الجزائر يعرفون ذلك.")
    assert [st.speaker for st in extract(article)] == ["بيار دوم", "بيار دوم"]
    assert extract(article)[0].speaker_title == "الصحفي الفرنسي"


def test_an_organisation_named_alone_is_the_organisation_not_the_official_whose_title_holds_it():
    article = ("وقال أمين سر منظمة التحرير الفلسطينية ياسر عبد ربه في بيان إن الاجتماع عاجل.\n"
               "ورأت منظمة التحرير أن الوضع الراهن خطير.\n"
               "وشددت على أن الحالة المالية صعبة.")
    found = [st.speaker for st in extract(article)]
    assert found[1:] == ["منظمة التحرير الفلسطينية", "منظمة التحرير الفلسطينية"]


def test_a_preposition_written_apart_before_a_quote_ends_the_subject():
    article = "وأشادت المنظمة بـ\"مواقف جميع الدول التي صوتت لصالح القرار الخاص بكنيسة المهد\"."
    assert titled(extract(article)) == [("المنظمة", "")]


def test_a_name_after_a_title_and_the_body_it_serves_at_is_the_speaker():
    article = ("قال المندوب الروسي لدى الأمم المتحدة فاسيلي نيبينزيا إن بلاده لم تفعل شيئا.\n"
               "وقال المندوب الروسي إن بريطانيا تشن حربا دعائية.")
    found = titled(extract(article))
    assert found == [("فاسيلي نيبينزيا", "المندوب الروسي لدى الأمم المتحدة")] * 2


def test_the_same_source_is_the_one_cited_last_and_a_partial_name_takes_the_full_one():
    article = ("وقال مدير المرصد رامي عبد الرحمن إن المعارك عنيفة.\n"
               "وتدور معارك أيضا على جبهات أخرى، بحسب عبد الرحمن.\n"
               "كما قتل أكثر من 370 مقاتلا، بحسب المصدر ذاته.")
    assert [st.speaker for st in extract(article)] == ["رامي عبد الرحمن"] * 3


def test_a_plural_verb_has_no_subject_after_it_and_a_month_ends_a_phrase():
    article = ("قال الوزير سامي خليل إن الأحزاب تغيرت.\n"
               "بعد أن رأوا هزيمة إخوانهم، قالوا إن أحزابهم مرجعيتها إسلامية.")
    assert all(st.speaker != "هزيمة إخوانهم" and "هزيمة" not in st.speaker for st in extract(article))
    article = "وشنت تركيا في 20 كانون الثاني/يناير هجوما ضد منطقة عفرين تقول إنه يستهدف المقاتلين."
    assert all("يناير" not in st.speaker for st in extract(article))


def test_religious_citations_credit_god_or_the_prophet_however_the_formula_is_written():
    assert speakers("قال الله تعالى: ﴿وقل ربي زدني علما﴾، وهذا دليل على فضل العلم.") == [("الله", "sacred")]
    assert speakers("يقول المولى عز وجل: {وقل ربي زدني علما}.") == [("الله", "sacred")]
    assert speakers("قال عليه الصلاة والسلام: «الدين النصيحة».") == [("النبي", "sacred")]
    found = speakers("وعن أبي هريرة رضي الله عنه أن رسول الله صلى الله عليه وسلم قال: «الدين النصيحة».")
    assert found == [("رسول الله", "before")]


def test_a_verse_in_ornate_brackets_is_the_quote_and_the_comment_after_it_is_not():
    [st] = extract("قال الله تعالى: ﴿وقل ربي زدني علما﴾، وهذا دليل على فضل العلم.")
    assert (st.text, st.type) == ("وقل ربي زدني علما", "direct")


def test_the_speaker_alone_is_who_spoke_last_and_a_council_keeps_its_full_name():
    article = ("أكد رئيس المجلس الوطني لحقوق الإنسان، إدريس اليزمي، أن الاقتراع مر في جو من الحرية.\n"
               "وأكد المجلس أنه سيعمل على بلورة تقرير ختامي.\n"
               "وقال الأستاذ محمد فقيهي إن الحملة محدودة.\n"
               "ولهذا الغرض، يضيف المتحدث، فإن الأحزاب تستعمل وسائل الإعلام الرسمية.")
    assert [st.speaker for st in extract(article)] == [
        "إدريس اليزمي", "المجلس الوطني لحقوق الإنسان", "محمد فقيهي", "محمد فقيهي"]


def test_a_family_name_takes_the_full_name_the_article_gives_without_a_cue_from_a_given_name_on():
    article = ("استبدل مارك زوكربرغ بزته المعتادة ببدلة رسمية أمام الكونغرس.\n"
               "وقال زوكربرغ إن الشركة ارتكبت خطأ كبيرا.\n"
               "وتعتزم إسرائيل بناء جدار جديد.\n"
               "وقالت إسرائيل إن الجدار ضروري لأمنها.")
    assert [st.speaker for st in extract(article)] == ["مارك زوكربرغ", "إسرائيل"]


def test_a_titled_subject_with_a_preposition_inside_it_before_its_verb_after_but():
    article = ("وامتنع شامير عن الرد على الصواريخ، لكن وزير الدفاع في تلك الآونة موشى أرينز كشف الأحد "
               "أن شامير قرر شن هجوم مضاد.")
    assert [(st.speaker, st.rule) for st in extract(article)] == [("موشى أرينز", "verb-clause/before")]


def test_media_after_a_time_are_the_subject_a_feminine_participle_takes_and_tabayyana_is_impersonal():
    article = ("قال المتحدث باسم الكنيست يوتام ياكير إن النعش سيسجى اليوم.\n"
               "وأمس الأحد تحدثت وسائل الإعلام المحلية عن \"رجل حديدي\" يرفض الانسحاب، "
               "مؤكدة أن شامير عرف كيف يتحلى بالبرجماتية.\n"
               "وتبين أن التوقعات كانت خاطئة.")
    assert [st.speaker for st in extract(article)] == ["يوتام ياكير", "وسائل الإعلام المحلية"]


def test_the_verbs_object_after_the_subjects_name_is_not_part_of_it():
    article = "ووصف الوزير محمد علي القرار بأنه «خطوة تاريخية نحو الإصلاح»."
    assert titled(extract(article)) == [("محمد علي", "الوزير")]
    article = "واتهم الرئيس الأوكراني بيوتر بوروشينكو الإدارة الأميركية بأنها تخلت عن بلاده."
    assert [st.speaker for st in extract(article)] == ["بيوتر بوروشينكو"]


def test_who_was_told_after_the_name_and_the_body_after_according_to_are_read_right():
    article = "وقال وزير الداخلية ماتيو سالفيني للصحفيين إن الحكومة لن تتراجع."
    assert titled(extract(article)) == [("ماتيو سالفيني", "وزير الداخلية")]
    assert [st.speaker for st in extract("قتل ثلاثة فلسطينيين، وفقا للجيش الإسرائيلي.")] == ["الجيش الإسرائيلي"]


def test_what_a_text_says_read_by_the_writer_and_a_rule_followed_by_a_verb_are_no_sources():
    assert extract("إن أهم ما جاء في هذا الدستور المبادئ العامة التي قام عليها.") == []
    found = extract("وطبقا لنظام البطولة سيلتقي بوتافوجو مع فلومينينسي في النهائي.")
    assert all("سيلتقي" not in st.speaker for st in found)


@pytest.mark.parametrize("article", ["والحل حسب رأيي هو الحوار بين الأطراف.",
                                     "ويبدو أن الأزمة ستطول حسب تقديرنا.",
                                     "والحل حسب قناعتي هو الحوار بين الأطراف."])
def test_the_writers_own_view_after_according_to_is_no_source(article):
    assert extract(article) == []


def test_a_rule_or_a_measure_after_according_to_is_no_source():
    for article in ("وانطلقت المباراة في الساعة الثامنة حسب التوقيت المحلي.",
                    "وتم تعيين المدير وفقا للقانون المعمول به.",
                    "وسيتم توزيع المساعدات حسب الحاجة الفعلية.",
                    "وتم عقد القران بحسب الضوابط الشرعية المعمول بها.",
                    "ويحافظ المتنزه على جماله وفق تصميم عالمي يجمع كل مقومات الترفيه.",
                    "وتسير الأعمال وفق الجداول الزمنية الموضوعة لاكتمالها.",
                    # an idea, a creed, a name given: what something goes by, no one who speaks
                    "ونسب إلى الإله أنه خالق البيضة التي أخرجت الشمس، بحسب العقيدة المصرية القديمة.",
                    "وهو خلاص مميز بحسب الفكرة التي يروج لها التنظيم، ينتهي بالجنة.",
                    "وأطلق مواطنو الحي المعروف بغار الحربوش (حسب التسمية الشعبية) نداء استغاثة إلى السلطات."):
        assert extract(article) == []
    found = extract("ووفقا لما جاء في موقع «فرنس24»، يزور هذه المدينة الكثير من السائحات.")
    assert [st.speaker for st in found] == ["موقع «فرنس24»"]


def test_who_wrote_the_statement_a_verb_says_something_in_and_a_quoted_body_before_its_object():
    article = ('وكتب حزب العيش والحرية بيانا على صفحته بموقع فيسبوك قال فيه: '
               '"إن لجنة التحقيق لم تجد وكيل مؤسسي الحزب مدانا".')
    assert [st.speaker for st in extract(article)] == ["حزب العيش والحرية"]
    article = ('وأعلنت "جماعة نصرة الإسلام والمسلمين" مسؤوليتها عن الهجومين مؤكدة أنها شنتهما '
               'ردا على عملية عسكرية.')
    assert [st.speaker for st in extract(article)] == ["جماعة نصرة الإسلام والمسلمين"]


def test_a_word_like_cue_said_in_an_interview_after_a_stray_comma_still_speaks():
    article = ("أكد رئيس الحزب صلاح الدين مزوار أن الانتخابات محطة أساسية.\n"
               "وسجل ، مزوار في حديث لوكالة المغرب العربي للأنباء، أن المغرب يواجه اليوم تحديات جديدة.")
    found = extract(article)
    assert [(st.speaker, st.text) for st in found][1] == ("صلاح الدين مزوار", "المغرب يواجه اليوم تحديات جديدة")


def test_a_name_in_brackets_is_the_subject_with_its_title_before_or_after_it():
    found = extract("وقال (كو أونغ أونغ) مدير جمعية التربية: «الجريمة جريمة بنظر أي كان».\n"
                    "وقال مدير الجمعية (شوي مونغ) إن الوضع خطير.")
    assert titled(found) == [
        ("كو أونغ أونغ", "مدير جمعية التربية"), ("شوي مونغ", "مدير الجمعية")]


def test_a_verb_of_being_or_a_particle_and_verb_is_no_speaker_nor_the_name_before_a_title():
    found = extract("والرسالة كانت واضحة: لا يحق للفلسطينيين أن يحلموا بالعودة.")
    assert all("كانت" not in st.speaker for st in found)
    found = extract("قال الشيخ الشعراوي: الفضل شيء عظيم. ثم يكمل الشيخ الشعراوي بقوله: إن الفضل خير من العدل.")
    assert found and all("يكمل" not in st.speaker for st in found)


def test_a_common_noun_after_a_definite_subject_that_is_no_title_is_the_object_not_a_name():
    found = extract("وأظهرت البيانات انكماش القطاع الصناعي بأسرع وتيرة، وقالت إن الركود مستمر.")
    assert all("انكماش" not in st.speaker for st in found)
    found = extract("وقال رئيس الفدرالية السيد نور الدين مفتاح إن الصحافة تعاني.")
    assert [st.speaker for st in found] == ["نور الدين مفتاح"]


def test_what_a_verb_says_about_and_a_name_joined_by_and_are_not_the_subject():
    found = extract("والذي أوضحت حوله الوزيرة مي آل خليفة أن المشروع الثقافي مسؤولية مشتركة.")
    assert [st.speaker for st in found] == ["مي آل خليفة"]
    article = ("ونددت إسرائيل بالهجوم على حدودها.\n"
               "واتهمت الحكومة الإيرانية واسرائيل بقيادة حملة ضد سوريا، وقالت إن العدو لا يستطيع شيئا.")
    assert all(st.speaker != "واسرائيل" for st in extract(article))


def test_a_subject_opening_its_sentence_with_and_is_the_speaker_and_its_title_is_shown_without_and():
    found = extract("والرئيس رجب طيب أردوغان قال إن القوات لن تبقى.")
    assert titled(found) == [("رجب طيب أردوغان", "الرئيس")]


def test_a_title_over_an_institution_then_the_holder_and_a_source_with_what_it_knows_of():
    found = extract("وقال المشرف على المسابقة بكر طريفي، إن المجمع امتلأ بالجمهور.")
    assert titled(found) == [("بكر طريفي", "المشرف على المسابقة")]
    found = extract("وقالت مصادر مطلعة على القضية إن الرجل هاجم الناس.")
    assert [st.speaker for st in found] == ["مصادر مطلعة على القضية"]


def test_objects_counts_and_phrases_that_are_no_one_are_never_antecedents():
    for before in ("ودفعوا نحوه إطارات السيارات المحترقة.", "ولا كشف عمن هم أصحابها.",
                   "وينتخب 88 مليون ناخب مكسيكي أعضاء مجلس النواب.", "نجح صلاح حتى الآن بتسجيل 40 هدفا."):
        found = extract(f"{before}\nوأضاف أن الوضع خطير.")
        assert [st.speaker for st in found] == [""], before
    found = extract("طالب قائد الجيش العماد جان قهوجي عناصر الجيش بالجهوزية.\nوقال: «كونوا على جهوزية كاملة».")
    assert [st.speaker for st in found] == ["جان قهوجي"]


def test_a_senior_title_is_a_title_and_a_verb_s_own_preposition_ends_its_subject():
    found = extract("وقال كبير المفاوضين صائب عريقات إن الاتفاق قريب.\n"
                    "وقال ريك سبونر كبير محللي الأسواق في سيدني إن الأرقام جيدة.")
    assert titled(found) == [
        ("صائب عريقات", "كبير المفاوضين"), ("ريك سبونر", "كبير محللي الأسواق")]
    found = extract("وحذر خبراء مختصون من الشركة من أن الأسعار سترتفع.")
    assert [st.speaker for st in found] == ["خبراء مختصون"]


def test_a_pronoun_on_but_refers_to_the_subject_of_the_clause_before_without_its_object():
    article = ("وقال وزير المالية سامي خليل إن الميزانية جاهزة.\n"
               "وزار الرئيس الفرنسي إيمانويل ماكرون المدينة أمس، إلا أنه أكد أن الزيارة خاصة.")
    assert titled(extract(article))[1] == ("إيمانويل ماكرون", "الرئيس الفرنسي")


def test_whose_statements_an_attribution_phrase_cites_and_a_company_s_object_are_told_apart():
    found = extract("وتعمل الفئة الثالثة في الصناعة التقليدية، وفقا لتصريحات عزيزة الشباني، مديرة البرنامج.")
    assert titled(found) == [("عزيزة الشباني", "مديرة البرنامج")]
    found = extract("وأعلنت الشركة خطة جديدة للتوسع. وأضافت الشركة بأن المشكلة أثرت على عدد صغير من المستخدمين.")
    assert [st.speaker for st in found] == ["الشركة"]
    found = extract("وقال المدعي العام في باريس فرنسوا مولينز إن التحقيق مستمر.")
    assert titled(found) == [("فرنسوا مولينز", "المدعي العام في باريس")]


def test_a_consultant_s_title_after_the_name_and_a_conjunction_is_no_speaker():
    found = extract("وأضاف عبدالحميد خليل اختصاصي امراض الكلى بدبي ان تناول اللحوم غير مفيد.")
    assert titled(found) == [("عبدالحميد خليل", "اختصاصي امراض الكلى بدبي")]
    found = extract("اعترف الروائي بأنه عضو في الحزب. وقال كما إن الرواية ناجحة.")
    assert [st.speaker for st in found] == ["الروائي", "الروائي"]


def test_demonstratives_elatives_and_except_are_no_speakers_and_a_titled_name_before_its_apposition():
    found = extract("وأوضح وزير التعليم محمود أبو النصر ذلك العدد في مؤتمر، مؤكدا أن الوزارة تعمل.")
    assert [st.speaker for st in found] == ["محمود أبو النصر"]
    assert extract("أنشئت الصوامع وفق أحدث المواصفات العالمية التي تراعي معايير الجودة.") == []
    found = extract("وقالت الدكتورة علا محمد، أخصائية التغذية العلاجية، إن البامية مفيدة.")
    assert titled(found) == [("علا محمد", "أخصائية التغذية العلاجية")]


def test_a_relaying_verb_credits_its_source_after_a_subject_before_it_or_an_apposition():
    for article in ("وكان الموقع قد نقل عن امتياز حسين أن الفتاة قتلت بفأس.",
                    "ونقل الموقع عن امتياز حسين، الضابط في الشرطة، أن الفتاة قتلت بفأس."):
        found = extract(article)
        assert [(st.speaker, st.text) for st in found] == [("امتياز حسين", "الفتاة قتلت بفأس")], article


@pytest.mark.parametrize(("article", "speaker", "title"), [
    ("ونقلت الوكالة عن مسؤول أمريكي، لم يكشف هويته يوم الأربعاء، قوله إن الهجوم فشل.", "مسؤول أمريكي", ""),
    ('ونقلت الصحيفة عن هذا المسؤول، الذي رفض ذكر اسمه، قوله: "لن نتراجع عن القرار".', "هذا المسؤول", ""),
    ("نقل النواب عن الرئيس خالد العمري، بعد لقاء الأربعاء، قوله إن الأمور صعبة.", "خالد العمري", "الرئيس"),
    ("ونقلت وكالة الأنباء في وقت لاحق عن المرأة، وتدعى خديجة الورتاني، قولها إن الرئيس سألها.",
     "خديجة الورتاني", "المرأة"),
])
def test_a_relayed_statement_follows_its_saying_past_what_describes_the_source(article, speaker, title):
    # the content after قوله is the relaying verb's, not that of a verb in the description (يكشف، ذكر)
    found = extract(article)
    assert [(st.cue.removeprefix("و"), st.speaker, st.speaker_title) for st in found] == [
        (article.split()[0].removeprefix("و"), speaker, title)]


def test_a_one_word_definite_mention_is_not_the_body_whose_name_ends_with_it():
    found = extract('وقالت جماعة "الأمل" لحقوق المرأة إن القانون جائر.\n'
                    "ونقلت الوكالة عن المرأة قولها إن زوجها اعتقل.")
    assert [st.speaker for st in found] == ['جماعة "الأمل" لحقوق المرأة', "المرأة"]


@pytest.mark.parametrize(("article", "speaker"), [
    ("ربما يفتقر اللاعب للطول إلا أن لاعب وسط مانشستر يونايتد الذي ينافس في الدوري الإنجليزي الممتاز "
     "أكد على أنه يملك الذكاء الكافي.", "لاعب وسط مانشستر يونايتد"),
    # a verb that is no cue: its subject is who the next verb's dropped subject means
    ("وقال المتحدث باسم الوزارة إن القرار نهائي.\nهيئة الاستعلامات المصرية التي تشرف على وسائل الإعلام "
     "الأجنبية، من جانبها، استدعت ممثلي القناة، وقالت في بيان إن الاستطلاع مرفوض.", "هيئة الاستعلامات المصرية"),
])
def test_the_subject_opening_a_clause_before_a_relative_clause_is_the_verbs(article, speaker):
    assert extract(article)[-1].speaker == speaker


def test_a_relative_clause_of_another_gender_gives_no_subject():
    found = extract("وقال المتحدث باسم الوزارة إن القرار نهائي.\n"
                    "الهيئة التي تشرف على الإعلام أكد أن الحل سياسي.")
    assert found[-1].speaker == "المتحدث باسم الوزارة"


def test_a_title_alone_is_the_holder_named_with_all_its_words_not_a_nearer_one_with_some():
    found = extract("شاركت الممثلة المصرية خديجة الورتاني، أمس، في المهرجان.\n"
                    "خديجة الورتاني أعلنت في لقاء أنها تلقت عروضا، رفقة الممثلة المعتزلة فوزية العمري.\n"
                    "الممثلة المصرية، التي عرفت بأدوارها الجريئة، أوضحت أنها ارتدت الحجاب.")
    assert (found[-1].speaker, found[-1].speaker_title) == ("خديجة الورتاني", "الممثلة المصرية")


def test_a_given_name_alone_is_the_one_person_whose_names_it_opens():
    assert one_person({"خديجة الورتاني", "خديجة الورتاني وعاشقة الفن"}) == "خديجة الورتاني"
    assert one_person({"خديجة الورتاني"}) == "خديجة الورتاني"
    assert one_person({"خديجة الورتاني", "خديجة العمري"}) == ""  # two people
    assert one_person({"خديجة الورتاني", "خديجة الورتانية"}) == ""  # not a word's start


def test_so_after_a_form_that_is_also_a_preposition_opens_no_content():
    assert extract("وقد يقع الخلاف بين الأزواج، ويا حبذا لو تطور، فإن من يفعل ذلك يخسر كثيرا.") == []


def test_a_time_ends_a_subject_and_namesakes_are_told_apart_by_who_was_named_last():
    found = extract("وسجلت الخطوط القطرية الشهر الماضي خسارة كبيرة، مشيرة إلى أنها قد تسجل خسارة مجددا.")
    assert [st.speaker for st in found] == ["الخطوط القطرية"]
    article = ("وقال مارك زوكربرغ إن الموقع بدأ فكرة بسيطة.\n"
               "وقالت شقيقته راندي زوكربرغ إن الموقع غير حياتها.\n"
               "وأضافت زوكربرغ أن العائلة فخورة به.")
    assert [st.speaker for st in extract(article)][2] == "راندي زوكربرغ"


def test_how_someone_commented_is_no_apposition_but_a_given_name_that_is_also_a_verb_is():
    found = extract("علق عليها مدير مكتب الاتصال الحكومي، بقوله: «زيارة موفقة».")
    assert all(st.speaker != "بقوله" for st in found)
    found = extract("وقال الأمين العام للحلف، ينس ستولتنبرغ، إن الحلف سيعزز دفاعاته.")
    assert [st.speaker for st in found] == ["ينس ستولتنبرغ"]


def test_who_was_told_after_a_name_since_and_the_object_of_describe_are_no_part_of_the_speaker():
    found = extract("وقال عمر لجلسائه: «أصلحوا آخرتكم تصلح لكم دنياكم».")
    assert [st.speaker for st in found] == ["عمر"]
    found = extract("ويتهم حلفاء تركيا منذ أشهر أنقرة بأنها لا تبذل جهودا كافية.")
    assert [st.speaker for st in found] == ["حلفاء تركيا"]
    article = ("قال وزير الخارجية سامي خليل إن المنطقة تتغير.\n"
               "ووصف معركة الدفاع عن النظام بأنها معركة وجود.")
    assert [st.speaker for st in extract(article)] == ["سامي خليل", "سامي خليل"]


def test_a_given_name_that_is_also_a_common_word_names_the_subject_of_a_verb_that_is_no_cue():
    article = ("قال الناقد طارق سالم إن الحكم قاس على الفنانين.\n"
               "وانتقدت أمل مطاوع الحكم قائلة «الهجوم على الفن هجوم على المجتمع كله».")
    assert [st.speaker for st in extract(article)][1] == "أمل مطاوع"


def test_a_study_speaks_for_who_conducted_it():
    article = ("وأجرت شركة جلال وكراوي للاستشارات الدراسة في ست دول عربية.\n"
               "وأظهرت الدراسة أن عدد مستخدمي الموقع بلغ مليوني مستخدم.")
    assert [st.speaker for st in extract(article)] == ["شركة جلال وكراوي للاستشارات"]
    article = ("وقالت شركة جلال وكراوي في بيان إنها أجرت الدراسة في ست دول.\n"
               "وأظهرت الدراسة أن عدد مستخدمي الموقع بلغ مليوني مستخدم.")
    assert [st.speaker for st in extract(article)][-1] == "شركة جلال وكراوي"


def test_that_not_with_ba_opens_content_but_except_does_not():
    found = extract("وأوصى الطبيب شرودر بألا يفكر الأطباء في المضادات الحيوية أولا.")
    assert [(st.speaker, st.text) for st in found] == [("شرودر", "يفكر الأطباء في المضادات الحيوية أولا")]


def test_a_holder_named_after_a_title_in_apposition_before_where_it_was_said_is_the_speaker():
    # (made up) a title over a place, the holder's name, then where it was said
    article = "وقال مدير عام بلدية وادي النخيل، سامر العتيبي في مداخلة إذاعية إن الأشغال ستنطلق قريبا."
    assert speakers(article) == [("سامر العتيبي", "subject")]
    assert extract(article)[0].speaker_title == "مدير عام بلدية وادي النخيل"


def test_a_description_around_a_title_keeps_its_last_word_which_is_no_object():
    article = "وقالت زوجة رئيس إنتربول السابق إن آخر رسالة تلقتها منه كانت صورة سكين."
    assert speakers(article) == [("زوجة رئيس إنتربول السابق", "subject")]


def test_a_name_with_its_title_in_apposition_keeps_a_family_name_that_is_also_a_common_noun():
    article = "أكد ماجد سيف الغرير، رئيس مجلس إدارة الغرفة، أن المنتدى منصة مهمة. وقال الغرير إن التجارة تنمو."
    assert speakers(article) == [("ماجد سيف الغرير", "subject"), ("ماجد سيف الغرير", "subject")]


def test_a_name_that_starts_with_la_is_no_prepositional_phrase_because_a_folded_lookalike_occurs():
    # أرى folds as اري: لاري is still a name, since اري is nowhere written as such
    article = "صرح لاري كودلو بأن القرارات صائبة. وقال الوزير: أرى أن الرد مبالغ فيه."
    assert speakers(article)[0] == ("لاري كودلو", "subject")


def test_a_title_then_a_titled_name_in_apposition_and_no_object_between_a_name_and_that():
    article = "أعلن رئيس الجمعية الوطنية لطب الأطفال، الأستاذ كمال بوزيد، أن الحملة ستنطلق قريبا."
    assert speakers(article) == [("كمال بوزيد", "subject")]
    # الجاسم is also a common word; before أن it is no object of أكد
    assert speakers("وأكد خلف سليمان الجاسم أن الشركة مستقرة.") == [("خلف سليمان الجاسم", "subject")]


def test_but_he_with_a_cue_after_a_comma_opens_a_statement_whose_noun_after_the_verb_is_an_object():
    found = extract("وقال الوزير إن الوضع مستقر، لكنه طمأن المواطنين بأن الحكومة ستتدخل.")
    assert [(st.speaker, st.text) for st in found] == [("الوزير", "الوضع مستقر"), ("الوزير", "الحكومة ستتدخل")]
    # كأنه (as if) opens no statement of its own
    found = extract("وقال أحدهم: زرت سائر المدن، فكأنه يقول: زرت باقي المدن.")
    assert len(found) == 1


def test_a_cue_after_that_he_has_its_subject_in_the_pronoun_and_an_object_after_it():
    article = ("وقال المدرب جورج صبرة إن الفريق جاهز للموسم.\n"
               'وشرح في ديسمبر الماضي أنه يرى مصير اللاعبين المصابين "غير عادل". وأضاف "إذا أرادوا إبعادي '
               'فليفعلوا ذلك".')
    found = speakers(article)
    assert all("مصير" not in name for name, _ in found)
    assert found[-1][0] == "جورج صبرة"


def test_a_dropped_subject_takes_an_earlier_speaker_named_again_in_its_paragraph_by_the_family_name():
    article = ("قال رئيس الجمعية جورج صبرة إن الأسعار مستقرة هذا الشهر.\n"
               "وقال التاجر سامي خليل إن الأسعار ارتفعت كثيرا في الأسواق.\n"
               "من جهة أخرى، لم يفصح صبرة عن أي آلية جديدة لمواجهة الأزمة. وأضاف أن الموزعين قرروا التريث.")
    assert speakers(article)[-1] == ("جورج صبرة", "previous")
    # not where the family name is governed by a preposition or owns a noun (عن صبرة، قرار صبرة)
    for governed in ("وسأل الصحفيون عن صبرة", "وانتقد الصحفيون قرار صبرة"):
        found = speakers(article.replace("لم يفصح صبرة", governed.removeprefix("و")))
        assert found[-1][0] != "جورج صبرة"


def test_a_cue_carrying_her_pronoun_takes_no_man_for_the_subject_of_the_verb_before_it():
    article = ("وقال المسؤول جورج صبرة إن التحقيق مستمر.\n"
               "وكان سامي خليل قد دخل إلى القنصلية بينما كانت خطيبته تنتظر في الخارج، "
               "ولكنها قالت إنها لم تره مرة أخرى.")
    assert speakers(article)[-1][0] != "سامي خليل"


def test_a_word_with_the_futures_seen_is_a_verb_only_on_a_present_form():
    # سكان is no سـ + كان: the phrase goes on past it
    assert "سكان المدينة" in speakers("وقال أحد سكان المدينة إنه سمع دوي انفجار قوي في الحي القديم.")[0][0]


def test_a_cue_after_where_with_no_subject_goes_on_from_the_verb_of_its_sentence():
    article = ("وقال المدرب سامي علي إن الفريق جاهز. واستعرض الوزير فاضل مجيد خطط الوزارة حيث توقع أن يكون "
               "الموسم مفتوحا للمنافسة.")
    assert [spk for spk, _ in speakers(article)] == ["سامي علي", "فاضل مجيد"]


def test_acting_belongs_to_the_title_and_a_title_after_the_place_starts_the_holder_s_name():
    article = ("وأكد القنصل العام بالإنابة في جمهورية إيران الإسلامية الأستاذ عبدالله يحيى الحمراني أن "
               "القضية مازالت مفتوحة.")
    assert speakers(article) == [("عبدالله يحيى الحمراني", "subject")]


def test_a_given_name_that_looks_accusative_after_a_title_and_many_of_a_group_are_speakers():
    article = 'وقالت الدكتورة أنجيلا وود، المعدة الرئيسية للبحث، "إن الرسالة الأساسية واضحة".'
    assert "أنجيلا وود" in speakers(article)[0][0]
    # (but an adverb after a title stays out: أعلن الوزير رسميا أن)
    assert speakers("أعلن الوزير رسميا أن المشروع اكتمل.") == [("الوزير", "subject")]
    assert speakers("ويقول الكثير من مشاهدي المسلسل إن شخصيتها نمطية.") == [("الكثير من مشاهدي المسلسل", "subject")]


def test_ba_on_a_noun_of_action_of_the_form_iftiaal_is_no_subject_but_a_name_like_it_is():
    assert all(map(is_ba_verbal_noun, ["باتخاذ", "باعتماد", "بانتخابات", "باتجاه", "بارتكاب"]))
    assert not any(map(is_ba_verbal_noun, ["باتريك", "بابتشينكو", "بانه", "باريس"]))


def test_an_adverb_between_a_verb_and_its_titled_subject_is_skipped():
    for adverb in ("أيضا", "أمس", "بدوره"):
        article = f"وقال الوزير خالد العمر إن الوضع مستقر. وأكد {adverb} مدير الشرطة سامي الحسن أن الأمن مستتب."
        assert [spk for spk, _ in speakers(article)] == ["خالد العمر", "سامي الحسن"], adverb


def test_the_source_alone_and_the_same_source_are_the_source_cited_before():
    article = ("قال مصدر أمني أوروبي إن الرجل من أصل سوداني. وأوضح المصدر أن الرجل ينحدر من برمنغهام. "
               "وقالت الصحيفة إن الرجل يبلغ 29 عاما. وأضاف نفس المصدر أن التحقيق مستمر.")
    assert [spk for spk, _ in speakers(article)] == ["مصدر أمني أوروبي", "مصدر أمني أوروبي", "الصحيفة",
                                                     "مصدر أمني أوروبي"]


def test_an_adverb_between_a_verb_that_is_no_cue_and_its_titled_subject_is_skipped():
    article = ("وقال المدرب سامي علي إن الفريق جاهز. واستعرض بعدها مدير البطولة فهد الرئيسي الخطط حيث أشار إلى "
               "أن الملاعب جاهزة.")
    assert [spk for spk, _ in speakers(article)] == ["سامي علي", "فهد الرئيسي"]


def test_a_subject_put_first_after_but_may_start_with_the_letter_of_and():
    # وزيرة and وسائل begin with و, which is no conjunction there: the subject, not a verb of its own
    article = ("قال المتحدث سامي خالد إن الحدود مغلقة. ولم تحدد السلطات الكندية عدد الأشخاص، لكن وزيرة الخارجية "
               "كريستيا فريلاند قالت إن كندا تبذل جهدا. وتنفي الرياض ذلك، ولكن وسائل إعلام أمريكية تقول إن "
               "الإعلان قريب.")
    assert [spk for spk, _ in speakers(article)] == ["سامي خالد", "كريستيا فريلاند", "وسائل إعلام أمريكية"]


def test_a_verb_right_after_an_indefinite_person_or_source_takes_it_as_its_subject():
    # an indefinite noun takes its clause with no relative pronoun: the clause's verb is about it
    article = ("قال الوزير سامي خالد إن الحدود مغلقة. وكسب الوزير دعوى تشهير رفعتها صحفية إسرائيلية قالت إن الوزير "
               "أساء إليها. لكن متحدثا باسم الرئاسة قال إن الطوارئ سترفع.")
    assert [spk for spk, _ in speakers(article)] == ["سامي خالد", "صحفية إسرائيلية", "متحدثا باسم الرئاسة"]
    # not a document (بيانا ذكر فيه: who issued it), one owned (أحد عماله) or anyone at all (أي موظفة)
    article = ("قال الوزير سامي خالد إن الحدود مغلقة. وأصدر المحامي فهد العلي بيانا ذكر فيه أن موكله بريء. "
               "ومن رسالته إلى أحد عماله يقول: «أوصيك بتقوى الله». وتقدم النقابات المعلومات بخصوص أي موظفة "
               "تعتقد أنها وقعت ضحية.")
    assert [spk for spk, _ in speakers(article)] == ["سامي خالد", "فهد العلي", "فهد العلي"]


def test_a_quote_ending_its_sentence_right_after_who_spoke_is_what_was_said():
    for article in ('وقال أحد أهالي القرية الأكثر تضررا "كانت ليلة جحيم".',
                    'وقال متحدث باسم الشرطة "لا توجد مؤشرات على عمل إرهابي".'):
        assert [(st.type, st.text) for st in extract(article)] == [("direct", article.split('"')[1])], article
    # a name still: after a word that names (تحت عنوان، صحيفة), or the source of what came before it
    assert titled(extract("وقع الهجوم ليلا، وفق ما أفاد مراسل صحيفة «الشرق الأوسط».")) == [
        ("مراسل صحيفة «الشرق الأوسط»", "")]
    assert extract('ونشرت الوزيرة صورا تحت عنوان "امرأة تقود سيارة في الرياض".') == []


def test_a_preposition_on_a_noun_with_its_owners_pronoun_ends_the_name_before_it():
    article = ("قال المذيع فهد سالم إن البرنامج مستمر. واعترف خلف الحربي بعجزه عن تصوير كل البشاعات، وقال إن "
               "الأمر صعب.")
    assert [spk for spk, _ in speakers(article)] == ["فهد سالم", "خلف الحربي"]


def test_a_cue_that_is_also_another_word_speaks_after_where_it_was_posted():
    # كتب is also "books": its content must follow at once, or after where it was written
    for where in ("على صفحته بفيسبوك", "عبر حسابه على تويتر"):
        article = f'وكتب ريفلين {where} "يفوق شعوري بالألم شعوري بالخجل".'
        assert [(st.speaker, st.type) for st in extract(article)] == [("ريفلين", "direct")], where
    assert extract('وكتب ريفلين على الجدار كلمات كثيرة "يفوق شعوري بالألم شعوري بالخجل".') == []


def test_a_quoted_object_of_condemning_is_what_was_said_and_ends_before_the_next_cue():
    found = extract('وندد المتحدث باسم الوزارة سامي خالد بـ"الهجمات المتكررة على المدينة". ونددت الخارجية '
                    'بالاعتداء وقالت إن "الولايات المتحدة تقف إلى جانب حلفائها".')
    assert [(st.speaker, st.text) for st in found] == [
        ("سامي خالد", "الهجمات المتكررة على المدينة"), ("الخارجية", "الولايات المتحدة تقف إلى جانب حلفائها")]


def test_what_follows_an_attribution_phrase_must_be_able_to_speak():
    # حسب أهدافها: "by its goals", no source; وحسب تعبيره: in the words of the one who spoke last
    assert extract("وتوزعت تحركات الأندية حسب أهدافها في بورصة الصيف.") == []
    article = ("وقال أحد العراقيين المخضرمين إن كثيرين لا يعرفون الحقيقة. وحسب تعبيره فإن مصر هي البلد الوحيد "
               "الذي ليست له أطماع.")
    assert [spk for spk, _ in speakers(article)] == ["أحد العراقيين المخضرمين"] * 2
    assert titled(extract("وسيعود الفريق منهكا، وفق تعبير دانيالي دي روسي.")) == [("دانيالي دي روسي", "")]


def test_common_nouns_before_a_title_describe_the_person_named_after_it():
    # عالم الوراثة (a geneticist) is what the professor is, not his name
    found = extract("وقال عالم الوراثة البروفيسور مارتن كولينسون إن الاكتشاف مهم.")
    assert titled(found) == [("مارتن كولينسون", "عالم الوراثة البروفيسور")]


def test_a_subject_before_its_verb_reaches_past_an_apposition_or_a_relative_clause():
    first = "أعلنت الحكومة خطة جديدة. "
    found = extract(first + "غير أن الوزير محمد علوان، رئيس اللجنة المالية، أكد أن الخطة لن تنجح.")
    assert [(st.speaker, st.rule) for st in found] == [("محمد علوان", "verb-clause/before")]
    found = extract(first + "لكن محمد علوان، الذي ترأس الاجتماع، أكد أن الخطة لن تنجح.")
    assert [st.speaker for st in found] == ["محمد علوان"]
    # a noun phrase before the commas names no one: the verb's subject is looked for elsewhere
    found = extract(first + "غير أن الخطة الجديدة، التي أعلنت أمس، أكدت أن الأزمة مستمرة.")
    assert [st.rule for st in found] != ["verb-clause/before"]


def test_a_body_named_by_its_noun_alone_ends_before_the_verbs_object():
    # أعلنت الحكومة خطة جديدة: the government announced a plan; خطة جديدة is no name of the government
    assert titled(extract("أعلنت الحكومة خطة جديدة. وقالت إن الخطة لن تنجح.")) == [("الحكومة", "")]
    found = extract("ووصف الباحثون مشتري الإعلانات بأنهم جماعات مجهولة.")
    assert [st.speaker for st in found] == ["الباحثون"]


def test_the_ligatures_and_longer_formulas_for_god_and_the_prophet_name_them():
    assert speakers("قال ﷺ: «الدين النصيحة».") == [("النبي", "sacred")]
    assert speakers("قال عز من قائل: «وقل ربي زدني علما».") == [("الله", "sacred")]
    # after a name the ligature ends it (not «ﷺ» titled النبي)
    assert titled(extract("وكان رسول الله يوصي أصحابه. قال النبي ﷺ: «الدين النصيحة».")) == [("النبي", "")]


def test_a_conjunction_of_cause_or_condition_ends_a_speaker_phrase_and_is_no_speaker():
    # لأن، إذا، رغم: "because", "if", "despite" open a clause; no one is named by them
    found = extract("وقال محمد عز الدين توفيق إذا كنا نريد التزكية فيجب أن تكون مستمرة.")
    assert [st.speaker for st in found] == ["محمد عز الدين توفيق"]
    assert [st.speaker for st in extract("ويرى رغم ذلك أن الخطة ستنجح.")] != ["رغم"]


def test_a_verb_with_wa_and_no_subject_inside_a_sentence_goes_on_from_the_verb_before_it():
    article = "قال الرئيس إن الخطة جديدة. ويلتقط هيلموت شرودر طرف الحديث ويقول إن الخطة ستنجح."
    assert speakers(article) == [("الرئيس", "subject"), ("هيلموت شرودر", "sentence")]


def test_a_long_title_read_without_its_name_takes_the_name_written_last_before_the_content():
    found = extract("وقال نائب الرئيس والمشرف العام على برامج الشباب في بنك الشرق سامي بن خالد العتيبي، إن "
                    "الجائزة باتت معروفة.")
    assert titled(found) == [("سامي بن خالد العتيبي", "نائب الرئيس والمشرف العام على برامج الشباب في بنك الشرق")]
    # after a title word with the article, the name needs no listed given name
    found = extract("وأوضح الأستاذ المساعد بكلية العلوم بقسم الفيزياء بجامعة الشرق الدكتور عبدالرحيم نوري "
                    "الشنقيطي، أن المسابقة عظيمة.")
    assert [st.speaker for st in found] == ["عبدالرحيم نوري الشنقيطي"]
    # a place where something was said is no title going on (في بلاغه أمام قسم الشرطة)
    found = extract("وقال المحامي في بلاغه أمام قسم شرطة مصر الجديدة إن الرئيس امتنع عن تنفيذ الأحكام.")
    assert "قسم شرطة مصر الجديدة" not in [st.speaker for st in found]
    # the same before a quote; a person the words are about (للمهاجم فلان) is no speaker
    found = extract("وقال المشرف العام على المهرجان عادل العثمان: «المهرجان احتفال كبير بالعيد».")
    assert titled(found) == [("عادل العثمان", "المشرف العام على المهرجان")]
    found = extract("وقال رئيس الهيئة في تغريدة أخرى موجها انتقادا للمهاجم محمد السهلاوي «الحمدان أفضل منه».")
    assert "محمد السهلاوي" not in [st.speaker for st in found]


def test_a_long_title_and_its_name_opening_the_sentence_are_the_subject_of_the_verb_after_them():
    article = ("قال المدير سامر خليل إن المشروع بدأ.\n"
               "مسؤول عيادة التثقيف الغذائي في المستشفى الإسلامي المهندس إبراهيم الزق \u200fيقول إن الطاقة "
               "الشمسية تكفي للطبخ.")
    assert speakers(article)[1] == ("إبراهيم الزق", "before")


def test_a_subject_before_its_verb_may_hold_a_short_quoted_name():
    article = "قال الوزير سامي خليل إن الخطة جاهزة.\nوكانت صحيفة «الوطن» قد ذكرت أن الأمر خطير."
    assert speakers(article)[1] == ("صحيفة «الوطن»", "before")
    article = "قال الوزير سامي خليل إن الخطة جاهزة.\nلكن جريدة \"ديلي ميل\" أكدت أن أغلب المتسوقين فروا."
    assert speakers(article)[1] == ("جريدة \"ديلي ميل\"", "before")
    # a quote that names nothing ends the look back: what was said is no subject
    article = "قال الوزير سامي خليل إن الخطة جاهزة.\nوكانت «الأمور صعبة جدا هنا» قد قالت أن الأمر خطير."
    assert speakers(article)[1][0] != "«الأمور صعبة جدا هنا»"


def test_an_ambiguous_cue_form_written_with_a_shadda_is_the_cue():
    # بيّن (explained) is no preposition: its subject is read as any cue's is
    article = ("قال المدرب سامي خليل إن الفريق جاهز.\nوبشأن المستوى الفني في بطولة غرب آسيا التي اختتمت قبل أيام، "
               "بيّن شيخ المعلقين العرب البدري ان”عناصر الفريق في تلك البطولة كانت خليطاً ما بين الشباب والخبرة”.")
    assert speakers(article)[1] == ("شيخ المعلقين العرب البدري", "subject")
    # written without it, بين still needs its content at once (بين صفوف الجيش … أن is no statement)
    assert speakers("وبين صفوف الجيش المنتشر في المدينة أن الوضع هادئ.") == []


def test_a_title_alone_after_a_verb_that_goes_on_is_the_person_who_spoke_before():
    article = ("وقال جوزيه مورينيو للصحفيين: «كانت مباراة صعبة».\n"
               "وأضاف المدرب البرتغالي: «سنعود أقوى في المباراة المقبلة».")
    assert titled(extract(article)) == [("جوزيه مورينيو", ""), ("جوزيه مورينيو", "")]


def test_a_title_after_a_verb_that_goes_on_keeps_its_own_holder_or_its_other_origin():
    named = ("وقال جوزيه مورينيو للصحفيين: «كانت مباراة صعبة».\n"
             "وقال المدرب الإسباني بيب غوارديولا: «فريقنا لعب جيدا».\n"
             "وأضاف المدرب الإسباني: «سنعود أقوى».")
    assert [st.speaker for st in extract(named)][2] == "بيب غوارديولا"
    other = ("وقال المدرب البرتغالي جوزيه مورينيو للصحفيين: «كانت مباراة صعبة».\n"
             "وأضاف المدرب الإسباني: «سنعود أقوى».")
    assert [st.speaker for st in extract(other)][1] == "المدرب الإسباني"
    after_a_body = ("وقالت وزارة الصحة في بيان: «الوضع مستقر».\n"
                    "وأضاف الوزير: «لا داعي للقلق».")
    assert [st.speaker for st in extract(after_a_body)][1] == "الوزير"
    not_going_on = ("وقال جوزيه مورينيو للصحفيين: «كانت مباراة صعبة».\n"
                    "وقال المدرب البرتغالي: «سنعود أقوى».")
    assert [st.speaker for st in extract(not_going_on)][1] == "المدرب البرتغالي"


def test_a_verb_carrying_its_object_then_bianna_reports_what_was_said_of_the_object():
    found = extract("وانتقد الوزير خالد سالم القرار، ووصفه رئيس الحزب أحمد علي بأنه خطوة في الاتجاه الخاطئ.")
    assert [(st.speaker, st.text, st.cue) for st in found] == [("أحمد علي", "خطوة في الاتجاه الخاطئ", "ووصفه")]
    found = extract('وأعلن المرشح سامي خليل أنه لن يخوض الانتخابات ووصفها بأنها "مسرحية هزلية".')
    assert [(st.speaker, st.text) for st in found] == [
        ("سامي خليل", "لن يخوض الانتخابات"), ("سامي خليل", "مسرحية هزلية")]
    # the noun before a relative is the verb's object, not its subject
    found = extract('وانتقد الوزير خالد سالم القرار الذي وصفه بأنه "خطأ كبير".')
    assert [(st.speaker, st.text) for st in found] == [("خالد سالم", "خطأ كبير")]


def test_what_one_is_described_as_and_a_description_are_no_statements():
    assert extract('وهاجم الوزير خالد سالم ما وصفه بـ"القرارات الخاطئة التي لا يقبلها أحد".') == []
    assert extract("وحين قرأت وصفهم للانقلاب بأنه ناعم تذكرت الثورة.") == []


def test_a_cue_after_a_relative_pronoun_with_a_subject_of_its_own_starts_another_statement():
    found = extract("وقالت الشرطة إن المشتبه به مرتبط بالهجوم الذي قال رئيس الوزراء أحمد داود أوغلو إن "
                    "حصيلته ارتفعت إلى 32 قتيلا.")
    assert [(st.speaker, st.text) for st in found] == [
        ("الشرطة", "المشتبه به مرتبط بالهجوم"), ("أحمد داود أوغلو", "حصيلته ارتفعت إلى 32 قتيلا")]
    found = extract("وقال الوزير سامي خليل إن الأسعار سترتفع، في الوقت الذي قال فيه التلفزيون الرسمي إنها ستنخفض.")
    assert [(st.speaker, st.text) for st in found] == [
        ("سامي خليل", "الأسعار سترتفع"), ("التلفزيون الرسمي", "ستنخفض")]
    # with no subject of its own, the noun before it speaks, inside what was said
    found = extract("وقال الوزير سامي خليل إن الحكومة تدعم المحافظ الذي قال إن المدينة آمنة.")
    assert [st.speaker for st in found] == ["سامي خليل"]


def test_a_short_mention_does_not_take_words_that_are_no_name_as_its_holder():
    article = "وأوضح الباحثون أن الدراسة جديدة.\nوفي إطار الدراسة عرض الباحثون أمام 260 امرأة صورا لرجال."
    assert titled(extract(article)) == [("الباحثون", "")]


def test_an_honorific_pronoun_is_the_one_last_named_with_that_honorific():
    article = ("وافتتح صاحب السمو الملكي الأمير خالد الفيصل أمس السوق.\n"
               "وقال الأمين العام للسوق جريدي المنصوري إن البرنامج متنوع.\n"
               "وشدد سموه على أن السوق محفل للفكر.")
    assert speakers(article) == [("جريدي المنصوري", "subject"), ("خالد الفيصل", "honorific")]
    article = ("أكد معالي وزير الصحة الدكتور سامي خليل أن الخدمات ستتحسن.\n"
               "وقال المتحدث باسم الوزارة أحمد علي إن المستشفيات جاهزة.\n"
               "وأشار معاليه إلى أن الميزانية كافية.")
    assert speakers(article)[2] == ("سامي خليل", "honorific")
    # not one named after a preposition (on whose behalf another acts)
    article = ("رعى معالي الدكتور سليمان العمر الندوة نيابة عن معالي وزير التعليم الدكتور خالد العنقري.\n"
               "وقال رئيس اللجنة أحمد علي إن الندوة ناجحة.\n"
               "وبين معاليه أن التعليم أولوية.")
    assert speakers(article)[1][1] == "honorific" and speakers(article)[1][0].startswith("سليمان العمر")
    # no one honoured before it (the article opens with it): the first named with it after
    article = ("وشدد سموه على أن السوق محفل للفكر.\n"
               "وقال الأمين العام للسوق جريدي المنصوري إن البرنامج يجسد تطلع سمو الأمير خالد الفيصل.")
    assert speakers(article)[0] == ("خالد الفيصل", "honorific")


def test_the_object_after_a_subject_of_a_verb_is_not_part_of_the_name():
    article = "وزار الوزير سامي خليل المستشفى أمس.\nوقال إن الاجتماع سيعقد غدا."
    assert titled(extract(article)) == [("سامي خليل", "الوزير")]


def test_the_subject_of_a_paragraphs_verb_after_a_short_phrase_of_time_or_place_speaks_next():
    article = ("وقالت المتحدثة باسم الشرطة هدى علي إن الوضع هادئ في المدينة.\n"
               "وبعد المباراة، تحدث المدرب سامي خليل عن الفريق، وقال إن الاجتماع سيعقد غدا.")
    assert speakers(article)[1][0] == "سامي خليل"  # (تحدث, a listed verb, is also read in its sentence)
    article = ("وقالت المتحدثة باسم الشرطة هدى علي إن الوضع هادئ في المدينة.\n"
               "وفي وقت لاحق، زار الوزير سامي خليل المستشفى. وقال إن الاجتماع سيعقد غدا.")
    assert speakers(article)[1] == ("سامي خليل", "paragraph")


def test_a_dropped_subject_passes_over_words_that_cannot_speak():
    article = ("قالت المتحدثة باسم الشرطة هدى علي إن الوضع هادئ.\n"
               "وفي ريف دمشق أيضا، وجهت الشبكة السورية لحقوق الإنسان نداء لحماية المدنيين. "
               "وأضافت أن الجثث ملقاة على الأرصفة.")
    assert "نداء" not in [st.speaker for st in extract(article)][-1]


def test_words_of_speech_with_their_owner_after_la_are_the_owners():
    found = extract("وحسب تصريحات للرئيس الروسي فلاديمير بوتين، فإن الضحايا سيتلقون مساعدات.")
    assert titled(found) == [("فلاديمير بوتين", "الرئيس الروسي")]


def test_a_conjunction_is_never_a_source():
    found = extract("إما أن أقبل هذه الشكوى وحسب وإما أن أوضح للشخص الجانب الإيجابي.")
    assert all(st.speaker not in ("وإما", "إما") for st in found)


def test_a_dropped_subject_takes_a_person_named_with_a_title_in_its_paragraph_before_an_earlier_speaker():
    article = ("وقال المتحدث باسم الشرطة أحمد علي إن الوضع هادئ.\n"
               "ومن الملاحظات أيضا أن نائب الأمين العام للجامعة الدكتور جورج صبرة قال إن بعض الأطراف لم تكن "
               "مرحبة بالقمة.")
    assert speakers(article) == [("أحمد علي", "subject"), ("جورج صبرة", "previous")]
    # not when the paragraph names the earlier speaker again, nor one governed by a preposition
    article = ("وقال المعارض جورج صبرة إن الوضع صعب.\n"
               "صبرة، وخلال مؤتمر صحافي للحديث عن الدكتور ميشيل كيلو وأعماله، قال إن الحل قريب.")
    assert speakers(article)[1][0] == "جورج صبرة"


def test_a_title_whose_holder_is_named_after_where_it_was_said_takes_the_name():
    for article in ("وقال وزير الخارجية المصري في مؤتمر صحفي أمس، جورج صبرة، إن المفاوضات مستمرة.",
                    "وأكد مدير عام الشركة لـ«الرياض» المهندس جورج صبرة أن المشروع سيكتمل.",
                    "وقال المتحدث الرسمي لوزارة الصحة، في تصريح صحفي، الدكتور جورج صبرة إن الوضع مستقر."):
        assert [st.speaker for st in extract(article)] == ["جورج صبرة"], article
    # not the one met, nor the outlet told, nor a cue
    assert [st.speaker for st in extract("وقالت مديرة الاستثمار في الشركة، لبي بي سي، إن الهبوط متوقع.")] \
        == ["مديرة الاستثمار"]
    found = extract("واعتبر الأمين العام للأمم المتحدة، في بيان أصدره المتحدث باسمه، أن الإخفاق واضح.")
    assert [st.speaker for st in found] == ["الأمين العام للأمم المتحدة"]


def test_a_title_before_a_quoted_phrase_names_no_family_name_by_its_closing_mark():
    art = Article('وعبر عن فرحته بأداء اليمين الدستورية أمام "هذه المحكمة العريقة"، مؤكدا أن الانتخابات نزيهة.',
                  lexicon.load())
    # (the comma before مؤكدا, a punctuation key, was once read as the family name)
    entries = [mentions._titled_entry_at(art, k) for k in mentions._title_starts(art)]
    assert entries and all(entry is None or entry[0] for entry in entries)


def test_an_attribution_phrase_needs_a_source_not_a_measure_nor_a_relative_clause():
    # حسب تقويم: by a calendar, no source; الذي ورد في: a relative clause about a noun
    assert extract("لكن المملكة بدأت شهر شعبان في السابع والعشرين من أبريل حسب تقويم أم القرى، ما أثار الجدل.") == []
    assert extract("وهذا الوجوب، الذي ورد في النص القرآني بشكل صريح، تم الانتباه إليه مبكرا.") == []


def test_no_name_follows_a_plural_title():
    found = extract("ووفقا للباحثين يمكن أن تكون الأداة مفيدة في فهم وظائف مهنية معينة.")
    assert [(st.speaker, st.text[:12]) for st in found] == [("الباحثين", "يمكن أن تكون")]


def test_whom_a_body_or_a_title_told_is_not_part_of_its_name():
    assert speakers("وقالت الشرطة لبي بي سي إن الفتاة كانت مفقودة منذ أيام.")[0][0] == "الشرطة"
    assert speakers("وقال المتحدث لوكالة فرانس برس إن الهجوم أسفر عن مقتل ثلاثة.")[0][0] == "المتحدث"
    # the director of an agency works there: his name follows
    found = extract("وقال المدير العام لوكالة الأنباء جورج صبرة إن الهجوم أسفر عن مقتل ثلاثة.")
    assert [st.speaker for st in found] == ["جورج صبرة"]


def test_a_short_place_after_a_title_is_followed_by_a_name_that_opens_with_a_given_name():
    found = extract("وأكد رئيس مجلس إدارة الغرفة التجارية في منطقة الباحة أحمد العويفي أن المشروع سيبدأ قريبا.")
    assert titled(found) == [("أحمد العويفي", "رئيس مجلس إدارة الغرفة التجارية في منطقة الباحة")]


def test_a_compound_given_name_reads_as_a_name_before_a_title_but_an_office_with_religion_does_not():
    found = extract("وقال محي الدين العارضة عضو مجلس الإدارة إن الشركة مستقرة.")
    assert titled(found) == [("محي الدين العارضة", "عضو مجلس الإدارة")]
    lex = lexicon.load()
    for office in ("رجل الدين الشيعي", "عالم الدين البارز"):
        art = Article(f"وقال {office} إن الوضع هادئ.", lex)
        assert not looks_like_a_name(art.doc, lex, 1, 4)
    art = Article("وقال نور الدين مفتاح إن الوضع هادئ.", lex)
    assert looks_like_a_name(art.doc, lex, 1, 4)


def test_the_noun_a_relative_pronoun_refers_to_takes_a_quoted_name_and_agrees_with_it():
    found = extract('وأثار القرار انتقادات من نشطاء من بينهم منظمة "أوكسفام" الخيرية التي تقول إن التزام الاتحاد '
                    'ضعيف.')
    assert [st.speaker for st in found] == ['منظمة "أوكسفام" الخيرية']
    # الذي after a feminine noun refers to someone further back, not to that noun
    found = extract("وهي نظرة يؤكدها جورج صبرة المكلف بالشؤون الثقافية في الحكومة الفيدرالية الأمريكية الذي يقول إن "
                    "التحرك الثلاثي مهم.")
    assert all("الحكومة" not in st.speaker for st in found)


def test_added_goes_on_from_the_last_speaker_past_an_untitled_subject_of_a_verb_in_between():
    article = ("وقال الباحث جورج صبرة إن الأحزاب تستعمل الخطاب الديني.\n"
               "ونشر موقع هسبريس الحوار كاملا أمس. وأضاف أن الحملة الانتخابية ضعيفة.")
    assert speakers(article)[-1] == ("جورج صبرة", "previous")
    # a person named with a title in between is still who a dropped subject means
    article = ("وقال الباحث جورج صبرة إن الأحزاب تستعمل الخطاب الديني.\n"
               "واستقبل الوزير سامي خليل الوفد أمس. وأضاف أن الحملة الانتخابية ضعيفة.")
    assert speakers(article)[-1][0] == "سامي خليل"


def test_a_name_followed_by_a_blessing_is_a_person_and_the_blessing_names_no_one():
    # وكان عروة رضي الله عنه … يقول: the one named with the blessing, not an earlier speaker
    article = ("قال عمر بن الخطاب: «لو عثرت بغلة في العراق لسئلت عنها». "
               "وكان عروة رضي الله عنه إذا رجع من السوق يقول لأهله: الصلاة الصلاة.")
    assert [st.speaker for st in extract(article)] == ["عمر بن الخطاب", "عروة"]
    # the Prophet named before a formula and a comma is the subject of the verb after them
    article = "روى الطبراني، عن عبادة بن الصامت، أن رسول الله صلى الله عليه وسلم، قال يوماً: «أتاكم رمضان»."
    assert extract(article)[-1].speaker == "رسول الله"


@pytest.mark.parametrize(("article", "expected"), [
    # a long title after the name: الذي is the titled person's, not the hospital's
    ("التقت الصحيفة الدكتور سامي خليل استشاري ورئيس قسم الجراحة بمستشفى الملك فهد بجدة، الذي أوضح أن "
     "الجراحة ممكنة.", ["سامي خليل"]),
    # a time between the name and الذي
    ("وتتناقض تصريحاته مع تلك التي أدلى بها نائب الوزير جورج صبرة الأسبوع الماضي الذي أكد أن البرنامج "
     "لم يوجد.", ["جورج صبرة"]),
])
def test_a_relative_pronoun_after_a_long_title_or_a_time_refers_to_the_titled_person(article, expected):
    assert [st.speaker for st in extract(article)] == expected


def test_a_relative_pronoun_may_refer_to_a_document_rather_than_the_titled_person_before_it():
    found = extract("ودعا رئيس الحكومة سامي خليل إلى تطبيق قانون التسخير، الذي ينص على أن كل متغيب منفصل.")
    assert [st.speaker for st in found] != ["سامي خليل"]


def test_a_sentence_opening_with_a_title_and_a_name_then_a_comma_gives_the_verb_its_subject():
    article = "وقال الوزير جورج صبرة إن الوضع صعب.\nالنائب عن التحالف الوطني سامي خليل، أكد أن الاتفاق مهم."
    assert speakers(article) == [("جورج صبرة", "subject"), ("سامي خليل", "before")]



@pytest.mark.parametrize("article", [
    "قال الوزير جورج صبرة إن الوضع صعب.\nأما الخبير الاقتصادي سامي خليل، فقد اعتبر أن الأسعار سترتفع.",
    "قال الوزير جورج صبرة إن الوضع صعب.\nأما الخبير الاقتصادي سامي خليل، استبعد أن ترتفع الأسعار.",
    "قال الوزير جورج صبرة إن الوضع صعب.\nأما رئيس مجلس إدارة الشركة، خالد سامي خليل، فقال إن الأسعار سترتفع.",
])
def test_the_topic_after_amma_is_the_subject_of_the_verb_its_clause_goes_on_with(article):
    assert extract(article)[-1].speaker.endswith("سامي خليل")


def test_a_second_title_in_apposition_after_amma_is_not_read_as_a_name():
    found = extract("قال الوزير جورج صبرة إن الوضع صعب.\n"
                    "أما المتحدث باسم الحكومة، رئيس الحزب، فقال إن الأسعار سترتفع.")
    assert found[-1].speaker == "المتحدث باسم الحكومة"


def test_amma_before_a_form_that_is_not_a_verb_of_saying_makes_no_statement():
    # أما الطفل فقد تبين أنه …: it turned out (تبيّن), not بيّن
    found = extract("وأكد الأطباء أن حالتهم حرجة. أما الطفل الرضيع فقد تبين أنه فارق الحياة، فنقل إلى المستشفى.")
    assert [st.speaker for st in found] == ["الأطباء"]


def test_a_singular_verb_does_not_take_people_in_the_plural_as_its_dropped_subject():
    article = ("وقال الصحفي جورج صبرة إن الحكم ظالم.\n"
               "وكانت الصحيفة موضع ملاحقات رأى مؤيدوها أنها مناورات سياسية.\n"
               "وقال لزملائه «لن نستكين للخوف أبدا».")
    assert [st.speaker for st in extract(article)] == ["جورج صبرة", "مؤيدوها", "جورج صبرة"]
    lex = lexicon.load()
    assert all(mentions.names_people(lex, head) for head in ("المحتجون", "مؤيدوها", "المسؤولون", "الفلسطينيين"))
    assert not mentions.names_people(lex, "الحكومة") and not mentions.names_people(lex, "سامي خليل")
    assert not mentions.names_people(lex, "القوة")  # (ة is no ه: a force, not his lawyers)


def test_a_singular_noun_or_a_name_ending_like_a_plural_is_no_people():
    # (القانون، البنتاغون، ماكرون end as المحتجون does: no sound plural of a listed noun)
    lex = lexicon.load()
    assert not any(mentions.names_people(lex, head) for head in ("القانون", "البنتاغون", "ماكرون"))
    article = ("ونصت المسودة على إنشاء هيئة جديدة للقطاع.\n"
               "وأشار القانون الجديد إلى أن للهيئة موازنة مستقلة.\n"
               "وأوضح أن الهيئة تتمتع بجميع الإعفاءات.")
    assert [st.speaker for st in extract(article)][-1] == "القانون الجديد"


def test_the_subject_opening_a_sentence_before_a_verb_that_is_no_cue_is_a_later_antecedent():
    article = ("قالت الصحيفة إن المقال مهم.\n"
               "الكاتبة تتحدث في المقال عن الأدوار الروسية في سوريا. وتقول إن روسيا تريد البقاء.")
    assert [st.speaker for st in extract(article)][-1] == "الكاتبة"


def test_a_verb_with_fa_does_not_go_on_from_a_cue_of_the_sentence_before():
    # وحل فلان ضيفا …، وقال: not the speaker of قالت in the sentence before
    found = extract("قالت الحكومة إن الأمر انتهى. وحل الخبير الاقتصادي خالد العمري ضيفا على البرنامج، "
                    "وقال إن الأسعار سترتفع.")
    assert found[-1].speaker != "الحكومة"


def test_a_stray_comma_after_the_verb_before_a_named_subject():
    found = extract("وقال، جان فرانسوا مارتينز، مساعد رئيس بلدية باريس، إن «التهديدات ما زالت على أشدها».")
    assert titled(found) == [("جان فرانسوا مارتينز", "مساعد رئيس بلدية باريس")]


def test_a_titled_subject_before_a_comma_and_qad_after_what_opens_its_clause():
    article = ("قال الوزير جورج صبرة إن الأمر انتهى.\n"
               "يذكر أن وزير الشؤون الخارجية خالد العمري، قد أكد أن الأسعار سترتفع.")
    assert speakers(article)[-1] == ("خالد العمري", "before")


def test_the_particle_after_an_attribution_phrase_is_neither_its_source_nor_its_content():
    found = extract('وبحسب المحققين الروس، فلقد "سقط الشاب بمفرده من شرفة شقته في الطابق الخامس".')
    assert [(st.speaker, st.type, st.text) for st in found] == [
        ("المحققين الروس", "direct", "سقط الشاب بمفرده من شرفة شقته في الطابق الخامس")]


def test_an_attribution_phrase_before_a_verb_with_a_subject_of_its_own_leaves_the_statement_to_it():
    found = extract("وحسب البلاغ، أكدت المحكمة الإدارية أن القرار نهائي ولا رجعة فيه.")
    assert [(st.cue, st.speaker) for st in found] == [("أكدت", "المحكمة الإدارية")]


def test_the_report_a_relaying_verb_quotes_from_is_not_issued_by_its_source():
    article = ("أظهرت دراسة نشرتها مجموعة «جينز للمعلومات» أن الإنفاق العسكري ارتفع في المنطقة.\n"
               "ومن المتوقع أن يرتفع الإنفاق أكثر، حسبما نقله التقرير عن خبير في الشؤون الأمنية. "
               "ويؤكد التقرير أن الاتجاه جاء بعد توقيع الاتفاق النووي.")
    assert [st.speaker for st in extract(article)] == ["مجموعة «جينز للمعلومات»"] * 2
    article = ("أظهرت دراسة نشرتها جامعة القاهرة أن الأسعار ارتفعت. ونقل التقرير عن خبير في الشؤون الأمنية "
               "قوله إن الأسعار سترتفع أكثر. وذكر التقرير أن الحكومة لم تتدخل.")
    assert [st.speaker for st in extract(article)] == ["جامعة القاهرة", "خبير في الشؤون الأمنية", "جامعة القاهرة"]


def test_what_a_report_reveals_after_its_verbs_an_is_not_who_issued_it():
    article = ("وكشف التقرير عن استقطاب البلاد نحو 399 مليون دولار من الاستثمارات.\n"
               "وذكر التقرير أن العديد من الدول شرعت في تحرير الاستثمارات.")
    assert [st.speaker for st in extract(article)] == ["التقرير"]


def test_the_report_alone_takes_the_issuer_of_the_document_before_it_but_reports_do_not():
    article = ("أظهرت دراسة نشرتها جامعة القاهرة أن الأسعار ارتفعت.\n"
               "وذكر التقرير أن الحكومة لم تتدخل بعد.")
    assert [st.speaker for st in extract(article)] == ["جامعة القاهرة"] * 2
    article = article.replace("وذكر التقرير", "وذكرت تقارير أخرى")
    assert extract(article)[-1].speaker != "جامعة القاهرة"


def test_a_cue_form_after_an_or_ila_is_a_noun_and_a_lone_letter_is_nobody():
    # عن ذكر الله: the remembrance of God, no verb with a subject; و written apart is no name
    article = ("وقال الشيخ خالد العمري إن الإيمان يذبل في القلوب. فقد فترت ألسنة البعض عن ذكر الله و عوضته "
               "بالخوض في أعراض الناس. وأضاف أن التصوف ينسف أطروحتهم.")
    assert [st.speaker for st in extract(article)] == ["خالد العمري", "خالد العمري"]


def test_a_demonstrative_with_fa_ends_a_name():
    art = Article("في الشيخ حمزة القادري البودشيشي فذلك يرجع إلى أسباب عدة.", lexicon.load())
    phrase = art.phrase_at(1)
    assert art.text[art.toks[phrase.first].start:art.toks[phrase.last].end] == "الشيخ حمزة القادري البودشيشي"


def test_a_relative_pronoun_after_a_title_in_apposition_refers_to_the_person_named_before_it():
    article = ("وقال خالد العمري إن الأمر انتهى. والتقت الصحيفة الدكتور سامي أبو الفتوح، استشاري جراحة المخ "
               "والأعصاب، الذي أضاف أن العملية ناجحة.")
    assert titled(extract(article))[-1] == ("سامي أبو الفتوح", "الدكتور")
    # a bare demonstrative before the relative pronoun is the thing meant, no speaker
    found = extract("وكان بإمكانه أن يصل إلى تسوية بعقوبة أقل قساوة من تلك التي طالب بأن تفرض عليه.")
    assert all(st.speaker != "تلك" for st in found)


@pytest.mark.parametrize("article", [
    "قالت الحكومة إن الأمر انتهى. خالد العمري، أكد أن الأسعار سترتفع.",
    "قالت الحكومة إن الأمر انتهى. لكن خالد العمري، أكد أن الأسعار سترتفع.",
])
def test_a_name_alone_before_a_comma_and_the_verb_is_its_subject(article):
    assert speakers(article)[-1] == ("خالد العمري", "before")


def test_a_given_name_then_a_family_name_that_is_also_a_word_is_a_verbs_subject():
    # العمري is also a common word (عمر): after the given name خالد it is a family name
    found = speakers("قالت الحكومة إن الأمر انتهى. وتحدث خالد العمري، مؤكدا أن الأسعار سترتفع.")
    assert found[-1] == ("خالد العمري", "sentence")


@pytest.mark.parametrize("article, speaker", [
    ("وقالت المرأة إن الوضع صعب.\nالشرطة المحلية، ذكرت أنها عثرت على عشرة أشخاص.", "الشرطة المحلية"),
    ("وقالت المرأة إن الوضع صعب.\nالشرطة المحلية، من جانبها، ذكرت أنها عثرت على عشرة أشخاص.", "الشرطة المحلية"),
    ("وقال مصدر أمني إن الوضع هادئ.\nوكانت وزارة الداخلية، أكدت في مارس الماضي أن الأمن بدأ عملية واسعة.",
     "وزارة الداخلية"),
])
def test_a_body_filling_the_clause_before_a_comma_and_the_verb_is_its_subject(article, speaker):
    assert speakers(article)[-1] == (speaker, "before")


def test_a_clause_with_a_verb_of_its_own_before_the_comma_is_no_subject():
    article = ("وقالت وسائل إعلام محلية إن التحقيق جار.\n"
               "وأفادت الصحيفة بأن السلطات باشرت إجراءات لملاحقة أشخاص، قالت إنه يشتبه في تورطهم.")
    assert all(not st.speaker.startswith("السلطات") for st in extract(article))


def test_a_family_name_the_article_gave_with_a_title_is_the_subject_of_a_verb_before_its_object():
    article = ("يواجه الرئيس الفرنسي إيمانويل ماكرون لانتقادات واسعة. وقال المتحدث باسم الرئاسة برونو روجيه إن "
               "\"الأمر انتهى\".\nوخلال زيارة لمدينة ليون اليوم رفض ماكرون الإجابة على أسئلة الصحافيين، وقال في مقطع "
               "فيديو \"لست هنا لأراكم\".")
    assert titled(extract(article))[-1] == ("إيمانويل ماكرون", "الرئيس الفرنسي")
    art = Article(article, lexicon.load())
    s, e, title = mentions.titled_person(art, "ماكرون")  # (the name ends before لانتقادات)
    assert (art.text[s:e], title) == ("إيمانويل ماكرون", "الرئيس الفرنسي")


def test_the_same_source_with_no_source_named_before_is_the_one_cited_last_but_not_a_document():
    article = ("حجزت فرق المراقبة كميات من المواد، وفق ما ذكره المدير الجهوي للتجارة خالد العمري.\n"
               "وأضاف ذات المصدر أن الفرق ستواصل عملها.")
    assert [spk for spk, _ in speakers(article)] == ["خالد العمري", "خالد العمري"]
    article = ("وقال الرئيس خالد العمري إن الوضع مستقر.\n"
               "وتراجعت شعبية الحزب، بحسب نفس الاستطلاع.")
    assert all(spk != "خالد العمري" for spk, _ in speakers(article)[1:])


def test_the_correspondent_told_after_a_source_is_not_part_of_it():
    assert speakers("وأكد مصدر أمني لمراسل الإذاعة في الجهة أن الوضع هادئ.") == [("مصدر أمني", "subject")]
    assert speakers("وتراجعت الأسعار، وفق ما ذكره مصدر طبي لمراسلة الإذاعة.") == [("مصدر طبي", "subject")]


def test_a_verb_that_does_not_agree_with_its_relative_pronoun_has_the_noun_before_as_its_object():
    article = ("قال الوزير خالد العمري إن الأمر انتهى.\n"
               "وكشف النادي عن قيمة الصفقة التي قال إنها في حدود 30 مليون يورو.")
    assert all(spk != "قيمة الصفقة" for spk, _ in speakers(article))
    # but the statements a person made, the one named after them, said them
    article = ("انتقدت الكاتبة خديجة العمري تصريحات رئيس الحزب، سامي أبو الفتوح والتي قال فيها إن "
               "الانتخابات ستؤجل.")
    assert speakers(article) == [("سامي أبو الفتوح", "before")]


def test_a_feminine_verb_whose_antecedent_is_no_woman_takes_a_woman_named_with_a_title_since():
    article = ("وقال الأستاذ خالد العمري إن المشروع ناجح.\n"
               "وافتتح المؤتمر بحضور رئيسة الجامعة السيدة خديجة العمري التي ركزت على البحث.\n"
               "وأشارت أيضا إلى أن الدولة سخرت موارد هامة.")
    assert titled(extract(article))[-1] == ("خديجة العمري", "السيدة")
    # a masculine verb keeps the antecedent
    article = article.replace("وأشارت", "وأشار")
    assert titled(extract(article))[-1] == ("خالد العمري", "الأستاذ")


def test_a_cue_that_is_also_another_word_speaks_when_it_says_on_which_site_it_was_posted():
    article = ("وقال مركز الأرصاد إن الحرارة مرتفعة.\n"
               "وكتب رئيس الوزراء خالد العمري على تويتر \"مشاعري مع عائلات الذين لقوا حتفهم خلال الموجة الحارة\".\n"
               "وتابع أن الحرارة ستستمر.")
    assert speakers(article) == [("مركز الأرصاد", "subject"), ("خالد العمري", "subject"), ("خالد العمري", "previous")]


@pytest.mark.parametrize("article, speaker", [
    ("وقال النائب بمجلس الشعب رضا الورتاني إن الحكومة ستسقط.", ("رضا الورتاني", "النائب بمجلس الشعب")),
    ("وقال وزير العلاقة مع البرلمان مهدي الورتاني إن الحكومة باقية.", ("مهدي الورتاني", "وزير العلاقة مع البرلمان")),
])
def test_a_common_given_name_after_a_title_starts_the_name(article, speaker):
    assert titled(extract(article)) == [speaker]


def test_a_definite_word_after_abd_is_part_of_the_name_not_of_the_title():
    found = titled(extract("وقال الشيخ عبد الحي يوسف الورتاني إن الوضع خطير."))
    assert found == [("عبد الحي يوسف الورتاني", "الشيخ")]


def test_a_common_noun_joined_by_wa_to_an_organisations_name_belongs_to_the_title():
    found = titled(extract("وقال الأستاذ بمعهد الصحافة وعلوم الإخبار عبد الكريم الورتاني إن الأخبار الزائفة تنتشر."))
    assert found == [("عبد الكريم الورتاني", "الأستاذ بمعهد الصحافة وعلوم الإخبار")]


def test_the_subject_of_a_clause_that_describes_a_noun_between_commas_is_no_antecedent():
    article = ("وقال الكاتب خالد العمري إن النجاح للجميع.\n"
               "وأشار في مقال له بعنوان \"التجربة\"، نشرته صحيفة (الغد) الأردنية، إلى أن التجربة أثبتت نجاحها.\n"
               "وقال إن الإرادة السياسية لعبت دورا مهما.")
    assert [spk for spk, _ in speakers(article)] == ["خالد العمري"] * 3


def test_an_indefinite_common_noun_after_a_bodys_name_is_the_verbs_object_not_part_of_the_name():
    article = "وأعلنت اللجنة الدولية للصليب الأحمر إجلاء أكثر من ألف مدني، مؤكدة أن العملية مستمرة."
    assert titled(extract(article)) == [("اللجنة الدولية للصليب الأحمر", "")]


def test_a_plain_name_after_a_definite_document_is_the_verbs_object_not_its_holder():
    article = ("وقالت الصحيفة إن المنتخب خسر.\n"
               "ووصف التقرير نيمار، باللاعب الأسوأ في البطولة، مؤكدا أنه تعرض لمخالفات كثيرة.")
    assert all("نيمار" not in spk for spk, _ in speakers(article))


def test_the_audience_with_lil_after_a_title_and_the_body_after_bism_are_no_part_of_the_name():
    assert titled(extract("وقال الحاكم للصحافيين: \"تركيزي هو على تطبيق القانون\".")) == [("الحاكم", "")]
    found = titled(extract("وقال المتحدث باسم حماس فوزي الورتاني في بيان إن الرد قادم."))
    assert found == [("فوزي الورتاني", "المتحدث باسم حماس")]


def test_the_programme_a_speaker_was_the_guest_of_is_no_part_of_the_name():
    found = titled(extract("وأكدت النائبة خديجة الورتاني ضيفة بوليتيكا أن الحكومة فشلت."))
    assert found == [("خديجة الورتاني", "النائبة")]


def test_a_family_name_given_with_a_title_takes_the_titles_gender_not_the_verb_forms():
    # وتحدث is a man's past verb that looks like a woman's present one: the title tells (الرئيس)
    article = ("وقالت الوزيرة خديجة الورتاني إن البلاد آمنة.\n"
               "وزار الرئيس خالد بوعزة المدينة أمس. وتحدث بوعزة عن الأمن.\n"
               "وأضافت أن الأمن مستتب.")
    assert speakers(article)[-1] == ("خديجة الورتاني", "previous")


def test_the_guest_of_a_programme_alone_is_the_person_who_spoke_last():
    article = ("وقال القيادي في الحزب خالد الورتاني إن الحكومة فشلت.\n"
               "وأضاف ضيف \"بوليتيكا\" أن الانتخابات ستجرى في موعدها.")
    assert titled(extract(article)) == [("خالد الورتاني", "القيادي في الحزب")] * 2


def test_one_of_an_unnamed_source_is_all_of_it_the_speaker():
    assert titled(extract("وقال أحد شهود العيان إن الوضع هادئ.")) == [("أحد شهود العيان", "")]


def test_a_cue_form_after_min_is_a_noun_or_whoever_no_speaker():
    found = extract("ولم يتمكن أغلب الذين حضروا من متابعة كل أشغال الجلسة لمعرفة أن القرارات نهائية.")
    assert found == []


def test_a_cue_form_after_a_preposition_that_takes_nouns_is_a_noun():
    article = ("وقال الوزير خالد الورتاني في تصريح صحفي، بشأن مطالبة البحارة بالترفيع في الحصة، "
               "إن اللجنة رفعت الحصة.")
    assert [st.cue for st in extract(article)] == ["وقال"]


def test_a_family_name_alone_takes_the_full_name_and_the_title_it_was_given():
    article = ("قال وزير الخارجية الألماني خالد العمري إن المحادثات كانت صريحة.\n"
               "وفي مؤتمر صحفي لاحق، قال العمري إن بلاده لن تغير موقفها.")
    found = [(st.speaker, st.speaker_title) for st in extract(article)]
    assert found == [("خالد العمري", "وزير الخارجية الألماني")] * 2


def test_a_name_governed_by_a_preposition_is_no_full_name_of_its_last_word():
    # (عضو في وفد العمري is a member of his delegation: العمري alone stands for the minister)
    article = ("وقال الوزير خالد العمري إن المحادثات كانت صريحة.\n"
               "وقال عضو في وفد العمري إن الجولة المقبلة ستعقد في الرباط.\n"
               "وأكد العمري أن بلاده لن تغير موقفها.")
    assert [st.speaker for st in extract(article)] == ["خالد العمري", "عضو في وفد العمري", "خالد العمري"]


def test_a_dropped_subject_opening_a_paragraph_goes_on_from_the_titled_subject_opening_the_one_before():
    article = ("وقال اللاعب فوزي الورتاني إن الفريق لعب بروح عالية.\n"
               "وتقدم الفريق في الربع الأخير بقيادة الورتاني الذي سجل 32 نقطة.\n"
               "وبارك رئيس الاتحاد خالد العمري، الفوز الكبير الذي حققه المنتخب.\n"
               "وقال: 'هذا فوز تاريخي لكرة السلة'.")
    assert [st.speaker for st in extract(article)] == ["فوزي الورتاني", "خالد العمري"]


def test_a_two_word_adverb_between_a_verb_and_its_subject_is_passed_over():
    article = ("صرح الدفاع المدني بمقتل طفلين في انفجار قنبلة.\n"
               "وتدخلت على الفور المديرية العامة للحماية المدنية في المدينة.\n"
               "وأوضحت أن الحادث أسفر عن مقتل طفلين.")
    assert [st.speaker for st in extract(article)][-1] == "المديرية العامة للحماية المدنية"


def test_the_one_with_li_after_sabaqa_is_the_subject_of_the_verb_after_an():
    article = 'ولم يكن المدرب على علم بذلك. وسبق لمجلة "فرانس فوتبول" الفرنسية أن كشفت أن النادي وافق على العرض.'
    assert [st.speaker for st in extract(article)] == ['مجلة "فرانس فوتبول" الفرنسية']
    assert [st.speaker for st in extract("وسبق للوزير خالد العمري أن أكد أن الخطة جاهزة.")] == ["خالد العمري"]


def test_a_document_of_a_body_in_construct_is_the_bodys_statement():
    article = ("وأعلنت وزارة النقل الماليزية الأحد أنه تم التعرف على الجنيح.\n"
               "وجاء في بيان الوزارة أن السلطات الفرنسية تحققت من ذلك.")
    assert [st.speaker for st in extract(article)] == ["وزارة النقل الماليزية"] * 2
    # (بيان نشره فلان: نشره, which folds as نشرة, a bulletin, links the issuer; it names none)
    [st] = extract("وجاء في بيان نشره رئيس الاتحاد خالد العمري أن المدرب سيغادر.")
    assert st.speaker.endswith("خالد العمري") and not st.speaker.startswith("نشره")


def test_a_document_takes_its_issuer_as_the_statement_it_was_named_in_resolved_its_issuer():
    article = ("وقالت وزارة الخارجية الروسية إن الإعلان الأمريكي لا يعكس الواقع.\n"
               "وتابعت الوزارة في بيانها قائلة إن المنظمة تعمل ضد مصالح البلاد.\n"
               "وجاء في البيان أن روسيا تدعم المنظمات التي تقوم بعمل بناء.")
    assert [speaker for speaker, _ in speakers(article)] == ["وزارة الخارجية الروسية"] * 3


def test_a_plural_in_the_accusative_after_the_verb_is_its_object_not_its_subject():
    article = "وقال الداعية خالد العمري إن المرحلة صعبة.\nودعا السوريين ألا يعولوا «على موقف دولي أو موقف عربي»."
    assert [speaker for speaker, _ in speakers(article)] == ["خالد العمري", "خالد العمري"]


def test_the_talk_a_speaker_goes_on_with_is_the_verbs_object():
    article = "وقال الوزير خالد العمري إن الوضع صعب. وتابع الحديث قائلا: التحديات كثيرة ومتنوعة في هذا القطاع."
    assert [speaker for speaker, _ in speakers(article)] == ["خالد العمري", "خالد العمري"]


def test_a_family_name_written_in_full_before_ends_a_titled_subject_before_an_indefinite_object():
    article = ("وزار مدير المستشفى الدكتور خالد بن عصام بلحسن القسم الجديد.\n"
               "وعدّ الدكتور بلحسن عملية الإحلال مهمة حيث أن العمر الافتراضي للأجهزة قصير.")
    [st] = extract(article)
    assert st.speaker == "خالد بن عصام بلحسن"
    # (a name the article wrote with more after it goes on: أنور حمة أمين)
    [st] = extract("وزار الوزير أنور حمة أمين المدينة.\nوقال الوزير حمة أمين إن الخطة جاهزة.")
    assert st.speaker.endswith("أمين")


def test_a_cue_form_after_a_names_link_is_part_of_the_name():
    # طالب (demanded) after بن is a name: neither the cue nor the end of the subject
    [st] = extract("وقال الدكتور خالد بن طالب العمري إن الفريق جاهز للموسم.")
    assert (st.speaker, st.cue) == ("خالد بن طالب العمري", "وقال")
    [st] = extract("أكّد الدكتور فوزي بن طالب الورتاني أن المؤتمر يهدف إلى مراجعة النظام.")
    assert (st.speaker, st.cue) == ("فوزي بن طالب الورتاني", "أكّد")


def test_ali_written_with_ya_where_the_article_writes_ala_with_alef_maqsura_is_a_name():
    article = "أكد الدكتور علي العمري أن المؤتمر يهدف إلى المراجعة. وحث على المشاركة فيه."
    [st] = extract(article)
    assert st.speaker == "علي العمري"
    # (the preposition written على still ends the subject)
    [st] = extract("أكد الوزير على أن الخطة جاهزة للتنفيذ.")
    assert (st.speaker, st.text) == ("الوزير", "الخطة جاهزة للتنفيذ")


def test_a_title_over_something_then_the_holders_name_is_the_holder():
    # المشرف على …، المسؤول عن …: what the title is over, a noun in construct, then the holder's name
    [st] = extract("وأوضح المشرف على فرق الفنون الشعبية سحمي الورتاني، أن مشاركة الفرق جاءت متميزة.")
    assert (st.speaker, st.speaker_title) == ("سحمي الورتاني", "المشرف على فرق الفنون الشعبية")


def test_the_name_in_apposition_after_where_a_title_works_is_the_holder():
    [st] = extract("قال القيادي في حزب آفاق تونس، فوزي الورتاني، اليوم الاثنين، إن ما يحصل خطير.")
    assert (st.speaker, st.speaker_title) == ("فوزي الورتاني", "القيادي في حزب آفاق تونس")


@pytest.mark.parametrize("article", [
    "قال المسؤول في الوزارة، تحت غطاء السرية، إن الوضع صعب.",
    "وقالت صحيفة جمهورييت تحت عنوان عريض إن الوضع صعب.",
])
def test_a_preposition_of_place_or_manner_is_no_part_of_a_name(article):
    [st] = extract(article)
    assert "تحت" not in st.speaker


def test_the_relative_pronoun_after_an_attribution_phrase_refers_to_its_source():
    # وفقا لرئيس المجلس فلان، الذي أوضح أن: the source the phrase names, its ل set aside
    article = "وأعلنت الشركة تعيين مدير جديد، وفقا لرئيس مجلس الإدارة خالد العمري، الذي أوضح أن التعيين إضافة مميزة."
    [st] = extract(article)
    assert (st.speaker, st.speaker_title) == ("خالد العمري", "رئيس مجلس الإدارة")


def test_the_topic_before_the_verbs_fa_is_its_subject_and_the_noun_after_it_its_object():
    # أما فلان فاتهم روسيا: the topic speaks, روسيا is accused (but a verb that does not agree has its own subject)
    article = 'أما وزير الخارجية خالد العمري فاتهم روسيا مباشرة بالضلوع في الحادث، ثم قال: "السبب واضح للجميع".'
    assert [st.speaker for st in extract(article)] == ["خالد العمري"]
    [st] = extract("أما الشخص الآخر فقالت الوزارة إنه كان على تواصل مع المتهم.")
    assert st.speaker == "الوزارة"


@pytest.mark.parametrize(("article", "speaker"), [
    ("وقال المدافع الأرجنتيني البالغ عمره 33 عاما: أتفهم حقا إحباط الجماهير.", "المدافع الأرجنتيني"),
    ("وكتب المدافع الأرجنتيني البالغ من العمر 33 عاما في حسابه على تويتر: «أتفهم حقا إحباط الجماهير».",
     "المدافع الأرجنتيني"),
    # after a named speaker's comma, no title either
    ("وقالت فوزية الورتاني، البالغة من العمر 24 عاما، «ليست لدي أي خطط للسفر هذا العام».", "فوزية الورتاني"),
    ("وقالت فوزية الورتاني، 24 عاما، إنها لا تخطط للسفر هذا العام.", "فوزية الورتاني"),
])
def test_how_old_a_speaker_is_is_no_part_of_the_speaker_nor_a_title_and_the_content_follows_it(article, speaker):
    [st] = extract(article)
    assert (st.speaker, st.speaker_title) == (speaker, "")


def test_a_title_after_this_or_after_the_noun_governing_it_has_no_holder_named_before_it():
    # قرار هذا المدرب، تمديد عقد المدرب: no name before the title; the holder is the one named with it
    article = ("استقال مدرب المنتخب الوطني خالد العمري من مهامه. وكان الاتحاد ينوي تمديد عقد المدرب.\n"
               "وقال المدرب: «أشعر ببعض الملل من الروتين».\n"
               "وجاء قرار هذا المدرب مخالفا لنية الاتحاد.")
    [st] = extract(article)
    assert st.speaker == "خالد العمري"


@pytest.mark.parametrize("but", ["لكنه أكد", "ولكنه أضاف", "لكنه أضاف"])
def test_but_with_the_speakers_pronoun_and_a_cue_ends_the_content_even_with_no_comma(but):
    # … العمل لكنه أكد أن …: the first content ends before "but", the second is a statement of its own
    found = extract(f"وقال خالد العمري إن الحكومة ستواصل العمل {but} أن الموارد محدودة.")
    assert [(st.text, st.speaker) for st in found] == [
        ("الحكومة ستواصل العمل", "خالد العمري"), ("الموارد محدودة", "خالد العمري")]


@pytest.mark.parametrize("title", ["العقيد الركن", "عقيد ركن", "العقيد دكتور", "دكتور", "الرائد", "الميجور", "الزميل"])
def test_a_rank_a_colleague_or_a_doctor_written_without_its_article_is_part_of_the_title(title):
    [st] = extract(f"وقال المتحدث باسم الشرطة، {title} خالد العمري، إن التحقيق مستمر.")
    assert st.speaker == "خالد العمري"


def test_a_general_after_a_title_goes_on_with_the_title_and_starts_no_name():
    # المدير العام، النائب العام: العام is the title's, not the first word of a name
    [st] = extract("وقال خالد العمري رئيس قسم التحقيقات بمكتب النائب العام بالعاصمة إن المحكمة أصدرت حكمها.")
    assert "العمري" in st.speaker and not st.speaker.startswith("العام")


@pytest.mark.parametrize("text", ["وصدر الحكم وحسب قرار المدعي العام.", "ونشرت الوكالة ناقلة تصريح المدعي العام."])
def test_an_attribution_phrase_or_a_noun_of_speech_before_a_title_is_no_name_of_its_holder(text):
    # وحسب قرار المدعي العام، ناقلة تصريح المدعي: what the title is governed by, no name of who holds it
    art = Article(text, lexicon.load())
    k = art.doc.keys.index("المدعي")
    assert name_before(art, k) is None
