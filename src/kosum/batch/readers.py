"""Batch inputs: finding files, decoding them and splitting them into articles.

Input kinds, by file extension (the registry: :data:`kosum.batch.formats.INPUT_KINDS`; a kind's reader
turns decoded text into an article, or decoded lines into rows; this module does the rest):

- ``.txt``, ``.md``, ``.text``, ``.markdown``: one article per file (the title is found in the text);
- ``.jsonl``/``.ndjson`` and ``.csv``/``.tsv``: one article per row, with the text, title and id taken
  from the fields named by :class:`ReadOptions` (defaults: ``text|content|body|내용|본문``,
  ``title|제목``, ``id``; the id falls back to the row number);
- ``.html``/``.htm``: the page's main text and title, extracted with trafilatura (see :mod:`kosum.pipeline.html`);
- a file named explicitly with any other extension is read as text; folders are searched recursively
  for the extensions above (or for ``globs``): see :mod:`kosum.batch.discovery` (symbolic links,
  FIFOs and devices, names that are not UTF-8).

Files are decoded by :mod:`kosum.batch.encodings` (UTF-8 with or without BOM, UTF-16, CP949/EUC-KR;
binary files refused). Problems with one file or one row come back as :class:`Failure` items; they
never stop a batch. Reads are bounded: at most what ``max_chars`` allows is read (from stdin and
files alike, whatever ``st_size`` says), and a jsonl/csv line over ``4 * max_chars`` bytes plus
:data:`MAX_LINE_BYTES` fails on its own without being held in memory. Only regular files are opened.
A jsonl/csv line that does not decode, and JSON strings with lone surrogates (``"\\ud800"``), make
their own row fail.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import BackendUnavailableError, InputError, UsageError
from ..options import BATCH_MAX_CHARS
from .discovery import NOT_REGULAR, SURROGATES, InputFile, discover, escape_name
from .encodings import decode_bytes, line_encoding
from .fetch import FetchOptions, link_article
from .formats import BAD_LINE, LONG_LINE, InputKind, input_kind, undecodable

__all__ = [
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

DEFAULT_TEXT_FIELDS = ("text", "content", "body", "내용", "본문")
DEFAULT_TITLE_FIELDS = ("title", "제목")
DEFAULT_ID_FIELDS = ("id",)
_SAMPLE_BYTES = 1 << 16
#: Bytes a jsonl/csv line may hold beyond ``4 * max_chars`` (other fields); a longer line fails alone.
MAX_LINE_BYTES = 1 << 20


@dataclass(frozen=True)
class ReadOptions:
    """How batch inputs are read.

    Attributes:
        text_field, title_field, id_field: the jsonl/csv field holding each row's text, title and id.
            ``None`` (default) takes the first field present among ``text|content|body|내용|본문``,
            ``title|제목`` and ``id`` (names compared without case); rows without an id are numbered
            (jsonl: line number; csv: record number, from 1, header excluded).
        max_chars: the largest article accepted, in characters (default
            :data:`~kosum.options.BATCH_MAX_CHARS`, 200,000); larger ones fail.
        fetch: how links are fetched (:class:`~kosum.batch.fetch.FetchOptions`).
    """

    text_field: str | None = None
    title_field: str | None = None
    id_field: str | None = None
    max_chars: int = BATCH_MAX_CHARS
    fetch: FetchOptions = field(default_factory=FetchOptions)

    def __post_init__(self) -> None:
        for name in ("text_field", "title_field", "id_field"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value.strip()):
                raise UsageError(f"{name} must be a field name or None, not {value!r}")
        if not isinstance(self.max_chars, int) or isinstance(self.max_chars, bool) or self.max_chars < 1:
            raise UsageError(f"max_chars must be a whole number, at least 1, not {self.max_chars!r}")
        if not isinstance(self.fetch, FetchOptions):
            raise UsageError(f"fetch must be FetchOptions, not {self.fetch!r}")


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


def _too_large(size: str, max_chars: int) -> InputError:
    return InputError(f"기사가 너무 깁니다: {size} (최대 {max_chars:,}자, 한도 설정: max_chars) (article too large).")


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
    limit = input_kind(inp.kind).bytes_per_char * max_chars + 4
    if inp.path is None:
        data, size = sys.stdin.buffer.read(limit + 1), None
    else:
        with _open_regular(inp.path) as f:
            data, size = f.read(limit + 1), os.fstat(f.fileno()).st_size
    if len(data) > limit:
        raise _too_large(f"{size:,}바이트" if size and size > limit else f"{limit:,}바이트 넘음", max_chars)
    return data


def _one_article(inp: InputFile, kind: InputKind, options: ReadOptions) -> Article:
    assert kind.article is not None, "a kind reads articles or rows"
    data = _read_bytes(inp, options.max_chars)
    text, title = kind.article(decode_bytes(data))
    if len(text) > options.max_chars:
        raise _too_large(f"{len(text):,}자", options.max_chars)
    return Article(Source(inp.source, None, hashlib.sha256(data).hexdigest()), text, title)


def _link(inp: InputFile, options: ReadOptions) -> Article:
    """The article of a link, fetched and read like a saved page; its hash is that of its title and text."""
    assert inp.url is not None, "a link's input"
    text, title, digest = link_article(inp.url, options.fetch)
    if len(text) > options.max_chars:
        raise _too_large(f"{len(text):,}자", options.max_chars)
    return Article(Source(inp.source, None, digest), text, title)


def _bounded(readline: Callable[[int], Any], cap: int) -> Iterator[Any]:
    """Lines from ``readline``, each at most ``cap`` long; a longer line is skipped and gives ``None``."""
    while line := readline(cap):
        if len(line) < cap or line[-1:] in ("\n", b"\n"):
            yield line
            continue
        while (rest := readline(cap)) and rest[-1:] not in ("\n", b"\n"):
            pass
        yield None


def _lines(path: Path, kind: InputKind, max_chars: int) -> Iterator[str]:
    """The lines of a row file, decoded with the encoding of its first 64 KiB
    (:func:`~kosum.batch.encodings.line_encoding`: a few bad lines there do not hide it).

    Lines are decoded one by one (UTF-16/32: in blocks), so a line with a bad byte comes as
    :data:`~kosum.batch.formats.BAD_LINE`, whose row fails alone, and every other row is read. A line
    over ``4 * max_chars`` bytes plus :data:`MAX_LINE_BYTES` is not kept in memory: it comes as
    :data:`~kosum.batch.formats.LONG_LINE`.

    Raises:
        InputError: binary data or an unknown encoding (UTF-16/32: a bad byte in the middle).
    """
    cap = kind.bytes_per_char * max_chars + MAX_LINE_BYTES
    with _open_regular(path) as f:
        head = f.read(_SAMPLE_BYTES)
        encoding = line_encoding(head, complete=len(head) < _SAMPLE_BYTES)
        f.seek(0)
        if encoding.startswith(("utf-16", "utf-32")):
            with open(f.fileno(), encoding=encoding, newline="", closefd=False) as text:
                for line in _bounded(text.readline, cap // 2):
                    yield LONG_LINE + "\n" if line is None else line
            return
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        for raw in _bounded(f.readline, cap):
            try:
                yield LONG_LINE + "\n" if raw is None else decoder.decode(raw)
            except UnicodeDecodeError:
                decoder.reset()
                yield BAD_LINE + "\n"
        try:
            yield decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            yield BAD_LINE + "\n"


def _field_named(fields: Iterable[str], wanted: str | None, defaults: tuple[str, ...]) -> str | None:
    """The field to use: ``wanted`` if present, else the first default present (names without case)."""
    by_name = {f.casefold(): f for f in reversed(list(fields)) if isinstance(f, str)}
    for name in (wanted,) if wanted else defaults:
        if name.casefold() in by_name:
            return by_name[name.casefold()]
    return None


def _missing(what: str, wanted: str | None, defaults: tuple[str, ...], fields: Iterable[str]) -> InputError:
    names = wanted or "|".join(defaults)
    have = ", ".join(f for f in fields if isinstance(f, str)) or "없음"
    return InputError(f"{what} 필드({names})가 없습니다; 있는 필드: {have} (no {what} field; see {what}_field).")


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
        if any(isinstance(v, str) and LONG_LINE in v for v in row.values()):  # a line too long to keep
            too_large = _too_large(f"{number}번째 행이 너무 깁니다", self.options.max_chars)
            return Failure(Source(self.inp.source, str(number)), too_large)
        if any(isinstance(v, str) and BAD_LINE in v for v in row.values()):  # a line that does not decode
            return Failure(Source(self.inp.source, str(number)), undecodable(number))
        raw_id = _cell(row.get(id_key)) if id_key else None
        ident = escape_name(raw_id) if raw_id else str(number)
        source = Source(self.inp.source, ident)
        if ident in self.first_row:
            error = InputError(f"중복된 id: {ident!r} ({self.first_row[ident]}번째 행에 이미 있습니다) (duplicate id).")
            return Failure(source, error)
        self.first_row[ident] = number
        if text_key is None:
            o = self.options
            return Failure(source, _missing("text", o.text_field, DEFAULT_TEXT_FIELDS, row.keys()))
        text = _cell(row.get(text_key)) or ""
        title = _cell(row.get(title_key)) if title_key else None
        title = title.strip() or None if title else None
        bad = next((m for s in (text, title, raw_id) if s and (m := SURROGATES.search(s))), None)
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
            _field_named(names, o.text_field, DEFAULT_TEXT_FIELDS),
            _field_named(names, o.title_field, DEFAULT_TITLE_FIELDS),
            _field_named(names, o.id_field, DEFAULT_ID_FIELDS),
        )

    def header_problem(self, header: Sequence[str], fields: _Fields) -> InputError | None:
        """Why a table cannot be read, before its rows: no header, or a field asked for is not there."""
        if not header:
            return InputError("빈 파일입니다: 머리글 행이 없습니다 (empty file, no header).")
        o = self.options
        for what, wanted, got in zip(("title", "id"), (o.title_field, o.id_field), fields[1:], strict=True):
            if wanted and got is None:
                return _missing(what, wanted, (), header)
        if fields[0] is None:
            return _missing("text", o.text_field, DEFAULT_TEXT_FIELDS, header)
        return None

    def read(self, lines: Iterable[str], kind: InputKind) -> Iterator[Article | Failure]:
        assert kind.rows is not None, "a kind reads articles or rows"
        header, rows = kind.rows(lines)
        fields: _Fields | None = None
        if header is not None:  # a table: one header for every row
            fields = self.fields(header)
            if problem := self.header_problem(header, fields):
                yield Failure(Source(self.inp.source), problem)
                return
        for number, row in rows:
            if row is None:
                too_large = _too_large(f"{number}번째 줄이 너무 깁니다", self.options.max_chars)
                yield Failure(Source(self.inp.source, str(number)), too_large)
            elif isinstance(row, InputError):
                yield Failure(Source(self.inp.source, str(number)), row)
            else:
                yield self.article(row, number, fields or self.fields(row))


def _rows(inp: InputFile, kind: InputKind, options: ReadOptions) -> Iterator[Article | Failure]:
    reader = _RowReader(inp, options)
    assert inp.path is not None, "stdin is read as one article"
    csv.field_size_limit(max(csv.field_size_limit(), 4 * options.max_chars))
    yield from reader.read(_lines(inp.path, kind, options.max_chars), kind)


def count_rows(inp: InputFile, max_chars: int = BATCH_MAX_CHARS) -> int | None:
    """How many rows a jsonl/csv input holds (a quick pass, for progress bars); ``None`` if unknown."""
    if not inp.rows or inp.path is None or inp.problem:
        return None
    kind = input_kind(inp.kind)
    if kind.count is None:
        return None
    try:
        return kind.count(_lines(inp.path, kind, max_chars))
    except (InputError, OSError, csv.Error):
        return None


def read_articles(inp: InputFile, options: ReadOptions | None = None) -> Iterator[Article | Failure]:
    """The articles of one input, in order, with a :class:`Failure` for each file or row that cannot be read.

    A failure of the whole file (unreadable, binary, too large, no text column) ends its items; a
    jsonl/csv line that does not decode fails its row alone.
    """
    options = options or ReadOptions()
    if inp.problem:
        yield Failure(Source(inp.source), InputError(inp.problem))
        return
    try:
        kind = input_kind(inp.kind)
        if inp.url is not None:
            yield _link(inp, options)
        elif kind.rows is not None:
            yield from _rows(inp, kind, options)
        else:
            yield _one_article(inp, kind, options)
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
