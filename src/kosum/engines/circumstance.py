"""A clause that only sets the circumstance of the act after it: chained to it by "-아/-어" ("…감소에 대응하여",
"…일정에 맞춰") with no subject, topic or object of its own, it names no act a bullet may end on; its figures
belong to the act that follows ("…에 대응하여 9억 원, …에 3억 원을 사용한 결과"), which a bullet ended on the clause
would cut (:func:`circumstance`, for :mod:`kosum.engines.compress`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import CHAINING_ENDINGS
from ..types import Morph
from . import clauses as cl

__all__ = ["circumstance"]

#: Particles of a clause's own participant: a subject, an object, a topic (tagged JX: "는", "은", "도").
_OWN_PARTICLES = ("JKS", "JKO", "JX")


def circumstance(morphs: Sequence[Morph], keep: Sequence[bool], span: tuple[int, int]) -> bool:
    """True for a clause ``span`` ending in a chaining "-아/-어" whose kept morphemes before it (from the sentence's
    start) hold no subject, topic or object, only adverbial phrases: the circumstance of the next act, no act of
    its own. Example: "한빛시 기금 200억 원에서 세수 감소에 대응하여 …" gives True; "주민 30여 명이 모여 …" False."""
    last = cl.last_word(morphs, span)
    if last is None or last.tag != "EC" or last.form not in CHAINING_ENDINGS:
        return False
    return not any(keep[j] and morphs[j].tag.startswith(_OWN_PARTICLES) for j in range(span[1]))
