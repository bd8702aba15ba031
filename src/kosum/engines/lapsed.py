"""A plan stated in the past is a plan that was: "…차고지로 보낼 계획이었다" says the plan stood then,
and often that it was dropped ("하지만 … 다른 노선에 쓰기로 했다"). Nominalized as other copulas are, the past
dropped, it reads as the plan now ("…보낼 계획"); the past stays ("…보낼 계획이었음"), as a past ability keeps it
(:mod:`kosum.engines.ability`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import PLAN_NOUNS
from ..pipeline.vocab.sentences import PAST_FORMS
from ..types import Morph

__all__ = ["lapsed_plan"]


def lapsed_plan(morphs: Sequence[Morph], tail: Sequence[int], i: int) -> int | None:
    """The index of the past ending after the final predicate ``morphs[tail[i]]`` where it is the copula of a plan
    noun ("계획이었다", "예정이었다고", "목표였다"), else ``None``."""
    if i < 1 or morphs[tail[i]].tag != "VCP" or morphs[tail[i - 1]].form not in PLAN_NOUNS:
        return None
    return next((j for j in tail[i + 1 :] if morphs[j].tag == "EP" and morphs[j].form in PAST_FORMS), None)
