"""Morpheme features of sentences, shared by ranking, bullet alignment and the guard.

A sentence's features are its content morphemes from Kiwi: nouns (NNG, NNP, NR),
verb and adjective stems (VV, VA), roots (XR), foreign words (SL), Hanja (SH) and
numbers (SN). Forms are lower-cased; a stem keeps its tag so "보(VV)" and "보(NNG)"
stay apart.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

import numpy as np

from .._blas import gram
from ..pipeline.vocab.sentences import STOP_STEMS
from ..types import Morph, Sentence

__all__ = ["CONTENT_TAGS", "Features", "analyze", "content_terms", "information", "similarity_matrix", "tfidf_matrix"]

CONTENT_TAGS = frozenset({"NNG", "NNP", "XR", "SL", "SH", "SN", "VV", "VA"})
_STEM_TAGS = frozenset({"VV", "VA"})


def content_terms(morphs: Sequence[Morph]) -> list[str]:
    """The content features of a run of morphemes, in order, repeats kept."""
    terms = []
    for m in morphs:
        tag = m.tag
        if tag in CONTENT_TAGS:
            term = f"{m.form.lower()}/{tag}" if tag in _STEM_TAGS else m.form.lower()
            if term not in STOP_STEMS:
                terms.append(term)
    return terms


def analyze(text: str, start: int = 0) -> list[Morph]:
    """Kiwi morphemes of ``text`` (offsets shifted by ``start``)."""
    from .._kiwi import get_kiwi

    return [Morph(t.form, t.tag, start + t.start, start + t.start + t.len) for t in get_kiwi().tokenize(text)]


#: Row-normalized TF-IDF vectors of sentences, each sentence's term counts and each term's IDF.
Features = tuple[np.ndarray, list[Counter[str]], dict[str, float]]


def information(bags: Sequence[Counter[str]], idf: dict[str, float] | None = None) -> np.ndarray:
    """The information each sentence carries: the IDF (within the article) of its distinct terms;
    ``idf``: the IDF of the terms of ``bags``, where the caller has it (:func:`tfidf_matrix`'s)."""
    idf = _idfs(bags) if idf is None else idf
    return np.array([sum(map(idf.__getitem__, bag)) for bag in bags], dtype=np.float64)


def _idfs(bags: Sequence[Counter[str]]) -> dict[str, float]:
    """The IDF of each term of ``bags`` (one per sentence) within them: log((n + 1) / (df + 0.5))
    for a term in df of the n bags."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    top = len(bags) + 1
    log = math.log
    return {term: log(top / (count + 0.5)) for term, count in df.items()}


def tfidf_matrix(sentences: Sequence[Sentence]) -> Features:
    """Row-normalized TF-IDF vectors of ``sentences`` (IDF from the article itself).

    Returns the matrix (one row per sentence), each sentence's term counts and each term's IDF.
    """
    bags = [Counter(content_terms(s.morphs)) for s in sentences]
    idf = _idfs(bags)
    vocab = {term: i for i, term in enumerate(idf)}
    matrix = np.zeros((len(sentences), len(vocab)), dtype=np.float64)
    rows: list[int] = []
    columns: list[int] = []
    values: list[float] = []
    log = math.log
    for row, bag in enumerate(bags):
        for term, count in bag.items():
            rows.append(row)
            columns.append(vocab[term])
            values.append((1.0 + log(count)) * idf[term])
    matrix[rows, columns] = values  # one assignment: each cell once, the same values
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms, bags, idf


def similarity_matrix(vectors: np.ndarray) -> np.ndarray:
    """Cosine similarities between row-normalized vectors, zero on the diagonal."""
    sim: np.ndarray = np.clip(gram(vectors), 0.0, 1.0)
    np.fill_diagonal(sim, 0.0)
    return sim
