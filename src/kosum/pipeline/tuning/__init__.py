"""Thresholds of each stage, grouped in frozen dataclasses with one default instance per stage.

They are tuned on the development halves and are no user options: a room reads its stage's
default instance (``LINES.meta_max_chars``), so that every number with a meaning has a name
and one place.
"""

from __future__ import annotations

from kosum.pipeline.tuning.engines import (
    ABSTRACTIVE,
    COMPRESS,
    EXTRACTIVE,
    LENGTH,
    RANKING,
    AbstractiveTuning,
    CompressTuning,
    ExtractiveTuning,
    LengthTuning,
    RankingTuning,
)
from kosum.pipeline.tuning.structure import (
    CARDS,
    SPEECH,
    STRUCTURE,
    CardTuning,
    SpeechTuning,
    StructureTuning,
)
from kosum.pipeline.tuning.text import (
    HEADINGS,
    INPUT,
    LINES,
    PAGES,
    SENTENCES,
    HeadingTuning,
    InputTuning,
    LineTuning,
    PageTuning,
    SentenceTuning,
)

__all__ = [
    "ABSTRACTIVE",
    "CARDS",
    "COMPRESS",
    "EXTRACTIVE",
    "HEADINGS",
    "INPUT",
    "LENGTH",
    "LINES",
    "PAGES",
    "RANKING",
    "SENTENCES",
    "SPEECH",
    "STRUCTURE",
    "AbstractiveTuning",
    "CardTuning",
    "CompressTuning",
    "ExtractiveTuning",
    "HeadingTuning",
    "InputTuning",
    "LengthTuning",
    "LineTuning",
    "PageTuning",
    "RankingTuning",
    "SentenceTuning",
    "SpeechTuning",
    "StructureTuning",
]
