"""Sentence ranking: graph centrality over morpheme features, with position and title
signals, and redundancy removal by maximal marginal relevance (MMR).

The ranking is a biased (personalized) PageRank on the sentence-similarity graph
(LexRank with TF-IDF cosine edges): a sentence is central when it shares the article's
important content with many other sentences. The random jumps prefer early sentences
and sentences close to the title, the way a news lead sums up the story. Long articles
are ranked in windows and the windows' best sentences ranked again, so the cost grows
linearly with length.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..types import Sentence
from .features import Features, analyze, content_terms, information, similarity_matrix, tfidf_matrix

__all__ = ["rank_sentences", "select"]

#: Sentences ranked in one graph; longer articles are ranked window by window.
WINDOW = 300
DAMPING = 0.85
#: Weight of a sentence's position in the random-jump distribution (lead bias).
POSITION_WEIGHT = 1.0
#: Gain of a sentence that contains all of the title's content words (x (1 + weight)).
TITLE_WEIGHT = 1.0
#: Trade-off of relevance against redundancy in MMR (1.0 = no redundancy penalty).
MMR_LAMBDA = 0.7


def _pagerank(sim: np.ndarray, prior: np.ndarray, damping: float = DAMPING) -> np.ndarray:
    n = sim.shape[0]
    out = sim.sum(axis=1, keepdims=True)
    dangling = out[:, 0] == 0
    transition = np.divide(sim, out, out=np.zeros_like(sim), where=out > 0)
    transition[dangling] = prior
    scores: np.ndarray = np.full(n, 1.0 / n)
    for _ in range(100):
        new: np.ndarray = (1 - damping) * prior + damping * (scores @ transition)
        if np.abs(new - scores).sum() < 1e-9:
            return new
        scores = new
    return scores


def _title_overlap(sentences: Sequence[Sentence], title: str | None) -> np.ndarray:
    """The share of the title's content morphemes that each sentence contains."""
    overlap = np.zeros(len(sentences))
    title_terms = set(content_terms(analyze(title))) if title else set()
    if title_terms:
        for i, s in enumerate(sentences):
            overlap[i] = len(set(content_terms(s.morphs)) & title_terms) / len(title_terms)
    return overlap


def _prior(sentences: Sequence[Sentence], offset: int) -> np.ndarray:
    positions = np.arange(offset, offset + len(sentences), dtype=np.float64)
    prior: np.ndarray = 1.0 + POSITION_WEIGHT / np.sqrt(1.0 + positions)
    prior /= prior.sum()
    return prior


def _rank_window(
    sentences: Sequence[Sentence], title: str | None, offset: int, features: Features | None = None
) -> np.ndarray:
    vectors, bags = features or tfidf_matrix(sentences)
    centrality = _pagerank(similarity_matrix(vectors), _prior(sentences, offset))
    # Centrality says how typical a sentence's content is; times the information it carries
    # (the IDF of its distinct content morphemes) it says how much of the article's core it holds.
    content = information(bags)
    # The title is the writer's own summary: sentences that restate it gain.
    salience: np.ndarray = centrality * content * (1.0 + TITLE_WEIGHT * _title_overlap(sentences, title))
    return salience


def rank_sentences(
    sentences: Sequence[Sentence], title: str | None = None, features: Features | None = None
) -> np.ndarray:
    """A salience score per sentence: higher is more worth keeping in a summary.

    ``features`` are the sentences' :func:`~kosum.features.tfidf_matrix`, when the caller has them.
    """
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    if n <= WINDOW:
        return _rank_window(sentences, title, 0, features)
    scores = np.zeros(n)
    keep: list[int] = []
    for start in range(0, n, WINDOW):
        window = sentences[start : start + WINDOW]
        local = _rank_window(window, title, start)
        scores[start : start + len(window)] = local / (1.0 + local.max())
        best = np.argsort(-local)[: max(3, len(window) // 20)]
        keep.extend(start + int(i) for i in best)
    keep.sort()
    final = _rank_window([sentences[i] for i in keep], title, 0)
    for j, i in enumerate(keep):
        scores[i] = 1.0 + final[j]  # the second round's winners outrank everything else
    return scores


def select(
    candidates: Sequence[int],
    scores: np.ndarray,
    vectors: np.ndarray | None,
    k: int,
    mmr_lambda: float = MMR_LAMBDA,
) -> list[int]:
    """Pick ``k`` of ``candidates`` by MMR over ``scores``; returned in article order.

    ``vectors`` (row-normalized, one row per candidate, same order) measure redundancy;
    ``None`` picks the top scores.
    """
    chosen: list[int] = []
    if not candidates:
        return chosen
    relevance = np.array([scores[i] for i in candidates], dtype=np.float64)
    top = relevance.max()
    if top > 0:
        relevance = relevance / top
    picked: list[int] = []
    while len(picked) < min(k, len(candidates)):
        best, best_value = -1, -np.inf
        for j in range(len(candidates)):
            if j in picked:
                continue
            redundancy = 0.0
            if vectors is not None and picked:
                redundancy = float(max(vectors[j] @ vectors[p] for p in picked))
            value = mmr_lambda * relevance[j] - (1 - mmr_lambda) * redundancy
            if value > best_value:
                best, best_value = j, value
        picked.append(best)
    chosen = sorted(candidates[j] for j in picked)
    return chosen
