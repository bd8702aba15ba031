"""Whose act a kept later clause states, once the clause before it goes (bullets29).

"가람 구단은 결승에서 3골을 넣었으며, 지난 시즌에는 리그 2위에 올랐다": the kept clause has no subject of its own,
and its adverbial topic ("지난 시즌에는", "본선에서는", "연령별로는") says when or where, not who: its act is the
sentence's topic's, which stays with it ("가람 구단은 지난 시즌에는 리그 2위에 오름"), never "지난 시즌에는 리그
2위에 오름" (who?). Where the kept clause names an actor of its own, a subject ("누리 구단이 …") or a plain topic
("누리 구단은 …"), the sentence's topic is the cut clause's and goes with it: kept, it would make two subjects in a
row. So too after a clause of time or background ("…하자", "…했는데"), whose actor the rest need not share, and
after a coordinate clause ("…열었으며, 올해 공연 역시 …") where the next opens on a noun set off by "역시", a
topic of its own: "가온농장은 올해 공연 역시 …" would be two topics in a row.

A contrast ("…했지만", "…했으나") sets its topic against what follows, and the topic goes with it; but where what
follows names no actor ("지지율이 61%로 출발했지만, 석 달 만에 48%로 내려앉았다"), the figure would float or be
pinned on the wrong one ("석 달 만에 48%로 내려앉음": whose?), and the clause stays whole
(:func:`orphaned_contrast`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.normalize import letters
from ..pipeline.vocab.bullets import (
    ACTING_GROUP_ENDS,
    CHAINING_ENDINGS,
    COORDINATE_ENDINGS,
    TIME_TOPIC_NOUNS,
    TOPIC_IDIOM_NEXT,
)
from ..pipeline.vocab.headlines import GIFT_ACTS, GROUP_ENDS, ORGANISATION_ENDS, TOPIC_HEADS
from ..pipeline.vocab.layout import ACTOR, OFFICE_ENDS
from ..pipeline.vocab.sentences import CONTRAST_PROPER_ENDINGS
from ..pipeline.vocab.voice import TOPIC_PARTICLES
from ..types import Morph, Sentence
from .arguments import NOUNISH, itself_opening, own_subject

__all__ = ["adverbial_only", "doer_dropped", "names_actor", "orphaned_contrast", "owns_rest"]

#: Tags a plain topic or subject particle follows (a noun, a closing bracket, a pronoun; not an adverbial particle).
_HEADS = NOUNISH | {"SSC", "NP"}
#: Tags of a predicate that acts ("모으", "참여하"), not one of a state ("열악하").
_ACTS = frozenset({"VV", "XSV"})
#: Tags that may close a clause after its final noun ("예정이다", "계획임").
_CLOSING = frozenset({"VCP", "EP", "EF", "EC", "ETN", "JX"})
#: Ends of a noun that names a body able to act as a subject with "에서" ("누리재단에서는 … 거절").
_BODY_ENDS = ORGANISATION_ENDS + GROUP_ENDS + OFFICE_ENDS + ACTING_GROUP_ENDS


def names_actor(
    morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int, inside: Sequence[bool], subjects: bool = True
) -> bool:
    """True where the kept morphemes of ``[start, stop)``, outside quotes, name an actor of their own: a plain
    topic ("누리 구단은"; not a time, "올해는", nor an adverbial one, "본선에서는", "연령별로는"), a body acting
    with "에서" ("누리재단에서는") or, with ``subjects``, a subject ("누리 구단이"; not an adnominal clause's,
    "주민이 참여하는 축제", but the main clause's before its planning noun, "기념품이 주어질 계획")."""
    for i in range(max(start, 1), stop):
        m = morphs[i]
        if not keep[i] or inside[i]:
            continue
        if m.tag.startswith("JKB") and m.form == "에서" and _body(morphs[i - 1]):
            return True
        if morphs[i - 1].tag not in _HEADS:
            continue
        if m.tag == "JX" and m.form in TOPIC_PARTICLES and morphs[i - 1].form not in TIME_TOPIC_NOUNS:
            if i + 1 < len(morphs) and morphs[i + 1].form in TOPIC_IDIOM_NEXT:
                continue  # "국내는 물론 …": as well as, no actor
            return True
        if subjects and m.tag == "JKS" and not _adnominal(morphs, i + 1, stop, inside):
            return True
    return False


def _body(noun: Morph) -> bool:
    """True for a noun that names a body able to act with "에서" (a proper noun, "…재단", "…위원회", "…단")."""
    return noun.tag == "NNP" or (noun.tag.startswith("NN") and noun.form.endswith(_BODY_ENDS))


def _adnominal(morphs: Sequence[Morph], start: int, stop: int, inside: Sequence[bool]) -> bool:
    """True where the subject before ``start`` is an adnominal clause's: the first ending after it, quotes aside, is
    an adnominal one ("참여하는 축제"), but for one whose noun ends the clause ("주어질 계획이다", "나설 예정"): that
    is the main clause's."""
    for j in range(start, stop):
        m = morphs[j]
        if inside[j] or m.tag not in ("ETM", "EC", "EF", "ETN"):
            continue
        if m.tag != "ETM":
            auxiliary = m.tag == "EC" and j + 1 < stop and morphs[j + 1].tag.startswith("VX")
            if auxiliary:
                continue
            return False
        rest = [r for r in morphs[j + 2 : stop] if not r.tag.startswith("S")]
        final = j + 1 < stop and morphs[j + 1].tag.startswith("NN") and all(r.tag in _CLOSING for r in rest)
        return not final
    return False


def adverbial_only(
    morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int, end: int, inside: Sequence[bool]
) -> bool:
    """True where the kept topics of ``[start, stop)`` are adverbial only ("지난 시즌에는", "연합 내에서는": no plain
    topic) and the kept rest ``[start, end)`` names no subject of its own: the rest names no actor, and the
    sentence's topic stays the act's; with a subject ("지난 시즌에는 누리 구단이 …") the adverbial topic opens a
    clause of its own, and the sentence's topic goes with the clause cut before it (two subjects in a row else)."""
    plain = names_actor(morphs, keep, start, stop, inside, subjects=False)
    return not plain and not names_actor(morphs, keep, start, end, inside)


def owns_rest(
    morphs: Sequence[Morph], keep: Sequence[bool], span: tuple[int, int], opening: int, end: int, inside: Sequence[bool]
) -> bool:
    """True where the kept clause after the cut ``span`` opens (before its first predicate, ``opening``) with a topic
    of its own, so that the sentence's topic goes with ``span``; an adverbial topic alone (:func:`adverbial_only`)
    does not, where ``span`` joins the rest as one more act of the same actor ("…했으며, 지난 시즌에는 …"); after a
    clause of time or background ("…하자", "…했는데") the rest may be anyone's, and the topic goes."""
    joined = _ending(morphs, span) in COORDINATE_ENDINGS
    if not own_subject(morphs, keep, span[1], opening, False, inside, timeless=True):
        # "A는 …열었으며, 올해 공연 역시 …": a coordinate clause that opens on a topic of its own is its own
        opens = _opens_on_itself(morphs, keep, span[1], opening, inside) or _chained_subject(
            morphs, keep, span[1], opening, end, inside
        )
        return joined and opens
    return not joined or not adverbial_only(morphs, keep, span[1], opening, end, inside)


def _opens_on_itself(
    morphs: Sequence[Morph], keep: Sequence[bool], start: int, opening: int, inside: Sequence[bool]
) -> bool:
    """True where the kept morphemes of ``[start, opening)``, before the clause's first predicate, open on a noun
    phrase set off by "역시" ("올해 공연 역시 …": :func:`~kosum.engines.arguments.itself_opening`), which names what
    the clause is about as a topic of its own does. A subject ("회원들이 …") does not: it may be an inner clause's
    ("행사는 주민들이 즐기도록 마련"), and the topic is the rest's too."""
    return any(keep[i] and not inside[i] and itself_opening(morphs, i) for i in range(max(start, 1), opening))


def _chained_subject(
    morphs: Sequence[Morph], keep: Sequence[bool], start: int, opening: int, end: int, inside: Sequence[bool]
) -> bool:
    """True where the kept morphemes of ``[start, opening)`` name a subject ("회원들이 …") whose clause goes on to
    the main act (it ends on the sentence's ending, or chains, "-아/-어", or joins, "-고", "-며", onto the next)
    and the kept rest up to ``end`` holds an object: the subject acts on it, and the sentence's topic, kept, would
    make two subjects in a row ("잔치는 회원들이 정성을 모아 떡을 나눔"). Without an object the topic may be the
    rest's ("구단은 …했으며, 2016년 누리그룹이 인수했다": what was bought; "도시는 …하며, 수출이 줄었다": whose);
    a subject in a clause of purpose ("주민들이 즐길 수 있도록") is an inner clause's, and one of a state ("환경이
    열악하고 …") may be an adnominal's."""
    if opening >= end or morphs[opening].tag not in _ACTS or not names_actor(morphs, keep, start, opening, inside):
        return False  # "살림이 어렵고 작은 가게": a state, no act the subject does
    if not any(keep[j] and morphs[j].tag == "JKO" and not inside[j] for j in range(opening, end)):
        return False
    # past its coordinated predicates ("…익히고 어울리는 자리": an adnominal's after all)
    endings = (m for m in morphs[opening:] if m.tag.startswith("E") and m.tag != "EP")
    ending = next((m for m in endings if m.tag != "EC" or m.form not in COORDINATE_ENDINGS), None)
    return ending is not None and (ending.tag == "EF" or ending.form in CHAINING_ENDINGS)


def orphaned_contrast(
    morphs: Sequence[Morph], keep: Sequence[bool], span: tuple[int, int], end: int, inside: Sequence[bool]
) -> bool:
    """True for a contrast clause ``span`` that names an actor (its topic or subject) while the kept rest up to
    ``end`` names none: dropped, the rest's act and figures would be nobody's."""
    if _ending(morphs, span) not in CONTRAST_PROPER_ENDINGS:
        return False  # a background ("…했는데") keeps its old cut: the topic often stays with the rest
    return names_actor(morphs, keep, span[0], span[1], inside) and not names_actor(morphs, keep, span[1], end, inside)


def _ending(morphs: Sequence[Morph], span: tuple[int, int]) -> str:
    """The connective ending that closes ``span`` (punctuation aside), else ""."""
    last = next((m for m in reversed(morphs[span[0] : span[1]]) if not m.tag.startswith("S")), None)
    return last.form if last is not None and last.tag == "EC" else ""


def doer_dropped(sentence: Sentence, bullet: str) -> bool:
    """True for a ``bullet`` of an office's report ("새솔군은 15일 한빛사에서 장학회에 장학금을 기탁했다고
    밝혔다", "새솔군은 17일 한빛연합회(회장 …)에서 나눔 행사를 열었다고 밝혔다") that opens on the office and drops
    the "…에서" of ``sentence`` that may name who acted: of a gift, any noun ("에서" names a body that acts as often
    as a place); of any act, a body's name (:data:`_GIVER_BODY_ENDS`: "…연합회", "…재단"; not an event's,
    "…토론회"). Cut, the act reads as the office's ("새솔군은 장학회에 장학금 기탁", "새솔군은 나눔 행사 엶")."""
    topic = next((w for w in bullet.split()[:3] if w.endswith(("은", "는"))), "")  # "전남 새솔군은 …"
    if not ACTOR.match(topic[:-1]):
        return False
    gift = any(act in bullet for act in GIFT_ACTS)
    kept = letters(bullet)
    morphs = sentence.morphs
    for k, m in enumerate(morphs):
        if m.tag != "JKB" or m.form != "에서":
            continue
        noun = _before_brackets(morphs, k)  # "한빛연합회(회장 김바다)에서": the body, not its head's name
        if noun is None or letters(noun.form) in kept:
            continue
        if gift or (noun.form.endswith(_GIVER_BODY_ENDS) and not noun.form.endswith(TOPIC_HEADS)):
            return True  # a body that acts, not an event held ("토론회에서")
    return False


#: Ends of a body's name that acts where an office reports it with "에서" (not an office's own building).
_GIVER_BODY_ENDS = ORGANISATION_ENDS + GROUP_ENDS + ACTING_GROUP_ENDS


def _before_brackets(morphs: Sequence[Morph], k: int) -> Morph | None:
    """The noun right before morpheme ``k``, past one bracketed note between them ("연합회(회장 김바다)에서"), or
    ``None``."""
    j = k - 1
    if j >= 0 and morphs[j].tag == "SSC":
        while j >= 0 and morphs[j].tag != "SSO":
            j -= 1
        j -= 1
    return morphs[j] if j >= 0 and morphs[j].tag.startswith("NN") else None
