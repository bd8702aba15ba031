"""Spans of a sentence's morphemes that 개조식 compression treats apart: names in single or
corner quotes, parentheticals, and facts (numbers with units, quoted names), the spans an editor
keeps whole. Each function answers per morpheme, for :mod:`kosum.engines.compress`; :func:`render`
turns the morphemes compression keeps back into text."""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

from ..pipeline.vocab.sentences import CLOSE_BRACKETS, DATE_UNITS, NAME_OPENING_QUOTES, NAME_QUOTES, OPEN_BRACKETS
from ..types import Morph
from .bracketed import gap
from .cues import in_name, is_quantity
from .particles import agree

__all__ = ["PUNCT", "facts", "parentheticals", "quoted", "render"]

#: A morpheme's form (its first field), read without a Python call per morpheme.
_FORM = itemgetter(0)

#: Punctuation and symbol tags.
PUNCT = frozenset({"SF", "SE", "SS", "SSO", "SSC", "SW", "SO", "SP"})


def quoted(morphs: Sequence[Morph]) -> list[bool]:
    """Per morpheme: True inside a name in single or corner quotes ("'별빛 축제'", "「…」")."""
    out = [False] * len(morphs)
    if NAME_QUOTES.isdisjoint(map(_FORM, morphs)):
        return out  # no such quote: most sentences, told without a Python step per morpheme
    inside = False
    for i, m in enumerate(morphs):
        if m.form in NAME_QUOTES and m.tag.startswith("SS"):
            inside = not inside if m.form == "'" else m.form in NAME_OPENING_QUOTES
            continue
        out[i] = inside
    return out


def parentheticals(morphs: Sequence[Morph], keep: list[bool], inside: Sequence[bool] | None = None) -> None:
    """Drop parentheticals ("(이하 …)", "[…]"), except inside a quoted name, which is kept whole
    ("'바다숲(해조류 숲) 가꾸기'"), and a name's abbreviation ("새솔과학원(SSI)"); ``inside``:
    :func:`quoted` of ``morphs``, where the caller has it."""
    if OPEN_BRACKETS.isdisjoint(map(_FORM, morphs)):
        return  # no bracket opens: nothing to drop
    depth = 0
    inside = quoted(morphs) if inside is None else inside
    for i, m in enumerate(morphs):
        # an abbreviation's morpheme is a Latin word, a bracket or its "(" (the cheap test first)
        if inside[i] or (not depth and (m.tag in ("SL", "SSC") or m.form == "(") and _acronym(morphs, i)):
            continue
        if m.form in OPEN_BRACKETS and m.tag.startswith("SS"):
            depth += 1
        if depth:
            keep[i] = False
            if m.form in CLOSE_BRACKETS and m.tag.startswith("SS"):
                depth -= 1


def _acronym(morphs: Sequence[Morph], i: int) -> bool:
    """True for a morpheme of a name's abbreviation in brackets, attached to the name
    ("새솔과학원(SSI)"): an opening bracket, Latin letters only, a closing one."""
    j = i
    while j > 0 and morphs[j].tag in ("SL", "SSC"):
        j -= 1  # back to the opening bracket
    if morphs[j].form != "(" or j == 0 or morphs[j - 1].end != morphs[j].start:
        return False
    k = j + 1
    while k < len(morphs) and morphs[k].tag == "SL":
        k += 1  # on to the closing bracket
    return j + 1 < k < len(morphs) and morphs[k].form == ")" and i <= k


def facts(morphs: Sequence[Morph], inside: Sequence[bool] | None = None) -> list[bool]:
    """Per morpheme: True for a number (SN) and for the words of a name in single or corner
    quotes ("'별빛 축제'", "「…」"), the spans an editor keeps; ``inside``: :func:`quoted` of
    ``morphs``, where the caller has it."""
    out = [False] * len(morphs)
    for i, m in enumerate(morphs):
        if m.tag != "SN" or in_name(morphs, i):
            continue
        j = i + 1
        while j < len(morphs) and morphs[j].tag in ("SN", "NR", "XSN") and morphs[j].start - morphs[j - 1].end <= 1:
            j += 1
        unit = morphs[j] if j < len(morphs) and morphs[j].start - morphs[j - 1].end <= 1 else None
        if (
            unit is not None
            and unit.tag in ("NNB", "NNG", "SL", "SW")
            and (unit.form not in DATE_UNITS or is_quantity("".join(m.form for m in morphs[i : j + 1])))
        ):
            out[i : j + 1] = [True] * (j + 1 - i)
    for i, quoted_name in enumerate(quoted(morphs) if inside is None else inside):
        if quoted_name and morphs[i].tag not in PUNCT:
            out[i] = True
    return out


def render(text: str, morphs: Sequence[Morph], keep: Sequence[bool], base: int) -> str:
    """The kept morphemes as text: runs of kept morphemes copied with their inner spacing,
    joined by a space where the dropped text between them had one at an edge."""
    out: list[str] = []
    pos = -1  # end of the text copied so far (relative to ``text``); -1 before the first run
    i, n = 0, len(keep)
    while i < n:
        if not keep[i]:
            i += 1
            continue
        start = morphs[i].start - base
        if pos >= 0:
            out.append(gap(text[pos:start], morphs[i]))
        end = pos = start
        if out and not out[-1] and _joined_particle(text, morphs[i], start):
            out.append(agree("".join(out), morphs[i].form))  # "한솔제약(주)가" → "한솔제약이"
            pos = start + len(morphs[i].form)
        while i < n and keep[i]:  # a run of kept morphemes: the text from its start to its furthest end
            if morphs[i].end - base > end:
                end = morphs[i].end - base
            i += 1
        if end > pos:
            out.append(text[pos:end])
            pos = end
    return "".join(out).strip()


def _joined_particle(text: str, m: Morph, start: int) -> bool:
    """True where a kept run opens with the particle ``m``, written as its form, glued to the run before it."""
    return m.tag.startswith("J") and text.startswith(m.form, start)
