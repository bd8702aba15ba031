"""Orchestration: preprocess → structure → engine → :class:`~kosum.types.Summary`."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from .backends import DEVICES, GenerationOptions, Seq2SeqModel, load_model
from .backends.checks import CANNOT_LOAD
from .backends.resolve import BACKENDS
from .engines.abstractive import summarize_documents
from .engines.extractive import extract
from .errors import BackendUnavailableError, InputError, ModelLoadError, ModelNotFoundError
from .options import DEFAULT_MAX_CHARS, SummaryOptions
from .pipeline.preprocess import preprocess
from .pipeline.structure import find_structure
from .types import Document, Section, Summary

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
        model: the seq2seq model: a folder, a name under ``models/``, a hub id (default
            ``gogamza/kobart-summarization``, see :mod:`kosum.models`), or a loaded
            :class:`~kosum.backends.Seq2SeqModel`. Loaded once, on first use.
        backend: ``"auto"`` (CTranslate2 for a converted folder, else transformers),
            ``"transformers"`` or ``"ctranslate2"``.
        device: ``"auto"`` (CUDA where present), ``"cpu"`` or ``"cuda"``.
        guard: check generated numbers and names against the article (default on).
        generation: :class:`~kosum.backends.GenerationOptions` (beams, lengths, batch size).
        download: download a hub model that is not on disk (default: only with
            ``engine="abstractive"``; never when ``HF_HUB_OFFLINE`` is set).

    With ``engine="auto"`` a model that cannot be found or loaded means the extractive
    engine, and a warning in :attr:`Summary.warnings`; with ``"abstractive"`` it is an error.

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
        model: str | Seq2SeqModel | None = None,
        backend: str = "auto",
        device: str = "auto",
        guard: bool = True,
        generation: GenerationOptions | None = None,
        download: bool | None = None,
    ) -> None:
        self.options = SummaryOptions(
            engine=engine, sentences=sentences, bullets=bullets, bullet_style=bullet_style, max_chars=max_chars
        )
        if backend not in BACKENDS:
            raise InputError(f"backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
        if device not in DEVICES and not device.startswith("cuda:"):
            raise InputError(f"device must be one of {', '.join(DEVICES)}, not {device!r}")
        self._lock = threading.Lock()
        self.model_name = model.name if isinstance(model, Seq2SeqModel) else model
        self.backend, self.device, self.guard = backend, device, guard
        self.generation = generation or GenerationOptions()
        self._download = engine == "abstractive" if download is None else download
        self._model = model if isinstance(model, Seq2SeqModel) else None
        self._missing: str | None = None  # why engine "auto" fell back to extractive

    def load(self) -> Seq2SeqModel | None:
        """Load the seq2seq model now (it is otherwise loaded on first use); ``None`` when the
        engine is extractive, or when it is ``"auto"`` and the model cannot be had.

        Raises:
            ModelNotFoundError, ModelLoadError, BackendUnavailableError: with ``engine="abstractive"``.
        """
        if self.options.engine == "extractive" or self._model is not None or self._missing is not None:
            return self._model
        with self._lock:
            if self._model is None and self._missing is None:
                try:
                    self._model = load_model(
                        self.model_name, backend=self.backend, device=self.device, download=self._download
                    )
                except (ModelNotFoundError, ModelLoadError, BackendUnavailableError) as exc:
                    if self.options.engine == "abstractive":
                        raise
                    self._missing = _fallback_warning(exc)
                    logger.info("no seq2seq model, using the extractive engine: %s", exc)
        return self._model

    def summarize(self, text: str, *, title: str | None = None) -> Summary:
        """Summarize one article. ``title`` overrides the title found in the text.

        Raises:
            InputError: the text cannot be summarized (empty, binary, not Korean, too large).
        """
        return self.summarize_document(self.prepare(text, title=title))

    def prepare(self, text: str, *, title: str | None = None) -> Document:
        """Preprocess ``text`` with this summarizer's limits; ``title`` overrides the one found.

        Raises:
            InputError: the text cannot be summarized (empty, binary, not Korean, too large).
        """
        doc = preprocess(text, max_chars=self.options.max_chars)
        return replace(doc, title=title.strip()) if title and title.strip() else doc

    def summarize_document(self, doc: Document) -> Summary:
        """Summarize an already preprocessed :class:`~kosum.types.Document`."""
        return self.summarize_documents([doc])[0]

    def summarize_documents(self, docs: list[Document]) -> list[Summary]:
        """Summarize preprocessed documents together: a seq2seq model generates for all of
        them in batches (grouped by length), which is faster than one at a time."""
        structures = [find_structure(doc) for doc in docs]
        model = self.load()
        if model is None:
            warnings = (self._missing,) if self._missing else ()
            summaries = []
            for doc, structure in zip(docs, structures, strict=True):
                ext = extract(doc, structure, self.options)
                text = " ".join(doc.sentences[i].text for i in ext.summary)
                summaries.append(_summary(doc, text, ext.summary, ext.sections, warnings, None))
            return summaries
        results = summarize_documents(
            list(zip(docs, structures, strict=True)), model, self.options, self.generation, guard=self.guard
        )
        return [
            _summary(doc, r.summary, r.summary_sources, r.sections, r.warnings, model.name)
            for doc, r in zip(docs, results, strict=True)
        ]

    def summarize_many(self, texts: Iterable[str], *, batch_size: int | None = None) -> Iterator[Summary]:
        """Summarize each text; yields results in input order.

        With a seq2seq model, ``batch_size`` articles (default ``generation.batch_size``) are
        generated for together. An article that cannot be summarized raises its
        :class:`~kosum.InputError` after the results of the articles before it.
        """
        if self.load() is None:
            for text in texts:
                yield self.summarize(text)
            return
        block = batch_size or self.generation.batch_size
        pending: list[Document] = []
        for text in texts:
            try:
                pending.append(preprocess(text, max_chars=self.options.max_chars))
            except InputError:
                yield from self.summarize_documents(pending)
                raise
            if len(pending) >= block:
                yield from self.summarize_documents(pending)
                pending = []
        if pending:
            yield from self.summarize_documents(pending)


def _summary(
    doc: Document,
    text: str,
    sources: tuple[int, ...],
    sections: tuple[Section, ...],
    warnings: tuple[str, ...],
    model: str | None,
) -> Summary:
    """The :class:`Summary` of ``doc``; ``model`` is ``None`` for the extractive engine."""
    return Summary(
        title=doc.title,
        summary=text,
        summary_sources=sources,
        sections=sections,
        sentences=doc.sentences,
        text=doc.text,
        engine="extractive" if model is None else "abstractive",
        model=model,
        warnings=warnings,
        metadata=doc.metadata,
    )


def _fallback_warning(exc: ModelNotFoundError | ModelLoadError | BackendUnavailableError) -> str:
    if isinstance(exc, ModelLoadError):
        return str(exc).replace(CANNOT_LOAD, "요약 모델을 불러올 수 없어 추출 요약으로 대체했습니다", 1)
    if isinstance(exc, ModelNotFoundError):
        return (
            f"요약 모델을 찾을 수 없어 추출 요약으로 대체했습니다 "
            f"(model not found: {exc.model}; get it with `kosum models download`)"
        )
    return (
        f"요약 모델을 불러올 수 없어 추출 요약으로 대체했습니다 "
        f"(backend unavailable: {exc.package} is not installed; pip install 'kosum[{exc.extra}]')"
    )


@lru_cache(maxsize=8)
def _shared(
    engine: str,
    sentences: int,
    bullets: int,
    bullet_style: str,
    model: str | None,
    backend: str,
    device: str,
    guard: bool,
) -> Summarizer:
    return Summarizer(
        engine=engine,
        sentences=sentences,
        bullets=bullets,
        bullet_style=bullet_style,
        model=model,
        backend=backend,
        device=device,
        guard=guard,
    )


def summarize(
    text: str,
    *,
    engine: str = "auto",
    sentences: int = 3,
    bullets: int = 2,
    bullet_style: str = "noun",
    title: str | None = None,
    model: str | None = None,
    backend: str = "auto",
    device: str = "auto",
    guard: bool = True,
) -> Summary:
    """Summarize one Korean article: an overall summary plus bullets per policy area.

    The arguments are those of :class:`Summarizer`; summarizers (and their models) are
    kept for the next call with the same arguments.

    >>> from kosum import summarize
    >>> result = summarize(article_text)
    >>> print(result.summary)
    """
    summarizer = _shared(engine, sentences, bullets, bullet_style, model, backend, device, guard)
    return summarizer.summarize(text, title=title)
