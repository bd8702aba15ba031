"""What of a dropped first clause scopes over the clause kept after it (issue "faith37").

Compression may drop the first clause of "A는 …하고, …했다" and keep the last one. What opened the sentence then
either belongs to the whole sentence and must stay, or belonged to the dropped clause only and must go with it;
kept wrongly, it is grafted onto the kept clause and the bullet says what the article does not.

* **A recipient topic scopes over the sentence.** "새로 전입한 청년에게는 정착 지원 제도가 적용돼 월세 30% 지원과
  이사비가 지급된다": the condition (to whom) holds for the kept clause too; dropped, the bullet reads as an
  unconditional benefit. A place topic ("전망대에서는") does the same. Neither does where the kept clause names a
  recipient or place of its own ("A에게는 …, B에게는 …"); any other adverbial topic ("생활 현안으로는") goes with
  its own clause (:func:`scopes_over`).
* **A bare "N에서" is the first clause's own adverbial,** unless the noun is a name or an organisation acting as
  the subject ("누리재단에서 성금을 모아 복지관에 기탁"): "시연과정에서 관객 질문을 모아 설명을 곁들였고, 연주법을
  소개해 재미를 더했다" never becomes "시연과정에서 연주법을 소개해 …" (the playing styles were not shown in the
  demonstration).
* **A bracketed limit on a figure stays with the figure.** "수거료 10%(최대 2만 원) 감면": the cap is part of
  what the figure says; dropped as an aside, the figure overstates (:func:`keep_figure_limits`).
* **A scope opening stays** (#18, faith39). "가람초등학교의 경우 교사들이 수업을 함께 짜 수강생의 92%가 다시
  신청했다": the figures are that school's; with the first clause the opening went too, and the bullet, after a
  county-wide one, read as the overall result. "N의 경우" stays with whatever clause is kept (:func:`scope_opening`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import (
    ACTING_GROUP_ENDS,
    FIELD_NOUNS,
    FIGURE_LIMIT_WORDS,
    PLACE_PARTICLES,
    RECIPIENT_PARTICLES,
    SCOPE_NOUNS,
)
from ..pipeline.vocab.headlines import GROUP_ENDS, ORGANISATION_ENDS
from ..pipeline.vocab.layout import OFFICE_ENDS
from ..pipeline.vocab.sentences import CLOSE_BRACKETS, OPEN_BRACKETS
from ..types import Morph

__all__ = ["keep_figure_limits", "scope_opening", "scopes_over"]

#: Tags of a sentence adverb and its comma before the opening ("또,", "특히").
_LEADING_TAGS = frozenset({"MAG", "MAJ", "SP"})
#: Tags of the words of a noun phrase ("가람초등학교", "3학년 2반").
_NOUN_TAGS = ("NN", "SN", "SL", "SH", "XSN", "XPN")

#: Ends of a noun that names a body able to act as a subject with "에서" ("누리재단에서 … 기탁"). Not
#: :data:`~kosum.pipeline.vocab.voice.SPEAKER_ENDS` on purpose: that asks who may announce, persons ("관계자", "씨")
#: and bare letters ("국", "청") among them, while a bare "N에서" so ended is mostly where ("전국에서", "병원에서").
_BODY_ENDS = ORGANISATION_ENDS + GROUP_ENDS + OFFICE_ENDS + ACTING_GROUP_ENDS


def scopes_over(morphs: Sequence[Morph], subject: int, after: int, end: int) -> bool:
    """True where the sentence's opening phrase ``[0, subject)`` (:func:`kosum.engines.arguments.subject`) holds for
    the clauses ``[after, end)`` kept once the first clause goes: a plain topic ("시는"), a body acting with "에서",
    a place or recipient topic the kept clauses have none of their own of; False for the first clause's own
    adverbial (a bare "과정에서", a topic "…으로는")."""
    if subject < 2:
        return True
    last, particle = morphs[subject - 1], morphs[subject - 2]
    if last.tag.startswith("JKB"):  # "N에서" with no topic particle: a body acting, or the clause's own place
        return particle.tag == "NNP" or particle.form.endswith(_BODY_ENDS)
    if not particle.tag.startswith("JKB"):
        return True
    if particle.form in PLACE_PARTICLES:
        if subject > 2 and morphs[subject - 3].form in FIELD_NOUNS:
            return False  # "A 분야에서는": a field the clause is about, not where it happens
        group = PLACE_PARTICLES
    elif particle.form in RECIPIENT_PARTICLES:
        group = RECIPIENT_PARTICLES
    else:
        return False
    return not any(m.form in group and m.tag.startswith("JKB") for m in morphs[after:end])


def scope_opening(morphs: Sequence[Morph]) -> tuple[int, int]:
    """The span of the sentence's opening "N의 경우(에는)" (after a sentence adverb, "또", "특히"): whom or where
    the sentence holds for (:data:`SCOPE_NOUNS`), kept when the clause it opens goes; ``(0, 0)`` where none."""
    start = 0
    while start < len(morphs) and morphs[start].tag in _LEADING_TAGS:
        start += 1
    j = start
    while j < len(morphs) and morphs[j].tag.startswith(_NOUN_TAGS):
        j += 1
    if j == start or j + 1 >= len(morphs) or morphs[j].tag != "JKG" or morphs[j + 1].form not in SCOPE_NOUNS:
        return (0, 0)
    stop = j + 2
    while stop < len(morphs) and morphs[stop].tag in ("JKB", "JX") and morphs[stop].start == morphs[stop - 1].end:
        stop += 1  # "…의 경우에는"
    return (start, stop)


def keep_figure_limits(morphs: Sequence[Morph], keep: list[bool], inside: Sequence[bool]) -> None:
    """Keep again each dropped bracket glued to a kept figure ("10%(최대 2만 원)") whose words limit or condition it
    (:data:`FIGURE_LIMIT_WORDS`), outside quotes (``inside``)."""
    for i in range(1, len(morphs)):
        m, before = morphs[i], morphs[i - 1]
        if keep[i] or inside[i] or m.form not in OPEN_BRACKETS or not m.tag.startswith("SS"):
            continue
        if not keep[i - 1] or before.end != m.start or not _figure_word(morphs, i - 1):
            continue
        close = next((j for j in range(i + 1, len(morphs)) if morphs[j].form in CLOSE_BRACKETS), None)
        if close is None or not any(morphs[j].form in FIGURE_LIMIT_WORDS for j in range(i + 1, close)):
            continue
        for j in range(i, close + 1):
            keep[j] = True


def _figure_word(morphs: Sequence[Morph], last: int) -> bool:
    """True where the word ending at ``morphs[last]`` holds a number ("10%", "3만 원" ends in its unit)."""
    j = last
    while j >= 0:
        if morphs[j].tag == "SN":
            return True
        if j == 0 or morphs[j - 1].end != morphs[j].start:
            return morphs[j].tag == "NNB" and j > 0 and morphs[j - 1].tag in ("SN", "NR")  # "3만 원"
        j -= 1
    return False
