"""Batch outputs: where each article's summary goes, written so that a kill never leaves a torn file.

Layout with an output folder ``OUT``: an input ``a/b.txt`` (relative to the folder it was found in) gives
``OUT/a/b.json`` (or ``.md``: the formats are :data:`~kosum.batch.formats.OUTPUT_FORMATS`); the rows of
``a/c.csv`` give ``OUT/a/c.jsonl``, one line per row. With ``--output FILE.jsonl`` every article is one
line of that file. Each output records the article's
``source``, ``id``, ``input_sha256`` and the ``options`` used (see :func:`make_record`); ids never
become file names, and every output path is checked to stay inside ``OUT``.

Crash safety: every file is written to a temporary file in the same folder, fsynced and renamed
over the target (:func:`atomic_write`; in a batch by a background thread, :class:`BackgroundStorage`).
A JSONL output of many records (:class:`JsonlSink`) keeps each finished record as its own atomically
written file in ``<output>.parts/`` while the run goes on; once its input is done, the JSONL file is
written atomically, in input order, and the parts are removed. A run killed at any point therefore
loses no finished record, and the next run reads the parts and the JSONL file back to skip what is
done. Temporary files left by a kill are removed by the next run (:func:`remove_stale_temps`).

Outputs get the permissions of any new file (``0666`` less the umask). A folder where an output file
goes, or a file where its folder goes, fails that article alone (checked before the write); the run
goes on. Names (long names, clashes, links) and the lock that keeps two runs off one output:
:mod:`kosum.batch.naming`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import shutil
import time
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from .._version import __version__
from ..errors import InputError, UsageError
from ..types import Summary
from .formats import LINES_FORMAT, OUTPUT_FORMATS, output_format
from .naming import (
    ERRORS_NAME,
    LOCK_NAME,
    InputPaths,
    OutputLock,
    cut_name,
    output_paths,
    own_path,
    refuse_special,
    regular_file,
    safe_path,
)
from .readers import Article, InputFile, Source, escape_name

__all__ = [
    "ERRORS_NAME",
    "LOCK_NAME",
    "BackgroundStorage",
    "ErrorLog",
    "FileTarget",
    "JsonlSink",
    "OutputLock",
    "Plan",
    "Storage",
    "Target",
    "atomic_write",
    "make_record",
    "output_errors_path",
    "plan_outputs",
    "read_record_header",
    "remove_stale_temps",
    "render",
    "safe_path",
]

logger = logging.getLogger("kosum")

TMP_SUFFIX = ".kosum-tmp"
PARTS_SUFFIX = ".parts"
_Key = tuple[str, str | None, str]


def atomic_write(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` to ``path`` all or nothing: temporary file in the same folder, fsync, rename.

    The folder is not fsynced: a rename lost to a power cut leaves the previous file (or none),
    which the next run treats as not done.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        tmp = path.with_name(f"{_temp_prefix(path)}{secrets.token_hex(4)}{TMP_SUFFIX}")
        try:  # mode 0666 less the umask, as for any new file
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(fd, "wb") as f:
            for chunk in (data,) if isinstance(data, bytes) else data:
                f.write(chunk)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _temp_prefix(path: Path) -> str:
    """The start of ``path``'s temporary files: its name cut to fit the file system's limit."""
    return f".{cut_name(path.name, 100)}."


class Storage:
    """Writes output files atomically, in this thread (:func:`atomic_write`)."""

    def write(self, path: Path, data: bytes) -> None:
        atomic_write(path, data)

    def flush(self) -> None:
        """Wait until every file given to :meth:`write` is on disk."""

    def close(self) -> None:
        self.flush()


class BackgroundStorage(Storage):
    """Writes output files atomically in one background thread, so that summarizing goes on while
    files are fsynced; at most ``limit`` files wait. A failed write is raised by a later call."""

    def __init__(self, limit: int = 64) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(1, thread_name_prefix="kosum-writer")
        self._pending: deque[Future[None]] = deque()
        self.limit = limit

    def write(self, path: Path, data: bytes) -> None:
        self._pending.append(self._pool.submit(atomic_write, path, data))
        while self._pending and (len(self._pending) > self.limit or self._pending[0].done()):
            self._pending.popleft().result()

    def flush(self) -> None:
        while self._pending:
            self._pending.popleft().result()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)


def remove_stale_temps(folder: Path, *, prefix: str = "", recursive: bool = True) -> int:
    """Remove the temporary files a killed run left in ``folder`` (never through a symbolic link);
    returns how many."""
    removed = 0
    if os.path.islink(folder):
        return 0
    for here, dirs, files in os.walk(folder):
        for name in files:
            if name.startswith(prefix) and name.endswith(TMP_SUFFIX):
                Path(here, name).unlink(missing_ok=True)
                removed += 1
        if not recursive:
            dirs.clear()
    if removed:
        logger.info("removed %d temporary file(s) left by an interrupted run", removed)
    return removed


def make_record(source: Source, summary: Summary, options: Mapping[str, Any]) -> dict[str, Any]:
    """What every output holds: provenance (source, id, input hash, options, the summary length the
    article got (``"length"``: the ``sentences`` option, or the count ``"auto"`` gave it), version),
    the summary and, where it has them, its content morphemes (``"morphemes"``, what a digest reads: see
    :class:`~kosum.types.Morphemes`; a Markdown output leaves them out)."""
    record = {
        "source": source.path,
        "id": source.id,
        "input_sha256": source.sha256,
        "options": dict(options),
        "length": summary.length,
        "kosum": __version__,
        "summary": summary.to_dict(),
    }
    if summary.morphemes is not None:
        record["morphemes"] = summary.morphemes.to_dict()
    return record


def render(source: Source, summary: Summary, options: Mapping[str, Any], fmt: str) -> bytes:
    """One output in the format named ``fmt`` (see :func:`~kosum.batch.formats.output_format`), e.g.
    ``render(source, summary, {}, "jsonl")``: the record as one line."""
    return output_format(fmt).write(make_record(source, summary, options), summary)


def read_record_header(data: bytes, fmt: str) -> dict[str, Any] | None:
    """The provenance fields of an output written by :func:`render`, or ``None`` if it is not one."""
    return output_format(fmt).read_header(data)


class Target(Protocol):
    """Where the summaries of one input go."""

    def cached(self, article: Article) -> bool:
        """Whether an output for ``article`` (same input hash and options) already exists."""

    def keep(self, article: Article) -> None:
        """Keep the existing output of a cached article."""

    def write(self, article: Article, summary: Summary) -> None:
        """Write the output of a summarized article."""

    def finish(self) -> None:
        """The input is done: complete its outputs."""


class FileTarget:
    """One output file (``.json``, ``.md``…) for a one-article input."""

    def __init__(
        self, path: Path, fmt: str, options: Mapping[str, Any], reuse: bool, storage: Storage | None = None
    ) -> None:
        self.path, self.fmt, self.options, self.reuse = path, fmt, dict(options), reuse
        self.storage = storage or Storage()

    def cached(self, article: Article) -> bool:
        if not self.reuse or not regular_file(self.path):
            return False
        header = read_record_header(self.path.read_bytes(), self.fmt)
        return header is not None and (header.get("input_sha256"), header.get("options")) == (
            article.sha256,
            self.options,
        )

    def keep(self, article: Article) -> None:
        pass

    def write(self, article: Article, summary: Summary) -> None:
        _check_place(self.path)
        self.storage.write(self.path, render(article.source, summary, self.options, self.fmt))
        logger.info("%s: wrote %s", article.source, self.path)

    def finish(self) -> None:
        pass


class JsonlSink:
    """A JSONL output of many records, safe against kills (see the module docstring).

    ``shared``: the sink takes the articles of several inputs (``--output``), so records are told
    apart by source as well as id and input hash. ``reuse``: existing records are kept (resume).
    """

    def __init__(
        self, path: Path, options: Mapping[str, Any], *, shared: bool, reuse: bool, storage: Storage | None = None
    ) -> None:
        self.path = path
        self.storage = storage or Storage()
        self.parts = path.with_name(path.name + PARTS_SUFFIX)
        self.options, self.shared, self.reuse = dict(options), shared, reuse
        self._where: dict[_Key, Path | tuple[int, int]] = {}
        self._existing: list[_Key | None] = []
        self._order: list[_Key] = []
        self._written = 0
        self._loaded = False

    def _key(self, source: Source, sha256: str) -> _Key:
        return (source.path if self.shared else "", source.id, sha256)

    def _record_key(self, data: bytes) -> _Key | None:
        header = read_record_header(data, LINES_FORMAT)
        if header is None or header.get("options") != self.options:
            return None
        source, ident, sha = header.get("source"), header.get("id"), header.get("input_sha256")
        if not isinstance(source, str) or not isinstance(sha, str) or not isinstance(ident, str | None):
            return None
        return self._key(Source(source, ident), sha)

    def _load(self) -> None:
        self._loaded = True
        if not self.reuse:
            return
        if regular_file(self.path):
            offset = 0
            with self.path.open("rb") as f:
                for line in f:
                    key = self._record_key(line)
                    self._existing.append(key)
                    if key is not None:
                        self._where.setdefault(key, (offset, len(line)))
                    offset += len(line)
        if own_path(self.parts).is_dir():
            for part in sorted(self.parts.glob("*.json")):
                key = self._record_key(part.read_bytes())
                if key is not None:
                    self._where[key] = part

    def cached(self, article: Article) -> bool:
        if not self._loaded:
            self._load()
        return self._key(article.source, article.sha256) in self._where

    def keep(self, article: Article) -> None:
        self._order.append(self._key(article.source, article.sha256))

    def write(self, article: Article, summary: Summary) -> None:
        key = self._key(article.source, article.sha256)
        name = hashlib.sha256(json.dumps(key, ensure_ascii=False).encode("utf-8")).hexdigest()[:24]
        part = own_path(self.parts) / f"{name}.json"
        self.storage.write(part, render(article.source, summary, self.options, LINES_FORMAT))
        self._where[key] = part
        self._order.append(key)
        self._written += 1
        logger.info("%s: wrote a record of %s", article.source, self.path)

    def _records(self) -> Iterable[bytes]:
        with self.path.open("rb") if regular_file(self.path) else open(os.devnull, "rb") as old:
            for key in self._order:
                where = self._where[key]
                if isinstance(where, Path):
                    data = where.read_bytes()
                else:
                    old.seek(where[0])
                    data = old.read(where[1])
                yield data if data.endswith(b"\n") else data + b"\n"

    def finish(self) -> None:
        if not self._loaded:
            self._load()
        self.storage.flush()
        if self._written or self._order != self._existing or not self.reuse:
            if self._order:
                atomic_write(_check_place(self.path), self._records())
            else:
                self.path.unlink(missing_ok=True)
        shutil.rmtree(self.parts, ignore_errors=True)


class _Unowned:
    """A shared sink as one input's target: finishing the input does not finish the sink."""

    def __init__(self, sink: JsonlSink) -> None:
        self.sink = sink

    def cached(self, article: Article) -> bool:
        return self.sink.cached(article)

    def keep(self, article: Article) -> None:
        self.sink.keep(article)

    def write(self, article: Article, summary: Summary) -> None:
        self.sink.write(article, summary)

    def finish(self) -> None:
        pass


@dataclass(frozen=True)
class Plan:
    """Each input with its target, the sink finished at the end of the run, and the error report."""

    items: tuple[tuple[InputFile, Target | None], ...]
    shared: JsonlSink | None
    errors: Path | None
    storage: Storage
    lock: OutputLock | None = None

    def release(self) -> None:
        """Let other runs write to this plan's outputs again."""
        if self.lock is not None:
            self.lock.release()

    def remove_stale_temps(self) -> None:
        """Remove the temporary files an interrupted run left where this plan writes."""
        if self.shared is not None:
            remove_stale_temps(self.shared.parts)
            remove_stale_temps(self.shared.path.parent, prefix=_temp_prefix(self.shared.path), recursive=False)
        elif self.errors is not None:
            remove_stale_temps(self.errors.parent)


def plan_outputs(
    inputs: Sequence[InputFile],
    *,
    out_dir: Path | None,
    output: Path | None,
    fmt: str,
    options: Mapping[str, Any],
    overwrite: bool,
    storage: Storage | None = None,
) -> Plan:
    """Decide where each input's summaries go, and lock the outputs for this run (see :class:`OutputLock`).

    Raises:
        UsageError: an output would overwrite an input.
        InputError: an output path leaves ``out_dir``.
        KosumError: another run is writing the same outputs.
    """
    storage = storage or Storage()
    known = InputPaths(inputs)
    if output is not None:
        refuse_special(output)
        own_path(output.with_name(output.name + PARTS_SUFFIX))
        for path in (output, output.with_name(output.name + PARTS_SUFFIX), output_errors_path(output)):
            known.refuse(path)
        sink = JsonlSink(output, options, shared=True, reuse=not overwrite, storage=storage)
        errors = output_errors_path(output)
        lock = OutputLock(output.with_name(f".{cut_name(output.name, 200)}.lock"))
        return Plan(tuple((inp, _Unowned(sink)) for inp in inputs), sink, errors, storage, lock)
    if out_dir is None:
        return Plan(tuple((inp, None) for inp in inputs), None, None, storage)
    _check_per_file(fmt)
    errors = out_dir / ERRORS_NAME
    items: list[tuple[InputFile, Target | None]] = []
    for inp, where in zip(inputs, output_paths(inputs, out_dir, fmt, known), strict=True):
        if where is not None:
            known.refuse(where)
        target: Target | None = (
            None
            if where is None
            else JsonlSink(where, options, shared=False, reuse=not overwrite, storage=storage)
            if inp.rows
            else FileTarget(where, fmt, options, reuse=not overwrite, storage=storage)
        )
        items.append((inp, target))
    return Plan(tuple(items), None, errors, storage, OutputLock(out_dir / LOCK_NAME))


def _check_place(path: Path) -> Path:
    """``path`` if an output file can be put there: no folder where it goes, and its folders are
    folders (or not there yet); checked before the write, so that the article fails alone.

    Raises:
        InputError: a folder, or a file where a folder is needed, is in the way.
    """
    parent = path.parent
    while not os.path.lexists(parent) and parent != parent.parent:
        parent = parent.parent
    if os.path.isdir(path) or not parent.is_dir():
        raise InputError(
            f"{escape_name(str(path))}: 출력 파일을 쓸 자리에 폴더가, 또는 폴더 자리에 파일이 있습니다 "
            "(a folder where the output file goes, or a file where a folder is needed)."
        )
    return path


def _check_per_file(fmt: str) -> None:
    """Refuse a format that does not write one file per article (as an output folder needs)."""
    try:
        lines = output_format(fmt).lines
    except UsageError:
        lines = True
    if lines:
        per_file = ", ".join(name for name, entry in OUTPUT_FORMATS.items() if not entry.lines)
        raise UsageError(f"fmt must be one of {per_file} with an output folder, not {fmt!r}")


def output_errors_path(output: Path) -> Path:
    """The error report beside a single JSONL output: ``FILE.errors.jsonl`` for ``FILE.jsonl``."""
    stem = output.name.rsplit(".", 1)[0] if "." in output.name.lstrip(".") else output.name
    return output.with_name(f"{stem}.errors.jsonl")


class ErrorLog:
    """The run's failures as JSONL (``path``, ``id``, ``error``, ``message``), rewritten atomically.

    The file is rewritten at most once a second while the run goes on and once at the end; a run
    without failures removes the report an earlier run left.
    """

    def __init__(self, path: Path | None, interval: float = 1.0) -> None:
        self.path, self.interval = path, interval
        self.entries: list[dict[str, Any]] = []
        self._flushed_at = 0.0

    def add(self, source: Source, error: Exception) -> None:
        kind = getattr(error, "error_type", None) or type(error).__name__
        ident = escape_name(source.id) if source.id is not None else None
        entry = {"path": escape_name(source.path), "id": ident, "error": kind, "message": escape_name(str(error))}
        self.entries.append(entry)
        if time.monotonic() - self._flushed_at >= self.interval:
            self.flush()

    def flush(self) -> None:
        if self.path is None:
            return
        self._flushed_at = time.monotonic()
        if self.entries:
            atomic_write(self.path, "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in self.entries).encode())
        else:
            self.path.unlink(missing_ok=True)
