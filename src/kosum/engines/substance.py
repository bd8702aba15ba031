"""What a reduction leaves to say: a kept predicate that says little ("…관리 법인을 세움", "…손을 잡기로 함")
without what a dropped clause names keeps that clause (:mod:`kosum.engines.compress` decides what to drop;
:mod:`kosum.engines.arguments` says what a clause holds)."""

from __future__ import annotations

from collections.abc import Sequence
from operator import and_

from ..pipeline.tuning import COMPRESS
from ..types import Morph
from .arguments import CONTENT_TAGS, NAME_TAGS, own_subject, points_back, thin_main

__all__ = ["hollow_rest", "only_facts", "outweighs", "says_little"]


def _telling(morphs: Sequence[Morph], facts: Sequence[bool], j: int) -> bool:
    """True for a morpheme that tells the reader something concrete: a fact (a figure, a quoted name) or a name."""
    return facts[j] or morphs[j].tag in NAME_TAGS


def hollow_rest(
    morphs: Sequence[Morph],
    keep: Sequence[bool],
    facts: Sequence[bool],
    span: tuple[int, int],
    topic: int,
    most: int,
) -> bool:
    """True where dropping the clause ``span`` (the topic before ``topic`` kept) would leave a bullet that says
    almost nothing: outside its topic, no fact and no name, and at most ``most`` content morphemes ("누리군은 관리
    법인을 세움": which one, for what, is gone), while the clause names what the rest lacks (a name, a fact, or
    more content words than the rest keeps), has no topic of its own and points back to nothing ("이를 통해" says
    nothing of its own)."""
    dropped = [j for j in range(max(span[0], topic), span[1]) if keep[j]]
    if not dropped or points_back(morphs, keep, span[0], span[1]):
        return False
    if own_subject(morphs, keep, max(span[0], topic), span[1], False):
        return False  # "A는 …하며, B는 …": a clause with a topic of its own says nothing the rest needs
    rest = [j for j, k in enumerate(keep) if k and j >= topic and not span[0] <= j < span[1]]
    if any(_telling(morphs, facts, j) for j in rest):
        return False
    content = sum(morphs[j].tag in CONTENT_TAGS for j in rest)
    if content > most:
        return False
    named = any(_telling(morphs, facts, j) for j in dropped)
    return named or sum(morphs[j].tag in CONTENT_TAGS for j in dropped) > content


def says_little(
    morphs: Sequence[Morph], keep: Sequence[bool], facts: Sequence[bool], figures: Sequence[bool], start: int, stop: int
) -> bool:
    """True for a main clause ``[start, stop)`` that says almost nothing alone
    (:func:`~kosum.engines.arguments.thin_main` with :attr:`COMPRESS.thin_main_content`), or a little more
    (:attr:`COMPRESS.figureless_main_content` content morphemes, no fact or name) where the clauses before it hold
    the sentence's figures: cut alone, it would drop every figure ("누리천 정비 공사는 공사를 끝냄" where "둑 4.2km를
    새로 쌓고" went)."""
    if thin_main(morphs, keep, facts, start, stop, COMPRESS.thin_main_content):
        return True
    if not any(k and f for k, f in zip(keep[:start], figures[:start], strict=True)):
        return False
    return thin_main(morphs, keep, facts, start, stop, COMPRESS.figureless_main_content)


def only_facts(facts: Sequence[bool], keep: Sequence[bool], span: tuple[int, int]) -> bool:
    """True when the clause ``span`` holds facts and the kept rest of the sentence none."""
    if not any(facts[span[0] : span[1]]):
        return False
    before, after = slice(None, span[0]), slice(span[1], None)  # the rest: before the clause and after it
    return not any(map(and_, facts[before], keep[before])) and not any(map(and_, facts[after], keep[after]))


def outweighs(
    morphs: Sequence[Morph], keep: Sequence[bool], facts: Sequence[bool], span: tuple[int, int], topic: int
) -> bool:
    """True where the clause ``span`` (from ``topic`` on: the opening topic's words are the rest's too) holds
    :attr:`COMPRESS.outweigh_margin` more kept figures, dates and quoted names (``facts``, and every number) than the
    kept clauses after it: "상담회는 3월 4일과 11일 오전 10시부터 누리홀에서 모두 두 번 열리고 한 사람에게 30분씩
    배정된다" → True for the first clause (the point of the sentence, never dropped for "한 사람에게 30분씩 배정")."""

    def told(start: int, stop: int) -> int:
        return sum(keep[j] and (facts[j] or morphs[j].tag == "SN") for j in range(start, stop))

    return told(max(span[0], topic), span[1]) >= told(span[1], len(keep)) + COMPRESS.outweigh_margin
