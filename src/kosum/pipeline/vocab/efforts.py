"""Korean-news knowledge of a clause that says only how hard, to what end or how well: a general effort, a
contribution or an evaluation, which frames the clause before it (what was done) and says nothing alone."""

from __future__ import annotations

#: Verb stems of a general effort or help ("…에 힘쓰다", "…을 돕다", "…에 앞장서다"): the act is told before them.
EFFORT_STEMS = frozenset({"힘쓰", "앞장서", "애쓰", "돕", "이바지하"})
#: Verbal nouns (before "하다") of a general effort, aim or contribution ("…에 노력하다", "…에 기여하다").
EFFORT_NOUNS = frozenset({"노력", "기여", "이바지", "도모", "매진", "전념", "일조"})
#: An evaluation or a reception, as the object noun and the verb stem after it ("…평가를 받다", "…인기를 끌다"): what
#: earned it is told before.
PRAISE_OBJECTS = frozenset(
    {
        ("평가", "받"),
        ("호평", "받"),
        ("찬사", "받"),
        ("극찬", "받"),
        ("갈채", "받"),
        ("주목", "받"),
        ("인기", "끌"),
        ("눈길", "끌"),
    }
)
#: The noun that closes a list inside a clause ("해경·보건소 등 여러 기관"): a clause with one names things.
LIST_CLOSER = "등"
#: Verbal nouns of setting an event up, after a purpose ("…을 거들기 위해 기획됐다"): the event's aim is the clause, and
#: what it does or for whom is told in the clauses before the aim.
SETUP_NOUNS = frozenset({"마련", "기획", "준비"})
#: The stem of a purpose ("…하기 위해"), as form/tag (:func:`kosum.engines.arguments.key`).
PURPOSE_KEY = "위하/VV"
#: Pronouns of place that point to another sentence ("여기에 …이 더해지며"): a clause with one leans on that one.
POINTING_PLACES = frozenset({"여기", "거기", "이곳", "그곳"})
#: Nouns (with "받다") of a recognition that a clause ends on ("…등을 높이 평가받아 …에 선정됐다"): the clause is the
#: grounds of what follows.
EARNED_NOUNS = frozenset({"평가", "인정", "호평", "주목", "찬사"})
#: Light suffixes (Kiwi's XSV) of a passive of receiving ("인정받다", "무시당하다"): a bullet keeps them ("인정받음"),
#: as the bare noun ("…역량을 인정") reads as the subject's own act.
RECEIVING_SUFFIXES = frozenset({"받", "당하"})
