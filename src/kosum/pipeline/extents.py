"""A headline's phrase without the degree and the figures written inside it (#19, "names an editor keeps", names43).

A headline qualifies its act with how often, how long after, or how it ranks ("새솔군, 3년 연속 도시재생
평가 ‘최우수’", "…90년 만의 종루 보수", "…전국 최초 돌봄 인증"), and with figures of what was given or
counted ("…기금 150억 연 2% 저리 융자", "…답례품 14개 추가"). Neither is the matter an editor names:
:func:`without_degree` takes them out of the words a single-topic card's name is read from, before the
name is cut to its length, so the cut keeps the programme ("친환경농업기금 저리 융자"), not the figures.
A count of people before an edition's word closes the subject the headline writes without its particle
("교육 발전 공헌 4명 제12회 새솔교육상"): the name opens at the edition ("제12회 새솔교육상").
"""

from __future__ import annotations

from collections.abc import Sequence

from .._kiwi import short_tokens
from .vocab.headlines import (
    AMOUNT_WORDS,
    COUNTED_WORD,
    EDITION_WORD,
    EXTENT_WORD,
    EXTENT_WORDS,
    FIGURE_WORD,
    MEASURE_WORDS,
    MONEY_ACTS,
    MONEY_WORD,
    PEOPLE_COUNT,
    RANK_COUNTERS,
    RATE_WORDS,
    SCOPE_WORDS,
    SHARE_MARKS,
    SUPERLATIVE_WORDS,
    UNIQUE_WORDS,
)
from .vocab.layout import ORDINAL_WORD

__all__ = ["counts", "phrase_end", "with_count", "without_degree"]


def without_degree(words: Sequence[str]) -> list[str]:
    """``words`` of a headline's phrase without an extent ("3년 연속", "6년째", "90년 만의"), a superlative
    with its scope and measure ("전국 최초", "역대 최대 규모"; where it is no last word, with every word
    before it: the scope), one of a kind with its scope before it ("도내 유일": a name that kept
    "유일" without the scope would claim more than the headline), a figure of money, a count or a rate
    with its words ("200억", "14개", "연 2%", "55억 투입", "5천만 원 상당"; not a figure before a proper
    noun, a tally: "미래당 5석 바른당"), and the subject before a count of people and an edition ("…공헌
    5명 제45회 …상" → "제45회 …상"); ``words`` itself where nothing, or every word, would go."""
    out = list(words)
    out = _after_people(out)
    keep = [True] * len(out)
    for k, word in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else ""
        if EXTENT_WORD.match(word):  # "6년째"
            keep[k] = False
        elif word in EXTENT_WORDS and k and _period(out[k - 1]):  # "3년 연속"
            keep[k] = keep[k - 1] = False
        elif word in SUPERLATIVE_WORDS and (k == 0 or out[k - 1] in SCOPE_WORDS or k + 1 < len(out)):
            start = k
            while start and out[start - 1] in SCOPE_WORDS:
                start -= 1
            if k + 1 < len(out):  # "전국 최초 돌봄 인증": the name opens after the degree
                start = 0
            for j in range(start, k + 1):
                keep[j] = False
            if nxt in MEASURE_WORDS:
                keep[k + 1] = False
        elif word in UNIQUE_WORDS and 0 < k < len(out) - 1:  # "도내 유일 …": its scope goes with it, or none does
            for j in range(k + 1):
                keep[j] = False
        elif (MONEY_WORD.match(word) or (COUNTED_WORD.match(word) and not word.endswith(RANK_COUNTERS))) and not (
            _tally(nxt)
        ):
            keep[k] = False
            if nxt in AMOUNT_WORDS or (MONEY_WORD.match(word) and nxt in MONEY_ACTS and k + 2 < len(out)):
                keep[k + 1] = False
        elif word in RATE_WORDS and FIGURE_WORD.match(nxt) and nxt.endswith(SHARE_MARKS):  # "연 2%"
            keep[k] = keep[k + 1] = False
    kept = [w for w, k in zip(out, keep, strict=True) if k]
    return kept or list(words)


def _tally(word: str) -> bool:
    """True for a proper noun after a figure ("…미래당 5석 바른당 3석"): a tally of names, each with its figure."""
    tokens = short_tokens(word) if word else []
    return bool(tokens) and tokens[0].tag == "NNP"


def _period(word: str) -> bool:
    """True for a figure of a period or a count that an extent word follows ("3년", "9경기", "90년")."""
    return bool(FIGURE_WORD.match(word) or ORDINAL_WORD.match(word))


def _after_people(words: list[str]) -> list[str]:
    """``words`` from the edition on where a count of people stands right before it ("…공헌 5명 제45회
    …상"): the people are the subject, the edition opens the name."""
    for k in range(1, len(words) - 1):
        if PEOPLE_COUNT.match(words[k]) and EDITION_WORD.match(words[k + 1]):
            return words[k + 1 :]
    return words


def phrase_end(kept: Sequence[str], words: Sequence[str]) -> int:
    """The index in ``words`` right after the words ``kept`` were read from, in order, with the degree and
    figures :func:`without_degree` took out between them ("…기금 150억 연 2% 장기 대출 시행": after "대출");
    ``len(words)`` where ``kept`` is not so written."""
    n = len(kept)
    if not n:
        return len(words)
    for k in range(len(words)):
        if words[k] != kept[0]:
            continue
        at, j = k, 0
        while at < len(words) and j < n:
            j += words[at] == kept[j]
            at += 1
        if j == n:
            return at
    return len(words)


def with_count(kept: Sequence[str], words: Sequence[str]) -> list[str]:
    """``kept`` with the figure ``words`` write right after it, where one is and it is no share
    ("국제대회 3관왕 쾌거": ``kept`` "국제대회" → "국제대회 3관왕", what was won where the article
    writes the count, not the contest); ``kept`` itself where none follows."""
    end = phrase_end(kept, words)
    after = words[end] if kept and end < len(words) else ""
    return [*kept, after] if counts(after) else list(kept)


def counts(word: str) -> bool:
    """True for a figure that counts things ("200kg", "30상자", "3관왕"), not a share ("56%")."""
    return bool(FIGURE_WORD.match(word)) and not word.endswith(SHARE_MARKS)
