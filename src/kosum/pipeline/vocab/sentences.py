"""Korean-news knowledge of sentences: cues, speech verbs, quantities, units, connectives."""

from __future__ import annotations

import re

from .common import LIST_MARKS, SPEECH_MODIFIERS, SPEECH_PROMISES, SPEECH_VERBS

# Sentence cues.
#: A double-quoted text of 2+ characters, straight or curly.
DOUBLE_QUOTED = re.compile(r'"[^"]{2,}"|“[^”]{2,}”')
#: A closing quote followed, within three words, by a speech verb ("…"라며 소감을 밝혔다).
SPEECH_FRAME = re.compile(
    r'["”]\s*(?:이?라고|이?라며|이?라면서|고|며|면서|는|이라는)?\s*,?\s*(?:\S+\s+){0,3}?(?:'
    + "|".join((*SPEECH_VERBS, "주장했", *SPEECH_PROMISES, "소감을", *SPEECH_MODIFIERS, "설명한", "당부"))
    + "|주문했|호소했|기대했|촉구했)"
)
#: Words of a promise, wish or thanks inside a quote ("…하겠다", "바랍니다", "감사").
PROMISE = re.compile(r"겠|바란|바라며|바랍니|기대한|기대된|감사|최선|노력하|힘쓰|약속|다짐|응원|축하")
#: A list mark anywhere in a sentence.
LIST_MARK = re.compile(rf"[{LIST_MARKS}]")
#: Words of a contact or how-to-apply line ("문의", "☎", "신청 방법", "누리집").
CONTACT = re.compile(
    r"문의|☎|연락처|전화\s*\(?\d|\d{2,4}-\d{3,4}-\d{4}|신청\s*방법|신청은|신청하면|접수\s*방법|접수는|"
    r"자세한\s*(?:사항|내용|정보)|누리집|홈페이지|참가\s*방법|참여\s*방법|이메일|e-?mail",
    re.IGNORECASE,
)
#: A photo caption or credit inside a sentence ("(사진=…)", "기념촬영", "/새솔시 제공").
CAPTION = re.compile(
    r"\(?\[?사진\s*[=\]:)\d]|\(사진|사진\s*(?:제공|설명)|/\s*\S+\s*제공\s*$|기념촬영|^\s*\S+\s*제공\s*$"
)
#: A sentence that gives background rather than news ("앞서 …", "그동안 …", "한편 …").
BACKGROUND = re.compile(r"^(?:이는|이번\s*\S+은\s*지난|앞서|그동안|지금까지|한편)[\s,]")
#: A sentence that only says what an event the article named was for: "이번/이날 …은" (given) and a purpose that ends it
#: ("…을 위해 마련됐다", "…하고자 기획됐다", "…자리로 마련됐다"), no word of what was done, who came or how many.
PURPOSE = re.compile(
    r"(?:^|\s)(?:이번|이날)\s+(?:\S+\s+){0,2}?\S*[은는]\s.*(?:위해|고자|취지로|자리로|목적으로|일환으로|차원에서)"
    r"\s+(?:마련|기획|준비|추진|진행)(?:됐|되었)다[.]?\s*$"
)
#: Heads that close a list of names as a subject ("…대표, 관계자 등이", "위원들이"): with a verb of taking part, a roll
#: of who attended (:func:`kosum.engines.attendance.is_roll`).
LIST_HEADS = frozenset({"등", "들"})
#: The counter of people as a subject's head ("주민 300여 명이"): with a verb of taking part, a roll's head count.
HEAD_COUNTER = "명"
#: A speech verb in the final form, as a regex fragment ("밝혔다", "다짐했다").
SAID_VERB = "(?:" + "|".join((*SPEECH_VERBS, "주문했", *SPEECH_PROMISES)) + ")다"
#: A sentence that ends in a speech verb ("…포부를 밝혔다.").
SAID_END = re.compile(SAID_VERB + r"[.!]?\s*$")
#: Things one conveys that are no words: a sentence ending "…온정을 전했다" reports a gift or an act, not speech.
CONVEYED_THINGS = ("온정", "사랑", "감동", "희망", "온기", "정성", "선물", "기쁨", "웃음", "행복")
#: A sentence that ends in conveying one of :data:`CONVEYED_THINGS` ("…가정에 온정을 전했다.").
CONVEYED_END = re.compile("(?:" + "|".join(CONVEYED_THINGS) + r")[을를]\s+전했다[.!]?\s*$")
#: A reported clause before a speech verb: news, not speech ("…개최한다고 밝혔다").
REPORTED = re.compile(r"(?:다|라)고\s+(?:\S+\s+){0,2}?\S*" + SAID_VERB)
#: A name in single or corner quotes ('○○ 페스티벌', 「○○법」): a programme, event or law.
NAMED = re.compile(r"'([^'\n]{2,40})'|‘([^’\n]{2,40})’|「([^」\n]{2,40})」|『([^』\n]{2,40})』|《([^》\n]{2,40})》")
#: Opening quotes of a name (a quick test before :data:`NAMED`).
NAME_OPENERS = ("'", "‘", "「", "『", "《")
#: A quantity: a number with a unit that is no date or time of day ("150명", "7억 원", "14만㎡").
QUANTITY = re.compile(r"^[\d.,]+(?:[만억조천백]+[\d.,]*)*(?:여|가량|개)?(?!년|월|일|시|분기|초|\d|$)\S")
#: "60일", "36시" read as a date or time by their unit, but beyond the calendar: durations.
CALENDAR = {"일": 31, "월": 12, "시": 24}
#: A number with a unit of the calendar ("60일", "13월", "36시").
DATE_LIKE = re.compile(r"^(\d+)(일|월|시)")
#: A four-digit year, whatever word follows it ("2026 대입" read as "2026대", "2025학년도"): a headline's year
#: is no figure of its news.
YEAR_NUMBER = re.compile(r"^(?:19|20)\d\d(?![\d.,])")

# Bullet compression.
#: Connective endings a bullet may end on when it is cut after its fact clause (-해, -하고, -하며).
CONNECTIVE_ENDINGS = frozenset({"어", "아", "여", "고", "며", "으며", "면서", "으면서", "어서", "아서", "해"})
#: Contrastive connective endings: the first clause's topic is set against the next clause's.
CONTRAST_ENDINGS = frozenset({"나", "으나", "지만", "는데", "은데", "ㄴ데", "던데"})
#: Contrastive endings proper ("…했지만", "…했으나"), not a background ("…했는데"): what follows is set against it.
CONTRAST_PROPER_ENDINGS = frozenset({"나", "으나", "지만"})
#: Nouns of time that a modifier clause may end on ("…한 날", "…할 때").
TIME_NOUNS = frozenset({"날", "해", "달", "주", "때", "시기", "기간"})
#: Stems and nouns that make a clause subordinate purpose, means or background.
SUBORDINATE = frozenset(
    {
        "위하/VV",
        "통하/VV",
        "따르/VV",
        "힘입/VV",
        "맞추/VV",
        "가운데/NNG",
        "바탕/NNG",
        "일환/NNG",
        "계기/NNG",
        "목적/NNG",
        "속/NNG",
    }
)
#: The forms of :data:`SUBORDINATE`, without their tags.
SUBORDINATE_FORMS = frozenset(key.split("/")[0] for key in SUBORDINATE)

# Numbers and units.
#: A number with thousands separators and decimals, as a regex fragment ("1,250.5").
NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?"
#: Korean magnitude characters, as a regex character-class body ("3억 5천만").
MAGNITUDE_CHARS = "조억만천백"
#: The value of each magnitude character.
MAGNITUDE = {"백": 10**2, "천": 10**3, "만": 10**4, "억": 10**8, "조": 10**12}
#: Units, longest first so that "개월" wins over "개" and "%p" over "%".
UNITS = (
    "퍼센트포인트", "%포인트", "퍼센트", "%p", "%", "개월", "개소", "개국", "개사", "개교", "개", "명", "원",
    "달러", "곳", "년", "월", "일", "건", "회", "차례", "차", "배", "가구", "세대", "세", "시간", "시", "분",
    "초", "주년", "주", "km", "㎞", "㎡", "m²", "kg", "톤", "대", "채", "위", "호", "층", "권", "편", "점",
    "석", "마리", "표", "kW", "MW", "GW", "ha", "평",
)  # fmt: skip
#: Spellings of one unit compared as one ("퍼센트" and "%").
UNIT_ALIASES = {"퍼센트포인트": "%p", "%포인트": "%p", "퍼센트": "%", "㎞": "km"}
#: A number with its magnitudes, "여" and unit ("3억 5천만 원", "1,200여 명", "15%").
AMOUNT = re.compile(
    # 1천561 / 7천만 / 3억 5천만 / 70,000,000
    rf"(?<![\d.,]){NUMBER}(?:[{MAGNITUDE_CHARS}]+(?:\s?{NUMBER}[{MAGNITUDE_CHARS}]*)*)?"
    rf"(?P<approx>\s?여)?(?:\s?(?P<unit>{'|'.join(re.escape(u) for u in UNITS)}))?"
)
#: A number or a magnitude character within an amount.
AMOUNT_PIECE = re.compile(rf"{NUMBER}|[{MAGNITUDE_CHARS}]")

# Bullets.
#: A connective adverb that opens a sentence ("이를 통해, …", "특히 …", "한편 …"); not "또 다른" ("another").
OPENING_CONNECTIVE = re.compile(
    r"^(?:이를\s*통해|이를\s*위해|이에\s*따라|이에\s*힘입어|이와\s*함께|이와\s*더불어|이\s*밖에도?|"
    r"이외에도|그\s*밖에도?|그\s*결과|그\s*외에도?|또한|특히|아울러|한편|곧이어|이어서?|더불어|나아가|"
    r"이처럼|이같이|게다가|뿐만\s*아니라|그러나|하지만|그리고|따라서|결국|먼저|우선|또(?!\s*다른)|이후|그러자|그러면서|더불어서|"
    r"이\s*과정에서|이를\s*바탕으로|이와\s*관련해|"
    r"그럼에도\s*불구하고|그럼에도|그런데도|그렇지만|다만|즉|더구나|급기야|반면에?|실제로|참고로|끝으로|사실(?=\s*,))\s*,?\s+"
)
#: A sentence that opens on a quoted item as its topic or subject ("'비용 부담'은 30대에서 가장 많았다."): where
#: the sentence before it lists that item, it takes up one of that sentence's items
#: (:func:`kosum.engines.standing.leans_back`).
QUOTED_ITEM_OPENING = re.compile(r"^(['\"])([^'\"]{1,40})\1(?:은|는|도|이|가)\s")
#: Connectives that make their sentence answer or go on from the one right before ("그러자 …", "그러면서 …",
#: "그러는 와중 …"): later in a summary, such a sentence stands only after that one
#: (:func:`kosum.engines.standing.leans_back`). Not a contrast ("그러나 …", "하지만 …"), which an extract keeps
#: against the summary's sentences, nor "또한", "특히", "한편", which add to what it shows or open a new topic.
BACK_CONNECTIVE = re.compile(r"^(?:그러자|그러면서|그러(?:는|던)\s*(?:와중|중|사이|가운데)에?)\s*,?\s+")
#: Openings that make their sentence go on from the one right before: "이어" (what came next in the same
#: event; not before a date or an hour of its own, "이어 25일 …", nor a quote, "이어 "…"", a speaker's next words), or
#: a noun that names a thing of it back ("같은 마을에서 …", "내용은 …", "이유는 …"). Not a connective that adds or
#: singles out ("또한", "아울러", "특히"), nor "이후" (a later event): they relate to all the summary says.
CONTINUING_OPENING = re.compile(r"^(?:이어서?\s*,?\s+(?![\d\"“'‘])|(?:같은|(?:주요\s*)?내용은|이유는|까닭은)\s*,?\s+)")
#: The bare frame of an argument or a point whose claim or question a sentence before named ("…했다는 것이다.",
#: "…라는 점이다."): it explains what that one said, and opens no summary.
CONTINUING_FRAME = re.compile(r"(?:(?:다|라|냐|자)는\s*것|\s점)이다\.?[\"”’']?\s*$")
#: A connective that makes its sentence the answer to the one right before ("이에 시는 …", "이에 따라 …"): such a
#: sentence cannot be brought into a summary as another's antecedent (:func:`kosum.engines.standing.with_antecedents`):
#: it leans back in turn.
ANSWERING_OPENING = re.compile(r"^이에(?:\s*따라)?\s*,?\s+")
#: Connectives that set their sentence against the one right before ("그러나 …", "하지만 …", "반면 …"): a sentence
#: brought into a summary for what it states (:func:`kosum.engines.standing.with_headline_news`) comes with no such
#: opening unless the sentence it is set against is shown.
CONTRAST_OPENING = re.compile(r"^(?:그러나|하지만|그런데|그렇지만|반면에?|다만)\s*,?\s+")
#: Nouns of the occasion a demonstrative names back ("이 자리에서", "이 날"): the event or day the summary's lead
#: names, not a thing of the sentence before.
EVENT_POINTED_NOUNS = frozenset({"날", "자리", "때"})
#: The polite end of a spoken statement ("…있었습니다.", "…합니다."): an anchor's script or a speaker's words; a news
#: story's own statements end plainly ("…했다.").
POLITE_END = re.compile(r"니다\.?$")
#: The office as the topic that opens a sentence ("시는 …", "군에서는 …").
OFFICE_TOPIC = re.compile(r"^(?:시는|군은|구는|도는|시에서는|군에서는|구에서는|도에서는)\s+")

# Spans of a sentence.
#: Single and corner quotes around a name ('새솔 축제', 「새솔법」).
NAME_QUOTES = frozenset({"'", "‘", "’", "「", "」", "『", "』"})
#: Opening quotes of a name in curly or corner quotes (the straight quote toggles).
NAME_OPENING_QUOTES = ("‘", "「", "『")
#: Units of a date or time ("2024년", "3분기", "5일자").
DATE_UNITS = frozenset({"년", "월", "일", "시", "분기", "초", "년도", "일자"})
#: Opening brackets of a parenthetical.
OPEN_BRACKETS = frozenset({"(", "[", "<", "〈", "《", "{"})
#: Closing brackets of a parenthetical.
CLOSE_BRACKETS = frozenset({")", "]", ">", "〉", "》", "}"})

# Ranking features.
#: Light verbs and stems that carry no topic of their own.
STOP_STEMS = frozenset({"하/VV", "되/VV", "있/VV", "있/VA", "없/VA", "않/VV", "같/VA", "이/VV", "보/VV", "주/VV"})
#: Nominal endings Kiwi may read as a sentence's end ("-ㅁ", "-음"): glued to a noun they are its last syllable.
NOMINAL_ENDINGS = frozenset({"ᆷ", "음"})
#: The mark a headline sets between its phrases ("…체험수업…감수성 키운다"), never a running sentence's.
HEADLINE_ELLIPSIS = "…"
#: The end of a question ("…일까?", "…무엇일까", "…있나요").
QUESTION_END = re.compile(r"(?:[?？]|[까냐]|나요|가요|는가)\s*[\"'”’)\]]*\s*[.?？]?\s*$")
#: Kiwi forms of the past-tense pre-final ending (EP) ("했다" → 하 + 었 + 다).
PAST_FORMS = frozenset({"었", "았", "였", "ㅆ", "었었", "았었"})
#: Connective endings of what must be done ("실시해야 한다", "지켜야"): a duty or a demand, not an act reported done.
OBLIGING_ENDINGS = frozenset({"어야", "아야", "여야"})
