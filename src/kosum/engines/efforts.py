"""A main clause of general effort, aim or evaluation ("…키우기에 힘쓰고 있다", "…라는 호평을 받았다") says nothing
alone: what the sentence reports (the programmes, the list, the figures) is in a clause before it, which then
stays (:mod:`kosum.engines.compress` asks before it drops a clause)."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.common import LIST_MARKS
from ..pipeline.vocab.efforts import (
    EFFORT_NOUNS,
    EFFORT_STEMS,
    LIST_CLOSER,
    POINTING_PLACES,
    PRAISE_OBJECTS,
    PURPOSE_KEY,
    SETUP_NOUNS,
)
from ..types import Morph
from .arguments import NAME_TAGS, key, points_back

__all__ = ["frames_content", "general_act", "names_content"]


def general_act(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True for a main clause ``[start, stop)`` whose last act is a general effort or help ("…에 힘쓰고 있다",
    "…을 돕고 있다", "…에 기여했다") or an evaluation or reception ("…한 점으로 호평을 받았다", "…인기를 끌었다")."""
    stems = [j for j in range(start, stop) if morphs[j].tag.startswith(("VV", "XSV"))]
    if not stems:
        return False
    last = stems[-1]
    m = morphs[last]
    if m.tag.startswith("VV") and m.form in EFFORT_STEMS:
        return True
    if m.tag == "XSV" and last > start and morphs[last - 1].form in EFFORT_NOUNS:
        return True
    if set_up(morphs, start, stop):
        return True
    if m.tag.startswith("VV") and last - 2 >= start and morphs[last - 1].tag == "JKO":
        return (morphs[last - 2].form, m.form) in PRAISE_OBJECTS  # "평가를 받았다", "인기를 끌었다"
    return False


def set_up(morphs: Sequence[Morph], start: int, stop: int) -> bool:
    """True for a main clause ``[start, stop)`` saying an event was set up for a purpose ("…을 거들기 위해 기획됐다"):
    the verbal noun of setting up (:data:`SETUP_NOUNS`) right after the purpose's connective."""
    for j in range(start + 2, stop - 1):
        if morphs[j].form in SETUP_NOUNS and morphs[j + 1].tag == "XSV" and morphs[j - 1].tag == "EC":
            return key(morphs[j - 2]) == PURPOSE_KEY
    return False


def acts_on(morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int) -> bool:
    """True where the kept ``[start, stop)`` holds an act on an object ("…가정을 지원해", "…사례를 공유해"): under a
    purpose, what the event does and for whom."""
    return any(keep[j] and morphs[j].tag == "JKO" for j in range(start, stop))


def names_content(morphs: Sequence[Morph], keep: Sequence[bool], facts: Sequence[bool], start: int, stop: int) -> bool:
    """True where the kept morphemes of ``[start, stop)`` name what a sentence reports: a fact (a figure, a quoted
    name), a name, or a list ("▲A ▲B", "A·B 등")."""
    for j in range(start, stop):
        if not keep[j]:
            continue
        m = morphs[j]
        if facts[j] or m.tag in NAME_TAGS or (m.tag.startswith("S") and m.form in LIST_MARKS):
            return True
        if m.form == LIST_CLOSER and m.tag == "NNB" and j > start and morphs[j - 1].tag.startswith(("NN", "SN", "SL")):
            return True
    return False


def _points_away(morphs: Sequence[Morph], keep: Sequence[bool], start: int, stop: int) -> bool:
    """True where the kept ``[start, stop)`` holds a pronoun of place pointing to another sentence ("여기에")."""
    return any(keep[j] and morphs[j].tag == "NP" and morphs[j].form in POINTING_PLACES for j in range(start, stop))


def frames_content(
    morphs: Sequence[Morph],
    keep: Sequence[bool],
    facts: Sequence[bool],
    spans: Sequence[tuple[int, int]],
    start: int,
    stop: int,
    end: int,
) -> bool:
    """True where the clause ``[start, stop)`` names what the sentence reports (:func:`names_content`) and the main
    clause, the last of ``spans`` (ending at ``end``), only frames it (:func:`general_act`): dropped, the bullet
    would keep the frame alone ("…키우기에 힘쓰고 있음": with which programmes?)."""
    if len(spans) < 2 or points_back(morphs, keep, start, stop) or _points_away(morphs, keep, start, stop):
        return False  # "여기에 …이 더해지며": a clause that leans on another sentence goes as before
    if names_content(morphs, keep, facts, start, stop):
        return general_act(morphs, spans[-1][0], end)
    return acts_on(morphs, keep, start, stop) and set_up(morphs, spans[-1][0], end)
