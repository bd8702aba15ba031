"""A gapped coordination keeps its halves (issue 18). In "A를 가람에서, B는 누리에서 열기로 했다" the first half
has no predicate of its own: it borrows the second's, and each half pairs a thing with its place. Dropping
the second place ("A를 가람에서, B는 열기로") leaves B with no place, or with the first one. So a place
phrase whose particle also closes an earlier phrase before a comma (:func:`gapped_parallel`) never goes
alone when a bullet is shortened (:func:`kosum.engines.shortening.shorten`)."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Morph

__all__ = ["gapped_parallel"]


def _last_word(morphs: Sequence[Morph], chunk: Sequence[int]) -> Morph | None:
    return next((morphs[j] for j in reversed(chunk) if not morphs[j].tag.startswith("S")), None)


def gapped_parallel(morphs: Sequence[Morph], chunks: Sequence[Sequence[int]], k: int) -> bool:
    """True where an earlier phrase of ``chunks`` ends, before a comma, in the particle that ends ``chunks[k]``
    ("가람에서, … 누리에서"): the two are the halves of one coordination."""
    own = _last_word(morphs, chunks[k])
    if own is None:
        return False
    for chunk in chunks[:k]:
        last = _last_word(morphs, chunk)
        comma = morphs[chunk[-1]].form == ","
        if comma and last is not None and (last.form, last.tag) == (own.form, own.tag):
            return True
    return False
