"""Who says, asks or decides what a bullet reports: the speaker of a reported clause, never one of
its own subjects.

A bullet that ends in a verb of saying ("…다고 설명"), asking ("…하도록 당부") or deciding reports
somebody's words; where the speaker stood only in an earlier sentence, the bullet has nobody asking
("…확보가 최우선이라고 설명"). A subject inside an adnominal clause of the reported words ("피해가 늘어날
가능성이 …") is not a speaker: only a topic, or a subject of the bullet's own clause with another
after it, or an actor after the reported words, is (:func:`speaker`). An ask ("…하도록 당부",
"…할 것 요청") reports what was asked as a quotative ending does (:func:`asked`).
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from ..pipeline.vocab.asides import OCCASION_NOUNS
from ..pipeline.vocab.bullets import BACKGROUND_ENDINGS, MANNER_ENDINGS, MEANS_STEMS, TIME_ADNOMINALS
from ..pipeline.vocab.voice import ASK_ENDING, ASK_NOUNS, ASK_THING, OFFICE_SOURCE_PARTICLE, SOURCE_FRAME_KEYS
from ..types import Morph
from .arguments import adnominal_next

__all__ = ["asked", "occasion_at", "owns", "quoted_by", "source_at", "speaker"]


def owns(outside: Sequence[Morph], actors: Sequence[Morph], a: int) -> bool:
    """True where ``actors[a]`` can own the bullet's intention, decision or hope: a topic, or a subject
    whose clause goes on to a predicate of its own, not one inside an adnominal clause ("주민이 겪는
    불편을 덜어 가겠음": the residents are not who will act). A subject with another actor before its
    clause's first ending stands outside that actor's adnominal clause ("센터가 주민이 모은 …")."""
    m = actors[a]
    at = {n.start: k for k, n in enumerate(outside)}
    if m.tag != "JKS" or m.start not in at:
        return True
    stop = at.get(actors[a + 1].start, len(outside)) if a + 1 < len(actors) else len(outside)
    return not adnominal_next(outside, at[m.start] + 1, stop)


def speaker(outside: Sequence[Morph], actors: Sequence[Morph], last_quote: int) -> bool:
    """True where a bullet that reports words names who says them: a topic, or a subject with another
    actor after it, in the bullet's first clause (before its first connective that ends a clause: not one
    that leans on an auxiliary, "늘려 나갈", nor a source frame, "…에 따르면"), or an actor after its last
    quotative ending ("…늘린다고 새솔시는 밝힘"). A topic or a subject only in a later clause is the
    reported clause's ("…걸리겠지만, 다리는 … 튼튼해질 것이라고 말함"), and so is a subject inside an
    adnominal clause ("물이 불어날 위험이 크다고 당부": neither the water nor the risk asks)."""
    ends = [
        k
        for k, m in enumerate(outside)
        if m.tag == "EC"
        and not (k + 1 < len(outside) and outside[k + 1].tag.startswith("VX"))
        and not (k and outside[k - 1].form in MEANS_STEMS)
        and m.form not in MANNER_ENDINGS
    ]
    # a background clause ("…열렸는데, 누리군수는 …") sets the scene: the speaker's clause is the next
    begin = 0
    while ends and outside[ends[0]].form in BACKGROUND_ENDINGS and ends[0] < last_quote:
        begin = outside[ends.pop(0)].end
    end = ends[0] if ends else len(outside)
    if any(m.start > outside[last_quote].start for m in actors):
        return True
    first = [
        a for a, m in enumerate(actors) if m.start >= begin and (end >= len(outside) or m.start < outside[end].start)
    ]
    if any(actors[a].tag == "JX" for a in first):
        return True
    return sum(actors[a].tag == "JKS" and not _adnominal(outside, actors, a) for a in first) >= 2


def _adnominal(outside: Sequence[Morph], actors: Sequence[Morph], a: int) -> bool:
    """True for a subject ``actors[a]`` whose clause ends in an adnominal form before the next actor,
    past a means frame ("태풍이 기압골에 의해 약해지는 과정"): an adnominal clause's, no speaker."""
    at = {n.start: k for k, n in enumerate(outside)}
    if actors[a].start not in at:
        return False
    stop = at.get(actors[a + 1].start, len(outside)) if a + 1 < len(actors) else len(outside)
    for j in range(at[actors[a].start] + 1, stop):
        m = outside[j]
        if m.tag == "EC" and j and outside[j - 1].form in MEANS_STEMS:
            continue  # "…에 의해", "…을 통해": a frame inside the clause, not its end
        if m.tag == "EC" and (m.form in MANNER_ENDINGS or (j + 1 < stop and outside[j + 1].tag.startswith("VX"))):
            continue  # "부적절하게 …": an adverb inside the clause; "…해 온": an auxiliary goes on with it
        if m.tag == "ETM" and j and outside[j - 1].form in TIME_ADNOMINALS:
            continue  # "지난 2일": a time phrase, no clause
        if m.tag in ("ETM", "EF", "EC", "ETN"):
            # an adjective's adnominal may name the next actor's kind ("소방서가 건조한 날씨가 …"): kept
            verb = j and not outside[j - 1].tag.startswith(("VA", "XSA"))
            return m.tag == "ETM" and bool(verb) and adnominal_next(outside, j, j + 1)
    return False


def asked(outside: Sequence[Morph]) -> int | None:
    """The index of the ending that reports what was asked ("…자제하도록 당부", "…내도록 요청함"),
    where a bullet ends in a verb of asking; ``None`` elsewhere ("…볼 수 있도록 함": a cause, no ask)."""
    nouns = [k for k, m in enumerate(outside) if m.tag.startswith("NN")]
    if not nouns or outside[nouns[-1]].form not in ASK_NOUNS or nouns[-1] < 1:
        return None
    k = nouns[-1]
    if any(not m.tag.startswith(("XSV", "EP", "EF", "ETN")) for m in outside[k + 1 :]):
        return None  # the ask is not the bullet's last predicate
    j = k - 1
    if outside[j].tag == "JKO" and j:
        j -= 1  # "…할 것을 당부"
    if outside[j].form in ASK_THING and outside[j].tag == "NNB" and j and outside[j - 1].tag == "ETM":
        return j - 1  # "…자제할 것 당부": what was asked, named as a thing
    before = outside[k - 1]
    return k - 1 if before.tag == "EC" and ASK_ENDING.match(before.form) else None


def source_at(words: Sequence[Morph], k: int) -> bool:
    """True where ``words[k]`` is the particle of a source ("새솔시에서 …라고 밝힘") in the bullet's own clause, after a
    noun that can say something: not an occasion of speaking (:func:`occasion_at`: "대정부 질문에서 "…"라고 함" says
    where the words were said, not who said them), nor a place inside an adnominal clause ("서울에서 열린 …").

    >>> from kosum.engines.reading import reading
    >>> words = reading("가람시에서 전함. 간담회에서 전함. 가람시에서 열린 회의")
    >>> [source_at(words, k) for k, m in enumerate(words) if m.form == "에서"]
    [True, False, False]
    """
    m = words[k]
    if m.tag != "JKB" or m.form != OFFICE_SOURCE_PARTICLE or occasion_at(words, k):
        return False
    return not adnominal_next(words, k + 1, len(words))


def occasion_at(words: Sequence[Morph], k: int) -> bool:
    """True where ``words[k]`` follows an occasion of speaking (:data:`~kosum.pipeline.vocab.asides.OCCASION_NOUNS`:
    "간담회에서는", "질문에서"): where words were said, not who said them."""
    return bool(k) and words[k - 1].tag.startswith("NN") and words[k - 1].form in OCCASION_NOUNS


def quoted_by(outside: Sequence[Morph], actors: Sequence[Morph]) -> bool:
    """True where a bullet that reports words (a quotation particle: "…"라고 함") names who says them: a subject or
    topic not inside an adnominal clause ("교과서가 … 기술했다는 질문에 "…"라고 함": the textbook does not speak), an
    office as source (:func:`source_at`), or a source frame (:data:`~kosum.pipeline.vocab.voice.SOURCE_FRAME_KEYS`:
    "조사 결과에 따르면 …"). ``outside``: the bullet's morphemes outside quotes; ``actors``: its subject and topic
    particles among them."""
    keys = [f"{m.form}/{m.tag}" for m in outside]
    if any(f"{a} {b}" in SOURCE_FRAME_KEYS for a, b in pairwise(keys)):
        return True
    if any(source_at(outside, k) for k in range(len(outside))):
        return True
    return any(m.tag != "JKS" or not _adnominal(outside, actors, a) for a, m in enumerate(actors))
