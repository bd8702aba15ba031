"""The act a length cut must not take: where the clauses a bullet dropped for length
(:mod:`kosum.engines.compress`) named the act done ("…응급처치 교육을 열어", "…정례회의를 열고", "…라디오를
들으며") and the kept rest only tells what came of it ("…참여를 넓힘", "…운영 방안을 논의"), with no fact or name
of its own, the rest is empty: the act comes back (:func:`act_clause` finds it), and where the bullet would then be
too long, the bullet ends on the act instead (:func:`may_end_on`: only where the main clause states a past act, so
that no plan is read as done)."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import COORDINATE_ENDINGS, MEANS_CONNECTIVES
from ..pipeline.vocab.common import INLINE_ITEM_MARKS
from ..pipeline.vocab.sentences import PAST_FORMS
from ..pipeline.vocab.voice import WILL_ENDINGS
from ..types import Morph
from . import arguments as ar
from . import clauses as cl
from .reported import framed

__all__ = ["act_clause", "may_end_on"]

_VERBS = frozenset({"VV", "XSV"})


def act_clause(
    morphs: Sequence[Morph],
    kept: Sequence[bool],
    keep: Sequence[bool],
    spans: Sequence[tuple[int, int]],
    lead: int,
    facts: Sequence[bool],
    inside: Sequence[bool],
    most: int,
) -> tuple[int, int] | None:
    """The first leading clause of ``spans`` that ``kept`` held and ``keep`` cut (its topic before ``lead`` aside)
    and that names an act done to an object, joined to what follows as its means or its first half ("…교실을
    운영해", "…정례회의를 열고", "…를 들으며"; not a purpose or a means of its own, "…을 위해", "…을 통해", nor a
    condition or a contrast, nor the first half of a modifier, "…를 고치고 …에 힘쓴 주민"), where the kept rest
    (its topic aside) holds no fact and no name and at most ``most`` content morphemes; else ``None``. Example:
    "한빛군은 농기계 안전 교육을 열어 사고 예방 의식을 높였다." cut to "한빛군은 사고 예방 의식을 높임" gives the
    first clause."""
    rest = [j for j, k in enumerate(keep) if k and j >= lead]
    if not rest or any(facts[j] or morphs[j].tag in ar.NAME_TAGS for j in rest):
        return None
    if sum(morphs[j].tag in ar.CONTENT_TAGS for j in rest) > most:
        return None
    for span in spans[:-1]:
        own = range(max(span[0], lead), span[1])
        if any(keep[j] for j in own) or not any(kept[j] for j in own):
            continue
        if _modifies(morphs, span[1], spans[-1][1]):
            return None  # "…를 통해 풀어 온 길을": a modifier of a noun comes back whole or not at all
        if _names_act(morphs, kept, span, lead, inside):
            return span
    return None


def _names_act(
    morphs: Sequence[Morph], kept: Sequence[bool], span: tuple[int, int], lead: int, inside: Sequence[bool]
) -> bool:
    """True for a clause that ends on a verb in a means or coordinate connective ("운영해", "열고", "들으며") and holds
    that verb's object after its topic ("…교실을"), no purpose, means or background of
    :data:`~kosum.pipeline.vocab.sentences.SUBORDINATE` ("…을 위해", "…을 통해"), condition or contrast."""
    last = cl.last_word(morphs, span)
    if last is None or last.tag != "EC" or last.form not in MEANS_CONNECTIVES | COORDINATE_ENDINGS:
        return False
    at = morphs.index(last, span[0], span[1])
    if at == span[0] or morphs[at - 1].tag not in _VERBS or ar.any_subordinate(morphs, *span):
        return False  # "…협의체를 통해", "…을 위해": a means or purpose the rest is done through goes as before
    if cl.condition(morphs, span) or cl.contrast(morphs, span):
        return False
    own = range(max(span[0], lead, 1), at)
    if any(kept[j] and morphs[j].tag == "JKS" and not inside[j] for j in own):
        return False  # "A는 B가 …를 고쳐 …했다고 보고했다": the act is another subject's, told by the topic
    return any(kept[j] and morphs[j].tag == "JKO" and not inside[j] and morphs[j - 1].tag in ar.NOUNISH for j in own)


def _modifies(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True where the first ending of a verb after ``start`` (before ``stop``) that no chain of acts goes on from
    ("…고쳐", "…하고") is an adnominal one ("…에 힘쓴"; an adjective's, "이와 같은", aside): the clause before
    ``start`` is half of a modifier of a noun, not an act of the sentence's own. Example: after "…를 고쳐" in
    "…를 고쳐 마을 살리기에 힘쓴 주민을 뽑았다" gives True."""
    verbs = _VERBS | {"VX", "EP"}
    chained = MEANS_CONNECTIVES | COORDINATE_ENDINGS  # "…를 고쳐 …에 힘쓴": the chain goes on to its ending
    ending = next(
        (
            m
            for j, m in enumerate(morphs[start:stop], start)
            if m.tag.startswith("E") and morphs[j - 1].tag in verbs and not (m.tag == "EC" and m.form in chained)
        ),
        None,
    )
    return ending is not None and ending.tag == "ETM"


def may_end_on(
    morphs: Sequence[Morph],
    keep: Sequence[bool],
    spans: Sequence[tuple[int, int]],
    act: tuple[int, int],
    lead: int,
) -> bool:
    """True where a bullet may end on the act clause ``act`` instead of the main clause: the main clause states a
    past act (:func:`_done`) under no frame ("…것으로 알려졌다": engines/reported), the act takes one object (a second
    is the main verb's: "축제를 … 장비를 빌려 …를 꾸몄다"), and it says more than the
    kept rest ``keep`` (content morphemes, its topic before ``lead`` aside: "…유감을 전하고 …업체의 늑장 대응을
    꾸짖었다" ends on neither).
    Example: "한빛군은 13일 군청에서 농기계 안전 교육을 열어 주민 의견을 들었다." may end on its first clause."""
    main, end = spans[-1]
    if not _done(morphs, act[1], main, end) or framed(morphs, spans, spans.index(act)):
        return False
    own = range(max(act[0], lead), act[1])
    if sum(morphs[j].tag == "JKO" for j in own) != 1:
        return False
    said = sum(morphs[j].tag in ar.CONTENT_TAGS for j in own)
    return said > sum(morphs[j].tag in ar.CONTENT_TAGS for j, k in enumerate(keep) if k and j >= lead)


def _done(morphs: Sequence[Morph], act: int, start: int, stop: int) -> bool:
    """True for a main clause ``[start, stop)`` that states a past act ("…를 논의했다"), not a plan, a will, a
    goal or a copula ("…할 계획이다", "…하겠다", "…체계 마련이 목표다"), with no list of items ("▲…") from ``act`` (the
    act clause's end) on: the act before it was done, and a bullet may end on it, never inside a list. Example:
    "…정례회의를 열고 … 논의했다" gives True."""
    if cl.planned(morphs, start, stop) or any(m.form in INLINE_ITEM_MARKS for m in morphs[act:stop]):
        return False
    tail = [m for m in morphs[start:stop] if not m.tag.startswith("S")]
    if not tail or tail[-1].tag != "EF":
        return False
    endings = []
    for m in reversed(tail[:-1]):
        if m.tag != "EP":
            break
        endings.append(m.form)
    if any(form in WILL_ENDINGS for form in endings) or not any(form in PAST_FORMS for form in endings):
        return False
    stem = tail[-len(endings) - 2] if len(tail) > len(endings) + 1 else None
    return stem is not None and stem.tag in _VERBS | {"VX"}
