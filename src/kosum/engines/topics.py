"""A topic whose clause is cut while the main clause has a subject of its own (#18, bullets27).

"한빛군은 매년 마을 가꾸기를 심사해 으뜸 마을을 고르며, 특히 꽃길 조성 거리가 큰 배점을 차지했다": the topic is the
first clause's actor; the main clause opens with its own subject ("거리가"). Dropping the first clause and keeping
the topic leaves "한빛군은 특히 꽃길 조성 거리가 큰 배점을 차지", two subjects in a row, and a topic that reads as
the scope of the rest ("10일 이후 등록한 반려견은 … 보험료가 계산돼 3월에 안내문이 발송": without its clause, no
longer which notices). When in doubt the clause stays whole (:func:`opens_with_subject`, one check in
:func:`kosum.engines.compress.compress`'s ``drop``): a longer true bullet beats a short false one. Only a subject
of the main predicate itself counts: not an adnominal clause's ("주민이 참여하는 축제") nor a clause's before a
connective ("주민이 알 수 있도록 마련": the purpose clause's); nor one of an active verb with no object, which
takes the topic as its object ("안내 앱은 가온군 청년팀이 개발").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import ACTIVE_SUFFIXES
from ..types import Morph
from .arguments import NOUNISH

__all__ = ["opens_with_subject"]

#: Tags that open a predicate: a subject after one of them is no longer the clause's opening one.
_PREDICATE_TAGS = ("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA", "E")


def opens_with_subject(
    morphs: Sequence[Morph], keep: Sequence[bool], topic: int, start: int, stop: int, inside: Sequence[bool]
) -> bool:
    """True where the kept main clause ``[start, stop)`` opens with a subject ("실적이") before its first
    predicate, and that subject's predicate is the clause's last: the clause is its own subject's, so a topic
    before it belongs to a clause before. ``topic``: one past the sentence's topic particle; a topic of an
    adverbial phrase ("청년에게는", "A지역에서는") says to whom or where, and counts for no clause."""
    if topic < 2 or morphs[topic - 2].tag.startswith("JKB"):
        return False  # "청년에게는 …": to whom the rest applies, no actor of a cut clause
    for i in range(max(start, 1), stop):
        m = morphs[i]
        if not keep[i] or inside[i]:
            continue
        if m.tag.startswith(_PREDICATE_TAGS):
            return False
        if m.tag == "JKS" and (morphs[i - 1].tag in NOUNISH or morphs[i - 1].tag == "SSC"):
            return _final(morphs, i + 1, stop) and not _takes_topic(morphs, keep, i + 1, stop)
    return False


def _final(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True where the first ending from ``start`` on ends the clause ``[start, stop)``: no adnominal one and
    no connective with a predicate after it (but an auxiliary's, "이어지고 있다")."""
    for j in range(start, stop):
        tag = morphs[j].tag
        if tag == "ETM":
            return False
        if tag == "EC":
            if j + 1 < stop and morphs[j + 1].tag.startswith("VX"):
                continue
            return not any(m.tag.startswith(_PREDICATE_TAGS) for m in morphs[j + 1 : stop])
        if tag in ("EF", "ETN"):
            return True
    return True


def _takes_topic(morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int) -> bool:
    """True where the clause ``[start, stop)`` ends on an active verb of an act's noun with no object kept
    ("가온군 청년팀이 직접 개발", "B군이 처음 주관"): the topic before its subject is its object, no cut clause's."""
    last = next((m for m in reversed(morphs[start:stop]) if m.tag.startswith(("VV", "VA", "XSV", "XSA"))), None)
    active = last is not None and last.tag == "XSV" and last.form in ACTIVE_SUFFIXES
    return active and not any(keep[j] and morphs[j].tag == "JKO" for j in range(start, stop))
