"""Links in the command line, the batch and the Python API, against a local server only."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from kosum import FetchOptions, InputError, summarize_files, summarize_url
from kosum.interfaces.cli import cli
from link_server import PARAGRAPHS, TITLE, link_server


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with link_server() as (url, _seen):
        yield url


def kosum(*args: str) -> Result:
    return CliRunner().invoke(cli, ["summarize", "-e", "extractive", *args])


def test_a_link_on_the_command_line_is_fetched_and_summarized(base: str) -> None:
    result = kosum(f"{base}/article", "-f", "json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["title"] == TITLE
    assert PARAGRAPHS[0] in summary["summary"]


def test_a_link_that_fails_says_why_with_exit_code_2(base: str) -> None:
    result = kosum(f"{base}/missing")
    assert result.exit_code == 2
    assert f"kosum: {base}/missing: 페이지가 없습니다: HTTP 404" in result.output
    assert "파일이나 폴더가 없습니다" not in result.output


def test_a_list_of_links_fails_item_by_item(base: str, tmp_path: Path) -> None:
    links = tmp_path / "links.txt"
    links.write_text(f"# 오늘\n{base}/article\n\n{base}/missing\n{base}/image\n{base}/euc-kr\n", "utf-8")
    out = tmp_path / "out"
    result = kosum("--urls", str(links), "-o", str(out), "-q")
    assert result.exit_code == 1, result.output
    errors = [json.loads(line) for line in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert [(e["path"], e["error"], e["message"].split(":")[0]) for e in errors] == [
        (f"{base}/missing", "FetchError", "페이지가 없습니다"),
        (f"{base}/image", "FetchError", "웹 페이지가 아닙니다"),
    ]
    records = sorted(out.rglob("*.json"))
    assert [r.relative_to(out).as_posix() for r in records] == ["127.0.0.1/article.json", "127.0.0.1/euc-kr.json"]
    record = json.loads(records[0].read_text("utf-8"))
    assert record["source"] == f"{base}/article"
    assert record["summary"]["title"] == TITLE
    again = kosum("--urls", str(links), "-o", str(out))  # resume: the same pages are not summarized again
    assert "kosum: 0 done, 2 skipped, 2 failed" in again.output


def test_a_list_line_that_is_no_link_is_a_usage_error(tmp_path: Path) -> None:
    links = tmp_path / "links.txt"
    links.write_text("www.example.invalid/a\n", "utf-8")
    result = kosum("--urls", str(links))
    assert result.exit_code == 2
    assert "1번째 줄이 링크가 아닙니다" in result.output


def test_no_path_and_no_list_is_a_usage_error() -> None:
    assert kosum().exit_code == 2


def test_summarize_url_refuses_private_addresses_by_default(base: str) -> None:
    with pytest.raises(InputError, match="내부망·사설 주소라서 읽지 않았습니다"):
        summarize_url(f"{base}/article", engine="extractive")
    summary = summarize_url(f"{base}/article", fetch=FetchOptions(allow_private=True), engine="extractive")
    assert summary.title == TITLE


def test_summarize_files_refuses_private_addresses_per_item_by_default(base: str) -> None:
    results = list(summarize_files([f"{base}/article"]))
    assert len(results) == 1 and isinstance(results[0][1], InputError)
    run = summarize_files([f"{base}/article", f"{base}/plain"], fetch=FetchOptions(allow_private=True))
    assert [type(result).__name__ for _source, result in run] == ["Summary", "Summary"]


def test_a_digest_reads_links_too(base: str, tmp_path: Path) -> None:
    out = tmp_path / "day.json"
    result = CliRunner().invoke(cli, ["digest", f"{base}/article", f"{base}/missing", "-o", str(out), "-q"])
    assert result.exit_code == 1, result.output  # one link failed: listed, the digest still written
    made = json.loads(out.read_text("utf-8"))
    assert TITLE in json.dumps(made, ensure_ascii=False)
    assert f"{base}/missing" in json.dumps(made, ensure_ascii=False)
