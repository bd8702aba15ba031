"""A reported act that is still ahead: "…좌담회에 나간다고 밝혔다" says the speaker will go. Its frame cut and
its verb nominalized ("좌담회에 나감"), the bullet reads as done; so where the reported verb is non-past
(:data:`~kosum.pipeline.vocab.voice.NONPAST_REPORT_ENDINGS`) and nothing in the clause puts it ahead (a word of
:data:`~kosum.pipeline.vocab.voice.AHEAD`, a plan noun), the frame stays ("…참석한다고 밝힘"). A past act
("…참석했다고"), an intention ("…하겠다고"), a plan ("…할 예정이라고") or a dated one ("내년부터 …지급한다고")
reads right without it, and so does a guess or a hope ("…것으로 보인다고", "…기대된다고").
"""

from __future__ import annotations

from collections.abc import Sequence

from ..pipeline.vocab.bullets import PLAN_NOUNS
from ..pipeline.vocab.voice import AHEAD, EXPECT_NOUNS, HEDGE_STEMS, NONPAST_REPORT_ENDINGS
from ..types import Morph
from .arguments import dated
from .clauses import frame_date
from .spans import render

__all__ = ["undated_ahead"]

_ACTS = frozenset({"VV", "XSV"})


def undated_ahead(text: str, morphs: Sequence[Morph], keep: Sequence[bool], subject: int, end: int, base: int) -> bool:
    """True where the reported clause ``morphs[:end]`` (``end`` one past its "다고") of ``text`` (from offset
    ``base``) ends in a non-past act ("참석/NNG 하/XSV ᆫ다고/EC") and its kept words hold nothing that puts it
    ahead: no date of its own after the speaker ``morphs[:subject]`` and the announcement's date, no plan noun, no
    word of :data:`~kosum.pipeline.vocab.voice.AHEAD`: "좌담회에 참석한다고" → True; "5월 3일부터 좌담회에
    참석한다고", "참석할 예정이라고" → False."""
    if end < 2 or end >= len(morphs):
        return False
    ending, verb = morphs[end - 1], morphs[end - 2]
    if ending.tag != "EC" or ending.form not in NONPAST_REPORT_ENDINGS or verb.tag.split("-")[0] not in _ACTS:
        return False
    stem = morphs[end - 3] if verb.tag.startswith("XSV") and end > 2 else verb  # "참석/NNG 하/XSV": the noun
    if stem.form in PLAN_NOUNS | HEDGE_STEMS | EXPECT_NOUNS:
        return False  # "…것으로 보인다고", "…추산된다고", "…기대된다고": a guess or a hope, no act
    if dated(morphs, keep, frame_date(morphs, subject, end), end):
        return False  # "2일부터 …전환을 실시한다고": a schedule
    if any(keep[j] and morphs[j].form in PLAN_NOUNS and morphs[j].tag.startswith("NN") for j in range(end)):
        return False
    words = render(text, morphs, [k and j < end for j, k in enumerate(keep)], base)
    return AHEAD.search(words) is None
