"""Pointers to a thing named in another sentence: a sentence that names something by a determiner that points
back ("해당 부서에서", "이같은 결정에", "문제의 조항은", "저 방식으로") leans on the sentence that named it.

:func:`points_away` finds such a sentence where the reader is not shown what it points to: the nouns after the
pointer are named neither earlier in the sentence ("새 조례를 두고 … 해당 조례는" names it) nor in ``known``
(the title, the card's name, the summary), and the sentence before it is not in the summary. A bullet of it
would say "that department did …" without which; the chooser passes it over for another sentence, as it does
one that borrows an actor (:func:`kosum.engines.form.borrows_actor`).
"""

from __future__ import annotations

from ..pipeline.normalize import letters
from ..pipeline.vocab.bullets import POINTING_DETERMINER, QUOTED_SPAN
from ..types import Sentence

__all__ = ["points_away"]

#: Tags of the noun run a pointer heads ("해당 경찰관 2명"); the run ends at the first other tag.
_RUN_TAGS = ("NNG", "NNP", "NNB", "SL", "SN", "XSN")
#: Tags of the nouns in that run that name what is pointed to ("경찰관", "NGO").
_NAMING_TAGS = ("NNG", "NNP", "SL")


def points_away(sentence: Sentence, known: str, after_shown: bool = False) -> bool:
    """True for a sentence holding, outside quotes, a pointing determiner (:data:`~kosum.pipeline.vocab.
    bullets.POINTING_DETERMINER`) whose nouns neither the sentence names before it nor ``known`` holds;
    ``after_shown``: the sentence before it is shown (in the summary), so what it points to likely is too.

    The nouns compared are the pointer's noun run ("해당 돌봄 교실의" -> 돌봄, 교실), across spacing and
    punctuation; any one of them named before is enough."""
    if after_shown:
        return False
    text, base = sentence.text, sentence.start
    quoted = [(m.start(), m.end()) for m in QUOTED_SPAN.finditer(text)]
    plain: str | None = None  # ``known``'s letters, read at the first pointer (most sentences have none)
    for found in POINTING_DETERMINER.finditer(text):
        if any(a <= found.start() < b for a, b in quoted):
            continue
        head = next((m for m in sentence.morphs if m.start - base == found.start()), None)
        if head is not None and head.tag == "NP" and found.group().rstrip() == head.form:
            continue  # a pronoun before a noun ("저 개인과 가족"), not a determiner
        run = []
        for m in sentence.morphs:
            if m.start - base < found.end():
                continue
            if not m.tag.startswith(_RUN_TAGS):
                break
            run.append(m)
        nouns = [m.form for m in run if m.tag.startswith(_NAMING_TAGS)]
        if not nouns:
            continue
        before = letters(text[: found.start()])
        plain = letters(known) if plain is None else plain
        if not any(noun in before or noun in plain for noun in nouns):
            return True
    return False
