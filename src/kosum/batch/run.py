"""Batch summarization of files: :func:`summarize_files` and the local executors.

The run is a pipeline of three separable parts, so that other executors (a Ray cluster) can reuse
the reading, writing and resume logic:

1. :mod:`kosum.readers` lists the inputs and turns each into articles or failures;
2. :mod:`kosum.writers` plans an output for each input and says which articles are already done
   (same input hash and options: resume) and writes the others atomically;
3. an *executor* turns the articles to summarize into summaries, **in input order**: a callable
   ``executor(articles) -> iterator of Summary | Exception``. :func:`serial_executor` runs in this
   process; :func:`process_executor` runs ``N`` worker processes, each with its own Kiwi;
   :func:`kosum.ray_backend.ray_executor` runs an actor pool on Ray (``backend="ray"``).

Results, outputs and the error report therefore come out in input order whatever the executor.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, fields, replace
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import BackendUnavailableError, InputError, KosumError, ModelNotFoundError
from ..options import SummaryOptions
from ..summarizer import Summarizer
from ..types import Document, Summary
from .readers import (
    DEFAULT_BATCH_MAX_CHARS,
    Article,
    Failure,
    ReadOptions,
    Source,
    count_rows,
    discover,
    read_articles,
)
from .writers import BackgroundStorage, ErrorLog, Plan, Target, plan_outputs

__all__ = [
    "BatchRun",
    "BatchStats",
    "Executor",
    "RemoteError",
    "chunked",
    "options_record",
    "process_executor",
    "serial_executor",
    "start_worker",
    "summarize_chunk",
    "summarize_files",
]

logger = logging.getLogger("kosum")

#: Turns articles into summaries (or the exception each one raised), in input order.
Executor = Callable[[Iterable[Article]], Iterator[Summary | Exception]]
#: Errors that concern the whole run (no model, a missing package), not one article: they stop it.
RUN_ERRORS = (ModelNotFoundError, BackendUnavailableError)
#: Articles in flight per worker process.
WINDOW_PER_WORKER = 4


@dataclass
class BatchStats:
    """Counts of a run, updated as it goes.

    Attributes:
        total: articles known so far (with ``on_progress``, the rows of a jsonl/csv file are counted
            when the file is reached; otherwise as they are read).
        done: articles summarized in this run.
        skipped: articles whose output was already there (resume).
        failed: articles or files that could not be read or summarized.
        errors: the error report, once a failure has been written to it.
        ignored: files found in folders that are not of a type read (nor matched by globs).
    """

    total: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    errors: Path | None = None
    ignored: tuple[str, ...] = ()

    @property
    def finished(self) -> int:
        return self.done + self.skipped + self.failed


class RemoteError(KosumError):
    """An error a worker process raised, carried back as its type name and message."""

    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(message)
        self.error_type = error_type

    def __reduce__(self) -> tuple[Any, ...]:
        return (RemoteError, (self.error_type, str(self)))


def _error(article: Article, exc: Exception) -> Exception:
    if isinstance(exc, RUN_ERRORS):
        raise exc
    if not isinstance(exc, KosumError):  # one article's bug must not stop a long batch
        logger.error("%s: unexpected error", article.source, exc_info=exc)
    return exc


def summarize_chunk(summarizer: Summarizer, articles: Sequence[Article]) -> list[Summary | Exception]:
    """Summarize articles together (a seq2seq model generates for them in one batch).

    An error about one article is returned in its place; one about the whole run (no model, a
    missing package) is raised.
    """
    results: list[Summary | Exception | None] = []
    docs: list[Document] = []
    for article in articles:
        try:
            docs.append(summarizer.prepare(article.text, title=article.title))
            results.append(None)
        except Exception as exc:
            results.append(_error(article, exc))
    valid = [a for a, r in zip(articles, results, strict=True) if r is None]
    summaries: Iterator[Summary | Exception]
    try:
        summaries = iter(summarizer.summarize_documents(docs) if docs else [])
    except Exception as exc:
        if len(valid) > 1:  # find the article at fault: one at a time
            summaries = iter(r for a in valid for r in summarize_chunk(summarizer, [a]))
        else:
            summaries = iter([_error(valid[0], exc)])
    return [r if r is not None else next(summaries) for r in results]


def chunked(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive articles, ``size`` at a time (the last chunk may be shorter): the articles a
    seq2seq model generates for together, whatever the executor."""
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def serial_executor(summarizer: Summarizer, batch_size: int = 1) -> Executor:
    """Summarize in this process, ``batch_size`` articles at a time (more for a seq2seq model)."""

    def run(articles: Iterable[Article]) -> Iterator[Summary | Exception]:
        for chunk in chunked(articles, batch_size):
            yield from summarize_chunk(summarizer, chunk)

    return run


_worker: Summarizer | None = None


def start_worker(kwargs: Mapping[str, Any]) -> Summarizer:
    """The Summarizer of a worker process (or Ray actor): one Kiwi thread, Kiwi loaded now."""
    os.environ.setdefault("KOSUM_KIWI_THREADS", "1")  # one core per worker process
    from .._kiwi import get_kiwi

    summarizer = Summarizer(**kwargs)
    get_kiwi()
    return summarizer


def _init_worker(kwargs: dict[str, Any], level: int) -> None:
    global _worker
    logging.getLogger("kosum").setLevel(level)
    _worker = start_worker(kwargs)


def _portable(result: Summary | Exception) -> Summary | Exception:
    """What a worker sends back: summaries without Kiwi morphemes, errors that survive pickling."""
    if isinstance(result, Summary):
        return replace(result, sentences=tuple(replace(s, morphs=()) for s in result.sentences))
    if type(result) in (InputError, KosumError):
        return result
    return RemoteError(getattr(result, "error_type", type(result).__name__), str(result))


def _work(job: tuple[str, str | None, str, str]) -> Summary | Exception:
    text, title, path, ident = job
    assert _worker is not None, "worker not initialized"
    article = Article(Source(path, ident or None), text, title)
    return _portable(summarize_chunk(_worker, [article])[0])


def _result(future: Future[Summary | Exception]) -> Summary | Exception:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise KosumError(
            "작업 프로세스가 비정상 종료했습니다 (메모리 부족?); 다시 실행하면 이어서 요약합니다 "
            "(a worker process died; rerun to resume)."
        ) from exc


def process_executor(summarizer_kwargs: Mapping[str, Any], workers: int) -> Executor:
    """Summarize in ``workers`` processes (spawned, each building its own Summarizer and Kiwi).

    ``summarizer_kwargs`` are :class:`~kosum.Summarizer` keyword arguments; results keep input order.
    """

    def run(articles: Iterable[Article]) -> Iterator[Summary | Exception]:
        pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(dict(summarizer_kwargs), logging.getLogger("kosum").getEffectiveLevel()),
        )
        pending: deque[Future[Summary | Exception]] = deque()
        try:
            for a in articles:
                pending.append(pool.submit(_work, (a.text, a.title, a.source.path, a.source.id or "")))
                if len(pending) >= WINDOW_PER_WORKER * workers:
                    yield _result(pending.popleft())
            while pending:
                yield _result(pending.popleft())
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    return run


def options_record(summarizer: Summarizer) -> dict[str, Any]:
    """The options that decide a summary, as recorded in outputs and compared on resume.

    The engine is the one that runs (``"auto"`` resolved); the model, its backend and generation
    settings are recorded when a seq2seq model runs. ``max_chars`` is left out: it decides which
    articles are accepted, not what their summaries say. Loads the summarizer's model.
    """
    options = summarizer.options
    model = summarizer.load()
    record: dict[str, Any] = {
        "engine": "extractive" if model is None else "abstractive",
        "sentences": options.sentences,
        "bullets": options.bullets,
        "bullet_style": options.bullet_style,
    }
    if model is not None:
        record.update(
            model=model.name, backend=model.backend, guard=summarizer.guard, generation=asdict(summarizer.generation)
        )
    return record


def _worker_kwargs(summarizer: Summarizer) -> dict[str, Any]:
    """Keyword arguments that rebuild ``summarizer`` in a worker process or a Ray actor."""
    kwargs: dict[str, Any] = {f.name: getattr(summarizer.options, f.name) for f in fields(summarizer.options)}
    if isinstance(summarizer.model_name, str):
        kwargs["model"] = summarizer.model_name
    extra = {"backend": summarizer.backend, "device": summarizer.device, "guard": summarizer.guard}
    return {**kwargs, **extra, "generation": summarizer.generation}


@dataclass(frozen=True)
class _Cached:
    article: Article
    target: Target


@dataclass(frozen=True)
class _Work:
    article: Article
    target: Target | None


@dataclass(frozen=True)
class _End:
    target: Target | None


_Event = Failure | _Cached | _Work | _End
Result = tuple[Source, Summary | Exception]


class BatchRun(Iterator[Result]):
    """A running batch: iterate it for ``(source, Summary | error)`` in input order; ``stats`` counts,
    ``options`` are the options recorded in outputs (see :func:`options_record`), ``plan`` the inputs
    and their outputs.

    Articles skipped because their output is already there are not yielded (they are counted in
    ``stats.skipped``). Outputs are written as results come; the error report is complete once the
    iteration ends.
    """

    def __init__(
        self,
        plan: Plan,
        read_options: ReadOptions,
        executor: Executor,
        options: Mapping[str, Any],
        on_progress: Callable[[BatchStats], None] | None = None,
    ) -> None:
        self.plan, self.read_options, self.executor = plan, read_options, executor
        self.options = dict(options)
        self.stats = BatchStats(total=len(plan.items))
        self._errors = ErrorLog(plan.errors)
        self._on_progress = on_progress
        self._run: Generator[Result, None, None] = self._results()

    def __next__(self) -> Result:
        return next(self._run)

    def close(self) -> None:
        """Stop the run early (outputs written so far stay)."""
        self._run.close()

    def _notify(self) -> None:
        if self._on_progress is not None:
            self._on_progress(self.stats)

    def _events(self) -> Iterator[_Event]:
        for inp, target in self.plan.items:
            count, expected = 0, (count_rows(inp, self.read_options.max_chars) if self._on_progress else None) or 1
            self.stats.total += expected - 1
            for item in read_articles(inp, self.read_options):
                count += 1
                if count > expected:
                    self.stats.total += 1
                if isinstance(item, Failure):
                    yield item
                elif target is not None and target.cached(item):
                    yield _Cached(replace(item, text=""), target)
                else:
                    yield _Work(item, target)
            self.stats.total -= max(0, expected - count)
            yield _End(target)

    def _fail(self, source: Source, error: Exception) -> Result:
        logger.warning("%s: %s", source, error)
        self.stats.failed += 1
        self._errors.add(source, error)
        if self.plan.errors is not None and self._errors.path is not None:
            self.stats.errors = self.plan.errors
        self._notify()
        return source, error

    def _handle(self, event: _Event) -> Iterator[Result]:
        if isinstance(event, Failure):
            yield self._fail(event.source, event.error)
        elif isinstance(event, _Cached):
            event.target.keep(event.article)
            self.stats.skipped += 1
            logger.debug("%s: already summarized, skipped", event.article.source)
            self._notify()
        elif isinstance(event, _End) and event.target is not None:
            event.target.finish()

    def _done(self, work: _Work, result: Summary | Exception) -> Result:
        if isinstance(result, Exception):
            return self._fail(work.article.source, result)
        if work.target is not None:
            work.target.write(work.article, result)
        self.stats.done += 1
        self._notify()
        return work.article.source, result

    def _results(self) -> Generator[Result, None, None]:
        pending: deque[_Event] = deque()

        def articles() -> Iterator[Article]:
            for event in self._events():
                pending.append(event)
                if isinstance(event, _Work):
                    yield event.article

        completed = False
        try:
            self.plan.remove_stale_temps()
            for result in self.executor(articles()):
                while not isinstance(event := pending.popleft(), _Work):
                    yield from self._handle(event)
                yield self._done(event, result)
            while pending:
                yield from self._handle(pending.popleft())
            if self.plan.shared is not None:
                self.plan.shared.finish()
            self.plan.storage.close()
            completed = True
        finally:
            try:
                if not completed:
                    self.plan.storage.close()
                if completed or self._errors.entries:
                    self._errors.flush()
            finally:
                self.plan.release()


PathArg = str | os.PathLike[str]
#: Where a batch summarizes: in this machine's processes, or on Ray.
BATCH_BACKENDS = ("local", "ray")


def summarize_files(
    paths: PathArg | Iterable[PathArg],
    *,
    out_dir: PathArg | None = None,
    output: PathArg | None = None,
    fmt: str = "json",
    summarizer: Summarizer | None = None,
    options: SummaryOptions | None = None,
    workers: int = 1,
    overwrite: bool = False,
    globs: Sequence[str] = (),
    text_field: str | None = None,
    title_field: str | None = None,
    id_field: str | None = None,
    max_chars: int = DEFAULT_BATCH_MAX_CHARS,
    on_progress: Callable[[BatchStats], None] | None = None,
    backend: str = "local",
    ray_address: str | None = None,
    ray_actors: int | None = None,
    ray_gpus_per_actor: float = 0.0,
    ray_progress: bool = True,
    follow_symlinks: bool = False,
) -> BatchRun:
    """Summarize the articles in files and folders; yields ``(source, Summary | error)`` in input order.

    >>> run = summarize_files(["news/"], out_dir="out", workers=2)
    >>> for source, result in run:
    ...     if isinstance(result, Exception): print(source, result)
    >>> run.stats.done, run.stats.skipped, run.stats.failed

    Args:
        paths: files, folders (searched recursively) and ``-`` for stdin; see :mod:`kosum.readers`
            for the formats (txt/md, jsonl, csv/tsv, html) and encodings.
        out_dir: write one output per article there, mirroring the input tree (``fmt`` ``"json"`` or
            ``"md"``; rows of jsonl/csv files go to one ``.jsonl`` per input); failures go to
            ``out_dir/errors.jsonl``. Articles whose output exists with the same input hash and options
            are skipped unless ``overwrite``.
        output: write every article as one line of this JSONL file instead (errors: ``NAME.errors.jsonl``).
            Without ``out_dir`` and ``output`` nothing is written.
        summarizer, options: a :class:`~kosum.Summarizer` to use, or the :class:`~kosum.SummaryOptions`
            to build one with (default: ``Summarizer()``); not both.
        workers: processes for the extractive engine (each loads its own Kiwi); a seq2seq model runs in
            this process.
        globs: when given, only files in folders whose relative path or name matches one are read.
        text_field, title_field, id_field: the jsonl/csv fields to read (see :class:`ReadOptions`).
        max_chars: the largest article accepted, in characters; larger ones fail.
        on_progress: called with :class:`BatchStats` whenever an article is done, skipped or fails.
        backend: where articles are summarized: ``"local"`` (this process or ``workers`` processes) or
            ``"ray"`` (an actor pool on Ray, with the ``ray`` extra; see :mod:`kosum.ray_backend`).
            Reading, outputs, resume and errors are the same.
        ray_address, ray_actors, ray_gpus_per_actor, ray_progress: with ``backend="ray"``, the
            cluster to join (default: start a local instance with ``ray_actors`` CPUs), the actors
            (default: ``workers`` on a local instance, the cluster's CPUs on a cluster), GPUs per actor
            (0: CPU actors) and whether Ray Data shows its progress bars (see
            :class:`~kosum.ray_backend.RayOptions`).
        follow_symlinks: also follow symbolic links in folders that point outside the folder (by
            default each is a failure of its own); see :mod:`kosum.batch.readers`.

    Raises:
        InputError: bad arguments, a path that does not exist or no input files.
        UsageError: an output that would overwrite an input (before anything is written).
        KosumError: another run is writing to the same outputs.
        BackendUnavailableError: ``backend="ray"`` without Ray installed.
    """
    if summarizer is not None and options is not None:
        raise InputError("give summarizer or options, not both")
    if out_dir is not None and output is not None:
        raise InputError("give out_dir or output, not both")
    if workers < 1:
        raise InputError(f"workers must be at least 1, not {workers}")
    from .ray import ray_executor, run_options

    ray = run_options(backend, workers, ray_address, ray_actors, ray_gpus_per_actor, ray_progress)
    read_options = ReadOptions(text_field, title_field, id_field, max_chars)
    if summarizer is None:
        options = options or SummaryOptions()
        summarizer = Summarizer(**{f.name: getattr(options, f.name) for f in fields(options)})
    out = Path(out_dir) if out_dir is not None else None
    single = Path(output) if output is not None else None
    if out is not None and out.exists() and not out.is_dir():
        raise InputError(f"{out}: 출력 폴더 자리에 파일이 있습니다 (not a folder).")
    exclude = [out] if out is not None else []  # kosum's own outputs found in folders are not read either
    if single is not None:
        exclude += [single.with_name(single.name + ".parts")]
    ignored: list[str] = []
    named = [paths] if isinstance(paths, str | os.PathLike) else paths
    inputs = discover(named, globs, exclude, follow_symlinks=follow_symlinks, ignored=ignored)
    if not inputs:
        raise InputError("요약할 파일이 없습니다 (no input files found).")
    record = options_record(summarizer)
    storage = BackgroundStorage() if out is not None or single is not None else None
    plan = plan_outputs(
        inputs, out_dir=out, output=single, fmt=fmt, options=record, overwrite=overwrite, storage=storage
    )
    try:
        if ray is not None:
            executor = ray_executor(summarizer, record, ray)
        elif record["engine"] == "abstractive":
            if workers > 1:
                logger.warning("workers are for the extractive engine; the seq2seq model batches in one process")
            executor = serial_executor(summarizer, summarizer.generation.batch_size)
        elif workers > 1:
            executor = process_executor(_worker_kwargs(summarizer), workers)
        else:
            executor = serial_executor(summarizer)
    except BaseException:
        plan.release()
        raise
    run = BatchRun(plan, read_options, executor, record, on_progress)
    run.stats.ignored = tuple(ignored)
    return run
