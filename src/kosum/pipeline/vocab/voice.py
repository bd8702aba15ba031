"""Korean-news knowledge of voice: whose words, guess, plan or hope a sentence reports, and who may speak
for it: what the form and ownership checks read, so that a bullet never reads somebody's words as the article's fact."""

from __future__ import annotations

import re

#: Prefinal endings of a stated intention ("-겠-"): a bullet keeps it ("추진하겠음"), never reads it as done.
WILL_ENDINGS = frozenset({"겠"})
#: Stems of a speech frame that announces a fact ("…했다고 밝혔다"): the frame goes, the reported
#: clause is the news. A frame of opinion or claim ("…했다고 주장했다", "…라고 말했다") stays:
#: without it the claim would read as a fact.
ANNOUNCE_STEMS = frozenset({"밝히", "전하", "알리"})
#: Connective endings that report speech ("…했다고", "…난다며", "…하자고"): a bullet holding one names
#: whose words they are.
QUOTATIVE_ENDING = re.compile(r"^(?:ᆫ|는)?(?:다|라|자|냐)(?:고|며|면서)$")
#: Particles of a subject or topic that name a bullet's actor ("새솔시는", "주민이", "센터도", "께서").
ACTOR_PARTICLES = frozenset({"이", "가", "께서", "은", "는", "도"})
#: The topic particles ("새솔시는", "행사는"), read with the tag JX.
TOPIC_PARTICLES = frozenset({"은", "는"})
#: The particle after which a topic names an office as actor ("새솔시에서는 …").
OFFICE_SOURCE_PARTICLE = "에서"
#: A source frame's stem and ending as form/tag pairs ("조사 결과에 따르면", "증언에 의하면"): it names whose
#: report follows.
SOURCE_FRAME_KEYS = frozenset({"따르/VV 면/EC", "의하/VV 면/EC"})
#: Morphemes of a decision ("…하기로 함") as form/tag: a bullet so ended names who decided.
DECISION_KEYS = ("기/ETN", "로/JKB")
#: Stems of a guess after "…것으로" ("…늘어날 것으로 보임"): a bullet so ended names who guesses.
ESTIMATE_STEMS = frozenset({"보", "보이"})
#: The noun and particle before an estimate's stem ("것/NNB", "으로/JKB"), as form/tag.
ESTIMATE_KEYS = ("것/NNB", "으로/JKB")
#: Nouns of a hope or an expectation ("…효과도 기대", "…기대됨"): a bullet ending on one names who hopes,
#: or what it expects of beyond an "also" phrase.
EXPECT_NOUNS = frozenset({"기대"})
#: Stems of a wish ("…끝나기를 바란다"): a sentence whose predicate is one states no fact.
WISH_STEMS = frozenset({"바라"})
#: Stems of being likely after an outlook noun ("…할 가능성이 있다", "…가능성이 높다", "…기대가 크다").
LIKELY_STEMS = frozenset({"있", "높", "크"})
#: Connective endings that close a reported clause before a speech verb ("…할 전망이라고 밝혔다", "…높다고
#: 내다봤다"): the reported clause's predicate is what the sentence says.
REPORT_ENDINGS = frozenset({"다고", "ᆫ다고", "는다고", "라고", "이라고"})
#: Endings of a reported act in the non-past ("…참석한다고", "…받는다고"): a verb so reported is ahead or ongoing,
#: never done, and a bare noun in its place ("…참석") would read as done.
NONPAST_REPORT_ENDINGS = frozenset({"ᆫ다고", "는다고"})
#: Words that put a clause ahead ("오는 15일", "내년", "다음 달", "향후"): a non-past act with one reads as ahead
#: even as a bare noun ("내년부터 수당 지급").
AHEAD = re.compile(r"(?:^|[\s(])(?:오는|내년|내달|내일|다음\s?(?:달|주|해)|향후|앞으로|추후|연내)")
#: A reporting ending read as a final "다" and a joined "고" ("…했다 고" as form/tag pairs): it closes a reported
#: clause as :data:`REPORT_ENDINGS` do.
SPLIT_REPORT_ENDING = ("다", "EF", "고", "EC")
#: Connective endings that link a quote to the verb that frames it ("…" 라며 비난했다): right after a closing quote
#: mark they report as :data:`REPORT_ENDINGS` do.
QUOTE_LINK_ENDINGS = frozenset({"라며", "라면서", "이라며", "이라면서"})
#: The noun and copula after a quotative adnominal that end a sentence telling what is said ("…돌렸다는
#: 것이다": the claim is that …), as form/tag.
REPORTED_THING_KEYS = ("것/NNB", "이/VCP")
#: Stems after "…것으로" that hedge what comes before ("…것으로 알려졌다", "…것으로 보고 있다", "…것으로
#: 추정된다", "…것으로 전해졌다"): the clauses before them are reported or guessed, none a fact of its own.
HEDGE_STEMS = frozenset(
    {"알려지", "알리", "전해지", "전하", "보", "보이", "추정", "관측", "예상", "예측", "추산", "짐작", "의심"}
)
#: Words of "from now on" ("앞으로도 …", "향후 …") opening a sentence or after its topic or a comma (not "청사
#: 앞으로", a place): a plan so dated names no time (a pledge, "앞으로도 봉사를 펼쳐 갈 계획이다"), unless the
#: sentence has a figure of its own.
ONWARD = re.compile(r"(?:^|[은는]\s+|,\s*)(?:앞으로|향후)(?:도|는)?[\s,]")
#: Adnominal endings that report words ("…불분명하다는 설명", "…위법이라는 주장"): before a noun of speech
#: (:data:`SPEECH_NOUNS`) that ends a bullet, they report as a quotative ending does.
QUOTATIVE_ADNOMINAL = re.compile(r"^(?:ᆫ|는)?(?:다|라)는$")
#: Nouns of reported words ("설명", "주장"): a bullet ending "…다는 설명" names whose words they are.
SPEECH_NOUNS = frozenset({"설명", "주장", "지적", "분석", "입장", "전언", "해명"})
#: Nouns of asking ("당부", "요청"): a bullet ending "…하도록 당부" reports what somebody asked, and names
#: who asks (:func:`kosum.engines.speakers.asked`).
ASK_NOUNS = frozenset({"당부", "요청", "촉구", "권고", "주문", "호소", "요구", "권유"})
#: The connective ending that reports what was asked before a noun of asking ("…자제하도록 당부").
ASK_ENDING = re.compile(r"^도록$")
#: The bound noun that names what was asked after an adnominal ("…자제할 것(을) 당부").
ASK_THING = frozenset({"것"})
#: Pronouns of a speaker's own self ("저는", "저희가", "나는"), as Kiwi's base forms tagged NP: outside quote marks a
#: bullet holding one reads as the article's or the office's own words, with nobody saying them. Kiwi reads the
#: contracted "제"/"내" before a noun as the pronoun with a genitive of the same span; that "제" is also "own"
#: ("제 역할", "제 기능"), so a contracted genitive does not count.
FIRST_PERSON_PRONOUNS = frozenset({"저", "저희", "나"})
#: Pronouns whose topic contracted onto them ("전" for "저는") news writing never uses: its "전" before a title is
#: "former" ("전 군수"), which Kiwi may take for the pronoun.
CONTRACTED_TOPIC_PRONOUNS = frozenset({"저"})
#: The particle of "one's own" after a pronoun with a genitive ("나만의 정원 가꾸기", "나만의 컵 만들기"): an
#: activity's or a product's name for whoever takes part, not a speaker's self.
OWN_ONLY_PARTICLES = frozenset({"만"})
#: The plural pronoun "we" (NP): a speaker's self only as an actor ("우리는", "우리가", "우리도"); before a noun it is
#: the general "our" ("우리 마을", "우리 지역", "우리 시" of an office of itself), which counts nobody.
FIRST_PERSON_PLURAL = "우리"
#: Endings of an embedded question ("…무엇을 준비할지", "…하는지"): like a quotative ending, they close words that are
#: not the bullet's own voice, so a first-person pronoun before them belongs to an actor named before it.
EMBEDDED_QUESTION_ENDINGS = frozenset({"는지", "ᆫ지", "ᆯ지", "은지", "을지"})
#: The pronoun of the audience a speaker addresses ("주민 여러분", "시청자 여러분의"): outside quote marks, a line of a
#: speech or of a host's greeting, with nobody named who speaks.
AUDIENCE_PRONOUNS = frozenset({"여러분"})
#: The humble verb of giving (base form) and what it is given after when a speaker tells the audience something
#: ("말씀(을) 드림", "전해 드리겠음", "사죄드림"): a speaker's own words to the reader, not the article's fact.
HUMBLE_GIVING = "드리"
HUMBLE_TELLING = frozenset({"말씀", "전하", "사죄", "알리", "인사"})
#: Particles that name the hearer a humble verb honours ("어르신들께", "주민에게"): one named, with an actor before it
#: ("봉사단은 어르신들께 김치를 전해 드림"), is a deed told of a third person, not the audience addressed.
HEARER_PARTICLES = frozenset({"께", "에게", "한테"})
#: The close of a host's announcement of what the programme covers ("오늘은 …에 대해 다루겠습니다", "첫 소식은
#: …부터 전하겠습니다", "…를 짚어보겠습니다"; as a bullet "…다루겠음"): the host's words to the audience, no news.
HOST_CLOSING = re.compile(r"(?:다루|전하|들어가|알아보|살펴보|짚어보|진단하|소개하)겠(?:습니다|음)\.?$")
#: The prefinal ending of intention ("…하겠습니다"), which a host's announcement closes with.
INTENTION_ENDING = "겠"
#: Humble verbs of meeting (base forms) a host or a speaker closes with to the audience ("다음 주에 다시 찾아뵙겠음",
#: "내일 뵙겠음"): with nobody named whom they meet ("어르신 댁을 찾아뵙고" names one), no fact of the news.
HUMBLE_MEETING = frozenset({"뵙", "뵈", "찾아뵙", "찾아뵈"})
#: The informal sentence endings Kiwi reads at the end of a cut clause ("…이해 못 할 것 같아", "…전국에 알려"): no
#: bullet ends so; it is a connective whose clause was cut before the one it leads to (often the speech frame).
INFORMAL_ENDINGS = frozenset({"어", "아", "여"})
#: Nouns of a wish after "-었으면 하는" or "-기를 바라는" ("…공원이 생겼으면 하는 바람", "…돌아가기를 바라는
#: 마음"): whose wish it is stands before the wished clause, or it is the writer's, no fact.
WISH_NOUNS = frozenset({"바람", "마음", "소망", "기대"})
#: Nouns that wish as a verb after "-기를" ("…근절되기를 기대", "…열리기를 희망"), besides :data:`WISH_STEMS`.
WISH_VERB_NOUNS = frozenset({"기대", "희망", "소망"})
#: Nouns of holding a view after a quotative ending ("…받아야 한다고 생각"): like a wish, the view is owned only
#: where its holder stands before the thought clause beside that clause's own subject.
THOUGHT_NOUNS = frozenset({"생각"})
#: The conditional ending of a wish before "하는" ("생겼으면 하는 바람"), and the nominal ending before a wishing verb
#: ("되기를 바람").
WISH_CONDITION_ENDINGS = frozenset({"으면", "면"})
WISH_NOMINAL = "기"
#: Adverbs of a guess ("어쩌면 …", "아마도 …"): a line with one and no speaker's frame after it is the writer's guess.
GUESS_ADVERBS = frozenset({"어쩌면", "아마", "아마도"})
#: Endings before "도 모르다" of a guess ("늦어질지도 모름", "전환일지도 모름"), and its stem; a present "-는지도
#: 모름" is a not knowing.
DOUBT_ENDINGS = frozenset({"ᆯ지", "을지"})
DOUBT_STEM = "모르"
#: Nouns of an outlook, a judgement made ahead of the facts ("…할 전망", "…될 것으로 예상", "…할 가능성이 큼",
#: "…가 우려됨", "…라는 관측"): who holds it, or what it is about, stands in the clause that grounds it.
OUTLOOK_NOUNS = frozenset({"전망", "예상", "예측", "관측", "우려", "추정", "가능성"})
#: Nouns of a judgement or a hope as well as an outlook ("…이 기대된다", "…할 전망이다", "…할 가능성이 높다", "…하는
#: 분위기다"): a sentence whose predicate is one says what may come or how it is seen, no fact (a short article's
#: card is not made of such sentences alone, :mod:`kosum.pipeline.nofact`).
NO_FACT_NOUNS = OUTLOOK_NOUNS | EXPECT_NOUNS | {"분위기"}
#: Stems that may close an outlook after its noun ("…가능성이 높음", "…관측이 나옴", "…우려가 생김").
OUTLOOK_TAIL_STEMS = frozenset({"되", "하", "높", "크", "있", "많", "나오", "생기", "커지", "높아지"})
#: The stem of seeming and the connective endings before it ("높아 보임", "어려워 보임"), as form/tag: a guess
#: as :data:`ESTIMATE_KEYS` makes one; not a trying "살펴봄" nor a view "내려다 보임".
SEEMING_STEM = "보이"
#: Syllables of the stems "보"/"보이" with any final consonant, and their contractions ("봤", "봐", "보여", "봬", "뵈"):
#: a text with none of them holds neither stem, so no guess of :data:`ESTIMATE_STEMS` (a test before any analysis).
SEEING_SYLLABLES = re.compile("[보-뵣]")
SEEMING_ENDINGS = frozenset({"어/EC", "아/EC"})
#: Strings one of which a text holds wherever :func:`kosum.engines.form.unattributed` can find words, an intention, a
#: decision, a guess or a hope in it (a test before any analysis): "고" (every quotation particle: "고", "라고",
#: "이라고", "하고"), a syllable 다/라/자/냐 that ends a word or goes on as a quotative ending or adnominal does
#: ("…다고", "…라며", "…다는", "…정도라 …": Kiwi restores an elided "고"), a contraction "단", "란", "잔", "냔"
#: ("…생긴단다": "ᆫ다고"), "겠", "기로"/"기론", the "것" of a guess, a noun of hope or of asking.
OWNERLESS_CUES = re.compile(
    "|".join(
        (
            "[고-곻]",
            "[다라자냐](?![가-힣])",
            "[다라자냐](?:고|며|면|는)",
            "[단란잔냔]",
            *sorted(WILL_ENDINGS),
            DECISION_KEYS[0].split("/")[0] + "[로-롷]",
            ESTIMATE_KEYS[0].split("/")[0],
            *sorted(EXPECT_NOUNS),
            *sorted(ASK_NOUNS),
        )
    )
)
#: Last letters of a word that names a body or a person who can announce what a sentence reports
#: ("누리재단 관계자", "새솔농협", "바다연구팀", "가람경찰서"), beside the offices, posts and people of
#: :mod:`kosum.pipeline.labels` and :mod:`kosum.pipeline.people`: a topic that ends in none of them and
#: is no name is the reported clause's own subject, no speaker (:mod:`kosum.engines.speaking`).
SPEAKER_ENDS = (
    "관계자",
    "대변인",
    "경찰",
    "검찰",
    "경찰서",
    "소방서",
    "소방본부",
    "연구팀",
    "연구진",
    "조사단",
    "추진단",
    "사업단",
    "위원회",
    "재단",
    "협회",
    "협의회",
    "공단",
    "공사",
    "연구원",
    "연구소",
    "진흥원",
    "본부",
    "조합",
    "학교",
    "대학",
    "대학교",
    "병원",
    "은행",
    "농협",
    "수협",
    "기업",
    "업체",
    "회사",
    "그룹",
    "노조",
    "의회",
    "법원",
    "센터",
    "사무국",
    "도서관",
    "박물관",
    "미술관",
    "교육청",
    "기상청",
    "당국",
    "정부",
    "언론",
    "청",
    "국",
    "측",
    "씨",
    "팀",
)
#: Words that name an office, a body or a person alone, though as last letters they would name things too
#: ("군은" the county, not "…군"; "의원은", not "한의원은"): whole words that can announce (:data:`SPEAKER_ENDS`).
SPEAKER_WORDS = frozenset({"시", "군", "구", "도", "의원", "대통령", "총리", "대표", "당"})
#: Last letters of a person who speaks for nobody's act but tells what others did ("새솔당 김바다 의원",
#: "누리대 이가람 교수", "박모 씨"): not an office nor its head, so a past act it reports without naming
#: its actor is no act of the speaker's; the frame stays (:func:`kosum.engines.speaking.tells_others`).
WITNESS_ENDS = ("의원", "교수", "씨", "위원", "변호사", "기자", "전문가", "평론가")
