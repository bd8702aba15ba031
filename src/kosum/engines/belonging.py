"""Whose a cut clause's words are: a clause whose topic, object or defined word the kept rest needs never goes alone
(:mod:`kosum.engines.compress` asks before it drops one).

* **A topic in a backdrop.** "새솔시 교통 문제의 해법은 찾지 못한 가운데 갈등이 커지며 …": the topic is the subject of
  the adnominal before "가운데" (no subject of its own stands between), its own predicate is the cut one, and on the
  next clause alone it would say what it never did ("해법은 갈등이 커지며 …").
* **An object shared down a chain.** "나눔회는 겨울 외투를 마련해 마을회관에 전달했다": the "-아/-어" clause holds the
  object the kept act needs and the rest names none; cut, the bullet says nothing of what was given.
* **A defined word.** "'늘봄쉼'이란 …의 합성어로, …하는 방식을 말한다": the opening "X(이)란" names what the rest
  defines; cut, the definition defines nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import (
    BACKDROP_NOUNS,
    CHAINING_ENDINGS,
    DEFINIENDUM_ENDINGS,
    DESTINATION_PARTICLES,
    MEANS_STEMS,
    PASSIVE_STEMS,
)
from ..types import Morph
from .arguments import NOUNISH

__all__ = ["backdrop_topic", "defines", "needed", "shared_object"]

#: Tags of the phrase a definition opens with: nouns, quotes and brackets ("'늘봄(林)쉼'").
_DEFINED = NOUNISH | {"SSO", "SSC", "SH", "SP", "JKG", "MM"}


def _words(morphs: Sequence[Morph], span: tuple[int, int]) -> list[Morph]:
    """The morphemes of ``span`` without punctuation."""
    return [m for m in morphs[span[0] : span[1]] if not m.tag.startswith("S")]


def _kept(morphs: Sequence[Morph], start: int, stop: int) -> list[tuple[int, Morph]]:
    """The morphemes of ``[start, stop)`` with their indices."""
    return list(enumerate(morphs[start:stop], start))


def backdrop_topic(morphs: Sequence[Morph], keep: Sequence[bool], span: tuple[int, int], subject: int) -> bool:
    """True where ``span`` holds the kept sentence topic (ending at ``subject``) and ends on an adnominal and a
    backdrop noun ("…찾지 못한 가운데") with no subject, topic or object kept between: the topic is the adnominal's
    own subject. Example: "해법은 찾지 못한 가운데 …" gives True; "시는 주민 200명이 참석한 가운데 …" False."""
    if not 0 < subject <= span[1] or span[0] >= subject:
        return False
    words = _words(morphs, span)
    if words and words[-1].tag.startswith("JKB"):
        words = words[:-1]  # "…하는 와중에"
    if len(words) < 2 or words[-1].form not in BACKDROP_NOUNS or words[-2].tag != "ETM":
        return False
    return not any(keep[j] and morphs[j].tag.startswith(("JKS", "JKO", "JX")) for j in range(subject, span[1]))


def shared_object(morphs: Sequence[Morph], keep: Sequence[bool], span: tuple[int, int], subject: int, end: int) -> bool:
    """True for a clause ``span`` chained by "-아/-어" onto the rest that holds an object (after the topic that ends
    at ``subject``: one before it is a modifier's, "…활성화를 위한 예산 역시") while the kept rest, up to ``end``,
    holds none, says where or to whom ("회관에", "주민에게") and ends on an active verb: the object is what the
    rest's act moves. Example: "외투를 마련해 회관에 전달했다" gives True; "예산을 들여 공사를 마쳤다" False (the
    rest has its own), as does a purpose or means ("확산을 위해 …": no act of its own)."""
    words = _words(morphs, span)
    if len(words) < 2 or words[-1].tag != "EC" or words[-1].form not in CHAINING_ENDINGS:
        return False
    if words[-2].form in MEANS_STEMS:
        return False
    if not any(
        keep[j] and m.tag.startswith("JKB") and m.form in DESTINATION_PARTICLES for j, m in _kept(morphs, span[1], end)
    ):
        return False
    own = [j for j in range(max(span[0], subject), span[1]) if keep[j] and morphs[j].tag == "JKO"]
    if not own or any(m.tag == "ETM" for m in morphs[own[-1] : span[1]]):
        return False  # "…관계를 축으로 하고 있는 정권에 있어": the object is an adnominal's
    if any(keep[j] and morphs[j].tag == "JKO" for j in range(span[1], end)):
        return False
    stems = [m for j, m in _kept(morphs, span[1], end) if keep[j] and m.tag.startswith(("VV", "XSV"))]
    return bool(stems) and stems[-1].form not in PASSIVE_STEMS  # "…에 전달됐다" needs no object


def defines(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True where ``span`` opens the sentence with the word a definition defines: a phrase of nouns, quotes and
    brackets and then "(이)란", a copula's or a particle ("'늘봄쉼'이란 …"). Example: "'늘봄쉼'이란 …의 합성어로,"
    gives True; "시는 '늘봄'이란 이름으로" False (a predicate-free phrase of nouns must come first)."""
    if span[0] != 0:
        return False
    for j in range(1, span[1]):
        m = morphs[j]
        copula = m.tag == "ETM" and morphs[j - 1].tag == "VCP"  # "'…'이란": read as a copula's or a particle
        if m.form in DEFINIENDUM_ENDINGS and (copula or m.tag == "JX"):
            return all(x.tag in _DEFINED for x in morphs[: j - 1 if copula else j])
        if m.tag not in _DEFINED and m.tag != "VCP":
            return False
    return False


def needed(morphs: Sequence[Morph], keep: Sequence[bool], span: tuple[int, int], subject: int, end: int) -> bool:
    """True where the kept rest up to ``end`` needs ``span``'s words: its topic's own predicate, a shared object or
    a defined word (:func:`backdrop_topic`, :func:`shared_object`, :func:`defines`). Example: the first clause of
    "나눔회는 외투를 마련해 회관에 전달했다" gives True."""
    return (
        backdrop_topic(morphs, keep, span, subject)
        or shared_object(morphs, keep, span, subject, end)
        or defines(morphs, span)
    )
