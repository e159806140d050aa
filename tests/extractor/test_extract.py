"""The extractor on hand-written sentences, one per structure of Arabic news writing."""

from __future__ import annotations

import pytest

from qala.extractor.extract import extract
from qala.extractor.quotes import find_spans


def fields(article: str, *keys: str) -> list[tuple]:
    """The given fields of each statement found in ``article``, in text order."""
    return [tuple(st.to_dict()[k] for k in keys) for st in extract(article)]


def one(article: str, **expected) -> dict:
    found = [s.to_dict() for s in extract(article)]
    assert len(found) == 1, found
    for key, value in expected.items():
        assert found[0][key] == value, (key, found[0])
    return found[0]


def test_verb_subject_clause_splits_title_from_name():
    st = one("قال نائب وزير الخارجية الروسي سيرغي فيرشينين إن المحاولة تعد هجوما.",
             type="indirect", speaker="سيرغي فيرشينين", speaker_title="نائب وزير الخارجية الروسي", cue="قال")
    assert st["text"] == "المحاولة تعد هجوما"


def test_apposition_between_commas():
    one("وقال وزير الخارجية الروسي، سيرغي لافروف، إن بلاده لن تسمح بذلك.",
        speaker="سيرغي لافروف", speaker_title="وزير الخارجية الروسي", text="بلاده لن تسمح بذلك")


def test_dropped_subject_after_a_verb_that_is_not_a_cue():
    assert fields(
        "قال الوزير أحمد سالم إن الميزانية جاهزة.\n"
        "من جهته ثمن خالد ناقرو المدير العام للمؤسسة زيارة الوزير، وأشار إلى أن الحارة اشتملت على فقرات منوعة.",
        "speaker", "rule") == [
        ("أحمد سالم", "verb-clause/subject"), ("خالد ناقرو", "verb-clause/paragraph")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقال علي سالم، أحد كبار مشايخ القبيلة، إن الأمور ستعود إلى نصابها.",
     {"speaker": "علي سالم", "speaker_title": "أحد كبار مشايخ القبيلة"}),
    ("وقال رئيس قسم العلاقات العامة والإعلام في مؤسسة النور الثقافية حسين القحطاني إن الزوار كثر.",
     {"speaker": "حسين القحطاني"}),
    ("وقال الدكتور سيف ناصر المعمري الأستاذ المشارك بجامعة السلطان قابوس إن السياحة مورد مهم.",
     {"speaker": "سيف ناصر المعمري", "speaker_title": "الدكتور"}),
    ("وقال المدير الفني لنادي برشلونة «لويس إنريكي» للصحفيين إن الفريق جاهز للموسم الجديد.",
     {"speaker": "لويس إنريكي"}),
    ("أكد فيصل العمراني، زوج المعلمة التي توفيت داخل الجامعة، أن المسؤولين لم يتواصلوا معه.",
     {"speaker": "فيصل العمراني", "speaker_title": "زوج المعلمة", "text": "المسؤولين لم يتواصلوا معه"}),
    ("من جهته، قال «المرصد السوري لحقوق الإنسان» إنه سجل قصفا مدفعيا على قرى جبل الزاوية.",
     {"speaker": "المرصد السوري لحقوق الإنسان", "text": "سجل قصفا مدفعيا على قرى جبل الزاوية"}),
    ("من جانبه أكد أمين سوق المدينة الدكتور سالم المنصوري، أن السوق يجسد تطلعات الأهالي.",
     {"speaker": "سالم المنصوري"}),
    ("وقال المتحدث الأمني بوزارة الداخلية إن عشرة أشخاص أصيبوا في الحادث.",
     {"speaker": "المتحدث الأمني بوزارة الداخلية"}),
    # a title heading a definite genitive is definite: after its institution comes the person
    ("وقال مدير البرامج الثقافية في مركز نور الهدى سالم العتيبي: \"نسعى إلى تطوير المهارات\".",
     {"speaker": "سالم العتيبي"}),
    ("وقال أحد المسؤولين في الدفاع المدني إن الحريق أخمد.",
     {"speaker": "أحد المسؤولين في الدفاع المدني"}),
    # a number ends what the title holds: no name after it
    ("قال الرئيس التنفيذي للجنة المنظمة لكأس العالم لكرة القدم 2018 إن الاستعدادات تسير.",
     {"speaker": "الرئيس التنفيذي للجنة المنظمة لكأس العالم لكرة القدم 2018"}),
    ("وقال عضو البرلمان عن حزب الشعب الجمهوري المعارض تيومان سانجار إن القانون يمدد الطوارئ.",
     {"speaker": "تيومان سانجار"}),
    ("من جانبه قال م. اسماعيل الغامدي الرئيس التنفيذي للشركة: «نحن ملتزمون بتحقيق أهداف المشروع».",
     {"speaker": "اسماعيل الغامدي"}),
    ("من جهته قال المدعي العام في نانت بيار سينيس إنه تم فتح تحقيق.", {"speaker": "بيار سينيس"}),
    ("وكان ألكسندر شيربيتسكي، رئيس المركز الروسي للمصالحة، أعلن في وقت سابق، أن مسلحين حاولوا مهاجمة القاعدة.",
     {"speaker": "ألكسندر شيربيتسكي"}),
    ("وقال أحد سكان المنطقة ويدعى ستيفن (24 عاما) إنه سمع دوي انفجارات.",
     {"speaker": "ستيفن", "speaker_title": "أحد سكان المنطقة"}),
    ("كشف لـ«عكاظ» مشرف كرسي الأمن الغذائي الدكتور خالد الرويس أن تأخير القروض أضر بالمستثمرين.",
     {"speaker": "خالد الرويس", "text": "تأخير القروض أضر بالمستثمرين"}),
    ("أكد المستشار المكلف بالنقابات بوزارة التعليم العالي، المولدي الزواوي، في تصريح اليوم، أن الوزارة وافقت.",
     {"speaker": "المولدي الزواوي"}),
    ("أكد وزير الخارجية البحريني، الشيخ خالد بن أحمد آل خليفة، أن الحكومة السورية هي حكومة سوريا.",
     {"speaker": "خالد بن أحمد آل خليفة"}),
    ("ونقلت وكالة رويترز عن أحد المجندين الذين رافقوه قوله: «كان يوزع الكتب على زملائه في الخدمة».",
     {"speaker": "أحد المجندين"}),
    ('أوردت وكالة "رويترز"، الخميس، نقلا عن مصدرين مطلعين بأن الحزب سيقدم مشروع القانون.',
     {"speaker": "مصدرين مطلعين"}),
])
def test_where_the_name_is_in_a_long_subject(sentence, expected):
    one(sentence, **expected)


def test_a_passive_formula_is_nobodys_statement_but_gives_the_participle_its_subject():
    assert fields(
        "قال الوزير أحمد سالم إن الميزانية جاهزة.\n"
        "ويذكر أن وزير الخارجية، خالد منصور، التقى نظيره أمس، مؤكدا أن بلاده حريصة على وحدة الموقف.",
        "speaker", "cue") == [("أحمد سالم", "قال"), ("خالد منصور", "مؤكدا")]


@pytest.mark.parametrize("sentence", [
    "وختم الوزير أحمد سالم بالقول: «سنواصل العمل مع شركائنا في المنطقة».",
    "وتحدث الوزير أحمد سالم ليؤكد للحضور «سنواصل العمل مع شركائنا في المنطقة».",
    "وسئل الوزير أحمد سالم عن خططه فأجاب «سنواصل العمل مع شركائنا في المنطقة».",
])
def test_by_saying_purpose_clauses_and_answers_are_cues(sentence):
    one(sentence, type="direct", speaker="أحمد سالم", text="سنواصل العمل مع شركائنا في المنطقة")


def test_a_participle_without_a_comma_starts_a_statement_when_its_content_follows():
    assert fields(
        "اتهم الرئيس الأوكراني بترو بوروشنكو نظيره الروسي بأنه يريد كل أوروبا مشيرا إلى أن هجوما على فنلندا ممكن.",
        "cue", "speaker", "text") == [
        ("اتهم", "بترو بوروشنكو", "يريد كل أوروبا"), ("مشيرا", "بترو بوروشنكو", "هجوما على فنلندا ممكن")]


def test_a_surname_named_before_is_the_whole_subject():
    assert fields(
        "قال محمد الحمادي رئيس تحرير صحيفة الاتحاد إن العدد كان مفاجئا.\n"
        "وطالب الحمادي المواطنين الخليجيين بالوعي، مؤكدا أن الإعلام له دور كبير.",
        "speaker") == [("محمد الحمادي",), ("محمد الحمادي",)]


@pytest.mark.parametrize("second", ["عبدالرازق", "عبد الرازق", "خالد"])
def test_a_surname_named_before_can_begin_another_persons_name(second):
    assert fields(
        "قال فوزي بوزيد رئيس الحزب: ندعم الحكومة في قراراتها.\n"
        f"وقال بوزيد {second} عضو المجلس: إن القرار يعد تحديا.",
        "speaker") == [("فوزي بوزيد",), (f"بوزيد {second}",)]


def test_a_dual_verb_goes_on_from_the_two_not_from_one_person_named_between():
    assert fields(
        "أجمع خبيران أوروبيان على أن زيارة وزير الخارجية خالد العمري كانت ناجحة. "
        "وقالا في تصريحين إن العلاقات بين البلدين قوية.", "speaker") == [("خبيران أوروبيان",)]


def test_a_plural_verb_is_never_one_person():
    assert fields(
        "انتقد زعماء من المعارضة الطريقة التي تناول بها الوزير خالد العمري الملف "
        "وقالوا إن العقاب كان متساهلا.", "speaker") == [("",)]


def test_the_object_after_the_full_name_of_one_who_spoke_is_no_part_of_it():
    assert fields(
        "وأكد المدرب فوزي بوزيد أن سباق الغد سيشهد منافسات قوية. "
        "واستعرض فوزي بوزيد الأشواط الثمانية للسباق حيث توقع أن يكون الشوط مفتوحا.",
        "speaker") == [("فوزي بوزيد",), ("فوزي بوزيد",)]


def test_some_people_are_nobody_named_before():
    assert fields(
        "ويشكو الموظفون من أن بعض المؤسسات تمنع ارتداءها أثناء الدوام.\n"
        "لدرجة أن البعض يعتقد أن أي زي آخر لا يمكن أن يلبي ما تلبيه.", "speaker") == [("البعض",)]


def test_the_source_a_relaying_verb_names_after_according_to_what_is_the_speaker():
    article = "تم إيقاف مواطن في المدينة ليلة أمس، بحسب ما نقله مراسل الإذاعة عن مصدر أمني."
    assert fields(article, "speaker") == [("مصدر أمني",)]


@pytest.mark.parametrize(("article", "text"), [
    ("كشفت الممثلة خالدة العمري، التي تزعم أنها كانت على علاقة بالرئيس، صورة تقريبية للرجل الذي هددها.",
     "كانت على علاقة بالرئيس"),
    ('وكرر فوزي الورتاني، الذي يصف نفسه بأنه "عدو للضرائب"، دعوته إلى خفض تكاليف الاقتراض.', "عدو للضرائب"),
])
def test_a_relative_clause_put_between_commas_ends_at_its_comma(article, text):
    assert [st.text for st in extract(article)] == [text]


def test_a_cues_content_comes_after_a_relative_clause_put_in_with_a_cue_of_its_own():
    article = "وقالت شركة الرصد، التي تتابع عائدات دور العرض، إنها وضعت تقديراتها لعائدات الفيلم."
    assert fields(article, "cue", "speaker", "text") == [
        ("وقالت", "شركة الرصد", "وضعت تقديراتها لعائدات الفيلم")]
    article = "وأكد فوزي الورتاني، الذي قال إن الحكومة ستسقط قريبا، أن الانتخابات ستجرى في موعدها."
    assert sorted(fields(article, "cue", "text")) == [
        ("قال", "الحكومة ستسقط قريبا"), ("وأكد", "الانتخابات ستجرى في موعدها")]


def test_a_quote_with_a_comma_is_speech_not_a_name():
    one('وعن مستوى المنتخب، قال آل الشيخ "مستوى سيء، لازم نحصل رأس حربة"، كما أنه عبر عن استيائه.',
        type="direct", text="مستوى سيء، لازم نحصل رأس حربة", speaker="آل الشيخ")


def test_by_saying_after_a_verb_that_is_not_a_cue_takes_its_subject():
    assert fields(
        "وقال سعيد بنجبلي إن الأرقام لا تعكس الواقع.\n"
        'وختم بنجبلي حديثه لموقع " أحداث أنفو" بالقول " بصفة عامة، أرقام الإحصاء لا تعكس حقيقة الانتشار".',
        "cue", "speaker", "type") == [
        ("وقال", "سعيد بنجبلي", "indirect"), ("بالقول", "سعيد بنجبلي", "direct")]


def test_a_phrase_put_before_a_cue_after_a_comma_starts_a_new_statement():
    assert fields(
        "اعتبر عدد من الباحثين المغاربة أن الأرقام لا تمثل الواقع، وفي هذا الإطار يقول سعيد بنجبلي "
        "إن الإحصاء اعتمد على طريقة غير دقيقة.",
        "speaker", "text") == [
        ("عدد من الباحثين المغاربة", "الأرقام لا تمثل الواقع"),
        ("سعيد بنجبلي", "الإحصاء اعتمد على طريقة غير دقيقة")]


def test_an_ascii_mark_never_closed_does_not_swallow_the_next_quote():
    found = fields('عرض البرنامج "سيلفي من بطولة الفنان ناصر القصبي حلقات جريئة. ودافع مخرج العمل أوس الشرقي '
                   'عن البرنامج قائلاً: "ما نريد قوله هو أننا داخل الحدث."', "speaker", "type", "text")
    assert found == [("أوس الشرقي", "direct", "ما نريد قوله هو أننا داخل الحدث")]


def test_a_stray_closing_mark_apart_from_any_word_opens_no_quote_over_the_next_sentences():
    # ” between spaces, then a well-formed “…”: the stray would otherwise pair with the last ”
    found = fields("وفي ذلك اليوم الذي ” تحول من إضراب عام إلى مواجهة، سقط الجرحى. وتؤكد تقارير مستقلة أن "
                   "400 قتيل سقطوا في الأحداث. وظهرت “مليشيات الحزب” في الشوارع.", "speaker", "text")
    assert found == [("تقارير مستقلة", "400 قتيل سقطوا في الأحداث")]
    # ” joined to its word still opens a quote with a quoted word inside it
    text = "وحث الاتحاد المدرب على” ترتيب لقاءات ودية”، واصفاً”بعض المباريات “بالمخجلة” والضعيفة”."
    quoted = [text[span.start:span.end] for span in find_spans(text)]
    assert quoted[0] == " ترتيب لقاءات ودية" and quoted[1].startswith("بعض المباريات")


def test_a_curly_quote_holds_a_quoted_word_in_the_same_marks():
    # “ … “الجديد” … ”: the first ” closes the word's quote, the next one the outer quote; the cue after
    # it opens a statement of its own
    text = ("وقال المدرب خالد العمري إن “على الاتحاد أن يمنح المدرب “الجديد” الوقت الكافي للتعرف على اللاعبين”،"
            "مشيرا إلى أن “المنتخب سيحضر إلى البطولة بطموح كبير”.")
    quoted = [text[span.start:span.end] for span in find_spans(text)]
    assert quoted == ["على الاتحاد أن يمنح المدرب “الجديد” الوقت الكافي للتعرف على اللاعبين",
                      "المنتخب سيحضر إلى البطولة بطموح كبير"]
    assert fields(text, "speaker", "text") == [
        ("خالد العمري", "على الاتحاد أن يمنح المدرب “الجديد” الوقت الكافي للتعرف على اللاعبين"),
        ("خالد العمري", "المنتخب سيحضر إلى البطولة بطموح كبير")]


def test_content_after_a_long_parenthetical_and_an_ambiguous_cue_with_its_content():
    assert fields(
        "أكد محسن حسن، الناطق الرسمي باسم حزب الاتحاد الوطني الحر، في تصريح لوكالة تونس افريقيا للأنباء أن "
        "الوضع الاجتماعي صعب، وبين أن الأحزاب ستجتمع قريبا.",
        "cue", "speaker", "text") == [
        ("أكد", "محسن حسن", "الوضع الاجتماعي صعب"), ("وبين", "محسن حسن", "الأحزاب ستجتمع قريبا")]


def test_a_participle_after_a_verb_that_is_not_a_cue_takes_the_titled_person_of_its_sentence():
    assert fields(
        "وعقدت الجلسة السادسة وتحدث فيها الدكتور علي عبدالله الشهري من مركز الدراسات عن «تكامل الجهود، "
        "مبينًا أن القرية تعد تجربة فريدة. وتناول الباحث أحمد أوموس في ورقته «الفن الصخري» التراث، "
        "موضحًا أن الفن الصخري إرث غير منقول.",
        "cue", "speaker") == [("مبينًا", "علي عبدالله الشهري"), ("موضحًا", "أحمد أوموس")]


@pytest.mark.parametrize("article", [
    'وقال الكاتب سامي علي إن رواية "الجريمة والعقاب" واجهت احتجاجات في الشارع عند نشرها.',
    "وأوضح المدير سالم علي أن «العربية للطيران» ستفتتح خطا جديدا، وأن «العربية للطيران» تنمو بسرعة.",
])
def test_a_quoted_name_leaves_reported_speech_indirect(article):
    assert {t for (t,) in fields(article, "type")} == {"indirect"}


def test_colon_speech_opened_by_a_mark_never_closed_ends_with_its_sentence():
    assert fields(
        'وقال المبتعث محمد الراوي: "إنني استثمرت سماح الشركة بإضافة الفلاتر". وأضاف: "وجدت تفاعلا كبيرا من السعوديين. '
        'وتابع: "قمت بتقديم عدة شروحات لكيفية تصميم الفلاتر. ودعا الراوي المبدعين إلى تقديم تصميمات مميزة.',
        "cue", "text") == [
        ("وقال", "إنني استثمرت سماح الشركة بإضافة الفلاتر"), ("وأضاف", "وجدت تفاعلا كبيرا من السعوديين"),
        ("وتابع", "قمت بتقديم عدة شروحات لكيفية تصميم الفلاتر")]


def test_an_article_of_a_law_speaks_for_the_law():
    assert fields(
        'ونصت المادة (27) من لائحة انتخاب أعضاء المجالس البلدية على أنه "يعد متعهدا كل متعهد لأعمال البلدية".\n'
        'وأوضحت المادة (30) أنه "يعد في حكم المستثمر كل عضو في مجلس الإدارة".',
        "speaker") == [("لائحة انتخاب أعضاء المجالس البلدية",), ("لائحة انتخاب أعضاء المجالس البلدية",)]


def test_a_cue_inside_another_statement_is_not_a_participles_main_verb():
    assert fields(
        "وأوضح المواطن مبارك الدحيم أن الشاليهات تعتبر من المواقع الجميلة ويجب أن تكون أسعارها محددة، "
        "مضيفا أن الأسعار ترتفع في المواسم.",
        "cue", "speaker") == [("وأوضح", "مبارك الدحيم"), ("مضيفا", "مبارك الدحيم")]


def test_the_topic_after_amma_is_the_subject_of_a_verb_with_fa():
    assert fields("أما المواطن محمد برعي فيقول: شاليهات جدة تعتبر الوجهة الأولى في الصيف.",
                  "speaker", "text") == [("محمد برعي", "شاليهات جدة تعتبر الوجهة الأولى في الصيف")]


def test_a_short_organisation_mention_takes_the_full_name_that_contains_it():
    found = fields(
        "تأسست مجموعة جينز للمعلومات في لندن.\n"
        "وتعمل مجموعة بريطانية متخصصة في الاستشارات العسكرية على ملفات أخرى.\n"
        "وتؤكد مجموعة جينز أن الإنفاق العسكري سيرتفع.", "speaker")
    assert found == [("مجموعة جينز للمعلومات",)]


@pytest.mark.parametrize(("article", "text"), [
    ('قال أيمن الصفدي إن "الاحتلال" هو سبب كل شر، وذلك في تعليق على الأحداث في القدس.',
     '"الاحتلال" هو سبب كل شر'),
    ("وأعرب النحات عن أمله أن يدخل موسوعة جينس، وذلك بعد إكماله نحت القرآن كاملا.",
     "يدخل موسوعة جينس، وذلك بعد إكماله نحت القرآن كاملا"),
])
def test_the_writers_framing_after_a_comma_ends_the_content(article, text):
    assert fields(article, "text") == [(text,)]


def test_a_title_with_first_before_it_still_leads_to_the_name():
    # the place (جنوب السودان) cannot be told from the name by word lists; the name must be in the speaker
    st = one('وقال أول رئيس للجنة الأولمبية في جنوب السودان ويلسون دينج كوويروت: "تجاوز بلدي تحديات هائلة".')
    assert st["speaker"].endswith("ويلسون دينج كوويروت") and "رئيس" not in st["speaker"]


def test_a_feminine_verb_with_no_woman_speaking_yet_takes_the_titled_woman_of_its_sentence():
    assert fields(
        "وقال الأب فيصل العمراني إن الجامعة أخطأت.\n"
        'وتواصلت "الوطن" مع الطالبة نور العمراني وأكدت في اتصال هاتفي أن الجامعة بدلت الرغبات.',
        "speaker") == [("فيصل العمراني",), ("نور العمراني",)]


def test_a_reported_clause_after_a_colon_is_indirect():
    assert fields("وقال الطبيب سالم علي: إنه لم يكن موجودا في المستشفى أثناء استقبال الحالة.",
                  "type", "text") == [("indirect", "لم يكن موجودا في المستشفى أثناء استقبال الحالة")]


def test_a_quoted_event_or_organisation_after_the_subject_is_not_speech():
    assert fields("دعا مشاركون في «ملتقى أمن وسلامة الآثار والمنشآت السياحية» الدول العربية إلى التعاون.",
                  "text") == []


@pytest.mark.parametrize(("article", "type_"), [
    ('قال مسؤول تركي إن جو التعاون بين البلدين يعد "إيجابياً" في هذه المرحلة.', "mixed"),
    ('وقالت الشركة إن "أبل" و"سامسونغ" لم تشيرا إلى بنود الاتفاق.', "indirect"),
    ('وأكد الوزير أن تنظيم "داعش" خسر مواقعه، وأن داعش لم يعد يسيطر على المدينة.', "indirect"),
])
def test_one_quoted_word_is_the_speakers_unless_it_is_a_name(article, type_):
    assert fields(article, "type") == [(type_,)]


def test_a_quoted_description_before_a_colon_is_not_the_speech():
    assert fields(
        "وأضاف المواطن سالم علي: يجب أن تكون الأسعار موحدة طيلة العام. "
        "من جهته يقول فهد الغانمي «موظف في منتجع سياحي بأبحر»: إن السبب الرئيسي هو الخدمات.",
        "speaker", "text") == [("سالم علي", "يجب أن تكون الأسعار موحدة طيلة العام"),
                               ("فهد الغانمي", "إن السبب الرئيسي هو الخدمات")]


@pytest.mark.parametrize(("article", "expected"), [
    ('طالبت أسرة الإعلامي بتشكيل لجنة دولية مستقلة للتحقيق في "موته المفاجئ".',
     [("mixed", "بتشكيل لجنة دولية مستقلة للتحقيق في \"موته المفاجئ\"")]),
    ("طالبت أسرة الإعلامي بتشكيل لجنة دولية مستقلة للتحقيق في وفاته.", []),
    ('ردت موسكو على إعراب الخارجية الأميركية عن «قلقها العميق» على مستقبل المجتمع المدني.', []),
])
def test_a_demand_that_quotes_the_speaker_is_a_mixed_statement(article, expected):
    assert fields(article, "type", "text") == expected


def test_a_coordinate_clause_with_its_own_titled_subject_gives_the_participle_its_subject():
    found = fields(
        "وأوضح المواطن مبارك الدحيم، أن الشاليهات من المواقع الجميلة بجدة، ويؤيد المواطن زامل الغامدي "
        "الرأي السابق بأن هناك تفاوتا في الأسعار، مضيفاً: أفضل قضاء الإجازات في الشاليهات.",
        "speaker", "text")
    assert [text for _, text in found] == ["الشاليهات من المواقع الجميلة بجدة", "هناك تفاوتا في الأسعار",
                                           "أفضل قضاء الإجازات في الشاليهات"]
    # (the object after the name, الرأي السابق, is still read as part of it: a known limit)
    assert found[0][0] == "مبارك الدحيم" and all(s.startswith("زامل الغامدي") for s, _ in found[1:])


def test_a_definite_title_alone_refers_to_the_unnamed_holder_described_before():
    assert fields(
        "قال مسؤول كبير بحزب العدالة والتنمية إن القواعد الجديدة ستطبق قريبا.\n"
        'وقال المسؤول: "الهدف الرئيسي ألا تتأثر المعركة ضد الإرهاب".', "speaker") == [
        ("مسؤول كبير بحزب العدالة والتنمية",), ("مسؤول كبير بحزب العدالة والتنمية",)]


def test_a_relative_clause_names_the_person_not_his_statements():
    assert fields(
        'ونقلت صحيفة محلية تصريحات الطبيب المعالج للاعب، والذي أكد أن العملية تمت بنجاح، وقال: "رودي بخير".',
        "speaker") == [("الطبيب المعالج للاعب",), ("الطبيب المعالج للاعب",)]


def test_a_plural_verb_opening_its_sentence_takes_the_people_of_the_sentence_before():
    assert fields('وردد المتظاهرون الشباب هتافات ضد الشرطة! وطالبوا "بمزيد من المقاعد في الجامعات".',
                  "speaker", "type") == [("المتظاهرون الشباب", "direct")]


@pytest.mark.parametrize(("article", "expected"), [
    ("إذا قارنا بين الهلال والمريخ نرى أن الفارق كبير.", []),  # بين after a verb: between
    ("نطاق التداول المتوقع لهذا اليوم ما بين: الدعم 27 والمقاومة 29.", []),
    ("الفرق بين الخيرين والأشرار، وبين الحريصين على أن تنجح الثورة واضح.", []),  # بين … وبين
    ("وبين الوزير أن الفارق كبير.", ["الوزير"]),  # opening its sentence: explained
    ("وزار الوزير المدرسة، كما بين الشريف أن الفارق كبير.", ["الشريف"]),
])
def test_between_is_no_cue_where_it_does_not_open_a_clause(article, expected):
    assert [st.speaker for st in extract(article)] == expected


def test_the_feminine_plural_complementizer_opens_content():
    found = extract("وأكد عدد من المشاركات في الخيمة أنهن ينتظرن المهرجانات للمشاركة فيها.")
    assert [(st.speaker, st.text) for st in found] == [("عدد من المشاركات", "ينتظرن المهرجانات للمشاركة فيها")]


def test_colon_and_guillemets_are_direct():
    one("وقال الوزير محمد علي: «سنواصل العمل مع شركائنا في المنطقة».", type="direct",
        text="سنواصل العمل مع شركائنا في المنطقة", speaker="محمد علي", rule="verb-quote/subject")


def test_colon_without_marks_runs_to_paragraph_end():
    one("وقال المدير أحمد سالم: سنفتتح الفرع الجديد الشهر المقبل\nخبر آخر لا علاقة له.",
        type="direct", text="سنفتتح الفرع الجديد الشهر المقبل", rule="verb-colon/subject")


def test_quote_before_the_cue():
    one("«لن نتراجع عن مطالبنا المشروعة»، قال رئيس النقابة خالد يوسف.", type="direct",
        text="لن نتراجع عن مطالبنا المشروعة", speaker="خالد يوسف", rule="quote-verb/subject")


def test_mixed_quote_in_a_content_clause():
    one('وأعلن المتحدث سامي حداد أن المحاولة "تعد هجوما إرهابيا على المدنيين".', type="mixed",
        text='المحاولة "تعد هجوما إرهابيا على المدنيين"')


def test_participle_takes_the_subject_of_the_main_verb():
    found = [s.to_dict() for s in extract(
        "وزار الوزير كريم ناصر المستشفى أمس. وأشاد الوزير كريم ناصر بالطواقم، مؤكدا أن الخدمة ستتحسن قريبا.")]
    assert [f["text"] for f in found] == ["الخدمة ستتحسن قريبا"]
    assert found[0]["speaker"] == "كريم ناصر" and found[0]["rule"] == "participle-clause/subject"


def test_dropped_subject_takes_the_previous_speaker():
    found = [s.to_dict() for s in extract(
        "قالت الوزيرة ليلى حسن إن الخطة جاهزة.\nوأضافت أن التمويل متوفر بالكامل.")]
    assert [f["speaker"] for f in found] == ["ليلى حسن", "ليلى حسن"]


def test_attribution_phrase_after_the_content():
    one("وصل الوفد إلى العاصمة صباح اليوم، بحسب وكالة الأنباء الرسمية.", type="indirect",
        text="وصل الوفد إلى العاصمة صباح اليوم", speaker="وكالة الأنباء الرسمية", rule="phrase-clause/subject")


def test_short_quoted_names_are_not_statements():
    assert extract("زار الوفد مطار «حميميم» والتقى ممثلي «جبهة التحرير» في المدينة.") == []


def test_later_paragraph_reopening_a_quote_keeps_the_speaker():
    found = [s.to_dict() for s in extract(
        "وقال الطبيب سعيد مراد: «الوضع في المستشفى صعب جدا هذه الأيام».\n«نحتاج إلى مزيد من الأدوية والمعدات الطبية».")]
    assert len(found) == 2
    assert found[1]["speaker"] == "سعيد مراد" and found[1]["rule"] == "quote-continued/previous"


def test_short_mention_takes_the_full_name():
    found = [s.to_dict() for s in extract(
        "قال الرئيس دونالد ترامب إن الاقتصاد قوي.\nوقال ترامب أيضا إن الوظائف تزداد كل شهر.")]
    assert [f["speaker"] for f in found] == ["دونالد ترامب", "دونالد ترامب"]


def test_a_given_name_alone_takes_no_fuller_form_that_reads_on_past_the_name():
    # «أبوسمير للدفاع» was read with what the verb was for: the later «أبوسمير» stays as written
    found = extract("وسارع الرئيس أبوسمير للدفاع عن قراره، مؤكدا أن القرار صائب. وقال أبوسمير إن الحوار مستمر.")
    assert found[-1].speaker == "أبوسمير"
    # a full name ending in a family name with the article, or after a name link, is taken
    found = extract("قال الدكتور أبوسمير بن الأحمر الغامدي إن الاقتصاد قوي. وقال أبوسمير إن الوظائف تزداد.")
    assert [st.speaker for st in found] == ["أبوسمير بن الأحمر الغامدي"] * 2


@pytest.mark.parametrize(("article", "expected"), [
    ("وكان الرئيس الأمريكي وافق على الاتفاق أمس. وقال الرئيس الأمريكي: «الاتفاق جيد للجميع».", "الرئيس الأمريكي"),
    ("وتجمع الأطباء تحدثوا عن الحالات أمس. وأكد الأطباء أن حالتهم جميعا حرجة جدا.", "الأطباء"),
])
def test_a_title_alone_takes_no_verb_after_it_elsewhere_as_its_holders_name(article, expected):
    assert [st.speaker for st in extract(article)] == [expected]


def test_offsets_point_into_the_original_text():
    text = "وقالَ الوزيرُ سالمٌ: «سنعمل بجدٍّ على تنفيذ الخطة».\nوأضاف أن التنفيذ يبدأ غدا."
    for st in extract(text):
        assert text[st.start:st.end] == st.text
        assert text[st.cue_start:st.cue_end] == st.cue
        if st.speaker_start is not None:
            assert st.speaker in text or text[st.speaker_start:st.speaker_end] in st.speaker


@pytest.mark.parametrize("text", [
    "", "   \n\n", "Hello world, this is English text with \"quotes\" and no Arabic.",
    "<div><p>قال الوزير إن</p><script>var x = '«';</script></div>",
    "وقال الوزير: «هذا اقتباس لا ينتهي أبدا ويستمر إلى نهاية الفقرة",
    "»«»«»«\"\"\"“”“”", "\x00\x01\x02 قال \x07 إن \x1b",
])
def test_odd_input_gives_a_sane_result(text):
    found = extract(text)
    assert isinstance(found, list)
    for st in found:
        assert 0 <= st.start < st.end <= len(text) and text[st.start:st.end] == st.text


def test_unclosed_quote_runs_to_the_end_of_its_paragraph():
    text = "وقال الوزير: «هذا اقتباس لا ينتهي أبدا ويستمر إلى نهاية الفقرة\nفقرة جديدة."
    one(text, type="direct", text="هذا اقتباس لا ينتهي أبدا ويستمر إلى نهاية الفقرة")


def test_large_article_is_linear_enough():
    paragraph = "وقال المسؤول أحمد سالم إن الوضع مستقر. " * 20 + "\n"
    small = extract(paragraph)
    large = extract(paragraph * 200)
    assert len(large) == 200 * len(small) > 0


def test_one_long_paragraph_without_full_stops_is_handled_piece_by_piece():
    # each participle looks back a bounded distance for its main verb: this stays linear
    piece = "قال الوزير أحمد سالم إن الخطة جاهزة مؤكدا أن التمويل متوفر مضيفا أن العمل سيبدأ "
    one, two = len(extract(piece)), len(extract(piece * 2))
    assert two > one and len(extract(piece * 400)) == one + 399 * (two - one)


def test_a_dropped_subject_with_nobody_before_does_not_take_a_phrase_inside_a_title():
    article = ("ودفع المتهم ببراءته من كل التهم، وقال إنه سافر لمساعدة اللاجئين.\n"
               "من جانبه، قال متحدث باسم المحكمة في بلدة كريمس إن الادعاء سيستأنف الحكم.")
    assert fields(article, "speaker")[0] == ("",)


@pytest.mark.parametrize(("article", "text"), [
    ('وقال الوزير: "الأفلام التي تبصق على السلطات صراحة.. "الأفلام" المليئة باليأس لا تمول". '
     'وقال المخرج إن رواية "الجريمة والعقاب" واجهت احتجاجات.',
     'الأفلام التي تبصق على السلطات صراحة.. "الأفلام" المليئة باليأس لا تمول'),
    # a mark never closed before a pair that opens after a word: not a quote inside a quote
    ('وقال الوزير: "لن نسمح "بالفوضى" و"التخريب" في البلاد.', 'لن نسمح "بالفوضى" و"التخريب" في البلاد'),
])
def test_an_ascii_quote_with_a_quoted_word_inside_is_one_statement(article, text):
    assert fields(article, "text")[0] == (text,)


@pytest.mark.parametrize(("article", "speakers"), [
    # an attribution phrase before a relative clause is not part of its antecedent
    ("يؤدي الصلاة ألف مصل بحسب إمام المسجد عبدالله الشهراني الذي أكد أن صلاة الظهر مزدحمة.",
     ["عبدالله الشهراني", "عبدالله الشهراني"]),
    # لكنه is a pronoun subject; ردا على سؤال is an adverbial, not a subject
    ("قال الرئيس الفرنسي إيمانويل ماكرون إن الاتحاد يحمي شركاته. وعبر عن تفهمه لقلق الشركات، "
     "لكنه أضاف أن الاتحاد يساند الأصغر. وقال ردا على سؤال إن القرار نهائي.",
     ["إيمانويل ماكرون"] * 3),
    # a pronoun told (لي) stands between the verb and its subject
    ("وقال لي مسؤول في الوزارة إن القرار نهائي.", ["مسؤول في الوزارة"]),
])
def test_words_between_a_verb_and_its_subject_or_before_its_antecedent(article, speakers):
    assert [speaker for speaker, in fields(article, "speaker")] == speakers


@pytest.mark.parametrize(("article", "expected"), [
    ("وسارت المظاهرة عبر وسط المدينة ما أدى إلى تحطيم واجهات المحلات، كما ذكر صحافيون.",
     [("صحافيون", "وسارت المظاهرة عبر وسط المدينة ما أدى إلى تحطيم واجهات المحلات", "verb-trailed/subject")]),
    ("وأصدر الأحكام القاضي سيرجيو مورو في كوريتيبا حسبما ذكرت المحكمة الاتحادية.",
     [("المحكمة الاتحادية", "وأصدر الأحكام القاضي سيرجيو مورو في كوريتيبا", "verb-trailed/subject")]),
    # the trailing source ends another statement's content, and its own cue makes nothing more
    ("وقالت الشركة إن الأرباح تراجعت، كما ذكرت وكالة رويترز.",
     [("الشركة", "الأرباح تراجعت", "verb-clause/subject")]),
    # كما opening its sentence is "also": the verb's content follows
    ("كما ذكر الوزير أن الحكومة مستقرة.", [("الوزير", "الحكومة مستقرة", "verb-clause/subject")]),
])
def test_a_cue_after_kama_or_hasabama_credits_the_sentence_before_it(article, expected):
    assert fields(article, "speaker", "text", "rule") == expected


def test_wafqan_lima_and_a_name_that_looks_like_fa_ila():
    assert fields("ودخل الفريق إلى القنصلية للتحقيق، وفقا لما نقلته وكالة الأناضول.", "speaker", "text") == [
        ("وكالة الأناضول", "ودخل الفريق إلى القنصلية للتحقيق")]
    assert fields("قال جيمي فالي، الشريك في شركة المحاماة، إن السوق تغيرت.", "speaker") == [("جيمي فالي",)]


def test_a_coordinate_clause_whose_subject_spoke_before_ends_the_content():
    assert fields(
        "وقال سعيد بنجبلي إن الأرقام لا تعكس الواقع. وأضاف بنجبلي أن تصدر المغرب للائحة مرده عشوائية الفئات، "
        'وختم بنجبلي حديثه بالقول: "أرقام الإحصاء لا تعكس حقيقة الانتشار الواسع".', "speaker", "text") == [
        ("سعيد بنجبلي", "الأرقام لا تعكس الواقع"),
        ("سعيد بنجبلي", "تصدر المغرب للائحة مرده عشوائية الفئات"),
        ("سعيد بنجبلي", "أرقام الإحصاء لا تعكس حقيقة الانتشار الواسع")]


@pytest.mark.parametrize(("article", "expected"), [
    ("المشكلة الحقيقية في هذا الملف، يقول الباحث سالم العلي، تكمن في غياب الإرادة.",
     [("المشكلة الحقيقية في هذا الملف، يقول الباحث سالم العلي، تكمن في غياب الإرادة",
       "verb-inserted/subject")]),
    # a fronted phrase, then the verb and a clause of its own: nothing inserted
    ('وفي خطاب متلفز أمس عشية الزيارة، أقر الرئيس سالم العلي بوجود تهديد، وقال "بلدنا تحمل هجمات المنحرفين".',
     [("بلدنا تحمل هجمات المنحرفين", "verb-quote/sentence")]),
])
def test_a_cue_set_between_commas_credits_the_sentence_around_it(article, expected):
    assert fields(article, "text", "rule") == expected


@pytest.mark.parametrize("article", [
    "المشكلة الحقيقية في هذا الملف، يقول الباحث خالد العمري، تكمن في غياب الإرادة، مشيرا إلى أن الحل يتطلب وقتا طويلا.",
    "المشكلة الحقيقية في هذا الملف تكمن في غياب الإرادة، بحسب الباحث خالد العمري، مشيرا إلى أن الحل يتطلب وقتا طويلا.",
])
def test_a_participle_after_a_cue_set_in_a_sentence_is_a_statement_of_its_own(article):
    assert [text for text, in fields(article, "text")][1:] == ["الحل يتطلب وقتا طويلا"]


def test_the_sentence_around_an_attribution_phrase_ends_where_another_statement_begins():
    # البعض، حسب فلان، يظن أن …، مؤكدا أن …: the participle's statement is the next one, not the phrase's
    assert fields("البعض، حسب الأستاذ خالد العمري، يظن أن التزكية شدة دائمة، مؤكدا أن هذا خلاف مفهومها،"
                  " مبرزا أنه ليس شرطا أن تأخذ بالعزائم.", "text", "rule") == [
        ("البعض، حسب الأستاذ خالد العمري، يظن أن التزكية شدة دائمة", "phrase-clause/subject"),
        ("هذا خلاف مفهومها", "participle-clause/sentence"),
        ("ليس شرطا أن تأخذ بالعزائم", "participle-clause/sentence")]


def test_in_his_own_words_credits_the_subject_of_the_sentence():
    # وفق تعبيره، حسب قوله: the words of the one the sentence is about, not of the last speaker
    assert fields("وقال الوزير خالد العمري إن الوضع صعب. وتحدث السفير فوزي الورتاني عن عملية السلام التي"
                  " تلفظ أنفاسها الأخيرة وفق تعبيره.", "speaker")[-1] == ("فوزي الورتاني",)
    assert fields("وقال الوزير خالد العمري إن الوضع صعب. الحكومة ستتحرك قريبا لحل أزمة الوقود، حسب قوله.",
                  "speaker", "text") == [("خالد العمري", "الوضع صعب"),
                                         ("خالد العمري", "الحكومة ستتحرك قريبا لحل أزمة الوقود")]


def test_a_family_name_that_spoke_before_is_a_source_after_bihasab():
    # (العمري alone looks like a common adjective; the article named it before as a speaker's family name)
    assert fields("وقال الوزير خالد العمري إن الوضع صعب. الحكومة ستتحرك قريبا لحل أزمة الوقود، حسب العمري.",
                  "speaker", "rule")[-1] == ("خالد العمري", "phrase-clause/subject")


def test_nass_before_a_colon_or_a_quote_without_its_ala_is_the_text_of_something():
    # نص البيان: the text of the statement, a noun; the verb's content follows its على
    assert extract('وفيما يلي نص البيان: "نحن نعيش أياما صعبة في هذا البلد الكبير".') == []
    assert fields('وينص القانون على "إنشاء لجنة مستقلة ذات طبيعة قضائية".', "speaker") == [("القانون",)]


@pytest.mark.parametrize("article", [
    "وبحسب تقرير صادر عن البنك الدولي، فإن الحكومة تعمل على حل الأزمة.",
    "وطبقا لتقرير صادر عن البنك الدولي، فإن الحكومة تعمل على حل الأزمة.",
    "ووفقا لتقرير أصدره البنك الدولي، فإن الحكومة تعمل على حل الأزمة.",
])
def test_a_document_after_an_attribution_phrase_is_its_issuers_and_the_content_follows_the_issuer(article):
    assert fields(article, "speaker", "text") == [("البنك الدولي", "الحكومة تعمل على حل الأزمة")]


def test_an_attribution_phrase_with_its_own_content_after_a_statement_in_its_sentence_is_another_statement():
    # …، ووفق المصادر فإن …: a clause of its own after the verb's statement; but وقالت الشركة، بحسب موقع
    # الصحيفة، إن …: the phrase inside the verb's statement, before its content
    assert fields("وأفادت مصادر محلية بأن الحل قريب، ووفق مصادر فلسطينية فإن الحكومة تعمل على حل الأزمة.",
                  "speaker", "text") == [("مصادر محلية", "الحل قريب"),
                                         ("مصادر فلسطينية", "الحكومة تعمل على حل الأزمة")]
    assert fields("وقالت الشركة، بحسب موقع الصحيفة، إن الحكومة تعمل على حل الأزمة.", "speaker") == [("الشركة",)]


@pytest.mark.parametrize("article", [
    "وبحسب مراقبين دوليين معتمدين لتتبع الانتخابات التشريعية لسابع أكتوبر، فإن الظروف كانت جيدة.",
    "وبحسب المركز، ومقره الولايات المتحدة، فإن الظروف كانت جيدة.",
])
def test_the_content_after_an_opening_attribution_phrase_starts_after_its_main_clauses_fa_inna(article):
    assert fields(article, "text") == [("الظروف كانت جيدة",)]


def test_a_past_verb_of_final_alef_maqsura_written_with_ya_is_the_noun_where_the_article_writes_ala_so():
    # رأي آخر: an opinion, in an article that writes على with its ى; where it writes علي, رأي is the verb
    assert fields("وقال الوزير فوزي الورتاني إن الوضع صعب على الجميع. أما المدرب خالد العمري فله رأي آخر"
                  " مفاده أن الفريق يستحق الفوز.", "cue") == [("وقال",)]
    assert fields("ورأي خالد العمري أن القانون ينظم طرفي التصالح علي الفور.", "speaker") == [("خالد العمري",)]


def test_a_relaying_verb_credits_the_one_in_whose_words_it_relays():
    # ونقلت الوكالة على لسان فلان قوله: like عن فلان, the source speaks
    assert fields('ونقلت وكالة الأنباء الرسمية على لسان الوزير خالد العمري قوله: "إن الحل قريب جدا".',
                  "speaker") == [("خالد العمري",)]


def test_li_on_a_noun_of_action_ends_the_subject_of_a_verb_of_calling_for():
    # دعت السعودية لتحري رؤية الهلال: what it called for, as after إلى; the subject is السعودية
    assert fields("وهي المرة الأولى التي تدعو فيها السعودية لتحري رؤية الهلال في يومين. وقالت إن ذلك يأتي"
                  " نظرا لعدم تقدم أحد للشهادة.", "speaker") == [("السعودية",)]


def test_a_cue_form_after_a_preposition_is_a_noun():
    assert fields("وترك لعشاء يجمع القادة مع توقع ليلة طويلة أن تمتد المفاوضات.", "cue") == []
    # في رأي، في مذكرة: a noun (the analysts speak, not their memo)
    assert fields("لكن ذلك لا يعني في رأي أغلب الباحثين أن الشخص الأساسي ليس موجودا.", "cue") == []
    assert fields('وقال محللون في البنك في مذكرة: "نزلت أسعار الذهب لمستوياتها قبل أسبوع".', "speaker") == [
        ("محللون في البنك",)]


@pytest.mark.parametrize("article", [
    "ووصل رئيس الوزراء الإيطالي جوزيبي كونتي إلى بروكسل أمس.\n"
    "وخصوصا أن كونتي صعد الموقف فور وصوله مؤكدا أن روما لن تقبل.",
    # the person after a preposition is not the subject
    "ووصل رئيس الوزراء الإيطالي جوزيبي كونتي إلى بروكسل أمس.\nوتحدث كونتي عن ماكرون، مؤكدا أن روما لن تقبل.",
])
def test_a_participle_after_a_verb_that_is_not_a_cue_takes_the_titled_person_named_before(article):
    assert fields(article, "speaker", "rule") == [("جوزيبي كونتي", "participle-clause/sentence")]


def test_a_conjunction_ends_the_subject():
    assert fields("واندلعت المواجهات مع المظاهرة التي قالت الشرطة إن عدد المشاركين فيها كان يبلغ ألف شخص "
                  "بينما أكد المنظمون أنهم ألفا شخص.", "speaker") == [("الشرطة",), ("المنظمون",)]


@pytest.mark.parametrize(("article", "speaker"), [
    ("وقال الوزير سالم العلي لصحيفة الحياة إن النفط لن ينضب.", "سالم العلي"),
    ('قال الخبير النفطي الدكتور فهد بن جمعة لنشرة الرابعة "إن النفط لن ينضب قبل 140 عاماً".', "فهد بن جمعة"),
    # the title's own ل after the name, and a correspondent of an outlet, stay
    ("وقال مراسل لقناة الجزيرة إن القصف مستمر.", "مراسل لقناة الجزيرة"),
])
def test_the_outlet_told_after_the_name_is_not_part_of_the_speaker(article, speaker):
    assert fields(article, "speaker") == [(speaker,)]


def test_a_name_then_its_title_with_its_own_lam_keeps_the_title():
    st = one("قال عبد الإله ابن كيران الأمين العام لحزب العدالة والتنمية إن مستقبله رهين بفوزه.")
    assert st["speaker"] == "عبد الإله ابن كيران" and st["speaker_title"].endswith("لحزب العدالة والتنمية")


@pytest.mark.parametrize(("article", "speaker"), [
    ('ونقلت الوكالة عن مسؤول في اللجنة الأولمبية قوله إن الشعار سحب.', "مسؤول في اللجنة الأولمبية"),
    ('وقال الرئيس الفرنسي إيمانويل ماكرون إن الاتفاق قائم.\nوأضاف الرئيس الفرنسي عن نفس الاتفاق: "إنه سخيف".',
     "إيمانويل ماكرون"),
])
def test_what_a_title_spoke_about_and_the_relayed_words_are_not_the_speaker(article, speaker):
    assert fields(article, "speaker")[-1] == (speaker,)


def test_the_blessing_after_the_prophet_is_not_part_of_the_speaker():
    assert fields('قال رسول الله صلى الله عليه وسلم: "الدين النصيحة".', "speaker") == [("رسول الله",)]


def test_a_cue_in_a_relative_clause_about_a_named_person_takes_the_person_as_subject():
    assert fields("وقال المحامي بول بيرغوف الذي تابع القضية لعدة أعوام إن الطرفين تعبا.", "speaker") == [
        ("بول بيرغوف",)]


def test_an_organisations_name_that_is_also_a_common_word():
    assert fields("وكتبت صحيفة صباح الموالية للحكومة أن الهجوم إرهابي.", "speaker") == [
        ("صحيفة صباح الموالية للحكومة",)]


def test_unnamed_groups_take_what_they_stand_for():
    assert fields("ويقول مدافعون عن حقوق الإنسان إن الاعتقالات تعسفية.", "speaker") == [
        ("مدافعون عن حقوق الإنسان",)]


def test_the_leader_of_the_body_is_not_its_spokesman():
    assert fields("وأعلن المتحدث باسم الجيش الليبي بقيادة الجنرال خليفة حفتر أن المتهم اعتقل.", "speaker") == [
        ("المتحدث باسم الجيش الليبي",)]


def test_a_quoted_number_after_a_title_is_no_name():
    speaker, = fields("وقال قائد اللواء «15» إن القوات تتقدم.", "speaker")[0]
    assert speaker == "قائد اللواء «15»"


def test_a_demand_after_parentheticals_quotes_the_speaker():
    assert fields('طالبت أسرة الإعلامي جمال خاشقجي، في أول بيان لها، في 2 أكتوبر، بتشكيل لجنة للتحقيق في "موته".',
                  "speaker", "type", "rule") == [
        ("أسرة الإعلامي جمال خاشقجي", "mixed", "verb-object/subject")]


@pytest.mark.parametrize(("article", "speakers"), [
    # a state (متعجبا) and a possessed object (نظرته) after the title are not the name; a title with another
    # nationality names someone else
    ("قال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. ورأى الرئيس الفرنسي إيمانويل ماكرون أن الاتفاق مهم.\n"
     'وبرر الرئيس الأمريكي نظرته للاتفاق قائلا: "إيران خلف كل مشكلة".\n'
     'وتساءل الرئيس الأمريكي متعجبا: "أي اتفاق هذا؟".\nوشدد الرئيس الفرنسي على أنه جزء من الصورة.',
     ["دونالد ترامب", "إيمانويل ماكرون", "دونالد ترامب", "دونالد ترامب", "إيمانويل ماكرون"]),
    # في الوقت الذي is "while"; فيه between the verb and its subject
    ("وقال الرئيس الأمريكي دونالد ترامب إن الاتفاق سيئ. والتقى ترامب بماكرون في البيت الأبيض، في الوقت الذي "
     "شدد فيه ماكرون على أهمية الاتفاق مشيرا إلى أنه جزء من الصورة.", ["دونالد ترامب", "ماكرون"]),
])
def test_words_after_a_title_that_are_not_a_name(article, speakers):
    assert [speaker for speaker, in fields(article, "speaker")] == speakers


def test_a_later_mention_by_a_synonymous_title_finds_the_holder():
    article = ("أكد محسن حسن، الناطق الرسمي باسم حزب الاتحاد الوطني، أن الاجتماع تم.\n"
               "وأوضح المتحدث الرسمي باسم حزب الاتحاد الوطني، أن الحكومة مستقرة.")
    assert [speaker for speaker, in fields(article, "speaker")] == ["محسن حسن", "محسن حسن"]


def test_apostrophes_quote_too():
    found = extract("وفسرها عبد الله بن مسعود تفسيرا آخر، فقال: ''اتقوا الله حق تقاته بأن يطاع فلا يعصى''.\n"
                    "وقالت الطفلة حسناء داود: 'لأول مرة أدخل مركز القطان وتفاجأت بجماله'.")
    assert [(st.text, st.type, st.speaker) for st in found] == [
        ("اتقوا الله حق تقاته بأن يطاع فلا يعصى", "direct", "عبد الله بن مسعود"),
        ("لأول مرة أدخل مركز القطان وتفاجأت بجماله", "direct", "حسناء داود")]


def test_a_cue_participle_inside_quotation_marks_ends_the_quote_the_writer_misplaced():
    article = ('قال نقيب الممثلين أشرف عبدالغفور "إن النقابة مستمرة في دعم الفنانين,معربا عن دهشته '
               'من تأييد حكم الحبس".')
    [st] = extract(article)
    assert (st.text, st.type, st.speaker) == ("إن النقابة مستمرة في دعم الفنانين", "direct", "أشرف عبدالغفور")


def test_a_participle_of_state_after_a_comma_ends_what_was_said():
    found = extract("وقال الوزير جورج صبرة إن الحكومة مستعدة للحوار مع النقابات، مستعرضاً جهود الوزارة في تطوير "
                    "القطاع.")
    assert [st.text for st in found] == ["الحكومة مستعدة للحوار مع النقابات"]


@pytest.mark.parametrize("article", [
    "وأكد خالد العمري أن هناك اهتماما كبيرا من الحكومة بعمل الهيئة مشيراً للزيارات المتكررة للنواب.",
    "وقال خالد العمري إن الميزانية تحتاج إلى مراجعة مشيرا إلى ضرورة تغيير المنوال التنموي.",
    "وأكد خالد العمري أن هناك صراعا بين الاتحاد والحكومة منبها لضرورة الحسم في هذا الصراع.",
])
def test_a_cue_participle_on_its_own_preposition_ends_what_was_said_without_a_comma(article):
    assert extract(article)[0].text.split()[-1] in ("الهيئة", "مراجعة", "والحكومة")


def test_a_colon_after_a_relative_clause_lists_what_a_noun_holds_and_opens_no_speech():
    found = extract("وأكد خالد العمري أن الحملة ناجحة، مشيرا لانطلاقة حملات المراقبة والتي تشمل: "
                    "مواصفة وأوزان الخبز ومصانع إعادة التعبئة.")
    assert [st.text for st in found] == ["الحملة ناجحة"]


def test_a_cue_verb_in_the_past_after_a_comma_ends_what_was_said_and_one_in_the_present_goes_on():
    found = extract("وقال خالد العمري إن تقلب العملة مرده مؤامرة الأعداء، وتعهد اتخاذ إجراءات جديدة.")
    assert found[0].text == "تقلب العملة مرده مؤامرة الأعداء"
    found = extract("وأوضحت خديجة الورتاني أن المركز يشجع الأطفال على صقل مواهبهم، ودعت الأطفال إلى المطالعة.")
    assert found[0].text == "المركز يشجع الأطفال على صقل مواهبهم"
    found = extract("وقالت الصحيفة إن الرئيس يعتمد خطابا بغيضا، ويعتبر المراسلين أعداء الشعب.")
    assert found[0].text == "الرئيس يعتمد خطابا بغيضا، ويعتبر المراسلين أعداء الشعب"


def test_a_form_that_is_also_another_word_takes_its_content_after_what_it_is_about_with_its_own_preposition():
    found = extract("وعلق رئيس الاتحاد خالد العمري على هذه الخطوة، بأنها تعكس مدى احترام الاتحاد.")
    assert [(st.speaker, st.text) for st in found] == [("خالد العمري", "تعكس مدى احترام الاتحاد")]
    assert extract("وعلق خالد العمري على الجدار صورة كبيرة للفريق.") == []


def test_what_it_says_in_takes_a_document_and_not_a_place_in_a_ranking():
    found = extract("وجاء في البيان أن الوزارة ستفتح تحقيقا في الحادث.")
    assert [st.cue for st in found] == ["وجاء في"]
    assert extract("وجاء في إطار زيارة الوزير خالد العمري أن الطرفين وقعا اتفاقا.") == []
    assert extract("وجاء في المرتبة الخمسين اللاعب خالد العمري في التصنيف العالمي.") == []


def test_a_participle_that_is_an_adjective_does_not_end_what_was_said():
    found = extract("وقال خالد العمري إن الجهات الرسمية لا يمكن أن تكون مطالبة بالتحكم في مضمون الصحافة.")
    assert found[0].text.endswith("مضمون الصحافة")


def test_a_participle_after_a_statement_of_an_attribution_phrase_starts_its_own():
    found = fields("وبحسب مدير التعليم سامي خليل فإن إدارته تسعى إلى توفير الغرف، مضيفاً أن عدد الغرف بلغ 50 غرفة.",
                   "cue", "speaker", "text")
    assert found == [("وبحسب", "سامي خليل", "إدارته تسعى إلى توفير الغرف"),
                     ("مضيفاً", "سامي خليل", "عدد الغرف بلغ 50 غرفة")]


def test_a_participle_without_a_comma_starts_a_statement_when_a_quote_follows_it():
    found = fields('وقال سامي خليل إن الفكرة التي تقوم عليها الجماعة خاطئة مضيفا " موقفنا يتحدد بالخيار الذي '
                   'يختارونه".', "cue", "type", "text")
    assert found == [("وقال", "indirect", "الفكرة التي تقوم عليها الجماعة خاطئة"),
                     ("مضيفا", "direct", "موقفنا يتحدد بالخيار الذي يختارونه")]


def test_an_ascii_quote_with_spaces_inside_its_marks_holds_a_quoted_word():
    text = 'وقال خالد العمري " إن ما وقع هو "انقلاب" على الشرعية وليس شيئا آخر ". وقال " أعطى الحزب قيمة مضافة".'
    assert fields(text.split(". ")[0] + ".", "type", "text") == [
        ("direct", 'إن ما وقع هو "انقلاب" على الشرعية وليس شيئا آخر')]
    # a mark with a space after it, before a word, opens a quote rather than closing one
    quoted = [text[span.start:span.end].strip() for span in find_spans(text)]
    assert quoted[-1] == "أعطى الحزب قيمة مضافة"


@pytest.mark.parametrize("sentence", [
    "ويعمل الفريق وفقاً للتصور الجديد للمشروع الذي وضعته الإدارة قبل عامين.",
    "ويتوزع الأطباء على الأقسام حسب التخصص بحيث لا يشرف الاستشاري على أكثر من 30 سريرا.",
    "وتسمى المنطقة تن إبراهيم نسبة إلى إبراهيم بن محمد الذي أسسها قبل قرون.",
])
def test_according_to_a_plan_a_speciality_or_named_after_someone_is_no_statement(sentence):
    assert extract(sentence) == []


def test_a_cue_form_read_as_a_noun_after_a_preposition_does_not_cut_the_content_short():
    # عند ذكر النتائج: the noun ذكر, not another cue whose content would begin there
    assert fields('وقال خالد العمري عند ذكر النتائج "لقد فزنا بثقة الناخبين في كل الدوائر".', "speaker", "type") == [
        ("خالد العمري", "direct")]


def test_a_participle_governing_a_clause_through_another_preposition_is_no_cue():
    # معلقة في أن: hanging on, not commenting (معلقا على)
    assert extract("وقال الوزير إن الخطة جاهزة. كما أن الآمال معلقة في أن تحقق الخطة أهدافها.")[-1].text \
        == "الخطة جاهزة"
    [_, st] = extract("وقال الوزير إن الخطة جاهزة، معلقا على أن التنفيذ يبدأ غدا.")
    assert st.text == "التنفيذ يبدأ غدا"


def test_a_relative_clause_cue_of_someone_who_may_speak_is_a_statement_of_its_own():
    article = ("قال وزير الداخلية خالد العمري إن الانتخابات مرت في أجواء جيدة، تنفيذا لتعليمات الملك فوزي "
               "الورتاني، الذي أكد أن الإدارة تبقى محايدة.\nوأضاف أن النتائج ستعلن غدا.")
    found = [(st.speaker, st.text) for st in extract(article)]
    assert found == [("خالد العمري", "الانتخابات مرت في أجواء جيدة، تنفيذا لتعليمات الملك فوزي الورتاني"),
                     ("فوزي الورتاني", "الإدارة تبقى محايدة"),
                     ("خالد العمري", "النتائج ستعلن غدا")]  # (the aside's speaker is not who goes on)
    # (التضخم الذي يتوقع أن: the noun before is what was said about, and no one to speak)
    [st] = extract("وقال الوزير إنه يتوقع تطورات إيجابية بشأن التضخم، الذي يتوقع أن ينخفض العام المقبل.")
    assert st.text.endswith("الذي يتوقع أن ينخفض العام المقبل")


def test_a_fronted_phrase_with_a_quoted_name_belongs_to_the_next_statement():
    article = 'وقال الوزير إن الخطة جاهزة، وفي تصريح لصحيفة "الغد" قال إنه واجه صعوبات كبيرة.'
    assert [st.text for st in extract(article)] == ["الخطة جاهزة", "واجه صعوبات كبيرة"]


def test_a_participle_form_with_another_preposition_and_a_pronoun_is_a_noun_not_the_cue():
    # مقرا لها: a seat (headquarters), not مقرا (acknowledging, which takes ب); the verb before is the cue
    [st] = extract("وأكدت المنظمة التي تتخذ مقرا لها في نيويورك في تقريرها أن التعذيب ممنهج.")
    assert (st.cue, st.speaker, st.text) == ("وأكدت", "المنظمة", "التعذيب ممنهج")


@pytest.mark.parametrize(("article", "speaker", "text"), [
    ("ثم ألقى رئيس المركز المهندس خالد العمري كلمة المركز ومما جاء فيها: «إن وطننا يمر بأدق المراحل».",
     "خالد العمري", "إن وطننا يمر بأدق المراحل"),
    ('ونشرت الشرطة المحلية لاحقا تغريدة جاء فيها أن "اثنين من القتلى من عناصر الشرطة".',
     "الشرطة المحلية", "اثنين من القتلى من عناصر الشرطة"),
])
def test_what_a_text_just_named_says_is_said_by_whoever_issued_it(article, speaker, text):
    # جاء فيه / ورد فيها: the pronoun is the text named right before (a speech, a post, a statement)
    [st] = extract(article)
    assert (st.speaker, st.text) == (speaker, text)


def test_a_pronoun_after_jaa_fi_with_no_text_named_before_makes_no_statement():
    # (مقال في صحيفة "الغد" ورد فيه: the article's paper issued it, not the one who read it)
    assert extract('واطلع الوزير على مقال في صحيفة "الغد" ورد فيه أن الحكومة ستستقيل.') == []


def test_a_colon_inside_brackets_after_a_cue_is_a_titles_not_speech():
    text = ("وبقيت أتابع منجز الناقد خالد العمري فكتبت عن كتابه (المثال والتحول: آراء ودراسات في الشعر) "
            "حديثا نقديا نشرته جريدة محلية.")
    assert extract(text) == []


def test_a_common_noun_the_verb_governs_with_a_quote_soon_after_is_a_mixed_statement():
    text = "وأبدى الوزير فوزي الورتاني تمسكه «بالاتفاق» الذي ينص على تقاسم السلطة."
    assert fields(text, "speaker", "type", "text") == [
        ("فوزي الورتاني", "mixed", "تمسكه «بالاتفاق» الذي ينص على تقاسم السلطة")]
    text = ("وأرسلت بيونغ يانغ سفنا إلى المياه الإقليمية، مؤكدة استعدادها لخوض «حرب شاملة»، في وقت "
            "تشهد المنطقة تصعيدا.")
    [(type_, content)] = fields(text, "type", "text")
    assert type_ == "mixed" and content.startswith("استعدادها لخوض «حرب شاملة»")


def test_a_quote_far_after_a_verbs_object_does_not_make_it_a_statement():
    text = ("ولاحظ الأعوان علامات الارتباك على الشابين القادمين من المدينة، وبتفتيشهما عثروا على أقراص "
            "من نوع «إكستازي» مخبأة بإحكام.")
    assert extract(text) == []


@pytest.mark.parametrize("joint", ["في الوقت الذي فرضت فيه حالة الطوارئ في البلاد", "في وقت تواصل العملة انهيارها"])
def test_at_a_time_when_after_a_comma_returns_to_the_writer(joint):
    text = f"وقال المتحدث خالد العمري إن حصيلة القتلى بلغت 128 قتيلا، {joint}."
    assert fields(text, "text") == [("حصيلة القتلى بلغت 128 قتيلا",)]


@pytest.mark.parametrize(("article", "speaker", "text"), [
    ("تم حجز شاحنتين محملتين بالسجائر على الحدود، حسب ما أفاد به المدير الجهوي للديوانة فوزي الورتاني.",
     "فوزي الورتاني", "تم حجز شاحنتين محملتين بالسجائر على الحدود"),
    ("وانطلقت الأشغال في الطريق الجديدة، وفق ما كشف عنه مصدر من البلدية.",
     "مصدر من البلدية", "وانطلقت الأشغال في الطريق الجديدة"),
    ("تعرض الفنان لحادث خلال التصوير، حسبما أفادت به بعض المواقع الإخبارية.",
     "بعض المواقع الإخبارية", "تعرض الفنان لحادث خلال التصوير"),
])
def test_what_a_source_told_is_its_statement_past_the_pronoun_that_stands_for_what(article, speaker, text):
    assert fields(article, "speaker", "text") == [(speaker, text)]


def test_the_content_after_an_attribution_phrase_comes_past_whom_it_was_told_when_and_where():
    article = "ووفق ما صرح به مدير المدرسة لمراسلنا بالجهة، فقد قدرت قيمة المسروق بسبعة آلاف دينار."
    assert fields(article, "speaker", "text") == [("مدير المدرسة", "قدرت قيمة المسروق بسبعة آلاف دينار")]
    article = 'ووفقا لما قاله الدكتور خالد العمري لـ"الوطن" أمس فإن الجثث كانت تنقل عبر الجمعيات.'
    assert fields(article, "speaker", "text") == [("خالد العمري", "الجثث كانت تنقل عبر الجمعيات")]


def test_what_someone_called_for_is_no_source_of_the_sentence():
    assert extract("وهذا ما يبدد آمال الحكومة في طي الصفحة بحسب ما دعت إليه وزيرة في الحكومة.") == []


@pytest.mark.parametrize("article", [
    "وأكد خالد العمري دعمه للفريق، إلا أن اللاعبين ينظرون إلى المسألة بقلق.",
    "والمؤكد أن محاضرة خالد العمري تكشف عن بعض القلق، غير أن أهل السياسة ينظرون للمسألة بهدوء.",
    "وفي حال أقر الاتحاد الخطة، فإن البطولة ستصبح شبيهة بكأس السوبر.",
    "أكد النادي تأهله في صدارة المجموعة، رغم أن منافسه باغته بتعادل في اللقاء الأخير.",
    "سجلت البلاد نجاحا باستضافتها البطولة بشهادة المشاركين، وعلى الرغم من بعض الأخطاء التي وقعت فيها "
    "اللجان المنظمة إلا أن الاستضافة كانت مميزة.",
])
def test_however_or_then_after_a_comma_opens_no_content_for_the_cue_before_it(article):
    assert extract(article) == []


@pytest.mark.parametrize("article", [
    'ويرغب فوزي الورتاني في السفر، لكنه يخشى أن يقول الناس "لماذا تبدد ميراث أبنائك في الرحلات؟"',
    "وكاد اللاعب أن يضيف الهدف الثاني إثر لقطة فائقة من القائد.",
])
def test_what_would_be_said_after_an_is_no_statement(article):
    assert extract(article) == []


@pytest.mark.parametrize("article", [
    "وأشار المراسل إلى الظروف الصعبة التي تعيشها العائلات في المخيم، خاصة أن الشتاء على الأبواب.",
    "هناك خياران: أن نكون أسقطناها عمدا كما يدعون أو أن نكون أسقطناها خطأ.",
])
def test_especially_as_or_or_that_opens_no_content(article):
    assert extract(article) == []


@pytest.mark.parametrize("article", [
    "وقد استغربت قلق ذلك القارئ. لا أدعي أن حركة الكون توقفت بسبب الانتخابات.",
    "أعتقد أن الحل في الحوار بين الأطراف، وأن الوقت لم يفت بعد.",
])
def test_the_writers_own_view_in_the_first_person_is_no_statement(article):
    assert [st.text for st in extract(article) if "الحوار" in st.text or "الكون" in st.text] == []


def test_a_past_misspelt_with_a_hamza_is_still_the_cue_of_its_subject():
    article = "وأعتبرت نقابة الصحفيين في بيانها أن القرار يمس حرية التعبير."
    assert fields(article, "speaker", "text") == [("نقابة الصحفيين", "القرار يمس حرية التعبير")]


def test_many_of_the_studies_is_the_source_not_many_alone():
    assert [st.speaker for st in extract("وأظهر العديد من الدراسات أن التوتر يزيد الوزن.")] == ["العديد من الدراسات"]


def test_a_past_cue_of_another_gender_than_the_speakers_goes_on_with_what_was_said():
    found = extract("وقال خالد العمري إن الوزارة اعترفت بأنها اقترفت خطأ، ووعدت بإرجاع المنح إلى مستحقيها.")
    assert [st.text for st in found][:1] == ["الوزارة اعترفت بأنها اقترفت خطأ، ووعدت بإرجاع المنح إلى مستحقيها"]
    # (with what the ministry admitted as a report inside it)
    # the speaker's own next act, and another subject's clause, still end what was said
    found = extract("وقالت فاطمة العمري إن المركز يشجع الأطفال على المطالعة، ودعت الأطفال إلى زيارة المركز.")
    assert [st.text for st in found] == ["المركز يشجع الأطفال على المطالعة"]
    found = extract("وقال خالد العمري إن اللاعب سيبقى مع أسرته، وأبدت الجماهير مخاوفها من رحيله.")
    assert [st.text for st in found] == ["اللاعب سيبقى مع أسرته"]


def test_counting_as_after_a_comma_ends_the_content_before_it():
    found = extract("وبين الوزير خالد العمري أن السياحة يعول عليها كمصدر للدخل، عادًا دول الخليج منطقة استقطاب.")
    assert [st.text for st in found][:1] == ["السياحة يعول عليها كمصدر للدخل"]


def test_a_report_inside_what_was_said_is_a_statement_inside_it():
    # its own speaker: a statement inside the other, which keeps its whole text
    article = "وقال خالد العمري إن حفتر سيعود إلى بنغازي بعدما قضى ما قالت مصادر مطلعة إنها فترة علاج."
    assert fields(article, "speaker", "text") == [
        ("خالد العمري", "حفتر سيعود إلى بنغازي بعدما قضى ما قالت مصادر مطلعة إنها فترة علاج"),
        ("مصادر مطلعة", "فترة علاج")]
    # no subject of its own, in a clause about what the speaker named: the same speaker goes on
    article = "وأفاد فوزي الورتاني بأنه أودع مطلبا لحزبه الجديد، الذي قال إنه سيكون وسطيا."
    assert fields(article, "speaker", "text")[1:] == [("فوزي الورتاني", "سيكون وسطيا")]
    # after a relative pronoun whose noun cannot speak, that noun is what was spoken of
    article = "وأوضح خالد العمري أن الحكومة ستعرض على البرلمان الاتفاق الذي قال إنه سيحمي المزارعين."
    assert fields(article, "speaker", "text")[1:] == [("خالد العمري", "سيحمي المزارعين")]
    # its own speaker written before it, opening the outer content after its bare complementizer
    article = "وذكرت الصحيفة أن وزير الخارجية فوزي الورتاني قال إن الحكومة ستستقيل."
    assert fields(article, "speaker", "speaker_title", "text") == [
        ("الصحيفة", "", "وزير الخارجية فوزي الورتاني قال إن الحكومة ستستقيل"),
        ("فوزي الورتاني", "وزير الخارجية", "الحكومة ستستقيل")]


@pytest.mark.parametrize("article", [
    "وقالت وزارة الصحة إنها أكدت أن الخدمة ستعود غدا.",  # the content's own verb
    'وقال الوزراء إن قرار نقل السفارة يعتبر "باطلا" ويشكل "خرقا خطيرا للقانون الدولي".',  # a present (passive)
    "وأضاف خالد العمري أن الطبيبة التي تم إيقافها قالت إن الرضيع ولد ميتا.",  # not the speaker's gender
    "وقال خالد العمري إن الفريق استقبل سيرا ذاتية لمدربين جدد إلا أن الاتحاد لم يختر أحدا.",  # however
    "وأعلن خالد العمري أنه سيلغي التصريح بعد تصريح متلفز قال فيه إن الملف مغلق.",  # said in what someone made
    "وذكرت الوكالة أن رئيس البرلمان خالد العمري وصف ترامب بأنه سياسي هزلي.",  # its subject before it, its object after
    "وقالت الوزارة إن الحديث سابق لأوانه رغم أنها مأساة مستمرة ذكر بأنها ستنتهي.",  # after أنها: a predicate
])
def test_a_verb_inside_what_was_said_that_reports_nothing_of_its_own_makes_no_statement(article):
    assert len(extract(article)) == 1


def test_an_adverb_after_the_verb_is_no_subject():
    assert fields("وكان المدير قد نفى تماما أن تكون هناك مشادة.", "speaker") == [("المدير",)]


def test_a_relayed_source_comes_past_where_the_relay_was_published():
    for article in ("ونقلت قناة «الوطن» عبر موقعها عن خالد العمري قوله إن الوضع هادئ.",
                    "ونقل موقع النادي على الإنترنت عن خالد العمري قوله إن الفريق جاهز."):
        assert fields(article, "speaker") == [("خالد العمري",)]
    # a site is where one writes, as a page or an account is
    article = "وكتب فوزي الورتاني على موقع تويتر: «الصاروخ سيتطلب فحصا متأنيا»."
    assert fields(article, "speaker", "text") == [("فوزي الورتاني", "الصاروخ سيتطلب فحصا متأنيا")]


@pytest.mark.parametrize("inference", ["وهو ما يؤكد أن", "وهذا ما يشير إلى أن", "وهذا يشير إلى أن",
                                       "وتأجل مرتين، مما يؤكد أن", "وتأجل مرتين، بما يشير إلى أن"])
def test_which_is_what_shows_is_the_writers_inference(inference):
    article = f"وقال خالد العمري إن الاجتماع انتهى مبكرا. {inference} المجلس هو الذي أصدر القرار."
    assert fields(article, "speaker", "text") == [("خالد العمري", "الاجتماع انتهى مبكرا")]


@pytest.mark.parametrize("article", [
    "واستبعدت خالدة العمري البقاء في الاتحاد الجمركي لأن ذلك من شأنه أن يضر بالاقتصاد.",
    "وأشار فوزي الورتاني إلى ضرورة تكاتف الجهود، والذي من شأنه أن يعزز الأمن.",
    "وأشادت الدول الثلاث بالضربات، وقللت السلطات من تداعياتها، خصوصاً أن الضربات لم توقع قتلى.",
])
def test_likely_to_or_especially_as_is_no_content_clause(article):
    assert extract(article) == []


def test_a_title_takes_the_name_written_before_it_not_the_cue_before_the_name():
    article = ("قال متحدث باسم الحكومة إن الوضع هادئ. "
               'وقال خالد العمري، المتحدث باسم الحكومة لرويترز "تقرر إعلان حالة الطوارئ".')
    assert fields(article, "speaker", "speaker_title") == [("خالد العمري", "المتحدث باسم الحكومة")] * 2


def test_what_was_not_said_is_no_statement_but_a_clause_not_ruled_out_is():
    assert extract('ولم تكشف الشركة عن الشكل النهائي لسيارة "إي كيو سي" الجديدة في الفيديو.') == []
    assert fields("ولم يستبعد خالد العمري أن يتخذ الطرفان إجراءات حاسمة.", "speaker") == [("خالد العمري",)]


@pytest.mark.parametrize("byline", ["كتب: خالد العمري", "كتبت ـ فوزية الورتاني:", "كتب خالد العمري:"])
def test_a_byline_under_the_headlines_is_no_statement(byline):
    article = f"النادي يفوز بالكأس\n\n{byline}\nفاز النادي بالكأس أمس. وقال المدرب فوزي بوزيد إن الفوز مستحق."
    assert fields(article, "speaker") == [("فوزي بوزيد",)]
    # lower down, under the paragraphs of the story, a name that writes still writes something
    tweet = "النادي يفوز بالكأس\nفاز النادي بالكأس أمس.\nواحتفل الجمهور.\nوقال خالد العمري إن الفوز مستحق.\n" \
        "كتب العمري:\n«الفوز للجميع»"
    assert fields(tweet, "speaker") == [("خالد العمري",), ("خالد العمري",)]


def test_a_verb_describing_a_document_is_no_part_of_its_name():
    assert fields("وتوصلت دراسة أجريت مؤخرا إلى أن الجهود لم تنجح.", "speaker") == [("دراسة",)]
    # after the document's adjectives too; but a verb carrying the document's pronoun goes on to its issuer
    assert fields("وأظهرت بيانات رسمية نشرت الخميس أن التضخم ارتفع.", "speaker") == [("بيانات رسمية",)]
    assert fields("وأظهر استطلاع للرأي نشرته صحيفة الأيام أن التأييد تراجع.", "speaker") \
        == [("استطلاع للرأي نشرته صحيفة الأيام",)]


def test_all_of_them_after_a_verb_of_calling_on_is_its_object():
    article = 'وقال خالد العمري إن الوضع صعب. ودعا كل الأطراف إلى "ضبط النفس لتفادي مزيد من التصعيد".'
    assert fields(article, "speaker") == [("خالد العمري",), ("خالد العمري",)]


def test_one_name_alone_before_the_ba_of_a_verb_that_takes_an_object_is_its_object():
    assert fields("وكان وزير الدفاع خالد العمري قد وصف القناة بأنها منظمة إرهابية.", "speaker") == [("خالد العمري",)]
    article = "وقال خالد العمري إن الوضع صعب. ووصف إيران بأنها الأمل الوحيد."
    assert fields(article, "speaker") == [("خالد العمري",), ("خالد العمري",)]


def test_what_a_statement_was_made_in_is_not_who_made_it():
    article = "قال خالد العمري إن الموسم انتهى.\nوعقد العمري مؤتمرا صحفيا قال فيه إن الفريق بحاجة إلى صوت مختلف."
    assert fields(article, "speaker") == [("خالد العمري",), ("خالد العمري",)]


@pytest.mark.parametrize(("article", "speaker"), [
    ("ويذكر أن وزير الصحة خالد العمري صرح نهاية الأسبوع الماضي لإذاعة موزاييك أن الأدوية متوفرة.", "خالد العمري"),
    ("وأعلنت الحكومة منتصف الشهر الماضي أن الأدوية متوفرة.", "الحكومة"),
])
def test_the_end_or_middle_of_a_period_is_when_not_who(article, speaker):
    assert fields(article, "speaker") == [(speaker,)]


def test_it_is_advised_is_no_ones_statement():
    article = "وقال خالد العمري إن النوم مهم للصحة. لذلك ينصح بأن تكون درجة الحرارة معتدلة في الغرفة."
    assert fields(article, "speaker", "text") == [("خالد العمري", "النوم مهم للصحة")]


@pytest.mark.parametrize(("article", "speaker"), [
    ("وقالت صحيفة الوطن نقلا عن مسؤول أمني إن الهجوم وقع ليلا.", "مسؤول أمني"),
    ("وذكرت الوكالة، نقلا عن مصادر طبية، أن عدد القتلى ارتفع.", "مصادر طبية"),
    ("وقال خالد العمري عن المشروع إنه ناجح.", "خالد العمري"),  # عن alone: what it was about
])
def test_quoting_a_source_after_the_subject_makes_the_source_the_speaker(article, speaker):
    assert fields(article, "speaker") == [(speaker,)]


def test_brackets_after_a_colon_are_quotation_marks():
    article = "وقال خالد العمري: (الكلمة الطيبة كالشجرة الطيبة)، وهو قول مأثور يردده الناس."
    assert fields(article, "type", "text") == [("direct", "الكلمة الطيبة كالشجرة الطيبة")]


@pytest.mark.parametrize(("article", "speaker"), [
    ("وقالت الصحيفة إن الثلث فقط قالوا بوضوح إنهم يريدون البقاء.", "الثلث"),
    ("وذكرت الوكالة أن المسؤولين الأميركيين وقتها قالوا إنه كان بالإمكان احتواء الحرب.", "المسؤولين الأميركيين"),
])
def test_an_adverb_between_a_subject_and_its_verb_is_no_part_of_the_subject(article, speaker):
    assert speaker in [st.speaker for st in extract(article)]


def test_a_time_between_a_verb_and_a_given_name_is_passed_over():
    one("وقال الجمعة خالد العمري إن الفريق جاهز.", speaker="خالد العمري", text="الفريق جاهز")
    one("وقال آنذاك خالد العمري إن الفريق جاهز.", speaker="خالد العمري", text="الفريق جاهز")


@pytest.mark.parametrize(("article", "title"), [
    ("خالد العمري أمين سر غرفة صناعة دمشق قال: إن الغرفة لم تطلب الدعم.", "أمين سر غرفة صناعة دمشق"),
    ("خالد العمري رئيس قسم الأخبار المحلية بدائرة الأخبار يوضح أن النجاح يعود إلى المهنية.",
     "رئيس قسم الأخبار المحلية بدائرة الأخبار"),
    ("خالد العمري، الرئيس العالمي لأبحاث سوفوس، الشركة المختصة في أمن الإنترنت، يقول إن الاهتمام غير مسبوق.",
     "الرئيس العالمي لأبحاث سوفوس"),
])
def test_a_name_and_its_title_opening_the_sentence_are_the_subject_of_the_verb_after_them(article, title):
    one(article, speaker="خالد العمري", speaker_title=title)


def test_a_content_clause_after_a_noun_joined_on_after_a_comma_is_the_nouns():
    # وإمكانية أن: the noun's clause, not the content of the verb before it
    found = fields("وذكر خالد العمري أن التوقعات كانت تشير إلى إمكانية النمو في القطاع، وإمكانية أن يتوجه"
                   " العراق إلى بناء قاعدة تنموية.", "speaker", "text")
    assert found == [("خالد العمري", "التوقعات كانت تشير إلى إمكانية النمو في القطاع، وإمكانية أن يتوجه العراق"
                                     " إلى بناء قاعدة تنموية")]
    # والجواب أن، وبخاصة أن: the writer goes on
    assert extract("ونقلت الصحيفة كيف ينظر اللاجئون إلى الضربة، والجواب أن هؤلاء يرون بعين الرضى تحركا غربيا.") == []
    # ووصفه بأنه: the content of the verb joined on, not of the one before it
    assert fields("وندد خالد العمري بالقرار الأخير للحكومة، ووصفه بأنه خطير.", "cue", "text") == [("ووصفه", "خطير")]


def test_another_source_set_against_what_was_said_ends_it_and_speaks_for_itself():
    # …، إلا أن / رغم أن + a subject and its own verb of saying: the next statement, by that subject
    assert fields("وقالت الوزارة إن المسافر خرج بعد فترة قصيرة، رغم أن الناشطة فوزية الورتاني تقول إنها"
                  " انتظرته طوال اليوم.", "speaker", "text") == [
        ("الوزارة", "المسافر خرج بعد فترة قصيرة"), ("فوزية الورتاني", "انتظرته طوال اليوم")]
    # an unnamed source after أن is in the accusative
    assert fields("وقالت الوزارة إن الحديث سابق لأوانه، رغم أن مصدرا دبلوماسيا كبيرا أكد أن سفره يمثل خطرا.",
                  "speaker", "text") == [
        ("الوزارة", "الحديث سابق لأوانه"), ("مصدرا دبلوماسيا كبيرا", "سفره يمثل خطرا")]
    # what calls for something is no source
    assert fields("وأضاف التقرير أن الإدارة تراهن على رفع العقوبات، إلا أن هناك ما يدعو إلى الشك في أن"
                  " الأموال ستستغل.", "speaker") == [("التقرير",)]


def test_a_subject_between_a_bare_complementizer_and_its_verb_speaks_and_the_noun_after_is_told():
    # أن + subject + verb: the noun after the verb is its object (the one told), not its subject
    assert fields("وعلمت الصحيفة أن مدرب الفريق أبلغ الإدارة المكلفة برغبته بأن يكون أي لاعب قادم من النجوم.",
                  "speaker") == [("مدرب الفريق",)]
    assert fields("إلا أن الوزير خالد العمري حذر الحكومة وقال إن عليها أن تصرف أموالها في دعم الاقتصاد.",
                  "speaker", "text") == [("خالد العمري", "عليها أن تصرف أموالها في دعم الاقتصاد")]
    # a modal adverb (ربما، لعل) is no part of a subject: the subject after the verb speaks
    assert fields("لكن في إشارة إلى أن الحكومة ربما تكون مستعدة للتفاوض قال الوزير خالد العمري إن على حكومته"
                  " التحلي بالمرونة.", "speaker") == [("خالد العمري",)]


def test_one_or_some_of_them_speak_unnamed():
    # أحدهم، إحداهن، بعضهم: the group's pronoun on the quantifier, an unnamed speaker, not an object
    assert fields("وجلس الرجال في المجلس. قال أحدهم: طيب، ومن لا يستجيب لطلبك؟", "speaker") == [("أحدهم",)]
    assert fields("والتقت الصحيفة لاجئتين، وقالت إحداهما إن الوضع صعب.", "speaker", "text") == [
        ("إحداهما", "الوضع صعب")]
    # and a quote that opens with إن/إنه is what was said, no name of theirs
    assert fields('ورد زملاء الوزير على مقاله بغضب، وقال بعضهم "إنه تجاوز الحدود".', "speaker", "text") == [
        ("بعضهم", "إنه تجاوز الحدود")]
    # (a channel's letters still are its name)
    assert fields('ووفقاً لقناة "أن بي سي" فإن الوزيرة التقت بالموظفين.', "speaker") == [('قناة "أن بي سي"',)]


def test_where_it_was_written_may_stand_after_a_comma_before_the_quote():
    # كتب is also كُتُب (books): its content must come at once, but where it was posted may stand between
    assert fields('وكتب عضو البرلمان خالد العمري، في حسابه على تويتر: "هذا تجاوز للحدود".', "speaker", "text") == [
        ("خالد العمري", "هذا تجاوز للحدود")]
    # (and so may an adverb before where it was posted)
    assert fields("وكتب خالد العمري بعد ذلك على حسابه على تويتر أن الفريق سيعود إلى التدريب.", "speaker", "text") == [
        ("خالد العمري", "الفريق سيعود إلى التدريب")]


def test_a_name_after_a_titles_comma_before_the_verbs_preposition_is_the_titles_holder():
    # كشف مدير عام الشركة، خالد العمري عن …: the name, with no comma after it, before the verb's عن
    assert fields("كشف مدير عام الشركة الأولى، خالد العمري عن توقيع اتفاقية جديدة، مبيناً أن حجم الاستثمار"
                  " يبلغ 15 مليون دولار.", "speaker", "speaker_title") == [("خالد العمري", "مدير عام الشركة الأولى")]


def test_noting_that_is_the_writers_and_no_content_of_the_verb_before_it():
    assert extract("وقدمت الشركة المستندات التي تؤيد سلامة موقفها، علماً أنه قد تم قيد التظلم أمس.") == []


def test_a_quote_after_another_clause_begins_is_none_of_the_cues():
    # …، وكذلك فعلت …: a clause of its own, whose quote the cue before it did not say
    assert extract("وذكر خالد العمري أسماء الفائزين في المسابقة، وكذلك فعلت النائبة فوزية الورتاني المنشقة"
                   ' عن "أولئك الذين باعوا القضية بثمن بخس".') == []


@pytest.mark.parametrize("god", ["الله العلي القدير", "المولى عز وجل", "الله سبحانه وتعالى"])
def test_god_called_on_by_any_name_is_no_speaker(god):
    found = fields(f"وأدان خالد العمري الهجوم، ودعا {god} أن يتغمد الشهداء برحمته.", "speaker", "text")
    assert found == [("خالد العمري", "يتغمد الشهداء برحمته")]
    # (but God tells, after a verb of telling: التي أخبر سبحانه عن رفعة مكانتها بقوله)
    assert [st.speaker for st in extract('وهي الفريضة التي أخبر سبحانه عن مكانتها بقوله: "وما تقرب إلي عبدي بشيء".')] \
        == ["الله"]


def test_god_called_on_in_a_prayer_is_no_speaker():
    # ودعا الله أن: God is whom the speaker prayed to; the statement is the speaker's, and so are the next
    found = fields("وأدان خالد العمري الهجوم على المسجد، ودعا الله أن يغفر للشهداء. وأكد أن الأمن سيبقى.",
                   "speaker", "text")
    assert found == [("خالد العمري", "يغفر للشهداء"), ("خالد العمري", "الأمن سيبقى")]


def test_a_dropped_subject_after_a_verse_is_the_preacher_who_cites_it():
    found = fields("وقال الشيخ خالد العمري في خطبة الجمعة إن الفتن تزول، قال تعالى «ألا إن نصر الله قريب».\n"
                   "وأضاف أن الصبر طريق النجاة.", "speaker")
    assert found == [("خالد العمري",), ("الله",), ("خالد العمري",)]


def test_a_name_that_opens_with_fal_keeps_its_first_letter():
    # فالكه، فالون: ف is no conjunction when what follows it is no word the lexicon knows
    assert [st.speaker for st in extract("وقال فالكه في مؤتمر صحافي إن الوضع صعب.")] == ["فالكه"]
    assert [st.speaker for st in extract("فالرئيس قال إن الوضع صعب.")] == ["الرئيس"]


def test_the_attention_drawn_is_the_verbs_object():
    found = fields("وقال خالد العمري إن المشروع مهم. ولفت الانتباه إلى أن التوسعة لها أبعاد مهمة.", "speaker")
    assert found == [("خالد العمري",), ("خالد العمري",)]


def test_the_matter_a_relative_clause_hangs_on_says_nothing():
    assert extract("وارتفع عدد الزوار هذا العام، الأمر الذي يشير إلى أن السوق يتجه نحو النمو.") == []


@pytest.mark.parametrize("generic", ["وقد يقول قائل", "ويقول الناس", "ويقول البعض"])
def test_people_in_general_are_no_antecedent_of_a_verb_in_the_singular(generic):
    found = fields(f"وقال الشيخ خالد العمري إن الصبر مفتاح الفرج. {generic} إن الصبر ضعف. وأكد أن الصبر قوة.",
                   "speaker")
    assert found[-1] == ("خالد العمري",)


def test_a_verse_or_a_hadith_in_brackets_after_its_formula_is_quoted():
    found = fields("وقد قال تعالى (ولن ترضى عنك اليهود ولا النصارى حتى تتبع ملتهم). وقال صلى الله عليه وسلم"
                   " (الدين النصيحة).", "speaker", "type", "text")
    assert found == [("الله", "direct", "ولن ترضى عنك اليهود ولا النصارى حتى تتبع ملتهم"),
                     ("النبي", "direct", "الدين النصيحة")]


@pytest.mark.parametrize("article, expected", [
    ("وقال الجيش إنه يعزز وسائل الدفاع في المستوطنة، لكن خالد العمري أشار إلى أن الأهم هو الاستراتيجية.",
     [("الجيش", "يعزز وسائل الدفاع في المستوطنة"), ("خالد العمري", "الأهم هو الاستراتيجية")]),
    ("وأضاف الوزير أن العائلة قالت إن الزعيم توفي في المدينة، وكان مسؤول محلي قال في وقت سابق إن الزعيم توفي عام 2013.",
     [("الوزير", "العائلة قالت إن الزعيم توفي في المدينة"), ("العائلة", "الزعيم توفي في المدينة"),
      ("مسؤول محلي", "الزعيم توفي عام 2013")]),
])
def test_a_subject_and_its_cue_after_a_conjunction_opening_a_clause_is_a_statement_of_its_own(article, expected):
    # …، لكن فلان أشار إلى أن …؛ …، وكان مسؤول قال إن …: another source, set against or after what came before
    assert fields(article, "speaker", "text") == expected


def test_later_that_is_the_cues_content_not_the_conjunction_after_that():
    # فيما بعد أن: "later", that; بعد أن alone is "after"
    article = "وقالت الشرطة إن ثمانية أشخاص أصيبوا، لكنها أوضحت فيما بعد أنه لم يعرف عدد المصابين."
    assert fields(article, "speaker", "text") == [("الشرطة", "ثمانية أشخاص أصيبوا"), ("الشرطة", "لم يعرف عدد المصابين")]


def test_a_quotation_ending_with_its_sentences_stop_ends_the_sentence():
    # "… للتنفيذ." وكانت …: the stop inside the marks ends the sentence; the closing mark is the content's
    article = 'وقال الوزير إن الخطة "جاهزة للتنفيذ." وكانت الوزارة قد قالت إن الموعد قريب.'
    assert fields(article, "speaker", "text") == [("الوزير", 'الخطة "جاهزة للتنفيذ."'), ("الوزارة", "الموعد قريب")]


@pytest.mark.parametrize("article", [
    "للشهيد مكانة مؤكدة في القرآن الكريم كما أن السنة النبوية قد أرشدت إلى ذلك.",
    "ويرى قادة الحزب في السيارات الكهربائية وسيلة لتحسين الهواء، كما أن الحكومة تدعم القطاع.",
])
def test_also_that_opens_the_writers_clause_not_a_cues_content(article):
    # كما أن: "and also", the writer goes on; no content of the cue before it
    assert extract(article) == []
