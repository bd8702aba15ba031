"""Output names and the output lock of a batch (see :mod:`kosum.batch.writers` for the layout).

Names: an output name over :data:`MAX_NAME_BYTES` bytes of UTF-8 is cut and ends with ``~`` and 10
hex digits of the SHA-256 of the input's path (deterministic, so resume finds it). Inputs that would
write the same output (``a.csv`` and ``a.jsonl`` both → ``a.jsonl``), write onto an input or where a
folder is (another output's, or one already there) keep their whole name instead: ``a.csv.jsonl``,
``a.jsonl.jsonl``; then a hash of the path as shown, then of its bytes (two names shown alike, such
as a CP949 name and one written ``\\xc7``, differ there), then ``~2``: outputs are distinct by
construction. Each input's real path is resolved once (:class:`InputPaths`), so planning is linear
in the inputs. An output that still lands on an input (through a link) is refused.

Links: kosum writes its own files and folders (outputs, ``.parts`` folders, the lock) never through
a symbolic link: a link at an output's name is replaced, one where a folder or the lock of kosum's
goes is refused (:func:`own_path`); ``--output`` is a regular file or a new path
(:func:`refuse_special`).

Lock: one run at a time writes an output (:class:`OutputLock`: ``OUT/.kosum.lock`` for an output
folder, ``.NAME.lock`` beside ``--output NAME``); a second run is refused with a clear message.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import stat
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from ..errors import InputError, KosumError, UsageError
from .discovery import InputFile, escape_name
from .formats import LINES_FORMAT, output_format

__all__ = [
    "ERRORS_NAME",
    "LOCK_NAME",
    "MAX_NAME_BYTES",
    "InputPaths",
    "OutputLock",
    "Places",
    "output_paths",
    "own_path",
    "refuse_special",
    "regular_file",
    "safe_path",
]

ERRORS_NAME = "errors.jsonl"
LOCK_NAME = ".kosum.lock"
#: The longest output file name, in bytes of UTF-8 (file systems allow 255; room for ``.parts``).
MAX_NAME_BYTES = 200


class Places:
    """Where files written at paths land: their folder resolved, their name not (a file kosum writes
    replaces a symbolic link of that name, never follows it). Each folder is resolved once, so one
    instance serves one planning pass: ``Places()(Path("out/a.json"))``."""

    def __init__(self) -> None:
        self._folders: dict[Path, str] = {}

    def folder(self, path: Path) -> str:
        """The real path of the folder ``path``."""
        if (real := self._folders.get(path)) is None:
            real = self._folders[path] = os.path.realpath(path)
        return real

    def __call__(self, path: Path) -> str:
        return os.path.join(self.folder(path.parent), path.name)


def cut_name(name: str, limit: int) -> str:
    """``name`` cut to at most ``limit`` bytes of UTF-8, at a character boundary."""
    return name.encode("utf-8", "surrogateescape")[:limit].decode("utf-8", "ignore")


def _clean_part(part: str) -> str:
    part = "".join(ch if ch.isprintable() and ch not in '\\:*?"<>|' else "_" for ch in part).strip()
    return "_" if part in ("", ".", "..") else part


def safe_path(root: Path, rel: str, suffix: str, *, keep_name: bool = False, places: Places | None = None) -> Path:
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
    places = places or Places()
    if not Path(places(path)).is_relative_to(places.folder(root)):
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
            try:
                fd = os.open(own_path(path), os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o666)
            except OSError as exc:
                if exc.errno == errno.ELOOP:  # a link put there meanwhile
                    own_path(path)
                raise
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
                same = os.path.samestat(os.fstat(fd), os.lstat(path))
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


class InputPaths:
    """The real paths of a batch's inputs, each resolved once, to refuse an output that is one of them
    (never destroy an input): ``InputPaths(inputs).refuse(path)``."""

    def __init__(self, inputs: Sequence[InputFile]) -> None:
        self.places = Places()
        self.real: dict[str, InputFile] = {}
        for inp in inputs:
            if inp.path is not None:
                self.real.setdefault(os.path.realpath(inp.path), inp)

    def refuse(self, path: Path) -> None:
        """Raise :class:`~kosum.UsageError` if a file written at ``path`` would replace one of the inputs."""
        inp = self.real.get(self.places(path))
        if inp is not None:
            raise UsageError(
                f"{escape_name(str(path))}: 출력이 입력 파일과 같아 입력을 덮어쓰게 됩니다; 다른 출력 경로를 주세요 "
                f"(the output is an input: {inp.source})."
            )


def refuse_special(path: Path) -> None:
    """Refuse an output file named by the user that is there but is not a regular file (a device, a
    FIFO, a socket, a folder or a symbolic link): kosum replaces only regular files, or makes new ones.

    Raises:
        UsageError: ``path`` is there and is not a regular file.
    """
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise UsageError(
            f"{escape_name(str(path))}: 일반 파일이 아니라서 출력 파일로 쓸 수 없습니다: 장치·FIFO·폴더·심볼릭 링크 "
            "(not a regular file: give a new path or a regular file)."
        )


def own_path(path: Path) -> Path:
    """``path``, a file or folder of kosum's own under an output, if no symbolic link is there
    (kosum never writes or reads its own files through one).

    Raises:
        InputError: a symbolic link is there.
    """
    if os.path.islink(path):
        raise InputError(
            f"{escape_name(str(path))}: kosum이 쓰는 자리에 심볼릭 링크가 있어 따라가지 않습니다; 링크를 지우세요 "
            "(a symbolic link where kosum keeps its own file: not followed)."
        )
    return path


def regular_file(path: Path) -> bool:
    """Whether ``path`` is a regular file itself (not a symbolic link to one)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


def _raw_digest(inp: InputFile) -> str:
    """10 hex digits of the SHA-256 of the input's path as bytes (two paths escaped alike differ here)."""
    raw = os.fsencode(inp.path) if inp.path is not None else inp.source.encode("utf-8", "surrogateescape")
    return hashlib.sha256(raw).hexdigest()[:10]


def output_paths(
    inputs: Sequence[InputFile], out_dir: Path, fmt: str, known: InputPaths | None = None
) -> list[Path | None]:
    """Each input's output under ``out_dir``: ``a/b.txt`` → ``a/b.json`` (the extension of ``fmt``), rows →
    ``.jsonl``; inputs whose outputs would clash (with each other, an input, a folder of another
    output or a folder already there) keep their whole name (``a/b.txt.json``), then a hash of their
    path, then a hash of their path's bytes, then ``~2``: the outputs are distinct by construction.
    ``known``: the inputs' real paths, if already resolved."""
    known = known or InputPaths(inputs)
    plan = _Planner([inp for inp in inputs if not inp.problem], out_dir, known)
    rows_suffix, file_suffix = output_format(LINES_FORMAT).extension, output_format(fmt).extension

    def place(round: int, inp: InputFile) -> Path:
        suffix = rows_suffix if inp.rows else file_suffix
        if round < 2:
            return safe_path(out_dir, inp.rel, suffix, keep_name=round == 1, places=known.places)
        digest = hashlib.sha256(inp.source.encode("utf-8")).hexdigest()[:10] if round == 2 else _raw_digest(inp)
        return safe_path(out_dir, f"{inp.rel}~{digest}", suffix, keep_name=True, places=known.places)

    plan.paths = {id(inp): place(0, inp) for inp in plan.readable}
    for round in (1, 2, 3):
        if not (clashing := plan.clashing()):
            break
        for inp in clashing:
            plan.paths[id(inp)] = place(round, inp)
    plan.number()
    return [plan.paths.get(id(inp)) for inp in inputs]


class _Planner:
    """The outputs planned for the readable inputs, and what they must not land on."""

    def __init__(self, readable: list[InputFile], out_dir: Path, known: InputPaths) -> None:
        self.readable, self.places = readable, known.places
        self.taken = {*known.real, self.places(out_dir / ERRORS_NAME)}
        self.root = self.places.folder(out_dir)
        self.paths: dict[int, Path] = {}

    def _folders(self, real: Iterable[str]) -> set[str]:
        """The folders under the output folder that the paths ``real`` need."""
        folders: set[str] = set()
        for path in real:
            parent = os.path.dirname(path)
            while parent not in folders and len(parent) > len(self.root):
                folders.add(parent)
                parent = os.path.dirname(parent)
        return folders

    def clashing(self) -> list[InputFile]:
        """The inputs whose planned output is an input, another output, a folder another output needs
        or a folder already there."""
        real = {key: self.places(path) for key, path in self.paths.items()}
        counts = Counter(real.values())
        folders = self._folders(real.values())
        return [
            inp
            for inp in self.readable
            if (r := real[id(inp)]) in self.taken or counts[r] > 1 or r in folders or os.path.isdir(r)
        ]

    def number(self) -> None:
        """The last resort, for outputs that still clash (a hash collision, folders in the way): ``~2``,
        ``~3``… after the stem, the first one free; in input order, the first output keeps its name."""
        real = {key: self.places(path) for key, path in self.paths.items()}
        blocked = self.taken | self._folders(real.values())
        used: set[str] = set()
        for inp in self.readable:
            path, r, n = self.paths[id(inp)], real[id(inp)], 1
            while r in used or r in blocked or os.path.isdir(r):
                n += 1
                self.paths[id(inp)] = path.with_name(f"{path.stem}~{n}{path.suffix}")
                r = self.places(self.paths[id(inp)])
            used.add(r)
