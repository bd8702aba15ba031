"""The registries of input kinds and output formats: lookups, and a new kind and format added as one
entry each plus a reader or writer, seen at work through ``kosum summarize``."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from batch_tree import FISHING, LIBRARY, TITLES, body
from kosum import Summarizer
from kosum.batch.formats import (
    INPUT_KINDS,
    OUTPUT_FORMATS,
    SUMMARY_FIELDS,
    SUMMARY_VIEWS,
    InputKind,
    OutputFormat,
    input_kind,
    kind_of,
    output_format,
    register,
    registered,
)
from kosum.batch.readers import Source
from kosum.batch.writers import make_record, read_record_header, render
from kosum.errors import UsageError
from kosum.interfaces.cli import cli
from kosum.types import Summary

#: The toy kind's first line holds the title between these marks.
MARK = "@@"


def toy_article(text: str) -> tuple[str, str | None]:
    """A toy file: ``@@title@@`` on its first line, then the article."""
    first, _, rest = text.partition("\n")
    return rest, first.strip(MARK)


def digest_write(record: Mapping[str, Any], summary: Summary) -> bytes:
    """A toy output: ``key=value`` lines of the record's provenance, then the summary's title and text."""
    fields = {k: json.dumps(v, ensure_ascii=False) for k, v in record.items() if k != "summary"}
    fields |= {"title": json.dumps(summary.title, ensure_ascii=False), "summary": json.dumps(summary.summary)}
    return "".join(f"{k}={v}\n" for k, v in fields.items()).encode("utf-8")


def digest_header(data: bytes) -> dict[str, Any] | None:
    lines = (line.partition("=") for line in data.decode("utf-8").splitlines())
    header = {k: json.loads(v) for k, _, v in lines}
    return {k: v for k, v in header.items() if k not in ("title", "summary")}


TOY = InputKind("toy", (".toy",), "one article per file, its title first between @@", article=toy_article)
DIGEST = OutputFormat("digest", ".digest", "key=value lines", digest_write, digest_header, b"source=")


@pytest.fixture
def toys() -> Iterator[None]:
    """The toy kind and format, registered for one test and removed after it."""
    with registered(TOY, DIGEST):
        yield
    assert "toy" not in INPUT_KINDS and "digest" not in OUTPUT_FORMATS


def kosum(*args: str) -> Result:
    return CliRunner().invoke(cli, ["summarize", "-e", "extractive", *args])


@pytest.fixture(scope="module")
def summary() -> Summary:
    return Summarizer(engine="extractive").summarize(LIBRARY)


def test_a_new_kind_and_format_work_through_the_command_line(
    toys: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    help_text = kosum("--help").output
    assert "[json|md|record|jsonl|digest]" in help_text
    assert "toy    .toy: one article per file, its title first between @@" in help_text
    assert "digest .digest: key=value lines" in help_text

    Path("in").mkdir()
    Path("in/fishing.toy").write_text(f"{MARK}어촌 체험 확대{MARK}\n{body(FISHING)}", "utf-8")
    first = kosum("in", "-o", "out", "-f", "digest")
    assert first.exit_code == 0, first.output
    assert first.output == "kosum: 1 done, 0 skipped, 0 failed\n"  # found by its extension, read as a toy
    written = digest_header(Path("out/fishing.digest").read_bytes())
    assert written is not None and written["source"] == "in/fishing.toy"
    assert json.loads(Path("out/fishing.digest").read_text("utf-8").splitlines()[-2][6:]) == "어촌 체험 확대"
    again = kosum("in", "-o", "out", "-f", "digest")
    assert again.output == "kosum: 0 done, 1 skipped, 0 failed\n"  # resume reads the digest back

    printed = kosum("in/fishing.toy", "-f", "digest")  # one article on stdout, in the new format
    assert printed.output == Path("out/fishing.digest").read_text("utf-8")


def test_a_removed_kind_and_format_are_gone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with registered(TOY, DIGEST):
        assert kind_of(".TOY") == "toy" and output_format("digest") is DIGEST
    assert kind_of(".toy") is None
    assert "digest" not in kosum("--help").output
    Path("a.txt").write_text(FISHING, "utf-8")
    refused = kosum("a.txt", "-f", "digest")
    assert refused.exit_code == 2 and "'digest' is not one of 'json', 'md', 'record', 'jsonl'" in refused.output


@pytest.mark.parametrize(
    ("suffix", "kind"),
    [
        (".txt", "text"),
        (".MD", "text"),
        (".text", "text"),
        (".markdown", "text"),
        (".html", "html"),
        (".htm", "html"),
        (".jsonl", "jsonl"),
        (".ndjson", "jsonl"),
        (".csv", "csv"),
        (".tsv", "tsv"),
        (".log", None),
        ("", None),
    ],
)
def test_kinds_by_extension(suffix: str, kind: str | None) -> None:
    assert kind_of(suffix) == kind


def test_lookups_name_what_exists() -> None:
    assert output_format("json") is output_format("record")  # the record's old name still works
    assert output_format("record").extension == ".json"
    with pytest.raises(UsageError, match=r"unknown output format 'yaml'; formats: record, jsonl, md"):
        output_format("yaml")
    with pytest.raises(UsageError, match=r"unknown input kind 'pdf'; kinds: text, html, jsonl, csv, tsv"):
        input_kind("pdf")
    with pytest.raises(UsageError, match="already registered"):
        register(OutputFormat("toy", ".x", "x", digest_write, digest_header, aliases=("json",)))
    with pytest.raises(UsageError, match="needs article or rows"):
        InputKind("bad", (".bad",), "neither")
    assert "toy" not in OUTPUT_FORMATS


def test_each_format_writes_what_discovery_and_resume_recognize(summary: Summary) -> None:
    source = Source("a.txt", None, "0" * 64)
    record = make_record(source, summary, {"engine": "extractive"})
    for name, fmt in OUTPUT_FORMATS.items():
        data = render(source, summary, {"engine": "extractive"}, name)
        assert data.startswith(fmt.first_bytes) and b"input_sha256" in data[:4096]
        assert read_record_header(data, name) == {k: v for k, v in record.items() if k not in SUMMARY_FIELDS}
    assert "morphemes" in record and "morphemes" in SUMMARY_FIELDS  # beside the summary, not provenance


def test_summary_views_are_the_summary_alone(summary: Summary) -> None:
    assert json.loads(SUMMARY_VIEWS["json"].render(summary)) == summary.to_dict()
    assert SUMMARY_VIEWS["md"].render(summary) == summary.to_markdown()
    assert summary.title == TITLES["library"]
