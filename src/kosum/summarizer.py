"""Orchestration: preprocess → structure → engine → :class:`~kosum.types.Summary`."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from .extractive import extract
from .options import DEFAULT_MAX_CHARS, SummaryOptions
from .preprocess import preprocess
from .structure import find_structure
from .types import Document, Summary

__all__ = ["Summarizer", "summarize"]

logger = logging.getLogger("kosum")


class Summarizer:
    """Summarizes many articles with the same options, loading everything once.

    Args:
        engine: ``"auto"``, ``"extractive"`` or ``"abstractive"`` (see :class:`SummaryOptions`).
        sentences: sentences in the overall summary (default 3).
        bullets: the most bullets per policy area (default 2).
        bullet_style: ``"noun"`` (개조식, default) or ``"sentence"``.
        max_chars: the largest article accepted, in characters.

    >>> summarizer = Summarizer(sentences=2)
    >>> for summary in summarizer.summarize_many(texts): ...
    """

    def __init__(
        self,
        *,
        engine: str = "auto",
        sentences: int = 3,
        bullets: int = 2,
        bullet_style: str = "noun",
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        self.options = SummaryOptions(
            engine=engine, sentences=sentences, bullets=bullets, bullet_style=bullet_style, max_chars=max_chars
        )
        self._lock = threading.Lock()

    def summarize(self, text: str, *, title: str | None = None) -> Summary:
        """Summarize one article. ``title`` overrides the title found in the text.

        Raises:
            InputError: the text cannot be summarized (empty, binary, not Korean, too large).
        """
        doc = preprocess(text, max_chars=self.options.max_chars)
        if title:
            doc = replace(doc, title=title.strip())
        return self.summarize_document(doc)

    def summarize_document(self, doc: Document) -> Summary:
        """Summarize an already preprocessed :class:`~kosum.types.Document`."""
        structure = find_structure(doc)
        result = extract(doc, structure, self.options)
        return Summary(
            title=doc.title,
            summary=" ".join(doc.sentences[i].text for i in result.summary),
            summary_sources=result.summary,
            sections=result.sections,
            sentences=doc.sentences,
            text=doc.text,
            engine="extractive",
            model=None,
            warnings=(),
            metadata=doc.metadata,
        )

    def summarize_many(self, texts: Iterable[str]) -> Iterator[Summary]:
        """Summarize each text in turn; yields results in input order."""
        for text in texts:
            yield self.summarize(text)


@lru_cache(maxsize=8)
def _shared(engine: str, sentences: int, bullets: int, bullet_style: str) -> Summarizer:
    return Summarizer(engine=engine, sentences=sentences, bullets=bullets, bullet_style=bullet_style)


def summarize(
    text: str,
    *,
    engine: str = "auto",
    sentences: int = 3,
    bullets: int = 2,
    bullet_style: str = "noun",
    title: str | None = None,
) -> Summary:
    """Summarize one Korean article: an overall summary plus bullets per policy area.

    >>> from kosum import summarize
    >>> result = summarize(article_text)
    >>> print(result.summary)
    """
    return _shared(engine, sentences, bullets, bullet_style).summarize(text, title=title)
