"""Where a section ends: runs of run-in areas ("교통 분야에서는 …", "복지 분야에서는 …") and the last section.

A release that lays out its matters as a run of paragraphs, each opened by its area, may end the run
with a matter of its own ("이와 함께 …", "이날 회의에서는 …": back to the day of the lead's event), and
its last section with a paragraph about all the sections before it ("이와 같은 과제를 …"): each a part
an editor gives a card of its own, not the last area's.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Sentence
from .cohesion import paragraphs
from .headings import area_opener
from .vocab.layout import AREA_RUN_END, BACK_REFERENCE

__all__ = ["added_matter"]


def added_matter(sentences: Sequence[Sentence], opener: int, body: Sequence[int], area: bool, last: bool) -> list[int]:
    """The end of a section, from a later paragraph on, that is a card of its own: in an area's run
    (``area``: "X 분야에서는 …") one that adds another matter ("이와 함께 …", "이 밖에도 …", "이날 …") that no
    area opener names; in the ``last`` section one about all the sections before it ("교육청은 이와
    같은 과제를 …"); else none (``[]``)."""
    for group in paragraphs([sentences[i] for i in body]):
        text = sentences[group[0]].text
        if group[0] == opener or area_opener(text):
            continue
        if (area and AREA_RUN_END.match(text)) or (last and BACK_REFERENCE.match(text)):
            return list(range(group[0], body[-1] + 1))
    return []
