"""A clause that points back to the clause before it, within one sentence ("…무대를 열어 주고 이를 발판으로 꿈을
키우도록 돕고자 …"): the pointer ("이를", "이에") stands for that clause, and what the pointer's clause serves
(a purpose, "…돕고자") says nothing alone of whose or what it is about. Cut for length, the pointer's clause and
the clause it serves go together with the clause pointed to, never one of them alone; where the served clause is
coordinate with the main one ("이를 통해 준법 의식을 높이고, 안전을 지키는 것을 목표로"), the pointer serves both and
nothing more goes with it."""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import COORDINATE_ENDINGS
from ..types import Morph
from .arguments import points_back
from .clauses import last_word

__all__ = ["serves_next"]


def serves_next(morphs: Sequence[Morph], kept: Sequence[bool], spans: Sequence[tuple[int, int]], k: int) -> bool:
    """True where clause ``k`` (not the first, nor the one before the main clause) holds a pointer back
    (:func:`~kosum.engines.arguments.points_back`, in ``kept``) and the clause after it, which it serves, is not
    coordinate with the main one: that clause goes with it, or stays with it. Example: in "…제공하고 | 이를 통해 |
    꿈을 키우도록 돕고자 | 사업을 추진했다", clause 1 serves clause 2.
    """
    if not 0 < k < len(spans) - 2 or not points_back(morphs, kept, *spans[k]):
        return False
    served = last_word(morphs, spans[k + 1])
    return served is None or served.tag != "EC" or served.form not in COORDINATE_ENDINGS
