"""A headline written in two parts, each with its office before a comma (#19, fragments of the
headline): "새솔시, 갯벌 축제 개최 한빛군, 바다 정원 개장". A site that runs a headline and its
second line together, or cuts the headline short ("…"), writes the second part's office right
after the first part's act, with a space only; it is who acts in the next part, no word of the
phrase before it (:func:`opens_part`), so no name runs across the two parts.
"""

from __future__ import annotations

from collections.abc import Sequence

from .labels import who_or_where
from .vocab.headlines import HEADLINE_ACTS
from .vocab.layout import OFFICE_PAIR_MARKS

__all__ = ["opens_part"]


def opens_part(title: str, words: Sequence[str], end: int) -> bool:
    """True for a headline run of ``words`` whose last word ends at ``end`` right before a comma and
    names an office or a place, or two joined by a mark (:data:`~kosum.pipeline.vocab.layout.OFFICE_PAIR_MARKS`:
    "새솔시-한빛군"), right after the first part's act (:data:`~kosum.pipeline.vocab.headlines.HEADLINE_ACTS`):
    the office that opens the headline's next part (``opens_part("…축제 개최 새솔시-한빛군, …", ["축제",
    "개최", "새솔시-한빛군"], at)`` → True; "새솔회 김누리 회장, …" opens the headline: False)."""
    if len(words) < 2 or words[-2].rstrip(".") not in HEADLINE_ACTS:
        return False
    word = words[-1]
    if not title[end:].lstrip().startswith((",", "，")):
        return False
    parts = [word]
    for mark in OFFICE_PAIR_MARKS:
        parts = [p for part in parts for p in part.split(mark)]
    return all(p and who_or_where(p) for p in parts)
