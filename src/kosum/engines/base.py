"""What an engine is: one interface that every engine (extractive, abstractive, any later one) offers.

An engine writes the summary and the bullets of structured articles whose cards the pipeline
found (:class:`Article`); :mod:`kosum.engines.registry` finds it by name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from ..backends import Seq2SeqModel
from ..options import GenerationOptions, SummaryOptions
from ..pipeline.cards import Cards
from ..pipeline.structure import Structure
from ..types import Document
from .result import EngineResult

__all__ = ["Article", "Engine", "EngineFactory", "EngineSetup"]


@dataclass(frozen=True)
class Article:
    """One article as the pipeline hands it to an engine: preprocessed, structured, its cards found."""

    doc: Document
    structure: Structure
    cards: Cards


@dataclass(frozen=True)
class EngineSetup:
    """What an engine is built with: the loaded seq2seq model (``None`` where none runs) and how
    it generates."""

    model: Seq2SeqModel | None = None
    generation: GenerationOptions = field(default_factory=GenerationOptions)


class Engine(Protocol):
    """An engine: its registered ``name``, and :meth:`summarize`."""

    name: str

    def summarize(
        self, articles: Sequence[Article], options: SummaryOptions, fallback: Engine | None = None
    ) -> list[EngineResult]:
        """One result per article, in order; ``fallback`` (the extractive engine) writes what this
        engine cannot (``engine.summarize([article], SummaryOptions())[0].summary``)."""
        ...


#: Builds an engine from its setup (``lambda setup: MyEngine(setup.model)``).
EngineFactory = Callable[[EngineSetup], Engine]
