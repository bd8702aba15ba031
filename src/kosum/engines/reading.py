"""A bullet's morphemes for the checks that read what it says (:func:`kosum.engines.form.unattributed`,
:func:`kosum.engines.outlook.is_outlook`), without a second analysis of the text its source sentence had.

A bullet made from an analysed sentence is its words cut out of that sentence (:func:`keep`, from
:func:`kosum.engines.bullets.make_bullet`). Its words but the last two read as they did in the sentence;
its last two words, where the nominalized predicate stands ("…운영하고 있음", "…지원할 예정") and where a
reading of the shortened text parts from the sentence's, are analysed alone, as Kiwi reads a text's end
("있/VX 음/EF", not the nominal "있음" a bullet's own form check reads). A short call of two words costs a
fifth of the whole bullet's. A text not kept here, or whose last two words read as a quotative (a reading that
leans on the words before), is analysed whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from ..pipeline.vocab.voice import QUOTATIVE_ENDING
from ..types import Morph
from .features import analyze

__all__ = ["analysis", "keep", "kept", "reading"]

#: Bullets' morphemes read off their sources, by text: a call that reads them (``None`` where it cannot),
#: replaced by what it read the first time a check asks (:func:`kept`).
_kept: dict[str, Callable[[], list[Morph] | None] | list[Morph] | None] = {}
#: Most bullets kept before the oldest go (a card's checks read its bullets right after they are made).
_KEPT_MAX = 256
#: Words at a bullet's end analysed alone: the predicate and the word before it, whose reading it sways.
_TAIL_WORDS = 2


def keep(text: str, morphs: Callable[[], list[Morph] | None]) -> None:
    """Keep the morphemes of a bullet ``text`` (offsets into it) read off its source sentence: ``morphs``
    reads them, called only where a check reads the text."""
    if len(_kept) >= _KEPT_MAX:
        _kept.pop(next(iter(_kept)))
    _kept[text.strip()] = morphs


def kept(text: str) -> list[Morph] | None:
    """The morphemes :func:`keep` holds for the bullet ``text``, read off its source once (the form check,
    :func:`kosum.engines.form.defect`, reads them whole); ``None`` where none are kept or they cannot be read."""
    key = text.strip()
    found = _kept.get(key)
    if callable(found):
        found = _kept[key] = found()
    return found


def reading(text: str) -> list[Morph]:
    """The morphemes of ``text`` as its checks read them: a kept bullet's own words, its last two words analysed
    alone; else the analysis of the whole text.

    >>> [(m.form, m.tag) for m in reading("새솔시는 주민 불편을 줄여 나가겠음")][-3:]
    [('나가', 'VX'), ('겠', 'EP'), ('음', 'EF')]
    """
    morphs = kept(text)
    cut = len(text)
    for _ in range(_TAIL_WORDS):
        cut = text.rfind(" ", 0, max(cut, 0))
    if not morphs or cut < 0:
        return list(analysis(text))
    tail = [Morph(m.form, m.tag, m.start + cut + 1, m.end + cut + 1) for m in analysis(text[cut + 1 :])]
    if any(m.tag == "JKQ" or (m.tag == "EC" and QUOTATIVE_ENDING.match(m.form)) for m in tail):
        return list(analysis(text))  # "…했다고 강조": a quotative ("다고", "다" + "고") leans on the words before
    return [m for m in morphs if m.start <= cut] + tail


@lru_cache(maxsize=256)
def analysis(text: str) -> Sequence[Morph]:
    """Kiwi's morphemes of ``text``, kept for the next check that reads the same text (a bullet the form check
    analysed, then the ownership check; a bullet's last two words read by both checks)."""
    return tuple(analyze(text))
