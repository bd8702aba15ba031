"""What a kept clause takes along from the clauses cut before it (:mod:`kosum.engines.bullets` calls it on a bullet
that compression made).

* **The shared topic.** "새 청사 역시 옥상에 정원을 두어 시민에게 쉼터를 제공한다" → "시민에게 쉼터를 제공" says
  nothing of what gives it: the kept clause has no subject or topic of its own, and its subject is the topic ("…은",
  "…도", "… 역시") of the clause cut before it. That topic, with its modifiers, opens the bullet again ("새 청사 역시
  시민에게 쉼터를 제공"). An adverbial topic ("작년에는", "연구에서는") names when or where, never who.
* **A connective that opened the kept clause.** "…을 마쳤고, 또한 …" → "또한 …" keeps the word that tied it to the
  clause cut before; it goes, as a connective opening a sentence does.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.tuning.engines import COMPRESS
from ..pipeline.vocab.bullets import (
    ACTOR_TOPIC_PARTICLES,
    ADDITIVE_PARTICLES,
    BRACKET_PAIRS,
    ITSELF_ADVERBS,
    TOPIC_IDIOM_NEXT,
)
from ..pipeline.vocab.common import QUOTE_MARKS
from ..pipeline.vocab.sentences import OPENING_CONNECTIVE
from ..pipeline.vocab.voice import TOPIC_PARTICLES
from ..types import Morph
from .arguments import NOUNISH, adnominal_next, itself_opening
from .clauses import clauses
from .features import analyze
from .form import defect
from .spans import quoted

__all__ = ["opening_connective", "with_topic"]

_HOLDERS = NOUNISH | {"SSC", "NP"}
_MARKS = frozenset("".join(BRACKET_PAIRS)) | QUOTE_MARKS


def _adnominal_opening(text: str, words: int) -> bool:
    """True where ``text`` opens on a verb's adnominal clause of at most ``words`` words with no subject of its own
    ("발사할 …", "문을 연 …"): who did it was said before, or the connective cut before it was its adverb ("먼저 문을
    연": earlier)."""
    head = " ".join(text.split(" ", words)[:words])
    for m in analyze(head, 0):
        if m.tag in ("JKS", "JX"):
            return False
        if m.tag.startswith("E"):
            return m.tag == "ETM"
    return False


def _bracketed(phrase: str) -> bool:
    """True for a phrase with a bracket or a quote mark: a parenthetical or a quoted name, which compression handles."""
    return any(c in _MARKS for c in phrase)


def opening_connective(bullet: str) -> str:
    """``bullet`` without a connective that opens it ("또한, …", "그럼에도 불구하고 …"), where a sound bullet is left.

    >>> opening_connective("그럼에도 불구하고 새솔군은 축제를 열기로 함")
    '새솔군은 축제를 열기로 함'
    >>> opening_connective("또한, 누리시는 쉼터 3곳을 새로 지을 계획")
    '누리시는 쉼터 3곳을 새로 지을 계획'
    >>> opening_connective("또 다른 쉼터는 내년 3월 개관")
    '또 다른 쉼터는 내년 3월 개관'
    """
    found = OPENING_CONNECTIVE.match(bullet)
    if found is None:
        return bullet
    rest = bullet[found.end() :]
    if len(rest) < COMPRESS.min_connective_rest or _adnominal_opening(rest, 2) or defect(rest) is not None:
        return bullet
    return rest


def _topic(morphs: Sequence[Morph], i: int) -> bool:
    """True where ``morphs[i]`` marks what its clause is about: a topic or additive particle right after a noun
    ("청사는", "청사도") or "역시" after one ("청사 역시"), neither an adverbial topic ("작년에는") nor the idiom
    "…는 물론" (as well as), nor the subject of an adnominal clause ("주민도 참여하는 축제")."""
    m = morphs[i]
    if i == 0 or morphs[i - 1].tag not in _HOLDERS:
        return False
    if m.tag == "JX" and m.form in TOPIC_PARTICLES and morphs[i - 1].end == m.start:
        # a topic particle never marks the subject of an adnominal clause: "청사는 시청에 딸린 건물에 …" is the clause's
        return i + 1 == len(morphs) or morphs[i + 1].form not in TOPIC_IDIOM_NEXT
    if m.tag == "JX" and m.form in ADDITIVE_PARTICLES and morphs[i - 1].end == m.start:
        return not adnominal_next(morphs, i + 1, len(morphs))
    itself = m.tag == "MAG" and m.form in ITSELF_ADVERBS
    return itself and (not adnominal_next(morphs, i + 1, len(morphs)) or itself_opening(morphs, i))


def _subject(morphs: Sequence[Morph], i: int) -> bool:
    """True where ``morphs[i]`` is a subject particle of its own clause ("청사가 …"), a topic (:func:`_topic`), or a
    topic after a particle that may mark the actor ("국방부에서는 …", "학생에게는 …")."""
    m = morphs[i]
    if m.tag == "JKS" and i and morphs[i - 1].tag in _HOLDERS:
        return not adnominal_next(morphs, i + 1, len(morphs))
    if m.tag == "JX" and m.form in TOPIC_PARTICLES and i and morphs[i - 1].form in ACTOR_TOPIC_PARTICLES:
        return morphs[i - 1].tag.startswith("JKB")
    return _topic(morphs, i)


def with_topic(bullet: str, text: str, morphs: Sequence[Morph], base: int) -> str:
    """``bullet``, reduced from the sentence ``text`` (at offset ``base``, analysed as ``morphs``), opened again by
    the topic of the clauses cut before it where the kept clause has no subject or topic of its own.

    >>> from kosum.engines.features import analyze
    >>> s = "새 청사 역시 옥상에 정원을 두어 시민에게 쉼터를 제공한다."
    >>> with_topic("시민에게 쉼터를 제공", s, analyze(s, 0), 0)
    '새 청사 역시 시민에게 쉼터를 제공'
    >>> s = "작년에는 주민 300명이 찾았으나, 올해 두 배로 늘었다."
    >>> with_topic("올해 두 배로 늘었음", s, analyze(s, 0), 0)
    '올해 두 배로 늘었음'
    """
    head = bullet.split(" ", 1)[0]
    at = text.find(head)
    if at <= 0 or text.find(bullet[: len(head) + 8]) != at:
        return bullet  # the bullet opens where the sentence does, or is not a plain cut of it
    own = [m for m in morphs if base <= m.start and m.end <= base + len(text)]
    cut = next((k for k, m in enumerate(own) if m.start >= base + at), len(own))
    inside = quoted(own)
    if any(_subject(own, k) for k in range(cut, len(own)) if not inside[k]):
        return bullet
    topic = next((k for k in range(cut - 1, 0, -1) if not inside[k] and _topic(own, k)), None)
    if topic is None:
        return bullet
    start = next(a for a, b in clauses(own, len(own)) if a <= topic < b)
    phrase = text[own[start].start - base : own[topic].end - base].strip()
    found = OPENING_CONNECTIVE.match(phrase)
    phrase = phrase[found.end() :] if found else phrase
    too_long = len(phrase) > COMPRESS.carried_topic_chars
    if not phrase or too_long or _bracketed(phrase) or _adnominal_opening(phrase, 1):
        return bullet
    carried = f"{phrase} {bullet}"
    return carried if defect(carried) is None else bullet
