"""Whether what a length cut leaves still says the sentence's substance on its own: a bullet too long drops its
leading clauses (:mod:`kosum.engines.compress`), and a longer true bullet beats a short empty one, so a leading
clause stays where, without it, the rest would lose its subject, leave a topic on another subject's clause, cut a
list of alternatives, or only evaluate an act it no longer names (:mod:`kosum.engines.arguments` says what a clause
holds)."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.tuning import COMPRESS
from ..pipeline.vocab.bullets import (
    ADNOMINAL_TIME_NOUNS,
    ALTERNATIVE_ENDINGS,
    COORDINATE_ENDINGS,
    MEANS_CONNECTIVES,
    OPEN_ALTERNATIVE_ENDINGS,
    PLAN_NOUNS,
    TIME_SPAN_PARTICLES,
    TIME_TOPIC_NOUNS,
)
from ..pipeline.vocab.efforts import PURPOSE_KEY
from ..pipeline.vocab.voice import TOPIC_PARTICLES
from ..types import Morph
from . import arguments as ar
from . import clauses as cl

__all__ = ["stands_alone"]


def stands_alone(
    morphs: Sequence[Morph],
    before: Sequence[bool],
    after: Sequence[bool],
    spans: Sequence[tuple[int, int]],
    run: tuple[int, int],
    lead: int,
    facts: Sequence[bool],
    inside: Sequence[bool],
) -> bool:
    """True where the kept morphemes ``after`` (``before`` but for the leading clauses ``run`` cut for length) still
    state the sentence's substance alone; ``lead``: one past the sentence's opening topic (0 for none). It does not
    where the cut takes an item of a list of alternatives, takes the topic with a contrast while the main clause has
    no subject of its own, leaves the topic on a clause with a subject of its own (the facts of the topic's act cut)
    or cut from its copula, or leaves only an evaluation of the act it took. Example: "교사들은 … 안전 교육을
    실시해 사고 위험을 크게 줄였다." cut to "교사들은 사고 위험을 크게 줄임" does not stand alone."""
    cut = [s for s in spans if run[0] <= s[0] and s[1] <= run[1]]
    if not cut:
        return True
    following = next((s for s in spans if s[0] == run[1]), spans[-1])
    listed = _ends_in(morphs, cut[-1], OPEN_ALTERNATIVE_ENDINGS) or _ends_in(morphs, following, ALTERNATIVE_ENDINGS)
    if listed and _ends_in(morphs, cut[-1], ALTERNATIVE_ENDINGS):
        return False  # "A가 맡든, B가 맡든, C가 맡든 …": never the last alternative alone ("A든 아니든" goes whole)
    end = spans[-1][1]
    kept_topic = lead > 0 and any(after[:lead])
    contrasts = [s for s in cut if cl.contrast(morphs, s)]
    # "결승전은 A가 …했지만, B가 …": the contrast is another subject's, and the topic none of the rest's
    other = bool(contrasts) and ar.holds_subject(morphs, before, lead, contrasts[-1][1], own=True, inside=inside)
    if lead > 1 and any(before[:lead]) and not kept_topic and not other and not _adverbial(morphs, lead):
        alone = _own_topic(morphs, after, lead, end, inside)
        if not alone and not ar.own_subject(morphs, after, spans[-1][0], end, True, inside, timeless=True):
            return False  # "A는 …에서 열기로 계획됐으나, …로 바꿔 진행하게 됐다": what changed went with the topic
    if not kept_topic:
        return True
    if contrasts and not other:
        return False  # "A는 …에서 열기로 계획됐으나, …로 바꿨다": the topic stays, and what it is set against with it
    # the topic is the actor, not a date ("10월 23일은 …"), nor the subject of a main copula ("X는 … B가 …하는 사업")
    actor = not ar.dated(morphs, after, lead - 2, lead - 1) and not _copula_main(morphs, end)
    # the cut held facts of the topic's own act ("…5개 창구를 운영하고 있으며"): a main verb that takes the topic as
    # its object ("X는 … 맞았으며, B가 기획했다") goes on alone where the cut held none (engines/actors)
    joined = actor and run[1] == spans[-1][0] and _ends_in(morphs, cut[-1], COORDINATE_ENDINGS)
    held = any(facts[j] and before[j] and not after[j] for j in range(run[0], run[1]))
    if joined and held and _subject_particle(morphs, after, run[1], end, inside):
        return False  # "새솔시는 … 5개 창구를 운영하고 있으며 3만 명이 구독": what is subscribed to went
    if _copula(morphs, cut[0]):
        return False  # "신청 자격은 … 합격한 자이고, … 돌려준다": the topic was the copula's
    return not _evaluates(morphs, before, after, cut, lead, facts)


def _adverbial(morphs: Sequence[Morph], lead: int) -> bool:
    """True for an opening topic that says where or to whom ("행사에는", "누리재단에서"), not who (``lead`` > 1)."""
    return morphs[lead - 1].tag.startswith("JKB") or morphs[lead - 2].tag.startswith("JKB")


def _own_topic(morphs: Sequence[Morph], keep: Sequence[bool], lead: int, stop: int, inside: Sequence[bool]) -> bool:
    """True where the kept ``[lead, stop)`` holds a topic of its own that is no time ("올해는", "2학기부터는"), or
    names the opening topic's noun again as a subject ("지원금은 …이었으나, 올해 지원금이 …")."""
    head = morphs[lead - 2].form
    for i in range(lead, stop):
        m = morphs[i]
        if keep[i] and not inside[i] and ar.itself_opening(morphs, i):
            return True  # "올해 행사 역시 …"
        if not keep[i] or inside[i] or (m.tag != "JX" and m.tag != "JKS"):
            continue
        prior = morphs[i - 1]
        if prior.form == head and prior.tag.startswith("NN"):
            return True
        timely = prior.form in TIME_TOPIC_NOUNS or prior.form in TIME_SPAN_PARTICLES
        if m.tag == "JX" and m.form in TOPIC_PARTICLES and not timely and ar.topic_after(morphs, i):
            return True
    return False


def _subject_particle(
    morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int, inside: Sequence[bool]
) -> bool:
    """True where the kept ``[start, stop)`` holds a subject with its subject particle ("3만 명이 구독"), not an
    adnominal clause's ("주민이 참여하는 축제") nor a topic."""
    return any(
        keep[i]
        and morphs[i].tag == "JKS"
        and not inside[i]
        and morphs[i - 1].tag in ar.NOUNISH
        and not ar.adnominal_next(morphs, i + 1, stop)
        for i in range(max(start, 1), stop)
    )


def _ends_in(morphs: Sequence[Morph], span: tuple[int, int], endings: frozenset[str]) -> bool:
    """True for a clause whose last word ends in a connective of ``endings``."""
    last = cl.last_word(morphs, span)
    return last is not None and last.tag == "EC" and last.form in endings


#: Tags of the noun a copula names ("접촉이며", "물림이며": a noun or a nominalized verb).
_COPULA_NOUNS = ar.NOUNISH | {"ETN"}


def _copula(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True for a clause that ends in a copula's connective after a noun ("…에 합격한 자이고,", "주된 경로는 모기
    물림이며,"; not "…하는 중이며", "…할 계획이며", "…클수록"): it says what its topic is, and the topic is no
    actor of the next clause ("주된 경로는 … 감염되지 않음" would turn the message round)."""
    last = cl.last_word(morphs, span)
    if last is None or last.tag != "EC" or last.form not in COORDINATE_ENDINGS:
        return False
    at = morphs.index(last, span[0], span[1])
    if at < span[0] + 2 or morphs[at - 1].tag != "VCP" or morphs[at - 2].tag not in _COPULA_NOUNS:
        return False
    noun = morphs[at - 2].form  # "…하는 중이며", "…할 계획이며": what goes on or is planned, not what it is
    return noun not in ADNOMINAL_TIME_NOUNS and noun not in PLAN_NOUNS


def _copula_main(morphs: Sequence[Morph], end: int) -> bool:
    """True for a sentence that ends in a copula ("…지원하는 사업이다"): its topic is what the copula names."""
    last = next((m for m in reversed(morphs[:end]) if not m.tag.startswith(("S", "E"))), None)
    return last is not None and last.tag == "VCP"


def _evaluates(
    morphs: Sequence[Morph],
    before: Sequence[bool],
    after: Sequence[bool],
    cut: Sequence[tuple[int, int]],
    lead: int,
    facts: Sequence[bool],
) -> bool:
    """True where the rest (its topic aside) keeps no fact, no name and at most
    :attr:`COMPRESS.evaluation_content` content morphemes, while a cut clause states the act it comes from, with
    its object ("…안전 교육을 실시해"; a purpose, "…을 위해", is none): what is left only evaluates it."""
    rest = [j for j, k in enumerate(after) if k and j >= lead]
    if any(facts[j] or morphs[j].tag in ar.NAME_TAGS for j in rest):
        return False
    if sum(morphs[j].tag in ar.CONTENT_TAGS for j in rest) > COMPRESS.evaluation_content:
        return False
    return any(_act(morphs, before, span) for span in cut)


def _act(morphs: Sequence[Morph], keep: Sequence[bool], span: tuple[int, int]) -> bool:
    """True for a kept clause that ends in a means connective ("…를 실시해", "…를 통해"), not a purpose's
    ("…를 위해"), and holds its object: the act the clause after it comes from."""
    last = cl.last_word(morphs, span)
    if last is None or last.tag != "EC" or last.form not in MEANS_CONNECTIVES:
        return False
    at = morphs.index(last, span[0], span[1])
    if at > span[0] and ar.key(morphs[at - 1]) == PURPOSE_KEY:
        return False
    return any(keep[j] and morphs[j].tag == "JKO" for j in range(span[0], at))
