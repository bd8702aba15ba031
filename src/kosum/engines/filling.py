"""A single-topic article's one card left with a single bullet (#19): it takes the next facts that pass.

The one card of an article with no sections takes its bullets from the sentences the summary leaves
(:func:`kosum.engines.extractive._section_bullets`); where those picks fall to the soundness checks (a
pointer to an unshown sentence, a cut frame, reported words), the card can end with one bullet, though the
article's lead and the summary's other sentences state its core facts soundly. Such a card takes, after
its bullet, the lead's (the article's first sentence, when it passes the checks a bullet's sentence passes)
and then the card's other bullet-worthy sentences, best first, whose bullets are sound, until it holds the
``bullets`` option's count: a longer true bullet beats a short card that leaves the core fact out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..pipeline.structure import Structure
from ..types import Document

__all__ = ["filled", "lead_index"]


def lead_index(doc: Document, structure: Structure) -> int | None:
    """Index of the article's lead: its first intro or body sentence (``None`` where it has none)."""
    return next((s.index for s in doc.sentences if structure.roles[s.index] in ("intro", "body")), None)


def filled(
    picked: Sequence[int],
    pool: Sequence[int],
    fits: Callable[[int], bool],
    size: Callable[[int], int],
    room: int,
) -> list[int]:
    """``picked`` (in article order) with the first sentences of ``pool`` (in its order, best first) that
    ``fits`` (their bullets are sound), until the picks' bullets (``size`` each) number ``room``."""
    out = list(picked)
    total = sum(size(i) for i in out)
    for i in pool:
        if total >= room:
            break
        if i in out or not fits(i):
            continue
        out.append(i)
        total += size(i)
    return sorted(out)
