"""Bullets the way Korean reports write them (개조식), from sentences or generated text.

``noun`` style ends a bullet on a noun or a nominalized predicate:

* "LH와 업무협약을 체결했다."          → "LH와 업무협약 체결"      (noun + 하다/되다 → noun)
* "워킹그룹을 운영 중이다."             → "워킹그룹을 운영 중"      (noun + 이다 → noun)
* "투자협약을 맺었다."                  → "투자협약을 맺음"        (verb → verb + ㅁ/음)
* "고용률이 높다."                      → "고용률이 높음"

Leading connectives ("이를 통해", "또한", "특히", "이 밖에도", "곧이어" ...) and a generic
subject ("시는", "군은") are dropped in both styles; ``sentence`` style keeps the rest of
the sentence as written. Where the grammar gives no safe cut, the sentence is kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._kiwi import get_kiwi
from ..types import Morph
from .features import analyze

__all__ = ["make_bullet", "strip_connective"]

_CONNECTIVE = re.compile(
    r"^(?:이를\s*통해|이를\s*위해|이에\s*따라|이에\s*힘입어|이와\s*함께|이와\s*더불어|이\s*밖에도?|"
    r"이외에도|그\s*밖에도?|그\s*결과|그\s*외에도?|또한|특히|아울러|한편|곧이어|이어서?|더불어|나아가|"
    r"이처럼|이같이|게다가|뿐만\s*아니라|그러나|하지만|그리고|따라서|결국|먼저|우선|또|이후|"
    r"이\s*과정에서|이를\s*바탕으로|이와\s*관련해)\s*,?\s+"
)
_SUBJECT = re.compile(r"^(?:시는|군은|구는|도는|시에서는|군에서는|구에서는|도에서는)\s+")
_NOUNISH = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "XSN", "XR", "NP"})
_PREDICATE = frozenset({"VV", "VA", "VX", "VCN"})
_LIGHT = frozenset({"XSV", "XSA"})
_ENDING = frozenset({"EP", "EF"})
_TRAILING = frozenset({"SF", "SE", "SS", "SSC", "SW", "SO"})


def strip_connective(text: str) -> tuple[str, int]:
    """Drop a leading connective and generic subject; return the rest and how much was cut."""
    cut = 0
    for pattern in (_CONNECTIVE, _SUBJECT, _CONNECTIVE):
        m = pattern.match(text[cut:])
        if m:
            cut += m.end()
    return text[cut:], cut


def _drop_object_particle(text: str, head: Sequence[Morph], base: int) -> str:
    """``text`` up to the end of ``head``, less an object particle before the final noun
    phrase: "업무협약을 체결" → "업무협약 체결"."""
    end = head[-1].end
    j = len(head) - 1
    while j > 0 and head[j - 1].tag in _NOUNISH and head[j - 1].end <= head[j].start:
        j -= 1
    if j > 0 and head[j - 1].tag == "JKO" and head[j - 1].start > base:
        particle = head[j - 1]
        return (text[: particle.start - base] + " " + text[head[j].start - base : end - base]).rstrip()
    return text[: end - base].rstrip()


def _noun_ending(text: str, morphs: Sequence[Morph], base: int) -> str | None:
    """``text`` (which starts at offset ``base``) cut and nominalized at its final predicate."""
    tail = [m for m in morphs if m.start >= base]
    while tail and tail[-1].tag in _TRAILING:
        tail.pop()
    if not tail or tail[-1].tag != "EF" or not tail[-1].form.endswith("다"):
        return None
    i = len(tail) - 1
    while i >= 0 and tail[i].tag in _ENDING:
        i -= 1
    if i < 0:
        return None
    pred = tail[i]
    before = tail[i - 1] if i > 0 else None
    attached = before is not None and before.end == pred.start and before.tag in _NOUNISH
    verbal_noun = attached and pred.tag in _LIGHT and len(before.form) >= 2 if before else False
    if verbal_noun or (pred.tag == "VCP" and before is not None and before.tag in _NOUNISH):
        assert before is not None
        if before.form == "것":
            return None
        return _drop_object_particle(text, tail[:i], base)
    if pred.tag in _PREDICATE or pred.tag in _LIGHT:
        stem: str = get_kiwi().join([(pred.form, "VV" if pred.tag in _LIGHT else pred.tag), ("음", "ETN")])
        head = text[: pred.start - base]
        return (head + stem).rstrip()
    return None


def make_bullet(text: str, morphs: Sequence[Morph], start: int, style: str = "noun") -> str:
    """A bullet from a sentence: ``text`` starting at offset ``start``, with its ``morphs``.

    ``morphs`` may be empty (generated text): they are then analysed here.
    """
    if not morphs:
        morphs = analyze(text, start)
    rest, cut = strip_connective(text.strip())
    lead = len(text) - len(text.lstrip())
    base = start + lead + cut
    if style == "noun":
        noun = _noun_ending(rest, morphs, base)
        if noun:
            return noun
    return rest.strip()
