"""Orchestration: preprocess → structure → engine → :class:`~kosum.types.Summary`.

Every article goes the same way: :func:`~kosum.pipeline.preprocess.preprocess` cleans it and
splits its sentences, :func:`~kosum.pipeline.structure.find_structure` finds its policy areas,
:func:`~kosum.pipeline.cards.find_cards` its cards, the engine picked by name from
:mod:`kosum.engines.registry` writes it (``"auto"``: the abstractive one when a model is loaded,
else the extractive one, which is also the others' fallback), and :class:`Summarizer` turns the
engine's :class:`~kosum.engines.result.EngineResult` into a :class:`~kosum.Summary`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import islice
from typing import Any, TypeVar

from .backends import Seq2SeqModel, load_model
from .backends.checks import CANNOT_LOAD
from .engines.base import Article, EngineSetup
from .engines.morphemes import summary_morphemes
from .engines.registry import FALLBACK, MODEL_ENGINE, get_engine, uses_model
from .engines.result import EngineResult
from .errors import BackendUnavailableError, KosumError, ModelLoadError, ModelNotFoundError, UsageError
from .options import ModelOptions, SummaryOptions, split_overrides
from .pipeline.cards import find_cards
from .pipeline.length import summary_length
from .pipeline.preprocess import preprocess, removal_warnings
from .pipeline.structure import find_structure
from .types import Document, Summary

__all__ = ["RUN_ERRORS", "Summarizer", "chunked", "shared_summarizer", "summarize"]

logger = logging.getLogger("kosum")

#: Errors about the whole run (no model, a model that cannot load, a missing package), not about
#: one article: a batch stops on them; with ``engine="auto"`` they mean the extractive engine.
RUN_ERRORS = (ModelNotFoundError, ModelLoadError, BackendUnavailableError)

T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive items, ``size`` at a time (the last chunk may be shorter)."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


class Summarizer:
    """Summarizes many articles with the same options, loading everything once.

    Args:
        summary: what to produce (:class:`~kosum.SummaryOptions`; default ``SummaryOptions()``).
        model: the seq2seq model: :class:`~kosum.ModelOptions`, a model's name, folder or hub id
            (``ModelOptions(model=...)``), or a loaded :class:`~kosum.Seq2SeqModel`. Default: the
            default model where it is installed. Loaded once, on first use.
        overrides: fields of :class:`~kosum.SummaryOptions` and :class:`~kosum.ModelOptions` that
            replace those of ``summary`` and ``model`` (``Summarizer(sentences=2, device="cpu")``).

    With ``engine="auto"`` a model that cannot be had means the extractive engine: quietly when no
    model was asked for and none is installed, with a note in :attr:`Summary.warnings` when the
    model asked for is missing or cannot be loaded. With ``"abstractive"`` it is an error.

    Raises:
        UsageError: an option of the wrong type or value, or an unknown one (its message names it).

    >>> summarizer = Summarizer(SummaryOptions(sentences=2))
    >>> for summary in summarizer.summarize_many(texts): ...
    """

    def __init__(
        self,
        summary: SummaryOptions | None = None,
        model: ModelOptions | str | Seq2SeqModel | None = None,
        **overrides: Any,
    ) -> None:
        if summary is not None and not isinstance(summary, SummaryOptions):
            raise UsageError(f"summary must be SummaryOptions, not {summary!r}")
        self._model = model if isinstance(model, Seq2SeqModel) else None
        if isinstance(model, ModelOptions):
            base = model
        elif model is None or self._model is not None:
            base = ModelOptions(model=self._model.name if self._model is not None else None)
        else:
            base = ModelOptions(model=model)  # type: ignore[arg-type]  # checked there
        self.options, self.model_options = split_overrides(summary or SummaryOptions(), base, overrides)
        self._lock = threading.Lock()
        self._notes: tuple[str, ...] | None = None  # set once engine "auto" fell back to extractive

    @property
    def download(self) -> bool:
        """Whether a hub model missing on disk is downloaded (by default only for ``"abstractive"``)."""
        download = self.model_options.download
        engine = self.options.engine
        return engine != "auto" and uses_model(engine) if download is None else download

    def load(self) -> Seq2SeqModel | None:
        """Load the seq2seq model now (it is otherwise loaded on first use); ``None`` when the
        engine is extractive, or when it is ``"auto"`` and the model cannot be had.

        Raises:
            ModelNotFoundError, ModelLoadError, BackendUnavailableError: with ``engine="abstractive"``.
        """
        engine = self.options.engine
        if not (engine == "auto" or uses_model(engine)) or self._model is not None or self._notes is not None:
            return self._model
        with self._lock:
            if self._model is None and self._notes is None:
                m = self.model_options
                try:
                    self._model = load_model(m.model, backend=m.backend, device=m.device, download=self.download)
                except RUN_ERRORS as exc:
                    if engine != "auto":
                        raise
                    self._notes = _fallback_notes(exc, asked=m.model is not None)
                    logger.info("no seq2seq model, using the extractive engine: %s", exc)
        return self._model

    def summarize(self, text: str, *, title: str | None = None) -> Summary:
        """Summarize one article. ``title`` overrides the title found in the text.

        Raises:
            InputError: the text cannot be summarized (empty, binary, not Korean, too large).
            UsageError: ``title`` is not a string.
        """
        return self.summarize_document(self.prepare(text, title=title))

    def prepare(self, text: str, *, title: str | None = None) -> Document:
        """Preprocess ``text`` with this summarizer's limits; ``title`` overrides the one found.

        Raises:
            InputError: the text cannot be summarized (empty, binary, not Korean, too large).
            UsageError: ``title`` is not a string.
        """
        if title is not None and not isinstance(title, str):
            raise UsageError(f"title must be a string or None, not {title!r}")
        return preprocess(text, max_chars=self.options.max_chars, title=title)

    def summarize_document(self, doc: Document) -> Summary:
        """Summarize an already preprocessed :class:`~kosum.types.Document`."""
        return self.summarize_documents([doc])[0]

    def summarize_documents(self, docs: Sequence[Document]) -> list[Summary]:
        """Summarize preprocessed documents together: a seq2seq model generates for all of
        them in batches (grouped by length), which is faster than one at a time."""
        structures = [find_structure(doc) for doc in docs]
        model = self.load()
        articles = [
            Article(doc, structure, find_cards(doc, structure, self.options))
            for doc, structure in zip(docs, structures, strict=True)
        ]
        name = self._engine_name(model)
        engine = get_engine(name, EngineSetup(model, self.model_options.generation))
        results = engine.summarize(articles, self.options, get_engine(FALLBACK))
        if not uses_model(name):
            model = None
        return [self._summary(doc, result, name, model) for doc, result in zip(docs, results, strict=True)]

    def _engine_name(self, model: Seq2SeqModel | None) -> str:
        """The engine that runs: the one asked for; with ``"auto"``, the model's engine when a model
        is loaded, else the fallback. A model passed in as an object runs even with ``"extractive"``."""
        engine = self.options.engine
        if engine in ("auto", FALLBACK):
            return FALLBACK if model is None else MODEL_ENGINE
        return engine

    def summarize_batch(self, articles: Sequence[tuple[str, str | None]]) -> list[Summary | Exception]:
        """Summarize ``(text, title)`` articles together (a seq2seq model generates for them at once).

        An error about one article (:class:`~kosum.InputError`, or a bug, which is logged) is
        returned in its place; one about the whole run (:data:`RUN_ERRORS`) is raised.
        """
        results: list[Summary | Exception | None] = []
        docs: list[Document] = []
        for k, (text, title) in enumerate(articles):
            try:
                docs.append(self.prepare(text, title=title))
                results.append(None)
            except Exception as exc:
                results.append(_article_error(k, exc))
        valid = [a for a, r in zip(articles, results, strict=True) if r is None]
        summaries: Iterator[Summary | Exception]
        try:
            summaries = iter(self.summarize_documents(docs) if docs else [])
        except Exception as exc:
            if len(valid) > 1:  # find the article at fault: one at a time
                summaries = iter(r for a in valid for r in self.summarize_batch([a]))
            else:
                summaries = iter([_article_error(0, exc)])
        return [r if r is not None else next(summaries) for r in results]

    def batch_size(self) -> int:
        """Articles worth summarizing together: the model's generation batch, else 1. Loads the model."""
        return self.model_options.generation.batch_size if self.load() is not None else 1

    def summarize_many(self, texts: Iterable[str], *, batch_size: int | None = None) -> Iterator[Summary]:
        """Summarize each text; yields results in input order.

        Articles go ``batch_size`` at a time (default: :meth:`batch_size`) through
        :meth:`summarize_batch`. An article that cannot be summarized raises its
        :class:`~kosum.InputError` after the results of the articles before it.
        """
        for chunk in chunked(texts, batch_size or self.batch_size()):
            for result in self.summarize_batch([(text, None) for text in chunk]):
                if isinstance(result, Exception):
                    raise result
                yield result

    def _summary(self, doc: Document, result: EngineResult, engine: str, model: Seq2SeqModel | None) -> Summary:
        """The :class:`Summary` of ``doc`` from the engine's result, whichever engine wrote it."""
        return Summary(
            title=doc.title,
            summary=result.summary,
            summary_sources=result.summary_sources,
            sections=result.sections,
            sentences=doc.sentences,
            text=doc.text,
            engine=engine,
            model=None if model is None else model.name,
            warnings=(*(self._notes or ()), *removal_warnings(doc), *result.warnings),
            metadata=doc.metadata,
            subtitle=doc.subtitle,
            length=summary_length(self.options.sentences, doc),
            # made on first read: only a batch record and a digest read them
            morphemes=lambda: summary_morphemes(
                doc,
                result.summary,
                result.summary_sources,
                [b for s in result.sections for b in s.bullets],
                generated=model is not None,
            ),
        )


def _article_error(index: int, exc: Exception) -> Exception:
    """``exc``, raised by one article of a batch: returned, unless it concerns the whole run."""
    if isinstance(exc, RUN_ERRORS):
        raise exc
    if not isinstance(exc, KosumError):  # one article's bug must not stop a long batch
        logger.error("article %d of the batch: unexpected error", index + 1, exc_info=exc)
    return exc


#: How a fallback note for a model that cannot be loaded begins.
LOAD_FALLBACK = "요약 모델을 불러오지 못해 추출 요약으로 요약했습니다"


def _fallback_notes(exc: Exception, *, asked: bool) -> tuple[str, ...]:
    """What a summary says when engine ``"auto"`` falls back to extractive: nothing when no model
    was asked for and none is installed (the designed default), else one sentence."""
    if isinstance(exc, ModelNotFoundError):
        if not asked:
            return ()
        return (f"요청한 요약 모델을 찾지 못해 추출 요약으로 요약했습니다: {exc.model}",)
    if isinstance(exc, BackendUnavailableError):
        return (f"요약 모델에 필요한 패키지가 설치되어 있지 않아 추출 요약으로 요약했습니다: {exc.package}",)
    if isinstance(exc, ModelLoadError):  # "요약 모델을 불러올 수 없습니다 (NAME): why (in English)."
        return (str(exc).replace(CANNOT_LOAD, LOAD_FALLBACK, 1),)
    return (f"{LOAD_FALLBACK}.",)


@lru_cache(maxsize=8)
def _cached(summary: SummaryOptions, model: ModelOptions) -> Summarizer:
    return Summarizer(summary, model)


_cache_lock = threading.Lock()


def shared_summarizer(
    summary: SummaryOptions | None = None, model: ModelOptions | None = None, **overrides: Any
) -> Summarizer:
    """The one cache of summarizers: the :class:`Summarizer` for these options, built (and its model
    loaded) once and kept for the next call with equal options (:func:`summarize`, the web UI).

    Raises:
        UsageError: a wrong or unknown option.
    """
    if model is not None and not isinstance(model, ModelOptions):
        model = ModelOptions(model=model)  # checked there
    summary_options, model_options = split_overrides(summary or SummaryOptions(), model or ModelOptions(), overrides)
    with _cache_lock:
        return _cached(summary_options, model_options)


def summarize(text: str, *, title: str | None = None, **overrides: Any) -> Summary:
    """Summarize one Korean article: an overall summary plus bullets per policy area.

    ``title`` overrides the title found in the text; ``overrides`` are fields of
    :class:`~kosum.SummaryOptions` and :class:`~kosum.ModelOptions` (``sentences=2``,
    ``engine="extractive"``, ``model="models/kobart"``...). Summarizers (and their models) are
    kept for the next call with the same options (:func:`shared_summarizer`).

    Raises:
        InputError: the text cannot be summarized (empty, binary, not Korean, too large).
        UsageError: a wrong or unknown option, or a ``title`` that is not a string.

    >>> from kosum import summarize
    >>> result = summarize(article_text)
    >>> print(result.summary)
    """
    return shared_summarizer(**overrides).summarize(text, title=title)
