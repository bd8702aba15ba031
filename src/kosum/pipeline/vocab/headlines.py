"""Korean-news knowledge of headlines: how a headline writes its topic between the office that acts
and the act it reports ("새솔군, 2030 갯벌 축제 성황리 개최": the topic is "2030 갯벌 축제")."""

from __future__ import annotations

import re

from .common import PRIMARY_MARKS

#: The nouns of the act a headline reports about its topic, which name no topic themselves
#: ("…축제 개최", "…그림대회 ‘금상’", "…마을 지정"): they end a headline's noun phrase, not its name.
HEADLINE_ACT_WORDS = (
    "개최 추진 선정 대상 성료 출범 실시 모집 기탁 발표 개관 개장 개소 완료 전개 지정 기부 "
    "호평 보급 성황리 운영 마련 시행 돌입 체결 수상 공유 선포 달성 입증 획득 참가 참여 진행 "
    "전달 시상 발생 돌파 인증 우수상 최우수상 금상 은상 동상 장려상 눈길 주목 총력 박차 앞장 "
    "성사 나서 선착순 시작 종료 마무리 결과 외 성공 성황 열기 호응 인기 화제 예고 확정 "
    "최우수 제공 배포 부과 지급 위문 흥행 확산 공개 임박 결정 허용 수용 강행 논란 예정 "
    "안착 포착 사망 별세 타계 쾌거 안내 본격화 수립 착공 활약 채용 지원 사퇴 자진사퇴 선언 "
    "발매 출시 통과 판결 선고 구속 체포 합의 서명 공식서명 응원 영예 확대 동참"
)
#: Nouns of a kind of anything an office runs ("서비스", "사업"): alone, a name of no matter; the act the headline
#: writes right after one ("…앱 서비스 종료") says which matter it is (pipeline.modified).
KIND_WORDS = frozenset({"서비스", "사업", "행사", "제도", "정책", "프로그램", "시설", "활동", "공사", "과정"})
#: Noun suffixes of a kind or a manner ("수리형", "참여식"): a noun made with one qualifies the noun the article
#: writes after it ("…형 지원사업"), and a name never ends on it (pipeline.rightedge).
MODIFIER_SUFFIXES = frozenset({"형", "식"})
#: What a verb's noun is written with where it is an act ("판결하다", "지정됐다"): a noun the article writes
#: so names an event (pipeline.headrun: a headline's noun run that ends on one names what happened).
EVENT_VERB_ENDS = ("하", "되", "했", "됐", "된", "한")
#: The commas that close a headline word inside a coordination ("공예, 음악 교실"; the full-width one too).
WORD_COMMAS = ",，"
#: :data:`HEADLINE_ACT_WORDS` as a set.
HEADLINE_ACTS = frozenset(HEADLINE_ACT_WORDS.split())
#: The acts of :data:`HEADLINE_ACTS` that befall who a headline names, never an office's own act
#: ("…총장 별세", "…씨 구속"): the news event a card of that name is about ("발생" is none: what occurs is the event).
BEFALLING_ACTS = frozenset({"사망", "별세", "타계", "사퇴", "자진사퇴", "구속", "체포"})
#: Acts that make what they befall into what their complement "(으)로" names ("…이사국으로 선출", "…전시관으로
#: 재탄생"), not those that "(으)로" gives a cause or a means of ("…문제로 연기").
MAKING_ACTS = frozenset(
    {"선출", "선임", "임명", "지명", "위촉", "추대", "발탁", "선정", "지정", "승격", "격상", "전환", "변경", "개편"}
    | {"재탄생", "탈바꿈", "변신", "등극"}
)
#: Verbs of what befalls who a headline names, their complement in "에" the event ("…소음 논란에 휩싸여",
#: "…재정 위기에 빠져"): that complement, not who it befalls, names the news (stems as the analyser gives them).
BEFALLING_VERBS = frozenset({"휩싸이", "휘말리", "빠지", "시달리"})
#: The particle of a befalling verb's complement, that of a thing ("…논란에"), not of a place or a means.
BEFALLING_PARTICLES = frozenset({"에"})
#: Nouns of where or when relative to a thing ("광장 앞", "사고 직후"): a headline phrase they close is the
#: setting of the noun phrase after it ("광장 앞 엇갈린 목소리"), never a topic's name alone.
SETTING_NOUNS = frozenset({"앞", "뒤", "옆", "곁", "근처", "인근", "직후", "직전", "당시", "이후", "이전"})
#: Words that qualify a headline's act, never end its topic's name ("…집적화단지 본격 추진", "…평가 상·하반기
#: 연속 선정", "…폭발, 외부 충격 탓"): a topic's phrase loses them at its end.
TOPIC_TAIL_WORDS = frozenset(
    {"본격", "연속", "탓", "상반기", "하반기", "상·하반기", "연중"}
    | {"성공리", "성공적", "동시", "전면", "사실상", "일제히", "최종"}  # how the act went: "…사업 성공적 종료"
)
#: Middle dots that join two items into one ("김솔·이바다 부부", "화재·안전 점검"; the full-width and
#: the Hangul ones too): a name never opens right after one, on the second item alone.
PAIR_DOTS = "·ㆍ・‧"
#: Words of manner or extent a headline writes before its act ("…회관, 본격 운영 시작", "…, 대부분 정상
#: 출항"): they say how or how many, never open a topic's name, which loses them at its front.
TOPIC_LEAD_WORDS = frozenset({"본격", "대부분", "모두", "잇따라", "적극", "속속", "일제히", "대거"})
#: The word of a comparison a headline writes before its figure ("…수거량 전년 대비 30% 늘어"): with
#: the period it compares with (:data:`COMPARED_PERIODS`), it qualifies the figure, not the topic.
COMPARED_WORD = "대비"
#: Periods a figure is compared with ("지난해 대비", "전년 대비"); "재난 대비" is a noun of its own.
COMPARED_PERIODS = frozenset({"지난해", "전년", "전년도", "작년", "평년", "예년", "전월", "전주", "전분기"})
#: Acts whose quoted object is a verdict, not the topic ("…평가 ‘우수기관’ 선정"; an award is a name: "‘…상’ 수상").
VERDICT_ACTS = frozenset({"선정", "등극"})
#: Acts whose quoted object in a lead is what was won or chosen, not the matter the release reports
#: ("‘으뜸상’을 수상했다", "‘…’을 으뜸 작품으로 선정했다"): :func:`kosum.pipeline.heads.lead_programme`.
OUTCOME_ACTS = VERDICT_ACTS | {"수상", "획득", "달성"}
#: A note in brackets inside a quoted name ("‘새솔 갯벌 축제(이하 축제)’", a gloss): no part of the name.
NAME_NOTE = re.compile(r"\s*\([^()]*\)")
#: What opens a headline before its words: a bracketed tag ("[새솔소식]") or a symbol mark.
HEADLINE_OPENER = re.compile(rf"^\s*(?:[\[【<〈《][^\]】>〉》]{{1,20}}[\]】>〉》]|[{PRIMARY_MARKS}])\s*")
#: A board's badge written onto a headline's last word ("…개최NEW"): no part of it.
HEADLINE_BADGE = re.compile(r"(?<=[가-힣])(?:NEW|New|new)\s*$")
#: A note that closes a headline: the department in brackets ("(관광과)").
HEADLINE_NOTE = re.compile(r"\s*\([^()]{1,15}\)\s*$")
#: A written word of a headline: letters, figures and the marks inside a word ("1~2", "발표·확정"), a
#: Hanja gloss in brackets too ("차(茶)마당": one word).
HEADLINE_WORD = re.compile(r"(?:[^\s,'\"‘’“”′″…!?()\[\]<>〈〉《》「」『』【】|/]|\([\u4e00-\u9fff]{1,8}\))+")
#: A quoted span of a headline, in any of the quotation marks headlines use ("‘…’", "′…′").
HEADLINE_QUOTE = re.compile(r"'[^']*'|‘[^’]*’|\"[^\"]*\"|“[^”]*”|′[^′]*′|″[^″]*″|「[^」]*」|『[^』]*』")
#: Tags that close a word of a clause, not of a name: a subject's, topic's or object's particle, a
#: verb's connective or final ending ("‘바다가 돌아왔다’", "‘올해를 빛낸 …’"; a name's adnominal
#: "‘찾아오는 …’" is no clause).
CLAUSE_TAGS = frozenset({"JKS", "JX", "JKO", "EC", "EF"})
#: Particles that, written right after a quoted name, make it where an act took place, not the
#: matter ("‘새솔 바다 축제 시상식’에서 대상을 받았다": the matter is the prize; heads.quoted_whole).
VENUE_PARTICLES = ("에서",)
#: Endings of a noun that names a site or the area around a thing ("정비현장", "다리 인근"): where an
#: event took place, not the event; a one-noun name does not grow into it (kinds.widened).
SITE_ENDS = ("현장", "일대", "인근", "부근", "주변")
#: Verb stems that make a verb of an act's noun written before them, besides the suffix "하"/"되"
#: ("지적받아", "도난당해", "보탬될까"): the noun is the act (naming.act_after).
VERB_ACT_STEMS = frozenset({"받", "당하", "되"})
#: A saying quoted in a headline, in double quotation marks ("새솔시장 “…까지 한빛군과 통합”"); single
#: ones quote a name.
SAYING_QUOTE = re.compile(r"\"[^\"]*\"|“[^”]*”")
#: Marks that may close a headline after its last quote ("…”.", "…”!").
SAYING_CLOSE = " .!?…"
#: Last letters of an organisation's name ("…준비위원회", "한울문화재단"): who speaks or acts, never a
#: topic read from a lead sentence (:mod:`kosum.pipeline.sayings`).
ORGANISATION_ENDS = ("위원회", "재단", "협회", "협의회", "공단", "공사", "연구원", "진흥원", "본부", "조합")
#: A headline cut short by its page ("…갯벌 축제...", "…체험 교실 …"): its last words are no whole phrase.
HEADLINE_CUT = re.compile(r"(?:\.{2,}|…)\s*$")
#: A run of dots inside a word (a headline's "..": a clause break, not part of the word).
HEADLINE_DOTS = re.compile(r"\.{2,}|\.(?=\s|$)")
#: A break between a headline's clauses ("…축제 성료…나눔 확산"): the first clause reports the news.
HEADLINE_BREAK = re.compile(r"\.{2,}|…")
#: A break between a headline's news and its aside: a comma or an ellipsis ("비 소식, 보름달 못 봐").
HEADLINE_CLAUSE = re.compile(r"\s*(?:[,，]|\.{2,}|…)\s*")
#: A word of a figure that names no topic at a phrase's end ("100만", "2관왕", "5곳").
FIGURE_WORD = re.compile(r"^[\d.,]+\S{0,3}$")
#: A clock time or a day leading a phrase ("8시", "20일"), not a year or an edition ("2025년").
CLOCK_WORD = re.compile(r"^\d{1,2}(?:시|분|일|월)$")
#: Endings that join two acts in one headline ("…교류 확대하고 판로 개척"): it reports two matters.
JOINING_ENDINGS = frozenset(["고", "며", "으며", "면서", "으면서"])
#: Last letters of a group's name ("부녀회", "봉사단", "협의체"): a group before a headline's comma acts, it
#: is no programme the headline is about.
GROUP_ENDS = ("회", "단", "팀", "클럽", "협의체", "센터", "재단", "조합", "본부")
#: Last letters of an award a headline reports ("기관표창", "장관표창"): what was given, not the topic it was given for.
AWARD_ENDS = ("표창",)
#: Last letters of a programme's standing title ("…뉴스브리핑", "…소식", "…동정"): a bulletin of several
#: matters, no topic; a phrase ending so (after the date that opens it) names no card.
PROGRAMME_ENDS = ("브리핑", "소식", "동정")
#: The genitive particle as edited text writes it: the analyser reads a colloquial "에" as one too.
GENITIVE = "의"
#: Words of an amount after its figure ("5천만 원 상당", "10만 달러어치"): how much, never a name's head.
AMOUNT_WORDS = frozenset({"원", "달러", "상당", "어치"})
#: Words that lead an amount's figure ("총 2천만 원", "약 300만 원"): how much in all, never a gift's name.
AMOUNT_LEADS = frozenset({"총", "약"})
#: Marks that end a figure of a share, not a count of things ("56%", "3‰").
SHARE_MARKS = ("%", "％", "‰", "퍼센트")
#: Acts a headline reports of a person, what befell them or what they did in their post ("…단장 누리
#:별세", "…위원장 사퇴"): the person alone is no topic, a name keeps the act with them.
PERSON_ACTS = frozenset(
    {"별세", "타계", "사망", "서거", "사퇴", "자진사퇴", "사임", "퇴임", "취임", "은퇴", "구속", "체포"}
)
#: Verb stems whose connective form frames the headline's phrase after it, a purpose or an occasion
#: ("…을 위해 손난로 기부", "…을 맞아 캠페인 전개"): the phrase before it is no topic where one follows.
FRAME_VERBS = frozenset({"위하", "맞", "앞두"})
#: Predicates that take a partner with "와/과" ("한울시와 협력", "…과 업무협약", "…와 손잡아"): "A와 B …" before
#: one of them is who with and what, no two coordinated nouns of one name.
PARTNER_WORD_LIST = (
    "함께 협력 교류 협약 업무협약 합의 타결 환담 회담 면담 간담 손잡 맞손 연대 결연 자매결연 "
    "다짐 공유 합병 통합 대결 경기 무승부 동행 상생 협업 공조 연계 대화 만남 대연정 협상"
)
#: :data:`PARTNER_WORD_LIST` as a tuple (a word of a headline starting with one: "손잡아").
PARTNER_WORDS = tuple(PARTNER_WORD_LIST.split())
#: The last letter of a noun of three letters or more that names a person by what they did or were
#: ("참여자", "유공자", "합격자", "근로자": …者), or the suffix of a student ("수강생"): who, not what.
PERSON_NOUN_ENDS = ("자",)
#: A figure with the counter of people or things ("12명", "300여명", "10채"): a word that says how
#: many, never what a card is about (:func:`kosum.pipeline.people.no_topic_head`).
COUNTED_WORD = re.compile(r"^\d[\d,.]*[만천백]?여?(?:명|개|대|채|건|곳|마리|척|점|권|석|kg|톤|가구|세대|개소)$")
#: The suffix of one who studies or takes part ("수강생", "연수생"), as the analyser reads it (XSN).
PERSON_SUFFIXES = frozenset({"생"})
#: Acts of giving a thing, written after the gift in a headline ("…에 백미 20포 기탁"): a card named by
#: the gift alone keeps its act (:func:`kosum.pipeline.people.with_people_act`), as people keep theirs.
GIFT_ACTS = frozenset({"기탁", "기부", "후원", "기증", "전달"})
#: Nouns of a story that is disputed, not settled ("…사칭 논란", "…조작 의혹"): a name without them
#: states what is only claimed as a fact (:mod:`kosum.pipeline.disputes`).
DISPUTE_NOUNS = frozenset({"논란", "의혹", "파문"})
#: The noun a name takes where its headline asks whether it holds ("…조례 위반?" → "…조례 위반 여부"): without
#: it the name states as a fact what the headline only asks (:mod:`kosum.pipeline.disputes`).
QUESTIONED_NOUN = "여부"
#: Nouns of a penalty a court or an office hands down ("…징역 선고", "…벌금 부과"): a name keeps the act after
#: them, which says the penalty was given, not only named (:mod:`kosum.pipeline.penalties`).
PENALTY_WORDS = frozenset({"징역", "금고", "벌금", "실형", "집행유예", "사형", "무기징역", "과태료", "과징금"})
#: Marks that may stand between a headline's words of one phrase: a quoted name's quotes ("‘…’ 논란").
PHRASE_QUOTES = "'\"‘’“”′″"
#: Tags of the noun a headline's closing act is written with ("붕괴", "합병하다": pipeline.subjects).
ACT_NOUN_TAGS = frozenset({"NNG"})
#: Tags that may follow that noun in the same word: a verb's suffix or stem, its endings, a closing mark
#: ("붕괴했다.", "입건되다", "고발당해").
ACT_TAIL_TAGS = ("XSV", "E", "SF")
#: Tags of a word written as nouns alone in a headline, with no particle ("김장김치", "5부제"): a noun, a numeral,
#: a foreign or Chinese word, a figure, a noun's prefix or suffix (pipeline.phrases.bare_word: "3억원" too).
BARE_NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SL", "SH", "SN", "XSN", "XPN"})
#: Starts of what an article writes right after an act's noun to make it a verb ("붕괴했다", "폐지된다",
#: "고발당했다"): a noun written so is an act, not a thing ("대통령").
ACT_VERB_STARTS = ("하", "한", "할", "함", "해", "했", "되", "된", "될", "됨", "돼", "됐", "당")
#: Particles of another subject, topic or object written between a headline's subject and its act
#: ("…의 제작이 확정"): the act is that one's, not the subject's (pipeline.subjects).
OTHER_ACTOR_TAGS = frozenset({"JKS", "JX", "JKO"})
#: Nouns a headline calls its subject by as a figure of a place or role ("…, 바다 예술의 거점 활약", "…,
#: 바다 관광 허브로 도약"): after "의" or before "로" they head a slogan, not the matter (pipeline.slogans).
ROLE_METAPHORS = frozenset({"거점", "요람", "허브", "메카", "산실", "중심지", "본거지"})
#: The particles a role's figure takes in a headline: what the subject becomes or acts as ("…허브로 도약").
ROLE_PARTICLES = ("으로", "로")
#: Acts of giving a lead writes of a thing, besides :data:`GIFT_ACTS` ("…난방용품을 지원했다"): with the
#: thing, they name the event (pipeline.gifts). Not "제공": a name ending in it reads as a photo credit's
#: "(사진) 제공" to an editor's eye, a marker word a label may not hold.
SUPPLY_ACTS = frozenset({"지원"})
#: Words after a period's figure that say how often or after how long, not what ("3년 연속", "140년 만의"):
#: with the figure, an extent of the act, never a word of its topic's name (pipeline.extents).
EXTENT_WORDS = frozenset({"연속", "만에", "만의", "만에야", "째", "연이어", "내리"})
#: A period's figure written with its extent as one word ("6년째", "10년만에"): an extent alone ("2번째",
#: "3회째" count the times, an ordinal of the act, and stay).
EXTENT_WORD = re.compile(r"^\d+(?:년|개월|달|주|일)(?:째|만에|만의)$")
#: Nouns of a superlative a headline ranks its matter by ("전국 최초", "역대 최대"): a degree, not what.
SUPERLATIVE_WORDS = frozenset({"최대", "최초", "최고", "최다", "최장", "최저"})
#: Nouns of the one of a kind within the scope written before it ("도내 유일 …"): with that scope, a degree
#: that never goes without it; first in the phrase, what is claimed ("유일 후보 주장").
UNIQUE_WORDS = frozenset({"유일"})
#: Nouns of the scope a superlative is ranked in, written before it ("역대 최대", "전국 최초").
SCOPE_WORDS = frozenset({"역대", "전국", "세계", "국내", "도내", "관내", "사상", "지역", "국내외"})
#: Nouns of the measure a superlative ranks by, written after it ("최대 규모"): part of the degree.
MEASURE_WORDS = frozenset({"규모", "크기", "수준"})
#: Words of the period a rate is charged per, written before its share ("연 2%", "월 1%"): a figure's word.
RATE_WORDS = frozenset({"연", "월"})
#: A figure of money without its unit word ("200억", "5천만", "2억원"): how much, never a word of a name.
MONEY_WORD = re.compile(r"^\d[\d,.]*[조억만천]+원?$")
#: Acts of money written right after its figure ("55억 투입"): with the figure, how much went, not the topic.
MONEY_ACTS = frozenset({"투입", "투자", "확보", "지원"})
#: Counters that also rank or tell an age ("19대 대통령", "10대 성과", "40대"): a figure with one is a name's word.
RANK_COUNTERS = ("대",)
#: Magnitudes a headline writes money in without its unit ("200억", "3조"): a figure so written is a noun of
#: the headline's phrase, not a break in it ("…기금 150억 장기 대출").
MONEY_MAGNITUDES = frozenset({"억", "조"})
#: A count of people ("5명", "300여명"): before an edition's word ("…공헌 5명 제45회 …상"), it closes the
#: subject the headline writes without its particle, and the name opens at the edition.
PEOPLE_COUNT = re.compile(r"^\d[\d,.]*[만천백]?여?명$")
#: An edition's word that opens a name of its own ("제45회", "제3차", "제7대").
EDITION_WORD = re.compile(r"^제\d+(?:회|차|대|기|호)$")
#: Words of how an act is done, written right before its noun ("…연수생 상시 모집", "…참여자 추가 모집"):
#: between the people and the act, they leave the act the people's (pipeline.people).
ACT_MANNERS = frozenset({"선착순", "추가", "상시", "수시", "긴급"})
#: Nouns that close a phrase qualifying the noun after it ("학생 중심 수업", "갯벌 기반 교육", "마을 연계
#:돌봄"): a name cut from its front never opens with one, the phrase it closes being gone.
QUALIFIER_HEADS = frozenset({"기반", "중심", "연계", "활용", "위주", "주도", "맞춤"})
#: Particles of the means a headline writes its act in before the effect ("…성금 기부로 훈기 더해"; pipeline.means).
MEANS_PARTICLES = ("으로", "로")
#: Marks that may close a headline word after its letters (quotes, brackets, stops): its last letter comes before them.
WORD_CLOSERS = "'\"‘’“”」』》〉)]!?.…"
#: Last letters of a community's name ("바다마을공동체"): like :data:`GROUP_ENDS`, a body that acts before a
#: headline's comma (kept apart: a place's community may be the programme a headline's subject names).
COMMUNITY_ENDS = ("공동체",)
#: Bound nouns and counters that need a word before them ("사는 곳", "수 차례", "두 가지"): never a name's first word.
BOUND_OPENERS = frozenset({"곳", "차례", "번", "명", "개", "가지", "군데", "채", "건", "것", "데", "때", "분"})
#: Tags of a word's last morpheme that qualify a bound noun after it: a determiner ("수", "두"), a verb's
#: adnominal ending ("사는"), a figure ("3").
BOUND_QUALIFIERS = ("MM", "ETM", "SN", "NR")
#: A dated column's headline: a full date and one word ("2030년 5월 4일 주간소식"): a bulletin of several matters,
#: so its last word is no event a summary must state.
DATED_COLUMN = re.compile(r"^\s*\d{4}년\s*\d{1,2}월\s*\d{1,2}일\s*\S+\s*$")
#: Last letters of a noun that heads a topic's name: the event, programme, award or plan an article is about
#: ("…갯벌 축제", "…결의대회", "…문화상", "…지원 사업"; pipeline.figures). A name without one may be a
#: headline's figure of speech; one of them alone is a bare word that the article's fuller phrase names.
TOPIC_HEADS = (
    "축제",
    "대회",
    "행사",
    "훈련",
    "문화상",
    "시상식",
    "사업",
    "방안",
    "계획",
    "토론회",
    "설명회",
    "간담회",
    "발표회",
    "박람회",
    "전시회",
    "음악회",
    "공연",
    "포럼",
    "캠프",
    "캠페인",
    "공모전",
    "기념식",
    "잔치",
    "한마당",
    "어울마당",
    "페스티벌",
    "특별전",
    "교육",
    "집회",
)
#: Nouns of a feeling, a sound or a time of day that a headline's figure of speech closes with ("주민들의 함성",
#: "바다의 희망", "…의 붉은 새벽"): after a genitive they head a figure, not a matter (pipeline.figures).
FIGURE_NOUNS = frozenset(
    {
        "함성",
        "외침",
        "희망",
        "감동",
        "설렘",
        "기쁨",
        "행복",
        "소망",
        "물결",
        "온기",
        "향연",
        "울림",
        "열기",
        "열정",
        "새벽",
        "미소",
        "꿈",
    }
)
#: Titles an article writes right after a person's name ("누리 교수는", "한가람 씨"): a headline's word
#: the article so writes names a person, not what the article reports.
PERSON_TITLES = frozenset(
    {"교수", "명예교수", "박사", "씨", "대통령", "총리", "장관", "의원", "회장", "사장", "대표", "감독", "선수"}
    | {"작가", "기자", "변호사", "위원장", "총장", "운영자", "선생", "시인"}
)
#: Words a headline writes right after the people an act is for ("…홀몸 어르신 대상 ‘…’"): what
#: precedes names who is concerned, what follows names the matter.
TARGET_WORDS = frozenset({"대상"})
