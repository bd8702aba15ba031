"""Whose claim a reported clause is, once its announcing frame would go (panel 82, "frames").

"…했다고 밝혔다" is cut before (:func:`kosum.engines.clauses.speech_end`): the reported clause is the
article's own fact, and the speaker goes with the frame where the clause has a subject of its own
(:mod:`kosum.engines.speaking`). Two reported clauses are no such fact, and keep the frame and its speaker:

* another actor's duty or future told by the speaker ("누리연맹은 이번 일에도 불구하고, 가람 구단은 예정대로 리그에
  나서야 한다고 밝혔다"; "새솔시는 새 다리가 내년 봄 개통될 것이라고 밝혔다"): cut, the bullet states the speaker's
  view as a plain fact, or leaves two topics in a row ("누리연맹은 …, 가람 구단은 … 나서야 함");
* a subject the analyser reads as an adjective's adnominal clause's ("…연 강좌가 좋은 반응 속에 끝났다": "강좌가
  좋은" reads as "the course is good"): whether it is the clause's own cannot be told, so the speaker stays, and the
  frame with it, never "새솔군은 … 강좌가 … 끝남" (two subjects in a row, the second with no verb of the first's).

Either way only where the opening topic speaks (:func:`~kosum.engines.speaking.can_speak`) or another topic follows
it (a clause holds one): a thing ("둘레길은 …") is the reported clause's own, and stays without the frame.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.asides import OBLIGED_KEY, PROSPECTIVE_ADNOMINALS
from ..pipeline.vocab.sentences import OBLIGING_ENDINGS
from ..pipeline.vocab.voice import REPORTED_THING_KEYS
from ..types import Morph
from .arguments import NOUNISH, key, own_subject
from .speaking import can_speak

__all__ = ["claimed", "stance"]

#: Tags of an adjective's stem before its adnominal ending ("크/VA ᆫ/ETM", "가능/NNG 하/XSA ᆫ/ETM").
_ADJECTIVE = frozenset({"VA", "XSA"})
#: Endings that close the clause a subject opens.
_ENDINGS = frozenset({"ETM", "EF", "EC", "ETN"})


def stance(morphs: Sequence[Morph], start: int, end: int) -> bool:
    """True where the reported clause ``[start, end)`` (``end`` one past its "다고"/"라고") ends in a duty ("…나서야
    한다고") or a forecast or pledge ("…개통될 것이라고"), not in a fact. Example: "가람 구단은 리그에 나서야 한다고" →
    True; "가람 구단은 리그에 나섰다고" → False."""
    j = end - 2  # the predicate before the reporting ending
    if j - 1 < start:
        return False
    if key(morphs[j]) == OBLIGED_KEY and morphs[j - 1].form in OBLIGING_ENDINGS:
        return True
    tail = tuple(key(m) for m in morphs[j - 1 : j + 1])
    return j - 2 >= start and tail == REPORTED_THING_KEYS and morphs[j - 2].form in PROSPECTIVE_ADNOMINALS


def _uncertain_subject(
    morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int, inside: Sequence[bool], closing: int
) -> bool:
    """True where a kept subject of ``[start, stop)``, outside quotes, is followed first by an adjective's adnominal
    ending ("강좌가 좋은 반응 속에", "기능이 뛰어난 습지": the clause's own or the adjective's) or by the adnominal
    ending at ``closing`` that closes the clause ("다리가 개통될 것이라고": the clause's own)."""
    for i in range(max(start, 1), stop):
        if morphs[i].tag != "JKS" or not keep[i] or inside[i] or morphs[i - 1].tag not in NOUNISH:
            continue
        ending = next((j for j in range(i + 1, stop) if morphs[j].tag in _ENDINGS), None)
        if ending is None or morphs[ending].tag != "ETM":
            continue
        if ending == closing or morphs[ending - 1].tag in _ADJECTIVE:
            return True
    return False


def claimed(
    text: str,
    morphs: Sequence[Morph],
    keep: Sequence[bool],
    subject: int,
    end: int,
    base: int,
    inside: Sequence[bool],
) -> bool:
    """True where the announcing frame after the reported clause ``[subject, end)`` of ``text`` (from offset
    ``base``) stays, with its speaker, the opening topic ``morphs[:subject]``: the clause names an actor of its own
    and tells its duty or future (:func:`stance`), or its subject may be an adjective's (two subjects in a row else).
    Example: "새솔시는 새 다리가 내년 봄 개통될 것이라고 밝혔다" → True ("…개통될 것이라고 밝힘");
    "새솔시는 새 다리가 이달 초 개통됐다고 밝혔다" → False ("새 다리가 이달 초 개통")."""
    if not subject or end >= len(morphs):
        return False
    own = own_subject(morphs, keep, subject, end, True, inside)
    held = stance(morphs, subject, end)
    loose = not own and _uncertain_subject(morphs, keep, subject, end, inside, end - 4 if held else -1)
    if not (own or loose):
        return False
    plain = morphs[subject - 2].tag in NOUNISH  # "누리연맹은", not "쇄신안에는" (where, no actor)
    second_topic = plain and own_subject(morphs, keep, subject, end, False, inside, timeless=True)
    if not (second_topic or can_speak(text, morphs, subject, base)):
        return False  # a thing opens the clause it reports: its own topic ("둘레길은 …")
    return loose or held
