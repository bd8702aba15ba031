"""Words that weigh on a card's policy tag beyond the area lexicon (``kosum/data/areas.json``)."""

from __future__ import annotations

#: Kinds of gathering a card's event is held as ("전화사기 예방 교육", "창업 설명회"): the label's last
#: noun names how, the nouns before it what about. Such a word counts for no area in its card (a
#: training on crime prevention is no 교육 card), while a school's words still count for 교육.
EVENT_KIND_WORDS = frozenset({"교육", "연수", "강의", "특강", "강좌", "설명회", "워크숍", "캠페인", "훈련"})
