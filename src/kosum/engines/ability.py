"""An ability stated in the past is a fact (bullets29): "성금을 보태 지붕 수리를 끝낼 수 있었다" says the roof was
mended, "옛 기록은 구할 수 없었다" that none was had. Nominalized as other predicates are, the past dropped, they read
as a mere possibility now ("끝낼 수 있음", "구할 수 없음"); the past stays ("…끝낼 수 있었음"), as an intention keeps
its "-겠" (:func:`kosum.engines.compress._nominal`).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import ABILITY_NOUN, ABILITY_STEMS
from ..pipeline.vocab.sentences import PAST_FORMS
from ..types import Morph

__all__ = ["used_ability"]


def used_ability(morphs: Sequence[Morph], tail: Sequence[int], i: int) -> int | None:
    """The index of the past ending after the final predicate ``morphs[tail[i]]`` where it is an ability's ("할 수
    있었다", "할 수 없었다": an adnominal, the bound noun, the stem), else ``None``."""
    if i < 2 or morphs[tail[i]].form not in ABILITY_STEMS or morphs[tail[i - 2]].tag != "ETM":
        return None
    noun = morphs[tail[i - 1]]
    if noun.form != ABILITY_NOUN or noun.tag != "NNB":
        return None
    return next((j for j in tail[i + 1 :] if morphs[j].tag == "EP" and morphs[j].form in PAST_FORMS), None)
