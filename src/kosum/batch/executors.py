"""Executors: what turns a batch's articles into summaries, **in input order**.

An executor is a callable ``executor(articles) -> iterator of Summary | Exception``.
:func:`serial_executor` runs in this process; :func:`process_executor` runs ``N`` worker processes,
each with its own Kiwi; :func:`kosum.batch.ray.ray_executor` runs an actor pool on Ray. All of them
summarize through :meth:`kosum.Summarizer.summarize_batch`, the one batching path: an article that
cannot be summarized is returned as its error, an error about the whole run is raised.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from typing import Any

from ..errors import InputError, KosumError, UsageError
from ..options import ModelOptions, SummaryOptions
from ..summarizer import Summarizer, chunked
from ..types import Summary
from .readers import Article, Source

__all__ = [
    "WINDOW_PER_WORKER",
    "Executor",
    "RemoteError",
    "WorkerSetup",
    "portable",
    "process_executor",
    "serial_executor",
    "summarize_articles",
]

logger = logging.getLogger("kosum")

#: Turns articles into summaries (or the exception each one raised), in input order.
Executor = Callable[[Iterable[Article]], Iterator[Summary | Exception]]
#: Articles in flight per worker process.
WINDOW_PER_WORKER = 4


class RemoteError(KosumError):
    """An error a worker process raised, carried back as its type name and message."""

    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(message)
        self.error_type = error_type

    def __reduce__(self) -> tuple[Any, ...]:
        return (RemoteError, (self.error_type, str(self)))


def summarize_articles(summarizer: Summarizer, articles: Sequence[Article]) -> list[Summary | Exception]:
    """Summarize articles together (see :meth:`~kosum.Summarizer.summarize_batch`)."""
    return summarizer.summarize_batch([(article.text, article.title) for article in articles])


def serial_executor(summarizer: Summarizer, batch_size: int = 1) -> Executor:
    """Summarize in this process, ``batch_size`` articles at a time (more for a seq2seq model)."""

    def run(articles: Iterable[Article]) -> Iterator[Summary | Exception]:
        for chunk in chunked(articles, batch_size):
            yield from summarize_articles(summarizer, chunk)

    return run


@dataclass(frozen=True)
class WorkerSetup:
    """What rebuilds a :class:`~kosum.Summarizer` in a worker process or a Ray actor (picklable):
    its options, the model named (a loaded model is loaded again there, by name)."""

    summary: SummaryOptions
    model: ModelOptions

    @classmethod
    def of(cls, summarizer: Summarizer) -> WorkerSetup:
        return cls(summarizer.options, summarizer.model_options)

    def start(self) -> Summarizer:
        """The worker's Summarizer: one Kiwi thread (one core per worker), Kiwi loaded now."""
        os.environ.setdefault("KOSUM_KIWI_THREADS", "1")
        from .._kiwi import get_kiwi

        summarizer = Summarizer(self.summary, self.model)
        get_kiwi()
        return summarizer


def portable(result: Summary | Exception) -> Summary | Exception:
    """What a worker sends back: summaries without Kiwi morphemes, errors that survive pickling."""
    if isinstance(result, Summary):
        return replace(result, sentences=tuple(replace(s, morphs=()) for s in result.sentences))
    if type(result) in (InputError, UsageError, KosumError):
        return result
    return RemoteError(getattr(result, "error_type", type(result).__name__), str(result))


_worker: Summarizer | None = None


def _init_worker(setup: WorkerSetup, level: int) -> None:
    global _worker
    _end_with_parent()
    logging.getLogger("kosum").setLevel(level)
    _worker = setup.start()


def _end_with_parent() -> None:
    """End this worker process as soon as its parent process ends, however it ends (SIGKILL
    included): a thread watches the parent's sentinel, a pipe that closes when the parent is gone."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="kosum-parent-watch", daemon=True).start()


def _work(job: tuple[str, str | None, str, str]) -> Summary | Exception:
    text, title, path, ident = job
    assert _worker is not None, "worker not initialized"
    article = Article(Source(path, ident or None), text, title)
    return portable(summarize_articles(_worker, [article])[0])


def _result(future: Future[Summary | Exception]) -> Summary | Exception:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise KosumError(
            "작업 프로세스가 비정상 종료했습니다 (메모리 부족?); 다시 실행하면 이어서 요약합니다 "
            "(a worker process died; rerun to resume)."
        ) from exc


def process_executor(setup: WorkerSetup, workers: int) -> Executor:
    """Summarize in ``workers`` processes (spawned, each building its own Summarizer and Kiwi from
    ``setup``); results keep input order."""

    def run(articles: Iterable[Article]) -> Iterator[Summary | Exception]:
        pool = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(setup, logging.getLogger("kosum").getEffectiveLevel()),
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
