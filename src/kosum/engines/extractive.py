"""The extractive engine: kosum's embedded default, which needs no model weights.

The overall summary is the ``N`` most salient sentences (see :mod:`kosum.engines.ranking`),
redundancy removed by MMR, in article order. Each section gets 1 to ``bullets`` bullets
from its own body sentences (quotes and headings excluded), ranked the same way, turned
into 개조식 bullets by :mod:`kosum.engines.bullets`. A section made of an item list ("△A △B")
takes its items as bullets.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..options import SummaryOptions
from ..pipeline.structure import Segment, Structure
from ..types import Bullet, Document, Section, Sentence
from .bullets import make_bullet
from .features import tfidf_matrix
from .ranking import WINDOW, rank_sentences, select
from .result import EngineResult

__all__ = ["bullet_for", "extract"]


#: MMR looks at most at this many of the best candidates (keeps its cost flat).
MMR_POOL = 40


def bullet_for(sentence: Sentence, style: str) -> Bullet:
    """An extractive bullet made from one sentence."""
    return Bullet(make_bullet(sentence.text, sentence.morphs, sentence.start, style), (sentence.index,))


def _mmr(
    candidates: Sequence[int],
    sentences: Sequence[Sentence],
    scores: np.ndarray,
    k: int,
    rows: dict[int, np.ndarray] | None = None,
) -> list[int]:
    """MMR over ``candidates``; ``rows`` holds sentences' TF-IDF vectors when already computed."""
    if len(candidates) > MMR_POOL:
        candidates = sorted(sorted(candidates, key=lambda i: -scores[i])[:MMR_POOL])
    if rows is not None:
        vectors = np.array([rows[i] for i in candidates])
    else:
        vectors, _ = tfidf_matrix([sentences[i] for i in candidates])
    return select(list(candidates), scores, vectors, k)


def _section_bullets(
    segment: Segment,
    doc: Document,
    structure: Structure,
    scores: np.ndarray,
    options: SummaryOptions,
    rows: dict[int, np.ndarray],
) -> tuple[Bullet, ...]:
    if segment.items:
        source = segment.sentences[:1]
        return tuple(Bullet(item, source) for item in segment.items[: options.bullets])
    candidates = [i for i in segment.sentences if structure.roles[i] == "body"] or list(segment.sentences)
    picked = _mmr(candidates, doc.sentences, scores, options.bullets, rows if set(candidates) <= rows.keys() else None)
    return tuple(bullet_for(doc.sentences[i], options.bullet_style) for i in picked)


def extract(doc: Document, structure: Structure, options: SummaryOptions) -> EngineResult:
    """Run the extractive engine on a preprocessed, structured article."""
    sentences = doc.sentences
    eligible = [s.index for s in sentences if structure.roles[s.index] != "heading"] or [s.index for s in sentences]
    scores = np.zeros(len(sentences))
    # One TF-IDF matrix serves ranking and every MMR pick (long articles are ranked in windows).
    features = tfidf_matrix([sentences[i] for i in eligible]) if len(eligible) <= WINDOW else None
    rows = dict(zip(eligible, features[0], strict=True)) if features is not None else {}
    ranked = rank_sentences([sentences[i] for i in eligible], doc.title, features)
    for j, i in enumerate(eligible):
        scores[i] = ranked[j]
    summary = tuple(_mmr(eligible, sentences, scores, options.sentences, rows or None))
    sections = tuple(
        Section(
            area=segment.area,
            heading=segment.heading,
            sentences=segment.sentences,
            bullets=_section_bullets(segment, doc, structure, scores, options, rows),
            heading_sentence=segment.heading_sentence,
        )
        for segment in structure.segments
        if segment.sentences
    )
    text = " ".join(sentences[i].text for i in summary)
    return EngineResult(text, summary, sections, (), scores)
