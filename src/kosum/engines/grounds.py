"""What a kept clause needs from the clause before it, so that the clause never goes alone: the subject of the
embedded clause it continues, the grounds of a verdict, the speaker of a frame that stays.

* "연구진은 조류의 번식 속도가 봄에 빨라지고 여름에는 느려진다는 결과를 실었다": the clause after "-고" ends in an
  adnominal ending ("느려진다는 결과") with no subject of its own; cut before it, the finding loses what slows down
  (:func:`embedded_subject`).
* "소독, 순찰 등을 높이 평가받아 으뜸 야영장으로 선정됐다": a verdict alone ("…으뜸 야영장으로 선정") says nothing
  of what earned it, which is the news (:func:`grounds`).
* "이 의원은 낡은 경로당이 40%를 넘지만 예산은 줄었다고 지적했다": the frame "…다고 지적했다" stays, and its speaker
  is the opening topic, which never goes with the contrast clause; nor does the first clause alone ("김 대표는 낡은
  수문을 둔 채 겉만 손보는 일은 옳지 않다며 …다고 요구했다"): what the speaker said runs from the topic on, and
  half of it can read as its opposite (:func:`speaker_frame`).

:mod:`kosum.engines.compress` asks :func:`leans_on` and :func:`speaker_frame` before it drops a clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import COORDINATE_ENDINGS
from ..pipeline.vocab.efforts import EARNED_NOUNS
from ..pipeline.vocab.voice import TOPIC_PARTICLES
from ..types import Morph
from .arguments import NOUNISH, adnominal_next, topic_after
from .spans import quoted
from .speaking import can_speak

__all__ = ["embedded_subject", "grounds", "leans_on", "speaker_frame"]

#: The stem of a recognition's "받다" ("평가받아", "인정을 받아").
_RECEIVE = "받"
#: The connective right after "받" that makes its clause the grounds of what follows ("평가받아", "인정받아서").
_BECAUSE = (["아"], ["어"], ["아서"], ["어서"])
#: Tags besides nouns that a subject's particle follows (a bracket, a pronoun).
_HEADS = ("SSC", "NP")
#: Tags of what may follow a frame's "다고" up to the sentence's end ("지적/NNG 하/XSV 었/EP 다/EF"); no auxiliary: a
#: passive or a state ("…다고 적혀 있다", "…라고 알려졌다") has no speaker.
_FRAME_TAIL = ("NNG", "XSV", "VV", "EP", "EF", "EC", "MAG", "S")
#: Particles inside a noun phrase ("공연과 전시가", "시설의 운영이"): the phrase goes on past them.
_NP = ("JC", "JKG")
#: Tags of a verb (or its ending) before an adnominal ending: an adjective's ("다른 속도", "깊이 있는 논의") has the
#: noun it modifies as its subject, and is no clause that lacks one.
_VERBAL = ("VV", "XSV", "VX", "EP")
#: Tags of the endings that close a predicate.
_ENDINGS = ("EC", "ETM", "EF", "ETN")


def leans_on(morphs: Sequence[Morph], keep: Sequence[bool], span: tuple[int, int], topic: int, room: bool) -> bool:
    """True where the kept morphemes after the clause ``span`` need it (``topic``: one past the
    sentence's opening topic, which a first clause is dropped without): the subject of the embedded clause they
    continue, or, where the sentence as kept has ``room`` (it fits the length of a bullet whose main clause only
    frames the clauses before it), the grounds of their verdict; a longer one gives the grounds up as before (the
    verdict alone is true, only less concrete)."""
    first = max(span[0], topic if span[0] == 0 else 0)
    return embedded_subject(morphs, keep, span, first) or (room and grounds(morphs, span))


def embedded_subject(morphs: Sequence[Morph], keep: Sequence[bool], span: tuple[int, int], first: int) -> bool:
    """True where ``span`` ends in a connective and the kept clause after it ends first in an adnominal ending
    ("…여름에는 느려진다는 결과를") with no subject or topic of its own, while the dropped part (from ``first``) holds
    a subject of its own ("번식 속도가 봄에 빨라지고"): the two are conjuncts of one embedded clause, and its subject
    is the first's. Where the adnominal clause modifies the kept clause's own subject or topic ("…노래를 부른
    순서는"), the clause is the kept one's, whole, unless a "-고" conjunct with no topic of its own comes before it
    ("A가 주최하고 B가 주관한 대회는": both modify the topic). A noun's copula ("전문가인") is no adnominal clause."""
    last = next((m for m in reversed(morphs[span[0] : span[1]]) if not m.tag.startswith("S")), None)
    if last is None or last.tag != "EC":
        return False
    ending = _adnominal(morphs, span[1])
    if ending is None:
        return False
    if _heads_topic(morphs, ending):
        # "A가 주최하고 B가 주관한 대회는": a "-고" conjunct with no topic, tense or comma of its own is the first half
        # of what modifies the kept clause's own topic; else ("…강좌는 …되었고, …노래를 부른 순서는") a clause apart
        tight = morphs[span[1] - 1] is last and morphs[span[1] - 2].tag != "EP"  # no comma, no tense: "주최하고"
        return tight and last.form in COORDINATE_ENDINGS and not _subject(morphs, keep, span[0], span[1], topics=True)
    if _subject(morphs, keep, span[1], ending):
        return False
    inside = quoted(morphs)
    return any(
        keep[i]
        and not inside[i]
        and morphs[i].tag == "JKS"
        and morphs[i - 1].tag in NOUNISH
        and not adnominal_next(morphs, i + 1, span[1])  # "낮에 오기 어려운 주민을 위해": an adnominal clause's
        for i in range(max(first, 1), span[1])
    )


def _heads_topic(morphs: Sequence[Morph], ending: int) -> bool:
    """True where the noun phrase that the adnominal ending ``morphs[ending]`` opens ends in a subject's or a topic's
    particle ("…부른 순서는", "…쓰이던 건물 앞에서는"), past the particles inside the phrase ("공연과 전시가")."""
    at = next(
        (
            j
            for j in range(ending + 1, len(morphs))
            if morphs[j].tag.startswith(("J", "SP", "EC", "EF")) and morphs[j].tag not in _NP
        ),
        None,
    )
    while at is not None and at < len(morphs) and morphs[at].tag.startswith("J"):
        if morphs[at].tag == "JKS" or (morphs[at].tag == "JX" and morphs[at].form in TOPIC_PARTICLES):
            return True
        at = at + 1 if at + 1 < len(morphs) and morphs[at + 1].start == morphs[at].end else None
    return False


def _adnominal(morphs: Sequence[Morph], start: int) -> int | None:
    """The index of the first ending from ``start`` on (past an auxiliary's connective, "…해 나갈") where it is a
    clause's adnominal one (not a noun's copula, "전문가인"), else ``None``."""
    ending = next((j for j in range(start, len(morphs)) if morphs[j].tag in _ENDINGS), None)
    while ending is not None and morphs[ending].tag == "EC":
        if ending + 1 >= len(morphs) or not morphs[ending + 1].tag.startswith("VX"):
            return None
        ending = next((j for j in range(ending + 1, len(morphs)) if morphs[j].tag in _ENDINGS), None)
    if ending is None or morphs[ending].tag != "ETM" or not adnominal_next(morphs, ending, ending + 1):
        return None
    if not morphs[ending - 1].tag.startswith(_VERBAL):
        return None
    return ending


def _subject(morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int, topics: bool = False) -> bool:
    """True where the kept morphemes of ``[start, stop)`` hold a subject (with ``topics``, not), or a topic right after
    a noun ("결과는"; not an adverbial one, "여름에는": a scope, no subject), outside quotes."""
    inside = quoted(morphs)
    for i in range(max(start, 1), stop):
        m = morphs[i]
        particle = (m.tag == "JKS" and not topics) or (m.tag == "JX" and m.form in TOPIC_PARTICLES)
        if particle and keep[i] and not inside[i] and (morphs[i - 1].tag in NOUNISH or morphs[i - 1].tag in _HEADS):
            return True
    return False


def grounds(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True where ``span`` holds the grounds of a verdict: it ends in a recognition ("…등을 높이 평가받아",
    "공로를 인정받아": :data:`~kosum.pipeline.vocab.efforts.EARNED_NOUNS`), which the clause after it (a selection,
    an award) follows from. (A noun of merit after an adnominal clause, "…에 기여한 점을 평가받았다", would keep the
    clauses before it too; it lengthens too many bullets past the dev median's ceiling of 60 characters, issue #18.)"""
    return _earned(morphs, span)


def _earned(morphs: Sequence[Morph], span: tuple[int, int]) -> bool:
    """True where ``span`` ends in a recognition's "받" and "-아/-어" ("평가받아", "인정을 받아")."""
    stems = [j for j in range(span[0], span[1]) if morphs[j].tag.startswith("VV")]
    if not stems or not morphs[stems[-1]].form.endswith(_RECEIVE):
        return False
    stem = stems[-1]
    if [m.form for m in morphs[stem + 1 : span[1]] if not m.tag.startswith("S")] not in _BECAUSE:
        return False
    noun = morphs[stem].form[: -len(_RECEIVE)]  # "인정받" is one stem; "평가 받", "평가를 받" are two words
    if not noun and stem > span[0]:
        before = morphs[stem - 2] if morphs[stem - 1].tag == "JKO" and stem - 1 > span[0] else morphs[stem - 1]
        noun = before.form if before.tag == "NNG" else ""
    return noun in EARNED_NOUNS


def speaker_frame(text: str, morphs: Sequence[Morph], keep: Sequence[bool], start: int, end: int, base: int) -> bool:
    """True where the kept clause ``[start, end)`` of ``text`` (from offset ``base``) ends in a speech frame that
    stays ("…줄었다고 지적했다", "…라고 비판했다") and names no speaker of its own (a topic that can speak:
    :func:`~kosum.engines.speaking.can_speak`): the frame's speaker is the sentence's opening topic; it stays."""
    if end != len(morphs):
        return False  # an announcing frame was cut before (engines/clauses.speech_end): it has no speaker to keep
    for j in range(end - 1, start, -1):
        m = morphs[j]
        if m.tag == "EC" and m.form.endswith(("다고", "라고")) and keep[j]:
            return j + 1 < end and not any(
                keep[i]
                and morphs[i].tag == "JX"
                and morphs[i].form in TOPIC_PARTICLES
                and topic_after(morphs, i)
                and can_speak(text, morphs, i + 1, base)
                for i in range(max(start, 1), j)
            )
        if not m.tag.startswith(_FRAME_TAIL):
            return False
    return False
