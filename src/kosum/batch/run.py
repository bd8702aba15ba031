"""Batch summarization of files: :func:`summarize_files` and :class:`BatchRun`.

The run is a pipeline of three separable parts:

1. :mod:`kosum.batch.readers` lists the inputs and turns each into articles or failures;
2. :mod:`kosum.batch.writers` plans an output for each input and says which articles are already
   done (same input hash and options: resume) and writes the others atomically;
3. an *executor* (:mod:`kosum.batch.executors`: this process or ``N`` worker processes;
   :mod:`kosum.batch.ray`: an actor pool on Ray, imported only when Ray is asked for) turns the
   articles to summarize into summaries, **in input order**.

Results, outputs and the error report therefore come out in input order whatever the executor.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import InputError, UsageError
from ..options import BATCH_MAX_CHARS, RayOptions, SummaryOptions
from ..summarizer import Summarizer
from ..types import Summary
from .executors import Executor, WorkerSetup, process_executor, serial_executor
from .fetch import FetchOptions
from .formats import OUTPUT_FORMATS, RECORD_FORMAT
from .readers import Article, Failure, ReadOptions, Source, count_rows, discover, escape_name, read_articles
from .writers import BackgroundStorage, ErrorLog, Plan, Target, plan_outputs

__all__ = ["BatchRun", "BatchStats", "options_record", "summarize_files"]

logger = logging.getLogger("kosum")


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


def options_record(summarizer: Summarizer) -> dict[str, Any]:
    """The options that decide a summary, as recorded in outputs and compared on resume.

    The engine is the one that runs (``"auto"`` resolved); the model, its backend and generation
    settings are recorded when a seq2seq model runs. ``max_chars`` is left out: it decides which
    articles are accepted, not what their summaries say. Loads the summarizer's model.
    """
    options, model_options = summarizer.options, summarizer.model_options
    model = summarizer.load()
    record: dict[str, Any] = {
        "engine": "extractive" if model is None else "abstractive",
        "sentences": options.sentences,
        "bullets": options.bullets,
        "bullet_style": options.bullet_style,
    }
    if model is not None:
        record.update(
            model=model.name,
            backend=model.backend,
            guard=options.guard,
            generation=asdict(model_options.generation),
        )
    return record


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
    source: Source
    target: Target | None


_Event = Failure | _Cached | _Work | _End
#: What placing one input's outputs may raise; the articles concerned fail, the run goes on.
_TARGET_ERRORS = (InputError, IsADirectoryError, NotADirectoryError, FileExistsError)


def _target_error(exc: InputError | OSError) -> InputError:
    """An error placing an output, as the failure of its article."""
    if isinstance(exc, InputError):
        return exc
    where = escape_name(exc.filename) if isinstance(exc.filename, str) else ""
    return InputError(f"출력 파일을 쓸 수 없습니다: {where}: {exc.strerror or exc} (cannot write the output).")


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
                    continue
                try:
                    cached = target is not None and target.cached(item)
                except _TARGET_ERRORS as exc:  # its output cannot be read or placed: the article fails alone
                    yield Failure(item.source, _target_error(exc))
                    continue
                yield _Cached(replace(item, text=""), target) if cached and target is not None else _Work(item, target)
            self.stats.total -= max(0, expected - count)
            yield _End(Source(inp.source), target)

    def _fail(self, source: Source, error: Exception) -> Result:
        logger.warning("%s: %s", escape_name(str(source)), escape_name(str(error)))
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
            try:
                event.target.finish()
            except _TARGET_ERRORS as exc:
                yield self._fail(event.source, _target_error(exc))

    def _done(self, work: _Work, result: Summary | Exception) -> Result:
        if isinstance(result, Exception):
            return self._fail(work.article.source, result)
        if work.target is not None:
            try:
                work.target.write(work.article, result)
            except _TARGET_ERRORS as exc:
                return self._fail(work.article.source, _target_error(exc))
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


def _iterable(value: Any, name: str, wanted: str) -> list[Any]:
    try:
        return list(value)
    except TypeError:
        raise UsageError(f"{name} must be {wanted}, not {value!r}") from None


def _path_list(paths: Any) -> list[PathArg]:
    """``paths`` as a list of paths (one path alone included).

    Raises:
        UsageError: ``paths`` or one of them is not a path.
    """
    if isinstance(paths, str | os.PathLike):
        return [paths]
    if isinstance(paths, bytes):
        raise UsageError(f"paths must be paths as str or Path, not bytes: {paths!r}")
    named = _iterable(paths, "paths", "a path or a list of paths")
    for number, path in enumerate(named):
        if not isinstance(path, str | os.PathLike):
            raise UsageError(f"paths[{number}] must be a path (str or Path), not {path!r}")
    return named


def _check_types(**arguments: tuple[Any, type | tuple[type, ...], str]) -> None:
    """Raise :class:`~kosum.UsageError` naming the first argument whose value is not of its types,
    e.g. ``_check_types(fmt=(fmt, str, "a format name"))``."""
    for name, (value, kinds, wanted) in arguments.items():
        if not isinstance(value, kinds):
            raise UsageError(f"{name} must be {wanted}, not {value!r}")


def summarize_files(
    paths: PathArg | Iterable[PathArg],
    *,
    out_dir: PathArg | None = None,
    output: PathArg | None = None,
    fmt: str = RECORD_FORMAT,
    summarizer: Summarizer | None = None,
    options: SummaryOptions | None = None,
    workers: int = 1,
    overwrite: bool = False,
    globs: Sequence[str] = (),
    text_field: str | None = None,
    title_field: str | None = None,
    id_field: str | None = None,
    max_chars: int = BATCH_MAX_CHARS,
    on_progress: Callable[[BatchStats], None] | None = None,
    ray: RayOptions | None = None,
    follow_symlinks: bool = False,
    fetch: FetchOptions | None = None,
    **unknown: Any,
) -> BatchRun:
    """Summarize the articles in files and folders; yields ``(source, Summary | error)`` in input order.

    >>> run = summarize_files(["news/"], out_dir="out", workers=2)
    >>> for source, result in run:
    ...     if isinstance(result, Exception): print(source, result)
    >>> run.stats.done, run.stats.skipped, run.stats.failed

    Args:
        paths: files, folders (searched recursively) and ``-`` for stdin; see :mod:`kosum.batch.readers`
            for the formats (txt/md, jsonl, csv/tsv, html) and encodings.
        out_dir: write one output per article there, mirroring the input tree (``fmt``: a format of
            :data:`~kosum.batch.formats.OUTPUT_FORMATS` with one file per article, ``"record"`` (its
            old name ``"json"`` still works) or ``"md"``; rows of jsonl/csv files go to one ``.jsonl``
            per input); failures go to ``out_dir/errors.jsonl``. Articles whose output exists with the
            same input hash and options are skipped unless ``overwrite``.
        output: write every article as one line of this JSONL file instead (errors: ``NAME.errors.jsonl``).
            Without ``out_dir`` and ``output`` nothing is written.
        summarizer, options: a :class:`~kosum.Summarizer` to use, or the :class:`~kosum.SummaryOptions`
            to build one with (default: ``Summarizer()``); not both.
        workers: processes for the extractive engine (each loads its own Kiwi); a seq2seq model runs in
            this process. With Ray: the actors of a local instance (see :class:`~kosum.RayOptions`).
        globs: when given, only files in folders whose relative path or name matches one are read.
        text_field, title_field, id_field: the jsonl/csv fields to read (see :class:`ReadOptions`).
        max_chars: the largest article accepted, in characters (default
            :data:`~kosum.options.BATCH_MAX_CHARS`); larger ones fail.
        on_progress: called with :class:`BatchStats` whenever an article is done (its output written,
            or handed to the background writer: ``run.plan.storage.flush()`` puts it on disk),
            skipped or fails.
        ray: summarize on Ray (an actor pool, with the ``ray`` extra; see :mod:`kosum.batch.ray`)
            with these :class:`~kosum.RayOptions`; ``None`` (default): in this machine's processes.
            Reading, outputs, resume and errors are the same.
        follow_symlinks: also follow symbolic links in folders that point outside the folder (by
            default each is a failure of its own); see :mod:`kosum.batch.discovery`.
        fetch: how the links among ``paths`` (``https://…``) are fetched (default ``FetchOptions()``:
            non-public addresses refused); each link that cannot be read is a failure of its own.

    Raises:
        UsageError: bad arguments (unknown ones included; the message names the argument), or an
            output that would overwrite an input (before anything is written).
        InputError: a path that does not exist, or no input files.
        KosumError: another run is writing to the same outputs.
        BackendUnavailableError: ``ray`` without Ray installed.
    """
    if unknown:
        raise UsageError(f"unknown argument(s) of summarize_files: {', '.join(sorted(unknown))}")
    named = _path_list(paths)
    path_or_none = (str, os.PathLike, type(None))
    _check_types(
        out_dir=(out_dir, path_or_none, "a path or None"),
        output=(output, path_or_none, "a path or None"),
        fmt=(fmt, str, "a format name"),
        summarizer=(summarizer, (Summarizer, type(None)), "a Summarizer or None"),
        options=(options, (SummaryOptions, type(None)), "SummaryOptions or None"),
        overwrite=(overwrite, bool, "True or False"),
        follow_symlinks=(follow_symlinks, bool, "True or False"),
        ray=(ray, (RayOptions, type(None)), "RayOptions or None"),
        fetch=(fetch, (FetchOptions, type(None)), "FetchOptions or None"),
    )
    if on_progress is not None and not callable(on_progress):
        raise UsageError(f"on_progress must be a function or None, not {on_progress!r}")
    patterns = () if isinstance(globs, str) else _iterable(globs, "globs", "a list of patterns such as ['*.txt']")
    if isinstance(globs, str) or not all(isinstance(g, str) for g in patterns):
        raise UsageError(f"globs must be a list of patterns such as ['*.txt'], not {globs!r}")
    if summarizer is not None and options is not None:
        raise UsageError("give summarizer or options, not both")
    if out_dir is not None and output is not None:
        raise UsageError("give out_dir or output, not both")
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise UsageError(f"workers must be a whole number, at least 1, not {workers!r}")
    if fmt not in {name for f in OUTPUT_FORMATS.values() for name in (f.name, *f.aliases)}:
        raise UsageError(f"fmt must be one of {', '.join(OUTPUT_FORMATS)}, not {fmt!r}")
    read_options = ReadOptions(text_field, title_field, id_field, max_chars, fetch or FetchOptions())
    if ray is not None:
        from .ray import import_ray

        import_ray()  # a missing Ray fails now, before anything is read
    summarizer = summarizer or Summarizer(options)
    out = Path(out_dir) if out_dir is not None else None
    single = Path(output) if output is not None else None
    if out is not None and out.exists() and not out.is_dir():
        raise InputError(f"{out}: 출력 폴더 자리에 파일이 있습니다 (not a folder).")
    exclude = [out] if out is not None else []  # kosum's own outputs found in folders are not read either
    if single is not None:
        exclude += [single.with_name(single.name + ".parts")]
    ignored: list[str] = []
    inputs = discover(named, patterns, exclude, follow_symlinks=follow_symlinks, ignored=ignored)
    if not inputs:
        raise InputError("요약할 파일이 없습니다 (no input files found).")
    record = options_record(summarizer)
    storage = BackgroundStorage() if out is not None or single is not None else None
    plan = plan_outputs(
        inputs, out_dir=out, output=single, fmt=fmt, options=record, overwrite=overwrite, storage=storage
    )
    executor: Executor
    try:
        if ray is not None:
            from .ray import ray_executor

            executor = ray_executor(summarizer, record, ray, workers)
        elif record["engine"] == "abstractive":
            if workers > 1:
                logger.warning("workers are for the extractive engine; the seq2seq model batches in one process")
            executor = serial_executor(summarizer, summarizer.batch_size())
        elif workers > 1:
            executor = process_executor(WorkerSetup.of(summarizer), workers)
        else:
            executor = serial_executor(summarizer)
    except BaseException:
        plan.release()
        raise
    run = BatchRun(plan, read_options, executor, record, on_progress)
    run.stats.ignored = tuple(ignored)
    return run
