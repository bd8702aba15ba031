"""Output names and the output lock of a batch (see :mod:`kosum.batch.writers` for the layout).

Names: an output name over :data:`MAX_NAME_BYTES` bytes of UTF-8 is cut and ends with ``~`` and 10
hex digits of the SHA-256 of the input's path (deterministic, so resume finds it). Inputs that would
write the same output (``a.csv`` and ``a.jsonl`` both → ``a.jsonl``), or write onto an input, keep
their whole name instead: ``a.csv.jsonl``, ``a.jsonl.jsonl`` (then a hash if that clashes too). An
output that still resolves to an input (through a link) is refused.

Lock: one run at a time writes an output (:class:`OutputLock`: ``OUT/.kosum.lock`` for an output
folder, ``.NAME.lock`` beside ``--output NAME``); a second run is refused with a clear message.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from ..errors import InputError, KosumError, UsageError
from .discovery import InputFile, escape_name
from .formats import LINES_FORMAT, output_format

__all__ = ["ERRORS_NAME", "LOCK_NAME", "MAX_NAME_BYTES", "OutputLock", "output_paths", "refuse_input", "safe_path"]

ERRORS_NAME = "errors.jsonl"
LOCK_NAME = ".kosum.lock"
#: The longest output file name, in bytes of UTF-8 (file systems allow 255; room for ``.parts``).
MAX_NAME_BYTES = 200


def cut_name(name: str, limit: int) -> str:
    """``name`` cut to at most ``limit`` bytes of UTF-8, at a character boundary."""
    return name.encode("utf-8", "surrogateescape")[:limit].decode("utf-8", "ignore")


def _clean_part(part: str) -> str:
    part = "".join(ch if ch.isprintable() and ch not in '\\:*?"<>|' else "_" for ch in part).strip()
    return "_" if part in ("", ".", "..") else part


def safe_path(root: Path, rel: str, suffix: str, *, keep_name: bool = False) -> Path:
    """``root/rel`` with its extension replaced by ``suffix`` (``keep_name``: ``suffix`` added to the
    whole name), never outside ``root``; names too long are shortened (see the module docstring).

    Raises:
        InputError: the path would leave ``root`` (through ``..`` or a symbolic link).
    """
    parts = [_clean_part(p) for p in PurePosixPath(rel).parts if p != "/"] or ["stdin"]
    stem = parts[-1].rsplit(".", 1)[0] if "." in parts[-1].lstrip(".") and not keep_name else parts[-1]
    name = (stem or "_") + suffix
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        digest = hashlib.sha256(rel.encode("utf-8", "surrogateescape")).hexdigest()[:10]
        name = f"{cut_name(stem, MAX_NAME_BYTES - len(suffix.encode()) - 11)}~{digest}{suffix}"
    path = root.joinpath(*parts[:-1], name)
    if not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root)):
        raise InputError(f"출력 경로가 출력 폴더 밖입니다: {rel} (output path escapes {root}).")
    return path


class OutputLock:
    """An exclusive lock on an output (``flock`` on a lock file), so that two runs never write the same
    outputs; the file is removed on release. A run killed leaves the file, and the next one takes it.

    Raises:
        KosumError: another run holds the lock.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None
        try:
            import fcntl
        except ImportError:  # no flock (Windows): no lock
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        while self._fd is None:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
                raise KosumError(
                    f"{path.parent}: 다른 kosum 실행이 이 출력에 쓰고 있습니다; 끝난 뒤 다시 실행하세요 "
                    f"(another run is writing these outputs: {path} is locked)."
                ) from exc
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
            if same:  # else the holder removed it meanwhile: lock the new file
                self._fd = fd
            else:
                os.close(fd)

    def __del__(self) -> None:  # a run dropped without being iterated to its end
        with contextlib.suppress(Exception):
            self.release()

    def release(self) -> None:
        if self._fd is not None:
            self.path.unlink(missing_ok=True)
            os.close(self._fd)
            self._fd = None


def refuse_input(inputs: Sequence[InputFile], path: Path) -> None:
    """Refuse an output that is one of the inputs (never destroy an input)."""
    real = os.path.realpath(path)
    for inp in inputs:
        if inp.path is not None and os.path.realpath(inp.path) == real:
            raise UsageError(
                f"{escape_name(str(path))}: 출력이 입력 파일과 같아 입력을 덮어쓰게 됩니다; 다른 출력 경로를 주세요 "
                f"(the output is an input: {inp.source})."
            )


def output_paths(inputs: Sequence[InputFile], out_dir: Path, fmt: str) -> list[Path | None]:
    """Each input's output under ``out_dir``: ``a/b.txt`` → ``a/b.json`` (the extension of ``fmt``), rows →
    ``.jsonl``; inputs whose outputs would clash, or land on an input, keep their whole name
    (``a/b.txt.json``), then a hash."""
    readable = [inp for inp in inputs if not inp.problem]
    taken = {os.path.realpath(inp.path) for inp in readable if inp.path is not None}
    taken.add(os.path.realpath(out_dir / ERRORS_NAME))
    rows_suffix, file_suffix = output_format(LINES_FORMAT).extension, output_format(fmt).extension

    def plan(keep_name: bool, inp: InputFile) -> Path:
        return safe_path(out_dir, inp.rel, rows_suffix if inp.rows else file_suffix, keep_name=keep_name)

    paths = {id(inp): plan(False, inp) for inp in readable}
    for keep_name in (True, None):
        counts: dict[str, int] = {}
        for path in paths.values():
            counts[os.path.realpath(path)] = counts.get(os.path.realpath(path), 0) + 1
        clashing = [inp for inp in readable if (r := os.path.realpath(paths[id(inp)])) in taken or counts[r] > 1]
        for inp in clashing:
            if keep_name:
                paths[id(inp)] = plan(True, inp)
            else:
                suffix = rows_suffix if inp.rows else file_suffix
                digest = hashlib.sha256(inp.source.encode("utf-8")).hexdigest()[:10]
                paths[id(inp)] = safe_path(out_dir, f"{inp.rel}~{digest}", suffix, keep_name=True)
    return [paths.get(id(inp)) for inp in inputs]
