"""Whose "…이며" a kept copula clause states, once the clause before it goes (panel 82, "frames": the false bullet).

"누리차는 새로 지은 틀에 바탕을 두며, 무게를 150kg 줄인 차대이며 다른 차에도 쓰인다": the copula clause ("…차대이며")
has no subject of its own, and its subject is the frame named in the clause before ("틀"), not the sentence's topic.
Cut that clause, the bullet equates the topic with the noun ("누리차는 … 줄인 차대이며 …": the car is the frame), a
false statement. Where the topic's first clause joins the rest as one more act ("…두며", "…열고") and a copula clause
follows, whose subject it is cannot be told: the first clause stays (:func:`equated`). A longer true bullet beats a
short false one.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import COORDINATE_ENDINGS
from ..types import Morph
from .arguments import NOUNISH

__all__ = ["equated"]


def _last(morphs: Sequence[Morph], start: int, stop: int) -> int:
    """The index of the last morpheme of ``[start, stop)`` that is no punctuation, else ``start - 1``."""
    j = stop - 1
    while j >= start and morphs[j].tag.startswith("S"):
        j -= 1
    return j


def equated(morphs: Sequence[Morph], span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    """True where ``span`` opens the sentence, one of its clauses ends in a coordinate ending after a verb ("…바탕을
    두며,"), and a clause after that one but the last ends in a copula after a noun ("…줄인 차대이며"): the copula's
    subject, and the rest's, may be the dropped clause's noun. Example: "누리차는 새 틀에 바탕을 두며, 가벼운
    차대이며 …" → True for its first clause; "누리차는 새 틀에 바탕을 두며, 다른 차에도 쓰인다" → False."""
    if span[0] != 0:
        return False
    joined = next((b for a, b in spans if b <= span[1] and _joins(morphs, a, b)), None)
    return joined is not None and any(_copula(morphs, a, b) for a, b in spans[:-1] if a >= joined)


def _joins(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True where the clause ``[start, stop)`` ends in a coordinate ending after a verb ("…두며", "…열고")."""
    j = _last(morphs, start, stop)
    return j > start and morphs[j].tag == "EC" and morphs[j].form in COORDINATE_ENDINGS and morphs[j - 1].tag != "VCP"


def _copula(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True where the clause ``[start, stop)`` ends in a copula after a noun and a coordinate ending ("…줄인
    차대이며"): it says what its subject is. A bound noun ("진행 중이며") says no such thing."""
    k = _last(morphs, start, stop)
    if k < start + 2 or morphs[k].tag != "EC" or morphs[k].form not in COORDINATE_ENDINGS:
        return False
    noun, copula = morphs[k - 2], morphs[k - 1]
    return copula.tag == "VCP" and noun.tag in NOUNISH and noun.tag != "NNB" and noun.end == copula.start
