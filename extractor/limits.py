"""The extractor's tunable numbers, in one place (token counts unless said otherwise)."""

# cues and their content
MAX_LOOKAHEAD = 14  # tokens between a cue's subject and its content clause
MAX_QUOTE_LOOKAHEAD = 32  # tokens between a cue's subject and a quote, a colon or a parenthetical
MIN_QUOTE_WORDS = 3  # a shorter quoted span is a name or a term unless it ends the sentence
MIN_MIXED_QUOTE_WORDS = 2  # one quoted word is too often a name or a term to make reported speech mixed
MIN_BRACKETED_WORDS = 2  # a verse or a hadith in brackets after قال تعالى (not a number or a name alone)
MAX_NAME_QUOTE_WORDS = 6  # a quoted span this short may be a name (صحيفة «وول ستريت جورنال»)
MAX_NAME_QUOTE_CHARS = 80  # the same, counted in characters, for the count of repeated quotes
MAX_COLON_PARAGRAPH_TOKENS = 120  # a paragraph of speech after a colon that ends the previous one
COMPLEMENT_REACH = 5  # tokens after a subject within which a verb's own complement (عن, إلى) may come
MAX_PARENTHETICAL_TOKENS = 24  # how far past commas a verb's own complement may come
MAX_OBJECT_QUOTE_GAP = 6  # words from a verb's direct object to the quote that makes it a statement (أبدى تمسكه «…»)
MAX_TRAILING_WORDS = 3  # words after the subject of a trailing cue (، حسبما ذكرت الوكالة اليوم.)
MIN_TRAILED_WORDS = 4  # a sentence shorter than this before كما ذكر is no statement
MAX_SOURCE_TAIL_WORDS = 3  # words of a source read short before ، فإن (وبحسب مراقبين … لسابع أكتوبر، فإن)
MAX_FRONTED_WORDS = 4  # ، وفي هذا الإطار يقول: a short phrase put before a cue verb
MAX_SENTENCE_TOKENS = 400  # how far a sentence is looked for either side of a token
MAX_BYLINE_PARAGRAPH = 3  # paragraphs with words before a byline (the headlines above كتب: فلان)
MAX_BYLINE_WORDS = 8  # words of a byline after its verb (كتب: علي الباشا - تصوير: أحمد العجيمي)
OVERLAP_NEIGHBOURS = 3  # stored statements compared with a new one, each side of where it sorts

# speakers
MAX_LOOKBACK_WORDS = 6  # a subject written before its verb (الوزير قال إن ...)
MAX_ACCUSATIVE_SUBJECT_WORDS = 4  # an unnamed source after أن, before its verb (أن مصدرا دبلوماسيا كبيرا أكد)
MAX_INSERT_WORDS = 14  # an apposition or relative clause between commas, between a subject and its verb
MAX_INDEFINITE_WORDS = 3  # an indefinite noun and the words after it, before a verb about it (صحفية إسرائيلية قالت)
MAX_NARRATOR_REACH = 12  # عن فلان رضي الله عنه قال: from عن to the verb
MAX_RELAY_GAP = 4  # commas and time words between a relaying verb's subject and عن
MAX_NAME_OPENING_WORDS = 4  # a name alone put before its verb and a comma (خالد العمري، أكد)
MAX_VERBS_BACK = 60  # verbs before a cue whose subjects are looked at for its antecedent
MIN_VERB_LETTERS = 3  # letters of the shortest word read as a verb form
MIN_WORD_BEFORE_DOT = 3  # letters of a word before a dot glued to the next sentence (not an initial: د.)
MIN_PLURAL_LETTERS = 5  # letters of the shortest word read as a sound plural (مسؤولون; not كون)
MAX_FIRST_NAMED_TOKENS = 400  # how far into an article to look for the person it is about
MAX_KNOWN_TITLE_WORDS = 5  # a title read with a family name met before (رفض ماكرون: الرئيس الفرنسي)
MAX_KNOWN_NAME_WORDS = 4  # and the full name it was read with

# mention resolution
MAX_MENTION_LOOKBACK = 40  # earlier statements searched for a fuller form of a speaker
MAX_MENTION_PLACES = 8  # other places in the text, each side, searched for it
MAX_NAME_BEFORE_TITLE = 4  # words of a name written right before a title (محمود عيسي وزير الصناعة)
MAX_GIVEN_NAMES = 3  # words before a family name read as the rest of the name (إيان ليدل غرانجي)
MAX_OBJECT_TAIL = 6  # words between a verb's object and its بأن (ووصف معركة الدفاع عن النظام بأنها)
MAX_RELATIVE_CLAUSE_WORDS = 16  # a relative clause between a subject and its verb (فلان الذي … أكد)
MAX_RELATIVE_HEAD_WORDS = 3  # words between a comma and الذي that end a statement with it (، في الوقت الذي)
MIN_ASIDE_WORDS = 3  # words of content a relative clause put between commas holds before its closing comma
MAX_HONORIFIC_LOOKBACK = 600  # tokens back from سموه، معاليه to the honorific's holder (سمو الأمير فلان)
MAX_HONORIFIC_GAP = 3  # words between an honorific and its holder's title (صاحب السمو الملكي الأمير)
MAX_ATTACHED_SUBJECT = 8  # tokens between a verb carrying its object (ووصفه) and its بأن: the subject
MAX_SETTING_WORDS = 16  # tokens from a title to the content, past where it was said and the holder's name
MAX_TITLE_TAIL_WORDS = 16  # words of a long title after the part read, and its name (… في بنك الرياض فلان، إن)
MAX_ISSUER_WORDS = 8  # words of an issuer between a verb of issuing and its document (أجرت شركة … الدراسة)
