"""Which words of a card about giving count for no area: the thing given and the givers (gifttag).

A card whose name writes an act of giving (``GIFT_CARD_ACTS``: "라면 기부", "김장 나눔 행사") is about
whom the gift is for and why: "새솔유치원(원장 김하늘)은 라면 30상자를 한빛동에 기부했다 … 경로당에
전달될 예정이다" is a 복지 card, neither an 교육 card for the giver nor a farming one for "쌀 기부".
The thing the name gives (its words before the act: "라면", "쌀", "수산물 가공품") counts nowhere in
the card (:func:`given`), and a subject's words (the giver, the gift, the speaker) count for no area
(:func:`~kosum.pipeline.doers.subject_words`), nor anywhere the words of one who gives (:func:`givers`:
"…유치원 인근 경로당" of a kindergarten's gift); the recipients and the purpose, written with "에게",
"에", "위해", decide. A gift of money named by what it is for (``FUND_ENDS``: "장학금 기탁", "발전기금
기부") is no such card: its words say the purpose, and it is tagged as any card is.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Morph
from .doers import subjects
from .vocab.areas import FUND_ENDS, GIFT_CARD_ACTS
from .vocab.common import WORD

__all__ = ["given", "givers", "is_gift_card"]


def _act_word(label: str, morphs: Sequence[Morph]) -> int | None:
    """The start of the last word of ``label`` that holds a noun of an act of giving, or ``None``
    ("쌀 기부" → 2)."""
    found = None
    for w in WORD.finditer(label):
        inside = [m for m in morphs if w.start() <= m.start < w.end()]
        if any(m.tag == "NNG" and m.form in GIFT_CARD_ACTS for m in inside) or _noun_form(w.group(), inside):
            found = w.start()
    return found


def _noun_form(word: str, morphs: Sequence[Morph]) -> bool:
    """True where ``word`` opens with an act of giving written as a verb's noun form ("나눔행사":
    나누 + ㅁ + 행사)."""
    return len(morphs) >= 2 and morphs[0].tag == "VV" and morphs[1].tag == "ETN" and word.startswith(GIFT_CARD_ACTS)


def is_gift_card(label: str, morphs: Sequence[Morph]) -> bool:
    """True where a card's name (``label``, its ``morphs``) writes an act of giving, not of money named
    by its purpose (``FUND_ENDS``): "라면 기부", "사랑의 김장 나눔 행사"; not "장학금 전달식", "청년
    일자리 박람회"."""
    start = _act_word(label, morphs)
    if start is None:
        return False
    nouns = [m.form for m in morphs if m.start < start and m.tag.startswith("NN")]
    return not (nouns and "".join(nouns).endswith(FUND_ENDS))


def given(label: str, morphs: Sequence[Morph]) -> list[Morph]:
    """The morphemes of the thing a gift card's name gives, its words before the act ("수산물 가공품
    30상자 후원" → 수산물, 가공품, 30, 상자); none where the name is no gift card's (:func:`is_gift_card`)."""
    start = _act_word(label, morphs)
    if start is None or not is_gift_card(label, morphs):
        return []
    return [m for m in morphs if m.start < start]


def givers(texts: Sequence[Sequence[Morph]]) -> list[list[Morph]]:
    """The nouns of the subject written last before each verb of giving in ``texts`` (sentences'
    morphemes): "새솔유치원은 지난달에도 쌀을 기부했다" → [새솔, 유치원]."""
    out: list[list[Morph]] = []
    for morphs in texts:
        found = subjects(morphs)
        for k in range(len(morphs) - 1):
            m, after = morphs[k], morphs[k + 1]
            if m.tag != "NNG" or m.form not in GIFT_CARD_ACTS or after.tag != "XSV" or after.start != m.end:
                continue
            before = [nouns for particle, nouns in found if particle < k]
            if before:
                out.append([morphs[i] for i in before[-1]])
    return out
