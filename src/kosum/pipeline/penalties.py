"""A single-topic card named by a penalty the headline reports (#19, fragments of the headline).

A headline writes who was punished, the penalty and the act that hands it down ("…한빛시 공무원
징역 2년 선고", "…업체 과징금 부과"). A name cut before the act ("공무원 징역") reads as a fragment:
it names the penalty, not that it was given. The name keeps the act's noun (:func:`with_sentence`),
the figures of the penalty between them left out.
"""

from __future__ import annotations

from .._kiwi import short_tokens
from .vocab.headlines import AMOUNT_WORDS, FIGURE_WORD, HEADLINE_WORD, PENALTY_WORDS

__all__ = ["with_sentence"]


def _act_noun(word: str) -> str:
    """The noun a headline word of an act is written with ("선고", "선고했다", "선고받아" → "선고"), or ""
    for a word that opens with no noun or holds a second noun."""
    tokens = short_tokens(word)
    nouns = [t for t in tokens if t.tag.startswith("NN")]
    return tokens[0].form if tokens and tokens[0].tag == "NNG" and len(nouns) == 1 else ""


def with_sentence(name: str, title: str) -> str:
    """``name`` with the act the headline ``title`` writes after its last word, a penalty
    (:data:`~kosum.pipeline.vocab.headlines.PENALTY_WORDS`), past the penalty's figures ("공무원 징역",
    "…공무원 징역 2년 선고" → "공무원 징역 선고"); ``name`` itself where its last word is no penalty,
    the headline does not write it so, or no act's noun follows."""
    words = name.split()
    if not words or words[-1] not in PENALTY_WORDS:
        return name
    head = title.split("\n", 1)[0]
    at = head.find(name)
    if at < 0:
        return name
    after = [m.group() for m in HEADLINE_WORD.finditer(head, at + len(name))]
    while after and (FIGURE_WORD.match(after[0]) or after[0] in AMOUNT_WORDS):  # "2년", "3억 원"
        after.pop(0)
    act = _act_noun(after[0]) if after else ""
    return f"{name} {act}" if act and act not in PENALTY_WORDS else name
