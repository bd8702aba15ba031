"""The registries of what a batch reads and writes: input kinds and output formats, by name.

A new kind or format is one entry plus its reader or writer, added with :func:`registered` (or
:func:`register`); discovery, the readers, the writers, the CLI's choices and the web page's upload
list all read these registries. The *record* (provenance + summary, :func:`kosum.batch.writers.make_record`)
is what an output format writes: ``record`` (indented JSON, ``.json``; ``json`` is its old name),
``jsonl`` (one record per line) or ``md`` (front matter + Markdown). A *summary view* is the summary
alone, without provenance, as the CLI prints one article and the web page offers it for download:
``md`` or ``json`` (:data:`SUMMARY_VIEWS`).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from ..errors import InputError, UsageError
from ..types import Summary

__all__ = [
    "BAD_LINE",
    "DEFAULT_KIND",
    "INPUT_KINDS",
    "LINES_FORMAT",
    "LONG_LINE",
    "OUTPUT_FORMATS",
    "RECORD_FORMAT",
    "SUMMARY_FIELDS",
    "SUMMARY_VIEWS",
    "InputKind",
    "OutputFormat",
    "RowItem",
    "Rows",
    "SummaryView",
    "input_kind",
    "kind_of",
    "output_format",
    "register",
    "registered",
    "undecodable",
]

#: What a line too long to read becomes in the lines a row reader gets (a noncharacter: never in real data).
LONG_LINE = "\ufdd0"
#: What a line that does not decode becomes in the lines a row reader gets (another noncharacter).
BAD_LINE = "\ufdd1"


def undecodable(number: int) -> InputError:
    """The error of row or line ``number``, which holds bytes that do not decode."""
    return InputError(f"{number}번째 행에 읽을 수 없는 바이트가 있습니다 (decoding error in row {number}).")


#: One row of a row file: its number (from 1) and the row's fields, or why it cannot be read, or
#: ``None`` for a line too long to keep (the reader says so with the article limit).
RowItem = tuple[int, Mapping[str, Any] | InputError | None]
#: What a row reader makes of a file's lines: the header of a table (``None``: each row names its own
#: fields; empty: a table without a header) and the rows.
Rows = tuple[Sequence[str] | None, Iterator[RowItem]]


@dataclass(frozen=True)
class InputKind:
    """A kind of input file, found by extension (``.csv`` → ``csv``).

    Attributes:
        name: the kind's name (``InputFile.kind``).
        extensions: the lower-case extensions found in folders, with their dot.
        description: one line for help texts.
        article: for a file that holds one article: its decoded text → the article's text and title.
        rows: for a file of one article per row: its decoded lines → :data:`Rows`.
        count: a quick count of the rows in the lines, for progress bars (row kinds).
        bytes_per_char: the most bytes a file may hold per allowed character of its article.
    """

    name: str
    extensions: tuple[str, ...]
    description: str
    article: Callable[[str], tuple[str, str | None]] | None = None
    rows: Callable[[Iterable[str]], Rows] | None = None
    count: Callable[[Iterable[str]], int] | None = None
    bytes_per_char: int = 4

    def __post_init__(self) -> None:
        if (self.article is None) == (self.rows is None):
            raise UsageError(f"input kind {self.name!r} needs article or rows, not both")


@dataclass(frozen=True)
class OutputFormat:
    """A format of batch outputs: how a record is written, and read back on resume.

    Attributes:
        name: the format's name (``--format``, ``fmt``).
        extension: the output file's extension, with its dot.
        description: one line for help texts.
        write: the record (see :func:`kosum.batch.writers.make_record`) and its summary → the file's bytes.
        read_header: a file's bytes → the record without its summary, or ``None`` if it is not one.
        first_bytes: how its files begin, if they always begin alike (kosum's own outputs found in
            folders are not read).
        lines: one record per line (the format of ``--output`` and of the rows of a row file);
            otherwise one file per article (``-o``).
        aliases: other names it answers to.
    """

    name: str
    extension: str
    description: str
    write: Callable[[Mapping[str, Any], Summary], bytes]
    read_header: Callable[[bytes], dict[str, Any] | None]
    first_bytes: bytes = b""
    lines: bool = False
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class SummaryView:
    """The summary alone (no provenance), as the CLI prints one article and the web page offers it.

    Attributes:
        name: the view's name (``--format``; the extension of its download).
        label: its name for people (the web page's download button).
        render: the summary → its text.
    """

    name: str
    label: str
    render: Callable[[Summary], str]


def _text_article(text: str) -> tuple[str, str | None]:
    return text, None


def _html_article(html: str) -> tuple[str, str | None]:
    from ..pipeline.html import read_page

    page = read_page(html)
    return page.text, page.title


def _jsonl_rows(lines: Iterable[str]) -> Rows:
    def rows() -> Iterator[RowItem]:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            if line.startswith(LONG_LINE):
                yield number, None
                continue
            if line.startswith(BAD_LINE):
                yield number, undecodable(number)
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, InputError(f"{number}번째 줄이 JSON이 아닙니다: {exc.msg} (invalid JSON line).")
                continue
            if not isinstance(row, dict):
                yield number, InputError(f"{number}번째 줄이 JSON 객체가 아닙니다 (not a JSON object).")
                continue
            yield number, row

    return None, rows()


def _table(delimiter: str) -> Callable[[Iterable[str]], Rows]:
    def read(lines: Iterable[str]) -> Rows:
        reader = csv.DictReader(lines, delimiter=delimiter)
        header = reader.fieldnames or ()

        def rows() -> Iterator[RowItem]:
            rows, number = iter(reader), 0
            while True:
                number += 1
                try:
                    row = next(rows)
                except StopIteration:
                    return
                except csv.Error as exc:  # a cell over the field size limit: that row only
                    yield number, InputError(f"{number}번째 행을 읽을 수 없습니다: {exc} (malformed CSV row).")
                    continue
                yield number, row

        return header, rows()

    return read


def _count_lines(lines: Iterable[str]) -> int:
    return sum(1 for line in lines if line.strip())


def _count_table(delimiter: str) -> Callable[[Iterable[str]], int]:
    return lambda lines: max(0, sum(1 for _ in csv.reader(lines, delimiter=delimiter)) - 1)


#: The kind of stdin and of a file named explicitly with an unknown extension.
DEFAULT_KIND = "text"
#: The input kinds, by name.
INPUT_KINDS: dict[str, InputKind] = {
    kind.name: kind
    for kind in (
        InputKind("text", (".txt", ".md", ".text", ".markdown"), "one article per file", article=_text_article),
        InputKind("html", (".html", ".htm"), "a web page's main text", article=_html_article, bytes_per_char=50),
        InputKind("jsonl", (".jsonl", ".ndjson"), "one article per line", rows=_jsonl_rows, count=_count_lines),
        InputKind("csv", (".csv",), "one article per row", rows=_table(","), count=_count_table(",")),
        InputKind("tsv", (".tsv",), "one article per row", rows=_table("\t"), count=_count_table("\t")),
    )
}


#: The fields of a record that hold the summary, not its provenance.
SUMMARY_FIELDS = ("summary", "morphemes")


def _header(record: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in SUMMARY_FIELDS}


def _json_header(data: bytes) -> dict[str, Any] | None:
    try:
        record = json.loads(data.decode("utf-8"))
    except ValueError:
        return None
    return _header(record) if isinstance(record, dict) else None


def _md_write(record: Mapping[str, Any], summary: Summary) -> bytes:
    front = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in _header(record).items())
    return f"---\n{front}---\n\n{summary.to_markdown()}".encode()


def _md_header(data: bytes) -> dict[str, Any] | None:
    try:
        text = data.decode("utf-8")
        if not text.startswith("---\n"):
            return None
        head, sep, _ = text[4:].partition("\n---\n")
        if not sep:
            return None
        return {k: json.loads(v) for k, _, v in (line.partition(": ") for line in head.splitlines())}
    except ValueError:
        return None


#: The record format of ``-o`` by default, and the format of ``--output`` and of row files' outputs.
RECORD_FORMAT, LINES_FORMAT = "record", "jsonl"
#: The output formats, by name.
OUTPUT_FORMATS: dict[str, OutputFormat] = {
    fmt.name: fmt
    for fmt in (
        OutputFormat(
            RECORD_FORMAT,
            ".json",
            "the record as indented JSON",
            lambda record, _: (json.dumps(record, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
            _json_header,
            b'{\n  "source": ',
            aliases=("json",),
        ),
        OutputFormat(
            LINES_FORMAT,
            ".jsonl",
            "one record per line",
            lambda record, _: (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"),
            _json_header,
            b'{"source": ',
            lines=True,
        ),
        OutputFormat("md", ".md", "front matter and Markdown", _md_write, _md_header, b"---\nsource: "),
    )
}

#: The views of a summary alone, by name (the file a view is saved in ends with its name).
SUMMARY_VIEWS: dict[str, SummaryView] = {
    view.name: view
    for view in (
        SummaryView("json", "JSON", lambda summary: json.dumps(summary.to_dict(), ensure_ascii=False, indent=2)),
        SummaryView("md", "Markdown", lambda summary: summary.to_markdown()),
    )
}


def output_format(name: str) -> OutputFormat:
    """The output format called ``name`` (or one of its aliases).

    >>> output_format("json").name
    'record'

    Raises:
        UsageError: no such format.
    """
    for fmt in OUTPUT_FORMATS.values():
        if name == fmt.name or name in fmt.aliases:
            return fmt
    raise UsageError(f"unknown output format {name!r}; formats: {', '.join(OUTPUT_FORMATS)}")


def input_kind(name: str) -> InputKind:
    """The input kind called ``name``, e.g. ``input_kind("csv").rows``.

    Raises:
        UsageError: no such kind.
    """
    try:
        return INPUT_KINDS[name]
    except KeyError:
        raise UsageError(f"unknown input kind {name!r}; kinds: {', '.join(INPUT_KINDS)}") from None


def kind_of(suffix: str) -> str | None:
    """The name of the kind found by the extension ``suffix`` (any case), e.g. ``kind_of(".CSV") == "csv"``."""
    suffix = suffix.lower()
    return next((kind.name for kind in INPUT_KINDS.values() if suffix in kind.extensions), None)


def register(entry: InputKind | OutputFormat) -> None:
    """Add an input kind or an output format (a name already taken is refused).

    Raises:
        UsageError: the name or an alias is taken.
    """
    if isinstance(entry, InputKind):
        if entry.name in INPUT_KINDS:
            raise UsageError(f"input kind {entry.name!r} is already registered")
        INPUT_KINDS[entry.name] = entry
        return
    taken = {n for fmt in OUTPUT_FORMATS.values() for n in (fmt.name, *fmt.aliases)}
    if taken & {entry.name, *entry.aliases}:
        raise UsageError(f"output format {entry.name!r} is already registered")
    OUTPUT_FORMATS[entry.name] = entry


@contextmanager
def registered(*entries: InputKind | OutputFormat) -> Iterator[None]:
    """``entries`` registered while the block runs (see :func:`register`), removed after it.

    >>> with registered(InputKind("toy", (".toy",), "toy articles", article=lambda t: (t, None))):
    ...     kind_of(".toy")
    'toy'
    """
    done: list[InputKind | OutputFormat] = []
    try:
        for entry in entries:
            register(entry)
            done.append(entry)
        yield
    finally:
        for entry in done:
            registry: dict[str, Any] = INPUT_KINDS if isinstance(entry, InputKind) else OUTPUT_FORMATS
            registry.pop(entry.name, None)
