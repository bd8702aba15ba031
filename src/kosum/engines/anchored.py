"""A time phrase stays with the clause it dates (bullets25).

Compression drops a clause of a linking verb ("조례에 따라", "기관을 통해", "지침에 맞춰": :data:`LINKING_STEMS`), a
basis or a means the bullet can do without. Such a verb takes its noun and nothing else: a time phrase that opens
its span ("다음 해 5월부터 개정 조례에 따라 읍면 전역으로 넓혀 운영한다") dates the clause after it. Dropped with the
basis, the bullet reads a plan as in effect ("읍면 전역으로 넓혀 운영"); :func:`keep_time_anchor` keeps it
("다음 해 5월부터 읍면 전역으로 넓혀 운영").

A time topic that opens the sentence ("내년부터는 …", "다음 달부터는 …") says from when the whole sentence holds,
each of its clauses; where the first clause goes, the topic must not go with it ("지급 횟수가 … 늘어남" reads as in
effect now): :func:`keep_time_topic` keeps it ("내년부터는 지급 횟수가 … 늘어남").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import (
    LINKING_STEMS,
    TIME_ADNOMINAL_STEMS,
    TIME_FROM_PARTICLE,
    TIME_SPAN_PARTICLES,
    TIME_TOPIC_OPENERS,
    TIME_TOPIC_PARTICLES,
    TIME_WORDS,
)
from ..pipeline.vocab.sentences import DATE_UNITS, TIME_NOUNS
from ..types import Morph

__all__ = ["keep_time_anchor", "keep_time_topic"]

#: Tags of a predicate of a span's own: a second one makes the span a clause of its own, not a linking phrase.
_PREDICATES = ("VV", "VA", "VX", "XSV", "XSA", "VCP")


def keep_time_anchor(morphs: Sequence[Morph], keep: list[bool], span: tuple[int, int]) -> None:
    """Keep again the time phrase that opens the dropped span ``span`` where the span is a linking verb's phrase
    only (its one predicate in :data:`LINKING_STEMS`): "다음 해 5월부터", "올해 4월부터 6월까지". The caller
    asks only for the span right before the main clause, which always stays: a phrase before a clause that goes
    too would date nothing ("지난 2월부터 창구를 통해 신청을 받았으며, … 확정": the date was the application's)."""
    start, stop = span
    predicates = [m for m in morphs[start:stop] if m.tag.startswith(_PREDICATES)]
    adnominal = [m for m in predicates if m.form in TIME_ADNOMINAL_STEMS]  # "오는 3월": the phrase's own
    linking = [m for m in predicates if m not in adnominal]
    if len(linking) != 1 or linking[0].form not in LINKING_STEMS or linking[0].tag != "VV":
        return
    anchor, j = start, start
    while j < stop and _timely(morphs, j):
        j += 1
        if j < stop and morphs[j].tag == "JX" and morphs[j].form in TIME_SPAN_PARTICLES:
            anchor = j = j + 1  # "3월부터": a span of time closes; a range may go on ("… 9월까지")
    for k in range(start, anchor):
        keep[k] = True


def keep_time_topic(morphs: Sequence[Morph], keep: list[bool]) -> bool:
    """Keep again the time topic that opens the sentence ("내년부터는", "오는 3월부터는", after a connective adverb:
    "또한 올해부터는"), dropped with the first clause, where a later clause stays and has no time topic of its own
    ("…, 2028년에는 B도 …"); True where it did."""
    start, stop = _time_topic(morphs, 0)
    if stop and morphs[stop - 2].form != TIME_FROM_PARTICLE:
        return False  # "지난해에는 …": when it happened, not from when a change holds
    if stop == 0 or any(keep[:stop]) or not any(keep[stop:]):
        return False
    if any(keep[j] and _time_topic(morphs, j)[1] for j in range(stop, len(morphs))):
        return False
    for k in range(start, stop):
        keep[k] = True
    return True


def _time_topic(morphs: Sequence[Morph], at: int) -> tuple[int, int]:
    """The span of a time topic that opens ``morphs[at:]`` ("내년/부터/는", "다음 달/부터/는", "2028/년/에/는"; at the
    sentence's start, a connective adverb may stand before it), or ``(0, 0)`` for none: the words of a time phrase,
    then "부터" or "에" and a topic particle glued on."""
    j = at + 1 if at == 0 and morphs and morphs[0].tag in ("MAG", "MAJ") and morphs[0].form not in TIME_WORDS else at
    start = j
    while j < len(morphs) and _timely(morphs, j) and (j == start or morphs[j].start - morphs[j - 1].end <= 1):
        j += 1
    if j == start or not _timely(morphs, j - 1) or j + 1 >= len(morphs):
        return 0, 0
    particle, topic = morphs[j], morphs[j + 1]
    if particle.form not in TIME_TOPIC_OPENERS or particle.start != morphs[j - 1].end or topic.start != particle.end:
        return 0, 0
    return (start, j + 2) if topic.tag == "JX" and topic.form in TIME_TOPIC_PARTICLES else (0, 0)


def _timely(morphs: Sequence[Morph], j: int) -> bool:
    """True for a morpheme of a time phrase: a time word, a number, a date unit, "오는" / "지난"."""
    m = morphs[j]
    if m.form in TIME_ADNOMINAL_STEMS and m.tag == "VV":
        return j + 1 < len(morphs) and morphs[j + 1].tag == "ETM"
    if m.tag == "ETM":
        return j > 0 and morphs[j - 1].form in TIME_ADNOMINAL_STEMS
    return m.tag == "SN" or m.form in TIME_WORDS or m.form in TIME_NOUNS or m.form in DATE_UNITS
