"""Finding batch inputs: files named on the command line and the files of folders.

A file named explicitly is taken whatever its extension (unknown ones are read as text). Folders are
searched recursively, in sorted order (a folder's files, then its subfolders), for the extensions of
the input kinds of :mod:`kosum.batch.formats` (or for ``globs``), skipping hidden files and folders,
the output folder and files, and kosum's own outputs (files that start like a kosum record); their
other files are listed in ``ignored`` (named in the closing line of ``kosum summarize``).

Symbolic links inside a folder are followed when they point inside that folder (each file and folder
is read once); one that points outside it, loops or is broken is an input with its ``problem``, which
becomes a failure of its own (``follow_symlinks`` follows links that leave the folder). A FIFO,
device or socket is likewise a failure ("not a regular file"), never opened. File names that are not
valid UTF-8 are shown escaped (``\\xc7\\xd1``; :func:`escape_name`).
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError
from .formats import DEFAULT_KIND, INPUT_KINDS, OUTPUT_FORMATS, kind_of

__all__ = ["NOT_REGULAR", "InputFile", "discover", "escape_name", "is_url"]

SURROGATES = re.compile("[\ud800-\udfff]")
#: Characters that act on a terminal or reorder text rather than show: C0 and C1 controls, DEL,
#: and the bidirectional marks, embeddings, overrides and isolates.
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: A link rather than a path: ``scheme://…`` (any scheme: the fetcher says which it reads).
LINK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_HEAD_BYTES = 4096
_REPORT_START = b'{"path": '
NOT_REGULAR = "일반 파일이 아니라서 읽지 않았습니다: FIFO·장치·소켓 (not a regular file)."


def escape_name(name: str) -> str:
    """``name`` safe to show and print as UTF-8: bytes of a non-UTF-8 file name as ``\\xc7``, lone
    surrogates as ``\\ud800``, and control characters (terminal escapes, newlines, bidirectional
    overrides) as ``\\x1b``, ``\\n``, ``\\u202e``; e.g. ``escape_name("\\x1b]0;x.txt")`` is ``"\\\\x1b]0;x.txt"``."""
    if SURROGATES.search(name) is not None:
        try:
            name = os.fsencode(name).decode("utf-8", "backslashreplace")
        except UnicodeError:
            name = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return CONTROLS.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), name)


@dataclass(frozen=True)
class InputFile:
    """One input of a batch: a file, or stdin (``path`` is ``None``, ``source`` is ``"-"``).

    Attributes:
        source: the path as shown to users and recorded in outputs.
        rel: POSIX path relative to the folder it was found in (a file named directly: its name;
            stdin: ``"stdin"``); outputs mirror it.
        kind: the name of its input kind (:data:`~kosum.batch.formats.INPUT_KINDS`).
        problem: why the input cannot be read, found while listing it (a symbolic link loop, a link
            out of the folder, not a regular file); it becomes its one :class:`Failure`.
        url: the link of a web page to fetch (:mod:`kosum.batch.fetch`), else ``None``.
    """

    source: str
    rel: str
    kind: str
    path: Path | None = None
    problem: str | None = None
    url: str | None = None

    @property
    def rows(self) -> bool:
        """Whether the input holds one article per row."""
        kind = INPUT_KINDS.get(self.kind)
        return kind is not None and kind.rows is not None


def is_url(name: str) -> bool:
    """Whether ``name`` is a link (``scheme://…``) rather than a path, e.g. ``is_url("https://a.kr/1")``."""
    return LINK.match(name) is not None


def _link_input(url: str) -> InputFile:
    """The input of a link: its outputs are named after its host and path (``host/path?query``)."""
    parts = urlsplit(url)
    rel = f"{parts.hostname or 'link'}/{parts.path.strip('/') or 'index'}" + (f"?{parts.query}" if parts.query else "")
    return InputFile(escape_name(url), escape_name(rel), "html", url=url)


def _matches(rel: str, globs: Iterable[str]) -> bool:
    from fnmatch import fnmatchcase

    name = rel.rsplit("/", 1)[-1]
    return any(fnmatchcase(rel, g) or fnmatchcase(name, g) for g in globs)


def _inside(real: str, top: str) -> bool:
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


_Found = tuple[Path, "os.stat_result | None", str | None, str]


def _link_problem(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "심볼릭 링크가 순환합니다 (symbolic link loop)."
    if exc.errno == errno.ENOENT:
        return "심볼릭 링크가 가리키는 파일이 없습니다 (broken symbolic link)."
    return f"읽을 수 없습니다: {exc.strerror or exc} (cannot read)."


def _walk(root: Path, skip: frozenset[str], follow: bool) -> Iterator[_Found]:
    """Files under ``root`` in sorted order as ``(path, stat, problem, real path)``; folders once each.
    Only links are resolved (an entry of a folder whose real path is known is that path and its name),
    so that walking stays cheap on folders of thousands of files."""
    top = os.path.realpath(root)
    visited = {top}

    def walk(folder: Path, folder_real: str) -> Iterator[_Found]:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield folder, None, _link_problem(exc), folder_real
            return
        folders: list[tuple[Path, str]] = []  # walked after the folder's files, as os.walk does
        for entry in entries:
            path = Path(entry.path)
            link = entry.is_symlink()
            real = os.path.realpath(path) if link else os.path.join(folder_real, entry.name)
            if entry.name.startswith(".") or real in skip:
                continue
            try:
                info = os.stat(path)
            except OSError as exc:
                yield path, None, _link_problem(exc), real
                continue
            if link and not follow and not _inside(real, top):
                problem = (
                    "폴더 밖을 가리키는 심볼릭 링크라서 읽지 않았습니다 "
                    "(symbolic link out of the folder; see follow_symlinks)."
                )
                yield path, info, problem, real
            elif stat.S_ISDIR(info.st_mode):
                if real not in visited:  # a link back into the tree: walked once
                    visited.add(real)
                    folders.append((path, real))
            else:
                yield path, info, None, real
        for path, real in folders:
            yield from walk(path, real)

    yield from walk(root, top)


def _own_output(path: Path) -> bool:
    """Whether ``path`` starts like an output kosum wrote (a record, Markdown front matter, an error report)."""
    try:
        with path.open("rb") as f:
            head = f.read(_HEAD_BYTES)
    except OSError:
        return False
    if head.startswith(_REPORT_START):  # an error report
        return b'"error": ' in head and b'"message": ' in head
    starts = tuple(fmt.first_bytes for fmt in OUTPUT_FORMATS.values() if fmt.first_bytes)
    return head.startswith(starts) and b"input_sha256" in head


def discover(
    paths: Iterable[str | os.PathLike[str]],
    globs: Iterable[str] = (),
    exclude: Iterable[Path] = (),
    *,
    follow_symlinks: bool = False,
    ignored: list[str] | None = None,
) -> list[InputFile]:
    """The inputs named by ``paths``, in order, each once.

    A file is taken whatever its extension (unknown ones are read as text); a folder is searched
    recursively, in sorted order, for the supported extensions or, when ``globs`` are given, for
    files whose relative path or name matches one of them. ``-`` is stdin. Paths in ``exclude``
    (output folders and files) and kosum's own outputs found in folders are skipped; without
    ``globs``, the files of folders that are of no type read are appended to ``ignored`` (escaped).
    Symbolic links, FIFOs and devices: see the module docstring; each problem is an input with its
    ``problem``. A link (``scheme://…``) is an input of its own, fetched when it is read.

    Raises:
        InputError: a path does not exist.
    """
    globs = tuple(globs)
    skip = frozenset(os.path.realpath(p) for p in exclude)
    found: list[InputFile] = []
    seen: set[str | None] = set()

    def add(item: InputFile, real: str | None = None) -> None:
        key = (real or os.path.realpath(item.path)) if item.path and not item.problem else item.source
        if key not in seen:
            seen.add(key)
            found.append(item)

    def add_path(
        path: Path, rel: str, kind: str, info: os.stat_result | None, problem: str | None, real: str | None = None
    ) -> None:
        if problem is None and info is not None and not stat.S_ISREG(info.st_mode):
            problem = NOT_REGULAR
        add(InputFile(escape_name(os.path.normpath(path)), escape_name(rel), kind, path, problem), real)

    for raw in paths:
        name = os.fspath(raw)
        if name == "-":
            add(InputFile("-", "stdin", DEFAULT_KIND))
            continue
        if is_url(name):
            add(_link_input(name))
            continue
        path = Path(name)
        try:
            info: os.stat_result | None = os.stat(path)
        except OSError as exc:
            if not os.path.lexists(path):
                raise InputError(f"{escape_name(name)}: 파일이나 폴더가 없습니다 (no such file or directory).") from exc
            add_path(path, path.name, DEFAULT_KIND, None, _link_problem(exc))
            continue
        if info is not None and stat.S_ISDIR(info.st_mode):
            for file, file_info, problem, real in _walk(path, skip, follow_symlinks):
                rel = file.relative_to(path).as_posix()
                kind = kind_of(file.suffix)
                wanted = _matches(rel, globs) if globs else kind is not None
                if (file_info is not None and stat.S_ISDIR(file_info.st_mode)) or (problem and not file.suffix):
                    add_path(file, rel, kind or DEFAULT_KIND, file_info, problem, real)
                elif not wanted:
                    if ignored is not None and not globs:  # unknown type, not left out by a glob
                        ignored.append(escape_name(os.path.normpath(file)))
                elif problem or file_info is None or not stat.S_ISREG(file_info.st_mode) or not _own_output(file):
                    add_path(file, rel, kind or DEFAULT_KIND, file_info, problem, real)
        else:
            add_path(path, path.name, kind_of(path.suffix) or DEFAULT_KIND, info, None)
    return found
