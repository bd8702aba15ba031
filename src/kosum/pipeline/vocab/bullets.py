"""Korean-news knowledge of bullets: what a faithful reduction keeps and what a sound bullet never looks like (whose
words, guess or plan it reports, and who may speak for it: :mod:`kosum.pipeline.vocab.voice`)."""

from __future__ import annotations

import re

# What compression keeps.
#: Connective endings of a condition or concession ("확보하지 못하면", "늘어나도"): a clause they end
#: is never dropped, since what follows holds only under it.
CONDITION_ENDINGS = frozenset({"면", "으면", "려면", "으려면", "다면", "라면", "거든", "어도", "아도", "더라도"})
#: Nouns that make a phrase a condition ("…할 경우", "…할 때"): such a phrase is never dropped.
CONDITION_NOUNS = frozenset({"경우", "때"})
#: Morphemes of a date word ("15일", "지난", "오는", "이날") that a speech frame's speaker takes
#: along when the frame goes ("시는 15일 A가 …했다고 밝혔다": the date is the announcement's).
FRAME_DATE_WORDS = frozenset({"일", "월", "년", "지나", "오", "ㄴ", "는", "이날", "같", "은", "날", "오늘", "어제"})
#: Nouns that say when: "올해는", "이제는" set a time, not what a clause is about (a clause that
#: opens with one has no topic of its own).
TIME_TOPIC_NOUNS = frozenset(
    {"올해", "금년", "지난해", "작년", "내년", "이제", "현재", "당시", "최근", "그동안", "앞으로"}
)
#: Particles of a place phrase, the only phrases shortening drops ("대강당에서"); never "에", which
#: also marks where a thing goes ("주거지에 공급"), an argument of the verb.
PLACE_PARTICLES = frozenset({"에서", "서"})
#: Particles of a recipient ("주민에게는", "어르신께는"): an opening topic with one says to whom the whole sentence
#: applies, so it stays on the clause kept after a dropped first one (:mod:`kosum.engines.scoped`).
RECIPIENT_PARTICLES = frozenset({"에게", "께", "한테"})
#: Words that open a bracketed limit or condition on a figure ("5%(최대 2만 원)", "(단, …)"): the bracket stays
#: wherever its figure does (:mod:`kosum.engines.scoped`).
FIGURE_LIMIT_WORDS = frozenset({"최대", "최고", "최소", "한도", "상한", "단", "이내"})
#: Ends of a group noun besides the headline's bodies (:data:`kosum.pipeline.vocab.headlines.GROUP_ENDS`): a group
#: acting with "에서" ("마을 동아리에서 공연을 펼쳤다") is the subject of the clauses after it, not a place.
ACTING_GROUP_ENDS = ("동아리", "모임")

# What a sound bullet never looks like.
#: Bracket pairs whose counts must match in a bullet.
BRACKET_PAIRS = ("()", "[]", "{}", "「」", "『』", "〈〉", "《》", "“”", "‘’", "<>")
#: Stems that end a means, purpose or relation clause: a bullet never ends on them ("…을 통함").
MEANS_STEMS = frozenset({"통하", "위하", "비롯하", "포함하", "따르", "대하", "관하", "의하", "인하", "힘입", "맞추"})
#: The "-아/-어" connective that chains a clause into the verb after it ("반찬을 만들어 … 살핀"): a clause ended so
#: is no statement of its own where that verb is an adnominal (:mod:`kosum.engines.embedded`).
CHAINING_ENDINGS = frozenset({"어", "아", "여"})
#: Verbal nouns of taking part: their act needs the event it joins ("행사에 참여"); "120명이 참여" alone names none.
JOINING_NOUNS = frozenset({"참여", "참가", "참석", "동참", "출전"})
#: Nouns that make an adnominal a time or background phrase ("참가한 가운데", "도착하는 순간"), not a modifier.
MOMENT_NOUNS = frozenset({"가운데", "순간", "때", "동안", "뒤", "후", "사이", "직후", "도중", "무렵", "중", "속"})
#: The bound noun and stems of an ability ("끝낼 수 있었다", "구할 수 없었다"): in the past, a fact that it was
#: (or was not) done, which a bullet keeps in the past ("…할 수 있었음"), never a mere possibility ("…할 수 있음").
ABILITY_NOUN = "수"
ABILITY_STEMS = frozenset({"있", "없"})
#: Nouns of a backdrop an adnominal sets for the main act ("2만 명이 모인 가운데, …", "비가 내리는 와중에, …"): no
#: act of its own, unlike a time before the next ("…한 뒤").
BACKDROP_NOUNS = frozenset({"가운데", "와중", "속"})
#: Stems of a purpose or a means frame after an object ("협업을 위해", "용역을 통해"): after "…을 수립," such a frame
#: belongs to the clause that follows it, not to the verbal noun before the comma.
AIM_STEMS = frozenset({"위하", "통하"})
#: Nominalized means, purpose and relation forms a bullet never ends on, as written ("…을 대상으로 함").
MEANS_ENDINGS = ("통함", "위함", "비롯함", "포함함", "대상으로 함", "따름", "대함", "관함", "의함", "인함")
#: Endings of a sentence that explains the one before it ("…을 어겼다는 것", "…하기 때문"): alone, a
#: bullet so ended says neither what nor whose.
EXPLAINING_END = re.compile(r"(?:[다라]는\s*것|때문(?:이라는\s*것)?)$")
#: A comma or period standing alone, empty brackets or quotes: what a cut leaves behind.
ORPHAN = re.compile(r"\s[,.](?:\s|$)|\(\s*\)|''|\"\"|‘’|“”")
#: An opening punctuation mark that a cut leaves behind (", 6개 업소를 제외한 …").
DANGLING_OPENING = re.compile(r"^[,.;:·、]")
#: A quoted span, straight or curly, single or double.
QUOTED_SPAN = re.compile(r"'[^']*'|‘[^’]*’|\"[^\"]*\"|“[^”]*”")
#: Adnominal verbs that make a time phrase, not a cut clause ("지난 3일", "오는 5월").
TIME_ADNOMINALS = frozenset({"지나", "오"})
#: Bound nouns after an adnominal that make the predicate's own form ("예약할 수 있다", "참여한 바 있다",
#: "진행하는 중"), not a noun the adnominal clause modifies ("바꾼 것도": a clause made a noun).
PREDICATE_BOUND_NOUNS = frozenset({"수", "바", "중", "줄", "리", "듯", "뻔", "법"})
#: Topic and subject particles: two of them in a row with only nouns between is a broken bullet ("A는 B는").
TOPIC_SUBJECT_PARTICLES = frozenset({"은", "는", "이", "가"})
#: Words of a time ("다음 달", "내년", "올 상반기"): a phrase holding one says when, and never drops.
TIME_WORDS = frozenset(
    {
        "내년",
        "올해",
        "금년",
        "작년",
        "지난해",
        "오늘",
        "내일",
        "이날",
        "다음",
        "이번",
        "상반기",
        "하반기",
        "연말",
        "연초",
    }
)
#: Words that join two phrases: a bullet never opens with one ("및 주민 200명이 참석").
JOINING_WORDS = frozenset({"및", "또는", "혹은", "내지", "겸"})
#: Openings that point back to a sentence a bullet does not show ("이는 …", "이 중 …", "해당 구간은 …").
ANAPHORIC_OPENING = re.compile(
    r"^(?:이는|이것은|이를|이로써|이로\s*인해|이러한|이런|이렇게|그런|이\s*같은|이와\s*같은|이\s*중|이들\s*중|그\s*중|"
    r"이\s*가운데|나머지|해당|이들(?:은|이|의|에게|도)?)\s"
)
#: More openings a bullet cannot stand on (bullets29): a part of a set named before, with its particle ("그중에
#: 1대는", "이 가운데에서"), a place or point named before ("여기에는 …", "여기서 …", "거기에 …"), a far pointer
#: ("저 방식은 …"). A summary may still open a paragraph with one ("그 중에서 … 칼럼이 눈에 띈다"): bullets only.
POINTING_OPENING = re.compile(
    r"^(?:(?:이|이들|그)\s*(?:중|가운데)(?:에서?|에는|에서는)|저|[여거]기(?:에|에는|에서|에서는|서))\s"
)
#: Openings that point back in time or cause ("이 때", "이때문에", "이에"): adverbials of the sentence that
#: a bullet drops, like a connective (the clause after them is the statement); not "이에 반해", a comparison.
POINTER_CONNECTIVE = re.compile(
    r"^(?:[이그]\s*때문에|[이그]\s*때(?:에)?|이에)\s*,?\s+(?!대해|대한|관해|관한|따라|따른|앞서|대하여|관하여|반해|비해)"
)
#: Openings that point back to the day of a sentence not shown ("이날 행사에는", "같은 날", "그 다음날인"):
#: a time adverbial a bullet drops like a connective (alone it would date the bullet by another one's day);
#: not before an hour ("이날 오후 2시"), which would be left without its day.
TIME_POINTER = re.compile(
    r"^(?:이\s*날|그\s*날|같은\s*날|이튿날|그\s*다음\s*날인?)\s*,?\s+(?!오전|오후|저녁|밤|새벽|낮|\d+\s*시)"
)
#: Openings that point to lines a bullet does not show ("아래는 …", "아래 번호는 …", "다음은 …의 전문").
LIST_POINTER_OPENING = re.compile(r"^(?:아래(?:[은는의]|와\s*같이)?|다음(?:은|과\s*같이))\s")
#: Stems written short ("갖다" for "가지다"): their nominal form is the full stem's ("가짐", never "갖음").
SHORT_STEMS = {"갖": "가지"}
#: Stems of a passive ("되다"): with :data:`~kosum.pipeline.vocab.voice.EXPECT_NOUNS` they make a predicate of
#: expectation ("…마련이 기대된다"); what the sentence expects comes from its means clause ("…을 통해"), which stays.
PASSIVE_STEMS = frozenset({"되"})
#: Verb stems whose subject is what was done, not who did it ("열리다", "치러지다"): with no subject, what was held
#: stood in another sentence (:func:`kosum.engines.clauses.subjectless_passive`).
UNDERGONE_STEMS = frozenset(
    {"열리", "펼쳐지", "치러지", "이뤄지", "이루어지", "놓이", "쓰이", "담기", "실리", "주어지"}
)
#: Nouns of an event held or run that make such a passive with "되" ("개최된다", "진행된다"); not a selection
#: ("선정됐다"), which an office undergoes.
HELD_NOUNS = frozenset({"개최", "진행", "운영", "전시", "시행", "실시"})
#: Nouns of a domain, not a place ("복지 분야에서는", "청년 부문에서는"): a topic of them is adverbial
#: (it names what a card names) and goes with its own clause.
FIELD_NOUNS = frozenset({"분야", "부문", "영역", "부분"})
#: Stems of a relation ("…지적에 대해 반박했다", "…에 관해 논의했다"): what the clause names is the argument of the
#: predicate after it, so the clause never drops alone.
RELATION_STEMS = frozenset({"대하", "관하"})
#: Stems of an inclusion ("A를 포함해 총 52편", "A를 비롯해 B, C 등 4곳"): what they take is counted in
#: what follows, so their clause is never cut from the next one.
INCLUSION_STEMS = frozenset({"포함하", "비롯하"})
#: Particles that make an adverb of manner after "-적" ("체계적으로"): "신속하고 체계적으로 수행" is one clause.
MANNER_PARTICLES = frozenset({"으로", "로"})
#: Nouns that link an adnominal clause to the rest of the sentence ("협상을 한 결과,", "회의를 연 뒤"):
#: a subject inside such a clause may be the whole sentence's.
CLAUSE_NOUNS = frozenset({"결과", "가운데", "후", "뒤", "끝", "이후", "다음"})
#: Words that point back to something said before ("이를 반영해", "이러한 성과", "그 사업", "여기에는"), as form/tag:
#: a clause they follow is what they point to, and never dropped.
POINTER_KEYS = frozenset(
    {"이/NP", "그/NP", "여기/NP", "거기/NP", "이러/XR", "그러/XR", "이/MM", "그/MM", "이런/MM", "그런/MM"}
)
#: Nouns that, opening a noun phrase, add to what an earlier clause says ("…했고, 추가 지원도", "…를
#: 바탕으로 관련 지침을"): the clause before them is what they add to, and never dropped alone (after a noun,
#: "교통 관련 민원", they only classify).
ADDING_NOUNS = frozenset({"추가", "관련"})
#: Words that hedge a quantity ("최소 40명은", "최대 3곳이"): a topic of such a bare quantity is a part of what
#: a clause before it counted ("참가자가 몰렸으며 최소 40명은 …"), and that clause stays.
QUANTITY_HEDGES = frozenset({"최소", "최대", "약", "적어도", "무려"})
#: Words that date a future event ("내년 상반기에는", "연말까지"): a clause holding one (or a number with a date
#: unit, "2028년부터") is never dropped from a bullet that plans, unless the kept rest has a date of its own
#: ("향후", "앞으로" name no date).
DATE_WORDS = frozenset({"내년", "내일", "상반기", "하반기", "연말", "연초", "올해", "금년"})
#: Stems of a means clause that names the measure itself ("새 쉼터를 통해", "돌봄센터를 마련해",
#: "관제 시스템을 구축해"): where the sentence has no subject of its own, that noun is the only thing the
#: bullet is about, and the clause stays.
NAMED_MEANS_KEYS = frozenset(
    {
        "통하/VV",
        "마련/NNG",
        "구축/NNG",
        "도입/NNG",
        "신설/NNG",
        "설치/NNG",
        "조성/NNG",
        "운영/NNG",
        "배치/NNG",
        "투입/NNG",
    }
)
#: Connective endings of such a means ("통해", "마련하여", "구축해서"); not "-고", which joins two acts.
MEANS_CONNECTIVES = frozenset({"어", "아", "여", "어서", "아서", "여서"})
#: Endings that join two acts of one subject ("강좌를 열고 동아리를 운영해", "…를 열며"): the means clause after
#: one is its other half, and the figures after both belong to both.
COORDINATE_ENDINGS = frozenset({"고", "며", "으며"})
#: Endings of one of a list of alternatives ("A가 맡든, B가 맡든 …", "…하거나"): an item cut off the list leaves the
#: rest read as the only case.
ALTERNATIVE_ENDINGS = frozenset({"든", "든지", "거나"})
#: Those of them never on a list's last item ("A하거나 B한 경우"; "A든 B든" marks both): another always follows.
OPEN_ALTERNATIVE_ENDINGS = frozenset({"거나"})
#: Endings of a clause of time or condition whose subject is its own ("박 군이 넘어지자 …", "비가 오면 …"): a subject
#: before one names no actor of the clause after it (:mod:`kosum.engines.actors`).
LOCAL_SUBJECT_ENDINGS = frozenset({"자", "자마자"}) | CONDITION_ENDINGS
#: Nouns after a verb's adnominal form that make it a clause of time of the main act ("…을 들어 올리던 도중", "…한
#: 뒤"): that verb's actor is asked for, as a bound noun's ("맡기는 등", "팔게 한 것"), unlike a modified noun's.
ADNOMINAL_TIME_NOUNS = frozenset({"도중", "중", "가운데", "후", "뒤", "동안", "사이", "끝"})
#: Endings of a reason clause ("…뛰었으므로", "…늘었으니까"): a "-고" conjunct before one is part of the reason,
#: never cut off alone (:func:`kosum.engines.clauses.joins_reason`). Not "-어서" (a means or a sequence as often:
#: "…을 넘어서"), nor a condition ("-면", "-어도": a "-고" before one is as often a statement of its own).
REASON_ENDINGS = frozenset({"므로", "으므로", "니까", "으니까"})
#: The nominal ending and noun of a reason phrase ("…받기 때문에"): :data:`REASON_ENDINGS` as a noun phrase.
REASON_NOUN = ("기", "때문")
#: Nouns of a predicate that plans or foresees ("착공할 예정", "지원할 계획"): the clauses before it share its modality.
PLAN_NOUNS = frozenset({"예정", "계획", "방침", "전망", "목표", "구상", "예상"})
#: Nouns that after a pointer say among which ("이 가운데 …", "이 중 …"), not what a topic names.
PARTITIVE_NOUNS = frozenset({"가운데", "중"})
#: Endings after a copula that close a definition's clause ("…도서관이다, …", "…도서관이며", "…도서관이고"): not a
#: quotative ("…것이라고"), whose clause is somebody's words.
DEFINING_ENDINGS = frozenset({"다", "고", "며", "으며"})
#: Words that make a topic the article's own event ("이번 행사는", "금번 사업은"): what follows it is the office's
#: doing, not that of another actor the reader is not shown.
OWN_EVENT_WORDS = frozenset({"이번", "금번", "올해"})
#: A list announced, not given: a count after "크게" or the forward pointer "다음" ("크게 세 갈래로 나뉨", "다음의
#: 3가지"), or "다음과 같음": a bullet holding one, with no item after it, says how many without saying what.
ANNOUNCED_LIST = re.compile(
    r"(?:크게|다음(?:의|과\s*같은)?)\s*(?:\d+|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇)\s*(?:가지|갈래|개(?!월)|유형|종류|부류)"
    r"|다음과\s*같"
)
#: Marks that set out a list's items ("A, B", "A·B", "△A", "A: …"): after an announced count, the list is given.
GIVEN_LIST_MARKS = (",", "·", "△", "▲", ":", "①")
#: Particles that mark a noun as the subject it adds to ("상인회도 …를 지원했다"): a clause holding one
#: may hold the sentence's only subject.
ADDITIVE_PARTICLES = frozenset({"도"})
#: Nouns of a main clause that only frames what the clause before it says ("…설명회를 열고, 안전 수칙을
#: 익히는 시간을 가졌다", "…을 전하고, 이야기를 나눴다", "…를 앞두고 관심이 높아지고 있다"): alone, such a
#: main clause says nothing, so the clauses before it stay.
LIGHT_NOUNS = frozenset(
    {
        "시간",
        "자리",
        "이야기",
        "의견",
        "의미",
        "힘",
        "기대",
        "기반",
        "활동",
        "노력",
        "뜻",
        "관심",
        "호응",
        "눈길",
        "마음",
        "성과",
        "점",
        "최선",
        "만전",
        "총력",
        "박차",
        "심혈",
    }
)
#: Nouns of a predicate that names only a goal ("…건강 수준을 증진해 나갈 계획", "…교류 확대를 도모했다"): such
#: a main clause frames what the clauses before it do, which stay.
GOAL_NOUNS = frozenset({"제고", "도모", "증진", "향상", "기여", "노력", "매진", "전념"})
#: Verb stems of a generic resolve ("…침수 피해 줄이기에 힘쓸 계획", "…에 앞장서고 있다"): like a goal, such a main
#: clause frames what the clauses before it do (the facts), which stay; alone it says nothing.
RESOLVE_STEMS = frozenset({"힘쓰", "앞장서", "애쓰"})
#: The ending and auxiliary of an enabling frame ("…을 마련해 주민들이 … 쓸 수 있도록 했다"), as form/tag: a main
#: clause so ended says what the means before it makes possible; the means is what was done, and stays.
ENABLING_FRAME = ("도록/EC", "하/VX")
#: Adverbs that open a sentence ("또한 …", "아울러 …"): right after a particle inside a bullet ("…을 대상으로
#: 또한 …"), they mark a source line cut short and glued to the next sentence.
GLUE_OPENERS = frozenset({"또한", "아울러"})
#: Connective endings of a negative copula that set up what follows ("…뿐만 아니라 B도", "A가 아니라 B"):
#: the clause they end never goes (not "아니든", a concession).
NOT_ONLY_ENDINGS = frozenset({"라"})
#: A pointer to another sentence's day right after a topic ("새솔청은 이날 간담회를 …"): dropped like one
#: that opens the bullet, unless an hour follows ("이날 오전 8시") or a date before it is the day it means.
DAY_AFTER_TOPIC = re.compile(r"(?<=[은는])\s+(?:이\s?날|그날)(?=\s+(?!오전|오후|저녁|밤|새벽|낮|\d+\s*시))")
#: A date in a bullet ("20일"): a day pointer after it means that date, and stays.
DAY_OF_MONTH = re.compile(r"\d+\s*일")
#: The present adnominal and the noun of a sentence that explains the one before it ("…생각이 많다는 점이
#: 드러나는 것이다"): without a topic of its own, a bullet so ended comments on a sentence not shown.
EXPLAINING_TAIL = ("는", "것")
#: Words that point back to what another sentence said, as form/tag (:data:`POINTER_KEYS` and "이곳",
#: "그녀", "이렇게", "그것"): one in a bullet's first clause leans on a sentence the bullet does not show
#: ("이 무렵 잰 수위는 …", "그는 …", "관장은 이렇게 답함").
BACK_POINTERS = POINTER_KEYS | frozenset({"이것/NP", "그것/NP", "그녀/NP", "이곳/NP", "그곳/NP", "이렇/VA", "그렇/VA"})
#: Openings that count a point of an argument made before ("둘째, …", "셋째로 …") or name what was
#: named before ("관련 부서는 …", "동 사업은 …"): alone, a bullet so opened says neither of what nor which.
COUNTED_OPENING = re.compile(r"^(?:(?:첫|둘|셋|넷|다섯|여섯|일곱|여덟|아홉|열)\s*째\s*(?:,|로\s*,?)|관련\s|동\s)\s*")
#: The adnominal endings before "것" of a sentence that explains the one before it ("…하는 것",
#: "…참여했던 것"): without a topic of its own, a bullet so ended comments on a sentence not shown.
EXPLAINING_ADNOMINALS = frozenset({"는", "던"})
#: A sentence that asks ("…어떻게 할 것인가?"): a question to the reader states no fact, and is no bullet.
QUESTION_MARKS = ("?", "？")
#: The adverbial ending of a pointing adjective ("이렇게", "그렇게"): with it the adjective points back to
#: what was said ("관장은 이렇게 답함"); with another ending it is a connective ("그럼에도", "이렇듯").
MANNER_ENDINGS = frozenset({"게"})
#: Nouns of a cause or reason ("원인", "이유"): a bullet that ends on one with nothing it is the cause of
#: ("기온 상승이 가장 큰 원인") explains a sentence not shown.
RELATION_NOUNS = frozenset({"원인", "이유", "배경", "요인", "까닭"})
#: A comma or joining mark that ends a bullet ("…상은 새솔면 '쉼터 운영',"): a sentence cut off mid-list.
TRAILING_MARK = re.compile(r"[,、·]\s*$")
#: Particles that join a noun to the next ("김과 그 김으로 만든 …"): a pointer right after one points to that noun.
WITH_PARTICLES = frozenset({"과", "와"})
#: Words that point to a thing named in another sentence wherever they stand ("…하고, 해당 요원들은 …"):
#: as the head of a subject or topic, a bullet holding one says not which.
POINTER_DETERMINERS = frozenset({"해당"})
#: The past adnominal endings before "것" ("…어긴 것", "…생긴 것"): a bullet so ended with no subject or topic
#: of its own, or after a background clause (:data:`BACKGROUND_ENDINGS`), explains a sentence not shown.
PAST_ADNOMINALS = frozenset({"ᆫ", "은"})
#: Connective endings that set a background for what follows ("…높아졌는데, …", "…처음인데, …"): a bullet
#: holding one and ending in "…ㄴ 것" narrates why, the way an explanation after the news does.
BACKGROUND_ENDINGS = frozenset({"는데", "ᆫ데", "은데", "던데"})
#: Nouns that end a comment on what was said before ("…이 떠오르는 대목"): like "…는 것", a bullet so ended
#: with no topic of its own is an aside, no fact.
ASIDE_NOUNS = frozenset({"대목"})
#: Nouns that, after "의", name what a sentence is about as a topic does ("새솔시의 경우 …"): such a sentence
#: has an actor of its own.
ABOUT_NOUNS = frozenset({"경우"})
#: Openings that add to, follow from, answer, set against or name back an event or day of the sentence before
#: ("이 밖에도 …", "이에 따라 …", "이에 대해 …", "이에 반해 …", "이 사고로 …", "그 다음날 …"): with
#: :data:`ANAPHORIC_OPENING`, a summary shows such a sentence only right after the one it leans on (a bare "이에" may
#: point to any sentence before, and "이 때문에 …" mostly states the article's own claim, which a summary keeps).
LEANING_OPENING = re.compile(
    r"^(?:이\s*밖에(?:도)?|이\s*외에(?:도)?|그\s*밖에(?:도)?|이에\s*(?:따라|대해|대하여|반해|비해)|이튿날|그\s*다음\s*날인?|"
    r"이\s*(?:사건|사고|일)(?:은|이|로|으로|에)?|"
    # a programme named back with the demonstrative ("이 제도는 …", "이 사업을 통해 …"): the one the sentence
    # before introduced, not a programme the summary shows (never "이번", "이 대표": a surname and a post)
    r"이\s(?:제도|사업|정책|프로그램|행사|대회|축제|조치|방안|계획|법안|시설|서비스|캠페인)"
    r"(?:은|는|이|가|을|를|의|에|에서|으로|로|도|에는|에서는|을\s*통해|를\s*통해))\s*,?\s+"
)
#: Adverbs that, right after a noun, mark it as what the clause is about, as an additive "도" does ("새 청사 역시").
ITSELF_ADVERBS = frozenset({"역시", "또한"})
#: What follows a topic particle in an idiom of "as well as" ("국내는 물론 해외에서도"): no topic there.
TOPIC_IDIOM_NEXT = frozenset({"물론"})
#: Adverbial particles that, before a topic particle, may mark who acts or receives ("국방부에서는 …", "학생에게는
#: …"): a clause holding one may have its actor there, so no topic of a clause cut before it is carried to it.
ACTOR_TOPIC_PARTICLES = frozenset({"에서", "서", "에게", "께"})
#: Opening brackets of a title ("《새솔 이야기》", "<누리일보>"): what they hold is a name, never an aside, where a
#: particle takes it ("《새솔 이야기》에서").
TITLE_BRACKETS = frozenset({"<", "〈", "《"})
#: Determiners that point to a thing another sentence named, wherever they stand in a sentence ("해당 부서에서",
#: "이같은 결정에", "문제의 조항은", "저 방식으로"), with the space before the noun they point with: where that noun
#: is not named earlier in the sentence, nor shown, the sentence leans on one the reader does not see.
POINTING_DETERMINER = re.compile(
    r"(?<![0-9A-Za-z가-힣])(?:해당|문제의|저|이\s?같은|이와\s?같은|그와\s?같은)\s+(?=[0-9A-Za-z가-힣])"
)

#: Nouns that, after "N의", open a sentence with whom or where it holds for ("누리초등학교의 경우 …"): the
#: figures after them are that one's, not the whole's (:func:`kosum.engines.scoped.scope_opening`).
SCOPE_NOUNS = frozenset({"경우"})
#: Case particles whose form follows the last syllable of their noun: (after a final consonant, after a vowel). A
#: particle that followed a dropped bracket ("한솔제약(주)가") takes the form its new noun calls for ("한솔제약이").
#: "으로" / "로": a final ㄹ takes "로" as a vowel does ("서울로", "새솔읍으로").
PARTICLE_PAIRS = (("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"), ("으로", "로"))
#: The copula "이다" nominalized, as a bullet ends an explanatory "것이다" ("…넘긴 것이다" → "…넘긴 것임"): a bare
#: "것" would end the bullet on a noun with no predicate ("…하게 된 것").
COPULA_NOUN = "임"
#: A bullet's "것" with the copula nominalized: its form is judged as the bare "것" it was (:data:`COPULA_NOUN`).
EXPLAINED_COPULA = "것" + COPULA_NOUN
#: Stems of a verb that only links a noun to the clause after it, as a postposition does ("조례에 따라", "기관을 통해",
#: "지침에 맞춰"): a time phrase before its noun ("5월부터 조례에 따라 운영") is the next clause's, never its own.
LINKING_STEMS = frozenset({"따르", "통하", "맞추"})
#: Particles that close a time phrase as a span of time ("3월부터", "9월까지").
TIME_SPAN_PARTICLES = frozenset({"부터", "까지"})
#: Particles after a time phrase that make it, with a topic particle (:data:`TIME_TOPIC_PARTICLES`), the time a sentence
#: holds from or at ("내년부터는", "2028년에는").
TIME_TOPIC_OPENERS = frozenset({"부터", "에"})
#: The particle of a time topic that says from when a change holds ("내년부터는"): kept where its sentence's first
#: clause goes (:func:`kosum.engines.anchored.keep_time_topic`).
TIME_FROM_PARTICLE = "부터"
#: Topic particles after a time phrase's particle ("내년부터는", "올해부터도").
TIME_TOPIC_PARTICLES = frozenset({"는", "은", "도"})
#: The adnominal forms that open a time phrase ("오는 3월", "지난 5월").
TIME_ADNOMINAL_STEMS = frozenset({"오", "지나"})
#: The suffix of an active verb made of an act's noun ("개발하다", "주관하다"): a main clause of one with a subject and
#: no object takes the topic before it as its object ("안내 앱은 가온군 청년팀이 개발"), so that topic is its own.
ACTIVE_SUFFIXES = frozenset({"하"})
#: Endings after a word a definition opens with ("'늘봄쉼'이란 …을 말한다"): the word defined precedes them.
DEFINIENDUM_ENDINGS = frozenset({"란", "이란"})
#: Particles of where or to whom a thing goes ("이불을 준비해 경로당에 전달"): such an act may share an object.
DESTINATION_PARTICLES = RECIPIENT_PARTICLES | {"에"}
