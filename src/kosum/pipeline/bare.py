"""A single-topic card never named by a bare word of who or where (#19, "names an editor keeps", names44).

A one-word name of a facility, an office or a group of people ("경로당", "장애인"), or a day and a
building ("3일 새솔군청": where the lead's act took place), names no matter. Where the rules before
found nothing better (:func:`~kosum.pipeline.topic.act_name`), such a name gives way to the act the
subtitle writes after its actor (:func:`~kosum.pipeline.actors.headline_act`: "- 새솔어린이집 원생,
벼룩시장 수익금 기부 -" → "벼룩시장 수익금 기부"), else to the compound the article writes most often
that opens with it ("경로당" → "경로당손일터": the programme of the facility).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..types import Sentence
from .actors import headline_act
from .labels import names_where, names_who, noun_compounds
from .tuning import CARDS
from .vocab.headlines import COMMUNITY_ENDS, FIGURE_WORD, GROUP_ENDS

__all__ = ["bare", "widened"]


def bare(name: str, text: str) -> bool:
    """True for a name of one word that names who or where
    (:func:`~kosum.pipeline.labels.names_who`), or of a figure and such a word ("3일 새솔군청")."""
    words = name.split()
    if len(words) == 1:
        return names_who(name, text)
    return len(words) == 2 and bool(FIGURE_WORD.match(words[0])) and names_where(words[1], text)


def _compound(name: str, sentences: Sequence[Sentence]) -> str | None:
    """The compound noun that opens with ``name`` and goes on, written twice at least and most often
    of those, that names no one and nowhere itself, nor a group that acts; ``None`` where none is."""
    found = Counter(
        c for s in sentences for c in noun_compounds(s.morphs) if c.startswith(name) and len(c) > len(name) + 1
    )
    if not found:
        return None
    best, count = max(found.items(), key=lambda item: (item[1], -len(item[0])))
    body = best.endswith(GROUP_ENDS + COMMUNITY_ENDS)  # "주민" → "주민자치회": a body that acts, still who
    return best if count >= 2 and not body and not names_who(best) and len(best) <= CARDS.topic_max_chars else None


def widened(name: str, subtitle: str, sentences: Sequence[Sentence], text: str) -> str:
    """``name``, or where it is :func:`bare`, the subtitle's act after its actor, else the compound
    that opens with it (:func:`_compound`, a name of one word only)."""
    if not bare(name, text):
        return name
    line = subtitle.strip().strip("-–—◇◆ ").strip()
    acted = headline_act(line, text) if line else None
    if acted:
        return acted
    return (_compound(name, sentences) if " " not in name else None) or name
