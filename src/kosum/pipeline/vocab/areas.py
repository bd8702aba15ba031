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
