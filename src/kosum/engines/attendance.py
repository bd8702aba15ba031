"""A release's roll of who attended: "기념식에는 새솔구청장과 한빛상회 대표, 복지관 직원 등이 참석했다",
"총회에는 도의원, 군수, 조합원 등 312명이 참석했다". Its one act is taking part, its subject a list of people or a
head count: it names who was there, not what was done, and a summary spends none of its places on it where the
article has news left (:func:`~kosum.engines.standing.with_news`). A sentence that reports something besides the
attendance ("…대의원 64명이 참석해 정관을 고쳤다", "…조합원 41명이 참여해 메주를 빚었다") is news."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.memo import per_sentence
from ..pipeline.vocab.bullets import INCLUSION_STEMS, JOINING_NOUNS
from ..pipeline.vocab.sentences import HEAD_COUNTER, LIST_HEADS
from ..pipeline.vocab.voice import TOPIC_PARTICLES
from ..types import Morph, Sentence
from .cues import is_speech

__all__ = ["is_roll"]


@per_sentence
def is_roll(sentence: Sentence) -> bool:
    """True for a sentence whose main predicate is taking part (:data:`~kosum.pipeline.vocab.bullets.JOINING_NOUNS`
    with "하다": "…참석했다") with a list of people or a head count as its subject (:func:`_listed`: "…관계자 등이",
    "주민 300여 명이", "학생 20명과 교사들이"), and no other clause (a connective ending only after an inclusion,
    "…을 비롯해"); no quote."""
    morphs = [m for m in sentence.morphs if not m.tag.startswith("S") or m.tag in ("SN", "SL", "SH", "SP")]
    if len(morphs) < 5 or is_speech(sentence.text):
        return False
    # the final ending, after the tense: "참석/NNG 하/XSV 었/EP 다/EF"
    k = len(morphs) - 1
    if morphs[k].tag != "EF":
        return False
    k -= 1
    while k > 0 and morphs[k].tag == "EP":
        k -= 1
    if k < 2 or morphs[k].tag != "XSV" or morphs[k - 1].form not in JOINING_NOUNS:
        return False
    particle = morphs[k - 2]
    if particle.tag != "JKS" and not (particle.tag == "JX" and particle.form == "도"):
        return False
    topic = max((j + 1 for j in range(k) if morphs[j].tag == "JX" and morphs[j].form in TOPIC_PARTICLES), default=0)
    for j, m in enumerate(morphs):
        if m.tag != "EC" or _stem(morphs, j) in INCLUSION_STEMS:
            continue
        if j < topic and any(n.tag == "ETM" for n in morphs[j:topic]):
            continue  # "…개관 5년을 기념해 마련한 음악회에는": a clause inside the event's modifier
        return False  # "…이 참석해 …을 공유했다", "…를 개최했으며, 이날 행사에는 …": another act
    return _listed(morphs, particle)


def _stem(morphs: Sequence[Morph], j: int) -> str:
    """The stem before the ending at ``j``, a root and its "하" as one ("비롯/XR 하/XSV": "비롯하")."""
    if j == 0:
        return ""
    if morphs[j - 1].tag == "XSV" and j > 1:
        return morphs[j - 2].form + morphs[j - 1].form
    return morphs[j - 1].form


def _listed(morphs: Sequence[Morph], particle: Morph) -> bool:
    """True where the subject before ``particle`` is a list ("…대표, 관계자 등", "교사와 학생들") or a head count
    ("300여 명"): from the sentence's topic or adverbial topic ("행사에는", "이번 행사는") on, a comma, a joining
    particle or an inclusion, or a head of :data:`~kosum.pipeline.vocab.sentences.LIST_HEADS` or a counter of people
    (:data:`~kosum.pipeline.vocab.sentences.HEAD_COUNTER`) before the particle."""
    end = morphs.index(particle)
    start = max((j + 1 for j in range(end) if morphs[j].tag == "JX"), default=0)
    head = morphs[end - 1]
    if head.form in LIST_HEADS or (head.form == HEAD_COUNTER and head.tag == "NNB"):
        return True
    subject = morphs[start:end]
    joined = (m.tag == "JC" or m.form == "," for m in subject)
    return any(joined) or any(_stem(subject, j) in INCLUSION_STEMS for j in range(1, len(subject) + 1))
