"""Korean-news knowledge of what a bullet may not drop as an aside: a bracket that restricts what stands before it,
a speech frame that tells whose words (and whose acts) the bullet reports."""

from __future__ import annotations

import re

#: Words (as "form/tag", :func:`kosum.engines.arguments.key`) that make a bracket restrict or qualify the word it
#: follows, so that it is no aside ("전 구간(지하 구간 제외)", "참가비(주말만)", "요금(우천 시)", "6만 원(10㎏ 기준)"):
#: an exception, a limit, a condition or a basis; dropped, the bullet overstates
#: (:func:`kosum.engines.bracketed.keep_qualifiers`).
BRACKET_QUALIFIER_KEYS = frozenset(
    {
        # an exception: "(…제외)", "(…빼고)", "(7월은 운영하지 않음)", "(재료비 별도)"
        "제외/NNG",
        "빼/VV",
        "않/VX",
        "별도/NNG",
        # a limit: "(관내 거주자에 한함)", "(주말만)", "(단, …)"; and a bound (:data:`BRACKET_BOUND_KEYS`)
        "한하/VV",
        "한정/NNG",
        "만/JX",
        "단/MAJ",
        # a condition: "(우천 시)", "(…할 경우)", "(…일 때)"
        "시/NNB",
        "경우/NNG",
        "때/NNG",
        # a basis: "(10㎏ 기준)"
        "기준/NNG",
    }
)
#: Bounds, beside :data:`BRACKET_QUALIFIER_KEYS`, that limit only after what they bound ("(65세 이상)"); opening the
#: bracket, they point at the text around it ("(이상 새솔당)", "(이하 협의회)"): an aside.
BRACKET_BOUND_KEYS = frozenset({"이상/NNG", "이하/NNG", "미만/NNG", "초과/NNG", "이내/NNG"})
#: Words of a hedge that make a bracket qualify what it follows ("18%(추정)", "개관(예정)"), where the bracket holds no
#: figure of its own ("(2억 원 교부 예정)" is a fact of its own, an aside): without it an estimate or a plan reads as
#: a fact or a thing done.
BRACKET_HEDGE_KEYS = frozenset({"추정/NNG", "예정/NNG", "잠정/NNG", "예상/NNG"})
#: Guessing adverbs that, alone in a bracket ("이 일은 (아마도) 처음일 것이다"), hedge the whole clause: the writer's
#: guess, never an aside; dropped, the guess reads as a claim (:func:`kosum.engines.bracketed.keep_hedges`).
BRACKET_GUESS_ADVERBS = frozenset({"아마", "아마도", "어쩌면", "혹시"})

# Speech frames.
#: Stems of a frame that relays news ("…했다고 전했다"): the speaker passes on what it learned, most often of others'
#: acts, so the acts of a reported clause without a subject of its own are not to be read as the speaker's
#: (:func:`kosum.engines.speaking.relays`).
RELAY_STEMS = frozenset({"전하"})
#: What only a person suffers, as "form/tag" (:func:`kosum.engines.arguments.key`): a reported clause that ends in one
#: ("…스무 명 남짓 다쳤다고 알렸다", "…끝내 숨졌다고 알렸다") tells what befell others, never the speaker's act
#: (:func:`kosum.engines.speaking.befell`).
HARM_KEYS = frozenset({"사망/NNG", "부상/NNG", "중상/NNG", "경상/NNG", "실종/NNG", "피살/NNG", "숨지/VV", "다치/VV"})
#: Stems of a light verb whose object names what was suffered ("부상을 당하", "중상을 입").
SUFFER_STEMS = frozenset({"당하", "입"})
#: Last letters of an authority that investigates ("새솔경찰서", "누리소방본부", "검찰"): what it announces of a past
#: act without naming the actor is, as a witness's (:data:`~kosum.pipeline.vocab.voice.WITNESS_ENDS`), a suspect's
#: or a victim's act, seldom its own; the frame stays (:func:`kosum.engines.speaking.tells_others`).
INVESTIGATOR_ENDS = (
    "경찰",
    "경찰서",
    "경찰청",
    "검찰",
    "검찰청",
    "지검",
    "소방서",
    "소방본부",
    "소방당국",
    "수사본부",
    "수사팀",
)
#: Heads of a judgement of how sure a thing is ("…한 점은 명백하다", "…했는지는 아직 불분명하다"):
#: reported of an act or a state named as a thing, it is the speaker's assessment, no fact of the article's and no act
#: of the speaker's; the frame stays (:func:`kosum.engines.speaking.judged`).
JUDGEMENT_HEADS = frozenset({"분명", "확실", "명백", "명확", "틀림없", "불확실", "불분명", "불명확", "확인"})
#: Nouns that make an adnominal clause a thing judged ("…노린 것은", "…늘린 점은").
JUDGED_THINGS = frozenset({"것", "점"})
#: Endings of an embedded question, a thing judged as it stands ("…했는지는", "…한 것인지는").
QUESTION_ENDINGS = frozenset({"ᆫ지", "는지", "은지", "ᆯ지", "을지"})
#: Nouns of how likely or needed a clause is ("…떠밀려 왔을 가능성이 크다", "…옮겨 갈 필요가 크다"), with the stems that
#: close them (:data:`JUDGEMENT_NOUN_TAILS`): of a clause with a subject of its own, the speaker's assessment.
JUDGEMENT_NOUNS = frozenset({"가능성", "필요", "여지"})
#: Stems that close a judgement noun ("가능성이 높다", "필요가 없다").
JUDGEMENT_NOUN_TAILS = frozenset({"있", "없", "높", "크", "낮"})
#: Occasions of speaking ("인터뷰에서는", "회견에서는", "대정부 질문에서"): as a sentence's topic they stand where its
#: speaker would, so what the frame reports is someone's words, not the occasion's fact; the frame stays
#: (:func:`kosum.engines.speaking.said_at`); as a source ("간담회에서 "…"라고 함") they name nobody who speaks
#: (:func:`kosum.engines.speakers.occasion_at`).
OCCASION_NOUNS = frozenset(
    {"인터뷰", "회견", "브리핑", "성명", "연설", "담화", "간담회", "토론회", "설명회", "논평", "질문"}
)
#: Openings that go on with the report before ("또한 …", "이어 …", "아울러 …"): a sentence after a report that opens so
#: and ends in a speech frame goes on with the same speaker's words (:func:`kosum.engines.elided.elided_speaker`).
CONTINUED_REPORT_OPENING = re.compile(r"^(?:또한|또(?!\s*다른)|이어서?|아울러|이와\s*(?:함께|더불어)|덧붙여)\s*,?\s+")
#: A sentence that ends in a reported clause and its speech frame ("…했다고 전했다.", "…라고 보도했다.").
REPORT_FRAME_END = re.compile(
    r"(?:다|라)고\s+(?:\S+\s+){0,2}?\S*(?:말했|밝혔|강조했|전했|덧붙였|설명했|보도했|알렸|발표했)다[.!]?\s*$"
)
#: A bullet that keeps its sentence's speech frame ("…물어 줘야 한다고 전함", "…늘었다고 보도"): it names a speaker.
FRAMED_BULLET_END = re.compile(r"(?:다|라)고\s+\S+\s*$")
#: Prospective adnominal endings before "것이다" ("…열릴 것이라고", "…찾을 것이라고"): a forecast or a pledge, the
#: speaker's view of what will be (:func:`kosum.engines.claimed.stance`).
PROSPECTIVE_ADNOMINALS = frozenset({"ᆯ", "을"})
#: The auxiliary that closes a duty after an obliging ending ("…나서야 한다고"), as form/tag.
OBLIGED_KEY = "하/VX"
