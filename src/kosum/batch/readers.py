"""Batch inputs: finding files, decoding them and splitting them into articles.

Formats, by file extension:

- ``.txt``, ``.md``, ``.text``, ``.markdown``: one article per file (the title is found in the text);
- ``.jsonl``/``.ndjson`` and ``.csv``/``.tsv``: one article per row, with the text, title and id taken
  from the fields named by :class:`ReadOptions` (defaults: ``text|content|body|내용|본문``,
  ``title|제목``, ``id``; the id falls back to the row number);
- ``.html``/``.htm``: the page's main text and title, extracted with trafilatura (the ``html`` extra);
- a file named explicitly with any other extension is read as text; folders are searched recursively
  for the extensions above (or for ``globs``), skipping hidden files and folders, the output folder
  and kosum's own outputs (files that start like a kosum record); other files are listed in
  ``ignored``.

Symbolic links inside a folder are followed when they point inside that folder (each file is read
once); one that points outside it, loops, or is broken is a failure of its own (``follow_symlinks``
follows links that leave the folder). Only regular files are opened: a FIFO, device or socket is a
failure ("not a regular file"), never a read that hangs. Reads are bounded: at most what
``max_chars`` allows (stdin and files alike, whatever ``st_size`` says), and lines of jsonl/csv
files at most :data:`MAX_LINE_BYTES` over it. File names that are not valid UTF-8 are shown escaped
(``\xc7\xd1``), see :func:`escape_name`.

Files are decoded by :mod:`kosum.encodings` (UTF-8 with or without BOM, UTF-16, CP949/EUC-KR; binary
files refused). Problems with one file or one row come back as :class:`Failure` items; they never stop
a batch.
"""

from __future__ import annotations

import codecs
import csv
import errno
import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import BackendUnavailableError, InputError
from .encodings import decode_bytes, detect_encoding

__all__ = [
    "DEFAULT_BATCH_MAX_CHARS",
    "Article",
    "Failure",
    "InputFile",
    "ReadOptions",
    "Source",
    "count_rows",
    "discover",
    "escape_name",
    "read_articles",
]

#: Default largest article a batch accepts, in characters.
DEFAULT_BATCH_MAX_CHARS = 200_000

TEXT_SUFFIXES = (".txt", ".md", ".text", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
ROW_KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv"}
DEFAULT_TEXT_FIELDS = ("text", "content", "body", "내용", "본문")
DEFAULT_TITLE_FIELDS = ("title", "제목")
DEFAULT_ID_FIELDS = ("id",)
#: A file larger than this many bytes per allowed character cannot hold an article within the limit.
_BYTES_PER_CHAR = {"text": 4, "html": 50}
_SAMPLE_BYTES = 1 << 16
#: Bytes a jsonl/csv line may hold beyond ``4 * max_chars`` (other fields); a longer line fails alone.
MAX_LINE_BYTES = 1 << 20
#: What a line too long to read becomes (a noncharacter: never in real data).
_LONG_LINE = "\ufdd0"
_SURROGATE = re.compile("[\ud800-\udfff]")
_HEAD_BYTES = 4096
#: How kosum's own outputs (json/jsonl records, md front matter) begin.
_OUTPUT_STARTS = (b'{"source": ', b'{\n  "source": ', b"---\nsource: ")
NOT_REGULAR = "일반 파일이 아니라서 읽지 않았습니다: FIFO·장치·소켓 (not a regular file)."


def escape_name(name: str) -> str:
    """``name`` printable as UTF-8: bytes of a non-UTF-8 file name as ``\\xc7``, lone surrogates as ``\\ud800``."""
    if _SURROGATE.search(name) is None:
        return name
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True)
class ReadOptions:
    """How batch inputs are read.

    Attributes:
        text_field, title_field, id_field: the jsonl/csv field holding each row's text, title and id.
            ``None`` (default) takes the first field present among ``text|content|body|내용|본문``,
            ``title|제목`` and ``id`` (names compared without case); rows without an id are numbered
            (jsonl: line number; csv: record number, from 1, header excluded).
        max_chars: the largest article accepted, in characters (default 200,000); larger ones fail.
    """

    text_field: str | None = None
    title_field: str | None = None
    id_field: str | None = None
    max_chars: int = DEFAULT_BATCH_MAX_CHARS

    def __post_init__(self) -> None:
        if self.max_chars < 1:
            raise InputError(f"max_chars must be positive, not {self.max_chars}")


@dataclass(frozen=True)
class InputFile:
    """One input of a batch: a file, or stdin (``path`` is ``None``, ``source`` is ``"-"``).

    Attributes:
        source: the path as shown to users and recorded in outputs.
        rel: POSIX path relative to the folder it was found in (a file named directly: its name;
            stdin: ``"stdin"``); outputs mirror it.
        kind: ``"text"``, ``"html"``, ``"jsonl"``, ``"csv"`` or ``"tsv"``.
        problem: why the input cannot be read, found while listing it (a symbolic link loop, a link
            out of the folder, not a regular file); it becomes its one :class:`Failure`.
    """

    source: str
    rel: str
    kind: str
    path: Path | None = None
    problem: str | None = None

    @property
    def rows(self) -> bool:
        """Whether the input holds one article per row."""
        return self.kind in ("jsonl", "csv", "tsv")


@dataclass(frozen=True)
class Source:
    """Where an article comes from.

    Attributes:
        path: the input file as given or found (``"-"`` for stdin).
        id: the row's id for a jsonl/csv row, else ``None``.
        sha256: the input's fingerprint, once it was read: SHA-256 of the file's bytes for a
            one-article file, of the row's ``[id, title, text]`` as JSON for a row.
    """

    path: str
    id: str | None = None
    sha256: str | None = None

    def __str__(self) -> str:
        return self.path if self.id is None else f"{self.path}#{self.id}"


@dataclass(frozen=True)
class Article:
    """One article to summarize: its source (with the input's hash), text and title if known."""

    source: Source
    text: str
    title: str | None = None

    @property
    def sha256(self) -> str:
        return self.source.sha256 or ""


@dataclass(frozen=True)
class Failure:
    """An input or a row that could not be read; ``error`` says why."""

    source: Source
    error: Exception


def _kind(path: Path) -> str | None:
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "text"
    if suffix in HTML_SUFFIXES:
        return "html"
    return ROW_KINDS.get(suffix)


def _matches(rel: str, globs: Iterable[str]) -> bool:
    from fnmatch import fnmatchcase

    name = rel.rsplit("/", 1)[-1]
    return any(fnmatchcase(rel, g) or fnmatchcase(name, g) for g in globs)


def _inside(real: str, top: str) -> bool:
    return real == top or real.startswith(top.rstrip(os.sep) + os.sep)


_Found = tuple[Path, "os.stat_result | None", str | None]


def _link_problem(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "심볼릭 링크가 순환합니다 (symbolic link loop)."
    if exc.errno == errno.ENOENT:
        return "심볼릭 링크가 가리키는 파일이 없습니다 (broken symbolic link)."
    return f"읽을 수 없습니다: {exc.strerror or exc} (cannot read)."


def _walk(root: Path, skip: frozenset[str], follow: bool) -> Iterator[_Found]:
    """Files under ``root`` in sorted order as ``(path, stat, problem)``; folders once each."""
    top = os.path.realpath(root)
    visited = {top}

    def walk(folder: Path) -> Iterator[_Found]:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield folder, None, _link_problem(exc)
            return
        folders: list[Path] = []  # walked after the folder's files, as os.walk does
        for entry in entries:
            path = Path(entry.path)
            real = os.path.realpath(path)
            if entry.name.startswith(".") or real in skip:
                continue
            try:
                info = os.stat(path)
            except OSError as exc:
                yield path, None, _link_problem(exc)
                continue
            if entry.is_symlink() and not follow and not _inside(real, top):
                problem = (
                    "폴더 밖을 가리키는 심볼릭 링크라서 읽지 않았습니다 "
                    "(symbolic link out of the folder; see --follow-symlinks)."
                )
                yield path, info, problem
            elif stat.S_ISDIR(info.st_mode):
                if real not in visited:  # a link back into the tree: walked once
                    visited.add(real)
                    folders.append(path)
            else:
                yield path, info, None
        for path in folders:
            yield from walk(path)

    yield from walk(root)


def _own_output(path: Path) -> bool:
    """Whether ``path`` starts like an output kosum wrote (a record, or Markdown front matter)."""
    try:
        with path.open("rb") as f:
            head = f.read(_HEAD_BYTES)
    except OSError:
        return False
    return head.startswith(_OUTPUT_STARTS) and (b'"input_sha256": ' in head or b"\ninput_sha256: " in head)


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
    ``globs``, the files of folders that are of no type read are appended to ``ignored`` (escaped). Symbolic links, FIFOs and
    devices: see the module docstring; each problem is an input with its ``problem``.

    Raises:
        InputError: a path does not exist.
    """
    globs = tuple(globs)
    skip = frozenset(os.path.realpath(p) for p in exclude)
    found: list[InputFile] = []
    seen: set[str | None] = set()

    def add(item: InputFile) -> None:
        key = os.path.realpath(item.path) if item.path and not item.problem else item.source
        if key not in seen:
            seen.add(key)
            found.append(item)

    def add_path(path: Path, rel: str, kind: str, info: os.stat_result | None, problem: str | None) -> None:
        if problem is None and info is not None and not stat.S_ISREG(info.st_mode):
            problem = NOT_REGULAR
        add(InputFile(escape_name(os.path.normpath(path)), escape_name(rel), kind, path, problem))

    for raw in paths:
        name = os.fspath(raw)
        if name == "-":
            add(InputFile("-", "stdin", "text"))
            continue
        path = Path(name)
        try:
            info: os.stat_result | None = os.stat(path)
        except OSError as exc:
            if not os.path.lexists(path):
                raise InputError(f"{escape_name(name)}: 파일이나 폴더가 없습니다 (no such file or directory).") from exc
            add_path(path, path.name, "text", None, _link_problem(exc))
            continue
        if info is not None and stat.S_ISDIR(info.st_mode):
            for file, file_info, problem in _walk(path, skip, follow_symlinks):
                rel = file.relative_to(path).as_posix()
                kind = _kind(file)
                wanted = _matches(rel, globs) if globs else kind is not None
                if (file_info is not None and stat.S_ISDIR(file_info.st_mode)) or (problem and not file.suffix):
                    add_path(file, rel, kind or "text", file_info, problem)
                elif not wanted:
                    if ignored is not None and not globs:  # unknown type, not left out by a glob
                        ignored.append(escape_name(os.path.normpath(file)))
                elif problem or file_info is None or not stat.S_ISREG(file_info.st_mode) or not _own_output(file):
                    add_path(file, rel, kind or "text", file_info, problem)
        else:
            add_path(path, path.name, _kind(path) or "text", info, None)
    return found


def _too_large(size: str, max_chars: int) -> InputError:
    return InputError(
        f"기사가 너무 깁니다: {size} (최대 {max_chars:,}자). --max-chars로 한도를 늘릴 수 있습니다 (article too large)."
    )


def _open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading if it is a regular file (opening never blocks on a FIFO)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise InputError(NOT_REGULAR)
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _read_bytes(inp: InputFile, max_chars: int) -> bytes:
    """The input's bytes, reading at most one byte more than ``max_chars`` allows (stdin included)."""
    limit = _BYTES_PER_CHAR[inp.kind] * max_chars + 4
    if inp.path is None:
        data, size = sys.stdin.buffer.read(limit + 1), None
    else:
        with _open_regular(inp.path) as f:
            data, size = f.read(limit + 1), os.fstat(f.fileno()).st_size
    if len(data) > limit:
        raise _too_large(f"{size:,}바이트" if size and size > limit else f"{limit:,}바이트 넘음", max_chars)
    return data


def _extract_html(html: str) -> tuple[str, str | None]:
    try:
        import trafilatura
    except ImportError as exc:
        raise BackendUnavailableError("trafilatura", "html", "Reading HTML files") from exc
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError("HTML 페이지에서 본문을 찾을 수 없습니다 (no main text found in the page).")
    title = getattr(doc, "title", None)
    return text, (title.strip() or None) if isinstance(title, str) else None


def _one_article(inp: InputFile, options: ReadOptions) -> Article:
    data = _read_bytes(inp, options.max_chars)
    text = decode_bytes(data)
    title = None
    if inp.kind == "html":
        text, title = _extract_html(text)
    if len(text) > options.max_chars:
        raise _too_large(f"{len(text):,}자", options.max_chars)
    return Article(Source(inp.source, None, hashlib.sha256(data).hexdigest()), text, title)


def _bounded(readline: Callable[[int], Any], cap: int) -> Iterator[Any]:
    """Lines from ``readline``, each at most ``cap`` long; a longer line is skipped and gives ``None``."""
    while line := readline(cap):
        if len(line) < cap or line[-1:] in ("\n", b"\n"):
            yield line
            continue
        while (rest := readline(cap)) and rest[-1:] not in ("\n", b"\n"):
            pass
        yield None


def _lines(path: Path, max_chars: int) -> Iterator[str]:
    """The lines of a row file, decoded with the encoding of its first 64 KiB.

    Lines are decoded one by one (UTF-16/32: in blocks), so a bad byte in the middle of the file
    fails at its own line and every row before it is kept. A line over ``4 * max_chars`` bytes plus
    :data:`MAX_LINE_BYTES` is not kept in memory: it comes as :data:`_LONG_LINE`.

    Raises:
        InputError: at the first line that does not decode.
    """
    cap = _BYTES_PER_CHAR["text"] * max_chars + MAX_LINE_BYTES
    with _open_regular(path) as f:
        head = f.read(_SAMPLE_BYTES)
        encoding = detect_encoding(head, complete=len(head) < _SAMPLE_BYTES)
        f.seek(0)
        if encoding.startswith(("utf-16", "utf-32")):
            with open(f.fileno(), encoding=encoding, newline="", closefd=False) as text:
                for line in _bounded(text.readline, cap // 2):
                    yield _LONG_LINE + "\n" if line is None else line
            return
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        number = 0
        try:
            for raw in _bounded(f.readline, cap):
                number += 1
                yield _LONG_LINE + "\n" if raw is None else decoder.decode(raw)
            yield decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{number}번째 줄을 {encoding}(으)로 읽을 수 없습니다 (decoding error: {exc.reason})."
            ) from exc


def _pick(fields: Iterable[str], wanted: str | None, defaults: tuple[str, ...]) -> str | None:
    """The field to use: ``wanted`` if present, else the first default present (names without case)."""
    by_name = {f.casefold(): f for f in reversed(list(fields)) if isinstance(f, str)}
    for name in (wanted,) if wanted else defaults:
        if name.casefold() in by_name:
            return by_name[name.casefold()]
    return None


def _missing(what: str, wanted: str | None, defaults: tuple[str, ...], fields: Iterable[str]) -> InputError:
    names = wanted or "|".join(defaults)
    have = ", ".join(f for f in fields if isinstance(f, str)) or "없음"
    return InputError(f"{what} 필드({names})가 없습니다; 있는 필드: {have} (no {what} field; see --{what}-field).")


def _cell(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


_Fields = tuple[str | None, str | None, str | None]


class _RowReader:
    """Turns the rows of one jsonl/csv input into articles, checking ids are unique."""

    def __init__(self, inp: InputFile, options: ReadOptions) -> None:
        self.inp, self.options = inp, options
        self.first_row: dict[str, int] = {}

    def article(self, row: Mapping[str, Any], number: int, fields: _Fields) -> Article | Failure:
        text_key, title_key, id_key = fields
        raw_id = _cell(row.get(id_key)) if id_key else None
        ident = escape_name(raw_id) if raw_id else str(number)
        source = Source(self.inp.source, ident)
        if _LONG_LINE in row.values():
            return Failure(source, _too_large(f"{number}번째 행이 너무 깁니다", self.options.max_chars))
        if ident in self.first_row:
            error = InputError(
                f"id {ident!r}가 중복됩니다: {self.first_row[ident]}번째 행에 이미 있습니다 (duplicate id)."
            )
            return Failure(source, error)
        self.first_row[ident] = number
        if text_key is None:
            o = self.options
            return Failure(source, _missing("text", o.text_field, DEFAULT_TEXT_FIELDS, row.keys()))
        text = _cell(row.get(text_key)) or ""
        title = _cell(row.get(title_key)) if title_key else None
        title = title.strip() or None if title else None
        bad = next((m for s in (text, title, raw_id) if s and (m := _SURROGATE.search(s))), None)
        if bad is not None:
            char = bad.group(0).encode("utf-8", "backslashreplace").decode()
            error = InputError(f"짝이 없는 서로게이트 문자({char})가 있어 텍스트로 읽을 수 없습니다 (lone surrogate).")
            return Failure(source, error)
        if len(text) > self.options.max_chars:
            return Failure(source, _too_large(f"{len(text):,}자", self.options.max_chars))
        digest = hashlib.sha256(json.dumps([ident, title, text], ensure_ascii=False).encode("utf-8")).hexdigest()
        return Article(Source(self.inp.source, ident, digest), text, title)

    def fields(self, names: Iterable[str]) -> _Fields:
        o = self.options
        return (
            _pick(names, o.text_field, DEFAULT_TEXT_FIELDS),
            _pick(names, o.title_field, DEFAULT_TITLE_FIELDS),
            _pick(names, o.id_field, DEFAULT_ID_FIELDS),
        )

    def jsonl(self, lines: Iterable[str]) -> Iterator[Article | Failure]:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            if line.startswith(_LONG_LINE):
                too_large = _too_large(f"{number}번째 줄이 너무 깁니다", self.options.max_chars)
                yield Failure(Source(self.inp.source, str(number)), too_large)
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                error = InputError(f"{number}번째 줄이 JSON이 아닙니다: {exc.msg} (invalid JSON line).")
                yield Failure(Source(self.inp.source, str(number)), error)
                continue
            if not isinstance(row, dict):
                error = InputError(f"{number}번째 줄이 JSON 객체가 아닙니다 (not a JSON object).")
                yield Failure(Source(self.inp.source, str(number)), error)
                continue
            yield self.article(row, number, self.fields(row))

    def table(self, lines: Iterable[str]) -> Iterator[Article | Failure]:
        reader = csv.DictReader(lines, delimiter="\t" if self.inp.kind == "tsv" else ",")
        header = reader.fieldnames
        if not header:
            yield Failure(
                Source(self.inp.source), InputError("빈 파일입니다: 머리글 행이 없습니다 (empty file, no header).")
            )
            return
        fields = self.fields(header)
        o = self.options
        for what, wanted, got in zip(("title", "id"), (o.title_field, o.id_field), fields[1:], strict=True):
            if wanted and got is None:
                yield Failure(Source(self.inp.source), _missing(what, wanted, (), header))
                return
        if fields[0] is None:
            yield Failure(Source(self.inp.source), _missing("text", o.text_field, DEFAULT_TEXT_FIELDS, header))
            return
        rows, number = iter(reader), 0
        while True:
            number += 1
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as exc:  # a cell over the field size limit: that row only
                error = InputError(f"{number}번째 행을 읽을 수 없습니다: {exc} (malformed CSV row).")
                yield Failure(Source(self.inp.source, str(number)), error)
                continue
            yield self.article(row, number, fields)


def _rows(inp: InputFile, options: ReadOptions) -> Iterator[Article | Failure]:
    reader = _RowReader(inp, options)
    assert inp.path is not None, "stdin is read as one article"
    csv.field_size_limit(max(csv.field_size_limit(), 4 * options.max_chars))
    lines = _lines(inp.path, options.max_chars)
    yield from reader.jsonl(lines) if inp.kind == "jsonl" else reader.table(lines)


def count_rows(inp: InputFile, max_chars: int = DEFAULT_BATCH_MAX_CHARS) -> int | None:
    """How many rows a jsonl/csv input holds (a quick pass, for progress bars); ``None`` if unknown."""
    if not inp.rows or inp.path is None or inp.problem:
        return None
    try:
        lines = _lines(inp.path, max_chars)
        if inp.kind == "jsonl":
            return sum(1 for line in lines if line.strip())
        return max(0, sum(1 for _ in csv.reader(lines, delimiter="\t" if inp.kind == "tsv" else ",")) - 1)
    except (InputError, OSError, csv.Error):
        return None


def read_articles(inp: InputFile, options: ReadOptions | None = None) -> Iterator[Article | Failure]:
    """The articles of one input, in order, with a :class:`Failure` for each file or row that cannot be read.

    A failure of the whole file (unreadable, binary, too large, no text column) ends its items; a
    decoding error in the middle of a jsonl/csv file keeps the rows before it.
    """
    options = options or ReadOptions()
    if inp.problem:
        yield Failure(Source(inp.source), InputError(inp.problem))
        return
    try:
        if inp.rows:
            yield from _rows(inp, options)
        else:
            yield _one_article(inp, options)
    except (InputError, BackendUnavailableError) as exc:
        yield Failure(Source(inp.source), exc)
    except UnicodeDecodeError as exc:
        error = InputError(
            f"파일 중간에 {exc.encoding}(으)로 읽히지 않는 바이트가 있습니다 (decoding error: {exc.reason})."
        )
        yield Failure(Source(inp.source), error)
    except csv.Error as exc:
        yield Failure(Source(inp.source), InputError(f"CSV 형식 오류: {exc} (malformed CSV)."))
    except OSError as exc:
        yield Failure(Source(inp.source), InputError(f"파일을 읽을 수 없습니다: {exc.strerror or exc} (cannot read)."))
