"""The speaker-phrase grammar: what a speaker phrase may hold, and what ends or refuses it."""

from __future__ import annotations

import pytest

from qala.extractor import phrases
from qala.extractor.extract import extract
from qala.extractor.lexicon import load
from qala.extractor.tokens import tokenize


def speakers(article: str) -> list[str]:
    return [st.speaker for st in extract(article)]


def titled(article: str) -> list[tuple[str, str]]:
    """(speaker, title) of each statement found in ``article``."""
    return [(st.speaker, st.speaker_title) for st in extract(article)]


def token(word: str):
    return tokenize(word).tokens[0]


@pytest.mark.parametrize(("word", "expected"), [
    ("اجتماعا", True), ("تحديثاً", True), ("قرارا", True),  # indefinite accusatives of common words
    ("روسيا", False), ("أمريكا", False), ("هيفا", False), ("الوزير", False),  # names and a definite noun
])
def test_an_indefinite_accusative_is_told_by_its_form(word, expected):
    assert phrases.is_accusative(load(), token(word)) is expected


@pytest.mark.parametrize(("word", "expected"), [
    ("بقائه", True), ("زيارته", True), ("رأيها", True),  # a common noun with a pronoun attached
    ("نزيه", False), ("طه", False), ("فاطمة", False), ("عبدالله", False),  # names that end in ه or ة
])
def test_a_noun_with_an_attached_pronoun_is_told_by_its_form(word, expected):
    assert phrases.is_possessed(load(), token(word)) is expected


def test_the_verbs_object_after_the_subject_is_not_part_of_the_name():
    assert speakers("أكدت شركة مايكروسوفت تحديثا خاصا لنظامها، وقالت إنه يعالج الخلل.") == ["شركة مايكروسوفت"]
    assert speakers("وقال الرئيس الزائر غاضباً إن المحادثات لم تكن صريحة.")[0] == "الرئيس الزائر"


def test_an_object_or_a_prepositional_phrase_is_never_the_speaker():
    found = extract("قال الوزير سامي خليل إن المشروع يتقدم.\n"
                    "وطالب بوقفة قوية من كل الأطراف، مؤكدا أن النقابة ستواصل عملها.")
    assert [st.speaker for st in found] == ["سامي خليل", "سامي خليل"]


def test_before_whom_something_was_said_is_never_who_said_it():
    # أمام (before) folds as إمام (imam, a title) does: its hamza tells them apart
    assert titled("قال الوزير خالد العمري إن المشروع يتقدم. وقال أمام البرلمان إن الميزانية جاهزة.") \
        == [("خالد العمري", "الوزير")] * 2
    assert titled("وقالت رئيسة الوزراء فوزية الورتاني، أمام أعضاء البرلمان، إن الاتفاق جيد.") \
        == [("فوزية الورتاني", "رئيسة الوزراء")]
    assert titled("وقال إمام المسجد فوزي بوزيد إن الصلاة أقيمت.") == [("فوزي بوزيد", "إمام المسجد")]


def test_an_adverb_or_an_outlet_told_after_the_verb_is_never_its_speaker():
    first = "قال الوزير خالد العمري إن المشروع يتقدم. "
    assert speakers(first + "وقال حينها إن الميزانية جاهزة.") == ["خالد العمري"] * 2
    assert speakers(first + "وقال لبي بي سي إن الميزانية جاهزة.") == ["خالد العمري"] * 2


def test_a_time_after_the_verb_is_never_its_speaker():
    assert speakers("وقال الشهر الماضي إن البنك سيواجه أزمة.") == [""]
    assert speakers("وقالت أمس إن البنك سيواجه أزمة.") == [""]
    # the subject named before takes it: حذر … حذر الشهر الماضي في تقريره
    assert speakers("أكد بنك التسويات الدولية أن الأزمة بعيدة. وحذر الخميس من أن البنوك ستواجه أزمة.") \
        == ["بنك التسويات الدولية"] * 2


@pytest.mark.parametrize(("article", "expected"), [
    ("وكان الناطق باسم المجلس جورج صبرا صرح أمس أن الانفجار بداية النهاية.", "جورج صبرا"),
    ("وقال رئيس المجلس عبد الباسط سيدا إن النظام يسقط.", "عبد الباسط سيدا"),
    # an adverb after a name that is no given name stays out
    ("وقال الرئيس ترامب مؤخرا إن الاقتصاد قوي.", "ترامب"),
])
def test_a_family_name_written_as_an_accusative_after_a_given_name_is_part_of_the_name(article, expected):
    assert speakers(article) == [expected]


def test_a_noun_that_begins_with_waw_and_carries_a_pronoun_is_not_joined_by_waw():
    # والدها is والد + ها (her father), not و + الدها: the name after it is the speaker
    found = extract("وأوضح سامي خليل أن الفريق جاهز. ويؤكد والدها عبد الناصر أنه سيكون فخورا بها.")
    assert [(st.speaker, st.speaker_title) for st in found] == [("سامي خليل", ""), ("عبد الناصر", "والدها")]
    # والي (governor) is a title of its own, not و + الي
    found = extract("وقال والي الخرطوم عبد الرحمن الخضر إن المياه متوفرة.")
    assert [(st.speaker, st.speaker_title) for st in found] == [("عبد الرحمن الخضر", "والي الخرطوم")]


def test_a_noun_of_action_with_its_owners_pronoun_is_no_name():
    # زعمت المحليات توفيرها لسلعة السكر: what the localities claimed, not the name of one of them
    found = extract("وزعمت المحليات توفيرها لسلعة السكر في الأحياء. وأكدت أن الكمية كافية.")
    assert [(st.speaker, st.speaker_title) for st in found] == [("المحليات", "")]


def test_a_definite_title_governed_by_a_title_starts_no_name():
    # رئيس الفريق: the team its head leads, not the rank الفريق before a name
    found = extract("وذكر سامي الخليلي رئيس الفريق القانوني للانتخابات، أن من يثبت شراؤه لأصوات سيعاقب.")
    assert [(st.speaker, st.speaker_title) for st in found] == [("سامي الخليلي", "رئيس الفريق القانوني للانتخابات")]


def test_a_word_the_article_quotes_alone_as_a_name_stays_a_name():
    # فقيها looks like the accusative of فقيه, but the article writes «فقيها» alone: a name
    found = extract("قالت الفنانة هالة صالح فقيها إن المعرض مفتوح للجميع.\nوتحدثت «فقيها» عن رحلتها.")
    assert found[0].speaker == "هالة صالح فقيها"


@pytest.mark.parametrize(("article", "expected"), [
    ("وجاء الكتاب الجديد حسب الحاجة إلى مرجع في المكتبة العربية.", []),  # بحسب = as
    ("وبحسب المرصد السوري لحقوق الإنسان، قتل عشرة أشخاص في القصف.", ["المرصد السوري لحقوق الإنسان"]),
    ("وقتل عشرة أشخاص في القصف، بحسب الأمم المتحدة.", ["الأمم المتحدة"]),
    ("ووفقا لترامب فإن الاتفاق لن يصمد طويلا.", ["ترامب"]),
])
def test_an_attribution_phrase_needs_a_source_after_it(article, expected):
    assert speakers(article) == expected


def test_a_speech_noun_with_its_pronoun_is_the_cue_not_where_the_speaker_works():
    assert speakers("وأكد وكيل وزارة الحج في تصريحه لـ«عكاظ» أن الإجراءات تمت في وقت قياسي.") == [
        "وكيل وزارة الحج"]


def test_where_in_the_talk_something_was_said_is_no_workplace_but_a_name_may_follow_it():
    assert titled("وقال الوزير خالد العمري إن الوضع جيد. وشدد المتحدث في هذا السياق على أن الأمن مسؤولية الدولة.") \
        == [("خالد العمري", "الوزير")] * 2
    assert titled("وأكد مسؤولون في ذات الصدد أن الأمن مسؤولية الدولة.") == [("مسؤولون", "")]
    assert titled("لكن وزير الدفاع في تلك الآونة فوزي بوزيد كشف للإذاعة أن الحكومة قررت الرد.") \
        == [("فوزي بوزيد", "وزير الدفاع في تلك الآونة")]


def test_a_time_adverb_between_a_document_and_its_issuer_is_passed_over():
    found = extract("وأوضحت الدراسة الصادرة حديثا عن المركز الدبلوماسي للدراسات أن النفط سينضب.")
    assert [(st.speaker, st.rule.split("/")[1]) for st in found] == [("المركز الدبلوماسي للدراسات", "issuer")]


def test_a_body_with_the_preposition_written_on_it_issued_the_document_before_it():
    # تقرير لإدارة …: the body, without its ل; a later «التقرير» is the same body's
    assert speakers("وأشار تقرير لإدارة المعلومات الصناعية في المنظمة أن الاستثمارات زادت. "
                    "وذكر التقرير أن الصناعات تنمو.") == ["إدارة المعلومات الصناعية في المنظمة"] * 2
    # the issuer ends where the one who published it begins; a quoted name is part of the body's name
    assert speakers("وقال بيان لوزارة الخارجية نشرته وكالة الأنباء الرسمية إن القرار نهائي.") == ["وزارة الخارجية"]
    assert speakers('وكان تقرير لصحيفة "فايننشال تايمز" قد صدر أمس. وذكر التقرير أن التحقيقات مستمرة.') \
        == ['صحيفة "فايننشال تايمز"']


@pytest.mark.parametrize(("article", "expected"), [
    # لل on a body: the body with its article
    ("سقطت طائرة عسكرية غربي العراق، بحسب بيان للمنظمة الدولية للهجرة. وأشار البيان إلى أن فرق الإنقاذ تعمل.",
     ["المنظمة الدولية للهجرة"] * 2),
    # the statement «في بيانه» names its issuer for a later «البيان»
    ("وأكد المحامي سامي خليل في بيانه أن موكله بريء. وشدد البيان على أن الاتفاق لا يعد اعترافا.",
     ["سامي خليل"] * 2),
    # بلاغ, the Maghreb's communiqué, is a document too
    ("وذكر بلاغ صادر عن وزارة العدل أن جميع القطاعات مدعوة إلى المشاركة. وأضاف البلاغ أن الحملة تبدأ غدا.",
     ["وزارة العدل"] * 2),
    # the issuer ends before what the report expected (a noun of action after the body's adjective)
    ("وتوقع تقرير حديث للوكالة الصينية ارتفاع أعداد السياح. وأشار التقرير إلى أن السياح سيزيدون.",
     ["الوكالة الصينية"]),
])
def test_a_later_mention_of_the_document_takes_its_issuer(article, expected):
    assert speakers(article) == expected


def test_a_verb_with_its_preposition_ends_a_subject_phrase():
    found = extract("وقالت مجموعة تطلق على نفسها اسم «أنونيموس تونس» إنها ستواصل الحملة.")
    assert [st.speaker for st in found] == ["مجموعة"]


def test_a_common_noun_after_the_speakers_comma_is_the_verbs_object_not_a_title():
    # (before a relative pronoun: الفوز الكبير الذي is what was described, not what the speaker is)
    [st] = extract('وصفت حكومة الإنقاذ الوطني، اللقاء الذي جمع الطرفين بـ"لقاء بعض المواطنين".')
    assert (st.speaker, st.speaker_title) == ("حكومة الإنقاذ الوطني", "")
    doc = tokenize("وبارك رئيس الاتحاد الفلسطيني لكرة السلة خالد العمري، الفوز الكبير الذي حققه المنتخب.")
    phrase = phrases.read_phrase(doc, load(), 1, len(doc.tokens))
    assert (phrase.first, phrase.title) == (1, None)


@pytest.mark.parametrize(("article", "expected"), [
    # an unnamed source, then the outlet or the reporter it told
    ("وقال مصدر أمني للجوهرة أف أم إن الموقوف نقل إلى العاصمة.", "مصدر أمني"),
    ("وذكرت مصادر مطلعة لرويترز أن الاتفاق بات وشيكا.", "مصادر مطلعة"),
    # a person named with a title, then the outlet told, right before what was said
    ("ويقول المرشد السياحي خالد العمري للجزيرة نت إن الحركة تزداد بشكل ملحوظ.", "خالد العمري"),
    # the outlet told, quoted right after a person's name
    ('وقال خالد العمري "للعربية" عن المسلسل "ركزنا على النص، والعمل مبني دراميا ومتماسك".', "خالد العمري"),
    # a family name alone, then the outlet or the audience told; after a form that is also another
    # word (بين: between), whom it was told shows the verb
    ("وقال العمري للصحفيين إن الحركة تزداد بشكل ملحوظ.", "العمري"),
    ("وبين الورتاني لوكالة الأنباء أن الحركة تزداد بشكل ملحوظ.", "الورتاني"),
    # an abbreviated outlet, its ل on the name of its first letter; a news agency by its name
    ("وقال خالد العمري لبي بي سي إن الحركة تزداد بشكل ملحوظ.", "خالد العمري"),
    ("وقال خالد العمري لرويترز إن الحركة تزداد بشكل ملحوظ.", "خالد العمري"),
    # a body, then the outlet it told; but people in a body's name, the body another belongs to, and a
    # document's issuer are part of the phrase
    ("وقال الجيش الإسرائيلي لوكالة الأنباء الفرنسية إن الحركة تزداد بشكل ملحوظ.", "الجيش الإسرائيلي"),
    ("وقالت النقابة الوطنية للصحفيين إن الحركة تزداد بشكل ملحوظ.", "النقابة الوطنية للصحفيين"),
    ("وقال المرصد التابع للوكالة الأميركية إن الحركة تزداد بشكل ملحوظ.", "المرصد التابع للوكالة الأميركية"),
    ("وأظهر مسح لرويترز أن الحركة تزداد بشكل ملحوظ.", "مسح لرويترز"),
    # a body's name goes on after its ل (شركة أمازون للتجارة الإلكترونية)
    ("وقالت شركة أمازون للتجارة الإلكترونية إنها ستفتح مركزا جديدا.", "شركة أمازون للتجارة الإلكترونية"),
])
def test_the_outlet_told_is_not_part_of_the_speaker(article, expected):
    assert speakers(article) == [expected]


def test_a_quoted_body_between_a_title_and_a_name_is_part_of_the_title():
    article = ("أكد رئيس «المجلس الوطني السوري» خالد العمري أن المدينة صامدة.\n"
               "وقال العمري: «لا بد من العمل على كل المستويات».")
    assert speakers(article) == ["خالد العمري", "خالد العمري"]


def test_a_noun_with_our_pronoun_is_part_of_a_title_not_a_participle_of_state():
    # منتخبنا (our team) ends as منتخبا does, a participle of state that would end the phrase
    assert speakers("وأكد رئيس بعثة منتخبنا خالد العمري أن الاستعدادات كانت جيدة.") == ["خالد العمري"]


@pytest.mark.parametrize("article", ["هل تعتقد بأن المثقف جزء من الحل؟", "ماذا قال إن الحل قريب؟"])
def test_a_question_word_is_never_a_speaker(article):
    assert all(st.speaker not in ("هل", "ماذا") for st in extract(article))


def test_a_share_of_people_is_read_with_whom_it_is_a_share_of():
    assert speakers("من جهة ثانية اعتبر 73% من الفرنسيين أن المسألة كان لها تأثير سلبي.") == ["73% من الفرنسيين"]


@pytest.mark.parametrize(("word", "expected"), [
    ("يتبنى", True), ("تتواصل", True), ("يستعيد", True), ("سيلتقي", True),  # verbs by their shape
    ("يوسف", False), ("تتارستان", False), ("فيتالي", False), ("يتيم", False),  # names, a place, a noun
])
def test_a_present_verb_is_told_by_its_shape(word, expected):
    lex = load()
    assert phrases.is_verb_shape(lex, token(word).key) is expected


def test_a_present_verb_after_a_speaker_is_no_part_of_its_name():
    article = ("كشف مصدر أمني في المحافظة أن القائد ظهر قرب الحدود.\n"
               "وبحسب المصدر يتنقل القائد في منطقة قريبة من المدينة.")
    assert speakers(article)[1] == "مصدر أمني في المحافظة"


def test_a_given_name_with_and_on_it_is_another_person_not_part_of_the_name():
    article = ("حمل المستشار خالد العمري، رئيس مجلس إدارة نادي الوحدة، المدرب مسؤولية الخسارة.\n"
               "وكانت مشاجرة حادة قد نشبت بين رئيس نادي الوحدة وهيثم الورتاني مدير التعاقدات بالنادي المنافس.\n"
               "وأوضح رئيس الوحدة: «خسرنا مباراة ولكن لم نخسر الدوري».")
    assert speakers(article) == ["خالد العمري"]


def test_each_of_is_read_as_the_people_it_names():
    article = "وأكد كل من وزير الخارجية خالد العمري ونظيره فوزي الورتاني أن المحادثات كانت مثمرة."
    assert titled(article) == [("خالد العمري", "وزير الخارجية")]


def test_where_a_document_appeared_is_not_who_issued_it():
    article = ("أوضحت دراسة طبية حديثة أن علماء في اليابان اكتشفوا أربعة أنواع من البروتين.\n"
               "وقال الباحثون في دراسة تم نشرها في مجلة الطب الحديث إنهم استخرجوا مادة جديدة.")
    assert speakers(article)[0] == "دراسة طبية حديثة"  # (not «في مجلة الطب الحديث»)


def test_shortly_before_is_a_time_word_never_part_of_a_speaker():
    assert speakers("وأكد عضو الهيئة خالد العمري قبيل انطلاق الجلسات أن العمل سيستمر.") == ["خالد العمري"]


def test_a_verb_with_its_objects_pronoun_after_a_name_is_no_part_of_it():
    article = "وأكد الوزير فوزي الورتاني رفضه «التدخل السافر في شؤون البلاد» من أي جهة كانت."
    assert speakers(article) == ["فوزي الورتاني"]
    # but a document, a verb with its pronoun, then who issued it
    article = "وأظهرت دراسة نشرتها مجموعة «جينز للمعلومات» أن الإنفاق العسكري ارتفع."
    assert speakers(article) == ["مجموعة «جينز للمعلومات»"]


@pytest.mark.parametrize("article", [
    "ويعد الالتهاب الرئوي السبب الأول في وفيات الأطفال طبقاً لأحدث تقرير لمنظمة الصحة العالمية حول الأمراض.",
    "وأظهر أحدث تقرير لمنظمة الصحة العالمية أن الالتهاب الرئوي هو السبب الأول في وفيات الأطفال.",
])
def test_the_newest_report_of_a_body_is_the_bodys_statement(article):
    assert speakers(article) == ["منظمة الصحة العالمية"]


def test_another_bodys_name_after_a_body_is_the_verbs_object():
    article = "ودعا المجلس الوزاري مجلس الأمن إلى اتخاذ «جميع التدابير اللازمة فورا لتوفير الحماية للمدنيين»."
    assert speakers(article) == ["المجلس الوزاري"]


def test_whom_a_vocative_calls_is_never_the_speaker():
    article = "وكان خالد العمري يخطب في السوق، وإذا رجل خلفه يرميه ويقول يا أيها الناس إنه كذاب."
    assert "يا أيها الناس" not in speakers(article)


@pytest.mark.parametrize("same", ["نفس المصدر", "ذات المصدر", "المصدر ذاته"])
def test_the_same_source_is_the_source_the_text_described_when_no_statement_named_it(same):
    article = ("وتم إيقاف ثلاثة شبان بعد مداهمة منزلهم، حسب ما أفاد به مصدر أمني اليوم لمراسلة الوكالة.\n"
               f"وأضاف {same} أن المجموعة كانت تخطط لعمليات سرقة.")
    assert speakers(article)[-1] == "مصدر أمني"


def test_this_title_is_the_one_cited_with_it_before():
    article = ("وقال المحامي خالد العمري إن موكله بريء من التهم.\n"
               "وكانت المحكمة قد أجلت النظر في القضية.\n"
               "وأكد هذا المحامي أن الأدلة لا تثبت شيئا.")
    assert speakers(article) == ["خالد العمري", "خالد العمري"]


def test_a_noun_with_li_in_construct_is_part_of_the_bodys_name_not_the_persons():
    article = "أكد الناطق الرسمي باسم القطب القضائي لمكافحة الإرهاب قيصر الورتاني أن التحقيق مستمر."
    assert titled(article) == [
        ("قيصر الورتاني", "الناطق الرسمي باسم القطب القضائي لمكافحة الإرهاب")]


@pytest.mark.parametrize(("article", "title"), [
    ("وقال رئيس قسم الجراحة خالد العمري إن العملية نجحت.", "رئيس قسم الجراحة"),
    ("ورأى مدرب فريق الشرطة خالد العمري أن الفريق قدم أداء جيدا.", "مدرب فريق الشرطة"),
])
def test_a_common_noun_in_construct_after_an_indefinite_title_belongs_to_the_title(article, title):
    assert titled(article) == [("خالد العمري", title)]


def test_a_construct_after_a_title_with_no_name_after_it_names_nobody():
    article = ("أعلن الجنرال خالد العمري أنه لا يرى دولة تهدد بلاده أكثر من روسيا.\n"
               "ومع أن قائد مشاة البحرية صعد أمام أعضاء مجلس الشيوخ لهجة العداء ضد روسيا، معتبرا إياها خطرا"
               " وجوديا على بلاده، فإن البيت الأبيض أكد أن تصريحات العمري لا تعكس الإجماع.")
    assert speakers(article) == ["خالد العمري", "البيت الأبيض"]


def test_when_ends_a_subject_and_a_verb_with_wa_after_a_comma_is_no_name_in_apposition():
    article = ("لم يبالغ الرئيس خالد العمري حين قال إن الأمة تنتظر نتائج الانتخابات. وجاء الأصدقاء ليتابعوا"
               " التصويت على اختيار الرئيس، وظلوا في الفنادق طوال الليل.")
    assert all(word not in speaker for speaker in speakers(article) for word in ("حين", "وظلوا"))


def test_ba_on_a_hollow_verbal_noun_ends_the_name_before_it():
    article = "طالب الشيخ خالد بن عبد الملك العمري بإغاثة المنكوبين، قائلا: إن الوضع لا يحتمل الانتظار."
    assert speakers(article) == ["خالد بن عبد الملك العمري"]
    assert phrases.is_ba_verbal_noun("باقامه") and not phrases.is_ba_verbal_noun("باسكال")


def test_night_after_a_name_is_when_it_was_said():
    article = "وقال الرئيس الفرنسي خالد العمري ليل الجمعة إن فرنسا ستواصل جهودها."
    assert speakers(article) == ["خالد العمري"]


def test_a_reporter_of_a_quoted_outlet_is_the_speaker_and_a_name_after_it_is_the_reporters():
    assert titled("وقال مراسل «الجزيرة» إن عددا من السكان أفادوا عن اشتباكات.") == [("مراسل «الجزيرة»", "")]
    article = "وقال مراسل «الجزيرة» خالد العمري إن عددا من السكان أفادوا عن اشتباكات."
    assert titled(article) == [("خالد العمري", "مراسل «الجزيرة»")]


def test_a_given_name_written_like_an_accusative_before_a_family_name_is_a_name():
    article = ("وقال الرئيس خالد العمري إن أوروبا تمر بمرحلة صعبة.\n"
               "من جانبها قالت انجيلا ميركل إن «الوضع خطير».\n"
               "وأضافت «أحرزنا تقدما ملحوظا حتى الآن حول معاهدة النمو».")
    assert speakers(article) == ["خالد العمري", "انجيلا ميركل", "انجيلا ميركل"]
    assert phrases.given_name_like_accusative(tokenize("قالت نبعاً رقراقا إن"), load(), 1) is False


def test_a_given_name_after_the_words_of_a_long_indefinite_title_opens_the_holders_name():
    article = "وقال مدير حفظ الصحة وحماية المحيط بوزارة الصحة محمد الرابحي إن الوضع تحت السيطرة."
    assert titled(article) == [
        ("محمد الرابحي", "مدير حفظ الصحة وحماية المحيط بوزارة الصحة")]
    article = "وقالت طبيبة مقيمة بقسم التوليد بمستشفى خالد العمري إن الرضيع كان على قيد الحياة."
    assert "خالد العمري" not in speakers(article)  # a hospital named after a person, not the speaker


def test_a_present_verb_after_a_definite_name_opens_the_clause_not_the_name():
    found = extract("وبحسب منظمة الصحة العالمية يموت ثلاثة ملايين شخص سنويا بسبب الكحول.")
    assert [(st.speaker, st.text) for st in found] == [
        ("منظمة الصحة العالمية", "يموت ثلاثة ملايين شخص سنويا بسبب الكحول")]
    # a given name written as a verb's form, before a family name, is still the name
    found = extract("وقال الأمين العام للحلف الأطلسي ينس ستولتنبرغ إن الحلف سيرفع نفقاته.")
    assert [st.speaker for st in found] == ["ينس ستولتنبرغ"]


def test_a_noun_with_her_pronoun_is_no_accusative_and_may_open_who_someone_is_to_her():
    assert not phrases.is_accusative(load(), token("قريبها")) and phrases.is_accusative(load(), token("اتجاها"))
    article = "وقال قريبها خالد العمري في تصريح للإذاعة إن الفتاة المختطفة تعاني من مرض."
    assert titled(article) == [("خالد العمري", "قريبها")]


def test_a_present_verb_after_an_indefinite_title_describes_the_holder_and_is_no_name():
    article = "أكدت معلمة نائبة تعمل بالمدرسة الابتدائية تعرضها إلى الاعتداء.\nوأضافت أن الحارس امتنع عن طباعة الأوراق."
    assert speakers(article) == ["معلمة نائبة"]


def test_a_lieutenant_is_a_title_the_holder_is_named_by_later():
    article = "أفاد الملازم قيس شرايطي أن القضية بدأت في يوليو.\nوأضاف الملازم أنه لم يتم قبول الزوجة."
    assert titled(article) == [("قيس شرايطي", "الملازم"), ("قيس شرايطي", "الملازم")]


def test_an_abbreviated_title_in_apposition_keeps_its_dot_out_of_the_name():
    article = "وأوضح المتحدث الرسمي لوزارة الصحة، د. خالد العمري، أنه تم التأكد من الجاهزية."
    assert [speaker for speaker, _ in titled(article)] == ["خالد العمري"]


@pytest.mark.parametrize(("article", "expected"), [
    ("أعلن الشيخ فوزي الخطيب، مدير عام أوقاف المدينة، أن المصلين أدوا الصلاة بهدوء.",
     ("فوزي الخطيب", "مدير عام أوقاف المدينة")),
    ("أعلن الشيخ فوزي الخطيب مدير عام أوقاف المدينة أن المصلين أدوا الصلاة بهدوء.", ("فوزي الخطيب", "الشيخ")),
    ("أوضح الناطق الإعلامي بشرطة المنطقة، العقيد دكتور فوزي بن عطية الورتاني، أن الحادث وقع أمس.",
     ("فوزي بن عطية الورتاني", "الناطق الإعلامي بشرطة المنطقة، العقيد دكتور")),  # a name after the comma
])
def test_a_family_name_that_is_also_a_title_word_before_the_holders_title_is_the_name(article, expected):
    assert titled(article) == [expected]


@pytest.mark.parametrize(("article", "expected"), [
    ('ويقول عضو "الرابطة الوطنية لأطباء الأطفال" في مدينة سوسة فوزي الورتاني: "الحالة لا تكون خطرة أبدا".',
     ("فوزي الورتاني", 'عضو "الرابطة الوطنية لأطباء الأطفال" في مدينة سوسة')),
    ("وقال ممثل البنك الدولي في تونس عبد الله الورتاني إن النمو سيتحسن هذا العام.",
     ("عبد الله الورتاني", "ممثل البنك الدولي في تونس")),
    ('وقال كبير الأطباء في قسم الجراحة في مستشفى المدينة فوزي الورتاني: "يسهم الزيت في علاج النزيف".',
     ("فوزي الورتاني", "كبير الأطباء في قسم الجراحة في مستشفى المدينة")),
])
def test_the_holders_name_after_a_quoted_body_or_a_place_is_the_speaker(article, expected):
    assert titled(article) == [expected]


@pytest.mark.parametrize("title", ["المؤرخ", "الناشط", "المفكر", "الملحن", "السيناتور", "المقدم", "الفيلسوف"])
def test_a_trade_is_a_title_after_the_name_and_alone_later(title):
    article = (f"وقال فوزي الورتاني {title} بجامعة المدينة إن الرواية لم تكتمل بعد.\n"
               f"وأوضح {title} أن العمل سيستمر طويلا.")
    assert speakers(article) == ["فوزي الورتاني", "فوزي الورتاني"]


def test_a_title_that_reads_as_wa_and_a_preposition_is_still_a_title():
    # ولي (عهد) is not و + لي
    assert titled('وقال ولي عهد الإمارة الشيخ خالد العمري في حسابه: "أبارك هذه الخطوة المهمة".') == [
        ("خالد العمري", "ولي عهد الإمارة الشيخ")]
