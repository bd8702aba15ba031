"""Whose act a clause before the main one is: a clause that holds the actor of what follows stays (bullets26, #18).

Compression drops a clause before the main one ("A하고, B", "X를 들여와 B"). Where the act that the kept rest
opens with has no subject of its own, its actor is the dropped clause's: its subject ("최모 씨 등이 … 빼앗고, …
팔게 한 것으로 확인"), or the name that its means verb takes as its object, which does what follows
("'온누리'를 들여와 전체 문의의 60%를 맡기는 효과": the figure is the system's). Cut, the bullet says the act of
nobody, of the card's topic, or of the wrong one: "a longer true bullet beats a short false one".

The other way round (bullets27), a topic whose clause is cut while the main clause has a subject of its own is
that clause's actor: "한빛군은 매년 마을 가꾸기를 심사해 으뜸 마을을 고르며, 특히 꽃길 조성 거리가 큰 배점을
차지했다" without its first clause leaves "한빛군은 특히 꽃길 조성 거리가 큰 배점을 차지", two subjects in a row, and
a topic that reads as the scope of the rest ("10일 이후 등록한 반려견은 … 보험료가 계산돼 3월에 안내문이 발송":
without its clause, no longer which notices). Only a subject of the main predicate itself counts: not an
adnominal clause's ("주민이 참여하는 축제") nor a clause's before a connective ("주민이 알 수 있도록 마련": the
purpose clause's); nor one of an active verb with no object, which takes the topic as its object ("안내 앱은 가온군
청년팀이 개발") (:func:`opens_with_subject`).

:func:`holds_actor`, one check in :func:`kosum.engines.compress.compress`'s ``drop``, says when a clause may not
go for either reason; when in doubt the clause stays whole. :func:`opens_unowned` says when a whole sentence opens
on an act whose actor stands before it (a contrast with no subject: "…하려 했으나, 회원들이 …"), for
:func:`kosum.engines.form.borrows_actor`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..pipeline.vocab.asides import JUDGEMENT_NOUNS
from ..pipeline.vocab.bullets import (
    ACTIVE_SUFFIXES,
    ADNOMINAL_TIME_NOUNS,
    COORDINATE_ENDINGS,
    LOCAL_SUBJECT_ENDINGS,
    MEANS_CONNECTIVES,
    PASSIVE_STEMS,
    TIME_ADNOMINALS,
)
from ..pipeline.vocab.sentences import CONTRAST_ENDINGS, CONTRAST_PROPER_ENDINGS
from ..pipeline.vocab.voice import TOPIC_PARTICLES
from ..types import Morph
from .arguments import NAME_TAGS, NOUNISH, holds_subject, itself_opening, own_subject, topic_after
from .clauses import clauses

__all__ = ["holds_actor", "opens_unowned", "opens_with_subject"]

#: Tags of an action verb's stem: the act whose actor is asked for (an adjective, "넓은", names no act).
_ACTS = ("VV", "XSV")
#: Tags a subject or topic particle may follow (a noun, a closing bracket, a pronoun).
_HEADS = NOUNISH | {"SSC", "NP"}
#: Endings that join a clause to the next as one more act of its subject ("…하고", "…하며", "…해"); not a
#: contrast ("…했지만", "…했으나") nor a background ("…했는데"), after which the next act may be anyone's.
_JOINING = COORDINATE_ENDINGS | MEANS_CONNECTIVES
#: Double quotation marks: a clause with an odd number of them was cut inside a quotation.
_QUOTES = frozenset({'"', "\u201c", "\u201d"})
#: Tags that open a predicate: a subject after one of them is no longer the clause's opening one.
_PREDICATE_TAGS = ("VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA", "E")


def holds_actor(
    morphs: Sequence[Morph],
    keep: Sequence[bool],
    span: tuple[int, int],
    first: int,
    end: int,
    inside: Sequence[bool],
    topic: int = 0,
) -> bool:
    """True where dropping the kept ``[first, span[1])`` (``first``: past the topic that stays) would cut the actor
    of an act of the rest (:func:`_cuts_actor`), or, with ``topic`` (one past the sentence's topic particle, where
    that topic would be left alone before the main clause), the clause of the topic's act: the main clause after
    ``span`` opens with a subject of its own (:func:`opens_with_subject`). ``inside``:
    :func:`~kosum.engines.spans.quoted` of ``morphs``."""
    if _cuts_actor(morphs, keep, span, first, end, inside):
        return True  # "A가 …하고, … 팔게 한", "'X'를 들여와 … 맡긴": the rest's act is A's, X's
    return bool(topic) and opens_with_subject(morphs, keep, topic, span[1], end, inside)  # "A는 …하며, 특히 B가 …됐다"


def _cuts_actor(
    morphs: Sequence[Morph], keep: Sequence[bool], span: tuple[int, int], first: int, end: int, inside: Sequence[bool]
) -> bool:
    """True where the rest up to ``end`` holds an action verb that no kept subject or topic of its own precedes,
    and the clause holds a subject of its own, or ends in a means verb whose object is a name (a quoted one, a
    proper noun)."""
    if sum(morphs[j].form in _QUOTES for j in range(*span)) % 2:
        return False  # a clause cut inside a quotation ("\"우리도 …를 두고"): the quoted words are no act to keep
    if _named_means(morphs, span, inside) and _actorless(morphs, keep, span[1], end, inside):
        return True  # the name does what follows, even where the topic stays ("시는 'X'를 들여와 … 맡기는")
    # a topic acts through the clauses after it ("피의자는 …하여 …하자 …했고"), but a contrast sets it apart; a subject
    # only through a clause joined to the rest as one more act of the same actor ("A가 …하고", "…해")
    ending = _ending(morphs, span)
    topic = ending not in CONTRAST_ENDINGS and own_subject(morphs, keep, first, span[1], False, inside, timeless=True)
    joined = ending in _JOINING and holds_subject(morphs, keep, first, span[1], own=True, inside=inside)
    if not topic and not joined:
        return False
    return _actorless(morphs, keep, span[1], end, inside)  # the cut actor is nearer than a kept topic before it


def _actorless(morphs: Sequence[Morph], keep: Sequence[bool], start: int, end: int, inside: Sequence[bool]) -> bool:
    """True where a kept action verb of ``[start, end)`` has no kept subject or topic before it there; a subject of
    a clause of time or condition ("박 군이 넘어지자") is that clause's own, not the next act's; a verb that only
    dates ("지난 3월") is no act."""
    seen = False
    for j in _kept(keep, inside, start, end):
        m = morphs[j]
        subject = m.tag == "JKS" and morphs[j - 1].tag in _HEADS  # an adnominal clause's too ("다리가 끊기는 등")
        if subject or (m.tag == "JX" and m.form in TOPIC_PARTICLES and topic_after(morphs, j)):
            seen = True
        elif m.tag == "EC" and m.form in LOCAL_SUBJECT_ENDINGS:
            seen = False
        elif m.tag.startswith(_ACTS) and not seen and m.form not in TIME_ADNOMINALS and not _modifier(morphs, j, end):
            glued = morphs[j - 1].tag in ("SN", "SW") and morphs[j - 1].end == m.start  # "68.4%가" read as a verb
            if not glued:
                return True
    return False


def _modifier(morphs: Sequence[Morph], j: int, end: int) -> bool:
    """True for a verb ``morphs[j]`` whose first ending is an adnominal one before a noun it modifies ("새로 지은
    다리", "함께 보낸 시간은"): no act of the clause, but a part of a noun phrase; not before a bound noun ("맡기는 등",
    "팔게 한 것") nor a noun of time (:data:`ADNOMINAL_TIME_NOUNS`: "들어 올리던 도중"): there it is the act."""
    k = j + 1
    while k < end and (morphs[k].tag in ("EP", "VX") or (morphs[k].tag == "EC" and morphs[k + 1].tag == "VX")):
        k += 1
    if k + 1 >= end or morphs[k].tag != "ETM":
        return False
    noun = morphs[k + 1]
    suffix = morphs[k + 2].form if k + 2 < end and morphs[k + 2].tag == "XSN" else ""  # "가능/NNG 성/XSN"
    after = next((m for m in morphs[k + 2 : end] if m.tag.startswith("E")), None)
    # "…몰래 쓸 가능성이 크다": the act whose likelihood the clause judges; not "…생길 가능성이 큰 물질", a noun's
    judged = noun.form + suffix in JUDGEMENT_NOUNS and (after is None or after.tag != "ETM")
    return noun.tag.startswith("NN") and noun.tag != "NNB" and noun.form not in ADNOMINAL_TIME_NOUNS and not judged


def _ending(morphs: Sequence[Morph], span: tuple[int, int]) -> str:
    """The connective ending that closes ``span`` (punctuation aside), else ""."""
    last = next((morphs[j] for j in range(span[1] - 1, span[0] - 1, -1) if not morphs[j].tag.startswith("S")), None)
    return last.form if last is not None and last.tag == "EC" else ""


def _named_means(morphs: Sequence[Morph], span: tuple[int, int], inside: Sequence[bool]) -> bool:
    """True for a clause ending in a means verb ("들여와", "만들어") whose object, adverbs aside, is a name: a quoted
    one ("'온누리'를") or a proper noun or foreign word ("누리톡을")."""
    if _ending(morphs, span) not in MEANS_CONNECTIVES:
        return False
    j = max(j for j in range(span[0], span[1]) if not morphs[j].tag.startswith("S")) - 1
    while j > span[0] and morphs[j].tag == "EP":
        j -= 1
    if j <= span[0] or not morphs[j].tag.startswith(_ACTS):
        return False
    j -= 2 if morphs[j].tag == "XSV" else 1  # "도입/NNG 하/XSV": the verbal noun is the verb's
    while j > span[0] and morphs[j].tag == "MAG":
        j -= 1
    if j <= span[0] or morphs[j].tag != "JKO":
        return False
    noun = morphs[j - 1]
    unit = noun.tag == "SL" and morphs[j - 2].tag == "SN"  # "965hPa을": a unit, no name
    return (noun.tag in NAME_TAGS and not unit) or (noun.tag == "SSC" and (inside[j - 1] or inside[j - 2]))


def opens_with_subject(
    morphs: Sequence[Morph], keep: Sequence[bool], topic: int, start: int, stop: int, inside: Sequence[bool]
) -> bool:
    """True where the kept main clause ``[start, stop)`` opens with a subject ("실적이") before its first
    predicate, and that subject's predicate is the clause's last: the clause is its own subject's, so a topic
    before it belongs to a clause before. ``topic``: one past the sentence's topic particle; a topic of an
    adverbial phrase ("청년에게는", "A지역에서는") says to whom or where, and counts for no clause."""
    if topic < 2 or morphs[topic - 2].tag.startswith("JKB"):
        return False  # "청년에게는 …": to whom the rest applies, no actor of a cut clause
    for i in _kept(keep, inside, max(start, 1), stop):
        m = morphs[i]
        if m.tag.startswith(_PREDICATE_TAGS):
            return False
        if m.tag == "JKS" and (morphs[i - 1].tag in NOUNISH or morphs[i - 1].tag == "SSC"):
            return _final(morphs, i + 1, stop) and not _takes_topic(morphs, keep, i + 1, stop)
    return False


def _kept(keep: Sequence[bool], inside: Sequence[bool], start: int, stop: int) -> Iterator[int]:
    """The indexes of ``[start, stop)`` that stay and stand outside a quotation: the words whose act is asked."""
    return (j for j in range(start, stop) if keep[j] and not inside[j])


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


def opens_unowned(morphs: Sequence[Morph]) -> bool:
    """True for a sentence whose first clause acts with no subject or topic of its own and is set against the rest
    ("…하려 했으나", "…했지만"): a contrast keeps its actor, so that actor is named before the sentence, even where a
    later clause names a subject of its own (that clause's, not the act's). Example: "곧이어 행사를 열려 했으나,
    회원들이 생각보다 적어 다음 달로 미루기로 했다" is True; "새솔시는 행사를 열려 했으나, …" is not."""
    spans = clauses(morphs, len(morphs))
    contrast = next((span for span in spans[:-1] if _ending(morphs, span) in CONTRAST_PROPER_ENDINGS), None)
    if contrast is None:
        return False
    first = (0, contrast[1])  # the clauses up to the contrast ("곧이어 …", read as a verb, opens one)
    if holds_subject(morphs, [True] * len(morphs), *first, own=True):
        return False  # "A는 …", "A도 …"
    if any(itself_opening(morphs, i) for i in range(1, first[1])):
        return False  # "A 역시 …"
    ends = ("S", "E", "VX")  # marks, endings and auxiliaries after the stem ("하려 하였으나")
    stem = next((m for m in reversed(morphs[contrast[0] : contrast[1]]) if not m.tag.startswith(ends)), None)
    # "…결정이 나리라 예상되지만": a passive says what is expected, no act of anybody
    return stem is not None and stem.tag.startswith(_ACTS) and stem.form not in PASSIVE_STEMS
