"""ROUGE-1/2/L F1 over Kiwi morpheme forms, punctuation dropped (the score bench/quality.py reports)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from kosum._kiwi import get_kiwi

_PUNCT = ("SF", "SP", "SS", "SSO", "SSC", "SE", "SO", "SW", "SB")


def morphemes(text: str) -> list[str]:
    return [t.form for t in get_kiwi().tokenize(text) if t.tag not in _PUNCT]


def _f1(overlap: int, cand: int, ref: int) -> float:
    if not overlap or not cand or not ref:
        return 0.0
    p, r = overlap / cand, overlap / ref
    return 2 * p * r / (p + r)


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge(candidate: str, reference: str) -> tuple[float, float, float]:
    """(ROUGE-1, ROUGE-2, ROUGE-L) F1 of ``candidate`` against ``reference``, in percent."""
    c, r = morphemes(candidate), morphemes(reference)
    scores = []
    for n in (1, 2):
        cn, rn = _ngrams(c, n), _ngrams(r, n)
        scores.append(_f1(sum((cn & rn).values()), sum(cn.values()), sum(rn.values())))
    scores.append(_f1(_lcs(c, r), len(c), len(r)))
    return (100 * scores[0], 100 * scores[1], 100 * scores[2])
