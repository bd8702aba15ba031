"""What every engine returns for one article: :class:`EngineResult`.

The orchestrator (:class:`kosum.Summarizer`) turns it into a :class:`~kosum.Summary` the same
way whichever engine wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ..types import Section

__all__ = ["EngineResult"]


@dataclass(frozen=True)
class EngineResult:
    """One article's summary as an engine wrote it.

    Attributes:
        summary: the overall summary.
        summary_sources: indexes of the sentences the summary comes from (or is supported by).
        sections: the policy areas with their bullets.
        warnings: the engine's notes (faithfulness, chunking, empty generations).
        scores: each sentence's salience from the extractive ranking (what the abstractive
            engine's fallbacks pick by).
    """

    summary: str
    summary_sources: tuple[int, ...]
    sections: tuple[Section, ...]
    warnings: tuple[str, ...] = ()
    scores: np.ndarray = field(default_factory=lambda: np.zeros(0), repr=False, compare=False)
