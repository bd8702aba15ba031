"""Batch summarization on Ray: :func:`kosum.summarize_files` with ``ray=RayOptions(...)``.

Only the summarizing moves to Ray; listing, reading, resume and writing stay the local batch's
(:class:`kosum.batch.run.BatchRun`, :mod:`kosum.batch.readers`, :mod:`kosum.batch.writers`), so outputs, hashes,
the resume rule, atomic writes and ``errors.jsonl`` are the same whatever the backend:

1. the driver (the process that called :func:`~kosum.summarize_files`) lists and reads the inputs,
   skips what is already done and groups the articles to summarize into chunks exactly as the
   local backend does (one article, or ``generation.batch_size`` for a seq2seq model);
2. a Ray Data pipeline takes the chunks (``ray.data.from_items``) and ``map_batches`` them through
   an actor pool of :class:`SummarizeActor`: each actor builds one :class:`~kosum.Summarizer` and
   loads Kiwi (and the model) once, on a CPU or a fraction of a GPU; ``preserve_order`` brings the
   results back in input order;
3. the driver writes each result as it comes (the same targets, atomic writes and error report).

Chunks go to Ray in windows of :attr:`~kosum.RayOptions.window` articles (the driver keeps a window's
texts in memory); each window is one Ray Data execution, whose actor pool starts (Kiwi loaded) anew.

Lost workers: Ray restarts an actor that dies and runs its unfinished chunks again on it (up to
:data:`RETRIES` times per chunk); nothing is written before a chunk's results reach the driver, so
nothing is lost or written twice. A driver killed mid-run loses no finished output: rerun it.
"""

from __future__ import annotations

import inspect
import logging
import math
import os
import pickle
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import islice
from types import ModuleType
from typing import Any

from ..errors import BackendUnavailableError, KosumError
from ..options import RayOptions
from ..summarizer import RUN_ERRORS, Summarizer, chunked
from ..types import Summary
from .executors import Executor, RemoteError, WorkerSetup, portable, summarize_articles
from .ray_join import join
from .readers import Article

__all__ = [
    "ARTICLES_PER_BLOCK",
    "RETRIES",
    "WINDOW_PER_ACTOR",
    "SummarizeActor",
    "import_ray",
    "ray_executor",
]

logger = logging.getLogger("kosum")

#: Retries of one chunk whose actor died (Ray restarts the actor each time).
RETRIES = 3
#: Articles per Ray Data block: the unit an actor takes at a time.
ARTICLES_PER_BLOCK = 16
#: Default articles per window, for each actor.
WINDOW_PER_ACTOR = 4000


def import_ray() -> ModuleType:
    """The ``ray`` package with Ray Data, or :class:`~kosum.BackendUnavailableError`.

    Unless the environment says otherwise (and Ray is not imported yet): no usage statistics, and
    ``RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER=0``, which keeps a loopback address on loopback: a local
    instance advertises 127.0.0.1 and listens there only, and a cluster joined at ``127.0.0.1:PORT``
    is contacted there (Ray otherwise takes 127.0.0.1 for the machine's routable address). It only
    stops this process from starting cluster nodes, which kosum never does.
    """
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    os.environ.setdefault("RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER", "0")
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise BackendUnavailableError(exc.name or "ray", "ray", "The Ray backend") from exc
    return ray


@dataclass(frozen=True)
class _Fatal:
    """An error about the whole run an actor met (no model, a missing package on its node)."""

    error_type: str
    message: str


class SummarizeActor:
    """The ``map_batches`` UDF: one :class:`~kosum.Summarizer` per actor, Kiwi and model loaded once.

    Each row's ``chunk`` holds a pickled list of :class:`~kosum.readers.Article`; each output row's
    ``results`` the pickled list of their summaries and errors (or a :class:`_Fatal`).
    """

    def __init__(self, setup: WorkerSetup) -> None:
        self.summarizer = setup.start()
        self.fatal: _Fatal | None = None
        try:
            self.summarizer.load()
        except RUN_ERRORS as exc:
            self.fatal = _Fatal(type(exc).__name__, str(exc))

    def summarize(self, articles: Sequence[Article]) -> list[Summary | Exception] | _Fatal:
        if self.fatal is not None:
            return self.fatal
        try:
            return [portable(r) for r in summarize_articles(self.summarizer, articles)]
        except RUN_ERRORS as exc:
            return _Fatal(type(exc).__name__, str(exc))

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        results = [pickle.dumps(self.summarize(pickle.loads(c))) for c in batch.column("chunk").to_pylist()]
        return pa.table({"results": pa.array(results, pa.large_binary())})


class _Session:
    """This process's connection to Ray: a cluster joined, a local instance started, or the
    instance already there; closed (shut down) only if this session started it."""

    def __init__(self, ray: ModuleType, options: RayOptions) -> None:
        self.ray, self.owned = ray, False
        if ray.is_initialized():
            if options.address is not None:
                logger.warning("Ray is already initialized in this process: %s not joined", options.address)
        else:
            quiet: dict[str, Any] = {"log_to_driver": False, "logging_level": logging.WARNING}
            if options.address is not None:
                join(ray, options.address, quiet)  # errors that say what to do (token, address)
            else:
                cpus = options.actors or os.cpu_count() or 1
                try:  # "local": never join a cluster by chance
                    ray.init(address="local", num_cpus=cpus, include_dashboard=False, **quiet)
                except (ConnectionError, RuntimeError, ValueError) as exc:
                    raise KosumError(f"Ray를 시작할 수 없습니다 (cannot start a local Ray instance): {exc}") from exc
            self.owned = True
        self.actors = options.actors or self._capacity(options.gpus_per_actor)

    def _capacity(self, gpus_per_actor: float) -> int:
        resources = self.ray.cluster_resources()
        if gpus_per_actor:
            return max(1, int(resources.get("GPU", 0) / gpus_per_actor))
        return max(1, int(resources.get("CPU", 1)))

    def close(self) -> None:
        if self.owned:
            self.ray.shutdown()


@contextmanager
def _quiet_ray_data(quiet: bool) -> Iterator[None]:
    """Ray Data's log lines (plan, progress, "progress bars disabled") off while ``quiet``."""
    names = ("ray.data", "ray.data._internal.progress")
    saved = [(name, logging.getLogger(name).level) for name in names]
    if quiet:
        logging.getLogger(names[0]).setLevel(logging.WARNING)
        logging.getLogger(names[1]).setLevel(logging.ERROR)
    try:
        yield
    finally:
        for name, level in saved:
            logging.getLogger(name).setLevel(level)


def _remote_args(ray: ModuleType) -> dict[str, Any]:
    """Bounded retries for the actor pool (Ray Data's default retries a dying chunk forever);
    Ray versions that no longer take them as keyword arguments keep their default."""
    accepts = any(p.kind is p.VAR_KEYWORD for p in inspect.signature(ray.data.Dataset.map_batches).parameters.values())
    return {"max_restarts": -1, "max_task_retries": RETRIES} if accepts else {}


class _Window:
    """One Ray Data execution over a window of chunks."""

    def __init__(self, session: _Session, setup: WorkerSetup, chunk_size: int, options: RayOptions) -> None:
        self.session, self.setup, self.chunk_size, self.options = session, setup, chunk_size, options

    def results(self, chunks: Sequence[list[Article]]) -> Iterator[Summary | Exception]:
        ray = self.session.ray
        per_block = max(1, ARTICLES_PER_BLOCK // self.chunk_size)
        blocks = math.ceil(len(chunks) / per_block)
        items = [{"chunk": pickle.dumps(chunk)} for chunk in chunks]
        resources: dict[str, Any] = {"num_cpus": 1}
        if self.options.gpus_per_actor:
            resources["num_gpus"] = self.options.gpus_per_actor
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*ray_remote_args.*deprecated", category=DeprecationWarning)
            dataset = ray.data.from_items(items, override_num_blocks=blocks).map_batches(
                SummarizeActor,
                fn_constructor_args=(self.setup,),
                batch_size=None,
                batch_format="pyarrow",
                compute=ray.data.ActorPoolStrategy(size=min(self.session.actors, blocks)),
                **resources,
                **_remote_args(ray),
            )
        context = dataset.context
        context.execution_options.preserve_order = True
        context.enable_progress_bars = self.options.progress
        rows = 0
        with _quiet_ray_data(not self.options.progress):
            try:
                for batch in dataset.iter_batches(batch_size=None, batch_format="pyarrow"):
                    for data in batch.column("results").to_pylist():
                        results = pickle.loads(data)
                        if isinstance(results, _Fatal):
                            raise RemoteError(results.error_type, results.message)
                        rows += 1
                        yield from results
            except ray.exceptions.RayError as exc:
                failed = "Ray 작업이 실패했습니다; 다시 실행하면 이어서 요약합니다"
                raise KosumError(f"{failed} (the Ray run failed; rerun to resume): {exc}") from exc
        if rows != len(chunks):
            raise KosumError(f"Ray returned {rows} of {len(chunks)} chunks; rerun to resume")


def ray_executor(summarizer: Summarizer, record: Mapping[str, Any], options: RayOptions, workers: int = 1) -> Executor:
    """An executor (see :mod:`kosum.batch.executors`) that summarizes on Ray.

    ``summarizer`` is rebuilt in every actor (a seq2seq model: the one the driver loaded, by name,
    which must resolve on every node); ``record`` is the run's :func:`~kosum.batch.run.options_record`.
    Without ``options.actors``, a local instance runs ``workers`` actors; a cluster as many as it has
    CPUs unless ``workers`` asks for more than one. Ray is imported now
    (:class:`~kosum.BackendUnavailableError` when missing) and started or joined when the first
    article comes; an instance started here is shut down when the run ends.
    """
    ray = import_ray()
    if options.actors is None and (options.address is None or workers > 1):
        options = replace(options, actors=workers)
    setup = WorkerSetup.of(summarizer)
    abstractive = record["engine"] == "abstractive"
    if abstractive:  # a node without the model must stop the run, not fall back to extractive
        setup = replace(setup, summary=replace(setup.summary, engine="abstractive"))
    chunk_size = summarizer.model_options.generation.batch_size if abstractive else 1

    def run(articles: Iterable[Article]) -> Iterator[Summary | Exception]:
        chunks = chunked(articles, chunk_size)
        first = next(chunks, None)
        if first is None:
            return
        session = _Session(ray, options)
        try:
            window = _Window(session, setup, chunk_size, options)
            size = max(1, (options.window or WINDOW_PER_ACTOR * session.actors) // chunk_size)
            pending = [first, *islice(chunks, size - 1)]
            while pending:
                yield from window.results(pending)
                pending = list(islice(chunks, size))
        finally:
            session.close()

    return run
