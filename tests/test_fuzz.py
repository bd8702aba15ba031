"""Properties under random input (hypothesis): the readers, ``summarize`` and titles never fail with
anything but kosum's own errors, and what they give back can always be written; a JSONL file's bad
bytes fail their own rows only, and any file names get distinct outputs and printable messages.

Bounded (``max_examples``, no deadline) so that the file adds seconds, not minutes, to the suite.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kosum import Summarizer
from kosum.batch.discovery import CONTROLS, discover
from kosum.batch.readers import Article, Failure, ReadOptions, Source, read_articles
from kosum.batch.writers import ErrorLog, plan_outputs, render
from kosum.errors import KosumError
from kosum.pipeline.cleaning import clean_title
from kosum.pipeline.normalize import normalize_text
from kosum.types import Summary

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
#: Any code point, lone surrogates included.
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=())
#: Korean news-like characters: syllables, digits, punctuation, spaces and line breaks.
KOREAN = st.sampled_from(list("가나다라마바사아자차카타파하시는올해예산을늘렸다군민주의 0123456789.,!?\"'()·-\n\t"))
SUFFIXES = st.sampled_from([".txt", ".md", ".jsonl", ".csv", ".tsv"])
MAX_CHARS = 2000


def read_file(name: str, data: bytes) -> list[Article | Failure]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        (inp,) = discover([path])
        return list(read_articles(inp, ReadOptions(max_chars=MAX_CHARS)))


def check_items(items: list[Article | Failure]) -> None:
    """Every item is an article within the limit or a kosum error, and the error report can hold it."""
    log = ErrorLog(None)
    for item in items:
        if isinstance(item, Failure):
            assert isinstance(item.error, KosumError), repr(item.error)
            log.add(item.source, item.error)
        else:
            assert isinstance(item, Article) and len(item.text) <= MAX_CHARS
            item.text.encode("utf-8")  # no lone surrogate reaches the summarizer
            (item.title or "").encode("utf-8")
            (item.source.id or "").encode("utf-8")
    for entry in log.entries:
        json.dumps(entry, ensure_ascii=False).encode("utf-8")


@SETTINGS
@given(data=st.binary(max_size=3000), suffix=SUFFIXES)
def test_readers_take_any_bytes(data: bytes, suffix: str) -> None:
    check_items(read_file("input" + suffix, data))


@SETTINGS
@given(
    rows=st.lists(
        st.dictionaries(
            st.sampled_from(["id", "title", "text", "본문", "제목", "other"]),
            st.one_of(st.text(ANY_CHAR, max_size=40), st.integers(), st.none(), st.booleans()),
            max_size=4,
        ),
        max_size=6,
    ),
    ascii_only=st.booleans(),
)
def test_jsonl_rows_with_any_strings(rows: list[dict[str, object]], ascii_only: bool) -> None:
    lines = "".join(json.dumps(row, ensure_ascii=ascii_only) + "\n" for row in rows)
    check_items(read_file("rows.jsonl", lines.encode("utf-8", "surrogatepass")))


@SETTINGS
@given(cells=st.lists(st.lists(st.text(KOREAN, max_size=30), min_size=1, max_size=4), max_size=6))
def test_csv_rows_with_any_cells(cells: list[list[str]]) -> None:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer).writerows([["id", "제목", "내용"], *cells])
    check_items(read_file("table.csv", buffer.getvalue().encode("utf-8")))


@SETTINGS
@given(
    texts=st.lists(st.text(KOREAN.filter(lambda c: c != "\n"), min_size=1, max_size=40), min_size=1, max_size=12),
    damage=st.lists(st.tuples(st.integers(0, 11), st.integers(0, 200), st.binary(max_size=6)), max_size=5),
)
def test_jsonl_bytes_bad_lines_fail_alone(texts: list[str], damage: list[tuple[int, int, bytes]]) -> None:
    """Invalid bytes put into some lines (fewer than half) fail those rows; every other row is read."""
    lines = [json.dumps({"id": f"r{n}", "text": t}, ensure_ascii=False).encode() for n, t in enumerate(texts)]
    broken: set[int] = set()
    for row, offset, junk in damage:
        if row < len(lines) and 2 * len(broken | {row}) < len(lines):
            broken.add(row)
            line = lines[row]
            lines[row] = line[:offset] + b"\xff" + junk.replace(b"\n", b"") + line[offset:]
    items = read_file("rows.jsonl", b"\n".join(lines) + b"\n")
    check_items(items)
    read = {i.source.id: i.text for i in items if isinstance(i, Article)}
    for n, text in enumerate(texts):
        if n not in broken:
            assert read[f"r{n}"] == text
    assert sum(isinstance(i, Failure) for i in items) == len(broken)


NAME_BYTES = st.binary(min_size=1, max_size=10).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_"))
NAME_PARTS = st.sampled_from([b"\xc7\xd1", b"\\xc7\\xd1", b"\x1b]0;x\x07", b"\xe2\x80\xae", b"a", b"\n", b".", b"~"])


@SETTINGS
@given(
    names=st.lists(
        st.tuples(st.lists(st.one_of(NAME_PARTS, NAME_BYTES), min_size=1, max_size=3), SUFFIXES, st.booleans()),
        min_size=1,
        max_size=5,
    )
)
def test_any_file_names_get_distinct_outputs_and_printable_sources(names: list[tuple[list[bytes], str, bool]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "in"
        root.mkdir()
        for parts, suffix, nested in names:
            name = b"".join(parts).lstrip(b".") or b"_"
            path = os.path.join(os.fsencode(root), *([b"sub"] if nested else []), name + suffix.encode())
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as f:
                f.write(b"x")
        inputs = discover([root])
        out = Path(folder) / "out"
        plan = plan_outputs(inputs, out_dir=out, output=None, fmt="record", options={}, overwrite=False)
        plan.release()
        targets = [str(getattr(target, "path", "")) for _, target in plan.items]
        assert len(set(targets)) == len(targets)  # distinct by construction
        assert all(t.startswith(str(out) + os.sep) for t in targets)
        assert not {os.path.realpath(inp.path) for inp in inputs if inp.path} & set(targets)
        for inp in inputs:
            assert not CONTROLS.search(inp.source) and not CONTROLS.search(inp.rel)
            inp.source.encode("utf-8")


SUMMARIZER = Summarizer(engine="extractive")


def check_summary(text: str, title: str | None) -> None:
    try:
        result = SUMMARIZER.summarize(text, title=title)
    except KosumError:
        return
    assert isinstance(result, Summary)
    if title and title.strip():  # the given title, on one line and without a board's badges
        assert result.title == clean_title(title.strip())
    render(Source("a.txt"), result, {}, "md")  # the result can be written as an output
    json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")
    for sentence in result.sentences:
        assert sentence.text


@SLOW
@given(text=st.text(KOREAN, max_size=400), title=st.one_of(st.none(), st.text(KOREAN, max_size=40)))
def test_summarize_any_korean_like_text(text: str, title: str | None) -> None:
    check_summary(text, title)


@SLOW
@given(text=st.text(ANY_CHAR, max_size=200))
def test_summarize_any_text(text: str) -> None:
    check_summary(text, None)


@SLOW
@given(
    lines=st.lists(st.text(KOREAN, min_size=1, max_size=60), min_size=1, max_size=8),
    body=st.sampled_from(["시는 올해 예산을 늘렸다. 군은 내년에도 늘릴 계획이다.", "가나다 " * 30]),
)
def test_titles_found_in_any_header(lines: list[str], body: str) -> None:
    """Whatever lines come before the body, the title found is one of them (or none)."""
    text = "\n".join([*lines, body])
    try:
        result = SUMMARIZER.summarize(text)
    except KosumError:
        return
    assert result.title is None or result.title in normalize_text(text)
