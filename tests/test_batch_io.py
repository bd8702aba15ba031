"""Reading and writing batch files: encodings, discovery, rows, HTML, safe paths and crash-safe JSONL."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from batch_tree import FISHING, LIBRARY, STARTUP, TITLES, build_tree, html_page
from kosum import BackendUnavailableError, InputError, Summarizer
from kosum.batch.encodings import decode_bytes
from kosum.batch.readers import Article, Failure, Source, discover, read_articles
from kosum.batch.writers import TMP_SUFFIX, JsonlSink, atomic_write, remove_stale_temps, safe_path

OPTIONS = {"engine": "extractive", "sentences": 3, "bullets": 2, "bullet_style": "noun"}


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949", "euc-kr", "utf-16", "utf-16-le", "utf-16-be"])
def test_encodings_decode_to_the_same_text(encoding: str) -> None:
    assert decode_bytes(FISHING.encode(encoding)) == FISHING


def test_short_cp949_is_not_mistaken_for_another_encoding() -> None:
    for text in ("바다군이 올해 예산을 늘렸다.", "한빛시 문화 축제"):
        assert decode_bytes(text.encode("cp949")) == text


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, b"\x00" * 64, b"PK\x03\x04" + bytes(200)],
    ids=["png", "nul", "zip"],
)
def test_binary_data_is_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError, match="바이너리 파일로 보입니다"):
        decode_bytes(data)


def test_discovery_order_filters_and_exclusions(tmp_path: Path) -> None:
    tree = build_tree(tmp_path)
    (tree / ".hidden.txt").write_text(FISHING, "utf-8")
    (tree / ".cache").mkdir()
    (tree / ".cache" / "a.txt").write_text(FISHING, "utf-8")
    (tree / "out").mkdir()
    (tree / "out" / "old.txt").write_text(FISHING, "utf-8")
    found = discover([tree, tree / "utf8.txt", tree / "ignored.log"], exclude=[tree / "out"])
    rel = [(f.rel, f.kind) for f in found]
    assert rel == [
        ("binary.txt", "text"),
        ("bom.txt", "text"),
        ("cp949.txt", "text"),
        ("empty.txt", "text"),
        ("feed.jsonl", "jsonl"),
        ("page.html", "html"),
        ("table.csv", "csv"),
        ("utf16.txt", "text"),
        ("utf8.txt", "text"),
        ("nested/deeper/note.md", "text"),
        ("ignored.log", "text"),  # named explicitly: read as text whatever its extension
    ]
    assert [f.rel for f in discover([tree], globs=["*.md", "c*"])] == ["cp949.txt", "nested/deeper/note.md"]
    assert [(f.source, f.rel, f.path) for f in discover(["-"])] == [("-", "stdin", None)]
    with pytest.raises(InputError, match="파일이나 폴더가 없습니다"):
        discover([tmp_path / "missing"])


def test_rows_with_bad_lines_duplicate_ids_and_missing_fields(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        f"{json.dumps({'id': 1, '본문': FISHING}, ensure_ascii=False)}\n"
        "\n"
        "{not json\n"
        "[1, 2]\n"
        f"{json.dumps({'id': '1', 'text': STARTUP}, ensure_ascii=False)}\n"
        '{"id": "9", "body": null, "제목": "빈 기사"}\n'
        '{"id": "10", "summary": "본문 없음"}\n',
        "utf-8",
    )
    items = list(read_articles(discover([feed])[0]))
    assert [(type(i).__name__, i.source.id) for i in items] == [
        ("Article", "1"),
        ("Failure", "3"),
        ("Failure", "4"),
        ("Failure", "1"),
        ("Article", "9"),
        ("Failure", "10"),
    ]
    first, nine = items[0], items[4]
    assert isinstance(first, Article) and first.text == FISHING and first.title is None
    assert isinstance(nine, Article) and (nine.text, nine.title) == ("", "빈 기사")
    messages = [str(i.error) for i in items if isinstance(i, Failure)]
    assert messages == [
        "3번째 줄이 JSON이 아닙니다: Expecting property name enclosed in double quotes (invalid JSON line).",
        "4번째 줄이 JSON 객체가 아닙니다 (not a JSON object).",
        "중복된 id: '1' (1번째 행에 이미 있습니다) (duplicate id).",
        "text 필드(text|content|body|내용|본문)가 없습니다; 있는 필드: id, summary (no text field; see text_field).",
    ]


def test_tsv_and_a_decoding_error_in_the_middle_fail_that_row_alone(tmp_path: Path) -> None:
    table = tmp_path / "big.tsv"
    rows = [f"{i}\t{LIBRARY.replace(chr(10), ' ')}" for i in range(1, 200)]
    broken = b"300\t\xff\xfe broken\n"
    table.write_bytes(
        ("id\tcontent\n" + "\n".join(rows) + "\n").encode("utf-8") + broken + b"301\t" + rows[0][2:].encode()
    )
    items = list(read_articles(discover([table])[0]))
    assert len(items) == 201
    assert all(isinstance(i, Article) for i in items[:199]) and items[198].source.id == "199"
    bad, after = items[199:]
    assert isinstance(bad, Failure) and bad.source == Source(str(table), "200")
    assert str(bad.error) == "200번째 행에 읽을 수 없는 바이트가 있습니다 (decoding error in row 200)."
    assert isinstance(after, Article) and after.source.id == "301"


def test_html_needs_trafilatura(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "page.htm"
    page.write_text(html_page(LIBRARY), "utf-8")
    (article,) = read_articles(discover([page])[0])
    assert isinstance(article, Article) and article.title == TITLES["library"]
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    (failure,) = read_articles(discover([page])[0])
    assert isinstance(failure, Failure) and isinstance(failure.error, BackendUnavailableError)
    assert str(failure.error).startswith("Reading HTML pages needs trafilatura, and importing it failed: ")
    assert "not installed" not in str(failure.error)


def test_output_paths_stay_inside_the_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert safe_path(out, "a/b.txt", ".json") == out / "a" / "b.json"
    assert safe_path(out, "../../etc/x", ".json") == out / "_" / "_" / "etc" / "x.json"
    assert safe_path(out, "/etc/passwd", ".md") == out / "etc" / "passwd.md"
    assert safe_path(out, "..", ".json") == out / "_.json"
    out.mkdir()
    (out / "link").symlink_to(tmp_path)
    with pytest.raises(InputError, match="출력 경로가 출력 폴더 밖입니다"):
        safe_path(out, "link/x.txt", ".json")


def test_atomic_write_leaves_nothing_when_it_fails(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    target.write_text("old", "utf-8")

    def chunks() -> Iterator[bytes]:
        yield b"new"
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, chunks())
    assert os.listdir(tmp_path) == ["a.json"] and target.read_text("utf-8") == "old"


def _article(text: str) -> Article:
    return Article(Source("in.jsonl", text[:3], hashlib.sha256(text.encode()).hexdigest()), text)


def test_jsonl_sink_keeps_finished_records_across_a_kill(tmp_path: Path) -> None:
    summarizer = Summarizer(engine="extractive")
    articles = [_article(t) for t in (FISHING, STARTUP, LIBRARY)]
    path = tmp_path / "in.jsonl"
    first = JsonlSink(path, OPTIONS, shared=False, reuse=True)
    for article in articles[:2]:
        assert not first.cached(article)
        first.write(article, summarizer.summarize(article.text))
    # killed here: two records as parts, no JSONL file yet, a torn temporary file
    (first.parts / f".x.json.123{TMP_SUFFIX}").write_bytes(b'{"source": "in.js')
    assert not path.exists() and len(list(first.parts.glob("*.json"))) == 2
    assert remove_stale_temps(tmp_path) == 1
    again = JsonlSink(path, OPTIONS, shared=False, reuse=True)
    assert [again.cached(a) for a in articles] == [True, True, False]
    again.keep(articles[0])
    again.keep(articles[1])
    again.write(articles[2], summarizer.summarize(articles[2].text))
    again.finish()
    records = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    assert [r["id"] for r in records] == ["푸른군", "한결시", "새봄구"]
    assert not again.parts.exists()
    other = JsonlSink(path, {**OPTIONS, "sentences": 1}, shared=False, reuse=True)
    assert not other.cached(articles[0])  # other options: not reused
    unchanged = path.stat().st_mtime_ns
    same = JsonlSink(path, OPTIONS, shared=False, reuse=True)
    for article in articles:
        assert same.cached(article)
        same.keep(article)
    same.finish()
    assert path.stat().st_mtime_ns == unchanged  # nothing new: the file is not rewritten
