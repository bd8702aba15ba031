"""Sentences that state no fact (#19): an outlook ("…할 전망이다", "…이 기대된다"), a guess ("…할 것으로
보인다"), a wish ("…기를 바란다") or a pledge with no date ("앞으로도 …을 이어갈 계획이다"), also as the
clause a speech verb reports ("…가능성이 높다고 내다봤다"). A short article's one card is made of its facts
(:func:`kosum.pipeline.cards._facts`) or for a fact its summary leaves (:func:`kosum.pipeline.cards._left_over`),
never of such sentences."""

from __future__ import annotations

from collections.abc import Sequence

from ..types import Morph, Sentence
from .tuning import CARDS
from .vocab.bullets import PLAN_NOUNS
from .vocab.voice import ESTIMATE_KEYS, ESTIMATE_STEMS, LIKELY_STEMS, NO_FACT_NOUNS, ONWARD, REPORT_ENDINGS, WISH_STEMS

__all__ = ["guessed", "states_no_fact"]

#: Tags of a speech verb's frame after a reported clause ("…라고 밝혔다", "…다고 경고했다").
_FRAME_TAGS = frozenset({"NNG", "XSV", "VV", "VX", "EP", "EF", "SF"})
#: Tags that close a predicate after its head ("전망/이다", "기대/되/ㄴ다", "보이/ㄴ다"): skipped to the head.
_CLOSING_TAGS = ("E", "S", "VCP", "XSV", "XSA", "VX")


def _reported_end(morphs: Sequence[Morph]) -> int:
    """Index of the ending that closes the clause a final speech verb reports ("…전망이라고 밝혔다":
    "라고"), else ``len(morphs)``."""
    for k in range(len(morphs) - 1, max(-1, len(morphs) - CARDS.report_frame_morphs - 2), -1):
        m = morphs[k]
        if m.tag == "EC" and m.form in REPORT_ENDINGS:
            return k if k < len(morphs) - 1 else len(morphs)
        if m.tag not in _FRAME_TAGS:
            break
    return len(morphs)


def _noun_before(morphs: Sequence[Morph], at: int) -> str:
    """The noun written right before ``at`` with its suffixes ("가능/성" → "가능성")."""
    parts: list[str] = []
    k = at - 1
    while k >= 0 and morphs[k].tag in ("NNG", "XSN") and (not parts or morphs[k].end == morphs[k + 1].start):
        parts.insert(0, morphs[k].form)
        k -= 1
    return "".join(parts)


def guessed(morphs: Sequence[Morph], k: int) -> bool:
    """True where ``morphs[k]`` is the stem of a guess right after "…것으로" ("…늘어날 것으로 보인다": one of
    :data:`~kosum.pipeline.vocab.voice.ESTIMATE_STEMS` after :data:`~kosum.pipeline.vocab.voice.ESTIMATE_KEYS`);
    an outlook's bullet (:func:`kosum.engines.outlook.is_outlook`) reads its last predicate so too."""
    keys = tuple(f"{m.form}/{m.tag}" for m in morphs[max(0, k - 2) : k])
    return morphs[k].form in ESTIMATE_STEMS and keys == ESTIMATE_KEYS


def states_no_fact(sentence: Sentence) -> bool:
    """True for a sentence whose predicate (or the clause its final speech verb reports) is an
    outlook or a judgement (:data:`~kosum.pipeline.vocab.voice.NO_FACT_NOUNS`, also "…가능성이
    높다"), a guess ("…것으로 보인다", "…해 보인다"), a wish, or a plan dated only "from now on"
    with no figure (a pledge, :data:`~kosum.pipeline.vocab.voice.ONWARD`)."""
    morphs = sentence.morphs
    end = _reported_end(morphs)
    j = end - 1
    while j >= 0 and morphs[j].tag.startswith(_CLOSING_TAGS):
        j -= 1
    if j < 0:
        return False
    head = morphs[j]
    if head.tag.startswith("NN"):
        noun = _noun_before(morphs, j + 1) or head.form
        if noun in NO_FACT_NOUNS:
            return True
        return (
            head.form in PLAN_NOUNS
            and bool(ONWARD.search(sentence.text))
            and not any(m.tag == "SN" for m in morphs[:end])
        )
    stem = head.form
    if head.tag.startswith("VV") and stem in WISH_STEMS:
        return True
    if head.tag.startswith("VV") and stem in ESTIMATE_STEMS:
        return guessed(morphs, j) or (j > 0 and morphs[j - 1].tag == "EC")
    if head.tag.startswith("VA") and stem in LIKELY_STEMS and j > 1 and morphs[j - 1].tag in ("JKS", "JX"):
        return _noun_before(morphs, j - 1) in NO_FACT_NOUNS
    return False
