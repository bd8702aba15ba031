"""Words that weigh on a card's policy tag beyond the area lexicon (``kosum/data/areas.json``)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Kinds of gathering a card's event is held as ("전화사기 예방 교육", "창업 설명회"): the label's last
#: noun names how, the nouns before it what about. Such a word counts for no area in its card (a
#: training on crime prevention is no 교육 card), while a school's words still count for 교육.
EVENT_KIND_WORDS = frozenset({"교육", "연수", "강의", "특강", "강좌", "설명회", "워크숍", "캠페인", "훈련"})

#: Kinds of body a sentence may say an actor is ("…을 만드는 전문 업체다", "…을 추구하는 기업으로서"):
#: such a sentence tells who the donor, sponsor or maker is, not what its card is about, so its
#: words count for no area ("새솔상사는 가구 제작 업체다" on a donation card is no 문화 card).
BODY_KIND_WORDS = frozenset({"기업", "업체", "회사", "법인", "조합", "매장", "제조사", "농장", "전문점"})
#: The particles after such a word that say "being one" ("…기업으로 매년 …", "…업체로서").
BODY_KIND_PARTICLES = frozenset({"으로", "로", "으로서", "로서"})

#: Work nouns that make "교육" a training of staff ("업무 교육", "직무교육"), not the 교육 area of
#: schools and students.
STAFF_TRAINING_WORDS = frozenset({"업무", "직무", "실무", "직원", "소양", "보수", "직장", "산업안전", "역량"})

#: Nouns of preventing that make "교육" a course against a harm ("갑질 예방 교육", "폭언 근절 교육",
#: "사고 방지 교육"): its area is the harm's (its words before), not schools and students.
PREVENTION_WORDS = frozenset({"예방", "근절", "방지"})

#: The particles that close a sentence's subject, the one who does ("…공장은", "…교직원 12명이").
DOER_PARTICLES = frozenset({"이/JKS", "가/JKS", "께서/JKS", "은/JX", "는/JX"})
#: The particles a word of the doer's noun phrase may end in before its head ("…원장과 교직원이",
#: "…시의 공장은").
DOER_LINK_PARTICLES = frozenset({"과/JC", "와/JC", "의/JKG"})
#: Heads of a subject that name a doer, a body or its staff (with ``BODY_KIND_WORDS``), whose
#: field is not what its act is about ("새솔 어린이집 원장과 교직원이 쌀을 기부했다": no 여성·가족
#: card; "바람골 연탄공장은 원료를 못 구했다": no 기업·투자 card). A word ending in one counts too
#: ("교직원", "연탄공장").
DOER_HEADS = frozenset({"공장", "어린이집", "직원", "원장", "회원", "사원"})

#: Acts of giving a card's name may write ("라면 기부", "김장 나눔 행사", "전달식"): such a card is about
#: whom the gift is for, so the thing given and the giver count for no area (pipeline.giving).
GIFT_CARD_ACTS = ("기부", "기탁", "후원", "기증", "전달", "나눔")
#: Last nouns of a gift of money named by what it is for ("장학금", "발전기금", "이웃돕기 성금"): its
#: words say the purpose, and count, where a thing's ("쌀", "라면") do not (pipeline.giving).
FUND_ENDS = ("장학금", "성금", "기금", "기부금", "후원금", "수익금", "위문금", "격려금")

#: Units of an office, written as the last noun of its name ("도시재생과", "관광정책팀", "문화관광국",
#: "청년인구정책관"): the name says which office acts or moves, not what a card is about, so its
#: words count for no area ("도시재생과는 임시청사로 옮긴다" is no 주거·도시 card), unless the whole
#: name is an area's own word ("연구팀").
OFFICE_UNIT_WORDS = frozenset({"과", "팀", "국", "정책관", "담당관", "추진단"})

#: Nouns of a group a policy serves that news also uses of people met in a story ("청년": youth
#: policy, or a young man); after a determiner that picks out certain ones (``PICKING_DETERMINERS``)
#: they name people ("세 청년이 달아났다"), no policy.
GROUP_SENSE_WORDS = frozenset({"청년"})
#: Determiners that pick out certain people, a count or a pointer ("한 청년", "세 청년들", "그 청년");
#: a policy's group takes none, or one of all ("모든 청년").
PICKING_DETERMINERS = frozenset({"한/MM", "두/MM", "세/MM", "네/MM", "그/MM", "이/MM", "저/MM", "어느/MM"})
#: The particles of a place someone is carried to ("…새솔의원에 후송됐다", "…응급실로 옮겼다").
CARRIED_TO_PARTICLES = frozenset({"으로/JKB", "로/JKB", "에/JKB"})
#: Stems of carrying a person somewhere ("옮겼다", "이송", "후송", "호송"): the place (a hospital
#: the injured are taken to) is a detail of an incident, no area of its card.
CARRIED_STEMS = frozenset({"옮기", "이송", "후송", "호송", "실리"})

#: Keywords with a second sense outside their area, and nouns that show a card means that sense
#: ("AI" of "고병원성 AI", "조류 인플루엔자": a bird flu, no 과학·기술; "백신" of a computer's
#: "악성코드": a security program, no 보건·의료; "분양" of "유기 동물": giving a pet away, no
#: 주거·도시). Where the card names one of them, the keyword counts for no area.
OTHER_SENSE_CUES: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "ai": frozenset(
            {
                "조류",
                "인플루엔자",
                "고병원성",
                "살처분",
                "가금",
                "가금류",
                "철새",
                "조류독감",
                "닭",
                "오리",
                "폐사",
                "매몰",
            }
        ),
        "백신": frozenset({"컴퓨터", "랜섬웨어", "악성코드", "해킹", "pc"}),
        "바이러스": frozenset({"컴퓨터", "랜섬웨어", "악성코드", "해킹", "pc"}),
        "분양": frozenset(
            {"동물", "반려동물", "반려견", "유기견", "강아지", "고양이", "애완동물", "닭", "오리", "병아리"}
        ),
    }
)
