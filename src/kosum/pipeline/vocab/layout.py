"""Korean-news knowledge of layout: heading and item markers, sentence ends, labels, reported speech."""

from __future__ import annotations

import re

from .common import (
    BRACKET_CLOSE,
    BRACKET_OPEN,
    END_TAIL,
    HEADING_MARKS,
    INLINE_ITEM_MARKS,
    ITEM_PARAGRAPH_MARKS,
    PRIMARY_MARKS,
    QUOTE_CHARS,
    SPEECH_MODIFIERS,
    SPEECH_VERBS,
    STATEMENT_ENDINGS,
)

# Headings.
#: A heading line opened by a symbol mark ("■ 청년 일자리").
BULLET = re.compile(rf"^[{HEADING_MARKS}]\s*(?P<rest>.+)$")
#: A heading line opened by a bracketed label ("[교통] 순환버스 신설").
BRACKET = re.compile(rf"^[{BRACKET_OPEN}]\s*(?P<label>[^{BRACKET_CLOSE}]{{1,20}}?)\s*[{BRACKET_CLOSE}]\s*(?P<rest>.*)$")
#: A numbered heading line ("1. 교통", "가) 청년", "①", "Ⅱ.").
NUMBERED = re.compile(r"^(?:\(?(?:\d{1,2}|[가-하])\s*[.)]|\(\d{1,2}\)|[①-⑳]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]\s*\.?)\s*(?P<rest>\S.*)$")
#: A heading line opened by an ordinal word ("첫째, …", "끝으로 …").
ORDINAL = re.compile(
    r"^(?P<ord>첫째|둘째|셋째|넷째|다섯째|여섯째|일곱째|여덟째|아홉째|열째|마지막으로|끝으로)"
    r"\s*(?:로|는|,)?\s*,?\s*(?P<rest>\S.*)$"
)
#: A heading line that names its area before 부문/분야/과제 and a separator ("교통 부문: …").
LABELLED = re.compile(
    r"^(?P<label>[^…:=\-–]{1,25}?)\s*(?:부문|분야|영역|과제|정책)\s*(?:…|\.{2,}|[:=\-–·|]|\s)\s*(?P<rest>.*)$"
)
#: A heading line without a marker names its area before 부문/분야 and a separator, or ends there:
# "교통 부문…순환버스 신설", "청년 분야: 청년센터 운영", "교통 부문" (not "새솔시, 세 분야 종합 계획").
PLAIN_LABELLED = re.compile(
    r"^(?P<label>[^…:=\-–,.]{1,25}?)\s*(?:부문|분야)\s*(?:(?:…|\.{2,}|[:=\-–|])\s*(?P<rest>.*)|$)"
)
#: A short label set off by a separator ("청년 일자리 … 인턴 200명").
SEPARATED = re.compile(r"^(?P<label>[^…:=\-–.]{1,20}?)\s*(?:…|\.{3,}|\s[-–=:]\s|:)\s*(?P<rest>\S.*)$")
#: A heading text that ends like a sentence ("…했다.", "…함").
HEADING_FINISHED = re.compile(rf"(?:{STATEMENT_ENDINGS}){END_TAIL}")
#: Characters stripped from both ends of a heading label.
LABEL_STRIP = " \t.,:;-–=·…"
#: What may lead into an area opener: a topic of what follows ("주요 성과로는", "이번 대회에서는"), a joining word.
_AREA_LEAD_IN = (
    r"(?:(?:[^\s,]{1,4}\s)?[^\s,]{1,6}?(?:으로는|로는|에서는)\s+)?"
    r"(?:(?:또한|특히|아울러|이와\s함께|한편|먼저|이어|끝으로|마지막으로)\s*,?\s+)?"
)
#: Words before 분야/부문 that make an ordinary phrase, not an area's name ("이 분야", "여러 분야", "전 분야").
_AREA_NOT_NAMED = r"(?:이|그|저|이런|그런|여러|전|모든|각|각종|다양한|해당|같은|다른|일부|많은|관련|최근|올해|이번)"
#: A sentence that opens with an area ("교통 분야에서는 …", "또한 복지 분야에서는 …"), a joining
#: word and the office that acts or the topic ("새솔시는 교통 부문에서 …", "합창단은 민요 부문에서 …")
#: before it being no part of the area, which is no ordinary phrase ("이 분야", "여러 분야") and
#: opens with no topic ("새솔시는 이 분야");
#: a quoted area is the group ``quoted`` ("'교통' 분야에서는 …": the criteria of an evaluation).
AREA_OPENER = re.compile(
    rf"^{_AREA_LEAD_IN}"
    r"(?:\S{1,5}(?:시|군|구|도|청|부|처|센터)(?:은|는|이|가)\s+|(?:\S{1,12}\s)?\S{1,12}(?:은|는)\s+)?"
    rf"(?:[‘'“\"](?P<quoted>[^’'”\"]{{1,20}})[’'”\"]|(?!{_AREA_NOT_NAMED}\s|\S*[은는]\s)"
    r"(?P<label>[^\s,.\"'“‘]{1,12}(?:\s[^\s,.\"'“‘]{1,12}){0,2}?))"
    r"\s*(?:분야|부문)\s*(?:에서는|에서도|에선|에서|은|는)\s"
)
#: A sentence that opens with an area of a long name, four to six words and 25 letters at most
#: ("주요 성과로는 먼저 주거 환경 및 생활의 안전 강화 분야에서 …"): no word of it a subject, a topic, an
#: object or a number, none led by 에/에서/으로, the last no modifier ("쓰이던"): not "새솔군이 올해 물 관리 평가
#: 분야에서 …", a sentence, not a heading.
LONG_AREA_OPENER = re.compile(
    rf"^{_AREA_LEAD_IN}(?!{_AREA_NOT_NAMED}\s)"
    r"(?=(?:(?!으로\s|에서\s|에게\s|에\s)[^\n]){1,25}?\s*(?:분야|부문)\s*(?:에서는|에서도|에선|에서|은|는)\s)"
    r"(?P<label>(?:[^\s,.\"'“‘\d]{0,11}[^\s,.\"'“‘\d은는을를이가]\s){3,5}?"
    r"[^\s,.\"'“‘\d]{0,11}[^\s,.\"'“‘\d은는을를이가던된인할])"
    r"\s*(?:분야|부문)\s*(?:에서는|에서도|에선|에서|은|는)\s"
)
#: A long area name "X의 Y", Y two words or more: Y is what the area is ("주거 환경 및 생활의 안전 강화" → "안전 강화").
POSSESSIVE_HEAD = re.compile(r"^\S.*\S의\s(?P<head>\S+\s\S.*)$")
#: A heading run into its paragraph ("■ 청년 일자리 새솔시는 …", "【교통】 …", "1. 도로 …").
RUN_ON = re.compile(rf"^(?:[{PRIMARY_MARKS}]|【[^】]{{1,20}}】|\d{{1,2}}\.\s)\s*(?P<rest>\S.*)$", re.DOTALL)
#: A paragraph opened by a symbol marker ("■ …"); numbered items ("1. …") are often sentences.
MARKED = re.compile(rf"^[{PRIMARY_MARKS}]\s*(?P<rest>\S.*)$", re.DOTALL)
#: Words that open the first sentence after a run-in heading: a time ("지난 8일", "같은 날").
SENTENCE_OPENERS = re.compile(r"^(?:지난|같은|오는|올해|이날|이번|앞서|한편|특히|또한|현재|\d{1,2}(?:일|월))")
#: A first word that is a topic ("새솔시는"): a heading label starts after it.
TOPIC_WORD = re.compile(r"(?:은|는)$")
#: A word with a particle or connective ending, split at it ("현대화와" → "현대화").
PARTICLE_WORD = re.compile(r"^(.+?)(?:와|과|으로|로|을|를|에서|에|의|하고|하여|해)$")
#: Particles that make a word the subject or topic of a sentence ("시는", "군이", "센터에서는").
SUBJECT_PARTICLES = ("은", "는", "이", "가", "에서는")
#: Characters trimmed from both ends of a short label: spaces, primary marks and quotes.
SHORT_LABEL_TRIM = " " + PRIMARY_MARKS + QUOTE_CHARS
#: Characters trimmed from both ends of a heading label taken from a sentence.
HEADING_LABEL_TRIM = QUOTE_CHARS + " ,"
#: The object of a sentence-like heading, before 을/를 ("청년 일자리를 늘린다" → "청년 일자리").
OBJECT_PHRASE = re.compile(r"^(\S+(?:\s\S+)*?\s\S+?)(?:을|를)\s")
#: A heading in lenticular brackets run into its paragraph ("【교통】 …").
RUN_IN_BRACKET = re.compile(r"^【\s*([^】]{1,20}?)\s*】")
#: The space before a subject or topic phrase ("교통 새솔시는 …" → at " 새솔시는").
BEFORE_SUBJECT = re.compile(r"\s(?=\S+(?:은|는|이|가)\s)")
#: A subhead that ends like a sentence or with final punctuation.
SUBHEAD_END = re.compile(r"(?:[다요죠]|니다|습니다|까)\s*[.!?]?\s*[\"'”’)]*$|[.!?]\s*$")

# Items of a list.
#: The mark of an item inside running text, with its spaces ("▲청년 인턴 ▲버스 노선").
ITEM_MARK = re.compile(rf"[{INLINE_ITEM_MARKS}]\s*")
#: An item with a label before a colon or equals sign ("교통 분야: 순환버스 신설").
ITEM_LABEL = re.compile(r"^(?P<label>[^:=·\s][^:=]{0,14}?)\s*(?:분야|부문)?\s*[:=]\s*(?P<rest>.+)$")
#: The "등 …" tail of the last item of a list ("… 등을 추진한다").
ITEM_TAIL = re.compile(r"\s*(?:등(?:의|을|이|에|과|이다|으로)?|및)\s*(?:\S+\s*){0,6}[.다]?\s*$")
#: Text after an item that is not the item's: "… 운영 등 기존 2개 과제와", "…사업을, 반도체 분야에서는",
#: "… 마케팅 확대라는".
ITEM_LEFTOVER = re.compile(
    r"\s등(?:의|을|이|과|으로)?\s.*$|,\s*[^,]{1,20}?(?:분야|부문)?(?:에서는|에서도|에는)\s*$|(?<=\S)(?:이)?라는(?:\s.*)?$"
)
#: A word that leans on the next one: a modifier or a particle that joins ("…의", "충분한", "및").
DANGLING = re.compile(r"(?:의|에|에서|에게|및|등|한|적인|하는|되는|위한|대한)$|^\S{2,}(?:과|와|을|를|은|는|으로|로)$")

#: An item's final predicate with its particle ("…를 지원한다." → "…").
ITEM_PREDICATE = re.compile(r"(?:을|를|이|가|으로|로)?\s+\S+(?:았|었|했|혔|겠)?다\.?$")
#: "등" and its particle inside an item: the item ends before it.
ITEM_ETC = re.compile(r"\s등(?:의|을|를|이|과|에|으로)?\s")

# Card labels.
#: Nouns that name no topic: units, dates, generic words of every release.
GENERIC_WORDS = (
    "이번 올해 내년 지난해 오늘 이날 당일 우리 지역 사업 추진 계획 예정 관계자 관련 대상 운영 진행 개최 "
    "마련 위해 통해 대해 경우 정도 이상 이하 가운데 하나 모두 전국 시민 군민 도민 주민 시장 군수 지사 "
    "의장 회장 위원장 참석 참여 참가 성과 결과 기대 강화 확대 지원 방안 필요 노력 최선 기반 분야 부문 "
    "이후 이전 현재 당시 시간 기간 규모 수준 부분 내용 전체 각종 다양 활동 행사 "
    "시 군 구 도 읍 면 동 개 명 원 억 만 천 년 월 일 곳 건 회 차 등"
)
#: :data:`GENERIC_WORDS` as a set.
GENERIC = frozenset(GENERIC_WORDS.split())
#: One-word labels that name a judgement, a step or a passing matter, not a topic ("평가", "확보"):
#: a card so named takes the phrase the word belongs to ("농정업무 종합평가").
PASSING_LABELS = frozenset(
    [
        "평가",
        "확보",
        "증액",
        "감액",
        "개정",
        "의원",
        "내년도",
        "회의",
        "대회",
        "피해",
        "결정",
        "논의",
        "발표",
        "검토",
        "점검",
        "협의",
    ]
)
#: Characters taken off both ends of a card label: markers, a dangling "…", a question mark.
LABEL_EDGE = " \t-–·…?!.,:;"
#: Characters taken off both ends of one word of a headline or a name: :data:`LABEL_EDGE`, a full-width comma and
#: quotation marks ("‘새솔’," → "새솔").
WORD_EDGE = LABEL_EDGE + "，" + QUOTE_CHARS
#: Marks that join the parts of one written word ("4-H", "R&D", a range "1~2학년"): a phrase
#: starting right after one is a cut word.
WORD_JOINERS = "-–&_~∼"
#: What follows a noun phrase that the sentence only sets against its point ("물품 전달을 넘어 …",
#: "교육뿐만 아니라 …", "체험은 물론 …"): a foil, not the topic.
FOIL_AFTER = re.compile(r"^(?:(?:을|를)\s*(?:넘어서?|뛰어넘어)|뿐(?:만)?\s*아니라|(?:은|는)\s*물론)(?:[\s,]|$)")
#: A paragraph about all that the sections before it said: a reference back in its first words, after
#: its subject ("본부는 이와 같은 계획을 …", "이 같은 성과를 …").
BACK_REFERENCE = re.compile(r"^(?:\S+(?:은|는|이|가)\s+)?(?:이와\s?같은|이\s?같은|이러한|이런)\s")
#: What follows a quoted name that is the subject or topic of its sentence ("'…대회'가 열렸다").
SUBJECT_AFTER_QUOTE = re.compile(r"^(?:이|가|은|는|에는)(?:\s|$)")
#: A leading ordinal or edition word of a name ("제3회", "2025년").
ORDINAL_WORD = re.compile(r"^(?:제?\d+(?:회|기|차|년|번째)?|\d+)$")
#: Particles that mark a topic as "too" ("도로 정비도 …"): the next matter of a kind.
ALSO_PARTICLES = frozenset(["도"])
#: Particles read JX that mark a subject or topic ("행사는", "행사도", "센터에선"); not "부터", "까지", "만".
TOPIC_JX_PARTICLES = frozenset(["은", "는", "ᆫ", "도"])
#: Noun suffixes that make no new name when written onto a label's last word ("학부모들").
PLURAL_SUFFIXES = frozenset(["들"])
#: Particles that are also a noun's last letter ("참여도", "중도", "위기가구"): never cut off a label.
NOUN_LIKE_PARTICLES = frozenset(["도", "가", "이", "의"])
#: Words of time and of "this one" that lead a noun phrase without naming its topic.
WHEN = frozenset(
    ["이날", "이번", "올해", "내년", "지난해", "오늘", "당일", "현재", "당시", "최근", "향후", "이달", "내달"]
)

#: Two topics a headline names side by side ("새솔센터·바다 체험관 착공"): a word or two on each
#: side of a middle dot, no comma or ellipsis between.
TITLE_PAIR = re.compile(
    r"(?P<left>[^\s,…·'\"‘’“”]+(?:\s[^\s,…·'\"‘’“”]+)?)·(?P<right>[^\s,…·'\"‘’“”]+(?:\s[^\s,…·'\"‘’“”]+)?)"
)
#: Words that join two matters of a headline ("A 및 B").
PAIR_WORDS = frozenset(["및"])
#: Marks that join two matters of a headline ("A·B").
PAIR_MARKS = frozenset(["·"])
#: Marks that join two offices into one actor of a headline's part ("새솔시-한빛군, …", "새솔시·한빛군, …").
OFFICE_PAIR_MARKS = "-·ㆍ"
#: A "등" inside a noun phrase ("A 등 B"): a list and what follows it, no one name.
INNER_ETC = re.compile(r"\s등\s")
#: Particles that join two nouns of one phrase ("돌봄과 연계"): "A와 B를" is one object.
JOINING_PARTICLES = ("와", "과")
#: A trailing "등" of a noun phrase.
TRAILING_ETC = re.compile(r"\s등$")

#: Characters trimmed from both ends of a noun phrase: spaces and quotes.
PHRASE_TRIM = " " + QUOTE_CHARS

# Article structure.
#: Reported speech is in double quotes; single quotes mark names ("'○○ 축제'를 연다").
LONG_QUOTE = re.compile(r'"[^"]{8,}"')
#: A speech verb after a quotative ending ("…"라고 말했다", "…"며 소감을 밝혔다").
SAID_AFTER_QUOTE = re.compile(
    r"(?:라고|다고|며|면서|고)\s*(?:"
    + "|".join((*SPEECH_VERBS, "주장했", *SPEECH_MODIFIERS, "덧붙", "설명", "소감"))
    + ")"
)
#: A paragraph that closes an article ("이처럼 …", "앞으로도 …", "끝으로 …").
CLOSING = re.compile(r"^(?:이처럼|이와\s*같이|이같이|이러한\s*(?:노력|성과)|앞으로도?|한편|끝으로)")
#: A paragraph opened by a bracketed label ("[교통] …").
BRACKETED = re.compile(rf"^\s*[{BRACKET_OPEN}][^{BRACKET_CLOSE}]{{1,20}}[{BRACKET_CLOSE}]")
#: A paragraph opened by an item mark ("○ …", "• …").
ITEM_PARAGRAPH = re.compile(rf"^[{ITEM_PARAGRAPH_MARKS}]\s*\S")
#: A paragraph that opens the first of a sequence of topics ("먼저, …", "우선 …").
SEQUENCE_FIRST = re.compile(r"^(?:먼저|우선|첫째|첫\s?번째로)(?:,|\s)")
#: A paragraph that opens the next topic of the sequence.
SEQUENCE_NEXT = re.compile(
    r"^(?:이어|이어서|다음으로|둘째|셋째|넷째|다섯째|끝으로|마지막으로|아울러|이와\s?함께|이와\s?더불어|"
    r"이\s?밖에도|한편)(?:,|\s)|^\S+에\s이어\s|^(?:\S+\s)?(?:둘째|셋째|넷째|마지막)\s?날|^\S+\s또한\s"
)

#: A written word of Hangul, Latin letters, digits and middle dots.
WRITTEN_WORD = re.compile(r"[가-힣A-Za-z0-9·]+")

# Paragraph cohesion.
#: A paragraph that goes on about the items before it ("향후 …", "이를 통해 …").
LATER = re.compile(r"^(?:향후|앞으로|이를\s통해|이로써|이에|이\s사업|해당\s사업)(?:,|\s)")
#: A paragraph that opens a topic of its own ("한편, …", "이 밖에도 …").
NEW_TOPIC = re.compile(r"^(?:한편|이\s?밖에(?:도)?|이외에도|그\s?밖에(?:도)?)(?:,|\s)")
#: A paragraph that adds the next matter ("이와 더불어 …", "이어 …", "끝으로 …").
ADD_ON = re.compile(r"^(?:이와\s?(?:함께|더불어)|이어|이어서|다음으로|끝으로|마지막으로)(?:,|\s)")
#: A paragraph that goes back to the day of the lead's event ("이날 회의에서는 …").
EVENT_DAY = re.compile(r"^이날(?:,|\s)")
#: A paragraph that ends a run of areas ("교통 분야에서는 …"): one that adds the next matter or opens a topic
#: of its own (:data:`ADD_ON`, :data:`NEW_TOPIC`), or goes back to the day of the lead's event ("이날 회의에서는 …").
AREA_RUN_END = re.compile(rf"{ADD_ON.pattern}|{NEW_TOPIC.pattern}|{EVENT_DAY.pattern}")
#: A lead sentence that adds a second matter to the first ("또한 별도로 추진하는 'B 사업'에서도 …").
ADDS_MATTER = re.compile(r"^(?:또한|아울러|이와\s?(?:함께|더불어)|이\s?밖에(?:도)?)(?:,|\s)")
#: A paragraph that goes on with the one before ("특히, …", "이에 따라 …").
GO_ON = re.compile(r"^(?:특히|또한|아울러|이를\s통해|이에\s따라|이와\s관련해?)(?:,|\s)")
#: A paragraph whose subject points back to what the one before said ("이는 …", "이러한 조치는 …", "이 제도는
#: …"): the same matter told on (its background, cause or result), never a new one; not "이러한 가운데 …", a
#: turn to what happens meanwhile, nor "이처럼 …", which sums up the whole article (:data:`CLOSING`).
POINTS_BACK = re.compile(
    r"^(?:이는|이것은|(?:이러한|이런|이와\s?같은|이\s?같은)(?!\s*(?:가운데|중에|속에|상황에서))|"
    r"이\s(?:제도|사업|정책|프로그램|시설|서비스|계획|방안|조치|과정)(?:은|는|이|가|을|를|의|도|에는|에서는))(?:,|\s)"
)
#: A paragraph's first word that is a name as its topic ("새솔군은 …", "한빛중학교에서는 …"): the name.
ENTITY_TOPIC = re.compile(r"^(?P<name>[^\s,.·ㆍ'\"‘“(]{2,15}?)(?:에서는|은|는)\s")
#: Marks that join the names of a list ("새솔군·한빛군", "새솔군, 한빛군").
LIST_JOIN_MARKS = "·ㆍ,"
#: Particles after the first of two names that joins them in a list ("새솔군과 한빛군", "한빛시와 새솔군").
LIST_JOIN_PARTICLES = ("와", "과")
#: An office as the subject: one word ending in 시 군 구 도 청 부 처 (or 정부, 당국), short, with no bracket
#: (a glossed name, "솔(松)도시", is none).
ACTOR = re.compile(r"^(?:[^\s()\[\]]{1,5}(?:시|군|구|도|청|부|처)|정부|당국)$")
#: Words of a person's post ("회장", "작가"): a phrase ending in one names a person, not a topic
#: ("새솔군 체육회장", "김바다 작가").
#: Not 시장 (also a market), 의원 (한의원), 지사 (a branch office), 단장 (새단장) nor 이사 (a move).
PERSON_POSTS = (
    "회장",
    "이사장",
    "대표이사",
    "작가",
    "장관",
    "차관",
    "국회의원",
    "도의원",
    "시의원",
    "군의원",
    "군수",
    "도지사",
    "교육감",
    "원장",
    "센터장",
    "위원장",
    "팀장",
    "과장",
    "면장",
    "읍장",
    "동장",
    "교수",
    "조합장",
    "상무",
    "전무",
    "총장",
    "선수",
)
#: The one that acts, leading a headline before its comma ("새솔군, 갯벌 생태학교 참가자 모집"): no topic.
HEADLINE_ACTOR = re.compile(r"^[^,，'\"‘“]{2,25}[,，]\s*")
#: A word that names a place of local government ("새솔군", "바다읍", "갯마을리"): a phrase of such words
#: alone names where, not what.
PLACE_WORD = re.compile(r"^\S{1,5}(?:시|군|구|도|읍|면|동|리)$")
#: Nouns of the people an act is for or by, not what it is ("노인", "다문화가정"): one such word alone
#: names no single topic's card.
AUDIENCE_WORD_LIST = (
    "이웃 어린이 아동 청소년 청년 노인 어르신 장애인 학생 학부모 주민 시민 군민 도민 구민 유아 영유아 임산부 "
    "취약계층 저소득층 소외계층 취약가구 독거노인 다문화가정 한부모가정 소상공인 농업인 어업인 국민"
)
#: :data:`AUDIENCE_WORD_LIST` as a set.
AUDIENCE_WORDS = frozenset(AUDIENCE_WORD_LIST.split())
#: Last letters of a word that names a group of people ("소외계층", "위기가구", "새솔군민"): who, not what.
AUDIENCE_ENDS = ("계층", "가구", "가정", "이웃", "군민", "시민", "도민", "구민", "면민", "읍민")
#: Last letters of a word that names an office or a place where people meet ("바다면사무소",
#: "새솔복지관", "행정복지센터"): where, not what.
OFFICE_ENDS = ("사무소", "경로당", "유치원", "어린이집", "복지센터", "주민센터", "복지관", "보건소", "청사")
#: A rank an office is given ("으뜸기업", "모범 지자체"): a verdict, not the topic it was given for.
RANK_WORD = re.compile(r"^(?:최우수|우수|으뜸|모범)\s?(?:기관|지자체|시군|단체|기업|부서)$")
#: Names of the nation and its provinces, long and short ("경북", "전라남도"): where, not what.
REGION_NAME_LIST = (
    "대한민국 한국 서울 부산 대구 인천 광주 대전 울산 세종 경기 강원 충북 충남 전북 전남 경북 경남 제주 "
    "경기도 강원도 충청북도 충청남도 전라북도 전라남도 경상북도 경상남도 제주도"
)
#: :data:`REGION_NAME_LIST` as a set.
REGION_NAMES = frozenset(REGION_NAME_LIST.split())
#: :data:`REGION_NAMES` less the nation's names: a province, which a local lead names before its actor.
PROVINCE_NAMES = REGION_NAMES - frozenset(("대한민국", "한국"))
#: A lead's actor right after its region ("[전라남도] 새솔군(군수 한누리)은 ", "[경기] 새솔시는 "): a name with an
#: office-holder note, a topic or subject particle, or both.
REGION_LED_ACTOR = re.compile(r"[^\s()]+?(?:\([^()]{1,20}\)\s?(?:은|는|이|가)?|은|는|이|가)\s")

# Sentence splitting.
#: Where an over-long sentence may be cut: after an ending, a comma or a space.
SOFT_BREAK = re.compile(r"(?<=[.!?다요])\s+|,\s+|\s+")
#: What follows a closing quote inside one sentence: a quotative ending ("…했다."고 말했다), or the "등" that closes
#: a list of quoted names ("'봄빛', '물결' 등 작품 20점이 …").
QUOTATIVE = re.compile(r"^(?:고|라고|이라고|라며|이라며|며|라는|이라는|란|라|하고|와|는|은|등)(?:\s|[.,]|$)")
#: A sentence end before a short quoted text, or a list of them ("'봄빛', '물결'"), that ends the line: the quote
#: opens the next sentence.
QUOTE_OPENS_NEXT = re.compile(r"[.!?]\s+(?=(['\"])[^'\"]{1,60}\1(?:,\s*(['\"])[^'\"]{1,60}\2)*$)")
#: What opens a sentence glued to the period of the one before, with no space ("…지목됐다.'비용'은 …",
#: "…마쳤다.2024년 …"): a straight quote mark before a letter, or a digit.
GLUED_OPENER = re.compile(r"['\"](?=[^\s'\"])|\d")
#: Words of a post that an official's name follows in an office's note ("새솔시(시장 김바다)"): a post
#: and a proper noun after it name a person, not a card's topic (nameable.no_name).
POSTS_BEFORE_NAME = ("시장", "군수", "구청장", "도지사", "지사", "교육감", "의장", "청장", *PERSON_POSTS)
#: Nouns of a part of a day ("오전", "저녁"): with a day's word ("이날 오전") a time, never a topic.
DAY_PARTS = frozenset(["오전", "오후", "새벽", "아침", "점심", "저녁", "밤", "낮"])
