"""Words that weigh on a card's policy tag beyond the area lexicon (``kosum/data/areas.json``)."""

from __future__ import annotations

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
