"""A time phrase stays with the clause it dates (bullets25).

Compression drops a clause of a linking verb ("조례에 따라", "기관을 통해", "지침에 맞춰": :data:`LINKING_STEMS`), a
basis or a means the bullet can do without. Such a verb takes its noun and nothing else: a time phrase that opens
its span ("다음 해 5월부터 개정 조례에 따라 읍면 전역으로 넓혀 운영한다") dates the clause after it. Dropped with the
basis, the bullet reads a plan as in effect ("읍면 전역으로 넓혀 운영"); :func:`keep_time_anchor` keeps it
("다음 해 5월부터 읍면 전역으로 넓혀 운영").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import LINKING_STEMS, TIME_ADNOMINAL_STEMS, TIME_SPAN_PARTICLES, TIME_WORDS
from ..pipeline.vocab.sentences import DATE_UNITS, TIME_NOUNS
from ..types import Morph

__all__ = ["keep_time_anchor"]

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


def _timely(morphs: Sequence[Morph], j: int) -> bool:
    """True for a morpheme of a time phrase: a time word, a number, a date unit, "오는" / "지난"."""
    m = morphs[j]
    if m.form in TIME_ADNOMINAL_STEMS and m.tag == "VV":
        return j + 1 < len(morphs) and morphs[j + 1].tag == "ETM"
    if m.tag == "ETM":
        return j > 0 and morphs[j - 1].form in TIME_ADNOMINAL_STEMS
    return m.tag == "SN" or m.form in TIME_WORDS or m.form in TIME_NOUNS or m.form in DATE_UNITS
