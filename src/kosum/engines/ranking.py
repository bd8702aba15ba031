"""Sentence ranking for news: the lead first, then central sentences close to the title,
and redundancy removed by maximal marginal relevance (MMR).

A sentence's salience multiplies explainable factors:

* **centrality**: a biased (personalized) PageRank on the sentence-similarity graph (LexRank
  with TF-IDF cosine edges); its random jumps prefer early sentences and sentences that
  share the query: the title's content words and the numbers (with units) of the title and
  the lead;
* **information**: the IDF of the sentence's distinct content morphemes, length-normalized
  (raised to ``RANKING.length_exponent``), so a long sentence does not win by carrying more terms;
* **query**: the share of the query the sentence carries;
* **position**: the inverted pyramid, a gain that decays with the distance from the lead;
* **facts**: where the headline or the lead states a fact (a quantity with its unit or a quoted
  name), sentences that state facts gain, the more the closer to the lead: a release's
  budgets, participants and programme names are what an editor keeps (an explainer whose
  lead states no figure ranks on the other factors);
* **news cues** (:mod:`kosum.engines.cues`): the lead gains ``RANKING.lead_gain``; reported
  speech, list dumps, contact and how-to-apply lines, captions, fragments and background are
  weak (``RANKING.cue_weights``).

Long articles are ranked in windows and the windows' best sentences ranked again, so the
cost grows linearly with length.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

from ..pipeline.tuning import RANKING
from ..types import Morph, Sentence
from .cues import Cues, fact_terms, find_lead, is_quantity, named_terms, number_terms, sentence_cues, sentence_numbers
from .features import Features, analyze, content_terms, information, similarity_matrix, tfidf_matrix

__all__ = ["news_order", "rank_sentences", "select", "title_analysis"]

#: Sentences ranked in one graph; longer articles are ranked window by window.
WINDOW = RANKING.window


#: PageRank's most power-iteration steps, and the steps run between two convergence tests.
_MAX_STEPS = 100
_STEP_BATCH = 16


def _pagerank(sim: np.ndarray, prior: np.ndarray, damping: float = RANKING.damping) -> np.ndarray:
    n = sim.shape[0]
    out = sim.sum(axis=1, keepdims=True)
    dangling = out[:, 0] == 0
    transition = np.divide(sim, out, out=np.zeros_like(sim), where=out > 0)
    transition[dangling] = prior
    teleport = (1 - damping) * prior
    # each step is teleport + damping * (scores · transition), written into a row of its own
    # (rows padded to 64 bytes) and tested for convergence a batch of steps at a time: the same
    # floats and the same stopping step as a test after every step, with fewer numpy calls
    steps = np.empty((_MAX_STEPS + 1, -(-n // 8) * 8))[:, :n]
    steps[0] = 1.0 / n
    done = 0
    while done < _MAX_STEPS:
        stop = min(done + _STEP_BATCH, _MAX_STEPS)
        previous = steps[done]
        for new in steps[done + 1 : stop + 1]:  # each row a view once
            np.dot(previous, transition, out=new)
            new *= damping
            new += teleport
            previous = new
        change = np.abs(steps[done + 1 : stop + 1] - steps[done:stop]).sum(axis=1)
        converged = np.flatnonzero(change < 1e-9)
        if converged.size:
            stop = done + 1 + int(converged[0])
            break
        done = stop
    scores: np.ndarray = steps[stop].copy()
    return scores


@lru_cache(maxsize=64)
def _analyzed(title: str) -> tuple[Morph, ...]:
    """The title's Kiwi morphemes, analysed once for the query and the fact check."""
    return tuple(analyze(title))


def title_analysis(title: str, morphs: Sequence[Morph]) -> Sequence[Morph]:
    """The title's morphemes: ``morphs`` where preprocessing analysed it, else analysed here."""
    return morphs or _analyzed(title)


def _query(title: str | None, lead: Sentence | None, title_morphs: Sequence[Morph] = ()) -> dict[str, float]:
    """The query of biased centrality: the title's content words (or the lead's, without a
    title) weigh 1, the numbers of the title and the lead ``RANKING.number_weight``."""
    query: dict[str, float] = {}
    if title:
        morphs = title_analysis(title, title_morphs)
        query.update(dict.fromkeys(content_terms(morphs), 1.0))
        query.update(dict.fromkeys((f"#{n}" for n in number_terms(morphs, title, 0)), RANKING.number_weight))
    elif lead is not None:
        query.update(dict.fromkeys(content_terms(lead.morphs), 1.0))
    if lead is not None:
        query.update(dict.fromkeys((f"#{n}" for n in sentence_numbers(lead)), RANKING.number_weight))
    return query


def _relevance(sentences: Sequence[Sentence], bags: Sequence[Counter[str]], query: dict[str, float]) -> np.ndarray:
    """The weighted share of the query each sentence carries (``bags``: its content terms)."""
    relevance = np.zeros(len(sentences))
    total = sum(query.values())
    if total:
        for i, (s, bag) in enumerate(zip(sentences, bags, strict=True)):
            numbers = sentence_numbers(s)
            relevance[i] = sum(w for t, w in query.items() if (t[1:] in numbers if t[0] == "#" else t in bag)) / total
    return relevance


def _fact_share(sentences: Sequence[Sentence], factual: bool) -> np.ndarray:
    """Per sentence, its facts (quantities and quoted names: :func:`~kosum.engines.cues.fact_terms`
    without dates) as a share of ``RANKING.fact_cap``; all zero unless the story is ``factual``
    (see :func:`_factual`)."""
    if not factual:
        return np.zeros(len(sentences))
    return np.array([min(RANKING.fact_cap, len(fact_terms(s, dates=False))) / RANKING.fact_cap for s in sentences])


def _factual(title: str | None, lead: Sentence | None, title_morphs: Sequence[Morph] = ()) -> bool:
    """True when the headline or the lead states a fact (a quantity with its unit, a quoted
    name): a story that reports its news in figures and names, as a press release does, and
    not an explainer whose figures are details."""
    if lead is not None and fact_terms(lead, dates=False):
        return True
    if not title:
        return False
    morphs = title_analysis(title, title_morphs)
    return bool(named_terms(title)) or any(is_quantity(n) for n in number_terms(morphs, title, 0))


def _cue_weight(cue: Cues) -> float:
    weight = 1.0
    for name, value in RANKING.cue_weights.items():
        if getattr(cue, name):
            weight *= value
    return weight


def _rank_window(
    sentences: Sequence[Sentence],
    cues: Sequence[Cues],
    query: dict[str, float],
    lead: int | None,
    offset: int,
    features: Features | None = None,
    factual: bool = False,
) -> np.ndarray:
    """Salience of a window of sentences that starts at article position ``offset``;
    ``lead`` is the lead's article position; ``factual``: see :func:`_factual`."""
    vectors, bags, idf = features or tfidf_matrix(sentences)
    relevance = _relevance(sentences, bags, query)
    positions = np.arange(offset, offset + len(sentences), dtype=np.float64)
    distance = np.maximum(0.0, positions - (lead or 0))
    position = 1.0 + RANKING.position_weight / np.sqrt(1.0 + distance)
    prior = position * (1.0 + RANKING.title_weight * relevance)
    centrality = _pagerank(similarity_matrix(vectors), prior / prior.sum())
    content = information(bags, idf) ** RANKING.length_exponent
    weights = np.array([_cue_weight(c) for c in cues])
    decay = (position - 1.0) / RANKING.position_weight
    weights *= 1.0 + RANKING.fact_weight * _fact_share(sentences, factual) * (
        RANKING.fact_floor + (1.0 - RANKING.fact_floor) * decay
    )
    salience: np.ndarray = centrality * content * (1.0 + RANKING.title_weight * relevance) * position * weights
    if lead is not None and offset <= lead < offset + len(sentences):
        salience[lead - offset] *= RANKING.lead_gain
    return salience


def rank_sentences(
    sentences: Sequence[Sentence],
    title: str | None = None,
    features: Features | None = None,
    title_morphs: Sequence[Morph] = (),
) -> np.ndarray:
    """A salience score per sentence: higher is more worth keeping in a summary.

    ``features`` are the sentences' :func:`~kosum.features.tfidf_matrix`, when the caller has them;
    ``title_morphs`` the title's morphemes, when preprocessing analysed it.
    """
    n = len(sentences)
    if n == 0:
        return np.zeros(0)
    cues = [sentence_cues(s) for s in sentences]
    lead = find_lead(sentences, cues, title)
    opening = sentences[lead] if lead is not None else None
    query = _query(title, opening, title_morphs)
    factual = _factual(title, opening, title_morphs)
    if n <= WINDOW:
        return _rank_window(sentences, cues, query, lead, 0, features, factual)
    scores = np.zeros(n)
    keep: list[int] = []
    for start in range(0, n, WINDOW):
        window = sentences[start : start + WINDOW]
        local = _rank_window(window, cues[start : start + WINDOW], query, lead, start, factual=factual)
        scores[start : start + len(window)] = local / (1.0 + local.max())
        best = np.argsort(-local)[: max(3, len(window) // 20)]
        keep.extend(start + int(i) for i in best)
    if lead is not None and lead not in keep:
        keep.append(lead)
    keep.sort()
    final = _rank_window([sentences[i] for i in keep], [cues[i] for i in keep], query, None, 0, factual=factual)
    if lead is not None:
        final[keep.index(lead)] *= RANKING.lead_gain
    for j, i in enumerate(keep):
        scores[i] = 1.0 + final[j]  # the second round's winners outrank everything else
    return scores


def news_order(sentences: Sequence[Sentence], title: str | None = None) -> list[int]:
    """Positions of ``sentences`` in the order a news reader needs them: the lead first, then
    the other sentences in article order, weak ones (quotes, lists, contact lines, captions,
    fragments) last. The input order of the abstractive engine."""
    cues = [sentence_cues(s) for s in sentences]
    lead = find_lead(sentences, cues, title)
    first = [lead] if lead is not None else []
    strong = [k for k, c in enumerate(cues) if k != lead and not c.weak]
    weak = [k for k, c in enumerate(cues) if k != lead and c.weak]
    return first + strong + weak


def select(
    candidates: Sequence[int],
    scores: np.ndarray,
    vectors: np.ndarray | None,
    k: int,
    mmr_lambda: float = RANKING.mmr_lambda,
    lengths: Sequence[int] | None = None,
    max_chars: int | None = None,
) -> list[int]:
    """Pick ``k`` of ``candidates`` by MMR over ``scores``; returned in article order.

    ``vectors`` (row-normalized, one row per candidate, same order) measure redundancy;
    ``None`` picks the top scores. With ``lengths`` (characters, one per candidate) and
    ``max_chars``, a candidate that would take the picks over ``max_chars`` is passed over
    for the next best (whole sentences are dropped, never cut); the best one is always kept.
    """
    chosen: list[int] = []
    if not candidates:
        return chosen
    relevance = np.array([scores[i] for i in candidates], dtype=np.float64)
    top = relevance.max()
    if top > 0:
        relevance = relevance / top
    # Python floats (the same doubles): the loops below do scalar arithmetic, which costs less on them
    weighed = (mmr_lambda * relevance).tolist()
    against = 1 - mmr_lambda
    rows = list(vectors) if vectors is not None else []
    picked: list[int] = []
    skipped: set[int] = set()
    used = 0
    # each candidate's redundancy: its most similar pick so far, kept up to date as picks come
    # (the same dot products as a scan of all picks each time, each made once)
    redundancy = [0.0] * len(candidates)
    while len(picked) < min(k, len(candidates) - len(skipped)):
        best, best_value = -1, -np.inf
        for j, relevant in enumerate(weighed):
            if j in picked or j in skipped:
                continue
            value = relevant - against * redundancy[j]
            if value > best_value:
                best, best_value = j, value
        if picked and lengths is not None and max_chars is not None and used + lengths[best] > max_chars:
            skipped.add(best)
            continue
        picked.append(best)
        used += lengths[best] if lengths is not None else 0
        if vectors is not None and len(picked) < k:
            row = rows[best]
            for j, other in enumerate(rows):
                if j not in picked and j not in skipped:
                    similarity = float(other @ row)
                    if len(picked) == 1 or similarity > redundancy[j]:
                        redundancy[j] = similarity
    chosen = sorted(candidates[j] for j in picked)
    return chosen
