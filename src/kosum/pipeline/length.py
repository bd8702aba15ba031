"""How many sentences a summary has: the ``sentences`` option, a fixed count or ``"auto"``.

With ``"auto"`` (the default) the length follows the article's: one summary sentence per
:attr:`~kosum.pipeline.tuning.LengthTuning.chars_per_sentence` characters of the cleaned text
(spaces included), rounded to the nearest, from ``min_sentences`` to ``max_sentences``
(:data:`~kosum.pipeline.tuning.LENGTH`: 3 to 10, one per 400 characters). Every engine and the
:class:`~kosum.Summary` it becomes ask this one function, so they agree.
"""

from __future__ import annotations

from ..options import AUTO_SENTENCES
from ..types import Document
from .tuning import LENGTH, LengthTuning

__all__ = ["auto_length", "summary_length"]


def auto_length(chars: int, tuning: LengthTuning = LENGTH) -> int:
    """Summary sentences for a cleaned text of ``chars`` characters under ``"auto"``:
    ``auto_length(1000)`` is 3, ``auto_length(2000)`` 5, ``auto_length(100_000)`` 10."""
    per = tuning.chars_per_sentence
    return min(tuning.max_sentences, max(tuning.min_sentences, (chars + per // 2) // per))


def summary_length(sentences: int | str, doc: Document) -> int:
    """The summary sentences asked for ``doc``: ``sentences`` when it is a count, else (``"auto"``)
    :func:`auto_length` of its cleaned text."""
    if sentences == AUTO_SENTENCES:
        return auto_length(len(doc.text))
    assert isinstance(sentences, int)  # SummaryOptions checked it
    return sentences
